// The action's post step (action.yml `post:`): cancels Vertex jobs the main step left running.
import { runPost } from './post-main.js';

await runPost(process.env);

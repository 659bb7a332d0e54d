import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/ports/github.ts
var GitHubApiError = class extends Error {
  constructor(message, status, request, apiMessage) {
    super(message);
    this.status = status;
    this.request = request;
    this.apiMessage = apiMessage;
    this.name = "GitHubApiError";
  }
  status;
  request;
  apiMessage;
};

export {
  GitHubApiError
};

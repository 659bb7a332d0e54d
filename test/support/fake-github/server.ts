/**
 * A fake GitHub REST API on 127.0.0.1 for process-level and adapter tests (see README.md here).
 * Every request is checked against GitHub's OpenAPI description (method, path, query, body); a
 * request GitHub would not accept is answered 400 and recorded in `violations`, and every
 * response the fake sends is checked against the described response schema too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectBody } from '../markdown/github-render.js';
import { OpenApiChecker } from './openapi.js';

export interface FakeAccount {
  readonly login: string;
  /** `User` or `Bot`. */
  readonly type: 'User' | 'Bot';
  /** `user`: a personal token (GET /user works). `installation`: GITHUB_TOKEN / app token. */
  readonly tokenKind: 'user' | 'installation';
  /** `read`: writes get 403 "Resource not accessible by integration" (fork PRs, missing
   * `pull-requests: write`). */
  readonly pullRequests: 'read' | 'write';
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly token?: string;
  /** The User-Agent header the client sent. */
  readonly userAgent?: string;
  readonly status: number;
  /** OpenAPI operationId, when the path is a GitHub endpoint. */
  readonly operationId?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  createdAt: string;
  updatedAt: string;
}

export interface FakePull {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly baseRef: string;
  readonly headSha: string;
  readonly headRef?: string;
  readonly mergedAt?: string | null;
  readonly mergeCommitSha?: string | null;
}

/** A GitHub account object (`simple-user`). */
export function userObject(base: string, login: string, type: string, id: number) {
  const url = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Requests GitHub would refuse (shape errors) and responses that do not match the schema. */
  readonly violations: string[] = [];
  readonly accounts = new Map<string, FakeAccount>();
  readonly defaultBranch: string;
  private readonly comments = new Map<string, FakeComment[]>();
  private readonly pulls = new Map<string, FakePull>();
  private readonly commitPulls = new Map<string, number[]>();
  private nextId = 1000;
  private failures: { left: number; how: number | 'reset' } = { left: 0, how: 502 };
  private readonly checker = OpenApiChecker.shared();

  private constructor(
    private readonly server: Server,
    readonly url: string,
    /** `owner/name` the fake serves. */
    readonly repository: string,
    defaultBranch: string,
  ) {
    this.defaultBranch = defaultBranch;
  }

  /** Starts the fake on a free port of 127.0.0.1. */
  static async start(
    repository = 'octo-org/pipelines',
    defaultBranch = 'main',
  ): Promise<FakeGitHub> {
    const ready: { fake?: FakeGitHub } = {};
    const server = createServer((req, res) => void ready.fake!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    ready.fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, repository, defaultBranch);
    return ready.fake;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Makes the next `count` requests fail as an outage does: an HTTP status (e.g. 502, 503) with
   * GitHub's error body, or `'reset'` (the connection is dropped without an answer).
   */
  failNext(count: number, how: number | 'reset' = 502): void {
    this.failures = { left: count, how };
  }

  addAccount(token: string, account: FakeAccount): void {
    this.accounts.set(token, account);
  }

  /** Seeds a comment directly (no request recorded). */
  addComment(
    issue: number,
    body: string,
    user: { login: string; type: 'User' | 'Bot' },
  ): FakeComment {
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, this.nextId % 60)).toISOString();
    const c: FakeComment = { id: this.nextId++, body, user, createdAt: now, updatedAt: now };
    this.issueComments(issue).push(c);
    return c;
  }

  issueComments(issue: number): FakeComment[] {
    const key = String(issue);
    let list = this.comments.get(key);
    if (!list) {
      list = [];
      this.comments.set(key, list);
    }
    return list;
  }

  addPull(pull: FakePull, commits: readonly string[] = [pull.headSha]): void {
    this.pulls.set(String(pull.number), pull);
    for (const sha of commits) {
      this.commitPulls.set(sha, [...(this.commitPulls.get(sha) ?? []), pull.number]);
    }
  }

  /** Requests that wrote something (POST, PATCH, PUT, DELETE). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  private commentObject(c: FakeComment, issue: number) {
    const [owner, repo] = this.repository.split('/');
    const api = `${this.url}/repos/${owner}/${repo}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.repository}/pull/${issue}#issuecomment-${c.id}`,
      body: c.body,
      user: userObject(this.url, c.user.login, c.user.type, 10_000 + c.user.login.length),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${api}/issues/${issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  private pullObject(p: FakePull) {
    const [owner, repo] = this.repository.split('/');
    const api = `${this.url}/repos/${owner}/${repo}`;
    const ownerUser = userObject(this.url, owner!, 'Organization', 1);
    const repoObject = {
      id: 1296269,
      node_id: 'R_1',
      name: repo,
      full_name: this.repository,
      owner: ownerUser,
      private: false,
      html_url: `https://github.com/${this.repository}`,
      description: null,
      fork: false,
      url: api,
      default_branch: this.defaultBranch,
      ...Object.fromEntries(
        [
          'archive',
          'assignees',
          'blobs',
          'branches',
          'collaborators',
          'comments',
          'commits',
          'compare',
          'contents',
          'contributors',
          'deployments',
          'downloads',
          'events',
          'forks',
          'git_commits',
          'git_refs',
          'git_tags',
          'issue_comment',
          'issue_events',
          'issues',
          'keys',
          'labels',
          'languages',
          'merges',
          'milestones',
          'notifications',
          'pulls',
          'releases',
          'stargazers',
          'statuses',
          'subscribers',
          'subscription',
          'tags',
          'teams',
          'trees',
          'hooks',
        ].map((k) => [`${k}_url`, `${api}/${k}`]),
      ),
      git_url: `git://github.com/${this.repository}.git`,
      ssh_url: `git@github.com:${this.repository}.git`,
      clone_url: `https://github.com/${this.repository}.git`,
      svn_url: `https://github.com/${this.repository}`,
      mirror_url: null,
      homepage: null,
      language: null,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: 1,
      open_issues_count: 0,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      has_downloads: true,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: '2026-01-01T00:00:00Z',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      forks: 0,
      open_issues: 0,
      watchers: 0,
      license: null,
    };
    const ref = (r: string, sha: string) => ({
      label: `${owner}:${r}`,
      ref: r,
      repo: repoObject,
      sha,
      user: ownerUser,
    });
    const author = userObject(this.url, 'octocat', 'User', 583231);
    const link = (href: string) => ({ href });
    const html = `https://github.com/${this.repository}/pull/${p.number}`;
    return {
      url: `${api}/pulls/${p.number}`,
      id: 100 + p.number,
      node_id: `PR_${p.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${p.number}`,
      commits_url: `${api}/pulls/${p.number}/commits`,
      review_comments_url: `${api}/pulls/${p.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${p.number}/comments`,
      statuses_url: `${api}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: `Pull request ${p.number}`,
      user: author,
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      closed_at: p.mergedAt ?? null,
      merged_at: p.mergedAt ?? null,
      merge_commit_sha: p.mergeCommitSha ?? null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: ref(p.headRef ?? `feature-${p.number}`, p.headSha),
      base: ref(p.baseRef, '0'.repeat(40)),
      _links: {
        self: link(`${api}/pulls/${p.number}`),
        html: link(html),
        issue: link(`${api}/issues/${p.number}`),
        comments: link(`${api}/issues/${p.number}/comments`),
        review_comments: link(`${api}/pulls/${p.number}/comments`),
        review_comment: link(`${api}/pulls/comments{/number}`),
        commits: link(`${api}/pulls/${p.number}/commits`),
        statuses: link(`${api}/statuses/${p.headSha}`),
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false,
      merged: Boolean(p.mergedAt),
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'clean',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 1,
      changed_files: 1,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (this.failures.left > 0) {
      this.failures.left--;
      const status = this.failures.how === 'reset' ? 0 : this.failures.how;
      this.requests.push({ method, path: url.pathname, query: {}, body: raw, status });
      if (this.failures.how === 'reset') return void req.socket.destroy();
      res.writeHead(this.failures.how, { 'content-type': 'application/json; charset=utf-8' });
      return void res.end(JSON.stringify({ message: 'Server Error' }));
    }
    let body: unknown;
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      if (payload !== undefined && status < 300) {
        for (const p of this.checker.checkResponse(method, url.pathname, status, payload)) {
          this.violations.push(`fake's own ${method} ${url.pathname}: ${p}`);
        }
      }
      this.requests.push({
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        ...(token ? { token } : {}),
        ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
        status,
        ...(match ? { operationId: match.operationId } : {}),
      });
      res.writeHead(status, {
        ...(payload !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        'x-github-media-type': 'github.v3; format=json',
        ...headers,
      });
      res.end(payload !== undefined ? JSON.stringify(payload) : undefined);
    };
    const match = this.checker.match(method, url.pathname);
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      return send(400, { message: 'Problems parsing JSON' });
    }
    const problems = this.checker.checkRequest(
      method,
      url.pathname,
      url.searchParams,
      req.headers['content-type'],
      body,
    );
    if (problems.length) {
      this.violations.push(...problems.map((p) => `${method} ${url.pathname}: ${p}`));
      return send(match ? 422 : 404, { message: problems.join('; ') });
    }
    const account = token ? this.accounts.get(token) : undefined;
    if (!account)
      return send(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
      });
    const forbidden = () =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    const notFound = () =>
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const p = match!.pathParams;
    const repoMatches = !p.owner || `${p.owner}/${p.repo}` === this.repository;
    if (!repoMatches) return notFound();
    const writes = method !== 'GET';
    if (writes && account.pullRequests === 'read') return forbidden();

    switch (`${method} ${match!.template}`) {
      case 'GET /user':
        if (account.tokenKind === 'installation') return forbidden();
        return send(200, {
          ...userObject(this.url, account.login, account.type, 42),
          name: null,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 0,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        });
      case 'GET /repos/{owner}/{repo}':
        return send(200, {
          ...this.pullObject({ number: 1, state: 'open', baseRef: 'main', headSha: '0' }).base.repo,
          network_count: 0,
          subscribers_count: 0,
        });
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const issue = Number(p.issue_number);
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
        const all = this.issueComments(issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const at = (n: number) => {
          const u = new URL(url);
          u.searchParams.set('page', String(n));
          u.searchParams.set('per_page', String(perPage));
          return `<${u.toString()}>`;
        };
        const links: string[] = [];
        if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
        if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
        return send(
          200,
          slice.map((c) => this.commentObject(c, issue)),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const issue = Number(p.issue_number);
        collectBody(`comment POST on #${issue}`, (body as { body: string }).body);
        const c = this.addComment(issue, (body as { body: string }).body, {
          login: account.login,
          type: account.type,
        });
        return send(201, this.commentObject(c, issue));
      }
      case 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}':
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}':
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const id = Number(p.comment_id);
        for (const [issue, list] of this.comments) {
          const i = list.findIndex((c) => c.id === id);
          if (i === -1) continue;
          const c = list[i]!;
          if (method === 'GET') return send(200, this.commentObject(c, Number(issue)));
          // GitHub lets nobody but the author (or an admin) edit a comment.
          if (c.user.login !== account.login) return forbidden();
          if (method === 'DELETE') {
            list.splice(i, 1);
            return send(204);
          }
          c.body = (body as { body: string }).body;
          collectBody(`comment PATCH ${id}`, c.body);
          c.updatedAt = new Date().toISOString();
          return send(200, this.commentObject(c, Number(issue)));
        }
        return notFound();
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = this.pulls.get(p.pull_number!);
        return pull ? send(200, this.pullObject(pull)) : notFound();
      }
      case 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': {
        const numbers = this.commitPulls.get(p.commit_sha!) ?? [];
        const list = numbers.map((n) => this.pullObject(this.pulls.get(String(n))!));
        return send(
          200,
          list.map(
            ({
              merged: _m,
              mergeable: _a,
              rebaseable: _b,
              mergeable_state: _c,
              merged_by: _d,
              comments: _e,
              review_comments: _f,
              maintainer_can_modify: _g,
              commits: _h,
              additions: _i,
              deletions: _j,
              changed_files: _k,
              ...simple
            }) => simple,
          ),
        );
      }
      default:
        this.violations.push(
          `${method} ${url.pathname}: a real GitHub endpoint (${match!.operationId}) that the fake does not serve`,
        );
        return notFound();
    }
  }
}

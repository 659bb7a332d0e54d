import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  LABEL_KEYS,
  baselineFromEvaluation,
  evaluationDisplayName,
  evaluationFromMetrics,
  labelValue,
  modelIdFor,
  runFilter,
  shortHash,
  versionLabels,
  versionName
} from "./chunk-63KZ3CKP.js";
import {
  findOwnComments,
  upsertStickyComment
} from "./chunk-2JBN7UL3.js";
import {
  TERMINAL_PIPELINE_STATES,
  processInterruption
} from "./chunk-WCADNDWY.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import {
  tryListRepositoryFiles
} from "./chunk-H62D7YK4.js";
import {
  closingParen,
  escapeRe,
  lineOf,
  oneLine
} from "./chunk-W3ITFUC7.js";
import {
  VERSION
} from "./chunk-S2TBE2LR.js";
import {
  WORD_JOINER,
  canonicalJson,
  checkParameters,
  errorHeadline,
  extractMetrics,
  findMetric,
  listComponents,
  markerKey,
  mdCell,
  mdCode,
  mdText,
  mdUrl,
  mermaidId,
  mermaidLabel,
  metricsAsJson,
  outputParameterText,
  parseParameterJson,
  renderRunReport,
  renderRunSummaryText,
  specDigest,
  stableEmbeddedArchives,
  topologicalOrder,
  truncate
} from "./chunk-G4AQQ4YG.js";
import {
  UserError,
  isError
} from "./chunk-6REE5PZG.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-JMGSRPFI.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path20) {
      const ctrl = callVisitor(key, node, visitor, path20);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path20, ctrl);
        return visit_(key, ctrl, visitor, path20);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path20 = Object.freeze(path20.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path20);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path20 = Object.freeze(path20.concat(node));
          const ck = visit_("key", node.key, visitor, path20);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path20);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path20) {
      const ctrl = await callVisitor(key, node, visitor, path20);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path20, ctrl);
        return visitAsync_(key, ctrl, visitor, path20);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path20 = Object.freeze(path20.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path20);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path20 = Object.freeze(path20.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path20);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path20);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path20) {
      if (typeof visitor === "function")
        return visitor(key, node, path20);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path20);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path20);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path20);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path20);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path20);
      return void 0;
    }
    function replaceNode(key, path20, node) {
      const parent = path20[path20.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              val.delete(k2);
            else if (v1 !== v0)
              val.set(k2, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k2, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              delete val[k2];
            else if (v1 !== v0)
              val[k2] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v2, i) => toJS(v2, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor2 = anchors2 && source && anchors2.get(source);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c2 = getAliasCount(doc, item, anchors2);
          if (c2 > count)
            count = c2;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value2);
        return map;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node2 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path20, value2) {
      let v2 = value2;
      for (let i = path20.length - 1; i >= 0; --i) {
        const k2 = path20[i];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path20) => path20 == null || typeof path20 === "object" && !!path20[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path20, value2) {
        if (isEmptyPath(path20))
          this.add(value2);
        else {
          const [key, ...rest] = path20;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path20) {
        const [key, ...rest] = path20;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path20, keepScalar) {
        const [key, ...rest] = path20;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path20) {
        const [key, ...rest] = path20;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path20, value2) {
        const [key, ...rest] = path20;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j2 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j2])
                return text2;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent.length);
      if (!value2)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str = value2.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value3);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value2, void 0, ctx);
      return new Pair(k2, v2);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_2, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k2)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k2)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_2, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s3 = "";
          for (let i = 0; i < buf.length; ++i)
            s3 += String.fromCharCode(buf[i]);
          str = btoa(s3);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value2;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value2);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f2 = str.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2)) {
        const str = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value2 } = node;
      let num = (n) => n;
      if (typeof value2 === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b2) => a.key < b2.key ? -1 : a.key > b2.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path20, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path20, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value2, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value2, null, options);
        return new Pair.Pair(k2, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path20) {
        if (Collection.isEmptyPath(path20)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path20) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path20, keepScalar) {
        if (Collection.isEmptyPath(path20))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path20, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path20) {
        if (Collection.isEmptyPath(path20))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path20) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path20, value2) {
        if (Collection.isEmptyPath(path20)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path20), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path20, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s3 = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s3}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor2 = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor2 || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor2 || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b2) => a === b2 || identity.isScalar(a) && identity.isScalar(b2) && a.value === b2.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment2)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value3, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value2 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value2 += "\n";
          else
            sep = "\n";
        } else {
          value2 += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value: value2, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value2;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines2(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines2(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines2(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value2);
      }
      scalar.range = range;
      scalar.source = value2;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor: anchor2, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor2 || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor2)
            node.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor2)
              node.anchor = anchor2.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor2 && node.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor: anchor2, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor2) {
        node.anchor = anchor2.source.substring(1);
        if (node.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path20) => {
      let item = cst;
      for (const [field, index] of path20) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path20) => {
      const parent = visit.itemAtPath(cst, path20.slice(0, -1));
      const field = path20[path20.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path20, item, visitor) {
      let ctrl = visitor(item, path20);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path20.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path20);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path20) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s3 = this.peek(3);
          if ((s3 === "---" || s3 === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s3 === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s3 = this.buffer.slice(this.pos, i);
        if (s3) {
          yield s3;
          this.pos += s3.length;
          return s3.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s3) {
        super();
        if (!exports.IDENTIFIER.test(s3))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s3;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s3, c2) => `${s3}${c2}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c2) => {
          if (c2 instanceof Name)
            names[c2.str] = (names[c2.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _2(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _2;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b2) {
      if (b2 === '""')
        return a;
      if (a === '""')
        return b2;
      if (typeof a == "string") {
        if (b2 instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b2 != "string")
          return `${a.slice(0, -1)}${b2}"`;
        if (b2[0] === '"')
          return a.slice(0, -1) + b2.slice(1);
        return;
      }
      if (typeof b2 == "string" && b2[0] === '"' && !(a instanceof Name))
        return `"${a}${b2.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x2) {
      return typeof x2 == "number" || typeof x2 == "boolean" || x2 === null ? x2 : safeStringify(Array.isArray(x2) ? x2.join(",") : x2);
    }
    function stringify2(x2) {
      return new _Code(safeStringify(x2));
    }
    exports.stringify = stringify2;
    function safeStringify(x2) {
      return JSON.stringify(x2).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _2`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value2, { property, itemIndex }) {
        this.value = value2;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value2) {
        var _a;
        if (value2.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value2.key) !== null && _a !== void 0 ? _a : value2.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s3 = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s3.length;
        s3[itemIndex] = value2.ref;
        name.setValue(value2, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c2 = valueCode(name);
            if (c2) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c2};${this.opts._n}`;
            } else if (c2 = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c2}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value2) {
        const name = this._extScope.value(prefixOrName, value2);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c2) {
        if (typeof c2 == "function")
          c2();
        else if (c2 !== code_1.nil)
          this._leafNode(new AnyCode(c2));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value2] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value2 || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value2);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value2) {
        const node = new Return();
        this._blockNode(node);
        this.code(value2);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c2) => {
        if (c2 instanceof code_1.Name)
          c2 = replaceName(c2);
        if (c2 instanceof code_1._Code)
          items.push(...c2._items);
        else
          items.push(c2);
        return items;
      }, []));
      function replaceName(n) {
        const c2 = constants[n.str];
        if (c2 === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c2;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c2) => c2 instanceof code_1.Name && names[c2.str] === 1 && constants[c2.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x2) {
      return typeof x2 == "boolean" || typeof x2 == "number" || x2 === null ? !x2 : (0, code_1._)`!${par(x2)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x2, y2) => x2 === code_1.nil ? y2 : y2 === code_1.nil ? x2 : (0, code_1._)`${par(x2)} ${op} ${par(y2)}`;
    }
    function par(x2) {
      return x2 instanceof code_1.Name ? x2 : (0, code_1._)`(${x2})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f2) {
      if (Array.isArray(xs)) {
        for (const x2 of xs)
          f2(x2);
      } else {
        f2(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f2) {
      return gen.scopeValue("func", {
        ref: f2,
        code: snippets[f2.code] || (snippets[f2.code] = new code_1._Code(f2.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E2 = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E2.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E2.keyword, keyword], [E2.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E2.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E2.schema, schemaValue], [E2.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E2.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x2) {
      return typeof x2 == "string" && jsonTypes.has(x2);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes2 = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes2) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes2;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result2) {
      if (result2 === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result2 == "function" ? { ref: result2 } : { ref: result2, code: (0, codegen_1.stringify)(result2) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b2) {
      if (a === b2) return true;
      if (a && b2 && typeof a == "object" && typeof b2 == "object") {
        if (a.constructor !== b2.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b2.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b2[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b2.source && a.flags === b2.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b2.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b2.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b2).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b2, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b2[key])) return false;
        }
        return true;
      }
      return a !== a && b2 !== b2;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id2 = "", normalize) {
      if (normalize !== false)
        id2 = normalizeId(id2);
      const p = resolver.parse(id2);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id2) {
      return id2 ? id2.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id2) {
      id2 = normalizeId(id2);
      return resolver.resolve(baseId, id2);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _2, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor2) {
          if (typeof anchor2 == "string") {
            if (!ANCHOR.test(anchor2))
              throw new Error(`invalid anchor "${anchor2}"`);
            addRef.call(this, `#${anchor2}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s22) {
      return s1.schema === s22.schema && s1.root === s22.root && s1.baseId === s22.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id2 = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id2] || this.schemas[id2];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id2 === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path20) {
      let input = path20;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path20) {
      if (path20 === "" || path20[0] === "/") {
        return removeDotSegments(path20);
      }
      const segments = path20.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path20 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path20 && path20 !== "/" ? path20 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base2, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base2 = parse(serialize(base2, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base2.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base2.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base2.userinfo !== void 0 || base2.host !== void 0 || base2.port !== void 0;
              if (baseHasAuthority && !base2.path) {
                target.path = "/" + relative.path;
              } else if (!base2.path) {
                target.path = relative.path;
              } else {
                target.path = base2.path.slice(0, base2.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base2.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base2.userinfo;
          target.host = base2.host;
          target.port = base2.port;
        }
        target.scheme = base2.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s3 = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s3 = schemelessReference && s3[0] !== "/" ? removeDotSegmentsRelative(s3) : removeDotSegments(s3);
        }
        if (schemelessReference) {
          s3 = serializePathEncoding(s3, true);
        }
        if (authority === void 0 && s3[0] === "/" && s3[1] === "/") {
          s3 = "/%2F" + s3.slice(2);
        }
        uriTokens.push(s3);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value2;
      try {
        value2 = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value2, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s3 = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s3) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s3) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s3) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s3) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s3) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v2;
        if (typeof schemaKeyRef == "string") {
          v2 = this.getSchema(schemaKeyRef);
          if (!v2)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v2 = this.compile(schemaKeyRef);
        }
        const valid = v2(data);
        if (!("$async" in v2))
          this.errors = v2.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id2;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id2 = schema[schemaId];
          if (id2 !== void 0 && typeof id2 != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id2);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id2 = schemaKeyRef[this.opts.schemaId];
            if (id2) {
              id2 = (0, resolve_1.normalizeId)(id2);
              delete this.schemas[id2];
              delete this.refs[id2];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions2) {
        for (const def of definitions2)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k2) => addRule.call(this, k2, definition) : (k2) => definition.type.forEach((t) => addRule.call(this, k2, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id2;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id2 = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id2 || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id2) {
        if (this.schemas[id2] || this.refs[id2]) {
          throw new Error(`schema with key or id "${id2}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v2 = getValidate(cxt, sch);
          callRef(cxt, v2, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v2, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v2, passCxt)}`);
          addEvaluatedFrom(v2);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v2, passCxt), () => addEvaluatedFrom(v2), () => addErrorsFrom(v2));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value2;
      while (pos < len) {
        length++;
        value2 = str.charCodeAt(pos++);
        if (value2 >= 55296 && value2 <= 56319 && pos < len) {
          value2 = str.charCodeAt(pos);
          if ((value2 & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j: j2 } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j2} and ${i} are identical)`,
      params: ({ params: { i, j: j2 } }) => (0, codegen_1._)`{i: ${i}, j: ${j2}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j2 = gen.let("j");
          cxt.setParams({ i, j: j2 });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j2));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j2) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j2, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j2) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j2} = ${i}; ${j2}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j2}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v2) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v2})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v2) => this.addVocabulary(v2));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/adapters/config/read-config.ts
import { readFileSync, statSync } from "node:fs";

// src/core/config/load.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/yaml-path.ts
var import_yaml = __toESM(require_dist(), 1);
function findYamlNode(root, path20) {
  let current = root ? { value: root } : {};
  for (const step of path20) {
    const node = current.value;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(step)
      );
      if (!pair) return { found: current, complete: false };
      current = {
        ...pair.key ? { key: pair.key } : {},
        ...pair.value ? { value: pair.value } : {}
      };
    } else if ((0, import_yaml.isSeq)(node) && typeof step === "number" && node.items[step]) {
      current = { value: node.items[step] };
    } else {
      return { found: current, complete: false };
    }
  }
  return { found: current, complete: true };
}

// src/core/json-pointer.ts
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^(0|[1-9][0-9]*)$/.test(p) ? Number(p) : p);
}

// node_modules/croner/dist/croner.js
function g(s3, e, t, n = 0, r = 0, a = 0, i = 0) {
  let o = s3 >= 0 && s3 < 100, u = Date.UTC(o ? s3 + 400 : s3, e, t, n, r, a, i);
  return o ? u - 126227808e5 : u;
}
function D(s3) {
  return g(s3.y, s3.m - 1, s3.d, s3.h, s3.i, s3.s);
}
function w(s3, e) {
  return s3.y === e.y && s3.m === e.m && s3.d === e.d && s3.h === e.h && s3.i === e.i && s3.s === e.s;
}
function O(s3) {
  let e = s3.substring(9);
  return e.includes("Z") || e.includes("+") || e.includes("-");
}
function Z(s3, e) {
  let t = new Date(Date.parse(s3));
  if (isNaN(t)) throw new Error("Invalid ISO8601 passed to timezone parser.");
  return O(s3) ? { tp: T(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), "Etc/UTC"), ms: t.getUTCMilliseconds() } : { tp: T(t.getFullYear(), t.getMonth() + 1, t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), e), ms: t.getMilliseconds() };
}
function v(s3, e, t) {
  let { tp: n, ms: r } = Z(s3, e);
  return new Date(N(n, t).getTime() + r);
}
function N(s3, e) {
  let t = _(s3);
  if (t.kind === "single") return t.date;
  if (t.kind === "ambiguous") return t.earlier;
  if (e) throw new Error("Invalid date passed to fromTZ()");
  return t.after;
}
function _(s3) {
  let e = D(s3), t = (i) => R(new Date(i), s3.tz), n = e - t(e), r = y(new Date(n), s3.tz);
  if (w(r, s3)) {
    let i = D(r) - n, o = n - (t(n - E) - i);
    if (o < n && w(y(new Date(o), s3.tz), s3)) return { kind: "ambiguous", earlier: new Date(o), later: new Date(n) };
    let u = n + (i - t(n + E));
    return u > n && w(y(new Date(u), s3.tz), s3) ? { kind: "ambiguous", earlier: new Date(n), later: new Date(u) } : { kind: "single", date: new Date(n) };
  }
  let a = e - (D(r) - n);
  return w(y(new Date(a), s3.tz), s3) ? { kind: "single", date: new Date(a) } : { kind: "gap", before: new Date(Math.min(n, a)), after: new Date(Math.max(n, a)) };
}
var E = 3 * 36e5;
function R(s3, e) {
  return D(y(s3, e)) - (s3.getTime() - s3.getUTCMilliseconds());
}
function k(s3, e, t) {
  let n = R(new Date(s3), t);
  for (; e - s3 > 1e3; ) {
    let r = s3 + Math.floor((e - s3) / 2e3) * 1e3;
    R(new Date(r), t) === n ? s3 = r : e = r;
  }
  return e;
}
function U(s3, e) {
  let t = _(y(new Date(s3), e));
  if (t.kind === "ambiguous") return s3 < t.later.getTime() ? "earlier" : "later";
}
var H = g(1, 0, 1);
var S = 864e5;
var W = /* @__PURE__ */ new Map();
function y(s3, e) {
  if (e === void 0) return T(s3.getFullYear(), s3.getMonth() + 1, s3.getDate(), s3.getHours(), s3.getMinutes(), s3.getSeconds());
  let t = W.get(e), n;
  try {
    t || (t = new Intl.DateTimeFormat("en-US", { timeZone: e, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hour12: false }), W.set(e, t)), n = t.formatToParts(s3);
  } catch (i) {
    let o = i instanceof Error ? i.message : String(i);
    throw new RangeError(`toTZ: Invalid timezone '${e}' or date. Please provide a valid IANA timezone (e.g., 'America/New_York', 'Europe/Stockholm'). Original error: ${o}`);
  }
  let r = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (let i of n) (i.type === "year" || i.type === "month" || i.type === "day" || i.type === "hour" || i.type === "minute" || i.type === "second") && (r[i.type] = parseInt(i.value, 10));
  if (isNaN(r.year) || isNaN(r.month) || isNaN(r.day) || isNaN(r.hour) || isNaN(r.minute) || isNaN(r.second)) throw new Error(`toTZ: Failed to parse all date components from timezone '${e}'. This may indicate an invalid date or timezone configuration. Parsed components: ${JSON.stringify(r)}`);
  let a = s3.getTime() - H;
  return (a < -S || a < S && r.month === 12) && (r.year = 1 - r.year), r.hour === 24 && (r.hour = 0), { y: r.year, m: r.month, d: r.day, h: r.hour, i: r.minute, s: r.second, tz: e };
}
function T(s3, e, t, n, r, a, i) {
  return { y: s3, m: e, d: t, h: n, i: r, s: a, tz: i };
}
var x = [1, 2, 4, 8, 16];
var C = class s {
  pattern;
  timezone;
  mode;
  alternativeWeekdays;
  sloppyRanges;
  fixedTimeRule;
  second;
  minute;
  hour;
  day;
  month;
  dayOfWeek;
  year;
  lastDayOfMonth;
  lastWeekday;
  nearestWeekdays;
  starDOM;
  starDOW;
  starYear;
  useAndLogic;
  isFixedTime;
  constructor(e, t, n) {
    this.pattern = e, this.timezone = t, this.mode = n?.mode ?? "auto", this.alternativeWeekdays = n?.alternativeWeekdays ?? false, this.sloppyRanges = n?.sloppyRanges ?? false, this.fixedTimeRule = n?.fixedTimeRule ?? "single-value", this.second = Array(60).fill(0), this.minute = Array(60).fill(0), this.hour = Array(24).fill(0), this.day = Array(31).fill(0), this.month = Array(12).fill(0), this.dayOfWeek = Array(7).fill(0), this.year = [], this.lastDayOfMonth = false, this.lastWeekday = false, this.nearestWeekdays = Array(31).fill(0), this.starDOM = false, this.starDOW = false, this.starYear = false, this.useAndLogic = false, this.isFixedTime = false, this.parse();
  }
  parse() {
    if (!(typeof this.pattern == "string" || this.pattern instanceof String)) throw new TypeError("CronPattern: Pattern has to be of type string.");
    this.pattern.indexOf("@") >= 0 && (this.pattern = this.handleNicknames(this.pattern).trim());
    let e = this.pattern.match(/\S+/g) || [""], t = e.length;
    if (e.length < 5 || e.length > 7) throw new TypeError("CronPattern: invalid configuration format ('" + this.pattern + "'), exactly five, six, or seven space separated parts are required.");
    if (this.mode !== "auto") {
      let i;
      switch (this.mode) {
        case "5-part":
          i = 5;
          break;
        case "6-part":
          i = 6;
          break;
        case "7-part":
          i = 7;
          break;
        case "5-or-6-parts":
          i = [5, 6];
          break;
        case "6-or-7-parts":
          i = [6, 7];
          break;
        default:
          i = 0;
      }
      if (!(Array.isArray(i) ? i.includes(t) : t === i)) {
        let u = Array.isArray(i) ? i.join(" or ") : i.toString();
        throw new TypeError(`CronPattern: mode '${this.mode}' requires exactly ${u} parts, but pattern '${this.pattern}' has ${t} parts.`);
      }
    }
    if (e.length === 5 && e.unshift("0"), e.length === 6 && e.push("*"), this.pattern.indexOf("?") >= 0) for (let i = 0; i < e.length; i++) e[i] = e[i].replace(/\?/g, "*");
    if (e[3].toUpperCase() === "LW") this.lastWeekday = true, e[3] = "";
    else if (e[3].toUpperCase().indexOf("L") >= 0) {
      let i = e[3].split(",");
      if (i.length > 1 && i.some((o) => o.toUpperCase() === "LW")) throw new TypeError(`CronPattern: Syntax error, LW can not be in a list in day-of-month ('${e[3]}').`);
      if (i.some((o) => o === "" || o.toUpperCase() !== "L" && /l/i.test(o))) throw new TypeError("CronPattern: Syntax error, L has to be a value of its own in day-of-month ('" + e[3] + "').");
      e[3] = i.filter((o) => o.toUpperCase() !== "L").join(","), this.lastDayOfMonth = true;
    }
    if (e[3] == "*" && (this.starDOM = true), e[6] == "*" && (this.starYear = true), e[4].length >= 3 && (e[4] = this.replaceAlpha(e[4], s.MONTH_NAMES)), e[5].length >= 3 && (e[5] = this.alternativeWeekdays ? this.replaceAlpha(e[5], s.DAY_NAMES_QUARTZ) : this.replaceAlpha(e[5], s.DAY_NAMES)), e[5].startsWith("+") && (this.useAndLogic = true, e[5] = e[5].substring(1), e[5] === "")) throw new TypeError("CronPattern: Day-of-week field cannot be empty after '+' modifier.");
    switch (e[5] == "*" && (this.starDOW = true), this.mode) {
      case "5-part":
        e[0] = "0", e[6] = "*";
        break;
      case "6-part":
        e[6] = "*";
        break;
      case "5-or-6-parts":
        e[6] = "*";
        break;
      case "6-or-7-parts":
        break;
      case "7-part":
      case "auto":
        break;
    }
    this.throwAtIllegalCharacters(e), this.partToArray("second", e[0], 0, 1), this.partToArray("minute", e[1], 0, 1), this.partToArray("hour", e[2], 0, 1), this.partToArray("day", e[3], -1, 1), this.partToArray("month", e[4], -1, 1);
    let n = this.alternativeWeekdays ? -1 : 0;
    this.partToArray("dayOfWeek", e[5], n, 63), e[6] === "*" ? this.year = Array(1e4).fill(1) : (this.year = Array(1e4).fill(0), this.partToArray("year", e[6], 0, 1)), !this.alternativeWeekdays && this.dayOfWeek[7] && (this.dayOfWeek[0] = this.dayOfWeek[7]);
    let r = this.fixedTimeRule === "single-value", a = (i, o) => !i.includes("*") && !i.includes("/") && (!r || o.filter((u) => u).length === 1);
    this.isFixedTime = a(e[0], this.second) && a(e[1], this.minute) && a(e[2], this.hour);
  }
  partToArray(e, t, n, r) {
    let a = this[e];
    if (t === "" && !(e === "day" && (this.lastDayOfMonth || this.lastWeekday))) throw new TypeError("CronPattern: configuration entry " + e + " (" + t + ") is empty, check for trailing spaces.");
    if (t === "*") return a.fill(r);
    let i = t.split(",");
    if (i.length > 1) for (let o of i) this.partToArray(e, o, n, r);
    else t.includes("-") && t.includes("/") ? this.handleRangeWithStepping(t, e, n, r) : t.includes("-") ? this.handleRange(t, e, n, r) : t.includes("/") ? this.handleStepping(t, e, n, r) : t !== "" && this.handleNumber(t, e, n, r);
  }
  throwAtIllegalCharacters(e) {
    for (let t = 0; t < e.length; t++) if ((t === 3 ? /[^/*0-9,\-WwLl]+/ : t === 5 ? /[^/*0-9,\-#Ll]+/ : /[^/*0-9,\-]+/).test(e[t])) throw new TypeError("CronPattern: configuration entry " + t + " (" + e[t] + ") contains illegal characters.");
  }
  handleNumber(e, t, n, r) {
    let a = this.extractNth(e, t), i = e.toUpperCase().includes("W");
    if (t !== "day" && i) throw new TypeError("CronPattern: Nearest weekday modifier (W) only allowed in day-of-month.");
    i && (t = "nearestWeekdays");
    let o = i ? a[0].replace(/W$/i, "") : a[0], u = s.toNumber(o) + n;
    if (isNaN(u)) throw new TypeError("CronPattern: " + t + " is not a number: '" + e + "'");
    this.setPart(t, u, a[1] || r);
  }
  setPart(e, t, n) {
    if (!Object.prototype.hasOwnProperty.call(this, e)) throw new TypeError("CronPattern: Invalid part specified: " + e);
    if (e === "dayOfWeek") {
      if (t === 7 && (t = 0), t < 0 || t > 6) throw new RangeError("CronPattern: Invalid value for dayOfWeek: " + t);
      this.setNthWeekdayOfMonth(t, n);
      return;
    }
    if (e === "second" || e === "minute") {
      if (t < 0 || t >= 60) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "hour") {
      if (t < 0 || t >= 24) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "day" || e === "nearestWeekdays") {
      if (t < 0 || t >= 31) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "month") {
      if (t < 0 || t >= 12) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "year" && (t < 1 || t >= 1e4)) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t + " (supported range: 1-9999)");
    this[e][t] = n;
  }
  static toNumber(e) {
    return /^\d+$/.test(e) ? parseInt(e, 10) : NaN;
  }
  validateNotNaN(e, t) {
    if (isNaN(e)) throw new TypeError(t);
  }
  validateRange(e, t, n, r, a) {
    if (e > t) throw new TypeError("CronPattern: From value is larger than to value: '" + a + "'");
    if (n !== void 0) {
      if (n === 0) throw new TypeError("CronPattern: Syntax error, illegal stepping: 0");
      if (n > this[r].length) throw new TypeError("CronPattern: Syntax error, steps cannot be greater than maximum value of part (" + this[r].length + ")");
    }
  }
  handleRangeWithStepping(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in ranges with stepping.");
    let a = this.extractNth(e, t), i = a[0].match(/^(\d+)-(\d+)\/(\d+)$/);
    if (i === null) throw new TypeError("CronPattern: Syntax error, illegal range with stepping: '" + e + "'");
    let [, o, u, l] = i, h = parseInt(o, 10) + n, m = parseInt(u, 10) + n, d = parseInt(l, 10);
    this.validateNotNaN(h, "CronPattern: Syntax error, illegal lower range (NaN)"), this.validateNotNaN(m, "CronPattern: Syntax error, illegal upper range (NaN)"), this.validateNotNaN(d, "CronPattern: Syntax error, illegal stepping: (NaN)"), this.validateRange(h, m, d, t, e);
    for (let p = h; p <= m; p += d) this.setPart(t, p, a[1] || r);
  }
  extractNth(e, t) {
    let n = e, r;
    if (n.includes("#")) {
      if (t !== "dayOfWeek") throw new Error("CronPattern: nth (#) only allowed in day-of-week field");
      let a = n.split("#");
      if (a.length !== 2 || a[1] === "") throw new TypeError("CronPattern: Syntax error, illegal nth weekday: '" + e + "'");
      n = a[0], r = a[1];
    } else if (n.toUpperCase().endsWith("L")) {
      if (t !== "dayOfWeek") throw new Error("CronPattern: L modifier only allowed in day-of-week field (use L alone for day-of-month)");
      r = "L", n = n.slice(0, -1);
    }
    return [n, r];
  }
  handleRange(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in a range.");
    let a = this.extractNth(e, t), i = a[0].split("-");
    if (i.length !== 2) throw new TypeError("CronPattern: Syntax error, illegal range: '" + e + "'");
    let o = s.toNumber(i[0]) + n, u = s.toNumber(i[1]) + n;
    this.validateNotNaN(o, "CronPattern: Syntax error, illegal lower range (NaN)"), this.validateNotNaN(u, "CronPattern: Syntax error, illegal upper range (NaN)"), this.validateRange(o, u, void 0, t, e);
    for (let l = o; l <= u; l++) this.setPart(t, l, a[1] || r);
  }
  handleStepping(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in parts with stepping.");
    let a = this.extractNth(e, t), i = a[0].split("/");
    if (i.length !== 2) throw new TypeError("CronPattern: Syntax error, illegal stepping: '" + e + "'");
    if (this.sloppyRanges) i[0] === "" && (i[0] = "*");
    else {
      if (i[0] === "") throw new TypeError("CronPattern: Syntax error, stepping with missing prefix ('" + e + "') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");
      if (i[0] !== "*") throw new TypeError("CronPattern: Syntax error, stepping with numeric prefix ('" + e + "') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");
    }
    let o = 0;
    i[0] !== "*" && (o = s.toNumber(i[0]) + n, this.validateNotNaN(o, "CronPattern: Syntax error, illegal stepping start (NaN)"));
    let u = s.toNumber(i[1]);
    this.validateNotNaN(u, "CronPattern: Syntax error, illegal stepping: (NaN)"), this.validateRange(0, this[t].length - 1, u, t, e);
    for (let l = o; l < this[t].length; l += u) t === "year" && l === 0 || this.setPart(t, l, a[1] || r);
  }
  replaceAlpha(e, t) {
    let n = e;
    for (let [r, a] of Object.entries(t)) n = n.replace(new RegExp(r, "gi"), (i, o, u) => {
      let l = o + i.length - 3, h = u.charAt(l - 1), m = u.charAt(l + 3);
      if (/[a-z\d/#]/i.test(h) || /[a-km-z\d]/i.test(m)) throw new TypeError(`CronPattern: Syntax error, a month or day name has to stand alone ('${e}').`);
      return a;
    });
    return n;
  }
  static DAY_NAMES = { "-sun": "-7", sun: "0", mon: "1", tue: "2", wed: "3", thu: "4", fri: "5", sat: "6" };
  static DAY_NAMES_QUARTZ = { sun: "1", mon: "2", tue: "3", wed: "4", thu: "5", fri: "6", sat: "7" };
  static MONTH_NAMES = { jan: "1", feb: "2", mar: "3", apr: "4", may: "5", jun: "6", jul: "7", aug: "8", sep: "9", oct: "10", nov: "11", dec: "12" };
  static NICKNAME_MAP = { "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * SUN", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *" };
  handleNicknames(e) {
    let t = e.trim().toLowerCase();
    if (t === "@reboot") throw new TypeError("CronPattern: @reboot is not supported in this environment. This is an event-based trigger that requires system startup detection.");
    return s.NICKNAME_MAP[t] || e;
  }
  setNthWeekdayOfMonth(e, t) {
    if (typeof t != "number" && t.toUpperCase() === "L") this.dayOfWeek[e] = this.dayOfWeek[e] | 32;
    else if (t === 63) this.dayOfWeek[e] = 63;
    else if (t < 6 && t > 0) this.dayOfWeek[e] = this.dayOfWeek[e] | x[t - 1];
    else throw new TypeError(`CronPattern: nth weekday out of range, should be 1-5 or L. Value: ${t}, Type: ${typeof t}`);
  }
};
var B = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var f = [["month", "year", 0], ["day", "month", -1], ["hour", "day", 0], ["minute", "hour", 0], ["second", "minute", 0]];
var c = class s2 {
  tz;
  instantMs;
  instantFields;
  ms;
  second;
  minute;
  hour;
  day;
  month;
  year;
  constructor(e, t) {
    if (this.tz = t, e && e instanceof Date) if (!isNaN(e)) this.fromDate(e);
    else throw new TypeError("CronDate: Invalid date passed to CronDate constructor");
    else if (e == null) this.fromDate(/* @__PURE__ */ new Date());
    else if (e && typeof e == "string") this.fromString(e);
    else if (e instanceof s2) this.fromCronDate(e);
    else throw new TypeError("CronDate: Invalid type (" + typeof e + ") passed to CronDate constructor");
  }
  getLastDayOfMonth(e, t) {
    return t !== 1 ? B[t] : new Date(g(e, t + 1, 0)).getUTCDate();
  }
  getLastWeekday(e, t) {
    let n = this.getLastDayOfMonth(e, t), a = new Date(g(e, t, n)).getUTCDay();
    return a === 0 ? n - 2 : a === 6 ? n - 1 : n;
  }
  getNearestWeekday(e, t, n) {
    let r = this.getLastDayOfMonth(e, t);
    if (n > r) return -1;
    let i = new Date(g(e, t, n)).getUTCDay();
    return i === 0 ? n === r ? n - 2 : n + 1 : i === 6 ? n === 1 ? n + 2 : n - 1 : n;
  }
  isNthWeekdayOfMonth(e, t, n, r) {
    let i = new Date(g(e, t, n)).getUTCDay(), o = 0;
    for (let u = 1; u <= n; u++) new Date(g(e, t, u)).getUTCDay() === i && o++;
    if (r & 63 && x[o - 1] & r) return true;
    if (r & 32) {
      let u = this.getLastDayOfMonth(e, t);
      for (let l = n + 1; l <= u; l++) if (new Date(g(e, t, l)).getUTCDay() === i) return false;
      return true;
    }
    return false;
  }
  fromDate(e) {
    if (this.tz !== void 0) if (typeof this.tz == "number") this.ms = e.getUTCMilliseconds(), this.second = e.getUTCSeconds(), this.minute = e.getUTCMinutes() + this.tz, this.hour = e.getUTCHours(), this.day = e.getUTCDate(), this.month = e.getUTCMonth(), this.year = e.getUTCFullYear(), this.apply();
    else try {
      let t = y(e, this.tz);
      this.ms = e.getMilliseconds(), this.second = t.s, this.minute = t.i, this.hour = t.h, this.day = t.d, this.month = t.m - 1, this.year = t.y, this.cacheInstant(e.getTime() - this.ms);
    } catch (t) {
      let n = t instanceof Error ? t.message : String(t);
      throw new TypeError(`CronDate: Failed to convert date to timezone '${this.tz}'. This may happen with invalid timezone names or dates. Original error: ${n}`);
    }
    else this.ms = e.getMilliseconds(), this.second = e.getSeconds(), this.minute = e.getMinutes(), this.hour = e.getHours(), this.day = e.getDate(), this.month = e.getMonth(), this.year = e.getFullYear(), this.cacheInstant(e.getTime() - this.ms);
  }
  cacheInstant(e) {
    this.instantMs = e;
    let { year: t, month: n, day: r, hour: a, minute: i, second: o } = this;
    this.instantFields = [t, n, r, a, i, o, this.tz];
  }
  cachedInstant() {
    let e = this.instantFields;
    if (!(e === void 0 || e[6] !== this.tz) && !(e[5] !== this.second || e[4] !== this.minute || e[3] !== this.hour) && !(e[2] !== this.day || e[1] !== this.month || e[0] !== this.year)) return this.instantMs;
  }
  fromCronDate(e) {
    this.tz = e.tz, this.year = e.year, this.month = e.month, this.day = e.day, this.hour = e.hour, this.minute = e.minute, this.second = e.second, this.ms = e.ms, this.instantMs = e.instantMs, this.instantFields = e.instantFields;
  }
  apply() {
    if (this.month > 11 || this.month < 0 || this.day > this.getLastDayOfMonth(this.year, this.month) || this.day < 1 || this.hour > 23 || this.minute > 59 || this.second > 59 || this.hour < 0 || this.minute < 0 || this.second < 0) {
      let e = /* @__PURE__ */ new Date(0);
      return e.setUTCFullYear(this.year, this.month, this.day), e.setUTCHours(this.hour, this.minute, this.second, this.ms), this.ms = e.getUTCMilliseconds(), this.second = e.getUTCSeconds(), this.minute = e.getUTCMinutes(), this.hour = e.getUTCHours(), this.day = e.getUTCDate(), this.month = e.getUTCMonth(), this.year = e.getUTCFullYear(), true;
    } else return false;
  }
  fromString(e) {
    if (typeof this.tz == "number") {
      if (O(e)) return this.fromDate(v(e));
      let t = v(e, "Etc/UTC");
      this.ms = t.getUTCMilliseconds(), this.second = t.getUTCSeconds(), this.minute = t.getUTCMinutes(), this.hour = t.getUTCHours(), this.day = t.getUTCDate(), this.month = t.getUTCMonth(), this.year = t.getUTCFullYear(), this.apply();
    } else return this.fromDate(v(e, this.tz));
  }
  findNext(e, t, n, r) {
    return this._findMatch(e, t, n, r, 1);
  }
  _matchDayValue(e, t, n, r) {
    let a = e;
    if (!a) {
      for (let i = 0; i < n.nearestWeekdays.length; i++) if (n.nearestWeekdays[i]) {
        let o = this.getNearestWeekday(this.year, this.month, i + 1);
        if (o !== -1 && o === t) {
          a = 1;
          break;
        }
      }
    }
    if (n.lastWeekday) {
      let i = this.getLastWeekday(this.year, this.month);
      t === i && (a = 1);
    }
    if (n.lastDayOfMonth) {
      let i = this.getLastDayOfMonth(this.year, this.month);
      t === i && (a = 1);
    }
    if (!n.starDOW) {
      let i = new Date(g(this.year, this.month, 1, 0, 0, 0, 0)).getUTCDay(), o = n.dayOfWeek[(i + (t - 1)) % 7];
      o && o & 63 && (o = this.isNthWeekdayOfMonth(this.year, this.month, t, o) ? 1 : 0), n.useAndLogic ? a = a && o : !r.domAndDow && !n.starDOM ? a = a || o : a = a && o;
    }
    return a;
  }
  _findMatch(e, t, n, r, a) {
    let i = this[t], o = t === "day" ? this.getLastDayOfMonth(this.year, this.month) : 0, u = this[t] + r, l = a === 1 ? (h) => h < n[t].length : (h) => h >= 0;
    for (let h = u; l(h); h += a) {
      let m = n[t][h];
      if (t === "day") {
        if (h - r > o) continue;
        m = this._matchDayValue(m, h - r, n, e);
      }
      if (m) return this[t] = h - r, i !== this[t] ? 2 : 1;
    }
    return 3;
  }
  recurse(e, t, n) {
    let r = this.year, a = n;
    for (; typeof a == "number"; ) {
      if (e.starYear && Math.abs(this.year - r) > 400) return null;
      a = this.recurseStep(e, t, a);
    }
    return a;
  }
  recurseStep(e, t, n) {
    if (n === 0 && !e.starYear) {
      if (this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0) {
        let a = -1;
        for (let i = this.year + 1; i < e.year.length && i < 1e4; i++) if (e.year[i] === 1) {
          a = i;
          break;
        }
        if (a === -1) return null;
        this.year = a, this.month = 0, this.day = 1, this.hour = 0, this.minute = 0, this.second = 0, this.ms = 0;
      }
      if (this.year >= 1e4) return null;
    }
    let r = this.findNext(t, f[n][0], e, f[n][2]);
    if (r > 1) {
      let a = n + 1;
      for (; a < f.length; ) this[f[a][0]] = -f[a][2], a++;
      if (r === 3) {
        if (this[f[n][1]]++, this[f[n][0]] = -f[n][2], this.apply(), n === 0 && !e.starYear) {
          for (; this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0 && this.year < 1e4; ) this.year++;
          if (this.year >= 1e4 || this.year >= e.year.length) return null;
        }
        return 0;
      } else if (this.apply()) return n - 1;
    }
    return n += 1, n >= f.length ? this : (e.starYear ? this.year >= 3e3 : this.year >= 1e4) ? null : n;
  }
  increment(e, t, n) {
    return this.instantMs = void 0, this.instantFields = void 0, this.second += t.interval !== void 0 && t.interval > 1 && n ? t.interval : 1, this.ms = 0, this.apply(), this.recurse(e, t, 0);
  }
  decrement(e, t, n = true) {
    this.instantMs = void 0, this.instantFields = void 0;
    let r = t.interval !== void 0 && t.interval >= 1;
    return (this.ms === 0 || r) && (this.second -= r && n ? t.interval : 1), this.ms = 0, this.apply(), this.year < 1 ? null : this.recurseBackward(e, t, 0);
  }
  recurseBackward(e, t, n) {
    let r = this.year, a = n;
    for (; typeof a == "number"; ) {
      if (e.starYear && Math.abs(this.year - r) > 400) return null;
      a = this.recurseBackwardStep(e, t, a);
    }
    return a;
  }
  recurseBackwardStep(e, t, n) {
    if (n === 0 && !e.starYear) {
      if (this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0) {
        let a = -1;
        for (let i = this.year - 1; i >= 0; i--) if (e.year[i] === 1) {
          a = i;
          break;
        }
        if (a === -1) return null;
        this.year = a, this.month = 11, this.day = 31, this.hour = 23, this.minute = 59, this.second = 59, this.ms = 0;
      }
      if (this.year < 1) return null;
    }
    let r = this.findPrevious(t, f[n][0], e, f[n][2]);
    if (r > 1) {
      let a = n + 1;
      for (; a < f.length; ) {
        let i = f[a][0], o = f[a][2], u = this.getMaxPatternValue(i, e, o);
        this[i] = u, a++;
      }
      if (r === 3) {
        if (this[f[n][1]]--, n === 0) {
          let u = this.getLastDayOfMonth(this.year, this.month);
          this.day > u && (this.day = u);
        }
        if (n === 1) if (this.day <= 0) this.day = 1;
        else {
          let u = this.year, l = this.month;
          for (; l < 0; ) l += 12, u--;
          for (; l > 11; ) l -= 12, u++;
          let h = this.getLastDayOfMonth(u, l);
          this.day > h && (this.day = h);
        }
        this.apply();
        let i = f[n][0], o = f[n][2];
        if (this[i] = this.getMaxPatternValue(i, e, o), this.apply(), n === 0) {
          let u = f[1][2], l = this.getMaxPatternValue("day", e, u);
          l !== this.day && (this.day = l, this.hour = this.getMaxPatternValue("hour", e, f[2][2]), this.minute = this.getMaxPatternValue("minute", e, f[3][2]), this.second = this.getMaxPatternValue("second", e, f[4][2]));
        }
        if (n === 0 && !e.starYear) {
          for (; this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0; ) this.year--;
          if (this.year < 1) return null;
        }
        return 0;
      } else if (this.apply()) return n - 1;
    }
    return n += 1, n >= f.length ? this : this.year < 1 ? null : n;
  }
  getMaxPatternValue(e, t, n) {
    let r = t[e].length - 1 - n;
    for (let a = t[e].length - 1; a >= 0; a--) if (t[e][a]) {
      r = a - n;
      break;
    }
    if (e === "day") {
      let a = this.getLastDayOfMonth(this.year, this.month);
      return t.lastWeekday || t.nearestWeekdays.some((i) => i) || t.lastDayOfMonth || !t.starDOW ? a : Math.min(r, a);
    }
    return r;
  }
  findPrevious(e, t, n, r) {
    return this._findMatch(e, t, n, r, -1);
  }
  getDate(e) {
    if (!e && typeof this.tz != "number") {
      let t = this.cachedInstant();
      if (t !== void 0) return new Date(t + (this.tz === void 0 ? this.ms : 0));
    }
    if (e || this.tz === void 0) {
      if (this.year >= 0 && this.year < 100) {
        let t = /* @__PURE__ */ new Date(0);
        return t.setFullYear(this.year, this.month, this.day), t.setHours(this.hour, this.minute, this.second, this.ms), t;
      }
      return new Date(this.year, this.month, this.day, this.hour, this.minute, this.second, this.ms);
    } else return typeof this.tz == "number" ? new Date(g(this.year, this.month, this.day, this.hour, this.minute - this.tz, this.second, this.ms)) : N(T(this.year, this.month + 1, this.day, this.hour, this.minute, this.second, this.tz), false);
  }
  getTime() {
    return this.getDate(false).getTime();
  }
  match(e, t) {
    if (!e.starYear && (this.year < 0 || this.year >= e.year.length || e.year[this.year] === 0)) return false;
    for (let n = 0; n < f.length; n++) {
      let r = f[n][0], a = f[n][2], i = this[r];
      if (i + a < 0 || i + a >= e[r].length) return false;
      let o = e[r][i + a];
      if (r === "day" && (o = this._matchDayValue(o, i, e, t)), !o) return false;
    }
    return true;
  }
};
function F(s3) {
  s3 === void 0 && (s3 = {}), delete s3.name, s3.legacyMode !== void 0 && s3.domAndDow === void 0 ? s3.domAndDow = !s3.legacyMode : s3.domAndDow === void 0 && (s3.domAndDow = false), s3.legacyMode = !s3.domAndDow;
  let e = (n, r) => n === void 0 ? r : n;
  if (s3.paused = e(s3.paused, false), s3.maxRuns = e(s3.maxRuns, 1 / 0), s3.catch = e(s3.catch, false), s3.unref = e(s3.unref, false), s3.mode = e(s3.mode, "auto"), s3.alternativeWeekdays = e(s3.alternativeWeekdays, false), s3.sloppyRanges = e(s3.sloppyRanges, false), s3.fixedTimeRule = e(s3.fixedTimeRule, "single-value"), s3.allowPast = e(s3.allowPast, false), s3.interval = s3.interval === void 0 ? 0 : parseInt(s3.interval.toString(), 10), s3.utcOffset = s3.utcOffset === void 0 ? void 0 : parseInt(s3.utcOffset.toString(), 10), s3.dayOffset = s3.dayOffset === void 0 ? 0 : parseInt(s3.dayOffset.toString(), 10), !["auto", "5-part", "6-part", "7-part", "5-or-6-parts", "6-or-7-parts"].includes(s3.mode)) throw new Error("CronOptions: mode must be one of 'auto', '5-part', '6-part', '7-part', '5-or-6-parts', or '6-or-7-parts'.");
  if (!["single-value", "no-wildcard"].includes(s3.fixedTimeRule)) throw new Error("CronOptions: fixedTimeRule must be one of 'single-value' or 'no-wildcard'.");
  s3.timezone === "" && (s3.timezone = void 0);
  let t = s3.timezone ?? s3.utcOffset;
  if (s3.startAt && (s3.startAt = I(new c(s3.startAt, t))), s3.stopAt && (s3.stopAt = I(new c(s3.stopAt, t))), s3.interval !== null) {
    if (isNaN(s3.interval)) throw new Error("CronOptions: Supplied value for interval is not a number");
    if (s3.interval < 0) throw new Error("CronOptions: Supplied value for interval can not be negative");
  }
  if (s3.utcOffset !== void 0) {
    if (isNaN(s3.utcOffset)) throw new Error("CronOptions: Invalid value passed for utcOffset, should be number representing minutes offset from UTC.");
    if (s3.utcOffset < -870 || s3.utcOffset > 870) throw new Error("CronOptions: utcOffset out of bounds.");
    if (s3.utcOffset !== void 0 && s3.timezone) throw new Error("CronOptions: Combining 'utcOffset' with 'timezone' is not allowed.");
  }
  if (s3.unref !== true && s3.unref !== false) throw new Error("CronOptions: Unref should be either true, false or undefined(false).");
  if (s3.dayOffset !== void 0 && s3.dayOffset !== 0 && isNaN(s3.dayOffset)) throw new Error("CronOptions: Invalid value passed for dayOffset, should be a number representing days to offset.");
  return s3;
}
function I(s3) {
  return s3.ms ? (s3.ms = 0, new c(new Date(s3.getTime() + 1e3), s3.tz)) : s3;
}
function b(s3) {
  return typeof s3 == "function";
}
function L(s3) {
  return b(s3);
}
function Y(s3) {
  typeof Deno < "u" && typeof Deno.unrefTimer < "u" ? Deno.unrefTimer(s3) : s3 && typeof s3.unref < "u" && s3.unref();
}
var P = 1440 * 60 * 1e3;
var $ = 30 * 1e3;
var M = [];
var j = class {
  name;
  options;
  _states;
  fn;
  _startAtRoundingMs = 0;
  getTz() {
    return this.options.timezone ?? this.options.utcOffset;
  }
  applyDayOffset(e) {
    let t = this._offsetMs();
    return t ? new Date(e.getTime() + t) : e;
  }
  _offsetMs() {
    return (this.options.dayOffset ?? 0) * P;
  }
  get _startAt() {
    return this.options.startAt;
  }
  get _stopAt() {
    return this.options.stopAt;
  }
  _nextTarget(e, t) {
    let n = this._offsetMs(), r = this._next(this._shift(e), new Date(t.getTime() - n), { startAt: this._shift(this._startAt), stopAt: this._shift(this._stopAt) });
    return r ? this.applyDayOffset(r.getDate(false)) : null;
  }
  _previousTarget(e, t) {
    let n = this._toMs(e ?? t) - this._offsetMs(), r = this._previous(new Date(n), { startAt: this._shift(this._startAt), stopAt: this._shift(this._stopAt) });
    return r ? this.applyDayOffset(r.getDate(false)) : null;
  }
  _shift(e) {
    if (e != null) return new c(new Date(this._toMs(e) - this._offsetMs()), this.getTz());
  }
  constructor(e, t, n) {
    let r, a;
    if (b(t)) a = t;
    else if (typeof t == "object") r = t;
    else if (t !== void 0) throw new Error("Cron: Invalid argument passed for optionsIn. Should be one of function, or object (options).");
    if (b(n)) a = n;
    else if (typeof n == "object") r = n;
    else if (n !== void 0) throw new Error("Cron: Invalid argument passed for funcIn. Should be one of function, or object (options).");
    this.name = r?.name;
    let i = r?.startAt;
    this.options = F(r), i && this._startAt && (this._startAtRoundingMs = this._startAt.getTime() - new c(i, this.getTz()).getTime());
    let o = !!e && (e instanceof Date || typeof e == "string" && e.indexOf(":") > 0);
    if (this._states = { kill: false, blocking: false, previousRun: void 0, currentRun: void 0, once: void 0, currentTimeout: void 0, maxRuns: r ? r.maxRuns : void 0, paused: r ? r.paused : false, pattern: o ? new C("* * * * *", void 0, { mode: "auto" }) : new C(e, this.options.timezone, { mode: this.options.mode, alternativeWeekdays: this.options.alternativeWeekdays, sloppyRanges: this.options.sloppyRanges, fixedTimeRule: this.options.fixedTimeRule }) }, o && (this._states.once = new c(e, this.getTz())), this.name) {
      if (M.find((l) => l.name === this.name)) throw new Error("Cron: Tried to initialize new named job '" + this.name + "', but name already taken.");
      M.push(this);
    }
    return a !== void 0 && L(a) && (this.fn = a, this.schedule()), this;
  }
  nextRun(e) {
    return this._nextTarget(e, /* @__PURE__ */ new Date());
  }
  nextRuns(e, t) {
    this._states.maxRuns !== void 0 && e > this._states.maxRuns && (e = this._states.maxRuns);
    let n = t || this._states.currentRun || void 0;
    return this._enumerateRuns(e, n, "next");
  }
  previousRuns(e, t) {
    return this._enumerateRuns(e, t || void 0, "previous");
  }
  enumerate(e) {
    return new A(this, e);
  }
  _enumerateRuns(e, t, n) {
    let r = [], a = /* @__PURE__ */ new Date(), i = t;
    for (; e-- > 0; ) {
      let o = n === "next" ? this._nextTarget(i, a) : this._previousTarget(i, a);
      if (!o) break;
      r.push(o), i = o;
    }
    return r;
  }
  match(e) {
    if (this._states.once) {
      let n = new c(e, this.getTz());
      n.ms = 0;
      let r = new c(this._states.once, this.getTz());
      return r.ms = 0, n.getTime() === r.getTime();
    }
    let t = new c(e, this.getTz());
    return t.ms = 0, t.match(this._states.pattern, this.options);
  }
  getPattern() {
    if (!this._states.once) return this._states.pattern ? this._states.pattern.pattern : void 0;
  }
  getOnce() {
    return this._states.once ? this._states.once.getDate() : null;
  }
  isRunning() {
    return !this._states.paused && !this._states.kill && this.fn !== void 0 && this._nextTarget(this._states.currentRun, /* @__PURE__ */ new Date()) !== null;
  }
  isStopped() {
    return this._states.kill;
  }
  isBusy() {
    return this._states.blocking;
  }
  currentRun() {
    return this._states.currentRun ? this._states.currentRun.getDate() : null;
  }
  previousRun() {
    return this._states.previousRun ? this._states.previousRun.getDate() : null;
  }
  msToNext(e) {
    let t = /* @__PURE__ */ new Date(), n = this._nextTarget(e, t);
    return n ? n.getTime() - this._toMs(e ?? t) : null;
  }
  stop() {
    this._states.kill = true, this._states.currentTimeout && clearTimeout(this._states.currentTimeout);
    let e = M.indexOf(this);
    e >= 0 && M.splice(e, 1);
  }
  pause() {
    return this._states.paused = true, !this._states.kill;
  }
  resume() {
    return this._states.paused = false, !this._states.kill;
  }
  schedule(e) {
    return this._schedule(e);
  }
  _schedule(e, t) {
    if (e && this.fn) throw new Error("Cron: It is not allowed to schedule two functions using the same Croner instance.");
    e && (this.fn = e);
    let n = t ?? /* @__PURE__ */ new Date(), r = this._nextTarget(void 0, n), a = r ? r.getTime() - n.getTime() : null, i = this._states.currentRun;
    i && i.getTime() > n.getTime() && (i = void 0);
    let o = this._nextTarget(i, n);
    return a === null || isNaN(a) || o === null ? this : (a > $ && (a = $), a < 0 && (a = this._states.paused ? 1e3 : 0), this._states.currentTimeout = setTimeout(() => this._checkTrigger(o), a), this._states.currentTimeout && this.options.unref && Y(this._states.currentTimeout), this);
  }
  async _trigger(e = /* @__PURE__ */ new Date()) {
    this._states.blocking = true, this._states.currentRun = new c(e, this.getTz());
    try {
      if (this.options.catch) try {
        this.fn !== void 0 && await this.fn(this, this.options.context);
      } catch (t) {
        if (b(this.options.catch)) try {
          Promise.resolve(this.options.catch(t, this)).catch(() => {
          });
        } catch {
        }
      }
      else this.fn !== void 0 && await this.fn(this, this.options.context);
    } finally {
      this._states.previousRun = new c(e, this.getTz()), this._states.blocking = false;
    }
  }
  async trigger() {
    await this._trigger();
  }
  runsLeft() {
    return this._states.maxRuns;
  }
  _checkTrigger(e) {
    let t = /* @__PURE__ */ new Date(), n = !this._states.paused && t.getTime() >= e.getTime(), r = this._states.blocking && this.options.protect;
    n && !r ? (this._states.maxRuns !== void 0 && this._states.maxRuns--, this._trigger(t)) : n && r && b(this.options.protect) && setTimeout(() => this.options.protect(this), 0), this._schedule(void 0, n ? void 0 : t);
  }
  _next(e, t, n) {
    let r = n ? n.startAt : this._startAt, a = n ? n.stopAt : this._stopAt, i = !!e, o = !!(e || this._states.currentRun), u = false;
    !e && r && this.options.interval && (e = this._calculatePreviousRun(r, t), e && (o = true), u = !e);
    let l = e ?? t ?? /* @__PURE__ */ new Date(), h = this._toMs(l);
    e = new c(l, this.getTz()), r && h < r.getTime() && (e = u ? r : new c(new Date(r.getTime() - 1e3), this.getTz()), h = e.getTime());
    let m = this._states.once || new c(e, this.getTz());
    if (!u && m !== this._states.once && (m = this._findOccurrence(e, h, 1, o)), this._states.once) {
      let d = this._states.once.getTime(), p = h - d;
      if (r && d < r.getTime() - this._startAtRoundingMs || this._states.currentRun && this.applyDayOffset(this._states.once.getDate()).getTime() <= this._states.currentRun.getTime() || (i ? p >= 0 : p > 1e3 && !this.options.allowPast)) return null;
    }
    return m === null || this._states.maxRuns !== void 0 && this._states.maxRuns <= 0 || this._states.kill || a && m.getTime() >= a.getTime() ? null : m;
  }
  _previous(e, t) {
    let n = this._toMs(e ?? /* @__PURE__ */ new Date());
    if (t.stopAt && n > t.stopAt.getTime() && (n = t.stopAt.getTime()), this._states.once) return this._states.once.getTime() < n ? this._states.once : null;
    let r = this._findOccurrence(new c(new Date(n), this.getTz()), n, -1);
    return r === null || t.startAt && r.getTime() < t.startAt.getTime() ? null : r;
  }
  _toMs(e) {
    if (e instanceof Date) return e.getTime();
    let t = new c(e, this.getTz());
    return t.getTime() + (typeof t.tz == "string" ? t.ms : 0);
  }
  _findOccurrence(e, t, n, r = false) {
    let a = this.options.interval ?? 0;
    if (a > 1 && (n === -1 || r)) {
      t += (a - 1) * 1e3 * n;
      let m = new Date(t);
      if (isNaN(m.getTime()) || (e = new c(m, this.getTz()), !(e.year >= 1 && e.year <= 9999))) return null;
      r = false;
    }
    let i = this._walk(e, t, n, r), o = this.getTz();
    if (this._states.pattern.isFixedTime && n === 1 || typeof o == "number" || U(t, o) !== (n === 1 ? "earlier" : "later")) return i;
    let u = Math.floor(t / 1e3) * 1e3, l = n === 1 ? k(u, u + P, o) : k(u - P, u, o) - 1e3;
    if (i && (l - i.getTime()) * n > 0) return i;
    let h = this._walk(new c(new Date(l), o), l - n, n, false, true);
    return !i || !h ? i ?? h : (i.getTime() - h.getTime()) * n > 0 ? h : i;
  }
  _walk(e, t, n, r, a = false) {
    let i = this._states.pattern, o = (l, h) => n === 1 ? l.increment(i, this.options, h) : l.decrement(i, this.options, h), u = new c(e, this.getTz());
    for ((!a || !u.match(i, this.options)) && (u = o(u, r)); u; ) {
      let l = this._runAt(u, t, n);
      if (l) return new c(l, this.getTz());
      u = o(u, false);
    }
    return null;
  }
  _runAt(e, t, n) {
    let r = (d) => (d.getTime() - t) * n > 0, a = e.tz;
    if (typeof a == "number") {
      let d = e.getDate();
      return r(d) ? d : null;
    }
    let i = T(e.year, e.month + 1, e.day, e.hour, e.minute, e.second, a), o = _(i), u = this._states.pattern.isFixedTime;
    if (o.kind === "single") return r(o.date) ? o.date : null;
    if (o.kind === "ambiguous") {
      let { earlier: d, later: p } = o;
      return (u ? [d] : n === 1 ? [d, p] : [p, d]).find(r) ?? null;
    }
    if (!u) return null;
    let l = new Date(k(o.before.getTime(), o.after.getTime(), a)), h = y(l, a);
    return h.y === i.y && h.m === i.m && h.d === i.d && r(l) ? l : null;
  }
  _calculatePreviousRun(e, t) {
    let n = new c(t, this.getTz()).getTime();
    if (e.getTime() > n) return;
    let r = this.options.interval * 1e3, a = e;
    for (; a.getTime() + r <= n; ) {
      let i = this._findOccurrence(a, a.getTime(), 1, true);
      if (i === null) break;
      a = i;
    }
    return a;
  }
};
var A = class {
  cron;
  cursor;
  now;
  done;
  initialMaxRuns;
  remainingRuns;
  constructor(e, t) {
    this.cron = e, this.initialMaxRuns = e.runsLeft() ?? 1 / 0, this.reset(t);
  }
  next() {
    if (this.done || this.remainingRuns <= 0) return this.done = true, { value: void 0, done: true };
    let e = this.cron._nextTarget(this.cursor, this.now);
    return e === null ? (this.done = true, { value: void 0, done: true }) : (this.cursor = e, this.remainingRuns--, { value: e, done: false });
  }
  peek() {
    return this.done || this.remainingRuns <= 0 ? null : this.cron._nextTarget(this.cursor, this.now);
  }
  reset(e) {
    this.cursor = e instanceof Date ? new Date(e.getTime()) : e ?? void 0, this.now = /* @__PURE__ */ new Date(), this.done = false, this.remainingRuns = this.initialMaxRuns;
  }
  [Symbol.iterator]() {
    return this;
  }
};

// src/core/schedules/cron.ts
var DEFAULT_TIME_ZONE = "UTC";
var FIELD = /^(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/\d+)?(?:,(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/\d+)?)*$/;
var NAMES = /^(?:[0-9]+|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)$/i;
function isTimeZone(zone) {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new j("0 0 * * *", { paused: true, timezone: zone }).nextRun(/* @__PURE__ */ new Date(0));
    return true;
  } catch {
    return false;
  }
}
function cronProblem(cron) {
  const text2 = cron.trim();
  if (/^(?:CRON_)?TZ=/i.test(text2))
    return "the cron must not carry a TZ= prefix; set `timeZone:` instead (kfp-action writes the prefix)";
  if (text2.startsWith("@"))
    return 'nicknames like @daily are not cron expressions Vertex takes; write the five fields (e.g. "0 0 * * *")';
  const fields = text2.split(/\s+/);
  if (fields.length !== 5)
    return `a cron has five fields (minute hour day-of-month month day-of-week), this one has ${fields.length}`;
  for (const field of fields) {
    const atoms = field.split(/[,/-]/).filter((a) => a !== "*" && a !== "");
    if (!FIELD.test(field) || !atoms.every((a) => NAMES.test(a)))
      return `"${field}" is not a unix cron field (numbers, *, lists a,b, ranges a-b, steps */n, month and day names)`;
  }
  try {
    new j(text2, { paused: true, timezone: DEFAULT_TIME_ZONE });
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/^CronPattern: /, "");
  }
  return void 0;
}
function nextRunTimes(cron, timeZone, from, count) {
  const job = new j(cron.trim(), { paused: true, timezone: timeZone });
  return job.nextRuns(count, from);
}
function formatInZone(time, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short"
    }).formatToParts(time).map((p) => [p.type, p.value])
  );
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}
function vertexCron(cron, timeZone = DEFAULT_TIME_ZONE) {
  return `TZ=${timeZone} ${cron.trim().split(/\s+/).join(" ")}`;
}

// src/core/config/checks.ts
function semanticChecks(config) {
  const out = [];
  const firstByName = /* @__PURE__ */ new Map();
  config.pipelines.forEach((p, i) => {
    if (p.name !== void 0) {
      const first = firstByName.get(p.name);
      if (first !== void 0) {
        out.push({
          code: "config/duplicate-pipeline",
          severity: "error",
          message: `pipeline name "${p.name}" is already used by pipelines[${first}]; each entry must configure a different pipeline`,
          at: ["pipelines", i, "name"]
        });
      } else firstByName.set(p.name, i);
    }
    out.push(...scheduleChecks(p.schedules ?? [], ["pipelines", i, "schedules"]));
    (p.gates ?? []).forEach((g2, j2) => {
      const at = ["pipelines", i, "gates", j2];
      if (g2.min !== void 0 && g2.max !== void 0 && g2.min > g2.max) {
        out.push({
          code: "config/gate-range",
          severity: "error",
          message: `gate on "${g2.metric}" has min ${g2.min} above max ${g2.max}; no value can pass it`,
          at
        });
      }
      if (g2.min === void 0 && g2.max === void 0 && g2.maxRegression === void 0) {
        out.push({
          code: "config/gate-empty",
          severity: "warning",
          message: `gate on "${g2.metric}" sets none of min, max, maxRegression, so it always passes`,
          at
        });
      }
    });
  });
  const envIndex = /* @__PURE__ */ new Map();
  (config.environments ?? []).forEach((e, i) => {
    const first = envIndex.get(e.name);
    if (first !== void 0) {
      out.push({
        code: "config/duplicate-environment",
        severity: "error",
        message: `environment "${e.name}" is listed twice (also environments[${first}]); the promotion order must name each once`,
        at: ["environments", i, "name"]
      });
    } else envIndex.set(e.name, i);
    if (e.minReplicas !== void 0 && e.maxReplicas !== void 0 && e.minReplicas > e.maxReplicas) {
      out.push({
        code: "config/replica-range",
        severity: "error",
        message: `environment "${e.name}" has minReplicas ${e.minReplicas} above maxReplicas ${e.maxReplicas}`,
        at: ["environments", i]
      });
    }
  });
  return out;
}
function scheduleChecks(schedules, at) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  schedules.forEach((s3, j2) => {
    const here = [...at, j2];
    const error = (code2, message, key) => out.push({ code: code2, severity: "error", message, at: [...here, key] });
    const first = seen.get(s3.name);
    if (first !== void 0)
      error(
        "config/duplicate-schedule",
        `schedule name "${s3.name}" is already used by schedules[${first}] of this pipeline; each schedule needs its own name`,
        "name"
      );
    else seen.set(s3.name, j2);
    const zone = s3.timeZone ?? DEFAULT_TIME_ZONE;
    const zoneOk = isTimeZone(zone);
    if (!zoneOk)
      error(
        "config/bad-time-zone",
        `time zone "${s3.timeZone}" is not an IANA time zone (e.g. "Europe/Berlin", "America/New_York", "UTC")`,
        "timeZone"
      );
    const problem = cronProblem(s3.cron);
    if (problem) error("config/bad-cron", `cron "${s3.cron}": ${problem}`, "cron");
    const start = s3.startTime !== void 0 ? realTime(s3.startTime) : void 0;
    const end = s3.endTime !== void 0 ? realTime(s3.endTime) : void 0;
    if (start !== void 0 && Number.isNaN(start))
      error("config/bad-time", `startTime "${s3.startTime}" is not a real time`, "startTime");
    if (end !== void 0 && Number.isNaN(end))
      error("config/bad-time", `endTime "${s3.endTime}" is not a real time`, "endTime");
    if (start !== void 0 && end !== void 0 && start >= end)
      error(
        "config/bad-time",
        `endTime ${s3.endTime} is not after startTime ${s3.startTime}; the schedule would never run`,
        "endTime"
      );
    if (!problem && zoneOk) {
      const from = new Date(Number.isFinite(start) ? start : Date.UTC(2e3, 0, 1));
      if (nextRunTimes(s3.cron, zone, from, 1).length === 0)
        error(
          "config/bad-cron",
          `cron "${s3.cron}" names no time that exists (e.g. 30 February)`,
          "cron"
        );
    }
  });
  return out;
}
function realTime(value2) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(value2);
  if (!m) return NaN;
  const [y2, mo, d, h, mi, se] = m.slice(1).map(Number);
  const days = new Date(Date.UTC(y2, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || se > 59) return NaN;
  return Date.parse(value2);
}

// src/core/config/schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/kfp-action.schema.json
var kfp_action_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/kfp-action/kfp-action/schema/kfp-action.schema.json",
  title: "kfp-action config file (kfp-action.yaml)",
  description: "Lists the repository's Kubeflow pipelines and how kfp-action compiles, runs, gates and promotes them. See docs/config.md.",
  type: "object",
  additionalProperties: false,
  required: ["version", "pipelines"],
  properties: {
    $schema: { type: "string", description: "Editor hint: the URL or path of this schema." },
    version: { const: 1, description: "Version of this file's format; always 1." },
    vertex: { $ref: "#/definitions/vertex" },
    policy: { $ref: "#/definitions/policy" },
    pipelines: {
      type: "array",
      minItems: 1,
      description: "The pipelines of the repository.",
      items: { $ref: "#/definitions/pipeline" }
    },
    environments: {
      type: "array",
      description: "Promotion order: each environment must hold a version before the next may receive it.",
      items: { $ref: "#/definitions/environment" }
    }
  },
  definitions: {
    nonEmpty: { type: "string", minLength: 1 },
    ruleLevel: { enum: ["off", "warning", "error"] },
    parameterValue: {
      description: "A pipeline parameter value: string, number, boolean, list or mapping."
    },
    pipeline: {
      type: "object",
      additionalProperties: false,
      required: ["source"],
      properties: {
        source: {
          $ref: "#/definitions/nonEmpty",
          description: "Path or glob, relative to this file, of Python pipeline modules or compiled IR (.yaml/.json)."
        },
        name: {
          type: "string",
          pattern: "^[a-z0-9][a-z0-9-]{0,127}$",
          description: "pipelineInfo.name this entry configures; with several pipelines in a module, selects one."
        },
        function: {
          type: "string",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          description: "Python function (or variable) name of the @dsl.pipeline, when the module defines several."
        },
        dependsOn: {
          type: "array",
          items: { $ref: "#/definitions/nonEmpty" },
          description: "Extra paths or globs whose change should re-check this pipeline."
        },
        parameters: {
          type: "object",
          additionalProperties: { $ref: "#/definitions/parameterValue" },
          description: "Runtime parameter values (root inputs)."
        },
        vertex: { $ref: "#/definitions/vertex" },
        decision: { $ref: "#/definitions/decision" },
        gates: { type: "array", items: { $ref: "#/definitions/gate" } },
        model: { $ref: "#/definitions/model" },
        schedules: {
          type: "array",
          description: "Vertex AI schedules that run this pipeline on a cron; reconciled on merge by `kfp-action schedules`.",
          items: { $ref: "#/definitions/schedule" }
        }
      }
    },
    rfc3339: {
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$",
      description: "An RFC 3339 time with its offset, e.g. 2027-01-01T00:00:00Z"
    },
    schedule: {
      type: "object",
      additionalProperties: false,
      required: ["name", "cron"],
      description: "A Vertex AI schedule of the pipeline.",
      properties: {
        name: {
          type: "string",
          pattern: "^[a-z][a-z0-9-]{0,62}$",
          description: "Schedule name, unique within the pipeline: lowercase letters, digits and hyphens"
        },
        cron: {
          $ref: "#/definitions/nonEmpty",
          description: "Five-field unix cron: minute hour day-of-month month day-of-week, e.g. 0 3 * * 1"
        },
        timeZone: {
          $ref: "#/definitions/nonEmpty",
          description: "IANA time zone the cron is read in (default UTC), e.g. Europe/Berlin"
        },
        parameters: {
          type: "object",
          additionalProperties: { $ref: "#/definitions/parameterValue" },
          description: "Parameter values over the pipeline's own parameters."
        },
        maxConcurrentRuns: {
          type: "integer",
          minimum: 1,
          description: "At most this many runs at once (default 1)"
        },
        startTime: { $ref: "#/definitions/rfc3339" },
        endTime: { $ref: "#/definitions/rfc3339" },
        maxRunCount: {
          type: "integer",
          minimum: 1,
          description: "The schedule completes after starting this many runs"
        },
        allowQueueing: {
          type: "boolean",
          description: "Queue a run instead of skipping it when maxConcurrentRuns are running"
        },
        catchUp: {
          type: "boolean",
          description: "On resume, start the runs missed while paused"
        },
        paused: { type: "boolean", description: "Keep the schedule but start no runs" }
      }
    },
    vertex: {
      type: "object",
      additionalProperties: false,
      description: "Vertex AI Pipelines settings; a pipeline's own block overrides the top-level one key by key.",
      properties: {
        project: { $ref: "#/definitions/nonEmpty", description: "Google Cloud project id." },
        region: {
          type: "string",
          pattern: "^[a-z]+-[a-z]+[0-9]+$",
          description: "Region, e.g. europe-west4."
        },
        pipelineRoot: {
          type: "string",
          pattern: "^gs://",
          description: "runtimeConfig.gcsOutputDirectory, e.g. gs://bucket/pipeline-root."
        },
        serviceAccount: { $ref: "#/definitions/nonEmpty" },
        network: { type: "string", pattern: "^projects/[^/]+/global/networks/[^/]+$" },
        kmsKey: { $ref: "#/definitions/nonEmpty" },
        labels: { type: "object", additionalProperties: { type: "string" } },
        enableCaching: { type: "boolean" },
        failurePolicy: { enum: ["fast", "slow"] },
        displayName: { $ref: "#/definitions/nonEmpty" },
        templateRegistry: { type: "string", pattern: "^https://" },
        timeoutMinutes: { type: "number", exclusiveMinimum: 0 }
      }
    },
    decision: {
      type: "object",
      additionalProperties: false,
      required: ["task", "output"],
      description: "The pipeline's own deploy decision: an output parameter of a task.",
      properties: {
        task: { $ref: "#/definitions/nonEmpty" },
        output: { $ref: "#/definitions/nonEmpty" },
        deployValues: { type: "array", minItems: 1, items: { type: "string" } }
      }
    },
    gate: {
      type: "object",
      additionalProperties: false,
      required: ["metric"],
      properties: {
        metric: {
          $ref: "#/definitions/nonEmpty",
          description: "Metric name as logged by the pipeline."
        },
        task: { $ref: "#/definitions/nonEmpty" },
        min: { type: "number" },
        max: { type: "number" },
        maxRegression: { type: "number", minimum: 0 },
        higherIsBetter: { type: "boolean" }
      }
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["task"],
      properties: {
        task: { $ref: "#/definitions/nonEmpty" },
        artifact: { $ref: "#/definitions/nonEmpty" },
        displayName: { $ref: "#/definitions/nonEmpty" },
        servingContainer: { $ref: "#/definitions/nonEmpty" }
      }
    },
    environment: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          $ref: "#/definitions/nonEmpty",
          description: "GitHub Environment name; also the Model Registry alias."
        },
        project: { $ref: "#/definitions/nonEmpty" },
        region: { type: "string", pattern: "^[a-z]+-[a-z]+[0-9]+$" },
        endpoint: { $ref: "#/definitions/nonEmpty" },
        machineType: { $ref: "#/definitions/nonEmpty" },
        minReplicas: { type: "integer", minimum: 1 },
        maxReplicas: { type: "integer", minimum: 1 },
        trafficPercent: { type: "integer", minimum: 0, maximum: 100 },
        undeployPrevious: { type: "boolean" },
        serviceAccount: { $ref: "#/definitions/nonEmpty" }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      properties: {
        imageLatestTag: { $ref: "#/definitions/ruleLevel" },
        imageNotPinnedByDigest: { $ref: "#/definitions/ruleLevel" },
        imageRegistryNotAllowed: { $ref: "#/definitions/ruleLevel" },
        allowedRegistries: { type: "array", items: { $ref: "#/definitions/nonEmpty" } },
        missingResourceLimits: { $ref: "#/definitions/ruleLevel" },
        cachingDisabled: { $ref: "#/definitions/ruleLevel" },
        parameterWithoutDefault: { $ref: "#/definitions/ruleLevel" },
        tooManyTasks: { $ref: "#/definitions/ruleLevel" },
        maxTasks: { type: "integer", minimum: 1 }
      }
    }
  }
};

// src/core/config/schema.ts
var compiled;
function schemaErrors(value2) {
  compiled ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true }).compile(kfp_action_schema_default);
  return compiled(value2) ? [] : [...compiled.errors ?? []];
}

// src/core/config/load.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
function displayPath(path20) {
  let out = "";
  for (const step of path20) out += typeof step === "number" ? `[${step}]` : out ? `.${step}` : step;
  return out || "the file";
}
function levenshtein(a, b2) {
  const row = Array.from({ length: b2.length + 1 }, (_2, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j2 = 1; j2 <= b2.length; j2++) {
      const tmp = row[j2];
      row[j2] = Math.min(row[j2] + 1, row[j2 - 1] + 1, prev + (a[i - 1] === b2[j2 - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b2.length];
}
function suggestKey(key, allowed) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== void 0 && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : void 0;
}
function show(value2) {
  const text2 = JSON.stringify(value2) ?? String(value2);
  return text2.length > 80 ? `${text2.slice(0, 79)}\u2026` : text2;
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function schemaMessage(e, where) {
  const parent = e.parentSchema;
  const about = parent?.description ? ` (${parent.description.replace(/\.$/, "")})` : "";
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {}).filter((k2) => k2 !== "$schema");
      const close = suggestKey(key, allowed);
      const hint = close ? `did you mean "${close}"?` : `allowed keys: ${allowed.join(", ")}`;
      const inside = where === "the file" ? "at the top level" : `in ${where}`;
      return { code: "config/unknown-key", message: `unknown key "${key}" ${inside}; ${hint}` };
    }
    case "required": {
      const key = String(e.params.missingProperty);
      return { code: "config/missing-key", message: `${where} needs the key "${key}"` };
    }
    case "type": {
      const type = String(e.params.type);
      return {
        code: "config/bad-value",
        message: `${where} must be ${article(type.replace(",", " or "))}, got ${show(e.data)}${about}`
      };
    }
    case "enum": {
      const values = e.params.allowedValues.map(show).join(", ");
      return {
        code: "config/bad-value",
        message: `${where} must be one of ${values}, got ${show(e.data)}`
      };
    }
    case "const": {
      const value2 = show(e.params.allowedValue);
      return {
        code: "config/bad-value",
        message: `${where} must be ${value2}, got ${show(e.data)}`
      };
    }
    case "pattern":
      return {
        code: "config/bad-value",
        message: `${where} is ${show(e.data)}, which does not match ${e.params.pattern}${about}`
      };
    default:
      return {
        code: "config/bad-value",
        message: `${where} ${e.message ?? "is not valid"}, got ${show(e.data)}${about}`
      };
  }
}
function tooLarge(bytes, file) {
  return {
    code: "config/too-large",
    severity: "error",
    message: `the config file is ${bytes} bytes, more than the ${MAX_CONFIG_BYTES} a config file can plausibly be; is this the right file?`,
    file,
    line: 1,
    column: 1
  };
}
function loadConfig(text2, file) {
  const lineCounter = new import_yaml2.LineCounter();
  const pos = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const fail2 = (code2, message, at = { line: 1, column: 1 }) => ({
    diagnostics: [{ code: code2, severity: "error", message, file, ...at }],
    locate: () => ({ line: 1, column: 1 })
  });
  if (text2.length > MAX_CONFIG_BYTES)
    return { diagnostics: [tooLarge(text2.length, file)], locate: () => ({ line: 1, column: 1 }) };
  if (text2.includes("\0"))
    return fail2("config/not-yaml", "the config file is binary, not YAML");
  if (text2.trim() === "") {
    return fail2(
      "config/empty",
      "the config file is empty; it needs at least `version: 1` and `pipelines:`"
    );
  }
  const doc = (0, import_yaml2.parseDocument)(text2, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (path20, part = "key") => {
    const { found } = findYamlNode(doc.contents, path20);
    const node = part === "key" ? found.key ?? found.value : found.value ?? found.key;
    return pos(node?.range?.[0]);
  };
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split("\n")[0] ?? first.message;
    return fail2("config/yaml-syntax", `YAML syntax error: ${message}`, pos(first.pos[0]));
  }
  let value2;
  try {
    value2 = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return fail2(
      "config/yaml-syntax",
      `YAML could not be resolved: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (value2 === null || value2 === void 0) {
    return fail2(
      "config/empty",
      "the config file has no content; it needs at least `version: 1` and `pipelines:`"
    );
  }
  if (typeof value2 !== "object" || Array.isArray(value2)) {
    return fail2(
      "config/not-a-mapping",
      `the config file must be a mapping with \`version: 1\` and \`pipelines:\`, got ${Array.isArray(value2) ? "a list" : show(value2)}`,
      pos(doc.contents?.range?.[0])
    );
  }
  const diagnostics = [];
  for (const e of schemaErrors(value2)) {
    const path20 = pointerToPath(e.instancePath);
    const { code: code2, message } = schemaMessage(e, displayPath(path20));
    let at;
    if (e.keyword === "additionalProperties") {
      at = locate([
        ...path20,
        String(e.params.additionalProperty)
      ]);
    } else {
      const { found } = findYamlNode(doc.contents, path20);
      at = pos(
        (e.keyword === "required" ? found.key ?? found.value : found.value ?? found.key)?.range?.[0]
      );
    }
    diagnostics.push({ code: code2, severity: "error", message, file, ...at, path: displayPath(path20) });
  }
  const unique = diagnostics.filter(
    (d, i) => diagnostics.findIndex(
      (o) => o.message === d.message && o.line === d.line && o.column === d.column
    ) === i
  );
  if (unique.length > 0) {
    unique.sort((a, b2) => (a.line ?? 0) - (b2.line ?? 0) || (a.column ?? 0) - (b2.column ?? 0));
    return { diagnostics: unique, locate };
  }
  const config = value2;
  const semantic = semanticChecks(config).map((s3) => ({
    ...s3,
    file,
    ...locate(s3.at),
    path: displayPath(s3.at)
  }));
  const hasError = semantic.some((d) => d.severity === "error");
  return { ...hasError ? {} : { config }, diagnostics: semantic, locate };
}

// src/adapters/config/read-config.ts
function readConfigFile(configPath, display) {
  let size;
  try {
    const stat = statSync(configPath);
    if (!stat.isFile()) return { exists: false };
    size = stat.size;
  } catch {
    return { exists: false };
  }
  if (size > MAX_CONFIG_BYTES) {
    return {
      exists: true,
      diagnostics: [tooLarge(size, display)],
      locate: () => ({ line: 1, column: 1 })
    };
  }
  let text2;
  try {
    text2 = readFileSync(configPath, "utf8");
  } catch (error) {
    const reason = error.code ?? String(error);
    return {
      exists: true,
      diagnostics: [
        {
          code: "config/unreadable",
          severity: "error",
          message: `the config file could not be read (${reason})`,
          file: display
        }
      ],
      locate: () => ({ line: 1, column: 1 })
    };
  }
  return { exists: true, ...loadConfig(text2, display) };
}

// src/adapters/sources/discover.ts
import { globSync, statSync as statSync2 } from "node:fs";
import path from "node:path";

// src/core/compile/sources.ts
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
  ".git",
  "node_modules",
  ".venv",
  "venv",
  "__pycache__",
  "site-packages",
  ".kfp-action",
  ".tox"
]);
function sourceKind(file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".py")) return "python";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) return "ir";
  return void 0;
}
function isGlob(pattern) {
  return /[*?[\]{}]/.test(pattern);
}
function dedupeSources(sources) {
  const seen = /* @__PURE__ */ new Set();
  return sources.filter((s3) => {
    const key = `${s3.path}\0${s3.function ?? ""}\0${s3.name ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function splitSourceList(text2) {
  return text2.split(/\r?\n/).map((s3) => s3.trim()).filter((s3) => s3 !== "" && !s3.startsWith("#"));
}

// src/adapters/sources/discover.ts
var skipped = (p) => SKIPPED_FOLDERS.has(path.basename(typeof p === "string" ? p : p.name));
function tryStat(file) {
  try {
    return statSync2(file);
  } catch {
    return void 0;
  }
}
function discoverSources(patterns, display) {
  const sources = [];
  const diagnostics = [];
  for (const p of patterns) {
    const select = {
      ...p.entry?.function ? { function: p.entry.function } : {},
      ...p.entry?.name ? { name: p.entry.name } : {},
      ...p.entryIndex !== void 0 ? { entryIndex: p.entryIndex } : {}
    };
    const where = p.at ?? {};
    const absolute = path.resolve(p.base, p.pattern);
    let matched;
    let explicit = false;
    if (isGlob(p.pattern)) {
      matched = globSync(p.pattern, { cwd: p.base, exclude: skipped }).map((m) => path.resolve(p.base, m)).filter((m) => sourceKind(m) && tryStat(m)?.isFile());
    } else {
      const stat = tryStat(absolute);
      if (stat?.isDirectory()) {
        matched = globSync("**/*.py", { cwd: absolute, exclude: skipped }).map(
          (m) => path.resolve(absolute, m)
        );
      } else if (stat?.isFile()) {
        if (!sourceKind(absolute)) {
          diagnostics.push({
            code: "compile/unknown-source-type",
            severity: "error",
            message: `source "${p.pattern}" is neither a Python module (.py) nor compiled IR (.yaml, .yml, .json)`,
            ...p.at ? where : { file: display(absolute) }
          });
          continue;
        }
        matched = [absolute];
        explicit = true;
      } else {
        matched = [];
      }
    }
    if (matched.length === 0) {
      diagnostics.push({
        code: "compile/source-not-found",
        severity: "error",
        message: `source "${p.pattern}" matches no pipeline file (looked in ${display(p.base)}${p.at ? ", relative to the config file" : ""})`,
        ...where
      });
      continue;
    }
    for (const file of matched.sort()) {
      sources.push({ path: file, kind: sourceKind(file), explicit, ...select });
    }
  }
  return { sources: dedupeSources(sources), diagnostics };
}

// src/adapters/sources/repository.ts
import { existsSync, readdirSync, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import path3 from "node:path";

// src/core/check/python-imports.ts
import path2 from "node:path";
function parsePythonImports(text2) {
  const out = [];
  const joined = text2.replace(/\\\r?\n/g, " ").replace(/\(([^()]*)\)/g, (_m, inner) => `(${inner.replace(/\r?\n/g, " ")})`);
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    let m = /^from\s+(\.*[\w.]*)\s+import\s+(.+)$/.exec(line);
    if (m) {
      const base2 = m[1];
      const names = m[2].replace(/[()]/g, "").split(",");
      out.push(base2);
      for (const n of names) {
        const name = n.trim().split(/\s+as\s+/)[0].trim();
        if (name && name !== "*")
          out.push(base2.endsWith(".") ? `${base2}${name}` : `${base2}.${name}`);
      }
      continue;
    }
    m = /^import\s+(.+)$/.exec(line);
    if (m) {
      for (const n of m[1].split(",")) {
        const name = n.trim().split(/\s+as\s+/)[0].trim();
        if (name) out.push(name);
      }
    }
  }
  return out;
}
function moduleCandidates(name, fromFile) {
  let parts;
  if (name.startsWith(".")) {
    const dots = /^\.+/.exec(name)[0].length;
    let dir = path2.posix.dirname(fromFile);
    for (let i = 1; i < dots; i++) dir = path2.posix.dirname(dir);
    const rest = name.slice(dots).split(".").filter(Boolean);
    parts = [...dir === "." ? [] : dir.split("/"), ...rest];
  } else {
    parts = name.split(".").filter(Boolean);
  }
  if (!parts.length) return [];
  const stem = parts.join("/");
  return [`${stem}.py`, `${stem}/__init__.py`];
}
function importClosure(start, read) {
  const seen = /* @__PURE__ */ new Set([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    const text2 = read(file);
    if (text2 === void 0) continue;
    for (const name of parsePythonImports(text2)) {
      for (const candidate of moduleCandidates(name, file)) {
        if (seen.has(candidate) || read(candidate) === void 0) continue;
        seen.add(candidate);
        queue.push(candidate);
        const parts = candidate.split("/");
        for (let i = parts.length - 1; i > 0; i--) {
          const init = [...parts.slice(0, i), "__init__.py"].join("/");
          if (!seen.has(init) && read(init) !== void 0) {
            seen.add(init);
            queue.push(init);
          }
        }
      }
    }
  }
  return seen;
}

// src/core/compile/scan.ts
var STRING_START = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")/;
function tokenize(text2) {
  const out = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let atStatement = true;
  const n = text2.length;
  while (i < n) {
    const c2 = text2[i];
    if (c2 === "\n") {
      line++;
      lineStart = i + 1;
      i++;
      if (depth === 0) atStatement = true;
      continue;
    }
    if (c2 === "\\" && text2[i + 1] === "\n") {
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    if (c2 === " " || c2 === "	" || c2 === "\r" || c2 === "\f") {
      i++;
      continue;
    }
    if (c2 === "#") {
      while (i < n && text2[i] !== "\n") i++;
      continue;
    }
    const column = i - lineStart;
    const tokenLine = line;
    const starts = atStatement;
    atStatement = false;
    const quote = STRING_START.exec(text2.slice(i, i + 5));
    if (quote) {
      const delimiter = quote[1];
      const prefix = quote[0].length - delimiter.length;
      const raw = /[rR]/.test(text2.slice(i, i + prefix));
      let j2 = i + quote[0].length;
      let value2 = "";
      while (j2 < n) {
        if (text2.startsWith(delimiter, j2)) break;
        const ch = text2[j2];
        if (ch === "\n") {
          if (delimiter.length === 1) break;
          line++;
          lineStart = j2 + 1;
        }
        if (ch === "\\" && j2 + 1 < n) {
          if (text2[j2 + 1] === "\n") {
            line++;
            lineStart = j2 + 2;
          }
          value2 += raw ? text2.slice(j2, j2 + 2) : text2[j2 + 1];
          j2 += 2;
          continue;
        }
        value2 += ch;
        j2++;
      }
      i = text2.startsWith(delimiter, j2) ? j2 + delimiter.length : j2;
      out.push({ kind: "string", text: value2, line: tokenLine, column, starts });
      continue;
    }
    const word = /^[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*/.exec(text2.slice(i, i + 200));
    if (word) {
      out.push({ kind: "name", text: word[0], line: tokenLine, column, starts });
      i += word[0].length;
      continue;
    }
    const num = /^\d[\w.]*/.exec(text2.slice(i, i + 100));
    if (num) {
      out.push({ kind: "number", text: num[0], line: tokenLine, column, starts });
      i += num[0].length;
      continue;
    }
    if ("([{".includes(c2)) depth++;
    else if (")]}".includes(c2)) depth = Math.max(0, depth - 1);
    else if (c2 === ";" && depth === 0) atStatement = true;
    out.push({ kind: "op", text: c2, line: tokenLine, column, starts });
    i++;
  }
  return out;
}
function statements(tokens) {
  const out = [];
  for (const t of tokens) {
    if (t.starts || out.length === 0) out.push([]);
    out[out.length - 1].push(t);
  }
  return out.map((s3) => s3.at(-1)?.text === ";" ? s3.slice(0, -1) : s3).filter((s3) => s3.length > 0);
}
function dotted(tokens, from) {
  const parts = [];
  let i = from;
  while (tokens[i]?.kind === "name") {
    parts.push(tokens[i].text);
    if (tokens[i + 1]?.text !== ".") {
      i++;
      break;
    }
    i += 2;
  }
  return { name: parts.join("."), used: i - from };
}
function scanPython(text2) {
  const stmts = statements(tokenize(text2));
  const dslNames = /* @__PURE__ */ new Set(["dsl", "kfp.dsl", "kfp.v2.dsl"]);
  const pipelineNames = /* @__PURE__ */ new Set();
  const imported = /* @__PURE__ */ new Map();
  for (const s3 of stmts) {
    if (s3[0]?.text === "from" && s3[0].kind === "name") {
      const mod = dotted(s3, 1);
      const module = s3.slice(
        1,
        s3.findIndex((t) => t.text === "import")
      ).map((t) => t.text).join("");
      const at = s3.findIndex((t) => t.text === "import");
      if (at === -1) continue;
      const names = s3.slice(at + 1).filter((t) => t.text !== "(" && t.text !== ")");
      for (let i = 0; i < names.length; i++) {
        if (names[i].kind !== "name") continue;
        const name = names[i].text;
        let alias = name;
        if (names[i + 1]?.text === "as" && names[i + 2]?.kind === "name") {
          alias = names[i + 2].text;
          i += 2;
        }
        imported.set(alias, { module, name });
        const full = `${mod.name}.${name}`;
        if (full === "kfp.dsl" || full === "kfp.v2.dsl") dslNames.add(alias);
        if (full === "kfp.dsl.pipeline" || full === "kfp.v2.dsl.pipeline") pipelineNames.add(alias);
      }
    } else if (s3[0]?.text === "import" && s3[0].kind === "name") {
      for (let i = 1; i < s3.length; ) {
        const mod = dotted(s3, i);
        if (!mod.used) {
          i++;
          continue;
        }
        i += mod.used;
        if (s3[i]?.text === "as" && s3[i + 1]?.kind === "name") {
          if (mod.name === "kfp.dsl" || mod.name === "kfp.v2.dsl") dslNames.add(s3[i + 1].text);
          if (mod.name === "kfp") dslNames.add(`${s3[i + 1].text}.dsl`);
          i += 2;
        }
      }
    }
  }
  const isPipelineDecorator = (name) => {
    if (pipelineNames.has(name)) return true;
    const dot = name.lastIndexOf(".");
    return dot > 0 && name.slice(dot + 1) === "pipeline" && dslNames.has(name.slice(0, dot));
  };
  const pipelines = [];
  const blocks = [];
  let decorators = [];
  for (let k2 = 0; k2 < stmts.length; k2++) {
    const s3 = stmts[k2];
    const first = s3[0];
    while (blocks.length && first.column <= blocks[blocks.length - 1]) blocks.pop();
    if (first.text === "@" && first.kind === "op") {
      const deco = dotted(s3, 1);
      let name;
      const args = s3.slice(1 + deco.used);
      for (let i = 0; i + 2 < args.length; i++) {
        if (args[i].text === "name" && args[i + 1].text === "=" && args[i + 2].kind === "string") {
          const after = args[i + 3]?.text;
          if (after === "," || after === ")") name = args[i + 2].text;
        }
      }
      decorators.push({
        line: first.line,
        pipeline: isPipelineDecorator(deco.name),
        ...name !== void 0 ? { name } : {}
      });
      continue;
    }
    const defAt = first.text === "async" ? 1 : 0;
    const isDef = s3[defAt]?.text === "def" && s3[defAt + 1]?.kind === "name";
    if (isDef || first.text === "class") {
      const pipelineDeco = decorators.find((d) => d.pipeline);
      if (isDef && pipelineDeco && blocks.length === 0) {
        const calls = /* @__PURE__ */ new Set();
        const body = [s3];
        for (let j2 = k2 + 1; j2 < stmts.length && stmts[j2][0].column > first.column; j2++)
          body.push(stmts[j2]);
        for (const b2 of body) {
          b2.forEach((t, i) => {
            if (t.kind === "name" && b2[i + 1]?.text === "(" && b2[i - 1]?.text !== ".")
              calls.add(t.text);
          });
        }
        pipelines.push({
          function: s3[defAt + 1].text,
          line: pipelineDeco.line,
          ...pipelineDeco.name !== void 0 ? { name: pipelineDeco.name } : {},
          calls: [...calls].filter((c2) => c2 !== s3[defAt + 1].text)
        });
      }
      blocks.push(first.column);
    }
    decorators = [];
  }
  return { pipelines, imported };
}
function outermostPipelines(modules) {
  const inner = /* @__PURE__ */ new Set();
  const byFile = new Map(modules.map((m) => [m.file, m]));
  for (const m of modules) {
    const local = new Set(m.scan.pipelines.map((p) => p.function));
    for (const p of m.scan.pipelines) {
      for (const call of p.calls) {
        if (local.has(call)) {
          inner.add(`${m.file}\0${call}`);
          continue;
        }
        const from = m.scan.imported.get(call);
        if (!from) continue;
        for (const candidate of moduleCandidates(from.module, m.file)) {
          if (byFile.get(candidate)?.scan.pipelines.some((q) => q.function === from.name))
            inner.add(`${candidate}\0${from.name}`);
        }
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const m of modules) {
    out.set(
      m.file,
      m.scan.pipelines.filter((p) => !inner.has(`${m.file}\0${p.function}`))
    );
  }
  return out;
}
function looksLikePipelineSpec(text2) {
  if (/^\s*[{[]/.test(text2)) {
    return /"pipelineInfo"\s*:/.test(text2) && /"root"\s*:/.test(text2) && /"schemaVersion"\s*:/.test(text2);
  }
  return /^pipelineInfo:/m.test(text2) && /^root:/m.test(text2) && /^schemaVersion:/m.test(text2);
}

// src/adapters/sources/repository.ts
var MAX_SOURCE_BYTES = 4 * 1024 * 1024;
var MAX_WALK_ENTRIES = 5e4;
var posix = (p) => p.split(path3.sep).join("/");
function isEnvironment(dir) {
  return existsSync(path3.join(dir, "pyvenv.cfg")) || existsSync(path3.join(dir, "conda-meta"));
}
function walk(root, skip, logger) {
  const out = [];
  const stack = [root];
  let seen = 0;
  while (stack.length) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES) {
        logger.warning(
          `stopped looking for pipelines after ${MAX_WALK_ENTRIES} files in ${root}: run kfp-action in the repository's folder, or list the pipelines in kfp-action.yaml`
        );
        return out;
      }
      const full = path3.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skip(full)) stack.push(full);
      } else if (e.isFile()) {
        out.push(posix(path3.relative(root, full)));
      }
    }
  }
  return out.sort();
}
async function findRepositoryPipelines(root, outputDirs, logger) {
  const outputs = outputDirs.map((d) => path3.resolve(d));
  const skippedDir = /* @__PURE__ */ new Map();
  const skip = (dir) => {
    let known2 = skippedDir.get(dir);
    if (known2 === void 0) {
      known2 = SKIPPED_FOLDERS.has(path3.basename(dir)) || outputs.some((o) => dir === o) || isEnvironment(dir);
      skippedDir.set(dir, known2);
    }
    return known2;
  };
  const insideSkipped = (rel) => {
    const parts = rel.split("/");
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      dir = path3.join(dir, part);
      if (skip(dir)) return true;
    }
    return false;
  };
  const listed3 = await tryListRepositoryFiles(root);
  const listing = listed3 ? "git" : "walk";
  const files = listed3 ? listed3.filter((f2) => sourceKind(f2) && !insideSkipped(f2)).sort() : walk(root, skip, logger).filter((f2) => sourceKind(f2));
  const modules = [];
  const ir = [];
  for (const file of files) {
    const abs = path3.join(root, file);
    let text2;
    try {
      const stat = statSync3(abs);
      if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) continue;
      text2 = readFileSync2(abs, "utf8");
    } catch {
      continue;
    }
    if (sourceKind(file) === "python") {
      if (!text2.includes("pipeline")) continue;
      const scan = scanPython(text2);
      if (scan.pipelines.length) modules.push({ file, scan });
    } else if (looksLikePipelineSpec(text2)) {
      ir.push(file);
    }
  }
  logger.debug(
    `found ${modules.length} pipeline module(s) and ${ir.length} compiled IR file(s) among ${files.length} files (${listing === "git" ? "git ls-files" : "folder walk"})`
  );
  return { modules, ir, listing };
}

// src/adapters/starter-workflows.ts
import { existsSync as existsSync2, readFileSync as readFileSync3 } from "node:fs";
import path4 from "node:path";
import { fileURLToPath } from "node:url";
function starterWorkflow(name, from = path4.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = path4.dirname(dir)) {
    const candidate = path4.join(dir, "workflows", name);
    if (existsSync2(candidate)) return readFileSync3(candidate, "utf8");
    if (path4.dirname(dir) === dir) {
      throw new Error(`workflows/${name} was not found above ${from}; the action is incomplete`);
    }
  }
}

// src/adapters/workspace/index.ts
var fileWorkspace = {
  readConfig: readConfigFile,
  discoverSources,
  findPipelines: findRepositoryPipelines,
  starterWorkflow
};

// src/deps.ts
function createDeps(common, edge, logger, env) {
  const once = (make) => {
    let value2;
    return () => value2 ??= make();
  };
  const oncePer = (make) => {
    const made = /* @__PURE__ */ new Map();
    return (key) => {
      let value2 = made.get(key);
      if (!value2) made.set(key, value2 = make(key));
      return value2;
    };
  };
  return {
    logger,
    edge,
    env,
    workspace: fileWorkspace,
    compiler: once(async () => {
      const { KfpPythonCompiler } = await import("./compiler-EYOGKHMN.js");
      return new KfpPythonCompiler(common.python, logger.withNamespace("kfp"));
    }),
    github: oncePer(async (token) => {
      const { OctokitGitHub } = await import("./client-KIU5KI6L.js");
      return new OctokitGitHub({
        token,
        repository: env.GITHUB_REPOSITORY ?? "",
        ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
        logger: logger.withNamespace("github")
      });
    }),
    localRunner: once(async () => {
      const { createLocalRunner } = await import("./runner-3KEKFXMX.js");
      const terminal = edge.kind === "cli" && process.stderr.isTTY && !env.CI ? (text2) => void process.stderr.write(text2) : void 0;
      return createLocalRunner({
        logger: logger.withNamespace("run"),
        env,
        ...terminal ? { terminal } : {}
      });
    }),
    git: once(async () => {
      const { GitCli } = await import("./git-RWXOALKX.js");
      return GitCli.open(common.workingDirectory, logger.withNamespace("git"));
    }),
    vertex: oncePer(async (region) => {
      const { createVertexClients } = await import("./vertex-XOV2F4CM.js");
      return createVertexClients(region, env, logger.withNamespace("vertex"));
    }),
    schedules: async (region) => {
      const { createScheduleService } = await import("./schedules-5ZO4JDT2.js");
      return createScheduleService(region, env, logger.withNamespace("vertex"));
    },
    promotion: async (registry, endpoints, operationTimeoutMs) => {
      const { openPromotionClients } = await import("./vertex-models-IGDLODWZ.js");
      return openPromotionClients(registry, endpoints, {
        env,
        logger: logger.withNamespace("vertex"),
        operationTimeoutMs
      });
    },
    oidcEnvironment: once(async () => {
      const { readOidcEnvironment } = await import("./github-oidc-APTMW2RO.js");
      return readOidcEnvironment(env);
    }),
    interruption: /* @__PURE__ */ (() => {
      let made;
      return () => made ??= processInterruption(env, logger);
    })()
  };
}

// src/settings/args.ts
import { parseArgs as utilParseArgs } from "node:util";
var SHORT = { help: "h", version: "V" };
function utilOptions(spec) {
  const options = {};
  for (const name of spec.values) options[name] = { type: "string", multiple: true };
  for (const name of spec.switches) {
    options[name] = { type: "boolean", ...SHORT[name] ? { short: SHORT[name] } : {} };
  }
  return options;
}
function known(spec) {
  const names = [...spec.values, ...spec.switches].map(
    (f2) => SHORT[f2] ? `--${f2} (-${SHORT[f2]})` : `--${f2}`
  );
  return names.join(", ") || "none";
}
function parseArgs(argv, spec) {
  const { tokens } = utilParseArgs({
    args: [...argv],
    options: utilOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  const positionals = [];
  const flags = /* @__PURE__ */ new Map();
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const name = token.name;
    if (spec.values.includes(name)) {
      if (token.value === void 0) {
        throw new UserError(`option ${token.rawName} needs a value`, [], 2);
      }
      flags.set(name, [...flags.get(name) ?? [], token.value]);
    } else if (spec.switches.includes(name)) {
      if (token.inlineValue) {
        throw new UserError(`option ${token.rawName} takes no value, got "${token.value}"`, [], 2);
      }
      flags.set(name, [...flags.get(name) ?? [], "true"]);
    } else {
      throw new UserError(`unknown option ${token.rawName} (known: ${known(spec)})`, [], 2);
    }
  }
  return { positionals, flags };
}
function findCommandWord(argv, valueFlags) {
  const { tokens } = utilParseArgs({
    args: [...argv],
    options: utilOptions({ values: valueFlags, switches: [] }),
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  const first = tokens.find((t) => t.kind === "positional" || t.kind === "option-terminator");
  return first?.kind === "positional" ? { word: first.value, index: first.index } : void 0;
}
function flag(args, name) {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}
function parseBoolean(name, value2, fallback) {
  if (value2 === void 0 || value2.trim() === "") return fallback;
  const v2 = value2.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(v2)) return true;
  if (["false", "no", "0", "off"].includes(v2)) return false;
  throw new UserError(`${name} must be true or false, got "${value2}"`, [], 2);
}
function parseParameterObject(name, text2) {
  if (text2 === void 0 || text2.trim() === "") return {};
  let value2;
  try {
    value2 = parseParameterJson(text2);
  } catch (error) {
    throw new UserError(
      `${name} must be a JSON object like {"seed": 42}; ${error.message}`,
      [],
      2
    );
  }
  if (value2 === null || typeof value2 !== "object" || Array.isArray(value2)) {
    throw new UserError(
      `${name} must be a JSON object like {"seed": 42}, got: ${text2.slice(0, 100)}`,
      [],
      2
    );
  }
  return value2;
}
function parsePositiveInt(name, value2, fallback) {
  if (value2 === void 0 || value2.trim() === "") return fallback;
  const n = Number(value2.trim());
  if (!Number.isInteger(n) || n <= 0) {
    throw new UserError(`${name} must be a positive whole number, got "${value2}"`, [], 2);
  }
  return n;
}

// src/settings/common.ts
import { existsSync as existsSync3 } from "node:fs";
import path5 from "node:path";
var COMMON_FLAGS = ["config", "python", "working-directory"];
var DEFAULT_OUTPUT_BASE = ".kfp-action";
function compiledDir(outputBaseDir) {
  return path5.join(outputBaseDir, "compiled");
}
function outputBase(common, given) {
  return path5.resolve(common.workingDirectory, given || DEFAULT_OUTPUT_BASE);
}
function defaultPython(cwd, env) {
  if (env.KFP_ACTION_PYTHON) return env.KFP_ACTION_PYTHON;
  const venv = path5.join(cwd, ".venv", "bin", "python");
  return existsSync3(venv) ? venv : "python3";
}
function build(cwd, workingDirectory, config, python, env) {
  const wd = path5.resolve(cwd, workingDirectory || ".");
  return {
    workingDirectory: wd,
    configPath: path5.resolve(wd, config || "kfp-action.yaml"),
    python: python || defaultPython(wd, env)
  };
}
function commonFromArgs(args, cwd, env) {
  return build(
    cwd,
    flag(args, "working-directory"),
    flag(args, "config"),
    flag(args, "python"),
    env
  );
}
function commonFromInputs(input, cwd, env) {
  return build(cwd, input("working-directory"), input("config"), input("python"), env);
}

// src/commands/check.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path9 from "node:path";

// src/core/diff/model.ts
function describeParameterSource(source, atRoot, prefix) {
  let text2;
  if (source.componentInputParameter !== void 0) {
    text2 = atRoot ? `pipeline parameter ${source.componentInputParameter}` : `input ${source.componentInputParameter} of the enclosing group`;
  } else if (source.taskOutputParameter) {
    const t = source.taskOutputParameter;
    text2 = `output ${t.outputParameterKey} of ${prefix}${t.producerTask}`;
  } else if (source.runtimeValue) {
    text2 = `constant ${canonicalJson(source.runtimeValue.constant ?? null)}`;
  } else if (source.taskFinalStatus) {
    text2 = `final status of ${prefix}${source.taskFinalStatus.producerTask}`;
  } else {
    text2 = `unknown source ${canonicalJson(source)}`;
  }
  if (source.parameterExpressionSelector) {
    text2 += ` (selecting ${source.parameterExpressionSelector})`;
  }
  return text2;
}
function describeArtifactSource(source, atRoot, prefix) {
  if (source.componentInputArtifact !== void 0) {
    return atRoot ? `pipeline artifact ${source.componentInputArtifact}` : `artifact ${source.componentInputArtifact} of the enclosing group`;
  }
  if (source.taskOutputArtifact) {
    const t = source.taskOutputArtifact;
    return `artifact ${t.outputArtifactKey} of ${prefix}${t.producerTask}`;
  }
  return `unknown source ${canonicalJson(source)}`;
}
function resourcesOf(executor) {
  const r = executor?.container?.resources;
  const out = {};
  if (!r) return out;
  for (const [key, value2] of Object.entries(r)) {
    if (value2 === void 0 || value2 === null) continue;
    out[key] = typeof value2 === "object" ? canonicalJson(value2) : String(value2);
  }
  return out;
}
function kindOf(component, executor) {
  if (component?.dag) return "dag";
  if (executor?.container) return "container";
  if (executor?.importer) return "importer";
  return "other";
}
function reviewModel(spec, platform) {
  const tasks = /* @__PURE__ */ new Map();
  const components = spec.components ?? {};
  const executors = spec.deploymentSpec?.executors ?? {};
  const visiting = /* @__PURE__ */ new Set();
  const walk3 = (dagTasks, basePath, parentKey) => {
    const prefix = parentKey ? `${parentKey}/` : "";
    for (const name of Object.keys(dagTasks).sort()) {
      const task = dagTasks[name];
      const key = `${prefix}${name}`;
      const componentName = task.componentRef?.name ?? "";
      const component = components[componentName];
      const label2 = component?.executorLabel;
      const executor = label2 ? executors[label2] : void 0;
      const inputs = {};
      for (const [input, source] of Object.entries(task.inputs?.parameters ?? {})) {
        inputs[input] = describeParameterSource(source, parentKey === void 0, prefix);
      }
      for (const [input, source] of Object.entries(task.inputs?.artifacts ?? {})) {
        inputs[input] = describeArtifactSource(source, parentKey === void 0, prefix);
      }
      const container = executor?.container;
      const importer = executor?.importer;
      const env = (container?.env ?? []).map((e) => `${e.name}=${e.value}`).sort();
      const iterator = task.parameterIterator ?? task.artifactIterator;
      const shown = task.taskInfo?.name;
      const record = {
        key,
        name,
        ...shown && shown !== name ? { displayName: shown } : {},
        ...parentKey !== void 0 ? { parent: parentKey } : {},
        component: componentName,
        kind: kindOf(component, executor),
        ...container?.image !== void 0 ? { image: container.image } : {},
        ...importer?.artifactUri ? { image: `importer of ${canonicalJson(importer.artifactUri)}` } : {},
        // Embedded archives compare by contents (their bytes carry the compile time).
        ...container?.command ? { command: container.command.map(stableEmbeddedArchives) } : {},
        ...container?.args ? { args: container.args.map(stableEmbeddedArchives) } : {},
        env,
        resources: resourcesOf(executor),
        cacheEnabled: task.cachingOptions?.enableCache === true,
        ...task.retryPolicy ? { retry: canonicalJson(task.retryPolicy) } : {},
        ...task.triggerPolicy?.condition ? { condition: task.triggerPolicy.condition } : {},
        ...iterator ? { iterator: canonicalJson(iterator) } : {},
        inputs,
        dependencies: (task.dependentTasks ?? []).map((d) => `${prefix}${d}`).sort(),
        specPath: [...basePath, name],
        ...label2 && executor ? { executorPath: ["deploymentSpec", "executors", label2] } : {}
      };
      tasks.set(key, record);
      const sub = component?.dag?.tasks;
      if (sub && !visiting.has(componentName)) {
        visiting.add(componentName);
        walk3(sub, ["components", componentName, "dag", "tasks"], key);
        visiting.delete(componentName);
      }
    }
  };
  walk3(spec.root?.dag?.tasks ?? {}, ["root", "dag", "tasks"], void 0);
  const parameters = /* @__PURE__ */ new Map();
  for (const [name, p] of Object.entries(spec.root?.inputDefinitions?.parameters ?? {})) {
    parameters.set(name, {
      name,
      type: p.parameterType ?? "unknown",
      ...p.defaultValue !== void 0 ? { defaultValue: canonicalJson(p.defaultValue) } : {},
      optional: p.isOptional === true || p.defaultValue !== void 0
    });
  }
  const images = /* @__PURE__ */ new Map();
  for (const [label2, executor] of Object.entries(executors)) {
    if (executor.container?.image !== void 0) images.set(label2, executor.container.image);
  }
  return {
    name: spec.pipelineInfo?.name ?? "",
    tasks,
    parameters,
    images,
    ...platform !== void 0 ? { platform: canonicalJson(platform) } : {}
  };
}

// src/core/policy/rules.ts
var POLICY_RULES = {
  latest: {
    code: "policy/image-latest-tag",
    setting: "imageLatestTag",
    title: 'Image uses the tag "latest" or no tag',
    help: "A moving tag runs different code from one run to the next. Use a version tag or a digest (image@sha256:\u2026)."
  },
  digest: {
    code: "policy/image-not-pinned",
    setting: "imageNotPinnedByDigest",
    title: "Image not pinned by digest",
    help: "Tags can be moved; a digest cannot. Write the image as name@sha256:<digest>."
  },
  registry: {
    code: "policy/image-registry-not-allowed",
    setting: "imageRegistryNotAllowed",
    title: "Image registry not in the allow-list",
    help: "The image comes from a registry that policy.allowedRegistries does not list. Mirror the image into an allowed registry, or add the registry to the list."
  },
  limits: {
    code: "policy/missing-resource-limits",
    setting: "missingResourceLimits",
    title: "No CPU or memory limit",
    help: "Without limits a task can take a whole node. Call .set_cpu_limit() and .set_memory_limit() on the task."
  },
  caching: {
    code: "policy/caching-disabled",
    setting: "cachingDisabled",
    title: "Caching disabled",
    help: "The task never reuses earlier results. If that is intended (it reads changing data), set the rule to off for this pipeline; otherwise remove .set_caching_options(False)."
  },
  parameter: {
    code: "policy/parameter-without-default",
    setting: "parameterWithoutDefault",
    title: "Pipeline parameter without a default",
    help: "Every run must then pass the value. Give the parameter a default in the pipeline function signature."
  },
  tasks: {
    code: "policy/too-many-tasks",
    setting: "tooManyTasks",
    title: "More tasks than policy.maxTasks",
    help: "Large pipelines are slow to review and to run. Split the pipeline, or raise policy.maxTasks."
  }
};
function ruleLevel(settings, id2) {
  const s3 = settings ?? {};
  switch (id2) {
    case "latest":
      return s3.imageLatestTag ?? "warning";
    case "digest":
      return s3.imageNotPinnedByDigest ?? "off";
    case "registry":
      return s3.imageRegistryNotAllowed ?? (s3.allowedRegistries?.length ? "error" : "off");
    case "limits":
      return s3.missingResourceLimits ?? "off";
    case "caching":
      return s3.cachingDisabled ?? "off";
    case "parameter":
      return s3.parameterWithoutDefault ?? "off";
    case "tasks":
      return s3.tooManyTasks ?? (s3.maxTasks !== void 0 ? "warning" : "off");
  }
}
function parseImage(image) {
  let rest = image.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf("/");
  const first = slash === -1 ? "" : rest.slice(0, slash);
  const hasRegistry = first.includes(".") || first.includes(":") || first === "localhost";
  const registry = hasRegistry ? first : "docker.io";
  const repository = hasRegistry ? rest.slice(slash + 1) : rest;
  return {
    registry,
    repository,
    ...tag !== void 0 ? { tag } : {},
    ...digest !== void 0 ? { digest } : {}
  };
}
function registryAllowed(image, allowed) {
  const ref = parseImage(image);
  const full = `${ref.registry}/${ref.repository}`;
  return allowed.some((entry) => {
    const e = entry.trim().replace(/\/+$/, "");
    return e !== "" && (ref.registry === e || full === e || full.startsWith(`${e}/`));
  });
}
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function pinnedByDigest(ref) {
  return ref.digest !== void 0 && DIGEST.test(ref.digest);
}
var hasValue = (v2) => v2 !== void 0 && v2 !== "" && v2 !== "0";
function checkPolicy(loaded, settings) {
  const out = [];
  const model = reviewModel(loaded.spec);
  const add = (id2, message, path20, task) => {
    const level = ruleLevel(settings, id2);
    if (level === "off") return;
    const { line, column } = loaded.locate(path20);
    out.push({
      code: POLICY_RULES[id2].code,
      severity: level,
      message,
      file: loaded.file,
      line,
      column,
      path: path20.join("."),
      ...task ? { task: task.name } : {}
    });
  };
  const allowed = settings?.allowedRegistries ?? [];
  const runnable = [...model.tasks.values()].filter((t) => t.kind === "container");
  for (const task of runnable) {
    const executorPath = task.executorPath ?? task.specPath;
    const imagePath = [...executorPath, "container", "image"];
    const image = task.image ?? "";
    const ref = parseImage(image);
    const pinned = pinnedByDigest(ref);
    if (!pinned && (ref.tag === void 0 || ref.tag === "latest")) {
      const what = ref.tag === void 0 ? 'has no tag (so it means "latest")' : 'uses the tag "latest"';
      add("latest", `image "${image}" ${what}; pin a version tag or a digest`, imagePath, task);
    }
    if (!pinned) {
      const why = ref.digest === void 0 ? "is not pinned by digest" : `is not pinned by digest ("@${ref.digest}" is not sha256: and 64 hex digits)`;
      add("digest", `image "${image}" ${why} (name@sha256:\u2026)`, imagePath, task);
    }
    if (allowed.length && !registryAllowed(image, allowed)) {
      add(
        "registry",
        `image "${image}" comes from registry "${ref.registry}", which is not in policy.allowedRegistries (${allowed.join(", ")})`,
        imagePath,
        task
      );
    }
    const r = task.resources;
    const resourcesPath = [...executorPath, "container"];
    if (!hasValue(r.cpuLimit) && !hasValue(r.resourceCpuLimit)) {
      add("limits", "no CPU limit set; call .set_cpu_limit() on the task", resourcesPath, task);
    }
    if (!hasValue(r.memoryLimit) && !hasValue(r.resourceMemoryLimit)) {
      add(
        "limits",
        "no memory limit set; call .set_memory_limit() on the task",
        resourcesPath,
        task
      );
    }
    if (!task.cacheEnabled) {
      add(
        "caching",
        "caching is disabled for this task",
        [...task.specPath, "cachingOptions"],
        task
      );
    }
  }
  for (const p of model.parameters.values()) {
    if (p.defaultValue === void 0 && !p.optional) {
      add("parameter", `pipeline parameter "${p.name}" has no default, so every run must pass it`, [
        "root",
        "inputDefinitions",
        "parameters",
        p.name
      ]);
    }
  }
  const max = settings?.maxTasks;
  if (max !== void 0 && runnable.length > max) {
    add("tasks", `pipeline has ${runnable.length} tasks, more than policy.maxTasks (${max})`, [
      "root",
      "dag",
      "tasks"
    ]);
  }
  return out;
}

// src/core/policy/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var DOCS = "https://github.com/kfp-action/kfp-action/blob/main/docs/TROUBLESHOOTING.md";
function anchor(code2) {
  return code2.toLowerCase().replace(/[^a-z0-9 -]/g, "");
}
function ruleFor(code2) {
  const known2 = Object.values(POLICY_RULES).find((r) => r.code === code2);
  return {
    id: code2,
    name: code2.replace(
      /[^A-Za-z0-9]+(.)?/g,
      (_m, c2) => (c2 ?? "").toUpperCase()
    ),
    shortDescription: { text: known2?.title ?? code2 },
    help: { text: known2?.help ?? `See ${DOCS}#${anchor(code2)}` },
    helpUri: `${DOCS}#${anchor(code2)}`
  };
}
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toSarif(diagnostics, tool) {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules = codes.map(ruleFor);
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: codes.indexOf(d.code),
    level: LEVEL[d.severity],
    message: { text: d.task ? `${d.message} [task ${d.task}]` : d.message },
    locations: d.file ? [
      {
        physicalLocation: {
          artifactLocation: { uri: d.file.split("\\").join("/"), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: d.line ?? 1,
            ...d.column !== void 0 ? { startColumn: d.column } : {}
          }
        }
      }
    ] : [],
    ...d.compiledAt ? {
      relatedLocations: [
        {
          id: 1,
          message: { text: `compiled IR line ${d.compiledAt.line}` },
          physicalLocation: {
            artifactLocation: { uri: d.compiledAt.file.split("\\").join("/") },
            region: { startLine: d.compiledAt.line }
          }
        }
      ]
    } : {},
    partialFingerprints: {
      "kfpActionFinding/v1": `${d.code}:${d.task ?? ""}:${d.message}`
    }
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver: { ...tool, rules } }, results }]
  };
}

// src/core/report/diff-text.ts
var MAX_VALUE = 80;
var code = (v2) => mdCode(truncate(v2, MAX_VALUE));
var text = (v2) => mdText(truncate(v2, 160));
var RESOURCE_NAMES = {
  cpuLimit: "CPU limit",
  resourceCpuLimit: "CPU limit",
  cpuRequest: "CPU request",
  resourceCpuRequest: "CPU request",
  memoryLimit: "memory limit (GB)",
  resourceMemoryLimit: "memory limit",
  memoryRequest: "memory request (GB)",
  resourceMemoryRequest: "memory request",
  accelerator: "accelerator"
};
function was(before, after, what) {
  if (before === void 0) return `${what} ${code(after ?? "")} (was none)`;
  if (after === void 0) return `${what} removed (was ${code(before)})`;
  return `${what} ${code(before)} \u2192 ${code(after)}`;
}
function describeChange(c2) {
  switch (c2.field) {
    case "kind":
      return `now a ${mdText(c2.after ?? "?")} task (was ${mdText(c2.before ?? "?")})`;
    case "image":
      return was(c2.before, c2.after, "image");
    case "command":
    case "args": {
      const parts = [];
      for (const p of c2.packages) {
        if (p.before === void 0) parts.push(`now installs ${code(p.name + (p.after ?? ""))}`);
        else if (p.after === void 0) parts.push(`no longer installs ${code(p.name)}`);
        else {
          parts.push(`installs ${code(p.name + p.after)} (was ${code(p.before || "unpinned")})`);
        }
      }
      const short3 = c2.before.length <= 100 && c2.after.length <= 100;
      if (!parts.length && short3)
        parts.push(was(c2.before || void 0, c2.after || void 0, c2.field));
      else if (!parts.length || c2.linesAdded + c2.linesRemoved > 2 * c2.packages.length) {
        const what = c2.field === "command" ? "component code" : "arguments";
        parts.push(`${what} changed (+${c2.linesAdded} \u2212${c2.linesRemoved} lines)`);
      }
      return parts.join("; ");
    }
    case "input":
      if (c2.before === void 0) return `new input ${code(c2.name)} from ${text(c2.after ?? "")}`;
      if (c2.after === void 0) return `input ${code(c2.name)} removed (was ${text(c2.before)})`;
      return `input ${code(c2.name)} now comes from ${text(c2.after)} (was ${text(c2.before)})`;
    case "resource":
      return was(c2.before, c2.after, RESOURCE_NAMES[c2.name] ?? mdText(c2.name));
    case "dependencies": {
      const parts = [];
      if (c2.added.length) parts.push(`now waits for ${c2.added.map(code).join(", ")}`);
      if (c2.removed.length) parts.push(`no longer waits for ${c2.removed.map(code).join(", ")}`);
      return parts.join("; ");
    }
    case "env": {
      const names = (list) => list.map((e) => code(e.split("=")[0] ?? e)).join(", ");
      const parts = [];
      if (c2.added.length) parts.push(`environment ${names(c2.added)} set`);
      if (c2.removed.length) parts.push(`environment ${names(c2.removed)} no longer set`);
      return parts.join("; ");
    }
    case "caching":
      return c2.after ? "caching turned on" : "caching turned off";
    case "retry":
      return was(c2.before, c2.after, "retry policy");
    case "condition":
      if (c2.before === void 0) return `now runs only if ${code(c2.after ?? "")}`;
      if (c2.after === void 0) return `now runs unconditionally (was only if ${code(c2.before)})`;
      return `condition ${code(c2.before)} \u2192 ${code(c2.after)}`;
    case "iterator":
      return was(c2.before, c2.after, "loop");
    case "displayName":
      return was(c2.before, c2.after, "display name");
  }
}
var TYPE_WORDS = {
  NUMBER_INTEGER: "integer",
  NUMBER_DOUBLE: "float",
  STRING: "string",
  BOOLEAN: "boolean",
  LIST: "list",
  STRUCT: "dict"
};
function paramWords(p) {
  const type = TYPE_WORDS[p.type] ?? mdText(p.type);
  return p.defaultValue === void 0 ? `${type}, no default` : `${type}, default ${code(p.defaultValue)}`;
}
function describeParameter(p) {
  if (p.kind === "added") return `new parameter ${code(p.name)} (${paramWords(p.after)})`;
  if (p.kind === "removed") return `parameter ${code(p.name)} removed`;
  const b2 = p.before;
  const a = p.after;
  const parts = [];
  if (b2.type !== a.type) parts.push(`type ${paramWords(b2)} \u2192 ${paramWords(a)}`);
  if (b2.defaultValue !== a.defaultValue) {
    parts.push(
      a.defaultValue === void 0 ? `no default any more (was ${code(b2.defaultValue ?? "")})` : b2.defaultValue === void 0 ? `default ${code(a.defaultValue)} (was none)` : `default ${code(b2.defaultValue)} \u2192 ${code(a.defaultValue)}`
    );
  }
  if (!parts.length) parts.push(a.optional ? "now optional" : "now required");
  return `parameter ${code(p.name)}: ${parts.join(", ")}`;
}
function taskSubject(t) {
  return t.displayName ? `${code(t.key)} ${text(`\u201C${t.displayName}\u201D`)}` : code(t.key);
}
function diffRows(diff) {
  const rows = [];
  for (const t of diff.added) {
    const image = t.image ? ` (image ${code(t.image)})` : "";
    rows.push({
      subject: `\u{1F7E9} ${taskSubject(t)}`,
      change: `new ${t.kind === "dag" ? "group" : "task"}${image}`
    });
  }
  for (const t of diff.removed) {
    rows.push({ subject: `\u{1F7E5} ${taskSubject(t)}`, change: "removed" });
  }
  for (const t of diff.changed) {
    rows.push({
      subject: `\u{1F7E8} ${taskSubject(t)}`,
      change: t.changes.map(describeChange).join("; ")
    });
  }
  const pipeline = [];
  if (diff.nameBefore !== void 0 && diff.nameBefore !== diff.nameAfter) {
    pipeline.push(`renamed ${code(diff.nameBefore)} \u2192 ${code(diff.nameAfter)}`);
  }
  pipeline.push(...diff.parameters.map(describeParameter));
  if (diff.platformChanged) pipeline.push("Kubernetes platform settings changed");
  if (pipeline.length) rows.push({ subject: "*pipeline*", change: pipeline.join("; ") });
  const named = /* @__PURE__ */ new Set();
  for (const t of [...diff.added, ...diff.removed]) if (t.image) named.add(t.image);
  for (const t of diff.changed) {
    for (const c2 of t.changes) {
      if (c2.field === "image") {
        if (c2.before) named.add(c2.before);
        if (c2.after) named.add(c2.after);
      }
    }
  }
  const before = new Set(diff.images.map((i) => i.before).filter((x2) => x2 !== void 0));
  const after = new Set(diff.images.map((i) => i.after).filter((x2) => x2 !== void 0));
  const gained = [...after].filter((i) => !before.has(i) && !named.has(i));
  const lost = [...before].filter((i) => !after.has(i) && !named.has(i));
  const images = [];
  if (gained.length) images.push(`now uses ${gained.map(code).join(", ")}`);
  if (lost.length) images.push(`no longer uses ${lost.map(code).join(", ")}`);
  if (images.length && !diff.isNew) rows.push({ subject: "*images*", change: images.join("; ") });
  return rows;
}
function diffHeadline(diff) {
  if (diff.isNew)
    return `new pipeline with ${diff.added.length} ${plural(diff.added.length, "task")}`;
  if (diff.empty) return "no change in behaviour";
  const parts = [];
  const count = (n, what, how) => {
    if (n) parts.push(`${n} ${plural(n, what)} ${how}`);
  };
  count(diff.added.length, "task", "added");
  count(diff.removed.length, "task", "removed");
  count(diff.changed.length, "task", "changed");
  count(diff.parameters.filter((p) => p.kind === "added").length, "parameter", "added");
  count(diff.parameters.filter((p) => p.kind === "removed").length, "parameter", "removed");
  count(diff.parameters.filter((p) => p.kind === "changed").length, "parameter", "changed");
  if (!parts.length) parts.push("pipeline settings changed");
  return parts.join(", ");
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}

// src/core/config/zero-config.ts
var ZERO_CONFIG_POLICY = {
  imageLatestTag: "warning",
  imageNotPinnedByDigest: "warning",
  missingResourceLimits: "warning",
  cachingDisabled: "warning",
  parameterWithoutDefault: "warning"
};
var ZERO_CONFIG_DOCS = "https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#without-a-config-file";
var INIT_DOCS = "https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#kfp-action-init";
function zeroConfigPipelines(found) {
  const outer = outermostPipelines(found.modules);
  const entries = [];
  for (const m of found.modules) {
    const keep = outer.get(m.file) ?? [];
    if (keep.length === 0) continue;
    if (keep.length === m.scan.pipelines.length) entries.push({ source: m.file });
    else for (const p of keep) entries.push({ source: m.file, function: p.function });
  }
  for (const file of found.ir) entries.push({ source: file });
  return entries;
}
function zeroConfig(found) {
  return { version: 1, policy: ZERO_CONFIG_POLICY, pipelines: zeroConfigPipelines(found) };
}
function configRequiredMessage(command, configFile) {
  const keys = {
    submit: "`vertex: {project, region, pipelineRoot}` (and, to gate the run, a `decision` and `gates` on the pipeline)",
    promote: "`environments` (the promotion order) and a `model` section on the pipeline",
    rollback: "`environments` and a `model` section on the pipeline"
  };
  return `${command} needs the config file, and ${configFile} does not exist: add ${keys[command] ?? "`pipelines`"}. \`kfp-action init\` writes a commented one for the pipelines of this repository (docs/config.md)`;
}

// src/core/report/mermaid-dag.ts
var MAX_DAG_NODES = 120;
var CLASS_DEFS = [
  "classDef added fill:#d4edda,stroke:#2e7d32,color:#000",
  "classDef changed fill:#fff3cd,stroke:#b8860b,color:#000",
  "classDef removed fill:#f8d7da,stroke:#c62828,color:#000,stroke-dasharray:5 3"
];
var id = (key) => mermaidId(key, "t");
var label = (t) => mermaidLabel(t.displayName ? `${t.name} \xB7 ${t.displayName}` : t.name);
function taskStatuses(diff, head) {
  const status = /* @__PURE__ */ new Map();
  for (const key of head.tasks.keys()) status.set(key, "same");
  for (const t of diff.added) status.set(t.key, "added");
  for (const t of diff.changed) status.set(t.key, "changed");
  for (const t of diff.removed) status.set(t.key, "removed");
  return status;
}
function renderDag(head, diff) {
  const tasks = [...head.tasks.values(), ...diff.removed];
  if (tasks.length === 0) return { omitted: "the pipeline has no tasks", nodes: 0 };
  if (tasks.length > MAX_DAG_NODES) {
    return {
      omitted: `the pipeline has ${tasks.length} tasks, more than the ${MAX_DAG_NODES} a readable picture holds`,
      nodes: tasks.length
    };
  }
  const status = taskStatuses(diff, head);
  const children = /* @__PURE__ */ new Map();
  for (const t of tasks) {
    const list = children.get(t.parent) ?? [];
    list.push(t);
    children.set(t.parent, list);
  }
  const keys = new Set(tasks.map((t) => t.key));
  const lines = ["flowchart LR"];
  const emit = (parent, indent) => {
    for (const t of children.get(parent) ?? []) {
      if (t.kind === "dag" && children.has(t.key)) {
        lines.push(`${indent}subgraph ${id(t.key)}[${label(t)}]`);
        lines.push(`${indent}  direction LR`);
        emit(t.key, `${indent}  `);
        lines.push(`${indent}end`);
      } else {
        lines.push(`${indent}${id(t.key)}[${label(t)}]`);
      }
    }
  };
  emit(void 0, "  ");
  for (const t of tasks) {
    const arrow = status.get(t.key) === "removed" ? "-.->" : "-->";
    for (const dep of t.dependencies) {
      if (keys.has(dep)) lines.push(`  ${id(dep)} ${arrow} ${id(t.key)}`);
    }
  }
  lines.push(...CLASS_DEFS.map((c2) => `  ${c2}`));
  for (const cls of ["added", "changed", "removed"]) {
    const members = tasks.filter((t) => status.get(t.key) === cls).map((t) => id(t.key));
    if (members.length) lines.push(`  class ${members.join(",")} ${cls}`);
  }
  return { mermaid: lines.join("\n"), nodes: tasks.length };
}

// src/core/report/schedules.ts
var NEXT_RUNS = 3;
function nextRunsCell(cron, timeZone, now, options = {}) {
  if (options.paused) return "paused: none";
  try {
    const start = options.startTime ? new Date(options.startTime) : void 0;
    const from = start && start > now ? start : now;
    const end = options.endTime ? new Date(options.endTime) : void 0;
    const runs = nextRunTimes(cron, timeZone, from, NEXT_RUNS).filter((t) => !end || t <= end);
    if (runs.length === 0) return "none (after its end)";
    return runs.map((t) => mdCell(formatInZone(t, timeZone))).join("<br>");
  } catch {
    return mdCell("(cannot be computed)");
  }
}
function addedParameters(parameters) {
  if (!parameters || Object.keys(parameters).length === 0) return "";
  return `<br>${mdCell(truncate(`parameters: ${canonicalJson(parameters)}`, 300))}`;
}
var ICON = {
  added: "\u2795 added",
  changed: "\u270F\uFE0F changed",
  removed: "\u2796 removed"
};
function renderScheduleChanges(changes, now) {
  if (changes.length === 0) return "";
  const rows = changes.map((c2) => {
    const s3 = c2.settings;
    const zone = s3.timeZone ?? DEFAULT_TIME_ZONE;
    const what = c2.kind === "changed" ? c2.changes.map((line) => mdCell(truncate(line, 300))).join("<br>") : c2.kind === "added" ? `${mdCode(s3.cron)} ${mdCell(zone)}${s3.paused ? " (paused)" : ""}${addedParameters(s3.parameters)}` : `${mdCode(s3.cron)} ${mdCell(zone)}: its Vertex schedule is deleted on merge (paused with \`removed-schedules: pause\`)`;
    const next = c2.kind === "removed" ? "\u2014" : nextRunsCell(s3.cron, zone, now, {
      paused: s3.paused ?? false,
      ...s3.startTime ? { startTime: s3.startTime } : {},
      ...s3.endTime ? { endTime: s3.endTime } : {}
    });
    return `| ${mdCode(c2.name)} | ${ICON[c2.kind]} | ${what} | ${next} |`;
  });
  return [
    `#### Schedules (${changes.length} change${changes.length === 1 ? "" : "s"})`,
    "",
    "| schedule | change | what | next runs |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "Applied to Vertex AI on merge by `kfp-action schedules`."
  ].join("\n");
}
function scheduleCommentSection(changes, time) {
  if (!changes || changes.length === 0) return void 0;
  const now = time && !Number.isNaN(Date.parse(time)) ? new Date(time) : /* @__PURE__ */ new Date(0);
  return { name: "the schedule changes", text: renderScheduleChanges(changes, now), cutOrder: 3 };
}
var VERB = {
  create: "\u2795 created",
  update: "\u270F\uFE0F updated",
  replace: "\u267B\uFE0F created again",
  pause: "\u23F8\uFE0F paused",
  resume: "\u25B6\uFE0F resumed",
  delete: "\u2796 deleted",
  leave: "\u2714\uFE0F unchanged"
};
var DRY_VERB = {
  create: "\u2795 to create",
  update: "\u270F\uFE0F to update",
  replace: "\u267B\uFE0F to create again",
  pause: "\u23F8\uFE0F to pause",
  resume: "\u25B6\uFE0F to resume",
  delete: "\u2796 to delete",
  leave: "\u2714\uFE0F unchanged"
};
function renderScheduleActions(actions, now, options = {}) {
  const title = options.dryRun ? "### Schedules (dry run: nothing was changed)" : "### Schedules";
  if (actions.length === 0)
    return `${title}

No schedule in the config, and none on Vertex AI owned by this repository.
`;
  const rows = actions.map((a) => {
    const d = a.desired;
    const failure = options.failed?.get(a);
    const verbs = options.dryRun ? DRY_VERB : VERB;
    const verb = failure ? `\u274C ${a.kind}: failed` : verbs[a.kind];
    const what = [...a.changes, ...failure ? [failure] : []].map((line) => mdCell(truncate(line, 300))).join("<br>");
    const next = d && a.kind !== "delete" ? nextRunsCell(d.cronFields, d.timeZone, now, {
      paused: d.paused,
      ...d.fields.startTime ? { startTime: d.fields.startTime } : {},
      ...d.fields.endTime ? { endTime: d.fields.endTime } : {}
    }) : "\u2014";
    const where = `${a.location.project}/${a.location.region}`;
    return `| ${mdCode(a.pipeline)} | ${mdCode(a.schedule)} | ${verb} | ${what || "\u2014"} | ${next} | ${mdCode(where)} |`;
  });
  return [
    title,
    "",
    "| pipeline | schedule | action | what | next runs | project/region |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}

// src/core/report/reviewed-stamp.ts
var STAMP = /^<!-- kfp-action:reviewed (sha256:[0-9a-f]{64}) ([0-9a-f]{40}) -->$/;
function reviewedStamp(digest, headSha) {
  const sha = headSha.toLowerCase();
  if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest) || !/^[0-9a-f]{40}$/.test(sha)) {
    return void 0;
  }
  return `<!-- kfp-action:reviewed ${digest} ${sha} -->`;
}
function isReviewedStamp(line) {
  return STAMP.test(line.trim());
}
function readReviewedStamp(body, marker) {
  const [first, second] = body.split("\n", 2);
  if (first?.trimEnd() !== marker || second === void 0) return void 0;
  const m = STAMP.exec(second.trimEnd());
  return m ? { digest: m[1], headSha: m[2] } : void 0;
}
var short = (s3) => s3.replace(/^sha256:/, "").slice(0, 12);
function compareReviewed(facts) {
  const { digest } = facts;
  if ("none" in facts.pull) return { kind: "differs", digest, because: facts.pull.none };
  const pull = facts.pull.number;
  if (facts.stamp === "no-comment") {
    return {
      kind: "differs",
      digest,
      pull,
      because: `PR #${pull} has no check comment of kfp-action for this pipeline (the PR check did not run, or did not see this pipeline)`
    };
  }
  if (facts.stamp === "no-stamp") {
    return {
      kind: "differs",
      digest,
      pull,
      because: `the check comment on PR #${pull} carries no spec stamp (written by an older kfp-action, by the fork workflow, or the pipeline did not compile)`
    };
  }
  const stamp = facts.stamp;
  if (stamp.digest === digest) return { kind: "reviewed", digest, pull };
  const base2 = { kind: "differs", digest, pull, reviewedDigest: stamp.digest };
  if (stamp.headSha !== facts.pull.headSha.toLowerCase()) {
    return {
      ...base2,
      because: `the PR check last saw ${stamp.headSha.slice(0, 7)}, not the PR's final head ${facts.pull.headSha.slice(0, 7)} (it did not run after the last push), and that spec was sha256:${short(stamp.digest)}\u2026`
    };
  }
  const changed = facts.changedSinceHead;
  if (changed && facts.configFile && changed.includes(facts.configFile)) {
    return {
      ...base2,
      because: `the config changed: ${facts.configFile} differs between the PR's head and the merge commit (the PR check saw sha256:${short(stamp.digest)}\u2026)`
    };
  }
  const files = changed?.length ? ` (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? `, and ${changed.length - 5} more` : ""})` : "";
  return {
    ...base2,
    because: `the base moved: the merge commit also has changes of the base branch that the PR check did not see${files}; the check saw sha256:${short(stamp.digest)}\u2026`
  };
}

// src/core/report/pr-comment.ts
var COMMENT_LIMIT = 65536;
var BUDGET = 65e3;
var MAX_ROWS = 100;
function commentMarker(pipeline, kind = "check") {
  return `<!-- kfp-action:${kind}:${markerKey(pipeline)} -->`;
}
var FOOTER_SEPARATOR = "<!-- kfp-action:footer -->";
function stableContent(body) {
  const i = body.indexOf(FOOTER_SEPARATOR);
  return (i === -1 ? body : body.slice(0, i)).trimEnd();
}
function sameStableContent(a, b2) {
  return stableContent(a) === stableContent(b2);
}
var short2 = (sha) => mdCode(sha.slice(0, 7));
function blobUrl(ctx, file, line) {
  const path20 = file.split("/").map((s3) => encodeURIComponent(s3).replace(/[()]/g, (c2) => `%${c2.charCodeAt(0).toString(16)}`)).join("/");
  const repo = ctx.repository.split("/").map(encodeURIComponent).join("/");
  return `${ctx.serverUrl}/${repo}/blob/${encodeURIComponent(ctx.headSha)}/${path20}${line ? `#L${line}` : ""}`;
}
var ICON2 = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function findingLine(d, ctx) {
  const task = d.task ? `${mdCode(d.task)} \u2014 ` : "";
  const where = d.file ? ` ([${mdText(`${d.file}${d.line ? `:${d.line}` : ""}`)}](${blobUrl(ctx, d.file, d.line)}))` : "";
  return `- ${ICON2[d.severity]} ${task}${mdText(truncate(d.message, 400))}${where} ${mdCode(d.code)}`;
}
function findingList(list, ctx) {
  const lines = list.slice(0, MAX_ROWS).map((d) => findingLine(d, ctx));
  if (list.length > MAX_ROWS)
    lines.push(`- \u2026 and ${list.length - MAX_ROWS} more (see the full report)`);
  return lines;
}
function statusLine(r) {
  if (r.removed) return "pipeline removed by this PR";
  const errors = r.diagnostics.filter((d) => d.severity === "error").length;
  const policyErrors = r.policy.filter((d) => d.severity === "error").length;
  const policyWarnings = r.policy.filter((d) => d.severity === "warning").length;
  const parts = [
    r.compiled ? "\u2705 compiles" : "\u274C does not compile",
    !r.compiled ? "\u2796 not validated" : r.valid ? "\u2705 valid" : `\u274C ${errors} ${plural(errors, "error")}`
  ];
  if (policyErrors) parts.push(`\u274C ${policyErrors} policy ${plural(policyErrors, "error")}`);
  if (policyWarnings)
    parts.push(`\u26A0\uFE0F ${policyWarnings} policy ${plural(policyWarnings, "warning")}`);
  if (!policyErrors && !policyWarnings && r.compiled) parts.push("\u2705 policy");
  return parts.join(" \xB7 ");
}
function passed(r) {
  if (r.removed) return true;
  return r.compiled && r.valid && !r.policy.some((d) => d.severity === "error");
}
function emptyModel(name) {
  return { name, tasks: /* @__PURE__ */ new Map(), parameters: /* @__PURE__ */ new Map(), images: /* @__PURE__ */ new Map() };
}
function sections(r, ctx) {
  const out = [];
  const verdict = r.removed ? "\u{1F5D1}\uFE0F" : passed(r) ? "\u2705" : "\u274C";
  out.push({
    name: "status",
    // The second line is the hidden stamp of the reviewed spec, read on merge (reviewed-stamp.ts).
    text: [
      commentMarker(r.pipeline),
      ...[reviewedStamp(r.headDigest, ctx.headSha)].filter((l) => l !== void 0),
      `### ${verdict} ${mdCode(r.pipeline)} \xB7 ${statusLine(r)}`
    ].join("\n")
  });
  const range = ctx.baseSha ? `${short2(ctx.baseSha)} \u2192 ${short2(ctx.headSha)}` : short2(ctx.headSha);
  let compared;
  if (r.removed && r.diff) {
    const tasks = r.diff.removed.length;
    const params = r.diff.parameters.length;
    const gone = [`${tasks} ${plural(tasks, "task")}`];
    if (params) gone.push(`${params} ${plural(params, "parameter")}`);
    const verb = gone.length === 1 && tasks === 1 ? "is" : "are";
    compared = `Compared with the base branch (${range}): **pipeline removed by this PR** \u2014 its ${gone.join(" and ")} ${verb} gone. Nothing of it is compiled, validated or checked against the policy here; once merged, it is no longer submitted.`;
  } else if (!r.diff)
    compared = `Not compared with the base branch (${range}): the pipeline did not compile here.`;
  else if (r.baseState === "failed") {
    compared = `The base branch version did not compile (${range}); every task counts as new.`;
  } else if (r.baseState === "not-compared")
    compared = `Not compared with the base branch (${range}).`;
  else compared = `Compared with the base branch (${range}): **${diffHeadline(r.diff)}**.`;
  const source = r.removed ? "Source at the base" : "Source";
  out.push({ name: "comparison", text: `${compared}
${source}: ${mdCode(r.source)}` });
  if (ctx.zeroConfig) {
    out.push({
      name: "the note on running without a config",
      text: `<sub>Checked without a config file: every pipeline in the repository, policy findings as warnings ([defaults](${ZERO_CONFIG_DOCS})). Run [\`npx kfp-action init\`](${INIT_DOCS}) to write \`kfp-action.yaml\` with parameters, gates and Vertex AI settings.</sub>`
    });
  }
  const errors = r.diagnostics.filter((d) => d.severity !== "notice");
  if (errors.length) {
    out.push({
      name: `${errors.length} compile/validation ${plural(errors.length, "finding")}`,
      text: ["**Errors**", ...findingList(errors, ctx)].join("\n"),
      cutOrder: 4
    });
  }
  if (r.diff && !r.diff.empty) {
    const rows = diffRows(r.diff);
    const shown2 = rows.slice(0, MAX_ROWS);
    const lines = ["| task | what changes |", "| --- | --- |"];
    lines.push(...shown2.map((row) => `| ${row.subject} | ${row.change || "&#32;"} |`));
    if (rows.length > MAX_ROWS)
      lines.push(`| \u2026 | ${rows.length - MAX_ROWS} more rows in the full report |`);
    out.push({ name: "the table of changes", text: lines.join("\n"), cutOrder: 3 });
  }
  const schedules = scheduleCommentSection(r.schedules, ctx.time);
  if (schedules) out.push(schedules);
  const shown = r.head ?? (r.removed && r.base ? emptyModel(r.base.name) : void 0);
  if (shown && r.diff) {
    const dag = renderDag(shown, r.diff);
    if (dag.mermaid) {
      const legend = r.diff.isRemoved ? "\n<sub>\u{1F7E5} removed</sub>" : r.diff.empty || r.diff.isNew ? "" : "\n<sub>\u{1F7E9} added \xB7 \u{1F7E8} changed \xB7 \u{1F7E5} removed</sub>";
      out.push({
        name: "the DAG picture",
        text: "```mermaid\n" + dag.mermaid + "\n```" + legend,
        cutOrder: 1
      });
    } else if (dag.omitted) {
      out.push({
        name: "the DAG picture",
        text: `<sub>No DAG picture: ${mdText(dag.omitted)}.</sub>`,
        cutOrder: 1
      });
    }
  }
  const policy = r.policy.filter((d) => d.severity !== "notice");
  if (policy.length) {
    out.push({
      name: `${policy.length} policy ${plural(policy.length, "finding")}`,
      text: ["**Policy**", ...findingList(policy, ctx)].join("\n"),
      cutOrder: 2
    });
  }
  if (r.head || r.removed && r.base) {
    const dash = "\u2013";
    const b2 = r.base;
    const row = (label2, base2, head) => `| ${label2} | ${base2} | ${head} |`;
    const digest = (d) => d ? mdCode(d) : dash;
    out.push({
      name: "the compiled spec details",
      text: [
        "<details><summary>Compiled spec</summary>",
        "",
        "| | base | this PR |",
        "| --- | --- | --- |",
        row("tasks", b2 ? String(b2.tasks.size) : dash, r.head ? String(r.head.tasks.size) : dash),
        row(
          "parameters",
          b2 ? String(b2.parameters.size) : dash,
          r.head ? String(r.head.parameters.size) : dash
        ),
        row("digest", digest(r.baseDigest), digest(r.headDigest)),
        "",
        "</details>"
      ].join("\n"),
      cutOrder: 0
    });
  }
  return out;
}
function footer(ctx, cut2) {
  const bits = [`kfp-action ${mdText(ctx.version)}`];
  if (ctx.kfpVersion) bits.push(`kfp ${mdText(ctx.kfpVersion)}`);
  if (ctx.reportUrl) bits.push(`[full report](${ctx.reportUrl})`);
  bits.push(`for ${short2(ctx.headSha)}${ctx.time ? `, ${mdText(ctx.time)}` : ""}`);
  const note = cut2.length ? `> [!NOTE]
> Cut to stay under GitHub's ${COMMENT_LIMIT.toLocaleString("en-US")}-character comment limit: ${cut2.join(", ")}. The full report is in the job summary${ctx.reportUrl ? ` ([run](${ctx.reportUrl}))` : ""}.

` : "";
  return `${note}${FOOTER_SEPARATOR}
<sub>${bits.join(" \xB7 ")}</sub>`;
}
function renderPrComment(r, ctx, limit = BUDGET) {
  const all = sections(r, ctx);
  const kept = [...all];
  const cut2 = [];
  const join = () => `${kept.map((s3) => s3.text).join("\n\n")}

${footer(ctx, cut2)}
`;
  let body = join();
  const cuttable = all.filter((s3) => s3.cutOrder !== void 0).sort((a, b2) => a.cutOrder - b2.cutOrder);
  for (const s3 of cuttable) {
    if (body.length <= limit) break;
    kept.splice(kept.indexOf(s3), 1);
    cut2.push(s3.name);
    body = join();
  }
  if (body.length > limit) {
    body = truncate(body, limit);
  }
  return { body, cut: cut2 };
}
var CHECK_MARKER_PREFIX = "<!-- kfp-action:check:";
function renderNoLongerChanged(marker, ctx) {
  const key = marker.slice(CHECK_MARKER_PREFIX.length, -" -->".length);
  const range = ctx.baseSha ? `${short2(ctx.baseSha)} \u2192 ${short2(ctx.headSha)}` : short2(ctx.headSha);
  return [
    marker,
    `### \u2796 ${mdCode(truncate(key, 200))} \xB7 no longer changed by this PR`,
    "",
    `Compared with the base branch (${range}), this PR does not change this pipeline any more. The report an earlier push left here was out of date and has been replaced; the pipeline is not checked in this run.`,
    "",
    footer(ctx, []),
    ""
  ].join("\n");
}
var SUMMARY_LIMIT = 1e6;
function renderSummary(results, ctx) {
  if (!results.length) return "### kfp-action check\n\nNo pipeline is affected by this change.\n";
  const join = (limit) => results.map((r) => renderPrComment(r, ctx, limit).body).join("\n---\n\n");
  const full = join(Number.MAX_SAFE_INTEGER);
  return full.length <= SUMMARY_LIMIT ? full : join(Math.floor(SUMMARY_LIMIT / results.length) - 10);
}
function neutralise(prose, marker) {
  return prose.replace(
    /<[^>\n]*>?/g,
    (tag) => SAFE_TAGS.test(tag) || tag === marker || tag === FOOTER_SEPARATOR ? tag : tag.replace(/</g, "&lt;")
  ).replace(/@(?=[A-Za-z0-9])|(?<!&)#(?=\d)|\bGH-(?=\d)/gi, (m) => `${m}${WORD_JOINER}`);
}
var SAVED_MARKER = /^<!-- kfp-action:check:[A-Za-z0-9._%-]{1,300} -->$/;
var SAFE_TAGS = /^<\/?(details|summary|sub)>$/i;
function sanitizeSavedComment(body, marker) {
  if (!SAVED_MARKER.test(marker) || !body.startsWith(`${marker}
`)) return void 0;
  body = body.split("\n").filter((line, i) => i !== 1 || !isReviewedStamp(line)).join("\n");
  const out = [];
  const parts = body.split(/(^`{3,}[^\n]*\n[\s\S]*?^`{3,}$)/m);
  for (const part of parts) {
    if (/^`{3,}/.test(part)) {
      out.push(part);
      continue;
    }
    let last = 0;
    for (const m of part.matchAll(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g)) {
      out.push(neutralise(part.slice(last, m.index), marker), m[0]);
      last = m.index + m[0].length;
    }
    out.push(neutralise(part.slice(last), marker));
  }
  const clean = out.join("");
  return clean.length <= COMMENT_LIMIT ? clean : void 0;
}

// src/commands/check-event.ts
import { readFileSync as readFileSync4 } from "node:fs";
function readEventPayload(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return void 0;
  let payload;
  try {
    payload = JSON.parse(readFileSync4(file, "utf8"));
  } catch (error) {
    throw new UserError(
      `GITHUB_EVENT_PATH (${file}) could not be read as JSON: ${error.message}`,
      [{ code: "check/bad-event", severity: "error", message: String(error) }]
    );
  }
  return typeof payload === "object" && payload !== null ? payload : void 0;
}
function readPullRequestEvent(env) {
  const payload = readEventPayload(env);
  const pr = payload?.pull_request;
  if (!pr) return { fromFork: false };
  const headRepo = pr.head?.repo?.full_name;
  const repo = payload?.repository?.full_name ?? env.GITHUB_REPOSITORY;
  return {
    ...typeof pr.number === "number" ? { number: pr.number } : {},
    ...pr.base?.sha ? { baseSha: pr.base.sha } : {},
    ...pr.head?.sha ? { headSha: pr.head.sha } : {},
    // A deleted fork has head.repo null: treat it as a fork (its token is read-only too).
    fromFork: pr.head?.repo === null || headRepo !== void 0 && headRepo !== repo
  };
}

// src/commands/check-pipelines.ts
import { existsSync as existsSync4, readFileSync as readFileSync6 } from "node:fs";
import path8 from "node:path";

// src/core/check/affected.ts
import path6 from "node:path";
function affectedPipelines(pipelines, changedFiles, configFile) {
  const changed = new Set(changedFiles);
  const out = [];
  for (const p of pipelines) {
    let reason;
    if (changed.has(p.source)) reason = `${p.source} changed`;
    else if (configFile && changed.has(configFile)) reason = `${configFile} changed`;
    else {
      const imported = [...p.imports].find((f2) => f2 !== p.source && changed.has(f2));
      if (imported) reason = `it imports ${imported}, which changed`;
      else {
        for (const glob of p.dependsOn) {
          const hit = changedFiles.find((f2) => f2 === glob || path6.posix.matchesGlob(f2, glob));
          if (hit) {
            reason = `${hit} changed (dependsOn ${glob})`;
            break;
          }
        }
      }
    }
    if (reason) out.push({ name: p.name, reason });
  }
  return out;
}

// src/core/check/source-lines.ts
function identifiers(name) {
  const base2 = name.replace(/^comp-/, "").replace(/^exec-/, "");
  const id2 = base2.replace(/[^A-Za-z0-9]+/g, "_");
  const undeduped = id2.replace(/_\d+$/, "");
  return [.../* @__PURE__ */ new Set([id2, undeduped])].filter((s3) => /^[A-Za-z_]\w*$/.test(s3));
}
function taskLine(text2, task) {
  const names = [...identifiers(task.component ?? ""), ...identifiers(task.name)];
  for (const n of names) {
    const def = new RegExp(`^[ \\t]*def[ \\t]+${escapeRe(n)}[ \\t]*\\(`, "m").exec(text2);
    if (def) return lineOf(text2, def.index + def[0].indexOf("def"));
  }
  for (const n of names) {
    const call = new RegExp(`\\b${escapeRe(n)}[ \\t]*\\(`).exec(text2);
    if (call) return lineOf(text2, call.index);
  }
  return void 0;
}
function parameterLine(text2, parameter) {
  const decorator = /@(?:dsl\.)?pipeline\b/.exec(text2);
  const from = decorator?.index ?? 0;
  const m = new RegExp(`\\b${escapeRe(parameter)}[ \\t]*[:=,)]`).exec(text2.slice(from));
  return m ? lineOf(text2, from + m.index) : void 0;
}
function pipelineLine(text2) {
  const m = /^[ \t]*@(?:dsl\.)?pipeline\b/m.exec(text2);
  return m ? lineOf(text2, m.index + m[0].indexOf("@")) : 1;
}
function pipelineStart(text2) {
  return /^[ \t]*@(?:dsl\.)?pipeline\b/m.exec(text2)?.index ?? 0;
}
function callLine(text2, names, setter) {
  const from = pipelineStart(text2);
  const isSetter = new RegExp(`^(?:${setter.source})$`);
  for (const n of names) {
    const re = new RegExp(
      `(?:\\b([A-Za-z_]\\w*)[ \\t]*=[ \\t]*)?(?<!def[ \\t]+)\\b${escapeRe(n)}[ \\t]*\\(`,
      "g"
    );
    re.lastIndex = from;
    const m = re.exec(text2);
    if (!m) continue;
    let at = closingParen(text2, m.index + m[0].length - 1);
    while (at !== void 0) {
      const method = /^[ \t]*\.[ \t]*(\w+)[ \t]*\(/.exec(text2.slice(at));
      if (!method) break;
      if (isSetter.test(method[1])) return lineOf(text2, at + method[0].indexOf(method[1]));
      at = closingParen(text2, at + method[0].length - 1);
    }
    if (m[1] && at !== void 0) {
      const onVar = new RegExp(
        `\\b${escapeRe(m[1])}[ \\t]*\\.[ \\t]*(?:${setter.source})[ \\t]*\\(`
      ).exec(text2.slice(at));
      if (onVar) return lineOf(text2, at + onVar.index);
    }
    return lineOf(text2, m.index + m[0].lastIndexOf(n));
  }
  return void 0;
}
function baseImageLine(text2, names) {
  for (const n of names) {
    const def = new RegExp(`^[ \\t]*def[ \\t]+${escapeRe(n)}[ \\t]*\\(`, "m").exec(text2);
    if (!def) continue;
    const before = text2.slice(0, def.index);
    const decorators = [...before.matchAll(/@(?:dsl\.)?(?:container_)?component\b/g)];
    const last = decorators[decorators.length - 1];
    if (!last || /^[ \t]*def[ \t]/m.test(before.slice(last.index))) return void 0;
    const image = /\bbase_image[ \t]*=/.exec(before.slice(last.index));
    return image ? lineOf(text2, last.index + image.index) : void 0;
  }
  return void 0;
}
var RESOURCE_SETTER = /set_(?:cpu|memory)_(?:limit|request)|set_accelerator_(?:type|limit)|set_gpu_limit/;
function findingLine2(text2, f2) {
  const names = [...identifiers(f2.component ?? ""), ...identifiers(f2.task)];
  const path20 = f2.path ?? "";
  if (/\.container\.image$/.test(path20)) {
    const line = baseImageLine(text2, names);
    if (line !== void 0) return line;
  } else if (/\.container$/.test(path20)) {
    const line = callLine(text2, names, RESOURCE_SETTER);
    if (line !== void 0) return line;
  } else if (/\.cachingOptions$/.test(path20)) {
    const line = callLine(text2, names, /set_caching_options/);
    if (line !== void 0) return line;
  }
  return taskLine(text2, { name: f2.task, ...f2.component ? { component: f2.component } : {} });
}

// src/core/schedules/config-diff.ts
var KEYS = [
  ["cron", "cron", void 0],
  ["timeZone", "time zone", DEFAULT_TIME_ZONE],
  ["parameters", "parameters", {}],
  ["maxConcurrentRuns", "max concurrent runs", 1],
  ["startTime", "start", void 0],
  ["endTime", "end", void 0],
  ["maxRunCount", "max run count", void 0],
  ["allowQueueing", "allow queueing", false],
  ["catchUp", "catch up on resume", false],
  ["paused", "paused", false]
];
var show2 = (v2) => v2 === void 0 ? "(unset)" : typeof v2 === "string" ? v2 : canonicalJson(v2);
function diffScheduleConfigs(base2, head) {
  const before = new Map((base2 ?? []).map((s3) => [s3.name, s3]));
  const out = [];
  for (const s3 of head ?? []) {
    const old = before.get(s3.name);
    before.delete(s3.name);
    if (!old) {
      out.push({ kind: "added", name: s3.name, settings: s3, changes: [] });
      continue;
    }
    const changes = [];
    for (const [key, label2, fallback] of KEYS) {
      const a = old[key] ?? fallback;
      const b2 = s3[key] ?? fallback;
      if (canonicalJson(a ?? null) !== canonicalJson(b2 ?? null))
        changes.push(`${label2}: ${show2(a)} \u2192 ${show2(b2)}`);
    }
    if (changes.length > 0) out.push({ kind: "changed", name: s3.name, settings: s3, changes });
  }
  for (const [name, s3] of before) out.push({ kind: "removed", name, settings: s3, changes: [] });
  return out;
}

// src/core/schedules/review.ts
function reviewSchedules(input) {
  const diagnostics = [];
  const schedules = input.head?.schedules ?? [];
  if (input.spec) {
    schedules.forEach((s3, j2) => {
      const checked = checkParameters(
        input.spec,
        { ...input.head?.parameters, ...s3.parameters },
        `schedule ${s3.name}`
      );
      for (const d of checked.diagnostics) {
        diagnostics.push({
          ...d,
          message: `schedule ${s3.name}: ${d.message}`,
          file: input.configFile,
          path: `pipelines[${input.headIndex ?? "?"}].schedules[${j2}].parameters`,
          task: input.pipeline
        });
      }
    });
  }
  if (!input.compared) return { diagnostics };
  return { changes: diffScheduleConfigs(input.base?.schedules, schedules), diagnostics };
}

// src/core/diff/diff.ts
var PIP_SPEC = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*((?:[=<>!~]=?|===)\s*[^\s;,'"]+)?/;
function pipPackages(text2) {
  const out = /* @__PURE__ */ new Map();
  for (const m of text2.matchAll(/pip3? install([^\n&|;]*)/g)) {
    for (const raw of m[1].split(/\s+/)) {
      const word = raw.replace(/^['"]|['"]$/g, "");
      if (!word || word.startsWith("-") || word.includes("/") || word.includes("$")) continue;
      const spec = PIP_SPEC.exec(word);
      if (!spec || spec[0] !== word.trim()) continue;
      out.set(spec[1].toLowerCase(), (spec[3] ?? "").replace(/\s+/g, ""));
    }
  }
  return out;
}
function lineCounts(before, after) {
  const count = (lines) => {
    const m = /* @__PURE__ */ new Map();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const a = count(before.split("\n"));
  const b2 = count(after.split("\n"));
  let added = 0;
  let removed = 0;
  for (const [line, n] of b2) added += Math.max(0, n - (a.get(line) ?? 0));
  for (const [line, n] of a) removed += Math.max(0, n - (b2.get(line) ?? 0));
  return { added, removed };
}
function listChange(field, before, after) {
  const b2 = (before ?? []).join("\n");
  const a = (after ?? []).join("\n");
  if (b2 === a) return void 0;
  const pb = pipPackages(b2);
  const pa = pipPackages(a);
  const packages = [];
  for (const name of [.../* @__PURE__ */ new Set([...pb.keys(), ...pa.keys()])].sort()) {
    const vb = pb.get(name);
    const va = pa.get(name);
    if (vb === va) continue;
    packages.push({
      name,
      ...vb !== void 0 ? { before: vb } : {},
      ...va !== void 0 ? { after: va } : {}
    });
  }
  const { added, removed } = lineCounts(b2, a);
  return {
    field,
    packages,
    linesAdded: added,
    linesRemoved: removed,
    before: (before ?? []).join(" "),
    after: (after ?? []).join(" ")
  };
}
function setChange(field, before, after) {
  const added = after.filter((x2) => !before.includes(x2));
  const removed = before.filter((x2) => !after.includes(x2));
  return added.length || removed.length ? { field, added, removed } : void 0;
}
function mapChanges(field, before, after) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((n) => before[n] !== after[n]).map((name) => ({
    field,
    name,
    ...before[name] !== void 0 ? { before: before[name] } : {},
    ...after[name] !== void 0 ? { after: after[name] } : {}
  }));
}
function scalarChange(field, before, after) {
  if (before === after) return void 0;
  return {
    field,
    ...before !== void 0 ? { before } : {},
    ...after !== void 0 ? { after } : {}
  };
}
function diffTask(before, after) {
  const changes = [
    scalarChange("kind", before.kind, after.kind),
    scalarChange("image", before.image, after.image),
    listChange("command", before.command, after.command),
    listChange("args", before.args, after.args),
    ...mapChanges("input", before.inputs, after.inputs),
    setChange("dependencies", before.dependencies, after.dependencies),
    before.cacheEnabled !== after.cacheEnabled ? { field: "caching", before: before.cacheEnabled, after: after.cacheEnabled } : void 0,
    scalarChange("retry", before.retry, after.retry),
    ...mapChanges("resource", before.resources, after.resources),
    scalarChange("condition", before.condition, after.condition),
    scalarChange("iterator", before.iterator, after.iterator),
    setChange("env", before.env, after.env),
    scalarChange("displayName", before.displayName, after.displayName)
  ];
  return changes.filter((c2) => c2 !== void 0);
}
function parameterChanges(base2, head) {
  const names = [.../* @__PURE__ */ new Set([...base2.parameters.keys(), ...head.parameters.keys()])].sort();
  const out = [];
  for (const name of names) {
    const b2 = base2.parameters.get(name);
    const a = head.parameters.get(name);
    if (b2 && a) {
      if (b2.type !== a.type || b2.defaultValue !== a.defaultValue || b2.optional !== a.optional) {
        out.push({ name, kind: "changed", before: b2, after: a });
      }
    } else if (a) out.push({ name, kind: "added", after: a });
    else if (b2) out.push({ name, kind: "removed", before: b2 });
  }
  return out;
}
function imageChanges(base2, head) {
  const labels = [.../* @__PURE__ */ new Set([...base2.images.keys(), ...head.images.keys()])].sort();
  const out = [];
  for (const executor of labels) {
    const before = base2.images.get(executor);
    const after = head.images.get(executor);
    if (before === after) continue;
    out.push({
      executor,
      ...before !== void 0 ? { before } : {},
      ...after !== void 0 ? { after } : {}
    });
  }
  return out;
}
var EMPTY = {
  name: "",
  tasks: /* @__PURE__ */ new Map(),
  parameters: /* @__PURE__ */ new Map(),
  images: /* @__PURE__ */ new Map()
};
function diffModels(base2, head) {
  const b2 = base2 ?? EMPTY;
  const added = [...head.tasks.values()].filter((t) => !b2.tasks.has(t.key));
  const removed = [...b2.tasks.values()].filter((t) => !head.tasks.has(t.key));
  const changed = [];
  for (const task of head.tasks.values()) {
    const old = b2.tasks.get(task.key);
    if (!old) continue;
    const changes = diffTask(old, task);
    if (changes.length)
      changed.push({
        key: task.key,
        ...task.displayName !== void 0 ? { displayName: task.displayName } : {},
        changes
      });
  }
  const parameters = parameterChanges(b2, head);
  const images = imageChanges(b2, head);
  const platformChanged = base2 !== void 0 && b2.platform !== head.platform;
  const renamed = base2 !== void 0 && b2.name !== head.name;
  return {
    isNew: base2 === void 0,
    ...base2 !== void 0 ? { nameBefore: b2.name } : {},
    nameAfter: head.name,
    added,
    removed,
    changed,
    parameters,
    images,
    platformChanged,
    empty: base2 !== void 0 && !renamed && !added.length && !removed.length && !changed.length && !parameters.length && !images.length && !platformChanged
  };
}
function removalDiff(base2) {
  const empty = { ...EMPTY, name: base2.name };
  return {
    isNew: false,
    isRemoved: true,
    nameBefore: base2.name,
    nameAfter: base2.name,
    added: [],
    removed: [...base2.tasks.values()],
    changed: [],
    parameters: parameterChanges(base2, empty),
    images: imageChanges(base2, empty),
    platformChanged: false,
    empty: false
  };
}

// src/core/spec/load.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/spec/fast-yaml.ts
var BAIL = /* @__PURE__ */ Symbol("bail");
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(s3) {
  if (s3 !== "" && !"-+.0123456789~nNtTfF".includes(s3[0])) return s3;
  if (NULL.test(s3)) return null;
  if (BOOL.test(s3)) return s3[0] === "t" || s3[0] === "T";
  if (INT_OCT.test(s3)) return parseInt(s3.substring(2), 8);
  if (INT.test(s3)) return parseInt(s3, 10);
  if (INT_HEX.test(s3)) return parseInt(s3.substring(2), 16);
  if (FLOAT_NAN.test(s3)) {
    if (s3.slice(-3).toLowerCase() === "nan") return NaN;
    return s3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(s3) || FLOAT.test(s3)) return parseFloat(s3);
  return s3;
}
function unfoldLines(source) {
  const lines = source.split("\n");
  if (lines.length === 1) return source;
  let res = lines[0].replace(/[ \t]+$/, "");
  let sep = " ";
  for (let i = 1; i < lines.length - 1; i++) {
    const lm = lines[i].replace(/^[ \t]+|[ \t]+$/g, "");
    if (lm === "") {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
  }
  return res + sep + lines[lines.length - 1].replace(/^[ \t]+/, "");
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
function doubleQuoted(source) {
  let res = "";
  const end = source.length - 1;
  for (let i = 1; i < end; i++) {
    const ch = source[i];
    if (ch === "\n") {
      let fold = "";
      let next = source[i + 1];
      while (next === " " || next === "\n") {
        if (next === "\n") fold += "\n";
        i++;
        next = source[i + 1];
      }
      res += fold || " ";
    } else if (ch === "\\") {
      const next = source[++i];
      const code2 = ESCAPES[next];
      if (code2 !== void 0) res += code2;
      else if (next === "\n") {
        while (source[i + 1] === " ") i++;
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        const hex = source.substr(i + 1, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
        const cp = parseInt(hex, 16);
        if (cp > 1114111) throw BAIL;
        res += String.fromCodePoint(cp);
        i += length;
      } else {
        throw BAIL;
      }
    } else if (ch === " ") {
      const start = i;
      while (source[i + 1] === " ") i++;
      if (source[i + 1] !== "\n") res += source.slice(start, i + 1);
    } else {
      res += ch;
    }
  }
  return res;
}
var isIndicator = (c2) => c2 !== void 0 && "-?:,[]{}#&*!|>'\"%@`".includes(c2);
function fastParseYaml(text2, positions = true) {
  if (text2.includes("\r") || text2.includes("	") || text2.charCodeAt(0) === 65279) return void 0;
  try {
    return new Reader(text2, positions).read();
  } catch (error) {
    if (error === BAIL) return void 0;
    if (error instanceof RangeError) return void 0;
    throw error;
  }
}
var Reader = class {
  constructor(text2, positions) {
    this.text = text2;
    this.positions = positions;
    this.lines = text2.split("\n");
    this.starts = new Array(this.lines.length);
    let offset = 0;
    for (let i = 0; i < this.lines.length; i++) {
      this.starts[i] = offset;
      offset += this.lines[i].length + 1;
    }
  }
  text;
  positions;
  lines;
  starts;
  li = 0;
  end = 0;
  keyOffsets = /* @__PURE__ */ new Map();
  itemOffsets = /* @__PURE__ */ new Map();
  read() {
    const bounds = [];
    let from = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.startsWith("%") || line.startsWith("...")) throw BAIL;
      if (line.startsWith("---")) {
        if (line.trimEnd() !== "---") throw BAIL;
        if (i > from || bounds.length > 0) bounds.push([from, i]);
        from = i + 1;
      }
    }
    bounds.push([from, this.lines.length]);
    const docs = [];
    for (const [start, end] of bounds) {
      this.li = start;
      this.end = end;
      this.skipBlank();
      if (this.li >= end) throw BAIL;
      if (this.indent(this.li) !== 0) throw BAIL;
      const offset = this.starts[this.li];
      const value2 = this.node(0);
      this.skipBlank();
      if (this.li < end) throw BAIL;
      docs.push({ value: value2, start: offset });
    }
    return {
      docs,
      keyOffsets: this.keyOffsets,
      itemOffsets: this.itemOffsets,
      lineStarts: this.starts
    };
  }
  indent(i) {
    const line = this.lines[i];
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  }
  /** Skips empty lines and full-line comments. */
  skipBlank() {
    while (this.li < this.end) {
      const t = this.lines[this.li].trimStart();
      if (t !== "" && !t.startsWith("#")) return;
      this.li++;
    }
  }
  /** A block node whose first line is the current line, at column `ind`. */
  node(ind) {
    const rest = this.lines[this.li].slice(ind);
    if (rest === "-" || rest.startsWith("- ")) return this.sequence(ind);
    return this.mapping(ind, ind);
  }
  /** `col`: where the first key starts on the current line (after `- ` for a compact map). */
  mapping(ind, col) {
    const map = {};
    const offsets = this.positions ? /* @__PURE__ */ new Map() : void 0;
    if (offsets) this.keyOffsets.set(map, offsets);
    let first = true;
    for (; ; ) {
      if (!first) {
        this.skipBlank();
        if (this.li >= this.end) break;
        const n = this.indent(this.li);
        if (n < ind) break;
        if (n > ind) throw BAIL;
        const rest = this.lines[this.li].slice(ind);
        if (rest === "-" || rest.startsWith("- ")) break;
      }
      const at = first ? col : ind;
      first = false;
      const line = this.lines[this.li];
      const { key, after } = this.key(line, at);
      if (key === "__proto__" || Object.hasOwn(map, key)) throw BAIL;
      offsets?.set(key, this.starts[this.li] + at);
      map[key] = this.valueAfterKey(line, after, ind);
    }
    return map;
  }
  /** Parses `key:` at `at`; returns the key and the column just after the colon. */
  key(line, at) {
    const c2 = line[at];
    if (c2 === "'" || c2 === '"') {
      const close = this.closingQuote(line, at);
      if (close === -1 || line[close + 1] !== ":") throw BAIL;
      const raw = line.slice(at, close + 1);
      const key2 = c2 === '"' ? doubleQuoted(raw) : raw.slice(1, -1).replace(/''/g, "'");
      return { key: key2, after: close + 2 };
    }
    if (isIndicator(c2)) throw BAIL;
    let colon = line.indexOf(": ", at);
    if (colon === -1) {
      if (!line.endsWith(":")) throw BAIL;
      colon = line.length - 1;
    }
    const key = line.slice(at, colon);
    if (key.includes(" #") || key !== key.trimEnd() || typeof resolvePlain(key) !== "string")
      throw BAIL;
    return { key, after: colon + 1 };
  }
  /** A quote closing on the same line (doubled quotes and escapes skipped), or -1. */
  closingQuote(line, open) {
    const q = line[open];
    for (let i = open + 1; i < line.length; i++) {
      const ch = line[i];
      if (q === '"' && ch === "\\") i++;
      else if (ch === q) {
        if (q === "'" && line[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  }
  /** The value after `key:` (column `after` on the current line); moves past it. */
  valueAfterKey(line, after, ind) {
    let col = after;
    while (line[col] === " ") col++;
    if (col >= line.length) {
      this.li++;
      this.skipBlank();
      if (this.li >= this.end) return null;
      const n = this.indent(this.li);
      if (n > ind) return this.node(n);
      const rest = this.lines[this.li].slice(ind);
      if (n === ind && (rest === "-" || rest.startsWith("- "))) return this.sequence(ind);
      return null;
    }
    return this.inline(col, ind);
  }
  sequence(ind) {
    const seq = [];
    const offsets = [];
    if (this.positions) this.itemOffsets.set(seq, offsets);
    for (; ; ) {
      this.skipBlank();
      if (this.li >= this.end) break;
      const n = this.indent(this.li);
      if (n < ind) break;
      if (n > ind) throw BAIL;
      const line = this.lines[this.li];
      const rest = line.slice(ind);
      if (rest === "-") {
        this.li++;
        this.skipBlank();
        if (this.li >= this.end || this.indent(this.li) <= ind) throw BAIL;
        const nested = this.indent(this.li);
        offsets.push(this.starts[this.li] + nested);
        seq.push(this.node(nested));
        continue;
      }
      if (!rest.startsWith("- ")) break;
      let col = ind + 2;
      while (line[col] === " ") col++;
      if (col !== ind + 2) throw BAIL;
      const c2 = line[col];
      if (c2 === "-" && (line[col + 1] === " " || col + 1 === line.length)) throw BAIL;
      offsets.push(this.starts[this.li] + col);
      seq.push(this.startsMapping(line, col) ? this.mapping(col, col) : this.inline(col, ind));
    }
    return seq;
  }
  /** Whether a sequence item starting at `col` is a compact mapping (`- key: value`). */
  startsMapping(line, col) {
    const c2 = line[col];
    if (c2 === "'" || c2 === '"') {
      const close = this.closingQuote(line, col);
      return close !== -1 && line[close + 1] === ":";
    }
    return line.indexOf(": ", col) !== -1 || line.endsWith(":");
  }
  /** A scalar (or `{}` / `[]`) starting at `col` on the current line; `ind` is the indentation
   * of the entry it belongs to (continuation lines must be deeper). Moves past it. */
  inline(col, ind) {
    const line = this.lines[this.li];
    const c2 = line[col];
    if (c2 === "'" || c2 === '"') return this.quoted(col);
    const rest = line.slice(col).trimEnd();
    if (rest === "{}" || rest === "[]") {
      this.li++;
      const empty = rest === "{}" ? {} : [];
      if (this.positions) {
        if (Array.isArray(empty)) this.itemOffsets.set(empty, []);
        else this.keyOffsets.set(empty, /* @__PURE__ */ new Map());
      }
      return empty;
    }
    if (isIndicator(c2)) {
      const next = line[col + 1];
      if (!((c2 === "-" || c2 === "?" || c2 === ":") && next !== void 0 && next !== " "))
        throw BAIL;
    }
    const plain = (s3) => s3.includes(": ") || s3.includes(" #") || s3.endsWith(":");
    if (plain(rest)) throw BAIL;
    let source = rest;
    let last = this.li;
    let i = this.li + 1;
    let pending = "";
    for (; i < this.end; i++) {
      const next = this.lines[i];
      if (next.trim() === "") {
        pending += "\n";
        continue;
      }
      if (this.indent(i) <= ind) break;
      const t = next.trim();
      if (t.startsWith("#") || plain(t)) throw BAIL;
      source += "\n" + pending + next.trimEnd();
      pending = "";
      last = i;
    }
    this.li = last + 1;
    return resolvePlain(source === rest ? rest : unfoldLines(source));
  }
  /** A single- or double-quoted scalar opening at `col`, possibly over several lines. */
  quoted(col) {
    const q = this.lines[this.li][col];
    const open = this.starts[this.li] + col;
    const text2 = this.text;
    let j2 = open + 1;
    for (; ; ) {
      if (j2 >= text2.length) throw BAIL;
      const ch = text2[j2];
      if (q === '"' && ch === "\\") j2 += 2;
      else if (ch === q) {
        if (q === "'" && text2[j2 + 1] === "'") j2 += 2;
        else break;
      } else j2++;
    }
    const raw = text2.slice(open, j2 + 1);
    while (this.li + 1 < this.lines.length && this.starts[this.li + 1] <= j2) this.li++;
    const tail = this.lines[this.li].slice(j2 - this.starts[this.li] + 1);
    if (tail.trim() !== "") throw BAIL;
    if (raw.includes("\n---") || raw.includes("\n...")) throw BAIL;
    this.li++;
    return q === '"' ? doubleQuoted(raw) : unfoldLines(raw.slice(1, -1)).replace(/''/g, "'");
  }
};

// src/core/spec/pyyaml-compat.ts
var OPENING = /^( *)((?:- +)*)(?:[^\s"'#][^"'#]*?: +)?(["'])/;
function reindentQuotedScalar(text2, line) {
  const lines = text2.split("\n");
  const first = lines[line - 1];
  if (first === void 0) return void 0;
  const m = OPENING.exec(first);
  if (!m) return void 0;
  const indent = m[1].length;
  const quote = m[3];
  const need = indent + m[2].length + 1;
  let changed = false;
  let i = line - 1;
  let col = m[0].length;
  for (; ; ) {
    const current = lines[i];
    let closed = false;
    while (col < current.length) {
      const ch = current[col];
      if (quote === '"' && ch === "\\") {
        col += 2;
        continue;
      }
      if (ch === quote) {
        if (quote === "'" && current[col + 1] === "'") {
          col += 2;
          continue;
        }
        closed = true;
        break;
      }
      col++;
    }
    if (closed) return changed ? lines.join("\n") : void 0;
    i++;
    if (i >= lines.length) return void 0;
    const next = lines[i];
    const lead = next.length - next.trimStart().length;
    if (next.trim() !== "" && lead < need) {
      lines[i] = " ".repeat(need - lead) + next;
      changed = true;
    }
    col = 0;
  }
}
var LOOK_BACK_LINES = 200;
function repairNear(text2, errorLine) {
  for (let line = errorLine; line > 0 && line > errorLine - LOOK_BACK_LINES; line--) {
    const repaired = reindentQuotedScalar(text2, line);
    if (repaired !== void 0) return repaired;
  }
  return void 0;
}

// src/core/spec/load.ts
var DEFAULT_LIMITS = { maxBytes: 16 * 1024 * 1024, maxAliasCount: 100 };
var PARSE_OPTIONS = (lineCounter) => ({ lineCounter, prettyErrors: false, uniqueKeys: false });
function duplicateKey(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml3.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        if ((0, import_yaml3.isScalar)(key)) {
          const name = String(key.value);
          if (seen.has(name)) return { key: name, offset: key.range?.[0] ?? 0 };
          seen.add(name);
        }
        stack.push(pair.value);
      }
    } else if ((0, import_yaml3.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return void 0;
}
var MAX_QUOTE_REPAIRS = 20;
function fail(file, code2, message, line = 1, column = 1) {
  return { ok: false, diagnostics: [{ code: code2, severity: "error", message, file, line, column }] };
}
function decodeText(bytes) {
  if (bytes.subarray(0, 8192).includes(0)) return void 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function sizeDiagnostic(file, byteLength, limits = DEFAULT_LIMITS) {
  if (byteLength <= limits.maxBytes) return void 0;
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  return {
    code: "load/too-large",
    severity: "error",
    message: `file is ${mb(byteLength)} MiB, more than the ${mb(limits.maxBytes)} MiB a compiled pipeline can plausibly be; is this the right file?`,
    file,
    line: 1,
    column: 1
  };
}
function loadSpecBytes(bytes, file, limits = DEFAULT_LIMITS) {
  const tooLarge2 = sizeDiagnostic(file, bytes.byteLength, limits);
  if (tooLarge2) return { ok: false, diagnostics: [tooLarge2] };
  const text2 = decodeText(bytes);
  if (text2 === void 0) {
    return fail(file, "load/binary", "file is binary, not YAML or JSON text");
  }
  return loadSpecText(text2, file, limits);
}
function loadSpecText(text2, file, limits = DEFAULT_LIMITS, options = {}) {
  if (text2.length > limits.maxBytes) {
    return { ok: false, diagnostics: [sizeDiagnostic(file, text2.length, limits)] };
  }
  try {
    return parseSpec(text2, file, limits, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code2 = /call stack/i.test(message) ? "load/too-deep" : "load/unparsable";
    return fail(file, code2, `the file could not be parsed: ${message}`);
  }
}
var isMapping = (v2) => v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
function fromFast(fast, text2, file) {
  const [spec, platform] = fast.docs;
  if (fast.docs.length > 2 || !isMapping(spec?.value)) return void 0;
  if (platform && !isMapping(platform.value)) return void 0;
  let positioned;
  const pos = (offset) => {
    const starts = fast.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
  const locate = (path20, document = 0) => {
    positioned ??= fastParseYaml(text2, true);
    const doc = positioned.docs[document] ?? positioned.docs[0];
    let node = doc.value;
    let best = doc.start;
    for (const key of path20) {
      let offset;
      if (isMapping(node)) {
        offset = positioned.keyOffsets.get(node)?.get(String(key));
        if (offset !== void 0) node = node[String(key)];
      } else if (Array.isArray(node) && typeof key === "number") {
        offset = positioned.itemOffsets.get(node)?.[key];
        if (offset !== void 0) node = node[key];
      }
      if (offset === void 0) break;
      best = offset;
    }
    return pos(best);
  };
  return {
    file,
    spec: spec.value,
    ...platform ? { platform: platform.value } : {},
    locate
  };
}
function parseSpec(text2, file, limits, options) {
  if (text2.trim() === "") return fail(file, "load/empty", "file is empty");
  if (options.fastPath !== false) {
    const fast = fastParseYaml(text2, false);
    const loaded2 = fast && fromFast(fast, text2, file);
    if (loaded2) return { ok: true, loaded: loaded2, diagnostics: [] };
  }
  let lineCounter = new import_yaml3.LineCounter();
  let docs = (0, import_yaml3.parseAllDocuments)(text2, PARSE_OPTIONS(lineCounter));
  const original = { docs, lineCounter };
  for (let attempt = 0; attempt < MAX_QUOTE_REPAIRS; attempt++) {
    const error = Array.isArray(docs) ? docs.flatMap((d) => d.errors)[0] : void 0;
    if (!error || error.code !== "MISSING_CHAR" || !/closing .?quote/.test(error.message)) break;
    const repaired = repairNear(text2, lineCounter.linePos(error.pos[0]).line);
    if (repaired === void 0) break;
    text2 = repaired;
    lineCounter = new import_yaml3.LineCounter();
    docs = (0, import_yaml3.parseAllDocuments)(text2, PARSE_OPTIONS(lineCounter));
  }
  if (Array.isArray(docs) && docs.some((d) => d.errors.length > 0)) {
    ({ docs, lineCounter } = original);
  }
  const pos = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (!Array.isArray(docs)) {
    return fail(file, "load/empty", "file has no YAML document");
  }
  for (const doc of docs) {
    const first = doc.errors[0];
    if (first) {
      const { line, column } = pos(first.pos[0]);
      const message = first.message.split("\n")[0] ?? first.message;
      if (/call stack/i.test(message)) {
        return fail(
          file,
          "load/too-deep",
          "lists or mappings are nested too deeply for compiled IR (the parser ran out of stack here)",
          line,
          column
        );
      }
      return fail(file, "load/yaml-syntax", `YAML syntax error: ${message}`, line, column);
    }
  }
  if (docs.length === 0) return fail(file, "load/empty", "file has no YAML document");
  for (const doc of docs) {
    const dup = duplicateKey(doc.contents);
    if (dup) {
      const { line, column } = pos(dup.offset);
      return fail(
        file,
        "load/duplicate-key",
        `key "${dup.key}" appears twice in the same mapping; YAML forbids it and only one of the two would count`,
        line,
        column
      );
    }
  }
  if (docs.length > 2) {
    const { line, column } = pos(docs[2].range[0]);
    return fail(
      file,
      "load/too-many-documents",
      `file has ${docs.length} YAML documents; a compiled pipeline has one, plus an optional platform spec`,
      line,
      column
    );
  }
  const values = [];
  for (const doc of docs) {
    try {
      values.push(doc.toJS({ maxAliasCount: limits.maxAliasCount }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const { line, column } = pos(doc.range[0]);
      return fail(
        file,
        "load/yaml-aliases",
        `YAML could not be resolved: ${message}`,
        line,
        column
      );
    }
  }
  const [spec, platform] = values;
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    const { line, column } = pos(docs[0].contents?.range?.[0]);
    const kind = spec === null ? "empty" : Array.isArray(spec) ? "a list" : `a ${typeof spec}`;
    return fail(
      file,
      "load/not-a-mapping",
      `top level is ${kind}; a compiled pipeline is a mapping with pipelineInfo, root, \u2026`,
      line,
      column
    );
  }
  if (platform !== void 0 && (platform === null || typeof platform !== "object" || Array.isArray(platform))) {
    const { line, column } = pos(docs[1].range[0]);
    return fail(
      file,
      "load/bad-platform-document",
      "the second YAML document must be a mapping (platforms: \u2026)",
      line,
      column
    );
  }
  const locate = (path20, document = 0) => {
    const doc = docs[document] ?? docs[0];
    const { found } = findYamlNode(doc.contents, path20);
    return pos(found.key?.range?.[0] ?? found.value?.range?.[0]);
  };
  const loaded = {
    file,
    spec,
    ...platform !== void 0 ? { platform } : {},
    locate
  };
  return { ok: true, loaded, diagnostics: [] };
}

// src/commands/compile-pipelines.ts
import { mkdirSync, readFileSync as readFileSync5, writeFileSync } from "node:fs";
import path7 from "node:path";

// src/core/compile/kfp-header.ts
function brokenKfpHeader(text2) {
  const lines = text2.split(/\r\n|\r|\n/);
  if (lines[0] !== "# PIPELINE DEFINITION") return void 0;
  let i = 1;
  while (i < lines.length && lines[i].startsWith("#")) i++;
  if (i >= lines.length) return void 0;
  const last = /^# {4}([^:\s]+): \S+ \[Default: '/.exec(lines[i - 1]);
  if (!last || lines[i - 1].endsWith("']")) return void 0;
  return { parameter: last[1], line: i };
}
function brokenHeaderDiagnostic(header, where) {
  const p = header.parameter;
  return {
    code: "compile/newline-in-default",
    severity: "error",
    message: `the default of string parameter "${p}" contains a line break, and KFP copies defaults unescaped into the comment header of the compiled IR, so the file it wrote does not load back (in KFP or here). Fix: give "${p}" a one-line default \u2014 e.g. write "\\\\n" in it and turn that into a line break inside the component, or leave the default empty and set the real text under \`parameters\` in the config or at run time`,
    file: where.file,
    ...where.line !== void 0 ? { line: where.line } : {},
    path: `root.inputDefinitions.parameters.${p}`
  };
}

// src/core/validate/context.ts
function formatPath(path20) {
  let out = "";
  for (const part of path20) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
function oneLine2(text2) {
  return text2.replace(/[\u0000-\u001f\u007f]/g, (c2) => JSON.stringify(c2).slice(1, -1));
}
function ownerOf(path20) {
  for (let i = path20.length - 2; i >= 0; i--) {
    if (path20[i] === "tasks" && typeof path20[i + 1] === "string") return path20[i + 1];
  }
  if (path20[0] === "components" && typeof path20[1] === "string") return path20[1];
  if (path20[0] === "root" && path20.length > 1) return "root";
  const executors = path20.indexOf("executors");
  if (executors !== -1 && typeof path20[executors + 1] === "string") {
    return path20[executors + 1];
  }
  return void 0;
}
function createContext(loaded, sink) {
  return {
    loaded,
    spec: loaded.spec,
    report(code2, message, path20, options = {}) {
      const document = options.document ?? 0;
      const { line, column } = loaded.locate(path20, document);
      const task = options.task ?? ownerOf(path20);
      sink.push({
        code: code2,
        severity: options.severity ?? "error",
        message: oneLine2(message),
        file: loaded.file,
        line,
        column,
        path: formatPath(path20),
        ...task !== void 0 ? { task: oneLine2(task) } : {}
      });
    }
  };
}
function asRecord(value2) {
  return value2 !== null && typeof value2 === "object" && !Array.isArray(value2) ? value2 : void 0;
}
function asString(value2) {
  return typeof value2 === "string" ? value2 : void 0;
}
function entriesOf(value2) {
  const r = asRecord(value2);
  if (!r) return [];
  const out = [];
  for (const key of Object.keys(r)) {
    const v2 = asRecord(r[key]);
    if (v2) out.push([key, v2]);
  }
  return out;
}
function has(value2, key) {
  return value2 !== void 0 && Object.hasOwn(value2, key);
}
function definitions(component) {
  const c2 = asRecord(component);
  const inputs = asRecord(c2?.inputDefinitions);
  const outputs = asRecord(c2?.outputDefinitions);
  return {
    inputParameters: asRecord(inputs?.parameters) ?? {},
    inputArtifacts: asRecord(inputs?.artifacts) ?? {},
    outputParameters: asRecord(outputs?.parameters) ?? {},
    outputArtifacts: asRecord(outputs?.artifacts) ?? {}
  };
}
function componentRefOf(task) {
  return asString(asRecord(asRecord(task)?.componentRef)?.name);
}
function calleeOf(scope, task) {
  const ref = componentRefOf(scope.tasks[task]);
  return ref === void 0 ? void 0 : asRecord(scope.components[ref]);
}
function nameList(names, max = 8) {
  if (names.length === 0) return "none";
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  return names.length > max ? `${shown.join(", ")}, \u2026 (${names.length} in all)` : shown.join(", ");
}

// src/core/validate/graph.ts
function checkProducer(scope, consumer, producer, path20) {
  if (producer === void 0) return false;
  if (!has(scope.tasks, producer)) {
    scope.ctx.report(
      "graph/dangling-producer",
      `task "${consumer}" takes an input from task "${producer}", which is not a task of the DAG of "${scope.owner}" (its tasks: ${nameList(Object.keys(scope.tasks))})`,
      path20,
      { task: consumer }
    );
    return false;
  }
  return producer !== consumer;
}
function checkOutputKey(scope, consumer, producer, key, kind, path20) {
  const callee = calleeOf(scope, producer);
  if (!callee || key === void 0) return;
  const defs = definitions(callee);
  const own = kind === "parameter" ? defs.outputParameters : defs.outputArtifacts;
  if (has(own, key)) return;
  const other = kind === "parameter" ? defs.outputArtifacts : defs.outputParameters;
  const ref = componentRefOf(scope.tasks[producer]);
  const hint = has(other, key) ? `; "${key}" is an output ${kind === "parameter" ? "artifact" : "parameter"}, not an output ${kind}` : `; its output ${kind}s: ${nameList(Object.keys(own))}`;
  scope.ctx.report(
    "graph/unknown-output",
    `"${consumer}" reads output ${kind} "${key}" of task "${producer}", but component "${ref}" has no such output${hint}`,
    path20,
    { task: consumer }
  );
}
function checkComponentInput(scope, task, name, kind, path20) {
  if (name === void 0) return;
  const own = kind === "parameter" ? scope.ownerDefs.inputParameters : scope.ownerDefs.inputArtifacts;
  if (has(own, name)) return;
  const other = kind === "parameter" ? scope.ownerDefs.inputArtifacts : scope.ownerDefs.inputParameters;
  const hint = has(other, name) ? `; "${name}" is an input ${kind === "parameter" ? "artifact" : "parameter"} there` : `; its input ${kind}s: ${nameList(Object.keys(own))}`;
  scope.ctx.report(
    "graph/unknown-component-input",
    `task "${task}" reads input ${kind} "${name}" of the enclosing component "${scope.owner}", which does not define it${hint}`,
    path20,
    { task }
  );
}
function checkTask(scope, name, task, path20) {
  const { ctx } = scope;
  const refName = componentRefOf(task);
  if (refName === void 0) {
    ctx.report(
      "graph/missing-component-ref",
      `task "${name}" has no componentRef.name; every task must call a component`,
      path20,
      { task: name }
    );
  } else if (!asRecord(scope.components[refName])) {
    ctx.report(
      "graph/unknown-component",
      `task "${name}" calls component "${refName}", which is not defined under "components" (defined: ${nameList(Object.keys(scope.components))})`,
      [...path20, "componentRef", "name"],
      { task: name }
    );
  }
  const callee = refName === void 0 ? void 0 : asRecord(scope.components[refName]);
  const calleeDefs2 = callee ? definitions(callee) : void 0;
  const inputs = asRecord(task.inputs);
  for (const [input, spec] of entriesOf(inputs?.parameters)) {
    const at = [...path20, "inputs", "parameters", input];
    const fromTask = asRecord(spec.taskOutputParameter);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      const pAt = [...at, "taskOutputParameter", "producerTask"];
      if (checkProducer(scope, name, producer, pAt)) {
        const key = asString(fromTask.outputParameterKey);
        checkOutputKey(scope, name, producer, key, "parameter", [
          ...at,
          "taskOutputParameter",
          "outputParameterKey"
        ]);
      }
    }
    checkComponentInput(scope, name, asString(spec.componentInputParameter), "parameter", [
      ...at,
      "componentInputParameter"
    ]);
    const status = asRecord(spec.taskFinalStatus);
    if (status) {
      checkProducer(scope, name, asString(status.producerTask), [
        ...at,
        "taskFinalStatus",
        "producerTask"
      ]);
    }
  }
  for (const [input, spec] of entriesOf(inputs?.artifacts)) {
    const at = [...path20, "inputs", "artifacts", input];
    const fromTask = asRecord(spec.taskOutputArtifact);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      if (checkProducer(scope, name, producer, [...at, "taskOutputArtifact", "producerTask"])) {
        checkOutputKey(scope, name, producer, asString(fromTask.outputArtifactKey), "artifact", [
          ...at,
          "taskOutputArtifact",
          "outputArtifactKey"
        ]);
      }
    }
    checkComponentInput(scope, name, asString(spec.componentInputArtifact), "artifact", [
      ...at,
      "componentInputArtifact"
    ]);
  }
  const deps = task.dependentTasks;
  if (Array.isArray(deps)) {
    deps.forEach((dep, i) => {
      if (typeof dep === "string" && !has(scope.tasks, dep)) {
        ctx.report(
          "graph/dangling-dependency",
          `task "${name}" runs after task "${dep}", which is not a task of the DAG of "${scope.owner}" (its tasks: ${nameList(Object.keys(scope.tasks))})`,
          [...path20, "dependentTasks", i],
          { task: name }
        );
      }
    });
  }
  checkIterator(scope, name, task, path20, calleeDefs2);
  checkCondition(scope, name, task, path20);
}
var CONDITION_REFERENCE = /inputs\.(parameter_values|parameters|artifacts)\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/g;
function checkCondition(scope, name, task, path20) {
  const condition = asString(asRecord(task.triggerPolicy)?.condition);
  if (condition === void 0) return;
  const inputs = asRecord(task.inputs);
  for (const m of condition.matchAll(CONDITION_REFERENCE)) {
    const kind = m[1] === "artifacts" ? "artifacts" : "parameters";
    const input = m[2] ?? m[3];
    const own = asRecord(inputs?.[kind]) ?? {};
    if (has(own, input)) continue;
    scope.ctx.report(
      "graph/unknown-condition-input",
      `the condition of task "${name}" reads input ${kind.slice(0, -1)} "${input}", which the task does not take (its input ${kind}: ${nameList(Object.keys(own))})`,
      [...path20, "triggerPolicy", "condition"],
      { task: name }
    );
  }
}
function checkIterator(scope, name, task, path20, calleeDefs2) {
  const inputs = asRecord(task.inputs);
  const kinds = [
    ["parameterIterator", "inputParameter", "parameters", "inputParameters"],
    ["artifactIterator", "inputArtifact", "artifacts", "inputArtifacts"]
  ];
  for (const [field, itemsKey, inputKind, defKind] of kinds) {
    const iterator = asRecord(task[field]);
    if (!iterator) continue;
    const source = asString(asRecord(iterator.items)?.[itemsKey]);
    if (source !== void 0 && !has(asRecord(inputs?.[inputKind]), source)) {
      scope.ctx.report(
        "graph/unknown-iterator-input",
        `task "${name}" loops over input "${source}", but the task has no input ${inputKind.slice(0, -1)} of that name`,
        [...path20, field, "items", itemsKey],
        { task: name }
      );
    }
    const item = asString(iterator.itemInput);
    if (item !== void 0 && calleeDefs2 && !has(calleeDefs2[defKind], item)) {
      scope.ctx.report(
        "graph/unknown-iterator-input",
        `task "${name}" passes each loop item as "${item}", but its component has no input ${inputKind.slice(0, -1)} of that name`,
        [...path20, field, "itemInput"],
        { task: name }
      );
    }
  }
}
function checkDagOutputs(scope, dag, path20) {
  const outputs = asRecord(dag.outputs);
  const selector = (consumer, sel, kind, at) => {
    const producer = asString(sel.producerSubtask);
    const keyField = kind === "parameter" ? "outputParameterKey" : "outputArtifactKey";
    if (checkProducer(scope, consumer, producer, [...at, "producerSubtask"])) {
      checkOutputKey(scope, consumer, producer, asString(sel[keyField]), kind, [...at, keyField]);
    }
  };
  const label2 = `output of "${scope.owner}"`;
  for (const [output, spec] of entriesOf(outputs?.parameters)) {
    const at = [...path20, "outputs", "parameters", output];
    if (!has(scope.ownerDefs.outputParameters, output)) {
      scope.ctx.report(
        "graph/undeclared-dag-output",
        `the DAG of "${scope.owner}" sets output parameter "${output}", which its outputDefinitions do not declare`,
        at,
        { task: scope.owner }
      );
    }
    const single = asRecord(spec.valueFromParameter);
    if (single) selector(label2, single, "parameter", [...at, "valueFromParameter"]);
    const oneof = asRecord(spec.valueFromOneof)?.parameterSelectors;
    if (Array.isArray(oneof)) {
      oneof.forEach((s3, i) => {
        const sel = asRecord(s3);
        if (sel)
          selector(label2, sel, "parameter", [...at, "valueFromOneof", "parameterSelectors", i]);
      });
    }
  }
  for (const [output, spec] of entriesOf(outputs?.artifacts)) {
    const at = [...path20, "outputs", "artifacts", output];
    if (!has(scope.ownerDefs.outputArtifacts, output)) {
      scope.ctx.report(
        "graph/undeclared-dag-output",
        `the DAG of "${scope.owner}" sets output artifact "${output}", which its outputDefinitions do not declare`,
        at,
        { task: scope.owner }
      );
    }
    const selectors = spec.artifactSelectors;
    if (Array.isArray(selectors)) {
      selectors.forEach((s3, i) => {
        const sel = asRecord(s3);
        if (sel) selector(label2, sel, "artifact", [...at, "artifactSelectors", i]);
      });
    }
  }
  const bound = (kind) => asRecord(outputs?.[kind]) ?? {};
  const declared = [
    ["parameter", scope.ownerDefs.outputParameters, bound("parameters")],
    ["artifact", scope.ownerDefs.outputArtifacts, bound("artifacts")]
  ];
  for (const [kind, defs, wired] of declared) {
    for (const output of Object.keys(defs)) {
      if (!has(wired, output)) {
        scope.ctx.report(
          "graph/unbound-dag-output",
          `component "${scope.owner}" declares output ${kind} "${output}", but its DAG does not say which task produces it (add it under dag.outputs.${kind}s)`,
          [...path20.slice(0, -1), "outputDefinitions", `${kind}s`, output],
          { task: scope.owner }
        );
      }
    }
  }
}
var checkGraph = (ctx) => {
  const components = asRecord(ctx.spec.components) ?? {};
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  for (const entry of listComponents(ctx.spec)) {
    const component = entry.component;
    const dag = asRecord(component.dag);
    const label2 = component.executorLabel;
    if (!dag && label2 === void 0) {
      ctx.report(
        "graph/no-implementation",
        `component "${entry.name}" has neither a dag nor an executorLabel; it cannot run`,
        entry.path,
        { task: entry.name }
      );
    }
    if (typeof label2 === "string" && !has(executors, label2)) {
      ctx.report(
        "graph/unknown-executor",
        `component "${entry.name}" uses executor "${label2}", which deploymentSpec.executors does not define (defined: ${nameList(Object.keys(executors))})`,
        [...entry.path, "executorLabel"],
        { task: entry.name }
      );
    }
    if (!dag) continue;
    const tasks = asRecord(dag.tasks) ?? {};
    const scope = {
      ctx,
      owner: entry.name,
      ownerDefs: definitions(component),
      tasks,
      components
    };
    const dagPath = [...entry.path, "dag"];
    for (const [name, task] of entriesOf(tasks)) {
      checkTask(scope, name, task, [...dagPath, "tasks", name]);
    }
    const { cycle } = topologicalOrder(dag);
    if (cycle) {
      const message = cycle.length === 2 ? `task "${cycle[0]}" of "${entry.name}" depends on itself; it can never start` : `tasks of "${entry.name}" depend on each other in a cycle: ${cycle.join(" \u2192 ")}; no task of a cycle can ever start`;
      ctx.report("graph/cycle", message, [...dagPath, "tasks", cycle[0]], { task: cycle[0] });
    }
    checkDagOutputs(scope, dag, dagPath);
  }
};

// src/core/validate/naming.ts
var PIPELINE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
var SCHEMA_VERSION = "2.1.0";
function suggestPipelineName(name) {
  const s3 = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+/, "").slice(0, 128);
  return s3 === "" ? "my-pipeline" : s3;
}
var checkNaming = (ctx) => {
  const info = asRecord(ctx.spec.pipelineInfo);
  if (info && Object.hasOwn(info, "name")) {
    const name = info.name;
    if (name === null || name === "") {
      ctx.report(
        "naming/pipeline-name",
        "pipelineInfo.name is empty; the KFP backend refuses a pipeline without a name (set name= in @dsl.pipeline)",
        ["pipelineInfo", "name"]
      );
    } else if (typeof name === "string" && !PIPELINE_NAME_PATTERN.test(name)) {
      ctx.report(
        "naming/pipeline-name",
        `pipelineInfo.name "${name}" must match ${PIPELINE_NAME_PATTERN.source} (lower-case letters, digits and "-", at most 128); e.g. "${suggestPipelineName(name)}"`,
        ["pipelineInfo", "name"]
      );
    }
  }
  const version = ctx.spec.schemaVersion;
  if (version === void 0) {
    ctx.report(
      "naming/schema-version",
      `schemaVersion is missing; compiled IR for KFP v2 has schemaVersion: ${SCHEMA_VERSION} (recompile with kfp 2.x)`,
      []
    );
  } else if (version !== SCHEMA_VERSION) {
    ctx.report(
      "naming/schema-version",
      `schemaVersion is ${JSON.stringify(version)}; the KFP backend and Vertex AI run only ${SCHEMA_VERSION} (recompile with kfp 2.x)`,
      ["schemaVersion"]
    );
  }
};

// src/core/validate/placeholders.ts
var SYSTEM = /* @__PURE__ */ new Set([
  "outputs.output_file",
  "outputMetadataUri",
  "pipeline_job_name",
  "pipeline_job_resource_name",
  "pipeline_job_uuid",
  "pipeline_task_name",
  "pipeline_task_uuid",
  "pipeline_root",
  "pipeline_job_create_time_utc",
  "pipeline_job_schedule_time_utc",
  "workspace_path",
  "pipeline_google_cloud_project_id",
  "pipeline_google_cloud_location",
  "pipeline_persistent_resource_id"
]);
var IO = /^(inputs|outputs)\.(parameters|artifacts)\[(?:'([^']*)'|"([^"]*)")\](.*)$/;
var ARTIFACT_ATTRIBUTE = /^(|\.uri|\.path|\.name|\.metadata(\[(?:'[^']*'|"[^"]*")\])*)$/;
var INPUT_PARAMETER_ATTRIBUTE = /^(\.json_escape\[\d+\])?$/;
function report(site, code2, message) {
  site.ctx.report(code2, message, site.path, { task: site.component });
}
function checkExpression(site, inner) {
  if (inner === "") return;
  const expr = inner.startsWith(".") ? inner.slice(1) : inner;
  const m = IO.exec(expr);
  if (!m) {
    if (!SYSTEM.has(expr)) {
      site.ctx.report(
        "placeholder/unknown",
        `placeholder {{$${inner}}} is not one KFP knows; it will reach the container unreplaced`,
        site.path,
        { task: site.component, severity: "warning" }
      );
    }
    return;
  }
  const [, direction, kind, quoted1, quoted2, rest = ""] = m;
  const name = quoted1 ?? quoted2;
  const isInput = direction === "inputs";
  const own = isInput ? kind === "parameters" ? site.defs.inputParameters : site.defs.inputArtifacts : kind === "parameters" ? site.defs.outputParameters : site.defs.outputArtifacts;
  const other = isInput ? kind === "parameters" ? site.defs.inputArtifacts : site.defs.inputParameters : kind === "parameters" ? site.defs.outputArtifacts : site.defs.outputParameters;
  const singular = `${isInput ? "input" : "output"} ${kind === "parameters" ? "parameter" : "artifact"}`;
  if (!has(own, name)) {
    if (has(other, name)) {
      report(
        site,
        "placeholder/wrong-kind",
        `placeholder {{$${inner}}} reads "${name}" as an ${singular}, but component "${site.component}" declares it as an ${isInput ? "input" : "output"} ${kind === "parameters" ? "artifact" : "parameter"}`
      );
    } else {
      report(
        site,
        isInput ? "placeholder/unknown-input" : "placeholder/unknown-output",
        `placeholder {{$${inner}}} names ${singular} "${name}", which component "${site.component}" does not declare (its ${singular}s: ${nameList(Object.keys(own))})`
      );
    }
    return;
  }
  const attributeOk = kind === "artifacts" ? ARTIFACT_ATTRIBUTE.test(rest) : isInput ? INPUT_PARAMETER_ATTRIBUTE.test(rest) : rest === ".output_file";
  if (!attributeOk) {
    const expected = kind === "artifacts" ? "nothing, .uri, .path, .metadata or .metadata[...]" : isInput ? "nothing" : ".output_file";
    report(
      site,
      "placeholder/bad-attribute",
      `placeholder {{$${inner}}} ends in "${rest}"; after an ${singular} KFP expects ${expected}`
    );
  }
}
var EXPRESSION = /\{\{\$(.*?)\}\}/g;
function checkString(site, value2) {
  const trimmed = value2.trimStart();
  if (trimmed.startsWith('{"Concat"') || trimmed.startsWith('{"IfPresent"')) {
    let parsed;
    try {
      parsed = JSON.parse(value2);
    } catch (error) {
      report(
        site,
        "placeholder/malformed",
        `this Concat/IfPresent placeholder is not valid JSON (${error instanceof Error ? error.message : String(error)})`
      );
      return;
    }
    checkStructure(site, parsed, 0);
    return;
  }
  for (const m of value2.matchAll(EXPRESSION)) checkExpression(site, m[1]);
}
function checkStructure(site, node, depth) {
  if (depth > 32) {
    report(site, "placeholder/malformed", "Concat/IfPresent placeholders are nested too deeply");
    return;
  }
  if (typeof node === "string") {
    for (const m of node.matchAll(EXPRESSION)) checkExpression(site, m[1]);
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) checkStructure(site, item, depth + 1);
    return;
  }
  const r = asRecord(node);
  const keys = r ? Object.keys(r) : [];
  if (!r || keys.length !== 1 || keys[0] !== "Concat" && keys[0] !== "IfPresent") {
    report(
      site,
      "placeholder/malformed",
      `expected a string, a list, {"Concat": [...]} or {"IfPresent": {...}} inside this placeholder, got ${JSON.stringify(node)?.slice(0, 60)}`
    );
    return;
  }
  if (keys[0] === "Concat") {
    if (!Array.isArray(r.Concat)) {
      report(site, "placeholder/malformed", '"Concat" must be a list of items to join');
      return;
    }
    checkStructure(site, r.Concat, depth + 1);
    return;
  }
  const body = asRecord(r.IfPresent);
  const input = asString(body?.InputName);
  if (!body || input === void 0 || !has(body, "Then")) {
    report(site, "placeholder/malformed", '"IfPresent" needs "InputName" (a string) and "Then"');
    return;
  }
  const { inputParameters, inputArtifacts, outputParameters, outputArtifacts } = site.defs;
  if (![inputParameters, inputArtifacts, outputParameters, outputArtifacts].some((d) => has(d, input))) {
    report(
      site,
      "placeholder/unknown-input",
      `IfPresent placeholder tests input "${input}", which component "${site.component}" does not declare (its inputs: ${nameList([...Object.keys(inputParameters), ...Object.keys(inputArtifacts)])})`
    );
  }
  checkStructure(site, body.Then, depth + 1);
  if (has(body, "Else")) checkStructure(site, body.Else, depth + 1);
}
function walkStrings(value2, path20, visit, depth = 0) {
  if (depth > 64) return;
  if (typeof value2 === "string") visit(value2, path20);
  else if (Array.isArray(value2))
    value2.forEach((v2, i) => walkStrings(v2, [...path20, i], visit, depth + 1));
  else if (value2 !== null && typeof value2 === "object") {
    for (const [k2, v2] of Object.entries(value2)) walkStrings(v2, [...path20, k2], visit, depth + 1);
  }
}
function taskPassedParameters(ctx) {
  const passed2 = /* @__PURE__ */ new Map();
  for (const { component } of listComponents(ctx.spec)) {
    for (const task of Object.values(asRecord(asRecord(component.dag)?.tasks) ?? {})) {
      const t = asRecord(task);
      const ref = componentRefOf(t);
      if (ref === void 0) continue;
      const names = passed2.get(ref) ?? /* @__PURE__ */ new Set();
      for (const name of Object.keys(asRecord(asRecord(t?.inputs)?.parameters) ?? {})) {
        names.add(name);
      }
      passed2.set(ref, names);
    }
  }
  return passed2;
}
var checkPlaceholders = (ctx) => {
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  let passed2;
  for (const entry of listComponents(ctx.spec)) {
    const label2 = asString(entry.component.executorLabel);
    const executor = label2 === void 0 ? void 0 : asRecord(executors[label2]);
    if (!executor) continue;
    const defs = definitions(entry.component);
    let resourceDefs;
    for (const field of ["container", "customJob"]) {
      if (!has(executor, field)) continue;
      walkStrings(executor[field], ["deploymentSpec", "executors", label2, field], (s3, path20) => {
        if (!s3.includes("{{$") && !s3.includes('{"')) return;
        let siteDefs = defs;
        if (field === "container" && path20[4] === "resources") {
          passed2 ??= taskPassedParameters(ctx);
          resourceDefs ??= {
            ...defs,
            inputParameters: {
              ...Object.fromEntries([...passed2.get(entry.name) ?? []].map((n) => [n, {}])),
              ...defs.inputParameters
            }
          };
          siteDefs = resourceDefs;
        }
        checkString({ ctx, component: entry.name, defs: siteDefs, path: path20 }, s3);
      });
    }
  }
};

// src/core/validate/platform.ts
var checkPlatform = (ctx) => {
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  const platforms = asRecord(ctx.loaded.platform?.platforms);
  for (const [platform, spec] of entriesOf(platforms)) {
    const configured = asRecord(asRecord(spec.deploymentSpec)?.executors) ?? {};
    for (const label2 of Object.keys(configured)) {
      if (has(executors, label2)) continue;
      ctx.report(
        "platform/unknown-executor",
        `the ${platform} platform spec configures executor "${label2}", which deploymentSpec.executors does not define (defined: ${nameList(Object.keys(executors))})`,
        ["platforms", platform, "deploymentSpec", "executors", label2],
        { document: 1, task: label2 }
      );
    }
  }
};

// src/core/validate/schema.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// schema/pipeline-spec.schema.json
var pipeline_spec_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/kfp-action/kfp-action/schema/pipeline-spec.schema.json",
  title: "Kubeflow Pipelines compiled IR (PipelineSpec, schemaVersion 2.1.0)",
  description: "Generated by schema/generate-pipeline-spec-schema.py from kfp-pipeline-spec 2.17.3 (kubeflow/pipelines api/v2alpha1/pipeline_spec.proto). The optional second YAML document is #/definitions/PlatformSpec.",
  $ref: "#/definitions/PipelineSpec",
  definitions: {
    ArtifactIteratorSpec: {
      type: "object",
      description: "ml_pipelines.ArtifactIteratorSpec",
      additionalProperties: false,
      properties: {
        items: {
          $ref: "#/definitions/ArtifactIteratorSpec.ItemsSpec"
        },
        itemInput: {
          type: "string"
        }
      }
    },
    "ArtifactIteratorSpec.ItemsSpec": {
      type: "object",
      description: "ml_pipelines.ArtifactIteratorSpec.ItemsSpec",
      additionalProperties: false,
      properties: {
        inputArtifact: {
          type: "string"
        }
      }
    },
    ArtifactTypeSchema: {
      type: "object",
      description: "ml_pipelines.ArtifactTypeSchema",
      additionalProperties: false,
      properties: {
        schemaTitle: {
          type: "string"
        },
        schemaUri: {
          type: "string"
        },
        instanceSchema: {
          type: "string"
        },
        schemaVersion: {
          type: "string"
        }
      },
      kfpOneof: [
        [
          "schemaTitle",
          "schemaUri",
          "instanceSchema"
        ]
      ]
    },
    ComponentInputsSpec: {
      type: "object",
      description: "ml_pipelines.ComponentInputsSpec",
      additionalProperties: false,
      properties: {
        artifacts: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ComponentInputsSpec.ArtifactSpec"
          }
        },
        parameters: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ComponentInputsSpec.ParameterSpec"
          }
        }
      }
    },
    "ComponentInputsSpec.ArtifactSpec": {
      type: "object",
      description: "ml_pipelines.ComponentInputsSpec.ArtifactSpec",
      additionalProperties: false,
      properties: {
        artifactType: {
          $ref: "#/definitions/ArtifactTypeSchema"
        },
        isArtifactList: {
          type: "boolean"
        },
        isOptional: {
          type: "boolean"
        },
        description: {
          type: "string"
        }
      }
    },
    "ComponentInputsSpec.ParameterSpec": {
      type: "object",
      description: "ml_pipelines.ComponentInputsSpec.ParameterSpec",
      additionalProperties: false,
      properties: {
        type: {
          anyOf: [
            {
              type: "string",
              enum: [
                "PRIMITIVE_TYPE_UNSPECIFIED",
                "INT",
                "DOUBLE",
                "STRING"
              ]
            },
            {
              type: "integer"
            }
          ],
          description: "enum PrimitiveType.PrimitiveTypeEnum"
        },
        parameterType: {
          anyOf: [
            {
              type: "string",
              enum: [
                "PARAMETER_TYPE_ENUM_UNSPECIFIED",
                "NUMBER_DOUBLE",
                "NUMBER_INTEGER",
                "STRING",
                "BOOLEAN",
                "LIST",
                "STRUCT",
                "TASK_FINAL_STATUS",
                "TASK_CONFIG"
              ]
            },
            {
              type: "integer"
            }
          ],
          description: "enum ParameterType.ParameterTypeEnum"
        },
        defaultValue: {
          description: "google.protobuf.Value (any JSON value)"
        },
        isOptional: {
          type: "boolean"
        },
        description: {
          type: "string"
        },
        literals: {
          type: "array",
          items: {
            description: "google.protobuf.Value (any JSON value)"
          }
        }
      }
    },
    ComponentOutputsSpec: {
      type: "object",
      description: "ml_pipelines.ComponentOutputsSpec",
      additionalProperties: false,
      properties: {
        artifacts: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ComponentOutputsSpec.ArtifactSpec"
          }
        },
        parameters: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ComponentOutputsSpec.ParameterSpec"
          }
        }
      }
    },
    "ComponentOutputsSpec.ArtifactSpec": {
      type: "object",
      description: "ml_pipelines.ComponentOutputsSpec.ArtifactSpec",
      additionalProperties: false,
      properties: {
        artifactType: {
          $ref: "#/definitions/ArtifactTypeSchema"
        },
        properties: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ValueOrRuntimeParameter"
          }
        },
        customProperties: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ValueOrRuntimeParameter"
          }
        },
        metadata: {
          type: "object",
          description: "google.protobuf.Struct (any JSON object)"
        },
        isArtifactList: {
          type: "boolean"
        },
        description: {
          type: "string"
        }
      }
    },
    "ComponentOutputsSpec.ParameterSpec": {
      type: "object",
      description: "ml_pipelines.ComponentOutputsSpec.ParameterSpec",
      additionalProperties: false,
      properties: {
        type: {
          anyOf: [
            {
              type: "string",
              enum: [
                "PRIMITIVE_TYPE_UNSPECIFIED",
                "INT",
                "DOUBLE",
                "STRING"
              ]
            },
            {
              type: "integer"
            }
          ],
          description: "enum PrimitiveType.PrimitiveTypeEnum"
        },
        parameterType: {
          anyOf: [
            {
              type: "string",
              enum: [
                "PARAMETER_TYPE_ENUM_UNSPECIFIED",
                "NUMBER_DOUBLE",
                "NUMBER_INTEGER",
                "STRING",
                "BOOLEAN",
                "LIST",
                "STRUCT",
                "TASK_FINAL_STATUS",
                "TASK_CONFIG"
              ]
            },
            {
              type: "integer"
            }
          ],
          description: "enum ParameterType.ParameterTypeEnum"
        },
        description: {
          type: "string"
        }
      }
    },
    ComponentRef: {
      type: "object",
      description: "ml_pipelines.ComponentRef",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        }
      }
    },
    ComponentSpec: {
      type: "object",
      description: "ml_pipelines.ComponentSpec",
      additionalProperties: false,
      properties: {
        inputDefinitions: {
          $ref: "#/definitions/ComponentInputsSpec"
        },
        outputDefinitions: {
          $ref: "#/definitions/ComponentOutputsSpec"
        },
        dag: {
          $ref: "#/definitions/DagSpec"
        },
        executorLabel: {
          type: "string"
        },
        singlePlatformSpecs: {
          type: "array",
          items: {
            $ref: "#/definitions/SinglePlatformSpec"
          }
        },
        taskConfigPassthroughs: {
          type: "array",
          items: {
            $ref: "#/definitions/TaskConfigPassthrough"
          }
        }
      },
      kfpOneof: [
        [
          "dag",
          "executorLabel"
        ]
      ]
    },
    DagOutputsSpec: {
      type: "object",
      description: "ml_pipelines.DagOutputsSpec",
      additionalProperties: false,
      properties: {
        artifacts: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/DagOutputsSpec.DagOutputArtifactSpec"
          }
        },
        parameters: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/DagOutputsSpec.DagOutputParameterSpec"
          }
        }
      }
    },
    "DagOutputsSpec.ArtifactSelectorSpec": {
      type: "object",
      description: "ml_pipelines.DagOutputsSpec.ArtifactSelectorSpec",
      additionalProperties: false,
      properties: {
        producerSubtask: {
          type: "string"
        },
        outputArtifactKey: {
          type: "string"
        }
      }
    },
    "DagOutputsSpec.DagOutputArtifactSpec": {
      type: "object",
      description: "ml_pipelines.DagOutputsSpec.DagOutputArtifactSpec",
      additionalProperties: false,
      properties: {
        artifactSelectors: {
          type: "array",
          items: {
            $ref: "#/definitions/DagOutputsSpec.ArtifactSelectorSpec"
          }
        }
      }
    },
    "DagOutputsSpec.DagOutputParameterSpec": {
      type: "object",
      description: "ml_pipelines.DagOutputsSpec.DagOutputParameterSpec",
      additionalProperties: false,
      properties: {
        valueFromParameter: {
          $ref: "#/definitions/DagOutputsSpec.ParameterSelectorSpec"
        },
        valueFromOneof: {
          $ref: "#/definitions/DagOutputsSpec.ParameterSelectorsSpec"
        }
      },
      kfpOneof: [
        [
          "valueFromParameter",
          "valueFromOneof"
        ]
      ]
    },
    "DagOutputsSpec.ParameterSelectorSpec": {
      type: "object",
      description: "ml_pipelines.DagOutputsSpec.ParameterSelectorSpec",
      additionalProperties: false,
      properties: {
        producerSubtask: {
          type: "string"
        },
        outputParameterKey: {
          type: "string"
        }
      }
    },
    "DagOutputsSpec.ParameterSelectorsSpec": {
      type: "object",
      description: "ml_pipelines.DagOutputsSpec.ParameterSelectorsSpec",
      additionalProperties: false,
      properties: {
        parameterSelectors: {
          type: "array",
          items: {
            $ref: "#/definitions/DagOutputsSpec.ParameterSelectorSpec"
          }
        }
      }
    },
    DagSpec: {
      type: "object",
      description: "ml_pipelines.DagSpec",
      additionalProperties: false,
      properties: {
        tasks: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/PipelineTaskSpec"
          }
        },
        outputs: {
          $ref: "#/definitions/DagOutputsSpec"
        }
      }
    },
    KubernetesWorkspaceConfig: {
      type: "object",
      description: "ml_pipelines.KubernetesWorkspaceConfig",
      additionalProperties: false,
      properties: {
        pvcSpecPatch: {
          type: "object",
          description: "google.protobuf.Struct (any JSON object)"
        }
      }
    },
    ParameterIteratorSpec: {
      type: "object",
      description: "ml_pipelines.ParameterIteratorSpec",
      additionalProperties: false,
      properties: {
        items: {
          $ref: "#/definitions/ParameterIteratorSpec.ItemsSpec"
        },
        itemInput: {
          type: "string"
        }
      }
    },
    "ParameterIteratorSpec.ItemsSpec": {
      type: "object",
      description: "ml_pipelines.ParameterIteratorSpec.ItemsSpec",
      additionalProperties: false,
      properties: {
        raw: {
          type: "string"
        },
        inputParameter: {
          type: "string"
        }
      },
      kfpOneof: [
        [
          "raw",
          "inputParameter"
        ]
      ]
    },
    PipelineConfig: {
      type: "object",
      description: "ml_pipelines.PipelineConfig",
      additionalProperties: false,
      properties: {
        resourceTtlOnCompletion: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        },
        workspace: {
          $ref: "#/definitions/WorkspaceConfig"
        },
        resourceTtlOnSuccess: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        },
        resourceTtlOnFailure: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        },
        activeDeadlineSeconds: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        }
      }
    },
    PipelineDeploymentConfig: {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig",
      additionalProperties: false,
      properties: {
        executors: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/PipelineDeploymentConfig.ExecutorSpec"
          }
        }
      }
    },
    "PipelineDeploymentConfig.AIPlatformCustomJobSpec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.AIPlatformCustomJobSpec",
      additionalProperties: false,
      properties: {
        customJob: {
          type: "object",
          description: "google.protobuf.Struct (any JSON object)"
        }
      }
    },
    "PipelineDeploymentConfig.ExecutorSpec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.ExecutorSpec",
      additionalProperties: false,
      properties: {
        container: {
          $ref: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec"
        },
        importer: {
          $ref: "#/definitions/PipelineDeploymentConfig.ImporterSpec"
        },
        resolver: {
          $ref: "#/definitions/PipelineDeploymentConfig.ResolverSpec"
        },
        customJob: {
          $ref: "#/definitions/PipelineDeploymentConfig.AIPlatformCustomJobSpec"
        }
      },
      kfpOneof: [
        [
          "container",
          "importer",
          "resolver",
          "customJob"
        ]
      ]
    },
    "PipelineDeploymentConfig.ImporterSpec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.ImporterSpec",
      additionalProperties: false,
      properties: {
        artifactUri: {
          $ref: "#/definitions/ValueOrRuntimeParameter"
        },
        typeSchema: {
          $ref: "#/definitions/ArtifactTypeSchema"
        },
        properties: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ValueOrRuntimeParameter"
          }
        },
        customProperties: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ValueOrRuntimeParameter"
          }
        },
        reimport: {
          type: "boolean"
        },
        metadata: {
          type: "object",
          description: "google.protobuf.Struct (any JSON object)"
        },
        downloadToWorkspace: {
          type: "boolean"
        }
      }
    },
    "PipelineDeploymentConfig.PipelineContainerSpec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec",
      additionalProperties: false,
      properties: {
        image: {
          type: "string"
        },
        command: {
          type: "array",
          items: {
            type: "string"
          }
        },
        args: {
          type: "array",
          items: {
            type: "string"
          }
        },
        lifecycle: {
          $ref: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle"
        },
        resources: {
          $ref: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec"
        },
        env: {
          type: "array",
          items: {
            $ref: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.EnvVar"
          }
        }
      }
    },
    "PipelineDeploymentConfig.PipelineContainerSpec.EnvVar": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.EnvVar",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        },
        value: {
          type: "string"
        }
      }
    },
    "PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle",
      additionalProperties: false,
      properties: {
        preCacheCheck: {
          $ref: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec"
        }
      }
    },
    "PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec",
      additionalProperties: false,
      properties: {
        command: {
          type: "array",
          items: {
            type: "string"
          }
        },
        args: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    "PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec",
      additionalProperties: false,
      properties: {
        cpuLimit: {
          anyOf: [
            {
              type: "number"
            },
            {
              type: "string",
              pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"
            }
          ]
        },
        memoryLimit: {
          anyOf: [
            {
              type: "number"
            },
            {
              type: "string",
              pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"
            }
          ]
        },
        cpuRequest: {
          anyOf: [
            {
              type: "number"
            },
            {
              type: "string",
              pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"
            }
          ]
        },
        memoryRequest: {
          anyOf: [
            {
              type: "number"
            },
            {
              type: "string",
              pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"
            }
          ]
        },
        resourceCpuLimit: {
          type: "string"
        },
        resourceMemoryLimit: {
          type: "string"
        },
        resourceCpuRequest: {
          type: "string"
        },
        resourceMemoryRequest: {
          type: "string"
        },
        accelerator: {
          $ref: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig"
        }
      }
    },
    "PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig",
      additionalProperties: false,
      properties: {
        type: {
          type: "string"
        },
        count: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        },
        resourceType: {
          type: "string"
        },
        resourceCount: {
          type: "string"
        }
      }
    },
    "PipelineDeploymentConfig.ResolverSpec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.ResolverSpec",
      additionalProperties: false,
      properties: {
        outputArtifactQueries: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec"
          }
        }
      }
    },
    "PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec": {
      type: "object",
      description: "ml_pipelines.PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec",
      additionalProperties: false,
      properties: {
        filter: {
          type: "string"
        },
        limit: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        }
      }
    },
    PipelineInfo: {
      type: "object",
      description: "ml_pipelines.PipelineInfo",
      additionalProperties: false,
      properties: {
        name: {
          type: [
            "string",
            "null"
          ]
        },
        displayName: {
          type: "string"
        },
        description: {
          type: "string"
        }
      },
      required: [
        "name"
      ]
    },
    PipelineSpec: {
      type: "object",
      description: "ml_pipelines.PipelineSpec",
      additionalProperties: false,
      properties: {
        pipelineInfo: {
          $ref: "#/definitions/PipelineInfo"
        },
        deploymentSpec: {
          $ref: "#/definitions/PipelineDeploymentConfig"
        },
        sdkVersion: {
          type: "string"
        },
        schemaVersion: {
          type: "string"
        },
        components: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ComponentSpec"
          }
        },
        root: {
          $ref: "#/definitions/ComponentSpec"
        },
        defaultPipelineRoot: {
          type: "string"
        }
      },
      required: [
        "pipelineInfo",
        "root"
      ]
    },
    PipelineTaskInfo: {
      type: "object",
      description: "ml_pipelines.PipelineTaskInfo",
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        }
      }
    },
    PipelineTaskSpec: {
      type: "object",
      description: "ml_pipelines.PipelineTaskSpec",
      additionalProperties: false,
      properties: {
        taskInfo: {
          $ref: "#/definitions/PipelineTaskInfo"
        },
        inputs: {
          $ref: "#/definitions/TaskInputsSpec"
        },
        dependentTasks: {
          type: "array",
          items: {
            type: "string"
          }
        },
        cachingOptions: {
          $ref: "#/definitions/PipelineTaskSpec.CachingOptions"
        },
        componentRef: {
          $ref: "#/definitions/ComponentRef"
        },
        triggerPolicy: {
          $ref: "#/definitions/PipelineTaskSpec.TriggerPolicy"
        },
        artifactIterator: {
          $ref: "#/definitions/ArtifactIteratorSpec"
        },
        parameterIterator: {
          $ref: "#/definitions/ParameterIteratorSpec"
        },
        retryPolicy: {
          $ref: "#/definitions/PipelineTaskSpec.RetryPolicy"
        },
        iteratorPolicy: {
          $ref: "#/definitions/PipelineTaskSpec.IteratorPolicy"
        }
      },
      kfpOneof: [
        [
          "artifactIterator",
          "parameterIterator"
        ]
      ]
    },
    "PipelineTaskSpec.CachingOptions": {
      type: "object",
      description: "ml_pipelines.PipelineTaskSpec.CachingOptions",
      additionalProperties: false,
      properties: {
        enableCache: {
          type: "boolean"
        },
        cacheKey: {
          type: "string"
        }
      }
    },
    "PipelineTaskSpec.IteratorPolicy": {
      type: "object",
      description: "ml_pipelines.PipelineTaskSpec.IteratorPolicy",
      additionalProperties: false,
      properties: {
        parallelismLimit: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        }
      }
    },
    "PipelineTaskSpec.RetryPolicy": {
      type: "object",
      description: "ml_pipelines.PipelineTaskSpec.RetryPolicy",
      additionalProperties: false,
      properties: {
        maxRetryCount: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        },
        backoffDuration: {
          type: "string",
          pattern: "^-?[0-9]+(\\.[0-9]{1,9})?s$",
          description: 'google.protobuf.Duration, e.g. "30s"'
        },
        backoffFactor: {
          anyOf: [
            {
              type: "number"
            },
            {
              type: "string",
              pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"
            }
          ]
        },
        backoffMaxDuration: {
          type: "string",
          pattern: "^-?[0-9]+(\\.[0-9]{1,9})?s$",
          description: 'google.protobuf.Duration, e.g. "30s"'
        }
      }
    },
    "PipelineTaskSpec.TriggerPolicy": {
      type: "object",
      description: "ml_pipelines.PipelineTaskSpec.TriggerPolicy",
      additionalProperties: false,
      properties: {
        condition: {
          type: "string"
        },
        strategy: {
          anyOf: [
            {
              type: "string",
              enum: [
                "TRIGGER_STRATEGY_UNSPECIFIED",
                "ALL_UPSTREAM_TASKS_SUCCEEDED",
                "ALL_UPSTREAM_TASKS_COMPLETED"
              ]
            },
            {
              type: "integer"
            }
          ],
          description: "enum PipelineTaskSpec.TriggerPolicy.TriggerStrategy"
        }
      }
    },
    PlatformDeploymentConfig: {
      type: "object",
      description: "ml_pipelines.PlatformDeploymentConfig",
      additionalProperties: false,
      properties: {
        executors: {
          type: "object",
          additionalProperties: {
            type: "object",
            description: "google.protobuf.Struct (any JSON object)"
          }
        }
      }
    },
    PlatformSpec: {
      type: "object",
      description: "ml_pipelines.PlatformSpec",
      additionalProperties: false,
      properties: {
        platforms: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/SinglePlatformSpec"
          }
        }
      }
    },
    SinglePlatformSpec: {
      type: "object",
      description: "ml_pipelines.SinglePlatformSpec",
      additionalProperties: false,
      properties: {
        deploymentSpec: {
          $ref: "#/definitions/PlatformDeploymentConfig"
        },
        platform: {
          type: "string"
        },
        config: {
          type: "object",
          description: "google.protobuf.Struct (any JSON object)"
        },
        pipelineConfig: {
          $ref: "#/definitions/PipelineConfig"
        }
      }
    },
    TaskConfigPassthrough: {
      type: "object",
      description: "ml_pipelines.TaskConfigPassthrough",
      additionalProperties: false,
      properties: {
        field: {
          anyOf: [
            {
              type: "string",
              enum: [
                "NONE",
                "RESOURCES",
                "ENV",
                "KUBERNETES_AFFINITY",
                "KUBERNETES_TOLERATIONS",
                "KUBERNETES_NODE_SELECTOR",
                "KUBERNETES_VOLUMES"
              ]
            },
            {
              type: "integer"
            }
          ],
          description: "enum TaskConfigPassthroughType.TaskConfigPassthroughTypeEnum"
        },
        applyToTask: {
          type: "boolean"
        }
      }
    },
    TaskInputsSpec: {
      type: "object",
      description: "ml_pipelines.TaskInputsSpec",
      additionalProperties: false,
      properties: {
        parameters: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/TaskInputsSpec.InputParameterSpec"
          }
        },
        artifacts: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/TaskInputsSpec.InputArtifactSpec"
          }
        }
      }
    },
    "TaskInputsSpec.InputArtifactSpec": {
      type: "object",
      description: "ml_pipelines.TaskInputsSpec.InputArtifactSpec",
      additionalProperties: false,
      properties: {
        taskOutputArtifact: {
          $ref: "#/definitions/TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec"
        },
        componentInputArtifact: {
          type: "string"
        }
      },
      kfpOneof: [
        [
          "taskOutputArtifact",
          "componentInputArtifact"
        ]
      ]
    },
    "TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec": {
      type: "object",
      description: "ml_pipelines.TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec",
      additionalProperties: false,
      properties: {
        producerTask: {
          type: "string"
        },
        outputArtifactKey: {
          type: "string"
        }
      }
    },
    "TaskInputsSpec.InputParameterSpec": {
      type: "object",
      description: "ml_pipelines.TaskInputsSpec.InputParameterSpec",
      additionalProperties: false,
      properties: {
        taskOutputParameter: {
          $ref: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec"
        },
        runtimeValue: {
          $ref: "#/definitions/ValueOrRuntimeParameter"
        },
        componentInputParameter: {
          type: "string"
        },
        taskFinalStatus: {
          $ref: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskFinalStatus"
        },
        parameterExpressionSelector: {
          type: "string"
        }
      },
      kfpOneof: [
        [
          "taskOutputParameter",
          "runtimeValue",
          "componentInputParameter",
          "taskFinalStatus"
        ]
      ]
    },
    "TaskInputsSpec.InputParameterSpec.TaskFinalStatus": {
      type: "object",
      description: "ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskFinalStatus",
      additionalProperties: false,
      properties: {
        producerTask: {
          type: "string"
        }
      }
    },
    "TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec": {
      type: "object",
      description: "ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec",
      additionalProperties: false,
      properties: {
        producerTask: {
          type: "string"
        },
        outputParameterKey: {
          type: "string"
        }
      }
    },
    Value: {
      type: "object",
      description: "ml_pipelines.Value",
      additionalProperties: false,
      properties: {
        intValue: {
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string",
              pattern: "^-?[0-9]+$"
            }
          ]
        },
        doubleValue: {
          anyOf: [
            {
              type: "number"
            },
            {
              type: "string",
              pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"
            }
          ]
        },
        stringValue: {
          type: "string"
        }
      },
      kfpOneof: [
        [
          "intValue",
          "doubleValue",
          "stringValue"
        ]
      ]
    },
    ValueOrRuntimeParameter: {
      type: "object",
      description: "ml_pipelines.ValueOrRuntimeParameter",
      additionalProperties: false,
      properties: {
        constantValue: {
          $ref: "#/definitions/Value"
        },
        runtimeParameter: {
          type: "string"
        },
        constant: {
          description: "google.protobuf.Value (any JSON value)"
        }
      },
      kfpOneof: [
        [
          "constantValue",
          "runtimeParameter",
          "constant"
        ]
      ]
    },
    WorkspaceConfig: {
      type: "object",
      description: "ml_pipelines.WorkspaceConfig",
      additionalProperties: false,
      properties: {
        size: {
          type: "string"
        },
        kubernetes: {
          $ref: "#/definitions/KubernetesWorkspaceConfig"
        }
      }
    }
  }
};

// src/core/validate/schema.ts
var compiled2;
function oneofKeyword(groups, data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return true;
  let errors;
  for (const group of groups) {
    let count = 0;
    for (const f2 of group) if (Object.hasOwn(data, f2)) count++;
    if (count < 2) continue;
    const set = group.filter((f2) => Object.hasOwn(data, f2));
    (errors ??= []).push({
      keyword: "kfpOneof",
      message: `sets ${set.map((f2) => `"${f2}"`).join(" and ")}, but only one of ${group.join(", ")} may be set`,
      params: { set, group }
    });
  }
  oneofKeyword.errors = errors ?? null;
  return errors === void 0;
}
function validators() {
  if (compiled2) return compiled2;
  const ajv = new import_ajv2.Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { optimize: false }
  });
  ajv.addKeyword({
    keyword: "kfpOneof",
    type: "object",
    schemaType: "array",
    errors: true,
    validate: oneofKeyword
  });
  ajv.addSchema(pipeline_spec_schema_default, "pipeline-spec");
  compiled2 = {
    pipeline: ajv.getSchema("pipeline-spec"),
    platform: ajv.getSchema("pipeline-spec#/definitions/PlatformSpec")
  };
  return compiled2;
}
function describe(value2) {
  if (value2 === null) return "null (empty)";
  if (Array.isArray(value2)) return "a list";
  if (typeof value2 === "object") return "a mapping";
  const shown = JSON.stringify(value2);
  const short3 = shown.length > 40 ? `${shown.slice(0, 37)}\u2026` : shown;
  return `${typeof value2} ${short3}`;
}
var snakeToCamel = (s3) => s3.replace(/_([a-z0-9])/g, (_m, c2) => c2.toUpperCase());
function messageName(schema) {
  const d = schema?.description;
  return typeof d === "string" && d.startsWith("ml_pipelines.") ? d : "this mapping";
}
var expectedWords = {
  string: "a string",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  integer: "an integer",
  number: "a number"
};
function reportErrors(ctx, errors, document, prefix) {
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.instancePath}|${e.schemaPath}/`);
  for (const e of errors) {
    if (anyOfPaths.some((a) => `${e.instancePath}|${e.schemaPath}`.startsWith(a))) continue;
    const path20 = [...prefix, ...pointerToPath(e.instancePath)];
    const field = path20.length > 0 ? `"${String(path20[path20.length - 1])}"` : "the document";
    const report2 = (code2, message, at = path20) => ctx.report(code2, message, at, { document });
    switch (e.keyword) {
      case "additionalProperties": {
        const name = String(e.params.additionalProperty);
        const known2 = Object.keys(
          e.parentSchema.properties ?? {}
        );
        const camel = snakeToCamel(name);
        const hint = camel !== name && known2.includes(camel) ? `; did you mean "${camel}"? (compiled IR uses camelCase)` : `; known fields: ${known2.join(", ")}`;
        report2(
          "schema/unknown-field",
          `unknown field "${name}" in ${messageName(e.parentSchema)}: the KFP backend rejects unknown fields${hint}`,
          [...path20, name]
        );
        break;
      }
      case "required": {
        const name = String(e.params.missingProperty);
        report2(
          "schema/missing-field",
          `required field "${name}" is missing from ${path20.length ? field : "the top level"}; the KFP backend refuses a pipeline without it`
        );
        break;
      }
      case "type": {
        const want = String(e.params.type).split(",").map((t) => expectedWords[t] ?? t).join(" or ");
        report2("schema/wrong-type", `${field} must be ${want}, got ${describe(e.data)}`);
        break;
      }
      case "anyOf": {
        const branches = e.schema ?? [];
        const names = branches.find((b2) => Array.isArray(b2.enum))?.enum;
        if (names) {
          report2(
            "schema/bad-enum",
            `${field} is ${describe(e.data)}; it must be one of ${names.join(", ")}`
          );
        } else {
          const want = branches.some((b2) => b2.type === "number") ? "a number" : "an integer";
          report2("schema/wrong-type", `${field} must be ${want}, got ${describe(e.data)}`);
        }
        break;
      }
      case "kfpOneof":
        report2(
          "schema/oneof-conflict",
          `${field === "the document" ? "the document" : field} ${e.message ?? ""}`
        );
        break;
      case "pattern":
        report2(
          "schema/bad-value",
          `${field} is ${describe(e.data)}; expected a duration such as "30s"`
        );
        break;
      default:
        report2("schema/invalid", `${field} ${e.message ?? "is invalid"}`);
    }
  }
}
var checkSchema = (ctx) => {
  const { pipeline, platform } = validators();
  if (!pipeline(ctx.spec)) reportErrors(ctx, pipeline.errors ?? [], 0, []);
  if (ctx.loaded.platform !== void 0 && !platform(ctx.loaded.platform)) {
    reportErrors(ctx, platform.errors ?? [], 1, []);
  }
};

// src/core/validate/types.ts
var UNSPECIFIED = "PARAMETER_TYPE_ENUM_UNSPECIFIED";
var GENERIC_ARTIFACT = "system.Artifact";
function parameterType(def) {
  const t = asString(asRecord(def)?.parameterType);
  return t === UNSPECIFIED ? void 0 : t;
}
function artifactType(def) {
  const d = asRecord(def);
  if (!d) return void 0;
  const schema = asRecord(d.artifactType);
  const title = asString(schema?.schemaTitle);
  const version = asString(schema?.schemaVersion);
  return {
    ...title !== void 0 ? { title } : {},
    ...version !== void 0 ? { version } : {},
    list: d.isArtifactList === true
  };
}
function showArtifact(t) {
  const name = `${t.title ?? "(custom type)"}${t.version ? `@${t.version}` : ""}`;
  return t.list ? `List[${name}]` : name;
}
function artifactsCompatible(given, expected) {
  if (given.list !== expected.list) return false;
  if (given.title === void 0 || expected.title === void 0) return true;
  if (given.title === GENERIC_ARTIFACT || expected.title === GENERIC_ARTIFACT) return true;
  if (given.title !== expected.title) return false;
  const major = (v2) => (v2 ?? "0").split(".")[0];
  return major(given.version) === major(expected.version);
}
function parametersCompatible(given, expected) {
  const norm = (t) => t === "TASK_FINAL_STATUS" ? "STRUCT" : t;
  return norm(given) === norm(expected);
}
function constantFits(value2, type) {
  switch (type) {
    case "STRING":
      return typeof value2 === "string";
    case "NUMBER_INTEGER":
      return typeof value2 === "number" && Number.isInteger(value2);
    case "NUMBER_DOUBLE":
      return typeof value2 === "number";
    case "BOOLEAN":
      return typeof value2 === "boolean";
    case "LIST":
      return Array.isArray(value2);
    case "STRUCT":
    case "TASK_CONFIG":
      return value2 !== null && typeof value2 === "object" && !Array.isArray(value2);
    default:
      return true;
  }
}
function calleeDefs(scope, task) {
  const callee = calleeOf(scope, task);
  return callee ? { ref: componentRefOf(scope.tasks[task]), defs: definitions(callee) } : void 0;
}
function checkTaskInputs(scope, name, task, path20) {
  const callee = calleeDefs(scope, name);
  if (!callee) return;
  const { ctx } = scope;
  const inputs = asRecord(task.inputs);
  const params = asRecord(inputs?.parameters) ?? {};
  const arts = asRecord(inputs?.artifacts) ?? {};
  for (const [input, spec] of entriesOf(params)) {
    const expected = parameterType(callee.defs.inputParameters[input]);
    if (expected === void 0 || has(spec, "parameterExpressionSelector")) continue;
    const at = [...path20, "inputs", "parameters", input];
    let given;
    let source = "";
    const fromTask = asRecord(spec.taskOutputParameter);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      const key = asString(fromTask.outputParameterKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      if (p && key !== void 0) {
        given = parameterType(p.defs.outputParameters[key]);
        source = `output "${key}" of task "${producer}"`;
      }
    }
    const fromInput = asString(spec.componentInputParameter);
    if (fromInput !== void 0) {
      given = parameterType(scope.ownerDefs.inputParameters[fromInput]);
      source = `input "${fromInput}" of "${scope.owner}"`;
    }
    if (has(spec, "taskFinalStatus")) {
      if (expected !== "TASK_FINAL_STATUS" && expected !== "STRUCT") {
        ctx.report(
          "types/mismatch",
          `input "${input}" of task "${name}" is ${expected}, but it is fed a task's final status, which only a PipelineTaskFinalStatus (TASK_FINAL_STATUS) input accepts`,
          at,
          { task: name }
        );
      }
      continue;
    }
    const runtime = asRecord(spec.runtimeValue);
    if (runtime && has(runtime, "constant")) {
      const value2 = runtime.constant;
      if (value2 !== null && !constantFits(value2, expected)) {
        const shown = JSON.stringify(value2) ?? String(value2);
        ctx.report(
          "types/mismatch",
          `input "${input}" of task "${name}" is ${expected}, but its constant is ${shown.length > 60 ? `${shown.slice(0, 57)}\u2026` : shown}`,
          [...at, "runtimeValue", "constant"],
          { task: name }
        );
      }
      continue;
    }
    if (given !== void 0 && !parametersCompatible(given, expected)) {
      ctx.report(
        "types/mismatch",
        `input "${input}" of task "${name}" (component "${callee.ref}") is ${expected}, but it is fed ${source}, which is ${given}`,
        at,
        { task: name }
      );
    }
  }
  for (const [input, spec] of entriesOf(arts)) {
    const expected = artifactType(callee.defs.inputArtifacts[input]);
    if (!expected) continue;
    const at = [...path20, "inputs", "artifacts", input];
    let given;
    let source = "";
    const fromTask = asRecord(spec.taskOutputArtifact);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      const key = asString(fromTask.outputArtifactKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      if (p && key !== void 0) {
        given = artifactType(p.defs.outputArtifacts[key]);
        source = `output "${key}" of task "${producer}"`;
      }
    }
    const fromInput = asString(spec.componentInputArtifact);
    if (fromInput !== void 0) {
      given = artifactType(scope.ownerDefs.inputArtifacts[fromInput]);
      source = `input "${fromInput}" of "${scope.owner}"`;
    }
    if (given && !artifactsCompatible(given, expected)) {
      ctx.report(
        "types/mismatch",
        `input artifact "${input}" of task "${name}" (component "${callee.ref}") is ${showArtifact(expected)}, but it is fed ${source}, which is ${showArtifact(given)}`,
        at,
        { task: name }
      );
    }
  }
  const loopItems = new Set(
    ["parameterIterator", "artifactIterator"].map((k2) => asString(asRecord(task[k2])?.itemInput)).filter((s3) => s3 !== void 0)
  );
  const missing = (kind, defs, given) => {
    for (const [input, def] of entriesOf(defs)) {
      if (def.isOptional === true || has(def, "defaultValue")) continue;
      if (has(given, input) || loopItems.has(input)) continue;
      ctx.report(
        "types/missing-input",
        `task "${name}" does not supply the required input ${kind} "${input}" of component "${callee.ref}" (it has no default and is not optional)`,
        inputs ? [...path20, "inputs"] : path20,
        { task: name }
      );
    }
  };
  missing("parameter", callee.defs.inputParameters, params);
  missing("artifact", callee.defs.inputArtifacts, arts);
}
function checkDagOutputs2(scope, dag, path20) {
  const outputs = asRecord(dag.outputs);
  for (const [output, spec] of entriesOf(outputs?.parameters)) {
    const declared = parameterType(scope.ownerDefs.outputParameters[output]);
    if (declared === void 0) continue;
    const single = asRecord(spec.valueFromParameter);
    const oneof = asRecord(spec.valueFromOneof)?.parameterSelectors;
    const selectors = [];
    const at = [...path20, "outputs", "parameters", output];
    if (single) selectors.push([single, [...at, "valueFromParameter"]]);
    if (Array.isArray(oneof)) {
      oneof.forEach((s3, i) => {
        const r = asRecord(s3);
        if (r) selectors.push([r, [...at, "valueFromOneof", "parameterSelectors", i]]);
      });
    }
    for (const [sel, selAt] of selectors) {
      const producer = asString(sel.producerSubtask);
      const key = asString(sel.outputParameterKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      if (!p || key === void 0) continue;
      const produced = parameterType(p.defs.outputParameters[key]);
      if (produced === void 0) continue;
      if (!parametersCompatible(produced, declared) && declared !== "LIST") {
        scope.ctx.report(
          "types/mismatch",
          `output "${output}" of "${scope.owner}" is declared ${declared}, but it surfaces output "${key}" of task "${producer}", which gives ${produced}`,
          selAt,
          { task: scope.owner }
        );
      }
    }
  }
  for (const [output, spec] of entriesOf(outputs?.artifacts)) {
    const declared = artifactType(scope.ownerDefs.outputArtifacts[output]);
    if (!declared) continue;
    const selectors = Array.isArray(spec.artifactSelectors) ? spec.artifactSelectors : [];
    selectors.forEach((s3, i) => {
      const sel = asRecord(s3);
      const producer = asString(sel?.producerSubtask);
      const key = asString(sel?.outputArtifactKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      const produced = p && key !== void 0 ? artifactType(p.defs.outputArtifacts[key]) : void 0;
      if (!produced) return;
      const ok = artifactsCompatible(produced, declared) || declared.list && artifactsCompatible({ ...produced, list: true }, declared);
      if (!ok) {
        scope.ctx.report(
          "types/mismatch",
          `output artifact "${output}" of "${scope.owner}" is declared ${showArtifact(declared)}, but it surfaces output "${key}" of task "${producer}", which gives ${showArtifact(produced)}`,
          [...path20, "outputs", "artifacts", output, "artifactSelectors", i],
          { task: scope.owner }
        );
      }
    });
  }
}
var checkTypes = (ctx) => {
  const components = asRecord(ctx.spec.components) ?? {};
  const entries = listComponents(ctx.spec);
  for (const entry of entries) {
    const component = entry.component;
    const dag = asRecord(component.dag);
    if (!dag) continue;
    const scope = {
      ctx,
      owner: entry.name,
      ownerDefs: definitions(component),
      tasks: asRecord(dag.tasks) ?? {},
      components
    };
    const dagPath = [...entry.path, "dag"];
    for (const [name, task] of entriesOf(scope.tasks)) {
      checkTaskInputs(scope, name, task, [...dagPath, "tasks", name]);
    }
    checkDagOutputs2(scope, dag, dagPath);
  }
};

// src/core/validate/index.ts
var MAX_FINDINGS = 200;
var CHECKS = [
  ["schema", checkSchema],
  ["naming", checkNaming],
  ["graph", checkGraph],
  ["types", checkTypes],
  ["placeholders", checkPlaceholders],
  ["platform", checkPlatform]
];
var PIPELINE_FIELDS = ["pipelineInfo", "root", "components", "deploymentSpec", "schemaVersion"];
function notAPipeline(loaded) {
  const top = Object.keys(loaded.spec);
  if (top.some((k2) => PIPELINE_FIELDS.includes(k2))) return void 0;
  const { line, column } = loaded.locate([]);
  const shown = top.slice(0, 5).map((k2) => JSON.stringify(k2)).join(", ");
  return {
    code: "load/not-a-pipeline",
    severity: "error",
    message: `this is not compiled KFP IR: it has none of ${PIPELINE_FIELDS.join(", ")} (its top-level keys: ${shown || "none"}); validate the YAML the KFP compiler wrote`,
    file: loaded.file,
    line,
    column
  };
}
function validateLoaded(loaded) {
  const stranger = notAPipeline(loaded);
  if (stranger) return [stranger];
  const found = [];
  const ctx = createContext(loaded, found);
  for (const [family, check] of CHECKS) {
    try {
      check(ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      found.push({
        code: "validate/internal-error",
        severity: "error",
        message: `the ${family} check failed on this document (${message}); please report it with the file`,
        file: loaded.file,
        line: 1,
        column: 1
      });
    }
  }
  return cap(inDocumentOrder(dedupe(found)), loaded.file);
}
function inDocumentOrder(found) {
  return found.map((d, i) => ({ d, i })).sort(
    (a, b2) => (a.d.line ?? 0) - (b2.d.line ?? 0) || (a.d.column ?? 0) - (b2.d.column ?? 0) || a.i - b2.i
  ).map(({ d }) => d);
}
function dedupe(found) {
  const seen = /* @__PURE__ */ new Set();
  return found.filter((d) => {
    const key = `${d.code}|${d.line}|${d.column}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function cap(found, file) {
  if (found.length <= MAX_FINDINGS) return found;
  const kept = found.slice(0, MAX_FINDINGS);
  kept.push({
    code: "validate/too-many-findings",
    severity: "notice",
    message: `${found.length - MAX_FINDINGS} more findings not shown; fix the ones above first`,
    file,
    line: kept[kept.length - 1]?.line ?? 1,
    column: 1
  });
  return kept;
}
function result(diagnostics) {
  return { valid: !diagnostics.some((d) => d.severity === "error"), diagnostics };
}
function validateBytes(bytes, file, limits = DEFAULT_LIMITS) {
  const loaded = loadSpecBytes(bytes, file, limits);
  if (!loaded.ok) return result([...loaded.diagnostics]);
  return result([...loaded.diagnostics, ...validateLoaded(loaded.loaded)]);
}

// src/commands/compile-pipelines.ts
function displayPath2(workingDirectory, absolute) {
  const rel = path7.relative(workingDirectory, absolute);
  if (rel === "") return ".";
  return !rel.startsWith("..") && !path7.isAbsolute(rel) ? rel : absolute;
}
function irFileName(pipelineName) {
  const cleaned = pipelineName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|[.-]+$/g, "");
  return `${cleaned || "pipeline"}.yaml`;
}
async function compilePipelines(options, deps) {
  const { common, outputDir: outputDir2 } = options;
  const wd = common.workingDirectory;
  const display = (p) => displayPath2(wd, p);
  const diagnostics = [];
  const configFile = options.ignoreConfig ? { exists: false } : deps.workspace.readConfig(common.configPath, display(common.configPath));
  if (configFile.exists) diagnostics.push(...configFile.diagnostics);
  if (configFile.exists && !configFile.config) return { compiled: [], diagnostics };
  let config = configFile.exists ? configFile.config : void 0;
  let patterns;
  let zero = false;
  if (options.sources.length > 0) {
    patterns = options.sources.map((pattern) => ({ pattern, base: wd }));
  } else if (config && configFile.exists) {
    const base2 = path7.dirname(common.configPath);
    patterns = config.pipelines.map((entry, entryIndex) => ({
      pattern: entry.source,
      base: base2,
      entry,
      entryIndex,
      at: {
        file: display(common.configPath),
        ...configFile.locate(["pipelines", entryIndex, "source"], "value")
      }
    }));
  } else if (options.requireConfig) {
    throw new UserError(configRequiredMessage(options.requireConfig, display(common.configPath)), [
      { code: "config/required", severity: "error", message: "no config file" }
    ]);
  } else {
    const found = await deps.workspace.findPipelines(
      wd,
      [outputDir2, path7.dirname(outputDir2)].filter((d) => d !== wd),
      deps.logger
    );
    config = zeroConfig(found);
    zero = true;
    patterns = config.pipelines.map((entry, entryIndex) => ({
      pattern: entry.source,
      base: wd,
      entry,
      entryIndex
    }));
    if (patterns.length === 0) {
      diagnostics.push({
        code: "config/no-pipelines-found",
        severity: "error",
        message: `${display(common.configPath)} does not exist and no pipeline was found in ${found.listing === "git" ? "the files git knows (tracked, or untracked and not ignored)" : "this folder"}: no Python module with a @dsl.pipeline and no compiled IR; name the sources (kfp-action compile pipelines/*.py) or list them in the config file (docs/config.md)`
      });
      return { compiled: [], diagnostics, config, zeroConfig: true };
    }
    const list = config.pipelines.map((p) => oneLine(p.source + (p.function ? `:${p.function}` : ""), 200)).join(", ");
    deps.logger.info(
      options.ignoreConfig ? `found ${patterns.length} pipeline source${patterns.length === 1 ? "" : "s"} in the repository (${list})` : `no ${display(common.configPath)}: found ${patterns.length} pipeline source${patterns.length === 1 ? "" : "s"} in the repository (${list}); the defaults of docs/config.md#without-a-config-file apply, and kfp-action init writes a config to change them`
    );
  }
  const discovery = deps.workspace.discoverSources(patterns, display);
  diagnostics.push(...discovery.diagnostics);
  const python = discovery.sources.filter((s3) => s3.kind === "python");
  const ir = discovery.sources.filter((s3) => s3.kind === "ir");
  mkdirSync(outputDir2, { recursive: true });
  const written = [];
  const available = [];
  if (python.length > 0) {
    const compiler = await deps.compiler();
    const env = await compiler.checkEnvironment();
    deps.logger.info(
      `compiling ${python.length} module${python.length === 1 ? "" : "s"} with kfp ${env.kfpVersion} (Python ${env.pythonVersion})`
    );
    const requests = python.map((s3) => ({
      source: s3.path,
      outputDir: outputDir2,
      importRoot: wd,
      ...s3.function ? { function: s3.function } : {},
      ...s3.name ? { name: s3.name } : {},
      ...options.pipeline ? { select: options.pipeline } : {},
      ...s3.explicit || s3.entryIndex !== void 0 ? { components: true } : {}
    }));
    const outcomes = await compiler.compileAll(requests);
    outcomes.forEach((outcome, i) => {
      const source = python[i];
      for (const d of outcome.diagnostics) {
        if (d.code === "compile/no-pipeline" && !source.explicit) {
          deps.logger.debug(`${display(source.path)}: no @dsl.pipeline, skipped`);
        } else diagnostics.push(d);
      }
      for (const a of outcome.available ?? []) {
        available.push(a.function === a.name ? a.name : `${a.name} (${a.function})`);
      }
      for (const p of outcome.pipelines) {
        written.push({
          name: p.name,
          source,
          file: p.outputFile,
          ...p.function ? { function: p.function } : {},
          ...p.kind === "component" ? { kind: "component" } : {}
        });
      }
    });
  }
  for (const source of ir) {
    const accepted = acceptIr(source, outputDir2, display, written, options.pipeline);
    if (zero && accepted.copyOf?.source.kind === "python") {
      deps.logger.info(
        oneLine(
          `${display(source.path)} is a compiled copy of pipeline ${accepted.copyOf.name} from ${display(accepted.copyOf.source.path)}; checking the Python source`
        )
      );
      continue;
    }
    diagnostics.push(...accepted.diagnostics);
    if (accepted.name) available.push(accepted.name);
    if (accepted.file && accepted.name)
      written.push({ name: accepted.name, source, file: accepted.file });
  }
  if (options.pipeline && written.length === 0 && !diagnostics.some(isError)) {
    diagnostics.push({
      code: "compile/pipeline-not-found",
      severity: "error",
      message: `no pipeline named "${options.pipeline}" (pipeline or function name) in the sources; pipelines found: ${available.join(", ") || "none"}`
    });
  }
  const compiled3 = [];
  for (const w2 of written) {
    const file = display(w2.file);
    const bytes = readFileSync5(w2.file);
    const header = brokenKfpHeader(bytes.toString("utf8"));
    const loaded = loadSpecBytes(bytes, file);
    const found = header ? [newlineDefault(header, w2.source.path, display)] : loaded.ok ? validateLoaded(loaded.loaded) : [...loaded.diagnostics];
    diagnostics.push(...found);
    compiled3.push({
      name: w2.name,
      source: display(w2.source.path),
      file,
      ...w2.function ? { function: w2.function } : {},
      ...w2.source.entryIndex !== void 0 ? { entryIndex: w2.source.entryIndex } : {},
      valid: !found.some(isError),
      ...w2.kind ? { kind: w2.kind } : {}
    });
  }
  return {
    compiled: compiled3,
    diagnostics,
    ...config ? { config } : {},
    ...zero ? { zeroConfig: true } : {}
  };
}
function newlineDefault(header, source, display) {
  let text2;
  try {
    text2 = source.endsWith(".py") ? readFileSync5(source, "utf8") : void 0;
  } catch {
    text2 = void 0;
  }
  const line = text2 === void 0 ? void 0 : parameterLine(text2, header.parameter);
  return brokenHeaderDiagnostic(header, {
    file: display(source),
    ...line !== void 0 ? { line } : {}
  });
}
function acceptIr(source, outputDir2, display, written, pipeline) {
  const shown = display(source.path);
  let bytes;
  try {
    bytes = readFileSync5(source.path);
  } catch (error) {
    const reason = error.code ?? String(error);
    return {
      diagnostics: [
        {
          code: "compile/unreadable",
          severity: "error",
          message: `cannot read the IR file (${reason})`,
          file: shown
        }
      ]
    };
  }
  const loaded = loadSpecBytes(bytes, shown);
  if (!loaded.ok) {
    return {
      diagnostics: source.explicit || source.entryIndex !== void 0 ? [...loaded.diagnostics] : []
    };
  }
  const info = loaded.loaded.spec.pipelineInfo;
  const name = typeof info?.name === "string" ? info.name : void 0;
  if (!name) {
    if (!source.explicit && source.entryIndex === void 0) return { diagnostics: [] };
    return {
      diagnostics: [
        {
          code: "compile/not-a-pipeline",
          severity: "error",
          message: "the file has no pipelineInfo.name, so it is not a compiled pipeline (KFP IR)",
          file: shown,
          line: 1,
          column: 1
        }
      ]
    };
  }
  if (source.name && source.name !== name) {
    return {
      diagnostics: [
        {
          code: "compile/name-not-found",
          severity: "error",
          message: `the config names pipeline "${source.name}" but this IR file is pipeline "${name}"`,
          file: shown,
          ...loaded.loaded.locate(["pipelineInfo", "name"])
        }
      ]
    };
  }
  if (pipeline && pipeline !== name) return { name, diagnostics: [] };
  const other = written.find((w2) => w2.name === name);
  if (other) {
    return {
      copyOf: { name, source: other.source },
      diagnostics: [
        {
          code: "compile/duplicate-name",
          severity: "error",
          message: `pipeline name "${name}" is also the name of a pipeline from ${display(other.source.path)}; rename one of them`,
          file: shown,
          ...loaded.loaded.locate(["pipelineInfo", "name"])
        }
      ]
    };
  }
  const file = path7.join(outputDir2, irFileName(name));
  if (path7.resolve(file) !== path7.resolve(source.path)) writeFileSync(file, bytes);
  return { name, file, diagnostics: [] };
}

// src/commands/check-pipelines.ts
var posix2 = (p) => p.split(path8.sep).join("/");
function loadIr(wd, file) {
  const result2 = loadSpecBytes(readFileSync6(path8.resolve(wd, file)), file);
  return result2.ok ? result2.loaded : void 0;
}
function onSource(d, entry, sourceText, model) {
  if (d.file !== entry.file) return d;
  if (!entry.source.endsWith(".py") || sourceText === void 0) {
    return { ...d, file: entry.source };
  }
  let line;
  if (d.task) {
    const task = [...model?.tasks.values() ?? []].find((t) => t.name === d.task);
    line = findingLine2(sourceText, {
      task: d.task,
      ...task ? { component: task.component } : {},
      ...d.path ? { path: d.path } : {}
    });
  }
  const param = /^root\.inputDefinitions\.parameters\.(.+)$/.exec(d.path ?? "")?.[1];
  if (line === void 0 && param) line = parameterLine(sourceText, param);
  const { column: _c, endLine: _e, endColumn: _ec, ...rest } = d;
  return {
    ...rest,
    file: entry.source,
    line: line ?? pipelineLine(sourceText),
    ...d.line ? { compiledAt: { file: d.file, line: d.line } } : {}
  };
}
async function compileBase(request, git, deps, zeroConfig2 = false) {
  const { common, baseSha } = request;
  if (!baseSha) return {};
  if (!await git.tryEnsureCommit(baseSha)) {
    return { failed: `base commit ${baseSha} is not in the clone and could not be fetched` };
  }
  return git.withWorktree(baseSha, async (dir) => {
    const rel = path8.relative(git.root, common.workingDirectory);
    const wd = path8.join(dir, rel);
    const configPath = path8.join(wd, path8.relative(common.workingDirectory, common.configPath));
    if (!existsSync4(configPath) && !zeroConfig2)
      return { failed: "the base commit has no config file" };
    try {
      const run5 = await compilePipelines(
        {
          common: { ...common, workingDirectory: wd, configPath },
          sources: [],
          outputDir: path8.join(request.workDir, "base")
        },
        { ...deps, edge: { ...deps.edge, report: () => {
        } } }
      );
      return { run: run5, wd };
    } catch (error) {
      if (error instanceof UserError) return { failed: error.message };
      throw error;
    }
  });
}
function baseStateOf(baseSha, base2, source, baseEntry, baseModel) {
  if (!baseSha || !base2.run) return "not-compared";
  if (baseEntry) return baseModel ? "compiled" : "failed";
  const broken = base2.run.diagnostics.some((d) => d.file === source && isError(d));
  return broken ? "failed" : "absent";
}
function removedPipelines(head, base2, failedSources, reasons) {
  if (!base2.run || !base2.wd) return [];
  const names = new Set(head.compiled.map((c2) => c2.name));
  const broken = new Set(head.diagnostics.filter((d) => isError(d) && d.file).map((d) => d.file));
  const out = [];
  for (const b2 of base2.run.compiled) {
    if (names.has(b2.name) || failedSources.has(b2.source) || broken.has(b2.source)) continue;
    const loaded = loadIr(base2.wd, b2.file);
    if (!loaded) continue;
    const model = reviewModel(loaded.spec, loaded.platform);
    reasons.set(b2.name, `it exists at the base and this change removes it (${b2.source})`);
    out.push({
      pipeline: b2.name,
      source: b2.source,
      compiled: false,
      valid: false,
      removed: true,
      diagnostics: [],
      policy: [],
      base: model,
      diff: removalDiff(model),
      baseState: "compiled",
      baseDigest: `sha256:${specDigest(loaded.spec)}`
    });
  }
  return out;
}
async function analyse(request, deps) {
  const { common } = request;
  const wd = common.workingDirectory;
  const log = deps.logger;
  const head = await compilePipelines(
    { common, sources: [], outputDir: path8.join(request.workDir, "head") },
    deps
  );
  const config = head.config;
  const git = await deps.git();
  let changed;
  if (request.baseSha && !request.checkAll) {
    if (await git.tryEnsureCommit(request.baseSha)) {
      const files = await git.changedFiles(request.baseSha, "HEAD");
      changed = files.map((f2) => posix2(path8.relative(wd, path8.join(git.root, f2))));
    } else {
      log.warning(`base commit ${request.baseSha} is not available; checking every pipeline`);
    }
  }
  const readCache = /* @__PURE__ */ new Map();
  const read = (file) => {
    if (!readCache.has(file)) {
      const abs = path8.resolve(wd, file);
      readCache.set(
        file,
        file.startsWith("..") || !existsSync4(abs) ? void 0 : readFileSync6(abs, "utf8")
      );
    }
    return readCache.get(file);
  };
  const configDir = posix2(path8.relative(wd, path8.dirname(common.configPath)));
  const configFile = posix2(path8.relative(wd, common.configPath));
  const reasons = /* @__PURE__ */ new Map();
  if (changed === void 0) {
    for (const c2 of head.compiled)
      reasons.set(c2.name, request.checkAll ? "check-all is set" : "no base commit to compare with");
  } else {
    const found = affectedPipelines(
      head.compiled.map((c2) => {
        const entry = c2.entryIndex !== void 0 ? config?.pipelines[c2.entryIndex] : void 0;
        return {
          name: c2.name,
          source: posix2(c2.source),
          imports: c2.source.endsWith(".py") ? importClosure(posix2(c2.source), read) : /* @__PURE__ */ new Set([posix2(c2.source)]),
          dependsOn: (entry?.dependsOn ?? []).map((g2) => path8.posix.join(configDir, g2))
        };
      }),
      changed,
      configFile
    );
    for (const a of found) reasons.set(a.name, a.reason);
  }
  const pipelineFiles = new Set(head.compiled.flatMap((c2) => [c2.file, c2.source]));
  const stray = head.diagnostics.filter((d) => !d.file || !pipelineFiles.has(d.file));
  const failedSources = /* @__PURE__ */ new Map();
  const general = [];
  for (const d of stray) {
    const isSource = d.file && (d.file.endsWith(".py") || /\.(ya?ml|json)$/.test(d.file)) && d.file !== configFile;
    if (isSource && d.code.startsWith("compile/") && (changed === void 0 || changed.includes(posix2(d.file)))) {
      failedSources.set(d.file, [...failedSources.get(d.file) ?? [], d]);
    } else if (!isSource || changed === void 0) {
      general.push(d);
    }
  }
  const affected = head.compiled.filter((c2) => reasons.has(c2.name));
  const mayHaveRemoved = head.config !== void 0 && (changed === void 0 ? request.checkAll : changed.some(
    (f2) => f2 === configFile || !f2.startsWith("..") && !existsSync4(path8.resolve(wd, f2))
  ));
  let base2 = {};
  if (affected.length || failedSources.size || request.baseSha && mayHaveRemoved)
    base2 = await compileBase(request, git, deps, head.zeroConfig);
  if (base2.failed) log.info(`not compared with the base: ${base2.failed}`);
  const results = [];
  for (const c2 of affected) {
    const loaded = loadIr(wd, c2.file);
    const headModel = loaded ? reviewModel(loaded.spec, loaded.platform) : void 0;
    const sourceText = read(posix2(c2.source));
    const baseEntry = base2.run?.compiled.find((b2) => b2.name === c2.name);
    const baseLoaded = baseEntry && base2.wd ? loadIr(base2.wd, baseEntry.file) : void 0;
    const baseModel = baseLoaded ? reviewModel(baseLoaded.spec, baseLoaded.platform) : void 0;
    const own = head.diagnostics.filter((d) => d.file === c2.file || d.file === c2.source);
    const policy = loaded ? checkPolicy(loaded, config?.policy) : [];
    const baseState = baseStateOf(request.baseSha, base2, c2.source, baseEntry, baseModel);
    const schedules = reviewSchedules({
      pipeline: c2.name,
      ...loaded ? { spec: loaded.spec } : {},
      ...c2.entryIndex !== void 0 && config ? { head: config.pipelines[c2.entryIndex] } : {},
      ...c2.entryIndex !== void 0 ? { headIndex: c2.entryIndex } : {},
      ...baseEntry?.entryIndex !== void 0 && base2.run?.config ? { base: base2.run.config.pipelines[baseEntry.entryIndex] } : {},
      compared: base2.run?.config !== void 0,
      configFile
    });
    results.push({
      pipeline: c2.name,
      source: c2.source,
      compiled: loaded !== void 0,
      valid: c2.valid && schedules.diagnostics.length === 0,
      diagnostics: [
        ...own.map((d) => onSource(d, c2, sourceText, headModel)),
        ...schedules.diagnostics
      ],
      policy: policy.map((d) => onSource(d, c2, sourceText, headModel)),
      ...headModel ? { head: headModel, diff: diffModels(baseModel, headModel) } : {},
      ...baseModel ? { base: baseModel } : {},
      baseState,
      ...loaded ? { headDigest: `sha256:${specDigest(loaded.spec)}` } : {},
      ...baseLoaded ? { baseDigest: `sha256:${specDigest(baseLoaded.spec)}` } : {},
      ...schedules.changes?.length ? { schedules: schedules.changes } : {}
    });
    log.info(`${c2.name}: checked because ${reasons.get(c2.name)}`);
  }
  if (head.config !== void 0) {
    results.push(...removedPipelines(head, base2, failedSources, reasons));
  }
  for (const [file, diagnostics] of failedSources) {
    const name = path8.basename(file).replace(/\.[^.]+$/, "");
    reasons.set(name, `${file} changed and does not compile`);
    results.push({
      pipeline: name,
      source: file,
      compiled: false,
      valid: false,
      diagnostics,
      policy: [],
      baseState: "not-compared"
    });
  }
  let kfpVersion;
  if (head.compiled.some((c2) => c2.source.endsWith(".py"))) {
    kfpVersion = (await (await deps.compiler()).checkEnvironment()).kfpVersion;
  }
  return {
    results,
    general,
    reasons,
    ...kfpVersion ? { kfpVersion } : {},
    ...head.zeroConfig ? { zeroConfig: true } : {}
  };
}

// src/commands/check.ts
var KFP_ACTION_VERSION = VERSION;
async function publish(settings, deps, analysis, ctx, event, workDir) {
  const { edge, logger } = deps;
  const comments = analysis.results.map((r) => ({
    pipeline: r.pipeline,
    marker: commentMarker(r.pipeline),
    ...renderPrComment(r, ctx)
  }));
  const commentDir = path9.join(workDir, "comments");
  mkdirSync2(commentDir, { recursive: true });
  const saved = [];
  comments.forEach((c2, i) => {
    const file = `${String(i + 1).padStart(2, "0")}.md`;
    writeFileSync2(path9.join(commentDir, file), c2.body);
    saved.push({ pipeline: c2.pipeline, marker: c2.marker, file });
    if (c2.cut.length)
      logger.warning(`${c2.pipeline}: comment cut to fit GitHub's limit (${c2.cut.join(", ")})`);
  });
  if (event.number !== void 0) {
    const manifest = {
      pullRequest: event.number,
      headSha: ctx.headSha,
      comments: saved
    };
    writeFileSync2(path9.join(commentDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  }
  if (!settings.comment || event.number === void 0) return;
  const conclusive = !analysis.general.some(isError) && analysis.results.every((r) => r.compiled || r.removed);
  if (!comments.length && !conclusive) return;
  if (event.fromFork) {
    logger.info(
      `pull request #${event.number} comes from a fork: its token cannot comment. The comments are saved in ${commentDir}; the kfp-pr-comment workflow posts them.`
    );
    return;
  }
  if (!settings.token) {
    if (!comments.length) return;
    throw new UserError(
      "no GitHub token to comment with: set the github-token input (default: ${{ github.token }}) or comment: false",
      [{ code: "github/no-token", severity: "error", message: "github-token is empty" }]
    );
  }
  const { retireStickyComments, upsertStickyComment: upsertStickyComment2 } = await import("./sticky-comment-LFXLNZ3M.js");
  const github = await deps.github(settings.token);
  for (const c2 of comments) {
    const result2 = await upsertStickyComment2(
      github,
      {
        issue: event.number,
        marker: c2.marker,
        body: c2.body,
        sameContent: sameStableContent
      },
      logger.withNamespace(c2.pipeline)
    );
    edge.print(`${c2.pipeline}: comment ${result2.action} (${result2.comment.htmlUrl})`);
  }
  if (!conclusive) return;
  const retired = await retireStickyComments(
    github,
    {
      issue: event.number,
      markerPrefix: CHECK_MARKER_PREFIX,
      keep: new Set(comments.map((c2) => c2.marker)),
      body: (marker) => renderNoLongerChanged(marker, ctx),
      sameContent: sameStableContent
    },
    logger
  );
  for (const r of retired) {
    edge.print(`no longer changed by this PR: comment ${r.action} (${r.comment.htmlUrl})`);
  }
}
var checkCommand = {
  name: "check",
  summary: "pull-request check: compile, validate, diff against the base, policy, sticky comments",
  usage: [
    "Usage: kfp-action check [--base REV] [--check-all] [--sarif-file FILE] [--output-dir DIR]",
    "",
    "Finds the pipelines a change affects (their source, a module they import, the config file or",
    "a dependsOn glob changed), compiles and validates them at HEAD and at the base revision (in a",
    "temporary git worktree), and prints the semantic diff and the policy findings. In a",
    "pull_request workflow it also posts one sticky comment per pipeline.",
    "",
    "  --base REV          revision to compare with (default: the pull request base; none: no diff)",
    "  --check-all         check every configured pipeline",
    "  --sarif-file FILE   also write the findings as SARIF 2.1.0",
    "  --output-dir DIR    where reports go (DIR/check; default: .kfp-action)",
    "",
    "Exit: 0 every checked pipeline passed, 1 one failed (compile, validation or a policy error), 2 usage."
  ].join("\n"),
  cliFlags: { values: ["base", "sarif-file", "output-dir"], switches: ["check-all"] },
  fromArgs: (args, common) => {
    const sarif = flag(args, "sarif-file");
    const base2 = flag(args, "base");
    return {
      common,
      outputDir: outputBase(common, flag(args, "output-dir")),
      checkAll: parseBoolean("--check-all", flag(args, "check-all"), false),
      comment: false,
      token: "",
      ...sarif ? { sarifFile: path9.resolve(common.workingDirectory, sarif) } : {},
      ...base2 ? { base: base2 } : {}
    };
  },
  fromInputs: (input, common) => {
    const sarif = input("sarif-file");
    return {
      common,
      outputDir: outputBase(common, input("output-dir")),
      checkAll: parseBoolean("input check-all", input("check-all"), false),
      comment: parseBoolean("input comment", input("comment"), true),
      token: input("github-token"),
      ...sarif ? { sarifFile: path9.resolve(common.workingDirectory, sarif) } : {}
    };
  },
  async run(settings, deps) {
    const { env, edge, logger } = deps;
    const event = readPullRequestEvent(env);
    const git = await deps.git();
    let baseSha = event.baseSha;
    if (settings.base) {
      baseSha = await git.tryResolveCommit(settings.base);
      if (!baseSha) {
        throw new UserError(
          `--base ${settings.base} names no commit of this repository; give a branch, tag or sha (e.g. origin/main after git fetch)`,
          [
            {
              code: "check/bad-base",
              severity: "error",
              message: `unknown revision ${settings.base}`
            }
          ],
          2
        );
      }
    }
    if (!baseSha && !settings.checkAll) {
      logger.info(
        "no base commit (not a pull_request event and no --base): checking every pipeline without a diff"
      );
    }
    const workDir = path9.join(settings.outputDir, "check");
    mkdirSync2(workDir, { recursive: true });
    const analysis = await analyse(
      {
        common: settings.common,
        workDir,
        checkAll: settings.checkAll,
        ...baseSha ? { baseSha } : {}
      },
      deps
    );
    const headSha = event.headSha ?? env.GITHUB_SHA ?? await git.tryResolveCommit("HEAD") ?? "HEAD";
    const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const repository = env.GITHUB_REPOSITORY ?? path9.basename(git.root);
    const ctx = {
      repository,
      serverUrl: server,
      headSha,
      ...baseSha ? { baseSha } : {},
      ...env.GITHUB_RUN_ID ? { reportUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
      version: KFP_ACTION_VERSION,
      ...analysis.kfpVersion ? { kfpVersion: analysis.kfpVersion } : {},
      ...analysis.zeroConfig ? { zeroConfig: true } : {},
      time: (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z").replace("T", " ")
    };
    const findings = [
      ...analysis.general,
      ...analysis.results.flatMap((r) => [...r.diagnostics, ...r.policy])
    ];
    edge.report(findings);
    const summary2 = renderSummary(analysis.results, ctx);
    const reportPath = path9.join(workDir, "report.md");
    writeFileSync2(reportPath, summary2);
    if (settings.sarifFile) {
      mkdirSync2(path9.dirname(settings.sarifFile), { recursive: true });
      const sarif = toSarif(findings, {
        name: "kfp-action",
        version: KFP_ACTION_VERSION,
        informationUri: "https://github.com/kfp-action/kfp-action"
      });
      writeFileSync2(settings.sarifFile, JSON.stringify(sarif, null, 2) + "\n");
    }
    for (const r of analysis.results) {
      edge.print(
        `${r.removed ? "removed" : passed(r) ? "passed" : "FAILED"} ${r.pipeline} (${analysis.reasons.get(r.pipeline) ?? ""})`
      );
    }
    const ok = !analysis.general.some(isError) && analysis.results.every(passed);
    edge.setOutput("valid", String(ok));
    edge.setOutput("changed-pipelines", JSON.stringify(analysis.results.map((r) => r.pipeline)));
    edge.setOutput(
      "report-path",
      path9.relative(settings.common.workingDirectory, reportPath) || reportPath
    );
    if (edge.kind === "action") await edge.appendSummary(summary2);
    else edge.print(summary2);
    await publish(settings, deps, analysis, ctx, event, workDir);
    if (!ok) logger.error("the check failed: see the findings above");
    return ok ? 0 : 1;
  }
};

// src/commands/compile.ts
function outputDir(common, base2) {
  return compiledDir(outputBase(common, base2));
}
function summary(compiled3, errors) {
  const rows = compiled3.map(
    (c2) => `| ${mdCell(c2.name)} | ${mdCode(c2.source)} | ${mdCode(c2.file)} | ${c2.valid ? "valid" : "invalid"} |`
  );
  return [
    `### kfp-action compile: ${compiled3.length} pipeline${compiled3.length === 1 ? "" : "s"}${errors ? `, ${errors} error${errors === 1 ? "" : "s"}` : ""}`,
    "",
    ...rows.length ? ["| pipeline | source | IR | validation |", "| --- | --- | --- | --- |", ...rows] : [],
    ""
  ].join("\n");
}
var compileCommand = {
  name: "compile",
  summary: "compile Python pipelines with the pinned KFP SDK into IR YAML, then validate it",
  usage: [
    "Usage: kfp-action compile [sources\u2026] [--output-dir DIR]",
    "",
    "Compiles each pipeline module with the KFP SDK (one IR file per outermost @dsl.pipeline,",
    "named after the pipeline; sub-pipelines are compiled into the pipelines that use them) and",
    "validates the result. A named module with components and no pipeline compiles to component",
    "YAML. Sources are paths or globs of .py modules or already compiled .yaml/.json IR; without",
    "any, the pipelines listed in the config file, or without a config file every pipeline found",
    "in the repository (docs/config.md).",
    "",
    "  --pipeline NAME    only this pipeline (pipeline or function name; a sub-pipeline too)",
    "  --output-dir DIR   base folder; IR goes to DIR/compiled (default: .kfp-action)",
    "",
    "Exit: 0 all compiled and valid, 1 a pipeline failed to compile or validate, 2 usage."
  ].join("\n"),
  cliFlags: { values: ["output-dir", "pipeline"], switches: [] },
  fromArgs: (args, common) => {
    const pipeline = flag(args, "pipeline");
    return {
      common,
      sources: [...args.positionals],
      outputDir: outputDir(common, flag(args, "output-dir")),
      ...pipeline ? { pipeline } : {}
    };
  },
  fromInputs: (input, common) => {
    const pipeline = input("pipeline").trim();
    return {
      common,
      sources: splitSourceList(input("pipelines")),
      outputDir: outputDir(common, input("output-dir")),
      ...pipeline ? { pipeline } : {}
    };
  },
  async run(settings, deps) {
    const run5 = await compilePipelines(settings, deps);
    deps.edge.report(run5.diagnostics);
    const errors = run5.diagnostics.filter(isError).length;
    for (const c2 of run5.compiled) {
      deps.edge.print(
        `${c2.valid ? "compiled" : "INVALID "} ${c2.name}: ${c2.source} -> ${c2.file}${c2.kind === "component" ? " (component)" : ""}`
      );
    }
    const listed3 = run5.compiled.map((c2) => ({ name: c2.name, source: c2.source, file: c2.file }));
    deps.edge.setOutput("compiled", JSON.stringify(listed3));
    deps.edge.setOutput("valid", String(errors === 0));
    if (deps.edge.kind === "action") await deps.edge.appendSummary(summary(run5.compiled, errors));
    if (errors > 0) {
      deps.logger.error(
        `${errors} error${errors === 1 ? "" : "s"}; ${run5.compiled.length} pipeline${run5.compiled.length === 1 ? "" : "s"} compiled`
      );
      return 1;
    }
    if (run5.compiled.length === 0) {
      deps.logger.error("no pipeline found in the sources (no @dsl.pipeline and no compiled IR)");
      return 1;
    }
    return 0;
  }
};

// src/commands/init.ts
import { existsSync as existsSync5, mkdirSync as mkdirSync3, mkdtempSync, readFileSync as readFileSync7, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir } from "node:os";
import path10 from "node:path";

// src/core/config/init.ts
var import_yaml4 = __toESM(require_dist(), 1);
var NAME = /^[a-z0-9][a-z0-9-]{0,127}$/;
var DECISION = /deploy/i;
function tasksOf(spec) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (dag) => {
    if (seen.has(dag)) return;
    seen.add(dag);
    for (const [task, t] of Object.entries(dag.dag?.tasks ?? {})) {
      const component = t.componentRef ? spec.components?.[t.componentRef.name] : void 0;
      if (!component) continue;
      if (component.dag) visit(component);
      else out.push({ task, component });
    }
  };
  visit(spec.root);
  return out;
}
function describePipeline(spec, source, fn) {
  const parameters = Object.entries(spec.root?.inputDefinitions?.parameters ?? {}).map(
    ([name2, p]) => ({
      name: name2,
      ...p.parameterType ? { type: p.parameterType } : {},
      ...p.defaultValue !== void 0 ? { defaultValue: p.defaultValue } : {}
    })
  );
  let decision;
  let model;
  const metrics = [];
  for (const { task, component } of tasksOf(spec)) {
    const outs = component.outputDefinitions ?? {};
    for (const [output, p] of Object.entries(outs.parameters ?? {})) {
      if (!decision && DECISION.test(output) && ["STRING", "BOOLEAN"].includes(p.parameterType ?? ""))
        decision = { task, output };
    }
    for (const [output, a] of Object.entries(outs.artifacts ?? {})) {
      const title = a.artifactType?.schemaTitle ?? "";
      if (!model && title === "system.Model" && !a.isArtifactList) model = { task, output };
      if (title === "system.Metrics" || title === "system.ClassificationMetrics")
        metrics.push({ task, output });
    }
  }
  const name = spec.pipelineInfo?.name;
  return {
    source,
    ...typeof name === "string" ? { name } : {},
    ...fn ? { function: fn } : {},
    parameters,
    ...decision ? { decision } : {},
    ...model ? { model } : {},
    metrics
  };
}
function value(v2) {
  return (0, import_yaml4.stringify)(v2, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}
function commentText(text2) {
  return text2.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").slice(0, 200);
}
var SCHEMA_URL = "https://raw.githubusercontent.com/kfp-action/kfp-action/v1/schema/kfp-action.schema.json";
function pipelineLines(p, several) {
  const out = [];
  const title = p.name ?? p.source;
  out.push(`  # ${commentText(title)}${p.note ? ` \u2014 ${commentText(p.note)}` : ""}`);
  out.push(`  - source: ${value(p.source)}`);
  if (p.name && NAME.test(p.name)) out.push(`    name: ${value(p.name)}`);
  if (p.function) out.push(`    function: ${value(p.function)}`);
  else if (several && p.name && !NAME.test(p.name))
    out.push(`    # name: (pipelineInfo.name ${value(p.name)} is not a valid config name)`);
  const withDefault = p.parameters.filter((x2) => x2.defaultValue !== void 0);
  const without = p.parameters.filter((x2) => x2.defaultValue === void 0);
  if (p.parameters.length) {
    out.push(
      "    # Runtime parameters (the compiled defaults; a run passes these values).",
      withDefault.length ? "    parameters:" : "    # parameters:"
    );
    for (const x2 of withDefault) out.push(`      ${value(x2.name)}: ${value(x2.defaultValue)}`);
    for (const x2 of without)
      out.push(
        `      # ${value(x2.name)}: \u2026  # no default (${commentText(x2.type ?? "any type")}): every run must pass it`
      );
  }
  if (p.decision) {
    out.push(
      `    # The pipeline's own verdict, guessed from the output "${commentText(p.decision.output)}" of ${commentText(p.decision.task)}.`,
      "    decision:",
      `      task: ${value(p.decision.task)}`,
      `      output: ${value(p.decision.output)}`,
      "      deployValues: ['true']"
    );
  } else {
    out.push(
      "    # decision: { task: eval-model, output: deploy }  # a task output that says whether to deploy"
    );
  }
  const metric = p.metrics[0];
  out.push(
    "    # Metric gates applied after a run (uncomment and set the names your pipeline logs):",
    "    # gates:",
    `    #   - { metric: accuracy${metric ? `, task: ${commentText(metric.task)}` : ""}, min: 0.9, maxRegression: 0.02 }`
  );
  if (p.model) {
    out.push(
      `    # The model promoted through the environments: ${commentText(p.model.task)}'s "${commentText(p.model.output)}" artifact.`,
      "    model:",
      `      task: ${value(p.model.task)}`,
      `      artifact: ${value(p.model.output)}`,
      "      # servingContainer: europe-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-5:latest"
    );
  }
  return out;
}
function renderInitConfig(pipelines) {
  const levels = Object.entries(ZERO_CONFIG_POLICY).map(([k2, v2]) => `  ${k2}: ${v2}`);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    "# kfp-action config, written by `kfp-action init` from the pipelines of this repository.",
    "# Every key is described in docs/config.md; paths are relative to this file.",
    "version: 1",
    "",
    "# Vertex AI Pipelines, for `submit` on merge. Fill in and uncomment; docs/setup.md sets up",
    "# Google Cloud (Workload Identity Federation, service accounts) for the workflows.",
    "# vertex:",
    "#   project: my-project",
    "#   region: europe-west4",
    "#   pipelineRoot: gs://my-bucket/pipeline-root",
    "",
    "# Policy on the compiled pipelines in pull requests: off, warning or error per rule. These are",
    "# the levels used without a config; raise a rule to error to fail the check.",
    "policy:",
    ...levels,
    "  # allowedRegistries: [europe-docker.pkg.dev/my-project]",
    "  # maxTasks: 50",
    "",
    "pipelines:",
    ...pipelines.flatMap((p, i) => [...i ? [""] : [], ...pipelineLines(p, pipelines.length > 1)]),
    "",
    "# Promotion order for `promote` (GitHub Environments of the same names); see docs/promotion.md.",
    "# environments:",
    "#   - { name: staging, endpoint: my-model-staging, machineType: n1-standard-2 }",
    "#   - { name: production, endpoint: my-model, machineType: n1-standard-4 }",
    ""
  ].join("\n");
}

// src/commands/init.ts
var INIT_WORKFLOWS = [
  { starter: "pr-check.yml", target: ".github/workflows/kfp-pr-check.yml" },
  { starter: "pr-comment.yml", target: ".github/workflows/kfp-pr-comment.yml" }
];
var USAGE = [
  "Usage: kfp-action init [--force] [--dry-run]",
  "",
  "Finds the pipelines of this repository (Python modules with a @dsl.pipeline, compiled IR),",
  "compiles them with the pinned KFP SDK, and writes:",
  "  kfp-action.yaml                        the pipelines, their parameters with their defaults,",
  "                                         a guessed decision and model, gates and Vertex commented",
  "  .github/workflows/kfp-pr-check.yml     the pull-request check (starter)",
  "  .github/workflows/kfp-pr-comment.yml   posts the check of pull requests from forks (starter)",
  "",
  "  --force     overwrite files that exist (default: keep them)",
  "  --dry-run   print what would be written; write nothing",
  "",
  "Exit: 0 written (or kept), 1 no pipeline found or an error, 2 usage."
].join("\n");
async function describeAll(settings, deps) {
  const wd = settings.common.workingDirectory;
  const scratch = mkdtempSync(path10.join(tmpdir(), "kfp-action-init-"));
  try {
    const run5 = await compilePipelines(
      { common: settings.common, sources: [], outputDir: scratch, ignoreConfig: true },
      deps
    );
    deps.edge.report(run5.diagnostics);
    const entries = run5.config?.pipelines ?? [];
    const out = [];
    entries.forEach((entry, i) => {
      const compiled3 = run5.compiled.filter((c2) => c2.entryIndex === i);
      if (compiled3.length === 0) {
        const broken = run5.diagnostics.some(
          (d) => isError(d) && d.file === displayPath2(wd, path10.resolve(wd, entry.source))
        );
        out.push({
          source: entry.source,
          ...entry.function ? { function: entry.function } : {},
          parameters: [],
          metrics: [],
          note: broken ? "did not compile here (see the errors above); fill in its details by hand" : "no pipeline compiled from it here"
        });
      }
      for (const c2 of compiled3) {
        const loaded = loadSpecBytes(readFileSync7(path10.resolve(wd, c2.file)), c2.file);
        if (!loaded.ok) continue;
        out.push(
          describePipeline(
            loaded.loaded.spec,
            entry.source,
            entry.function
          )
        );
      }
    });
    return out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
var initCommand = {
  name: "init",
  summary: "write kfp-action.yaml and the starter workflows for the pipelines of this repository",
  usage: USAGE,
  cliFlags: { values: [], switches: ["force", "dry-run"] },
  fromArgs: (args, common) => ({
    common,
    force: parseBoolean("--force", flag(args, "force"), false),
    dryRun: parseBoolean("--dry-run", flag(args, "dry-run"), false)
  }),
  fromInputs: () => {
    throw new UserError(
      "init writes files into your clone: run it on your machine (npx kfp-action init), review and commit what it writes",
      [],
      2
    );
  },
  async run(settings, deps) {
    const { common } = settings;
    const wd = common.workingDirectory;
    const show5 = (p) => displayPath2(wd, p);
    const files = [
      {
        path: common.configPath,
        text: async () => {
          const pipelines = await describeAll(settings, deps);
          if (pipelines.length === 0) {
            throw new UserError(
              "no pipeline found in this repository (no Python module with a @dsl.pipeline, no compiled IR), so there is nothing to configure; see docs/config.md to write kfp-action.yaml by hand",
              []
            );
          }
          const text2 = renderInitConfig(pipelines);
          const check = loadConfig(text2, show5(common.configPath));
          if (check.diagnostics.some(isError)) {
            throw new Error(
              `init wrote a config its own schema refuses: ${check.diagnostics.map((d) => d.message).join("; ")}`
            );
          }
          return text2;
        }
      },
      ...INIT_WORKFLOWS.map((w2) => ({
        path: path10.join(wd, w2.target),
        text: () => deps.workspace.starterWorkflow(w2.starter)
      }))
    ];
    const wrote = [];
    for (const f2 of files) {
      const exists = existsSync5(f2.path);
      if (exists && !settings.force) {
        deps.edge.print(`kept ${show5(f2.path)} (it exists; --force overwrites it)`);
        continue;
      }
      const text2 = await f2.text();
      if (settings.dryRun) {
        deps.edge.print(
          `--- ${show5(f2.path)} (would ${exists ? "overwrite" : "write"}) ---
${text2}`
        );
        continue;
      }
      mkdirSync3(path10.dirname(f2.path), { recursive: true });
      writeFileSync3(f2.path, text2);
      wrote.push(show5(f2.path));
      deps.edge.print(`${exists ? "overwrote" : "wrote"} ${show5(f2.path)}`);
    }
    const config = show5(common.configPath);
    deps.edge.print(
      [
        "",
        "Next steps:",
        `  1. Review ${config}: the parameters, the guessed decision and model, the gates to uncomment.`,
        `  2. npx kfp-action check${config === "kfp-action.yaml" ? "" : ` --config ${config}`}   checks every pipeline with it, as the pull request will;`,
        "     npx kfp-action run <source>   runs one on this machine.",
        `  3. Commit ${config} and .github/workflows/, and open a pull request: each pipeline gets a comment.`,
        "  4. For Vertex AI: fill in `vertex:` and follow docs/setup.md (Workload Identity Federation,",
        "     service accounts, GitHub Environments), then use workflows/kfp-loop.yml for train and promote."
      ].join("\n")
    );
    if (settings.dryRun) deps.logger.info("dry run: nothing was written");
    return 0;
  }
};

// src/commands/post-comments.ts
import { existsSync as existsSync6, readFileSync as readFileSync8 } from "node:fs";
import path11 from "node:path";
function readRunHeadSha(env) {
  const payload = readEventPayload(env);
  const sha = payload?.workflow_run?.head_sha;
  if (!sha) {
    throw new UserError(
      "post-comments runs in a workflow triggered by workflow_run (the kfp-pr-comment workflow): the event has no workflow_run.head_sha",
      [
        {
          code: "github/not-workflow-run",
          severity: "error",
          message: "no workflow_run in the event"
        }
      ]
    );
  }
  return sha;
}
function readManifest(dir) {
  const file = path11.join(dir, "manifest.json");
  if (!existsSync6(file)) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(readFileSync8(file, "utf8"));
  } catch {
    parsed = void 0;
  }
  const m = typeof parsed === "object" && parsed !== null ? parsed : {};
  const ok = Number.isInteger(m.pullRequest) && (m.pullRequest ?? 0) > 0 && typeof m.headSha === "string" && Array.isArray(m.comments) && m.comments.every(
    (c2) => typeof c2?.marker === "string" && typeof c2?.pipeline === "string" && /^\d{1,4}\.md$/.test(String(c2?.file))
  );
  if (!ok) {
    throw new UserError(`${file} is not a kfp-action comment manifest; refusing to post anything`, [
      { code: "github/bad-saved-reports", severity: "error", message: "malformed manifest.json" }
    ]);
  }
  return m;
}
var postCommentsCommand = {
  name: "post-comments",
  summary: "post the PR comments a fork PR check saved (kfp-pr-comment workflow, workflow_run)",
  usage: [
    "Usage: kfp-action post-comments [--output-dir DIR]",
    "",
    "Posts the comments that `check` saved in DIR/check/comments (default .kfp-action) on the pull",
    "request named there, after checking that its head is the commit the saved run checked.",
    "Meant for a workflow triggered by workflow_run; needs pull-requests: write."
  ].join("\n"),
  cliFlags: { values: ["output-dir"], switches: [] },
  fromArgs: (args, common) => ({
    common,
    commentDir: path11.join(outputBase(common, flag(args, "output-dir")), "check", "comments"),
    token: ""
  }),
  fromInputs: (input, common) => ({
    common,
    commentDir: path11.join(outputBase(common, input("output-dir")), "check", "comments"),
    token: input("github-token")
  }),
  async run(settings, deps) {
    const { logger, edge } = deps;
    const manifest = readManifest(settings.commentDir);
    if (!manifest) {
      logger.info(`no saved comments in ${settings.commentDir}; nothing to post`);
      return 0;
    }
    const runHead = readRunHeadSha(deps.env);
    if (manifest.headSha !== runHead) {
      throw new UserError(
        `the saved comments are for commit ${manifest.headSha}, but the run that saved them checked ${runHead}; refusing to post`,
        [{ code: "github/bad-saved-reports", severity: "error", message: "head sha mismatch" }]
      );
    }
    const github = await deps.github(settings.token);
    const pull = await github.getPullRequest(manifest.pullRequest);
    if (pull.headSha !== runHead) {
      logger.warning(
        `pull request #${pull.number} is now at ${pull.headSha}, not ${runHead}: these comments are stale (a newer run will post its own); not posted`
      );
      return 0;
    }
    const { upsertStickyComment: upsertStickyComment2 } = await import("./sticky-comment-LFXLNZ3M.js");
    for (const c2 of manifest.comments) {
      const body = sanitizeSavedComment(
        readFileSync8(path11.join(settings.commentDir, c2.file), "utf8"),
        c2.marker
      );
      if (body === void 0) {
        logger.warning(
          `${c2.file}: not a kfp-action comment for ${c2.pipeline} (marker missing or too long); skipped`
        );
        continue;
      }
      const result2 = await upsertStickyComment2(
        github,
        {
          issue: pull.number,
          marker: c2.marker,
          body,
          sameContent: sameStableContent
        },
        logger
      );
      edge.print(`comment ${result2.action}: ${result2.comment.htmlUrl}`);
    }
    return 0;
  }
};

// src/core/vertex/run-result.ts
var OUTPUT_PREFIX = "output:";
function consoleUrl(location, jobId) {
  const r = encodeURIComponent(location.region);
  const p = encodeURIComponent(location.project);
  return `https://console.cloud.google.com/vertex-ai/locations/${r}/pipelines/runs/${encodeURIComponent(jobId)}?project=${p}`;
}
function jobIdOf(name) {
  return name.split("/").pop() ?? name;
}
function outputParametersOf(task) {
  const out = {};
  for (const [key, value2] of Object.entries(task.executionMetadata)) {
    if (!key.startsWith(OUTPUT_PREFIX) || key.length === OUTPUT_PREFIX.length) continue;
    if (value2 === void 0) continue;
    out[key.slice(OUTPUT_PREFIX.length)] = value2;
  }
  return out;
}
function artifactResult(outputName, a) {
  return {
    outputName,
    schemaTitle: a.schemaTitle ?? "",
    uri: a.uri ?? "",
    metadata: a.metadata ?? {},
    ...a.name ? { name: a.name } : {}
  };
}
function rootIds(tasks) {
  const parents = new Set(tasks.map((t) => t.parentTaskId).filter((p) => !!p));
  return new Set(
    tasks.filter((t) => !t.parentTaskId && parents.has(t.taskId)).map((t) => t.taskId)
  );
}
function toRunResult(job, context) {
  const roots = rootIds(job.tasks);
  const byId = new Map(job.tasks.map((t) => [t.taskId, t]));
  const tasks = job.tasks.filter((t) => !roots.has(t.taskId)).map((t) => {
    const parent = t.parentTaskId && !roots.has(t.parentTaskId) ? byId.get(t.parentTaskId)?.taskName : void 0;
    return {
      name: t.taskName,
      state: t.state,
      cached: t.state === "SKIPPED",
      ...parent ? { parent } : {},
      ...t.startTime ? { startTime: t.startTime } : {},
      ...t.endTime ? { endTime: t.endTime } : {},
      ...t.error ? { error: t.error } : {},
      outputParameters: outputParametersOf(t),
      outputArtifacts: Object.entries(t.outputs).flatMap(
        ([name, list]) => list.map((a) => artifactResult(name, a))
      )
    };
  });
  const id2 = jobIdOf(job.name);
  const outputs = pipelineOutputsOf(job.tasks.filter((t) => roots.has(t.taskId)));
  return {
    backend: "vertex",
    pipelineName: context.pipelineName,
    jobName: job.name,
    ...job.displayName ? { displayName: job.displayName } : {},
    state: job.state,
    url: consoleUrl(context.location, id2),
    ...job.createTime ? { createTime: job.createTime } : {},
    ...job.startTime ? { startTime: job.startTime } : {},
    ...job.endTime ? { endTime: job.endTime } : {},
    ...job.error ? { error: job.error } : {},
    ...context.specDigest ? { specDigest: context.specDigest } : {},
    parameters: context.parameters ?? job.parameterValues,
    tasks,
    ...outputs ? { outputs } : {}
  };
}
function pipelineOutputsOf(roots) {
  const root = roots[0];
  if (!root) return void 0;
  const parameters = outputParametersOf(root);
  const artifacts = Object.entries(root.outputs).flatMap(
    ([name, list]) => list.map((a) => artifactResult(name, a))
  );
  return Object.keys(parameters).length > 0 || artifacts.length > 0 ? { parameters, artifacts } : void 0;
}

// src/core/promotion/latest-run.ts
function runLabels(query) {
  return {
    [LABEL_KEYS.pipeline]: labelValue(query.pipeline),
    [LABEL_KEYS.commit]: labelValue(query.commit)
  };
}
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
var listed = (jobs, max = 5) => {
  const shown = jobs.slice(0, max).map((j2) => `${jobIdOf(j2.name)} (${j2.state})`).join(", ");
  return jobs.length > max ? `${shown} and ${jobs.length - max} more` : shown;
};
function pickLatestRun(jobs, query, where, limit) {
  const labels = runLabels(query);
  const ours = jobs.filter((j2) => Object.entries(labels).every(([k2, v2]) => j2.labels[k2] === v2)).map((job, index) => ({ job, index })).sort(
    (a, b2) => (b2.job.createTime ?? "").localeCompare(a.job.createTime ?? "") || a.index - b2.index
  ).map(({ job }) => job);
  const short3 = query.commit.slice(0, 7);
  const at = ours.findIndex((j2) => j2.state === "SUCCEEDED");
  if (at >= 0) return { found: true, job: ours[at], passedOver: ours.slice(0, at) };
  const selector = Object.entries(labels).map(([k2, v2]) => `${k2}=${v2}`).join(", ");
  if (ours.length === 0) {
    return {
      found: false,
      reason: `no pipeline job in ${where} carries the labels ${selector}: pipeline ${query.pipeline} was not submitted from commit ${short3} by kfp-action submit, or ran in another project or region; pass \`job-name\` (the job-name output of submit; CLI: --job-name)`
    };
  }
  const some = ours.length >= limit ? `the newest ${ours.length}` : `${ours.length}`;
  return {
    found: false,
    reason: `none of ${some} pipeline job${ours.length === 1 ? "" : "s"} of ${query.pipeline} at commit ${short3} succeeded (${listed(ours)}); only a SUCCEEDED run can be promoted: wait for it, or re-run the train workflow`
  };
}
function describePick(pick, query) {
  const created = pick.job.createTime ? ` (created ${pick.job.createTime})` : "";
  const over = pick.passedOver.length ? `; passed over newer jobs that did not succeed: ${listed(pick.passedOver)}` : "";
  return `no job-name given: promoting ${pick.job.name}, the newest SUCCEEDED run of ${query.pipeline} at commit ${query.commit.slice(0, 7)}${created}${over}`;
}

// src/core/promotion/aliases.ts
function aliasFor(environment) {
  let alias = environment.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^[^a-z]+/, "");
  if (alias === "") alias = "env";
  if (alias.length === 1) alias = `${alias}-env`;
  return alias.slice(0, 110);
}
function previousAliasFor(environment) {
  return `${aliasFor(environment)}-previous`;
}
function holderOf(versions, alias) {
  return versions.find((v2) => v2.aliases.includes(alias));
}

// src/core/promotion/rules.ts
var OUTSIDE_ACTIONS = { onGitHubActions: false, optOut: false };
var refuse = (code2, message) => ({
  code: `promote/${code2}`,
  severity: "error",
  message
});
function findEnvironment(environments, name) {
  const index = environments.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
  return index === -1 ? { index } : { index, settings: environments[index] };
}
function checkOidcEnvironment(environment, oidc, policy = OUTSIDE_ACTIONS) {
  if (oidc.kind === "unavailable") {
    const note = `the check that this job runs in the GitHub Environment "${environment}" was skipped: ${oidc.reason}`;
    if (!policy.onGitHubActions) return { note };
    if (policy.optOut) {
      const message = `${note}; \`skip-environment-check: true\` allowed it, so GitHub's reviewers and branch rules for "${environment}" are not proven to have applied`;
      return {
        note: message,
        skipped: { code: "promote/environment-check-skipped", severity: "warning", message }
      };
    }
    return {
      refusal: refuse(
        "no-oidc-token",
        `cannot prove that this job runs in the GitHub Environment "${environment}": ${oidc.reason}. Add \`permissions: id-token: write\` to the job (and \`environment: ${environment}\`), as kfp-promote.yml does; to go on without the check, set the input \`skip-environment-check: true\``
      )
    };
  }
  if (oidc.environment === void 0) {
    return {
      refusal: refuse(
        "wrong-environment",
        `this job is not bound to a GitHub Environment (its OIDC token has no environment claim${oidc.subject ? `; subject "${oidc.subject}"` : ""}), so GitHub's reviewers and branch rules for "${environment}" did not apply; set \`environment: ${environment}\` on the job that runs promote (kfp-promote.yml does)`
      )
    };
  }
  if (oidc.environment.toLowerCase() !== environment.toLowerCase()) {
    return {
      refusal: refuse(
        "wrong-environment",
        `this job runs in the GitHub Environment "${oidc.environment}" but promotes to "${environment}"; run the promotion to "${environment}" in a job with \`environment: ${environment}\``
      )
    };
  }
  return {};
}
function checkPromotion(facts) {
  const refusals = [];
  const notes = [];
  const names = facts.environments.map((e) => e.name);
  const { index, settings: target } = findEnvironment(facts.environments, facts.environment);
  if (!target) {
    refusals.push(
      refuse(
        "unknown-environment",
        names.length === 0 ? `the config file has no \`environments\` section, so "${facts.environment}" has no place in a promotion order; add \`environments: [{name: staging}, {name: production}]\`` : `environment "${facts.environment}" is not in the config's \`environments\` (${names.join(" \u2192 ")}); add it there or use one of those names`
      )
    );
  }
  if (facts.decision !== "deploy") {
    const why = facts.decisionReasons.length ? `: ${facts.decisionReasons.join("; ")}` : "";
    refusals.push(
      refuse(
        "decision-not-deploy",
        `run ${facts.runName} was not cleared for deployment (decision: ${facts.decision})${why}`
      )
    );
  }
  const previous = index > 0 ? facts.environments[index - 1] : void 0;
  if (previous) {
    const holder = holderOf(facts.versions, aliasFor(previous.name));
    const candidate = facts.candidate?.versionId;
    if (!candidate || !holder || holder.versionId !== candidate) {
      const holds = holder ? `holds version ${holder.versionId}` : "holds no version of this model";
      const version = candidate ? `version ${candidate}` : `the model of run ${facts.runName}`;
      refusals.push(
        refuse(
          "previous-stage-missing",
          `"${previous.name}" comes before "${target.name}" and ${holds}, not ${version}; promote this run to "${previous.name}" first`
        )
      );
    }
  }
  const oidc = checkOidcEnvironment(facts.environment, facts.oidc, facts.oidcPolicy);
  if (oidc.refusal) refusals.push(oidc.refusal);
  if (oidc.note) notes.push(oidc.note);
  return {
    allowed: refusals.length === 0,
    refusals,
    notes,
    ...oidc.skipped ? { warnings: [oidc.skipped] } : {},
    ...previous ? { previous } : {},
    ...target ? { target } : {}
  };
}

// src/core/promotion/summary.ts
var VERDICT = {
  done: (a) => a === "promote" ? "promoted \u2705" : "rolled back \u21A9\uFE0F",
  refused: () => "refused \u26D4",
  failed: () => "failed \u274C"
};
function link(text2, url) {
  return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${text2}](${url})` : text2;
}
function trafficText(endpoint) {
  const parts = endpoint.deployedModels.map((d) => {
    const share = endpoint.trafficSplit[d.id] ?? 0;
    return `v${mdText(d.versionId || "?")} ${share}%`;
  });
  return parts.length ? parts.join(" \xB7 ") : "nothing deployed";
}
function renderPromotionSummary(s3) {
  const lines = [
    `### ${mdCode(s3.pipeline)} \u2192 ${mdCode(s3.environment)}: ${VERDICT[s3.outcome](s3.action)}`,
    ""
  ];
  if (s3.problems.length) {
    for (const p of s3.problems) lines.push(`- ${mdText(p)}`);
    lines.push("");
  }
  const rows = [];
  if (s3.runId) {
    const decision = s3.decision ? ` \xB7 decision ${mdCell(s3.decision)}` : "";
    rows.push(["run", `${link(mdCode(s3.runId), s3.runUrl)}${decision}`]);
  }
  if (s3.version)
    rows.push([
      "model version",
      `${mdCode(s3.version)}${s3.versionNote ? ` (${mdCell(s3.versionNote)})` : ""}`
    ]);
  if (s3.endpoint) {
    rows.push(["endpoint", link(mdCode(s3.endpoint.displayName || s3.endpoint.name), s3.endpointUrl)]);
    rows.push(["traffic", trafficText(s3.endpoint)]);
  }
  if (rows.length) {
    lines.push("| | |", "| --- | --- |", ...rows.map(([k2, v2]) => `| ${k2} | ${v2} |`), "");
  }
  for (const n of s3.notes) lines.push(`> ${mdText(n)}`, "");
  return lines.join("\n");
}

// src/core/vertex/attach.ts
var SPEC_LABEL = "kfp-spec";
var WORKFLOW_RUN_LABEL = "kfp-workflow-run";
function specLabelValue(digest) {
  return digest.replace(/^sha256:/, "").slice(0, 40);
}
var show3 = (v2) => v2 === void 0 ? "unset" : JSON.stringify(v2).slice(0, 60);
function compareSubmission(existing, wanted) {
  const label2 = existing.labels[SPEC_LABEL];
  if (!label2) {
    return {
      same: false,
      reason: `it has no ${SPEC_LABEL} label, so kfp-action cannot tell which spec it runs`
    };
  }
  if (label2 !== wanted.specLabel) {
    return {
      same: false,
      reason: `it runs another spec (sha256:${label2.slice(0, 12)}\u2026, this one is sha256:${wanted.specLabel.slice(0, 12)}\u2026)`
    };
  }
  const names = [
    .../* @__PURE__ */ new Set([...Object.keys(existing.parameterValues), ...Object.keys(wanted.parameters)])
  ].sort();
  const differing = names.filter(
    (n) => canonicalJson(existing.parameterValues[n] ?? null) !== canonicalJson(wanted.parameters[n] ?? null) || n in existing.parameterValues !== n in wanted.parameters
  );
  if (differing.length > 0) {
    const list = differing.slice(0, 5).map(
      (n) => `${n} ${show3(existing.parameterValues[n])} there, ${show3(wanted.parameters[n])} now`
    ).join("; ");
    return {
      same: false,
      reason: `it ran with other parameter values (${list}${differing.length > 5 ? `; and ${differing.length - 5} more` : ""})`
    };
  }
  return { same: true };
}
function attachReason(existing, workflowRunLabel2) {
  const own = existing.labels[WORKFLOW_RUN_LABEL];
  return workflowRunLabel2 && own === workflowRunLabel2 ? "lost-answer" : "earlier-run";
}

// src/core/vertex/job-id.ts
var JOB_ID_PATTERN = /^[a-z][-a-z0-9]{0,127}$/;
var MAX_ID = 128;
function pipelineJobId(pipelineName, commit, attempt) {
  const sha = (commit.toLowerCase().match(/[0-9a-f]/g) ?? []).join("").slice(0, 7) || "nocommit";
  const suffix = `-${sha}-${Math.max(1, Math.floor(attempt))}`;
  let name = pipelineName.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "");
  if (name === "") name = "pipeline";
  const room = MAX_ID - suffix.length;
  if (name !== pipelineName || name.length > room) {
    const hash = `-${shortHash(pipelineName)}`;
    if (name !== pipelineName && name.length + hash.length <= room) name = `${name}${hash}`;
    else if (name.length > room)
      name = `${name.slice(0, room - hash.length).replace(/-+$/, "")}${hash}`;
  }
  return `${name}${suffix}`;
}
function labelKey(key) {
  const clean = key.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
  const lettered = /^[a-z]/.test(clean) ? clean : `l${clean}`;
  return lettered.length <= 63 ? lettered : labelValue(lettered).slice(0, 63);
}
function workflowRunLabel(origin) {
  if (!origin.workflowRun) return void 0;
  return labelValue(
    origin.workflowRunAttempt ? `${origin.workflowRun}-${origin.workflowRunAttempt}` : origin.workflowRun
  );
}
var MAX_LABELS = 63;
function jobLabels(origin, user = {}) {
  const labels = {};
  const changed = [];
  for (const [k2, v2] of Object.entries(user)) {
    const key = labelKey(k2);
    const value2 = labelValue(String(v2));
    if (key !== k2 || value2 !== v2) changed.push(`${k2}=${v2} \u2192 ${key}=${value2}`);
    labels[key] = value2;
  }
  const own = {
    "managed-by": "kfp-action",
    // The keys promote looks runs up by (src/core/promotion/labels.ts): one definition.
    [LABEL_KEYS.pipeline]: labelValue(origin.pipeline)
  };
  if (origin.repository) own[LABEL_KEYS.repository] = labelValue(origin.repository);
  if (origin.commit) own[LABEL_KEYS.commit] = labelValue(origin.commit);
  const run5 = workflowRunLabel(origin);
  if (run5) own[WORKFLOW_RUN_LABEL] = run5;
  if (origin.specDigest) own[SPEC_LABEL] = specLabelValue(origin.specDigest);
  Object.assign(labels, own);
  const keys = Object.keys(labels);
  if (keys.length > MAX_LABELS) {
    const drop = keys.filter((k2) => !(k2 in own)).slice(MAX_LABELS - keys.length);
    for (const k2 of drop) {
      changed.push(`${k2} dropped (Vertex allows ${MAX_LABELS + 1} labels)`);
      delete labels[k2];
    }
  }
  return { labels, changed };
}

// src/commands/comments/merged-pull.ts
async function findMergedPullRequest(github, commit, defaultBranch) {
  const branch = defaultBranch ?? await github.getDefaultBranch();
  const pulls = await github.listPullRequestsForCommit(commit);
  const merged = pulls.filter(
    (p) => p.mergedAt !== null && p.baseRef === branch && p.mergeCommitSha === commit
  );
  if (merged.length === 1) return { found: true, pull: merged[0] };
  if (merged.length > 1) {
    const numbers = merged.map((p) => `#${p.number}`).join(", ");
    return {
      found: false,
      reason: `several pull requests (${numbers}) name ${commit} as their merge commit`
    };
  }
  const seen = pulls.length ? ` (it belongs to ${pulls.map((p) => `#${p.number}`).join(", ")}, none merged into ${branch} as this commit)` : "";
  return {
    found: false,
    reason: `no pull request was merged into ${branch} as commit ${commit}${seen}`
  };
}

// src/core/promotion/timeline.ts
var TIMELINE_START = "<!-- kfp-action:promotion:start -->";
var TIMELINE_END = "<!-- kfp-action:promotion:end -->";
var STATE_PREFIX = "<!-- kfp-action:promotion-state:";
var MAX_REASON = 600;
var ICON3 = {
  done: "\u2705",
  waiting: "\u23F3",
  refused: "\u26D4",
  failed: "\u274C",
  "rolled-back": "\u21A9\uFE0F"
};
function formatTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return mdText(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}
function describeStep(step) {
  const env = mdText(step.environment);
  const v2 = step.version ? ` v${mdText(step.version)}` : "";
  const at = step.at ? ` at ${formatTime(step.at)}` : "";
  const url = mdUrl(step.url, true);
  const link2 = (text2) => url ? `[${text2}](${url})` : text2;
  switch (step.status) {
    case "done":
      return `${env} ${ICON3.done} ${link2(`${v2.trim()}${at}`.trim() || "done")}`;
    case "waiting":
      return `${env} ${ICON3.waiting} waiting for approval in ${mdCode(step.environment)}${v2 ? ` (next:${v2})` : ""}`;
    case "refused":
      return `${env} ${ICON3.refused} ${link2(`refused${at}`)}`;
    case "failed":
      return `${env} ${ICON3.failed} ${link2(`failed${v2 ? ` for${v2}` : ""}${at}`)}`;
    case "rolled-back":
      return `${env} ${ICON3["rolled-back"]} ${link2(`rolled back to${v2}${at}`)}`;
  }
}
function renderTimeline(timeline) {
  const lines = [TIMELINE_START];
  if (timeline.steps.length === 0) {
    lines.push("**Promotion** \xB7 not started");
  } else {
    lines.push(`**Promotion** \xB7 ${timeline.steps.map(describeStep).join(" \xB7 ")}`);
    const notes = timeline.steps.filter((s3) => s3.reason);
    for (const s3 of notes) {
      const label2 = s3.status === "rolled-back" ? "rollback" : s3.status;
      lines.push(
        "",
        `> ${mdText(s3.environment)} ${label2}: ${mdText(truncate(s3.reason, MAX_REASON))}`
      );
    }
  }
  lines.push(`${STATE_PREFIX}${encodeState(timeline)} -->`, TIMELINE_END);
  return lines.join("\n");
}
function encodeState(timeline) {
  return Buffer.from(JSON.stringify(timeline), "utf8").toString("base64");
}
function isStep(value2) {
  if (typeof value2 !== "object" || value2 === null) return false;
  const s3 = value2;
  const optionalString = (k2) => s3[k2] === void 0 || typeof s3[k2] === "string";
  return typeof s3.environment === "string" && typeof s3.status === "string" && s3.status in ICON3 && ["version", "at", "reason", "url"].every(optionalString);
}
function readTimeline(body) {
  const start = body.indexOf(STATE_PREFIX);
  if (start === -1) return { steps: [] };
  const end = body.indexOf(" -->", start);
  if (end === -1) return { steps: [] };
  try {
    const json = JSON.parse(
      Buffer.from(body.slice(start + STATE_PREFIX.length, end), "base64").toString("utf8")
    );
    const steps = json.steps;
    return { steps: Array.isArray(steps) ? steps.filter(isStep) : [] };
  } catch {
    return { steps: [] };
  }
}
function withStep(timeline, step, order) {
  const key = (name) => name.toLowerCase();
  const byEnv = new Map(timeline.steps.map((s3) => [key(s3.environment), s3]));
  byEnv.set(key(step.environment), step);
  const index = order.findIndex((n) => key(n) === key(step.environment));
  const next = index >= 0 ? order[index + 1] : void 0;
  if (next && step.status === "done") {
    const existing = byEnv.get(key(next));
    if (!existing || existing.version !== step.version || existing.status !== "done") {
      byEnv.set(key(next), {
        environment: next,
        status: "waiting",
        ...step.version ? { version: step.version } : {}
      });
    }
  }
  const rank = (s3) => {
    const i = order.findIndex((n) => key(n) === key(s3.environment));
    return i === -1 ? order.length : i;
  };
  return { steps: [...byEnv.values()].sort((a, b2) => rank(a) - rank(b2)) };
}
function upsertTimeline(body, section) {
  const start = body.indexOf(TIMELINE_START);
  const end = body.indexOf(TIMELINE_END);
  if (start !== -1 && end > start) {
    return body.slice(0, start) + section + body.slice(end + TIMELINE_END.length);
  }
  const footer2 = body.lastIndexOf("\n<sub>");
  if (footer2 !== -1) return `${body.slice(0, footer2)}
${section}
${body.slice(footer2)}`;
  return `${body.replace(/\n*$/, "")}

${section}
`;
}
function carryTimeline(previous, next) {
  const start = previous.indexOf(TIMELINE_START);
  const end = previous.indexOf(TIMELINE_END);
  if (start === -1 || end < start || next.includes(TIMELINE_START)) return next;
  return upsertTimeline(next, previous.slice(start, end + TIMELINE_END.length));
}

// src/core/report/merge-report.ts
function reviewedNote(v2) {
  const digest = mdCode(v2.digest);
  return v2.kind === "reviewed" ? `\u2705 spec ${digest} \u2014 the one checked in PR ${mdText(`#${v2.pull}`)}` : `> [!CAUTION]
> spec ${digest} differs from what the PR check saw, because ${mdText(v2.because)}`;
}
function mergeReportMarker(pipelineName) {
  return commentMarker(pipelineName, "run");
}
var TITLE = {
  finished: "trained on merge",
  "cancelled-by-workflow": "cancelled with the workflow",
  timeout: "still running when kfp-action stopped waiting",
  "not-waited": "submitted on merge"
};
function endingNote(run5, context) {
  switch (context.ending) {
    case "cancelled-by-workflow":
      return [
        `> [!WARNING]
> The workflow was cancelled while the run was ${run5.state === "CANCELLED" ? "running" : "in progress"}; kfp-action asked Vertex AI to cancel it (state now **${run5.state}**). Nothing from this run is deployed.`
      ];
    case "timeout":
      return [
        `> [!WARNING]
> kfp-action stopped waiting after ${context.timeoutMinutes ?? "?"} minutes; the run is still **${run5.state}** on Vertex AI and keeps going (it was not cancelled). To gate it once it ends, run \`submit\` with \`job-name: ${mdText(run5.jobName)}\` \u2014 in a later job or workflow run (docs/vertex.md, "Long trainings").`
      ];
    case "not-waited":
      return ["_Submitted without waiting (`wait: false`): no metrics and no gates yet._"];
    default:
      return [];
  }
}
function parametersTable(context) {
  const rows = Object.entries(context.parameters).map(
    ([k2, v2]) => `| ${mdCode(k2)} | ${mdCode(JSON.stringify(v2))} |`
  );
  return [
    "<details><summary>Run inputs (as Vertex AI reports them)</summary>",
    "",
    `Pipeline root ${mdCode(context.pipelineRoot)}${context.templateUri ? ` \xB7 template ${mdCode(context.templateUri)}` : ""}`,
    "",
    ...rows.length ? ["| parameter | value |", "| --- | --- |", ...rows] : ["_No parameter values set: the pipeline defaults apply._"],
    "",
    "</details>"
  ];
}
function renderMergeReport(run5, outcome, context) {
  const notes = [];
  if (context.reviewed) notes.push(reviewedNote(context.reviewed));
  if (context.attached === "earlier-run") {
    notes.push(
      `_This commit's job already existed with the same spec and parameter values (started by an earlier workflow run): kfp-action attached to it instead of starting a second run._`
    );
  } else if (context.attached === "lost-answer") {
    notes.push(
      `_Vertex AI's answer to the create call was lost and the call was retried: the job it had created is followed (one job, not two)._`
    );
  }
  if (context.attached === "picked-up") {
    notes.push(
      `_Picked up by name (\`job-name\`): an earlier step started this job; kfp-action waited for it here and gated it._`
    );
  }
  if (context.passedOver?.length) {
    notes.push(
      [
        `_Started as a new attempt: ${context.passedOver.length === 1 ? "an earlier job of this commit was" : "earlier jobs of this commit were"} not reused:_`,
        "",
        ...context.passedOver.map((l) => `- ${mdText(l)}`)
      ].join("\n")
    );
  }
  if (context.baseline && "missing" in context.baseline) {
    notes.push(
      `_No production baseline: ${mdText(context.baseline.missing)}; regression gates skipped._`
    );
  }
  const short3 = context.commit ? context.commit.slice(0, 7) : void 0;
  const footer2 = [
    `kfp-action ${mdText(context.version)}`,
    ...context.workflowRunUrl && /^https?:\/\//.test(context.workflowRunUrl) ? [`[workflow run](${encodeURI(decodeURI(context.workflowRunUrl))})`] : [],
    ...short3 ? [`for ${mdCode(short3)}`] : [],
    `updated ${mdCell(context.now.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC"))}`
  ].join(" \xB7 ");
  const body = renderRunReport(run5, outcome, {
    title: TITLE[context.ending],
    marker: `kfp-action:run:${run5.pipelineName}`,
    ...context.baseline && "label" in context.baseline ? { baselineLabel: context.baseline.label } : {},
    extraSections: [...endingNote(run5, context), ...notes, parametersTable(context).join("\n")],
    footer: footer2,
    now: context.now
  });
  return body;
}

// src/commands/promotion/comment.ts
function workflowRunUrl(env) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
async function updateTimeline(deps, update) {
  const log = deps.logger;
  if (!update.comment) return log.info("comment: false; the PR comment is not updated");
  if (!deps.env.GITHUB_REPOSITORY) {
    return log.info("GITHUB_REPOSITORY is not set (not in a workflow); no PR comment");
  }
  if (!update.githubToken) return log.info("no github-token; no PR comment");
  if (!update.commit)
    return log.info("the run has no commit label and GITHUB_SHA is not set; no PR comment");
  try {
    const github = await deps.github(update.githubToken);
    const lookup = await findMergedPullRequest(github, update.commit);
    if (!lookup.found) return log.info(`no PR comment for the promotion: ${lookup.reason}`);
    const marker = mergeReportMarker(update.pipeline);
    const issue = lookup.pull.number;
    const [existing] = await findOwnComments(github, await github.listIssueComments(issue), marker);
    const before = existing?.body ?? `${marker}
### ${mdCode(update.pipeline)} \xB7 promotion
`;
    const timeline = withStep(readTimeline(before), update.step, update.order);
    const body = upsertTimeline(before, renderTimeline(timeline));
    const result2 = await upsertStickyComment(
      github,
      { issue, marker, body },
      log.withNamespace("github")
    );
    log.info(`${result2.action} the promotion timeline on #${issue}: ${result2.comment.htmlUrl}`);
  } catch (error) {
    deps.edge.report([
      {
        code: "promote/comment-failed",
        severity: "warning",
        message: `the promotion timeline was not written to the PR comment: ${describeError(error).message}`
      }
    ]);
  }
}

// src/commands/promotion/context.ts
import path12 from "node:path";

// src/core/gates/evaluate.ts
var fmt = (n) => String(Math.round(n * 1e4) / 1e4);
function decisionCheck(run5, entry) {
  const source = entry.decision;
  if (!source) return void 0;
  const deployValues = source.deployValues ?? ["true"];
  const value2 = outputParameterText(run5, source.task, source.output);
  const where = `${source.task} \u2192 ${source.output}`;
  if (value2 === void 0) {
    const ran = run5.tasks.find((t) => t.name === source.task);
    const why = ran ? `task ${source.task} ended ${ran.state} without reporting it` : `task ${source.task} is not in the run`;
    return {
      task: source.task,
      output: source.output,
      deployValues,
      status: "fail",
      reason: `decision output ${where} was not reported (${why})`
    };
  }
  const ok = deployValues.some((v2) => v2.toLowerCase() === value2.trim().toLowerCase());
  return {
    task: source.task,
    output: source.output,
    value: value2,
    deployValues,
    status: ok ? "pass" : "fail",
    reason: ok ? `the pipeline decided to deploy (${where} = ${value2})` : `the pipeline decided not to deploy (${where} = ${value2}; deploy needs ${deployValues.join(" or ")})`
  };
}
function baselineValue(baseline, gate) {
  if (!baseline) return void 0;
  const qualified = gate.task ? baseline.values[`${gate.task}.${gate.metric}`] : void 0;
  return qualified ?? baseline.values[gate.metric];
}
function gateChecks(metrics, gate, baseline) {
  const { metric, ambiguous } = findMetric(metrics, gate.metric, gate.task);
  const label2 = gate.task ? `${gate.task}/${gate.metric}` : gate.metric;
  const base2 = { metric: gate.metric, ...gate.task ? { task: gate.task } : {} };
  const rules = [];
  if (gate.min !== void 0) rules.push({ kind: "min", rule: `\u2265 ${fmt(gate.min)}` });
  if (gate.max !== void 0) rules.push({ kind: "max", rule: `\u2264 ${fmt(gate.max)}` });
  if (gate.maxRegression !== void 0) {
    const higher = gate.higherIsBetter ?? true;
    rules.push({
      kind: "regression",
      rule: `may ${higher ? "drop" : "rise"} \u2264 ${fmt(gate.maxRegression)}`
    });
  }
  const baselineNumber = baselineValue(baseline, gate);
  return rules.map(({ kind, rule }) => {
    if (ambiguous) {
      return {
        ...base2,
        kind,
        rule,
        status: "fail",
        reason: `metric ${gate.metric} is reported by several tasks (${ambiguous.join(", ")}); set task on the gate to choose one`
      };
    }
    if (!metric) {
      return {
        ...base2,
        kind,
        rule,
        status: "fail",
        reason: `metric ${label2} was not reported by the run (no system.Metrics artifact logs it)`
      };
    }
    const value2 = metric.value;
    const withBaseline = baselineNumber !== void 0 ? { baseline: baselineNumber, delta: value2 - baselineNumber } : {};
    if (kind === "min") {
      const ok2 = value2 >= gate.min;
      return {
        ...base2,
        ...withBaseline,
        kind,
        rule,
        value: value2,
        status: ok2 ? "pass" : "fail",
        reason: `${label2} = ${fmt(value2)} ${ok2 ? "meets" : "is below"} the minimum ${fmt(gate.min)}`
      };
    }
    if (kind === "max") {
      const ok2 = value2 <= gate.max;
      return {
        ...base2,
        ...withBaseline,
        kind,
        rule,
        value: value2,
        status: ok2 ? "pass" : "fail",
        reason: `${label2} = ${fmt(value2)} ${ok2 ? "is within" : "is above"} the maximum ${fmt(gate.max)}`
      };
    }
    if (baselineNumber === void 0) {
      return {
        ...base2,
        kind,
        rule,
        value: value2,
        status: "skipped",
        reason: baseline ? `regression check of ${label2} skipped: the baseline (${baseline.label}) has no ${gate.metric}` : `regression check of ${label2} skipped: no baseline metrics (nothing in production yet, or not given)`
      };
    }
    const higher = gate.higherIsBetter ?? true;
    const loss = higher ? baselineNumber - value2 : value2 - baselineNumber;
    const ok = loss <= gate.maxRegression + 1e-12;
    return {
      ...base2,
      ...withBaseline,
      kind,
      rule,
      value: value2,
      status: ok ? "pass" : "fail",
      reason: ok ? `${label2} = ${fmt(value2)} against ${fmt(baselineNumber)} in ${baseline.label}: within the allowed ${higher ? "drop" : "rise"} of ${fmt(gate.maxRegression)}` : `${label2} = ${fmt(value2)} ${higher ? "dropped" : "rose"} by ${fmt(loss)} against ${fmt(baselineNumber)} in ${baseline.label}, more than the allowed ${fmt(gate.maxRegression)}`
    };
  });
}
function evaluateGates(run5, entry, baseline) {
  const metrics = extractMetrics(run5);
  const pipelineDecision = decisionCheck(run5, entry);
  const checks = (entry.gates ?? []).flatMap((g2) => gateChecks(metrics, g2, baseline));
  const against = [];
  if (run5.state !== "SUCCEEDED") {
    const failed = run5.tasks.filter((t) => t.state === "FAILED").map((t) => t.name);
    against.push(
      TERMINAL_PIPELINE_STATES.has(run5.state) ? `the run ended ${run5.state}${failed.length ? ` (failed: ${failed.join(", ")})` : ""}` : `the run has not finished: it is still ${run5.state} on Vertex AI`
    );
  }
  if (pipelineDecision?.status === "fail") against.push(pipelineDecision.reason);
  for (const c2 of checks)
    if (c2.status === "fail" && !against.includes(c2.reason)) against.push(c2.reason);
  const notes = [...new Set(checks.filter((c2) => c2.status === "skipped").map((c2) => c2.reason))];
  if (!entry.decision && (entry.gates ?? []).length === 0) {
    notes.push("no decision output and no gates are configured: a successful run is enough");
  }
  if (against.length > 0) {
    return {
      decision: "hold",
      reasons: against,
      checks,
      notes,
      metrics,
      ...pipelineDecision ? { pipelineDecision } : {}
    };
  }
  const passed2 = [
    ...pipelineDecision ? [pipelineDecision.reason] : [],
    ...checks.filter((c2) => c2.status === "pass").map((c2) => c2.reason)
  ];
  return {
    decision: "deploy",
    reasons: passed2.length > 0 ? passed2 : ["the run succeeded"],
    checks,
    notes,
    metrics,
    ...pipelineDecision ? { pipelineDecision } : {}
  };
}

// src/commands/promotion/context.ts
function oidcPolicy(settings, env) {
  return { onGitHubActions: env.GITHUB_ACTIONS === "true", optOut: settings.skipEnvironmentCheck };
}
var configError = (message) => new UserError(message, [{ code: "promote/config", severity: "error", message }]);
function loadConfig2(common, deps) {
  const display = path12.relative(common.workingDirectory, common.configPath) || common.configPath;
  const file = deps.workspace.readConfig(common.configPath, display);
  if (!file.exists) {
    throw configError(
      `the config file ${display} does not exist; promotion needs its \`environments\` and the pipeline's \`model\` section (docs/promotion.md). \`kfp-action init\` writes a commented config for the pipelines of this repository`
    );
  }
  if (!file.config) {
    throw new UserError(`the config file ${display} has errors (see above)`, file.diagnostics);
  }
  return file.config;
}
function selectEntry(config, wanted, jobLabel) {
  const named = config.pipelines.filter((e) => e.name);
  if (wanted) {
    const entry = named.find((e) => e.name === wanted);
    if (!entry) {
      throw configError(
        `pipeline "${wanted}" has no entry in the config (named entries: ${named.map((e) => e.name).join(", ") || "none"}); add \`name: ${wanted}\` to its entry`
      );
    }
    return { entry, pipeline: wanted };
  }
  if (jobLabel) {
    const entry = named.find((e) => labelValue(e.name) === jobLabel);
    if (entry) return { entry, pipeline: entry.name };
  }
  const withModel = config.pipelines.filter((e) => e.model);
  if (withModel.length === 1) {
    const entry = withModel[0];
    const pipeline = entry.name ?? jobLabel ?? entry.model.displayName;
    if (pipeline) return { entry, pipeline };
  }
  throw configError(
    `cannot tell which pipeline to promote${jobLabel ? ` (the job's ${LABEL_KEYS.pipeline} label is "${jobLabel}")` : ""}; set the \`pipeline\` input (CLI: --pipeline) to the \`name\` of its config entry`
  );
}
function resolveScope(settings, config, selected) {
  const { entry, pipeline } = selected;
  const project = settings.project || entry.vertex?.project || config.vertex?.project;
  const region = settings.region || entry.vertex?.region || config.vertex?.region;
  if (!project || !region) {
    throw configError(
      `pipeline ${pipeline}: vertex.project and vertex.region must be set (config file, or the \`project\`/\`region\` inputs) to find its model`
    );
  }
  const registry = { project, region };
  const environments = config.environments ?? [];
  const { settings: target } = findEnvironment(environments, settings.environment);
  const modelDisplayName = entry.model?.displayName ?? pipeline;
  return {
    config,
    entry,
    pipeline,
    modelId: modelIdFor(modelDisplayName),
    modelDisplayName,
    registry,
    ...target ? { target } : {},
    endpoints: { project: target?.project ?? project, region: target?.region ?? region },
    order: environments.map((e) => e.name)
  };
}
function endpointName(scope, environment) {
  return environment.endpoint ?? `${scope.pipeline}-${aliasFor(environment.name)}`;
}
async function readRun(deps, scope, job, readBaseline2) {
  const run5 = toRunResult(job, { pipelineName: scope.pipeline, location: scope.registry });
  const wantsBaseline = (scope.entry.gates ?? []).some((g2) => g2.maxRegression !== void 0);
  const last = scope.order.at(-1);
  const baseline = wantsBaseline && last ? await readBaseline2(aliasFor(last)) : void 0;
  const outcome = evaluateGates(run5, scope.entry, baseline);
  const commit = job.labels[LABEL_KEYS.commit] || deps.env.GITHUB_SHA || void 0;
  return {
    job,
    run: run5,
    runId: job.name.split("/").pop() ?? job.name,
    ...commit ? { commit } : {},
    outcome,
    ...baseline ? { baselineLabel: baseline.label } : {}
  };
}

// src/commands/promotion/baseline.ts
async function readBaseline(clients, scope, alias) {
  const version = await clients.models.tryGetVersion(scope.modelId, alias);
  if (!version) return void 0;
  const evaluations = await clients.models.listEvaluations(version);
  const ours = evaluations.filter((e) => e.displayName.startsWith(evaluationDisplayName("")));
  for (const e of ours) {
    const baseline = baselineFromEvaluation(e, `${alias} (v${version.versionId})`);
    if (baseline) return baseline;
  }
  return void 0;
}

// src/commands/promotion/find-run.ts
var RUN_SEARCH_LIMIT = 100;
async function findLatestRun(pipelines, location, query, log) {
  const where = `projects/${location.project}/locations/${location.region}`;
  log.info(
    `no job-name given: looking in ${where} for the newest successful run of ${query.pipeline} at commit ${query.commit}`
  );
  const jobs = await pipelines.listPipelineJobs({
    location,
    labels: runLabels(query),
    limit: RUN_SEARCH_LIMIT
  });
  const pick = pickLatestRun(jobs, query, where, RUN_SEARCH_LIMIT);
  if (!pick.found) {
    throw new UserError(pick.reason, [
      { code: "promote/no-run", severity: "error", message: pick.reason }
    ]);
  }
  const note = describePick(pick, query);
  log.info(note);
  return { name: pick.job.name, note };
}

// src/core/schedules/names.ts
var OWNER_PREFIX = "kfp-action:";
var MAX_DISPLAY_NAME = 128;
var SCHEDULE_LABEL = "kfp-schedule";
function cut(value2, max) {
  if (value2.length <= max) return value2;
  const hash = shortHash(value2);
  return `${value2.slice(0, max - hash.length - 1)}~${hash}`;
}
function ownerPrefix(repository) {
  return `${OWNER_PREFIX}${cut(repository, 60)}/`;
}
function scheduleDisplayName(repository, pipeline, schedule) {
  const prefix = ownerPrefix(repository);
  const room = MAX_DISPLAY_NAME - prefix.length - 1 - schedule.length;
  if (room >= 16) return `${prefix}${cut(pipeline, room)}/${schedule}`;
  return `${prefix}${cut(`${pipeline}/${schedule}`, MAX_DISPLAY_NAME - prefix.length)}`;
}
function printable(text2) {
  return text2.replace(/[\p{Cc}\u2028\u2029]/gu, "\uFFFD");
}
function parseDisplayName(repository, displayName) {
  const prefix = ownerPrefix(repository);
  if (!displayName.startsWith(prefix)) return void 0;
  const rest = displayName.slice(prefix.length);
  const slash = rest.lastIndexOf("/");
  if (slash <= 0) return void 0;
  return { pipeline: printable(rest.slice(0, slash)), schedule: printable(rest.slice(slash + 1)) };
}
function scheduleLabels(schedule) {
  return { [SCHEDULE_LABEL]: labelValue(schedule) };
}

// src/core/schedules/latest-run.ts
function scheduledRunLabels(query) {
  return {
    [LABEL_KEYS.pipeline]: labelValue(query.pipeline),
    [SCHEDULE_LABEL]: labelValue(query.schedule),
    ...query.repository ? { [LABEL_KEYS.repository]: labelValue(query.repository) } : {}
  };
}
var listed2 = (jobs, max = 5) => {
  const shown = jobs.slice(0, max).map((j2) => `${jobIdOf(j2.name)} (${j2.state})`).join(", ");
  return jobs.length > max ? `${shown} and ${jobs.length - max} more` : shown;
};
function pickLatestScheduledRun(jobs, query, where, limit) {
  const labels = scheduledRunLabels(query);
  const ours = jobs.filter((j2) => Object.entries(labels).every(([k2, v2]) => j2.labels[k2] === v2)).filter((j2) => (j2.scheduleName ?? "") !== "").map((job, index) => ({ job, index })).sort(
    (a, b2) => (b2.job.createTime ?? "").localeCompare(a.job.createTime ?? "") || a.index - b2.index
  ).map(({ job }) => job);
  const at = ours.findIndex((j2) => j2.state === "SUCCEEDED");
  if (at >= 0) return { found: true, job: ours[at], passedOver: ours.slice(0, at) };
  const selector = Object.entries(labels).map(([k2, v2]) => `${k2}=${v2}`).join(", ");
  if (ours.length === 0) {
    return {
      found: false,
      reason: `no pipeline job in ${where} was started by schedule ${query.schedule} of ${query.pipeline} (labels ${selector} and a schedule_name): the schedule has not run yet, or is in another project or region; check its name in the config's schedules:, or pass \`job-name\``
    };
  }
  const some = ours.length >= limit ? `the newest ${ours.length}` : `${ours.length}`;
  return {
    found: false,
    reason: `none of ${some} run${ours.length === 1 ? "" : "s"} of schedule ${query.schedule} of ${query.pipeline} succeeded (${listed2(ours)}); only a SUCCEEDED run can be promoted`
  };
}
function describeScheduledPick(pick, query) {
  const created = pick.job.createTime ? ` (created ${pick.job.createTime})` : "";
  const over = pick.passedOver.length ? `; passed over newer runs that did not succeed: ${listed2(pick.passedOver)}` : "";
  return `schedule ${query.schedule}: promoting ${pick.job.name}, the newest SUCCEEDED run it started of ${query.pipeline}${created}${over}`;
}

// src/commands/promotion/find-scheduled-run.ts
async function findLatestScheduledRun(pipelines, location, query, log) {
  const where = `projects/${location.project}/locations/${location.region}`;
  log.info(
    `schedule ${query.schedule}: looking in ${where} for the newest successful run it started of ${query.pipeline}`
  );
  const jobs = await pipelines.listPipelineJobs({
    location,
    labels: scheduledRunLabels(query),
    limit: RUN_SEARCH_LIMIT
  });
  const pick = pickLatestScheduledRun(jobs, query, where, RUN_SEARCH_LIMIT);
  if (!pick.found) {
    throw new UserError(pick.reason, [
      { code: "promote/no-schedule-run", severity: "error", message: pick.reason }
    ]);
  }
  const note = describeScheduledPick(pick, query);
  log.info(note);
  return { name: pick.job.name, note };
}

// src/commands/promotion/settings.ts
var DEFAULT_OPERATION_TIMEOUT_MINUTES = 45;
var TARGET_FLAGS = [
  "environment",
  "pipeline",
  "project",
  "region",
  "timeout-minutes",
  "comment",
  "github-token",
  "skip-environment-check"
];
function targetSettings(common, get, command) {
  const environment = (get("environment") ?? "").trim();
  if (!environment) {
    throw new UserError(
      `${command} needs the target environment: input \`environment\` (CLI: --environment staging)`,
      [],
      2
    );
  }
  const pipeline = get("pipeline")?.trim();
  const project = get("project")?.trim();
  const region = get("region")?.trim();
  return {
    common,
    environment,
    ...pipeline ? { pipeline } : {},
    ...project ? { project } : {},
    ...region ? { region } : {},
    timeoutMinutes: parsePositiveInt(
      "timeout-minutes",
      get("timeout-minutes"),
      DEFAULT_OPERATION_TIMEOUT_MINUTES
    ),
    comment: parseBoolean("comment", get("comment"), true),
    githubToken: get("github-token") ?? "",
    skipEnvironmentCheck: parseBoolean(
      "skip-environment-check",
      get("skip-environment-check"),
      false
    )
  };
}
var fromFlags = (args) => (name) => flag(args, name);
var fromInputs = (input) => (name) => input(name) || void 0;

// src/core/promotion/traffic.ts
var NEW_DEPLOYMENT = "0";
function splitWith(current, target, percent) {
  const p = Math.max(0, Math.min(100, Math.round(percent)));
  const others = Object.entries(current).filter(([id2, share]) => id2 !== target && share > 0);
  const total = others.reduce((sum, [, share]) => sum + share, 0);
  if (others.length === 0 || total === 0 || p === 100) {
    const out2 = { [target]: 100 };
    for (const [id2] of Object.entries(current)) if (id2 !== target) out2[id2] = 0;
    return out2;
  }
  const rest = 100 - p;
  const exact = others.map(([id2, share]) => ({ id: id2, value: share / total * rest }));
  const parts = exact.map((e) => ({ id: e.id, whole: Math.floor(e.value), frac: e.value % 1 }));
  let missing = rest - parts.reduce((s3, x2) => s3 + x2.whole, 0);
  for (const part of [...parts].sort((a, b2) => b2.frac - a.frac || a.id.localeCompare(b2.id))) {
    if (missing <= 0) break;
    part.whole++;
    missing--;
  }
  const out = { [target]: p };
  for (const part of parts) out[part.id] = part.whole;
  for (const [id2] of Object.entries(current)) if (!(id2 in out)) out[id2] = 0;
  return out;
}
function deployedIdsOf(endpoint, model, versionId) {
  const base2 = model.split("@")[0];
  return endpoint.deployedModels.filter((d) => d.model.split("@")[0] === base2 && d.versionId === versionId).map((d) => d.id);
}
function idleDeployments(endpoint, split) {
  return endpoint.deployedModels.filter((d) => !((split[d.id] ?? 0) > 0)).map((d) => d.id);
}
function sameSplit(a, b2) {
  const ids = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b2)]);
  return [...ids].every((id2) => (a[id2] ?? 0) === (b2[id2] ?? 0));
}

// src/commands/promotion/steps.ts
var DEFAULT_MACHINE_TYPE = "n1-standard-2";
function findRunVersion(clients, scope, runId) {
  return clients.models.findVersion(scope.modelId, runFilter(runId));
}
function modelArtifact(scope, target) {
  const model = scope.entry.model;
  if (!model) {
    throw new UserError(
      `pipeline ${scope.pipeline} has no \`model\` section in the config: promotion needs to know which task's artifact is the model (\`model: {task: train-model, servingContainer: \u2026}\`)`,
      [
        {
          code: "promote/no-model-artifact",
          severity: "error",
          message: `${scope.pipeline}: no model section`
        }
      ]
    );
  }
  const artifactName = model.artifact ?? "model";
  const task = target.run.tasks.find((t) => t.name === model.task);
  const artifact = task?.outputArtifacts.find((a) => a.outputName === artifactName);
  if (!artifact?.uri) {
    const why = !task ? `task ${model.task} is not in the run` : `task ${model.task} (${task.state}) has no output artifact "${artifactName}" with a URI`;
    const message = `run ${target.runId} has no model to promote: ${why}; check \`model.task\` and \`model.artifact\` in the config`;
    throw new UserError(message, [
      { code: "promote/no-model-artifact", severity: "error", message }
    ]);
  }
  return /\.(bst|json|pkl|joblib|pt|h5|onnx|ubj)$/i.test(artifact.uri) ? artifact.uri.replace(/\/[^/]+$/, "") : artifact.uri;
}
async function ensureVersion(clients, scope, target, repository, log) {
  const existing = await findRunVersion(clients, scope, target.runId);
  if (existing) {
    log.info(
      `run ${target.runId} is already version ${existing.versionId} of ${existing.model}: nothing uploaded`
    );
    return { version: existing, uploaded: false };
  }
  const servingContainer = scope.entry.model?.servingContainer;
  const artifactUri = modelArtifact(scope, target);
  if (!servingContainer) {
    const message = `pipeline ${scope.pipeline}: \`model.servingContainer\` is not set; Vertex needs a serving image to upload the model (e.g. a prebuilt prediction container)`;
    throw new UserError(message, [
      { code: "promote/no-serving-container", severity: "error", message }
    ]);
  }
  log.info(`uploading ${artifactUri} as a new version of ${scope.modelDisplayName}`);
  const version = await clients.models.uploadVersion({
    modelId: scope.modelId,
    displayName: scope.modelDisplayName,
    artifactUri,
    servingContainer,
    labels: versionLabels({
      runId: target.runId,
      pipeline: scope.pipeline,
      ...repository ? { repository } : {},
      ...target.commit ? { commit: target.commit } : {}
    }),
    versionDescription: `${scope.pipeline} run ${target.runId}${target.commit ? ` at ${target.commit.slice(0, 12)}` : ""}`
  });
  log.info(`uploaded: version ${version.versionId} of ${version.model}`);
  return { version, uploaded: true };
}
async function ensureEvaluation(clients, version, target, log) {
  const record = evaluationFromMetrics(target.outcome.metrics, {
    jobName: target.job.name,
    runId: target.runId,
    ...target.commit ? { commit: target.commit } : {}
  });
  const stored = await clients.models.listEvaluations(version);
  if (stored.some((e) => e.displayName === record.displayName)) {
    log.info(
      `the evaluation of run ${target.runId} is already attached to version ${version.versionId}`
    );
    return;
  }
  await clients.models.importEvaluation(version, record);
  const names = Object.keys(record.metrics);
  log.info(
    `attached the run's metrics to version ${version.versionId}${names.length ? ` (${names.join(", ")})` : ""}`
  );
}
async function deployVersion(clients, scope, environment, version, log) {
  const displayName = endpointName(scope, environment);
  let endpoint = await clients.endpoints.findEndpoint(displayName);
  let created = false;
  if (!endpoint) {
    log.info(
      `creating endpoint "${displayName}" in ${scope.endpoints.project}/${scope.endpoints.region}`
    );
    endpoint = await clients.endpoints.createEndpoint(displayName, {
      "kfp-pipeline": versionLabels({ runId: "x", pipeline: scope.pipeline })["kfp-pipeline"],
      "kfp-environment": aliasFor(environment.name)
    });
    created = true;
  }
  const percent = environment.trafficPercent ?? 100;
  const ids = deployedIdsOf(endpoint, version.model, version.versionId);
  let deployed = false;
  if (ids.length > 0) {
    const desired = splitWith(endpoint.trafficSplit, ids[0], percent);
    if (!sameSplit(desired, endpoint.trafficSplit)) {
      log.info(
        `version ${version.versionId} is on the endpoint already; setting its traffic to ${percent}%`
      );
      endpoint = await clients.endpoints.setTraffic(endpoint.name, desired);
    } else {
      log.info(`version ${version.versionId} already serves ${percent}% of ${displayName}`);
    }
  } else {
    const minReplicas = environment.minReplicas ?? 1;
    const split = splitWith(endpoint.trafficSplit, NEW_DEPLOYMENT, percent);
    log.info(
      `deploying version ${version.versionId} to ${displayName} (${environment.machineType ?? DEFAULT_MACHINE_TYPE}, ${minReplicas}\u2013${Math.max(minReplicas, environment.maxReplicas ?? minReplicas)} replicas, ${percent}% of the traffic)`
    );
    endpoint = await clients.endpoints.deploy({
      endpoint: endpoint.name,
      version,
      displayName: `${scope.pipeline}-v${version.versionId}`,
      machineType: environment.machineType ?? DEFAULT_MACHINE_TYPE,
      minReplicas,
      maxReplicas: Math.max(minReplicas, environment.maxReplicas ?? minReplicas),
      trafficSplit: split,
      ...environment.serviceAccount ? { serviceAccount: environment.serviceAccount } : {}
    });
    deployed = true;
  }
  const undeployed = await undeployIdle(
    clients,
    endpoint,
    environment,
    new Set(deployedIdsOf(endpoint, version.model, version.versionId)),
    log
  );
  if (undeployed.length) endpoint = await clients.endpoints.findEndpoint(displayName) ?? endpoint;
  return { endpoint, created, deployed, undeployed };
}
async function undeployIdle(clients, endpoint, environment, keep, log) {
  if (!environment.undeployPrevious) return [];
  const idle = idleDeployments(endpoint, endpoint.trafficSplit).filter((id2) => !keep.has(id2));
  for (const id2 of idle) {
    const d = endpoint.deployedModels.find((m) => m.id === id2);
    log.info(
      `undeploying version ${d?.versionId ?? "?"} (deployed model ${id2}): it gets no traffic`
    );
    await clients.endpoints.undeploy(endpoint.name, id2);
  }
  return idle;
}
async function moveAlias(clients, scope, environment, version, log, options = { markPrevious: true }) {
  const alias = aliasFor(environment);
  const previous = previousAliasFor(environment);
  const versions = await clients.models.listVersions(scope.modelId);
  const holder = holderOf(versions, alias);
  if (holder?.versionId === version.versionId) {
    log.info(`alias "${alias}" already points at version ${version.versionId}`);
    return void 0;
  }
  if (holder) {
    const marked = holderOf(versions, previous);
    if (options.markPrevious && marked && marked.versionId !== holder.versionId) {
      await clients.models.mergeAliases(marked, [`-${previous}`]);
    }
    const change = [`-${alias}`];
    if (options.markPrevious && !holder.aliases.includes(previous)) change.push(previous);
    if (!options.markPrevious && holder.aliases.includes(previous)) change.push(`-${previous}`);
    await clients.models.mergeAliases(holder, change);
  }
  const current = versions.find((v2) => v2.versionId === version.versionId) ?? version;
  await clients.models.mergeAliases(current, [
    alias,
    ...current.aliases.includes(previous) ? [`-${previous}`] : []
  ]);
  log.info(
    `alias "${alias}" moved to version ${version.versionId}${holder ? ` (from ${holder.versionId})` : ""}`
  );
  return holder;
}

// src/commands/promote.ts
var JOB_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/pipelineJobs\/([^/]+)$/;
function build2(settings, jobName, commit, schedule) {
  const scheduleName = schedule?.trim();
  if (scheduleName && !/^[a-z][a-z0-9-]{0,62}$/.test(scheduleName)) {
    throw new UserError(
      `schedule "${scheduleName}" is not a schedule name of the config (lowercase letters, digits and hyphens)`,
      [],
      2
    );
  }
  if (scheduleName && (jobName ?? "").trim()) {
    throw new UserError("pass either job-name or schedule, not both", [], 2);
  }
  const job = (jobName ?? "").trim();
  if (job && !JOB_NAME.test(job) && !JOB_ID_PATTERN.test(job)) {
    throw new UserError(
      `job-name "${job}" is neither projects/{project}/locations/{region}/pipelineJobs/{id} nor a job id`,
      [],
      2
    );
  }
  const sha = commit?.trim();
  if (sha && !FULL_SHA.test(sha)) {
    throw new UserError(
      `--commit "${sha}" is not a full commit SHA; jobs are labelled with all 40 characters (git rev-parse HEAD)`,
      [],
      2
    );
  }
  return {
    ...settings,
    jobName: job,
    ...sha ? { commit: sha.toLowerCase() } : {},
    ...scheduleName ? { schedule: scheduleName } : {}
  };
}
function jobResource(settings, fallback) {
  const match = JOB_NAME.exec(settings.jobName);
  if (match) return { name: settings.jobName, region: match[2] };
  const project = settings.project ?? fallback.project;
  const region = settings.region ?? fallback.region;
  if (!project || !region) {
    throw new UserError(
      `job-name "${settings.jobName}" is a bare id and no project/region is set to find it; pass the full resource name`,
      [],
      2
    );
  }
  return {
    name: `projects/${project}/locations/${region}/pipelineJobs/${settings.jobName}`,
    region
  };
}
function locateRun(settings, config, env) {
  if (settings.jobName) {
    const { name, region } = jobResource(settings, config.vertex ?? {});
    return { region, job: { name } };
  }
  if (settings.schedule) {
    const scope2 = resolveScope(settings, config, selectEntry(config, settings.pipeline, void 0));
    const repository = env.GITHUB_REPOSITORY?.trim();
    return {
      region: scope2.registry.region,
      job: {
        scheduled: {
          pipeline: scope2.pipeline,
          schedule: settings.schedule,
          ...repository ? { repository } : {}
        },
        location: scope2.registry
      }
    };
  }
  const commit = settings.commit ?? env.GITHUB_SHA?.trim().toLowerCase();
  if (!commit) {
    throw new UserError(
      "promote needs the run to promote: input `job-name` (the `job-name` output of submit; CLI: --job-name), or a commit whose newest successful run to take (GITHUB_SHA in a workflow; CLI: --commit SHA)",
      [],
      2
    );
  }
  const scope = resolveScope(settings, config, selectEntry(config, settings.pipeline, void 0));
  return {
    region: scope.registry.region,
    job: { search: { pipeline: scope.pipeline, commit }, location: scope.registry }
  };
}
async function run(settings, deps) {
  const config = loadConfig2(settings.common, deps);
  const where = locateRun(settings, config, deps.env);
  const vertex = await deps.vertex(where.region);
  try {
    let name;
    let note;
    if ("name" in where.job) {
      name = where.job.name;
    } else {
      const search = where.job;
      const found = "scheduled" in search ? await findRunOrReport(
        () => findLatestScheduledRun(
          vertex.pipelines,
          search.location,
          search.scheduled,
          deps.logger
        ),
        search.scheduled.pipeline,
        settings,
        deps
      ) : await findRunOrReport(
        () => findLatestRun(vertex.pipelines, search.location, search.search, deps.logger),
        search.search.pipeline,
        settings,
        deps
      );
      if (!found) return 1;
      ({ name, note } = found);
    }
    const job = await vertex.pipelines.getPipelineJob(name);
    return await promoteJob(settings, deps, config, job, note);
  } finally {
    await vertex.close();
  }
}
async function findRunOrReport(find, pipeline, settings, deps) {
  try {
    return await find();
  } catch (error) {
    const code2 = error instanceof UserError ? error.diagnostics[0]?.code : void 0;
    const found = code2 === "promote/no-run" || code2 === "promote/no-schedule-run";
    if (!found || !(error instanceof UserError)) throw error;
    deps.edge.report(error.diagnostics);
    await deps.edge.appendSummary(
      renderPromotionSummary({
        action: "promote",
        pipeline,
        environment: settings.environment,
        outcome: "failed",
        problems: [error.message],
        notes: []
      })
    );
    return void 0;
  }
}
async function promoteJob(settings, deps, config, job, pickNote) {
  const log = deps.logger;
  const scope = resolveScope(
    settings,
    config,
    selectEntry(config, settings.pipeline, job.labels["kfp-pipeline"])
  );
  const runUrl = workflowRunUrl(deps.env);
  const clients = await deps.promotion(
    scope.registry,
    scope.endpoints,
    settings.timeoutMinutes * 6e4
  );
  const summary2 = (s3) => deps.edge.appendSummary(
    renderPromotionSummary({
      action: "promote",
      pipeline: scope.pipeline,
      environment: settings.environment,
      ...s3
    })
  );
  let target;
  const timeline = (step) => updateTimeline(deps, {
    pipeline: scope.pipeline,
    commit: target?.commit,
    order: scope.order,
    step,
    comment: settings.comment,
    githubToken: settings.githubToken
  });
  try {
    target = await readRun(deps, scope, job, (alias) => readBaseline(clients, scope, alias));
    const runInfo = {
      runId: target.runId,
      ...target.run.url ? { runUrl: target.run.url } : {},
      decision: target.outcome.decision
    };
    log.info(
      `run ${target.runId}: ${target.run.state}, decision ${target.outcome.decision} (${target.outcome.reasons.join("; ")})`
    );
    const candidate = await findRunVersion(clients, scope, target.runId);
    const versions = await clients.models.listVersions(scope.modelId);
    const check = checkPromotion({
      environment: settings.environment,
      environments: config.environments ?? [],
      decision: target.outcome.decision,
      decisionReasons: target.outcome.reasons,
      candidate,
      runName: target.runId,
      versions,
      oidc: await deps.oidcEnvironment(),
      oidcPolicy: oidcPolicy(settings, deps.env)
    });
    for (const note of check.notes) log.warning(note);
    if (check.warnings) deps.edge.report(check.warnings);
    const notes = pickNote ? [pickNote, ...check.notes] : check.notes;
    if (!check.allowed || !check.target) {
      deps.edge.report(check.refusals);
      await timeline({
        environment: check.target?.name ?? settings.environment,
        status: "refused",
        at: (/* @__PURE__ */ new Date()).toISOString(),
        reason: check.refusals.map((r) => r.message).join("; "),
        ...candidate ? { version: candidate.versionId } : {},
        ...runUrl ? { url: runUrl } : {}
      });
      await summary2({
        outcome: "refused",
        problems: check.refusals.map((r) => r.message),
        notes,
        ...runInfo
      });
      return 1;
    }
    const environment = check.target;
    const { version, uploaded } = await ensureVersion(
      clients,
      scope,
      target,
      deps.env.GITHUB_REPOSITORY,
      log
    );
    await ensureEvaluation(clients, version, target, log);
    const deployment = await deployVersion(clients, scope, environment, version, log);
    await moveAlias(clients, scope, environment.name, version, log);
    const endpointUrl = clients.endpoints.consoleUrl(deployment.endpoint.name);
    deps.edge.setOutput("job-name", job.name);
    deps.edge.setOutput("model-version", versionName(version));
    deps.edge.setOutput("endpoint", deployment.endpoint.name);
    deps.edge.setOutput("endpoint-url", endpointUrl);
    await timeline({
      environment: environment.name,
      status: "done",
      version: version.versionId,
      at: (/* @__PURE__ */ new Date()).toISOString(),
      ...runUrl ? { url: runUrl } : {}
    });
    await summary2({
      outcome: "done",
      problems: [],
      notes,
      ...runInfo,
      version: versionName(version),
      versionNote: uploaded ? "uploaded by this run" : "uploaded earlier for this run; reused",
      endpoint: deployment.endpoint,
      endpointUrl
    });
    log.info(
      `promoted ${scope.pipeline} version ${version.versionId} to ${environment.name}: ${endpointUrl}`
    );
    return 0;
  } catch (error) {
    if (error instanceof UserError && target) {
      const reason = describeError(error).message.split("\n")[0];
      await timeline({
        environment: settings.environment,
        status: "failed",
        at: (/* @__PURE__ */ new Date()).toISOString(),
        reason,
        ...runUrl ? { url: runUrl } : {}
      });
      await summary2({
        outcome: "failed",
        problems: [reason],
        notes: pickNote ? [pickNote] : [],
        runId: target.runId
      });
    }
    throw error;
  } finally {
    await clients.close();
  }
}
var promoteCommand = {
  name: "promote",
  summary: "promote a run\u2019s model to a GitHub Environment\u2019s endpoint (staging, then production)",
  usage: [
    "Usage: kfp-action promote --environment NAME [--job-name JOB | --commit SHA] [options]",
    "",
    "Checks that the run may go to the environment (its decision is deploy, the environment",
    "before it in the config holds the same model version, the job runs in the environment),",
    "then uploads the model as a version (once per run), attaches its metrics, deploys it to the",
    "environment's endpoint and moves the environment's alias. Safe to re-run.",
    "",
    "Options:",
    "  --environment NAME      target GitHub Environment (a name in the config `environments`)",
    "  --job-name JOB          projects/P/locations/R/pipelineJobs/ID (output job-name of submit);",
    "                          default: the newest SUCCEEDED run of the pipeline at the commit",
    "  --commit SHA            the commit whose newest run to take without --job-name",
    "                          (default GITHUB_SHA; full 40-character SHA)",
    "  --schedule NAME         take the newest SUCCEEDED run that this Vertex schedule of the",
    "                          pipeline started (a name in the config's schedules:)",
    "  --pipeline NAME         the config entry (default: from the job, or the only model)",
    "  --project ID            Google Cloud project of the model registry (over the config)",
    "  --region REGION         its region (over the config)",
    `  --timeout-minutes N     longest wait for one Vertex operation (default 45)`,
    "  --comment true|false    update the PR comment\u2019s promotion timeline (default true)",
    "  --github-token TOKEN    token for the PR comment"
  ].join("\n"),
  cliFlags: { values: [...TARGET_FLAGS, "job-name", "commit", "schedule"], switches: [] },
  fromArgs: (args, common) => build2(
    targetSettings(common, fromFlags(args), "promote"),
    fromFlags(args)("job-name"),
    fromFlags(args)("commit"),
    fromFlags(args)("schedule")
  ),
  // The action takes the commit from GITHUB_SHA (the checked-out commit of the workflow run).
  fromInputs: (input, common) => build2(
    targetSettings(common, fromInputs(input), "promote"),
    fromInputs(input)("job-name"),
    void 0,
    fromInputs(input)("schedule")
  ),
  run
};

// src/core/promotion/rollback.ts
var byVersionDesc = (a, b2) => Number(b2.versionId) - Number(a.versionId) || b2.versionId.localeCompare(a.versionId);
function selectRollbackTarget(environment, versions, endpoint, requested) {
  const current = holderOf(versions, aliasFor(environment));
  if (requested !== void 0) {
    const target = versions.find((v2) => v2.versionId === requested);
    if (!target) {
      const known2 = [...versions].sort(byVersionDesc).map((v2) => v2.versionId);
      return {
        ok: false,
        refusal: {
          code: "promote/no-rollback-target",
          severity: "error",
          message: `version ${requested} is not a version of this model (versions: ${known2.join(", ") || "none"})`
        }
      };
    }
    return { ok: true, current, target, because: `version ${requested} was asked for` };
  }
  const marked = holderOf(versions, previousAliasFor(environment));
  if (marked && marked.versionId !== current?.versionId) {
    return {
      ok: true,
      current,
      target: marked,
      because: `version ${marked.versionId} served "${environment}" before version ${current?.versionId ?? "?"} (alias ${previousAliasFor(environment)})`
    };
  }
  const deployed = new Set(endpoint?.deployedModels.map((d) => d.versionId) ?? []);
  const older = versions.filter((v2) => deployed.has(v2.versionId) && v2.versionId !== current?.versionId).filter((v2) => !current || Number(v2.versionId) < Number(current.versionId)).sort(byVersionDesc);
  if (older[0]) {
    return {
      ok: true,
      current,
      target: older[0],
      because: `version ${older[0].versionId} is the newest older version still deployed on ${endpoint.displayName}`
    };
  }
  return {
    ok: false,
    refusal: {
      code: "promote/no-rollback-target",
      severity: "error",
      message: current ? `"${environment}" serves version ${current.versionId} and no earlier version is recorded for it (no ${previousAliasFor(environment)} alias, nothing older on the endpoint); pick one with \`model-version\` (CLI: --to-version)` : `no version of this model holds the alias "${aliasFor(environment)}", so there is nothing to roll back in "${environment}"`
    }
  };
}

// src/commands/rollback.ts
function build3(settings, toVersion) {
  const v2 = toVersion?.trim();
  if (v2 && !/^\d+$/.test(v2)) {
    throw new UserError(
      `model-version (CLI: --to-version) must be a version number such as 7, got "${v2}"`,
      [],
      2
    );
  }
  return { ...settings, ...v2 ? { toVersion: v2 } : {} };
}
async function run2(settings, deps) {
  const log = deps.logger;
  const config = loadConfig2(settings.common, deps);
  const scope = resolveScope(settings, config, selectEntry(config, settings.pipeline, void 0));
  const { settings: environment } = findEnvironment(
    config.environments ?? [],
    settings.environment
  );
  const summary2 = (s3) => deps.edge.appendSummary(
    renderPromotionSummary({
      action: "rollback",
      pipeline: scope.pipeline,
      environment: settings.environment,
      ...s3
    })
  );
  if (!environment) {
    const names = (config.environments ?? []).map((e) => e.name).join(", ") || "none";
    const message = `environment "${settings.environment}" is not in the config's \`environments\` (${names})`;
    deps.edge.report([{ code: "promote/unknown-environment", severity: "error", message }]);
    await summary2({ outcome: "refused", problems: [message], notes: [] });
    return 1;
  }
  const oidc = checkOidcEnvironment(
    environment.name,
    await deps.oidcEnvironment(),
    oidcPolicy(settings, deps.env)
  );
  if (oidc.note) log.warning(oidc.note);
  if (oidc.skipped) deps.edge.report([oidc.skipped]);
  if (oidc.refusal) {
    deps.edge.report([oidc.refusal]);
    await summary2({ outcome: "refused", problems: [oidc.refusal.message], notes: [] });
    return 1;
  }
  const clients = await deps.promotion(
    scope.registry,
    scope.endpoints,
    settings.timeoutMinutes * 6e4
  );
  const runUrl = workflowRunUrl(deps.env);
  let commit;
  const timeline = (step) => updateTimeline(deps, {
    pipeline: scope.pipeline,
    commit,
    order: scope.order,
    step,
    comment: settings.comment,
    githubToken: settings.githubToken
  });
  try {
    const versions = await clients.models.listVersions(scope.modelId);
    let endpoint = await clients.endpoints.findEndpoint(endpointName(scope, environment));
    const plan = selectRollbackTarget(environment.name, versions, endpoint, settings.toVersion);
    if (!plan.ok) {
      deps.edge.report([plan.refusal]);
      await summary2({
        outcome: "refused",
        problems: [plan.refusal.message],
        notes: oidc.note ? [oidc.note] : []
      });
      return 1;
    }
    const { target, current } = plan;
    commit = current?.labels[LABEL_KEYS.commit] || void 0;
    log.info(`rolling ${environment.name} back to version ${target.versionId}: ${plan.because}`);
    if (!endpoint) {
      endpoint = await clients.endpoints.createEndpoint(endpointName(scope, environment), {
        "kfp-environment": aliasFor(environment.name)
      });
    }
    const ids = deployedIdsOf(endpoint, target.model, target.versionId);
    if (ids.length > 0) {
      log.info(
        `version ${target.versionId} (${versionName(target)}) is still deployed on ${endpoint.displayName} as ${ids[0]}: moving all the traffic back to it`
      );
      endpoint = await clients.endpoints.setTraffic(
        endpoint.name,
        splitWith(endpoint.trafficSplit, ids[0], 100)
      );
    } else {
      const minReplicas = environment.minReplicas ?? 1;
      log.info(
        `version ${target.versionId} (${versionName(target)}) is no longer on ${endpoint.displayName}: redeploying it (${environment.machineType ?? DEFAULT_MACHINE_TYPE}, ${minReplicas}+ replicas, all the traffic)`
      );
      endpoint = await clients.endpoints.deploy({
        endpoint: endpoint.name,
        version: target,
        displayName: `${scope.pipeline}-v${target.versionId}`,
        machineType: environment.machineType ?? DEFAULT_MACHINE_TYPE,
        minReplicas,
        maxReplicas: Math.max(minReplicas, environment.maxReplicas ?? minReplicas),
        trafficSplit: splitWith(endpoint.trafficSplit, NEW_DEPLOYMENT, 100),
        ...environment.serviceAccount ? { serviceAccount: environment.serviceAccount } : {}
      });
    }
    const keep = new Set(deployedIdsOf(endpoint, target.model, target.versionId));
    const undeployed = await undeployIdle(clients, endpoint, environment, keep, log);
    if (undeployed.length)
      endpoint = await clients.endpoints.findEndpoint(endpoint.displayName) ?? endpoint;
    if (holderOf(versions, aliasFor(environment.name))?.versionId !== target.versionId) {
      await moveAlias(clients, scope, environment.name, target, log, { markPrevious: false });
    }
    const endpointUrl = clients.endpoints.consoleUrl(endpoint.name);
    deps.edge.setOutput("model-version", versionName(target));
    deps.edge.setOutput("endpoint", endpoint.name);
    deps.edge.setOutput("endpoint-url", endpointUrl);
    await timeline({
      environment: environment.name,
      status: "rolled-back",
      version: target.versionId,
      at: (/* @__PURE__ */ new Date()).toISOString(),
      reason: plan.because,
      ...runUrl ? { url: runUrl } : {}
    });
    await summary2({
      outcome: "done",
      problems: [],
      notes: [plan.because, ...oidc.note ? [oidc.note] : []],
      version: versionName(target),
      ...current ? { versionNote: `was ${current.versionId}` } : {},
      endpoint,
      endpointUrl
    });
    log.info(`${environment.name} serves version ${target.versionId} again: ${endpointUrl}`);
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      const reason = describeError(error).message.split("\n")[0];
      await timeline({
        environment: environment.name,
        status: "failed",
        at: (/* @__PURE__ */ new Date()).toISOString(),
        reason
      });
      await summary2({ outcome: "failed", problems: [reason], notes: [] });
    }
    throw error;
  } finally {
    await clients.close();
  }
}
var rollbackCommand = {
  name: "rollback",
  summary: "move an environment\u2019s endpoint traffic and alias back to the version before",
  usage: [
    "Usage: kfp-action rollback --environment NAME [options]",
    "",
    "Returns the environment's endpoint traffic and its Model Registry alias to the version it",
    "served before the last promotion (or to --to-version).",
    "",
    "Options:",
    "  --environment NAME      the GitHub Environment to roll back",
    "  --to-version N          the model version to return to (default: the one before)",
    "  --pipeline NAME         the config entry (default: the only pipeline with a model)",
    "  --project ID            Google Cloud project of the model registry (over the config)",
    "  --region REGION         its region (over the config)",
    "  --timeout-minutes N     longest wait for one Vertex operation (default 45)",
    "  --comment true|false    note the rollback in the PR comment (default true)",
    "  --github-token TOKEN    token for the PR comment"
  ].join("\n"),
  cliFlags: { values: [...TARGET_FLAGS, "to-version"], switches: [] },
  fromArgs: (args, common) => build3(targetSettings(common, fromFlags(args), "rollback"), fromFlags(args)("to-version")),
  fromInputs: (input, common) => build3(
    targetSettings(common, fromInputs(input), "rollback"),
    fromInputs(input)("model-version")
  ),
  run: run2
};

// src/commands/run.ts
import { mkdirSync as mkdirSync4, readFileSync as readFileSync9, writeFileSync as writeFileSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import path13 from "node:path";
function parseParamFlags(values) {
  const out = [];
  for (const v2 of values) {
    const eq = v2.indexOf("=");
    if (eq <= 0) throw new UserError(`--param needs name=value, got "${v2}"`, [], 2);
    const name = v2.slice(0, eq);
    const text2 = v2.slice(eq + 1);
    if (/^\s*[[{]/.test(text2)) {
      try {
        out.push([name, parseParameterJson(text2)]);
        continue;
      } catch (error) {
        throw new UserError(
          `--param ${name}: the value looks like JSON but cannot be read as JSON: ${text2} (${error.message})`,
          [],
          2
        );
      }
    }
    out.push([name, text2]);
  }
  return Object.fromEntries(out);
}
function cacheModeOf(name, value2) {
  if (value2 === void 0 || value2.trim() === "") return "compiled";
  return parseBoolean(name, value2, true) ? "on" : "off";
}
var USAGE2 = [
  "Usage: kfp-action run [compiled IR or pipeline source] [options]",
  "",
  "Runs the pipeline on this machine: every task as a process (Python components with the",
  "project's venv, container commands on the host), independent tasks in parallel, with the",
  "task cache; then applies the config's decision and gates and writes the report.",
  "Without a source, the pipeline of the config file (or the only one found in the repository).",
  "",
  "  --parallelism N    tasks at once (default: one per core)",
  "  --no-cache         run every task, ignore and do not fill the cache",
  "  --fail-fast        stop all tasks when one fails (default: independent tasks go on)",
  "  --param NAME=VALUE pipeline parameter (repeatable; over the config values)",
  "  --pipeline NAME    the pipeline to run when the source has several (pipeline or function",
  "                     name; a sub-pipeline too)",
  "  --gcs-dir DIR      read gs://bucket/path (importer URIs) from DIR/bucket/path, as Vertex",
  "                     reads them from its /gcs/ mount",
  "  --strict-packages  a component's pinned package version that the venv does not have is an",
  "                     error (default: a warning in the log and the report)",
  "  --output-dir DIR   base folder (default: .kfp-action): runs/, cache/, compiled/",
  "",
  "Exit: 0 the run succeeded (the decision may still be hold), 1 it failed or could not start, 2 usage."
].join("\n");
function fromParts(common, source, output, parallelism, cacheMode, failFast, parameters, parametersSource, pipeline, strictPackages, gcsDir) {
  return {
    common,
    ...pipeline ? { pipeline } : {},
    strictPackages,
    ...gcsDir ? { gcsDir } : {},
    ...source ? { source } : {},
    outputDir: outputBase(common, output),
    parallelism,
    cacheMode,
    failFast,
    parameters,
    parametersSource
  };
}
function entryFor(config, name, entryIndex) {
  if (!config) return void 0;
  if (entryIndex !== void 0) return config.pipelines[entryIndex];
  return config.pipelines.find((e) => e.name === name);
}
function modelUri(run5, entry) {
  if (!entry?.model) return "";
  const task = run5.tasks.find((t) => t.name === entry.model.task && t.outputArtifacts.length > 0);
  const artifact = task?.outputArtifacts.find(
    (a) => a.outputName === (entry.model.artifact ?? "model")
  );
  return artifact?.uri ?? "";
}
var runCommand = {
  name: "run",
  summary: "run a pipeline on this machine (local backend), gate it and write the report",
  usage: USAGE2,
  cliFlags: {
    values: ["parallelism", "param", "output-dir", "pipeline", "gcs-dir"],
    switches: ["no-cache", "fail-fast", "strict-packages"]
  },
  fromArgs: (args, common) => {
    if (args.positionals.length > 1) {
      throw new UserError(
        `run takes one pipeline, got ${args.positionals.length}: ${args.positionals.join(" ")}`,
        [],
        2
      );
    }
    const params = parseParamFlags(args.flags.get("param") ?? []);
    return fromParts(
      common,
      args.positionals[0],
      flag(args, "output-dir"),
      parsePositiveInt("--parallelism", flag(args, "parallelism"), 0),
      parseBoolean("--no-cache", flag(args, "no-cache"), false) ? "off" : "compiled",
      parseBoolean("--fail-fast", flag(args, "fail-fast"), false),
      params,
      Object.keys(params).length > 0 ? "the config and --param" : "the config",
      flag(args, "pipeline"),
      parseBoolean("--strict-packages", flag(args, "strict-packages"), false),
      flag(args, "gcs-dir")
    );
  },
  fromInputs: (input, common) => {
    const sources = splitSourceList(input("pipelines"));
    if (sources.length > 1) {
      throw new UserError(
        `input "pipelines": run takes one pipeline, got ${sources.length}`,
        [],
        2
      );
    }
    return fromParts(
      common,
      sources[0],
      input("output-dir"),
      parsePositiveInt('input "parallelism"', input("parallelism"), 0),
      cacheModeOf('input "cache"', input("cache")),
      parseBoolean('input "fail-fast"', input("fail-fast"), false),
      parseParameterObject('input "parameters"', input("parameters")),
      input("parameters").trim() ? "the config and the parameters input" : "the config",
      input("pipeline").trim() || void 0,
      parseBoolean('input "strict-packages"', input("strict-packages"), false),
      input("gcs-dir").trim() || void 0
    );
  },
  async run(settings, deps) {
    const wd = settings.common.workingDirectory;
    const compiled3 = await compilePipelines(
      {
        common: settings.common,
        sources: settings.source ? [settings.source] : [],
        outputDir: compiledDir(settings.outputDir),
        ...settings.pipeline ? { pipeline: settings.pipeline } : {}
      },
      deps
    );
    deps.edge.report(compiled3.diagnostics);
    if (compiled3.diagnostics.some(isError)) {
      deps.logger.error(
        "the pipeline did not compile or validate; fix the errors above before running it"
      );
      return 1;
    }
    if (compiled3.compiled.length !== 1) {
      const names = compiled3.compiled.map((c2) => `${c2.name} from ${c2.source}`).join(", ");
      deps.edge.report([
        compiled3.compiled.length === 0 ? {
          code: "run/no-pipeline",
          severity: "error",
          message: `no pipeline found to run in ${settings.source ?? displayPath2(wd, settings.common.configPath)}`
        } : {
          code: "run/several-pipelines",
          severity: "error",
          message: `${compiled3.compiled.length} pipelines found (${names}); run takes one: choose it with --pipeline NAME (input \`pipeline\`), e.g. ${["kfp-action run", settings.source, "--pipeline", compiled3.compiled[0].name].filter(Boolean).join(" ")}`
        }
      ]);
      return 1;
    }
    const target = compiled3.compiled[0];
    if (target.kind === "component") {
      deps.edge.report([
        {
          code: "run/component",
          severity: "error",
          message: `the module defines component ${target.name} and no pipeline; it was compiled to ${target.file}, but run needs a pipeline: use the component in a @dsl.pipeline and run that`,
          file: target.source
        }
      ]);
      return 1;
    }
    const loaded = loadSpecBytes(readFileSync9(path13.resolve(wd, target.file)), target.file);
    if (!loaded.ok) {
      deps.edge.report(loaded.diagnostics);
      return 1;
    }
    const entry = entryFor(compiled3.config, target.name, target.entryIndex);
    if (compiled3.config && !entry) {
      deps.logger.info(
        `no entry of ${displayPath2(wd, settings.common.configPath)} names pipeline ${target.name}: running it without its parameters, decision and gates`
      );
    }
    if (compiled3.zeroConfig) {
      deps.logger.info(
        "no config file: the run uses the compiled parameter defaults, with no decision and no gates (kfp-action init writes a config that guesses them)"
      );
    }
    const parameters = { ...entry?.parameters ?? {}, ...settings.parameters };
    const parallelism = settings.parallelism > 0 ? settings.parallelism : availableParallelism();
    deps.logger.info(
      `running ${target.name} locally (${parallelism} task${parallelism === 1 ? "" : "s"} at once, cache ${settings.cacheMode === "compiled" ? "as compiled" : settings.cacheMode}${settings.failFast ? ", fail-fast" : ""})`
    );
    const runner = await deps.localRunner();
    const { result: result2, runDir } = await runner.run({
      spec: loaded.loaded.spec,
      parameters,
      parametersSource: settings.parametersSource,
      workingDirectory: wd,
      outputDir: settings.outputDir,
      python: settings.common.python,
      parallelism,
      cacheMode: settings.cacheMode,
      failFast: settings.failFast,
      strictPackages: settings.strictPackages,
      ...settings.gcsDir ? { gcsDir: settings.gcsDir } : {}
    });
    const outcome = evaluateGates(result2, entry ?? {});
    const reportFile = path13.join(runDir, "report.md");
    const reportPath = displayPath2(wd, reportFile);
    const markdown = renderRunReport(result2, outcome, {
      title: "local run",
      marker: `kfp-action:run:${target.name}`,
      footer: `kfp-action local run \xB7 folder ${displayPath2(wd, runDir).replace(/[<>&`|]/g, "")}`
    });
    mkdirSync4(runDir, { recursive: true });
    writeFileSync4(reportFile, markdown);
    deps.edge.print(renderRunSummaryText(result2, outcome, reportPath));
    deps.edge.setOutput("job-name", result2.jobName);
    deps.edge.setOutput("job-state", result2.state);
    deps.edge.setOutput("decision", outcome.decision);
    deps.edge.setOutput("metrics", JSON.stringify(metricsAsJson(outcome.metrics)));
    deps.edge.setOutput("model-artifact-uri", modelUri(result2, entry));
    deps.edge.setOutput("report-path", reportPath);
    if (deps.edge.kind === "action") await deps.edge.appendSummary(markdown);
    deps.edge.report(
      result2.tasks.filter((t) => t.state === "FAILED" && t.errorCode).map((t) => ({
        code: t.errorCode,
        severity: "error",
        message: `task ${t.name}${t.iteration !== void 0 ? ` (iteration ${(t.iterationPath ?? [t.iteration]).join(".")})` : ""} failed: ${t.errorCode === "run/gcs-uri" ? (t.error ?? "").split("\n")[0] : errorHeadline(t.error ?? "")}; its log is in ${displayPath2(wd, runDir)}`,
        file: target.file,
        task: t.name
      }))
    );
    if (result2.state !== "SUCCEEDED") {
      deps.logger.error(
        `the run ended ${result2.state}${result2.error ? `: ${result2.error}` : ""}; task logs are in ${displayPath2(wd, runDir)}`
      );
      return 1;
    }
    return 0;
  }
};

// src/commands/schedules.ts
import { readFileSync as readFileSync10 } from "node:fs";
import path14 from "node:path";

// src/core/spec/caching.ts
function withDag(dag, enable) {
  if (!dag?.tasks) return dag;
  const tasks = Object.fromEntries(
    Object.entries(dag.tasks).map(([name, task]) => [
      name,
      { ...task, cachingOptions: { ...task.cachingOptions, enableCache: enable } }
    ])
  );
  return { ...dag, tasks };
}
function withCaching(spec, enable) {
  const components = spec.components ? Object.fromEntries(
    Object.entries(spec.components).map(([name, c2]) => [
      name,
      c2.dag ? { ...c2, dag: withDag(c2.dag, enable) } : c2
    ])
  ) : spec.components;
  const root = spec.root ? { ...spec.root, dag: withDag(spec.root.dag, enable) } : spec.root;
  return {
    ...spec,
    ...components ? { components } : {},
    ...root ? { root } : {}
  };
}

// src/core/schedules/desired.ts
function desiredSchedules(pipeline, origin) {
  const desired = [];
  const diagnostics = [];
  const v2 = pipeline.vertex;
  const spec = v2.enableCaching !== void 0 ? withCaching(pipeline.spec, v2.enableCaching) : pipeline.spec;
  let labelChanges = [];
  for (const s3 of pipeline.schedules) {
    const checked = checkParameters(
      pipeline.spec,
      { ...pipeline.parameters, ...s3.parameters },
      `schedule ${s3.name} (its parameters over the pipeline's)`
    );
    if (checked.diagnostics.length > 0) {
      diagnostics.push(
        ...checked.diagnostics.map((d) => ({
          ...d,
          message: `${pipeline.name}, schedule ${s3.name}: ${d.message}`,
          task: pipeline.name
        }))
      );
      continue;
    }
    const { labels, changed } = jobLabels(
      { pipeline: pipeline.name, commit: origin.commit, repository: origin.repository },
      v2.labels
    );
    labelChanges = changed;
    const timeZone = s3.timeZone ?? DEFAULT_TIME_ZONE;
    desired.push({
      pipeline: pipeline.name,
      schedule: s3.name,
      location: { project: v2.project, region: v2.region },
      timeZone,
      cronFields: s3.cron.trim().split(/\s+/).join(" "),
      paused: s3.paused ?? false,
      catchUp: s3.catchUp ?? false,
      fields: {
        displayName: scheduleDisplayName(origin.repository, pipeline.name, s3.name),
        cron: vertexCron(s3.cron, timeZone),
        maxConcurrentRunCount: s3.maxConcurrentRuns ?? 1,
        ...s3.startTime ? { startTime: new Date(s3.startTime).toISOString() } : {},
        ...s3.endTime ? { endTime: new Date(s3.endTime).toISOString() } : {},
        ...s3.maxRunCount ? { maxRunCount: s3.maxRunCount } : {},
        allowQueueing: s3.allowQueueing ?? false,
        job: {
          displayName: `${pipeline.name}-${s3.name}`.slice(0, 128),
          pipelineSpec: spec,
          parameterValues: checked.values,
          pipelineRoot: v2.pipelineRoot,
          labels: { ...labels, ...scheduleLabels(s3.name) },
          ...v2.serviceAccount ? { serviceAccount: v2.serviceAccount } : {},
          ...v2.network ? { network: v2.network } : {},
          ...v2.kmsKey ? { kmsKey: v2.kmsKey } : {},
          ...v2.failurePolicy ? { failurePolicy: v2.failurePolicy } : {}
        }
      }
    });
  }
  return { desired, diagnostics, labelChanges };
}

// src/core/schedules/plan.ts
var VOLATILE_LABELS = /* @__PURE__ */ new Set([LABEL_KEYS.commit, "kfp-workflow-run"]);
var show4 = (v2) => printable(v2 === void 0 ? "(unset)" : typeof v2 === "string" ? v2 : canonicalJson(v2));
function stableLabels(labels) {
  return Object.fromEntries(Object.entries(labels).filter(([k2]) => !VOLATILE_LABELS.has(k2)));
}
function digestOf(spec) {
  return `sha256:${specDigest(spec).slice(0, 12)}`;
}
function jobChanges(want, have) {
  const out = [];
  const a = digestOf(want.pipelineSpec);
  const b2 = digestOf(have.pipelineSpec);
  if (a !== b2) out.push(`pipeline spec: ${b2} \u2192 ${a}`);
  const pairs = [
    ["parameters", have.parameterValues, want.parameterValues],
    ["pipeline root", have.pipelineRoot, want.pipelineRoot],
    ["service account", have.serviceAccount, want.serviceAccount],
    ["network", have.network, want.network],
    ["KMS key", have.kmsKey, want.kmsKey],
    ["failure policy", have.failurePolicy, want.failurePolicy],
    ["run display name", have.displayName, want.displayName],
    ["run labels", stableLabels(have.labels), stableLabels(want.labels)]
  ];
  for (const [what, before, after] of pairs)
    if (canonicalJson(before ?? null) !== canonicalJson(after ?? null))
      out.push(`${what}: ${show4(before)} \u2192 ${show4(after)}`);
  return out;
}
function fieldChanges(want, have) {
  const mask = [];
  const lines = [];
  const unset = [];
  const same = (x2, y2) => canonicalJson(x2 ?? null) === canonicalJson(y2 ?? null);
  const field = (path20, label2, before, after) => {
    if (same(before, after)) return;
    mask.push(path20);
    lines.push(`${label2}: ${show4(before)} \u2192 ${show4(after)}`);
  };
  field("cron", "cron", have.cron, want.cron);
  field(
    "max_concurrent_run_count",
    "max concurrent runs",
    have.maxConcurrentRunCount,
    want.maxConcurrentRunCount
  );
  if (want.startTime !== void 0) field("start_time", "start", have.startTime, want.startTime);
  if (want.endTime !== void 0) field("end_time", "end", have.endTime, want.endTime);
  else if (have.endTime !== void 0) unset.push(`end ${have.endTime}`);
  if (want.maxRunCount !== void 0)
    field("max_run_count", "max run count", have.maxRunCount, want.maxRunCount);
  else if (have.maxRunCount) unset.push(`max run count ${have.maxRunCount}`);
  field("allow_queueing", "allow queueing", have.allowQueueing, want.allowQueueing);
  const job = jobChanges(want.job, have.job);
  if (job.length > 0) {
    mask.push("create_pipeline_job_request");
    lines.push(...job);
  }
  return { mask, lines, unset };
}
function base(d) {
  return {
    pipeline: d.pipeline,
    schedule: d.schedule,
    location: d.location,
    displayName: d.fields.displayName,
    desired: d
  };
}
function createAction(d, changes, existing) {
  const ops = [
    ...existing ? [{ op: "delete", name: existing.name }] : [],
    { op: "create", fields: d.fields },
    ...d.paused ? [{ op: "pause" }] : []
  ];
  return {
    ...base(d),
    kind: existing ? "replace" : "create",
    ...existing ? { existing: existing.name } : {},
    changes,
    ops
  };
}
function reconcileOne(d, have) {
  const { mask, lines, unset } = fieldChanges(d.fields, have);
  if (unset.length > 0) {
    return createAction(
      d,
      [
        ...lines,
        `no longer set: ${unset.join(", ")} (Vertex cannot unset a field, so the schedule is created again)`
      ],
      have
    );
  }
  if (have.state === "COMPLETED") {
    if (mask.length === 0) {
      return {
        ...base(d),
        kind: "leave",
        existing: have.name,
        changes: [
          "completed: it reached its end time or run count; change the config to start it again"
        ],
        ops: []
      };
    }
    return createAction(
      d,
      [...lines, "it had completed, and a completed schedule cannot be resumed"],
      have
    );
  }
  const ops = [];
  if (mask.length > 0) ops.push({ op: "update", name: have.name, fields: d.fields, mask });
  let kind = mask.length > 0 ? "update" : "leave";
  const changes = [...lines];
  if (d.paused && have.state !== "PAUSED") {
    ops.push({ op: "pause", name: have.name });
    changes.push("paused: no new runs start");
    if (kind === "leave") kind = "pause";
  } else if (!d.paused && have.state === "PAUSED") {
    ops.push({ op: "resume", name: have.name, catchUp: d.catchUp });
    changes.push(
      d.catchUp ? "resumed, starting the runs missed while paused" : "resumed from the next run time"
    );
    if (kind === "leave") kind = "resume";
  }
  return { ...base(d), kind, existing: have.name, changes, ops };
}
function planSchedules(desired, existing, scope) {
  const prefix = ownerPrefix(scope.repository);
  const key = (location, displayName) => `${location.project}/${location.region}/${displayName}`;
  const locationOf = (name) => {
    const m = /^projects\/([^/]+)\/locations\/([^/]+)\//.exec(name);
    return { project: m?.[1] ?? "", region: m?.[2] ?? "" };
  };
  const owned = existing.filter((s3) => s3.displayName.startsWith(prefix)).map((s3, index) => ({ s: s3, index })).sort((a, b2) => (a.s.createTime ?? "").localeCompare(b2.s.createTime ?? "") || a.index - b2.index).map(({ s: s3 }) => s3);
  const byKey = /* @__PURE__ */ new Map();
  for (const s3 of owned) {
    const k2 = key(locationOf(s3.name), s3.displayName);
    byKey.set(k2, [...byKey.get(k2) ?? [], s3]);
  }
  const actions = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const d of desired) {
    const k2 = key(d.location, d.fields.displayName);
    claimed.add(k2);
    const [have, ...duplicates] = byKey.get(k2) ?? [];
    actions.push(have ? reconcileOne(d, have) : createAction(d, []));
    for (const extra of duplicates) {
      actions.push({
        ...base(d),
        kind: "delete",
        existing: extra.name,
        changes: [
          `a second schedule with the display name ${d.fields.displayName} (kept ${have.name})`
        ],
        ops: [{ op: "delete", name: extra.name }]
      });
    }
  }
  for (const [k2, list] of byKey) {
    if (claimed.has(k2)) continue;
    for (const s3 of list) {
      const parsed = parseDisplayName(scope.repository, s3.displayName);
      const pipeline = parsed?.pipeline ?? "?";
      if (scope.pipelines && !scope.pipelines.has(pipeline)) continue;
      const common = {
        pipeline,
        schedule: parsed?.schedule ?? printable(s3.displayName),
        location: locationOf(s3.name),
        displayName: s3.displayName,
        existing: s3.name
      };
      if (scope.removed === "delete") {
        actions.push({
          ...common,
          kind: "delete",
          changes: ["the config no longer has it"],
          ops: [{ op: "delete", name: s3.name }]
        });
      } else if (s3.state === "ACTIVE") {
        actions.push({
          ...common,
          kind: "pause",
          changes: ["the config no longer has it; paused, not deleted (removed-schedules: pause)"],
          ops: [{ op: "pause", name: s3.name }]
        });
      } else {
        actions.push({
          ...common,
          kind: "leave",
          changes: [
            `the config no longer has it; it is ${s3.state} and kept (removed-schedules: pause)`
          ],
          ops: []
        });
      }
    }
  }
  return actions;
}

// src/commands/wait-for-job.ts
var ICON4 = {
  RUNNING: "\u25B6",
  SUCCEEDED: "\u2713",
  FAILED: "\u2717",
  SKIPPED: "\u267B",
  NOT_TRIGGERED: "\u23ED",
  CANCELLED: "\u26D4",
  CANCELLING: "\u26D4"
};
function clock(ms) {
  const s3 = Math.max(0, Math.round(ms / 1e3));
  const h = Math.floor(s3 / 3600);
  const m = Math.floor(s3 % 3600 / 60);
  return `${h > 0 ? `${h}:${String(m).padStart(2, "0")}` : m}:${String(s3 % 60).padStart(2, "0")}`;
}
function describeChanges(before, job) {
  const states = /* @__PURE__ */ new Map();
  const title = [];
  const lines = [];
  for (const task of job.tasks) {
    const key = `${task.parentTaskId ?? ""}/${task.taskName}/${task.taskId}`;
    states.set(key, task.state);
    const old = before.get(key);
    if (old === task.state) continue;
    if (isRootDag(job, task)) continue;
    title.push(
      `${task.taskName} ${ICON4[task.state] ?? "\xB7"} ${task.state.toLowerCase().replace("_", " ")}`
    );
    lines.push(...taskLines(task, old));
  }
  return { title, lines, states };
}
function isRootDag(job, task) {
  return !task.parentTaskId && job.tasks.some((t) => t.parentTaskId === task.taskId);
}
function taskLines(task, old) {
  const lines = [
    `${task.taskName}: ${old ?? "new"} \u2192 ${task.state}${task.state === "SKIPPED" ? " (cache hit)" : ""}`
  ];
  if (task.error) lines.push(`  error: ${task.error.split("\n")[0]}`);
  const params = outputParametersOf(task);
  for (const [k2, v2] of Object.entries(params)) lines.push(`  output ${k2} = ${JSON.stringify(v2)}`);
  return lines;
}
function abortableSleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
async function waitForJob(service, first, options) {
  const started = options.now();
  const heartbeat = options.heartbeatMs ?? 6e5;
  let lastNews = started;
  let job = first;
  let states = describeChanges(/* @__PURE__ */ new Map(), first).states;
  let jobState = first.state;
  options.logger.info(`${first.name}: ${first.state}`);
  for (let attempt = 0; !TERMINAL_PIPELINE_STATES.has(job.state); attempt++) {
    if (options.signal?.aborted) return { kind: "interrupted", job };
    const elapsed = options.now() - started;
    if (elapsed >= options.timeoutMs) return { kind: "timeout", job };
    const wait = Math.min(options.delayMs(attempt), options.timeoutMs - elapsed);
    await options.sleep(wait, options.signal);
    if (options.signal?.aborted) return { kind: "interrupted", job };
    job = await service.getPipelineJob(first.name);
    const changes = describeChanges(states, job);
    states = changes.states;
    const at = clock(options.now() - started);
    if (job.state !== jobState) changes.title.unshift(`job ${job.state}`);
    if (changes.title.length > 0) {
      lastNews = options.now();
      const lines = job.state !== jobState ? [`job: ${jobState} \u2192 ${job.state}`, ...changes.lines] : changes.lines;
      jobState = job.state;
      await options.logger.group(`${at} \xB7 ${changes.title.join(" \xB7 ")}`, async () => {
        for (const line of lines) options.logger.info(line);
      });
    } else if (options.now() - lastNews >= heartbeat) {
      lastNews = options.now();
      const steps = job.tasks.filter((t) => !isRootDag(job, t));
      const done = steps.filter((t) => !["RUNNING", "PENDING"].includes(t.state)).length;
      options.logger.info(`${at} \xB7 still ${job.state} (${done} of ${steps.length} tasks done)`);
    }
  }
  if (job.error) options.logger.info(`job error: ${job.error.split("\n")[0]}`);
  return { kind: "finished", job };
}

// src/commands/submit-pipeline.ts
function resolveVertex(config, entry, overrides, pipeline) {
  const merged = { ...config?.vertex, ...entry?.vertex };
  for (const [k2, v2] of Object.entries(overrides)) {
    if (v2 !== void 0 && v2 !== "") merged[k2] = v2;
  }
  const missing = [
    ["project", "project"],
    ["region", "region"],
    ["pipelineRoot", "pipeline-root"]
  ].filter(([key]) => !merged[key]);
  if (missing.length > 0) {
    const list = missing.map(([key, input]) => `vertex.${key} (input \`${input}\`)`).join(", ");
    throw new UserError(
      `pipeline ${pipeline}: ${list} not set; set ${missing.length === 1 ? "it" : "them"} in the config file or as action inputs (code vertex/missing-setting)`,
      [
        {
          code: "vertex/missing-setting",
          severity: "error",
          message: `${pipeline}: ${list} not set`
        }
      ]
    );
  }
  if (!/^gs:\/\/[^/]+/.test(merged.pipelineRoot)) {
    throw new UserError(
      `pipeline ${pipeline}: vertex.pipelineRoot is "${merged.pipelineRoot}"; it must be a gs://bucket/folder URI (code vertex/missing-setting)`
    );
  }
  return merged;
}
var MAX_ATTEMPTS = 10;
var CANCEL_POLLS = 4;
async function cancelJob(vertex, job, context) {
  if (TERMINAL_PIPELINE_STATES.has(job.state)) return job;
  context.logger.info(`cancelling ${job.name} because the workflow was cancelled`);
  await vertex.pipelines.cancelPipelineJob(job.name);
  let current = job;
  for (let i = 0; i < CANCEL_POLLS && current.state !== "CANCELLED"; i++) {
    await context.waitOptions.sleep(Math.min(vertex.pollDelayMs(0), 1e3));
    current = await vertex.pipelines.getPipelineJob(job.name);
  }
  context.logger.info(`${job.name} is ${current.state}`);
  return current;
}
function cancelledBeforeCreate(pipeline) {
  const message = `${pipeline}: the workflow was cancelled before the pipeline job was created; nothing was submitted`;
  return new UserError(message, [{ code: "vertex/cancelled", severity: "error", message }]);
}
async function waitWhileCancelling(vertex, job, context, pipeline) {
  context.logger.info(
    `${job.name} is being cancelled: waiting for it to end before the next attempt`
  );
  const waited = await waitForJob(vertex.pipelines, job, {
    ...context.waitOptions,
    delayMs: (attempt) => vertex.pollDelayMs(attempt),
    timeoutMs: context.timeoutMinutes * 6e4,
    logger: context.logger
  });
  if (waited.kind === "interrupted") throw cancelledBeforeCreate(pipeline);
  if (waited.kind === "timeout") {
    const message = `${pipeline}: ${job.name} was still ${waited.job.state} after ${context.timeoutMinutes} minutes; the next attempt was not started`;
    throw new UserError(message, [{ code: "vertex/timeout", severity: "error", message }]);
  }
  return waited.job;
}
function prepareParameters(p) {
  const checked = checkParameters(p.spec, p.parameters, p.parametersSource);
  if (checked.diagnostics.length > 0) {
    const located = checked.diagnostics.map((d) => ({ ...d, task: p.name }));
    throw new UserError(
      `pipeline ${p.name}: ${checked.diagnostics.length} parameter value${checked.diagnostics.length === 1 ? " is" : "s are"} wrong; nothing was submitted:
${checked.diagnostics.map((d) => `  - ${d.message} (${d.code})`).join("\n")}`,
      located
    );
  }
  return checked.values;
}
async function submitPipeline(p, vertex, context, onJob) {
  const log = context.logger;
  const parameters = prepareParameters(p);
  const location = { project: p.vertex.project, region: p.vertex.region };
  const spec = p.vertex.enableCaching !== void 0 ? withCaching(p.spec, p.vertex.enableCaching) : p.spec;
  const digest = `sha256:${specDigest(p.spec)}`;
  const sentDigest = spec === p.spec ? digest : `sha256:${specDigest(spec)}`;
  const origin = {
    pipeline: p.name,
    commit: context.commit,
    specDigest: sentDigest,
    ...context.repository ? { repository: context.repository } : {},
    ...context.workflowRun ? { workflowRun: context.workflowRun } : {},
    ...context.workflowRunAttempt ? { workflowRunAttempt: context.workflowRunAttempt } : {}
  };
  const runLabel = workflowRunLabel(origin);
  const { labels, changed } = jobLabels(origin, p.vertex.labels);
  for (const c2 of changed) log.warning(`label rewritten to fit Vertex's rules: ${c2}`);
  let templateUri;
  if (p.vertex.templateRegistry) {
    const uploaded = await vertex.templates.upload({
      registryUrl: p.vertex.templateRegistry,
      content: p.yaml,
      tags: [`commit-${context.commit.slice(0, 40)}`, "latest"],
      packageName: p.name
    });
    templateUri = uploaded.templateUri;
    log.info(`uploaded the template: ${templateUri}`);
  }
  const wanted = { specLabel: specLabelValue(sentDigest), parameters };
  const passedOver = [];
  let submitted;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && !submitted; attempt++) {
    const jobId = pipelineJobId(p.name, context.commit, attempt);
    if (context.waitOptions.signal?.aborted) throw cancelledBeforeCreate(p.name);
    const result2 = await vertex.pipelines.createOrAttach(
      {
        location,
        jobId,
        // Vertex allows 128 characters.
        displayName: (p.vertex.displayName ?? `${p.name}-${context.commit.slice(0, 7)}`).slice(
          0,
          128
        ),
        // Submitting by template: Vertex reads the spec from the registry (the same bytes).
        ...templateUri && p.vertex.enableCaching === void 0 ? { templateUri } : { pipelineSpec: spec },
        parameterValues: parameters,
        pipelineRoot: p.vertex.pipelineRoot,
        labels,
        ...p.vertex.serviceAccount ? { serviceAccount: p.vertex.serviceAccount } : {},
        ...p.vertex.network ? { network: p.vertex.network } : {},
        ...p.vertex.kmsKey ? { kmsKey: p.vertex.kmsKey } : {},
        ...p.vertex.failurePolicy ? { failurePolicy: p.vertex.failurePolicy } : {}
      },
      context.waitOptions.signal ? { signal: context.waitOptions.signal } : {}
    );
    if (!result2.attached) {
      submitted = { job: result2.job };
      break;
    }
    const skip = (why) => {
      passedOver.push(`${jobId} ${why}`);
      log.info(`${jobId} already exists and ${why}: starting attempt ${attempt + 1}`);
    };
    let existing = result2.job;
    if (existing.state === "CANCELLING") {
      existing = await waitWhileCancelling(vertex, existing, context, p.name);
      skip(`was being cancelled (now ${existing.state})`);
      continue;
    }
    if (existing.state === "FAILED" || existing.state === "CANCELLED") {
      skip(`ended ${existing.state}`);
      continue;
    }
    const same = compareSubmission(existing, wanted);
    if (!same.same) {
      skip(same.reason);
      continue;
    }
    submitted = { job: existing, attached: attachReason(existing, runLabel) };
  }
  if (!submitted) {
    throw new UserError(
      `pipeline ${p.name}: the ${MAX_ATTEMPTS} job ids of commit ${context.commit.slice(0, 7)} are all taken by jobs that failed, were cancelled or ran another spec or other parameters; not starting another (code vertex/too-many-attempts):
${passedOver.map((l) => `  - ${l}`).join("\n")}`,
      [
        {
          code: "vertex/too-many-attempts",
          severity: "error",
          message: `${p.name}: all ${MAX_ATTEMPTS} job ids of commit ${context.commit.slice(0, 7)} are taken`
        }
      ]
    );
  }
  const { job: created, attached } = submitted;
  onJob(created.name);
  log.info(
    attached === "lost-answer" ? `${created.name} was created by this step (the first answer was lost on the way back): following it` : attached === "earlier-run" ? `attached to ${created.name}: an earlier workflow run started it with the same spec and parameter values` : `created ${created.name}`
  );
  let ending = "not-waited";
  let job = created;
  if (context.wait) {
    const waited = await waitForJob(vertex.pipelines, created, {
      ...context.waitOptions,
      delayMs: (attempt) => vertex.pollDelayMs(attempt),
      timeoutMs: context.timeoutMinutes * 6e4,
      logger: log
    });
    ending = waited.kind;
    job = waited.kind === "interrupted" ? await cancelJob(vertex, waited.job, context) : waited.job;
  }
  return gateJob(
    {
      name: p.name,
      ...p.entry ? { entry: p.entry } : {},
      pipelineRoot: p.vertex.pipelineRoot,
      location,
      job,
      ...attached ? { attached } : {},
      ending,
      passedOver,
      specDigest: digest,
      ...templateUri ? { templateUri } : {}
    },
    vertex,
    context
  );
}
async function gateJob(waited, vertex, context) {
  const log = context.logger;
  const { job, location, ending, entry, name } = waited;
  const ran = job.parameterValues;
  const run5 = toRunResult(job, {
    pipelineName: name,
    location,
    specDigest: waited.specDigest,
    parameters: ran
  });
  let baseline;
  let baselineMetrics;
  const wantsBaseline = (entry?.gates ?? []).some((g2) => g2.maxRegression !== void 0);
  if (wantsBaseline && ending === "finished") {
    const modelName = entry?.model?.displayName ?? name;
    const lookup = await vertex.models.tryReadBaseline(location, modelName, context.baselineAlias);
    if (lookup.found) {
      const label2 = `${context.baselineAlias} (v${lookup.baseline.version})`;
      baseline = { label: label2 };
      baselineMetrics = { label: label2, values: lookup.baseline.metrics };
      log.info(`baseline: ${lookup.baseline.model} ${JSON.stringify(lookup.baseline.metrics)}`);
    } else {
      baseline = { missing: lookup.reason };
      log.info(`no baseline: ${lookup.reason}; regression gates are skipped`);
    }
  }
  const outcome = evaluateGates(run5, entry ?? {}, baselineMetrics);
  return { ...waited, run: run5, outcome, parameters: ran, ...baseline ? { baseline } : {} };
}

// src/commands/schedules.ts
function build4(common, get, sources) {
  const removed = (get("removed-schedules") ?? "").trim() || "delete";
  if (removed !== "delete" && removed !== "pause") {
    throw new UserError(
      `removed-schedules must be "delete" or "pause", got "${removed}" (code schedules/bad-input)`,
      [
        {
          code: "schedules/bad-input",
          severity: "error",
          message: `removed-schedules must be "delete" or "pause", got "${removed}"`
        }
      ],
      2
    );
  }
  return {
    common,
    sources,
    outputBase: outputBase(common, get("output-dir")),
    vertex: {
      ...get("project") ? { project: get("project") } : {},
      ...get("region") ? { region: get("region") } : {},
      ...get("pipeline-root") ? { pipelineRoot: get("pipeline-root") } : {},
      ...get("service-account") ? { serviceAccount: get("service-account") } : {}
    },
    removed,
    dryRun: parseBoolean("dry-run", get("dry-run"), false)
  };
}
var VALUE_FLAGS = [
  "output-dir",
  "project",
  "region",
  "pipeline-root",
  "service-account",
  "removed-schedules",
  "dry-run"
];
async function apply(action, service, log) {
  let created;
  for (const op of action.ops) {
    switch (op.op) {
      case "create":
        created = await service.createSchedule(action.location, op.fields);
        log.info(`created ${created.name} (${action.displayName})`);
        break;
      case "update":
        await service.updateSchedule(op.name, op.fields, op.mask);
        log.info(`updated ${op.name}: ${op.mask.join(", ")}`);
        break;
      case "pause": {
        const name = op.name ?? created?.name;
        if (!name) throw new Error("pause of a schedule that was not created");
        await service.pauseSchedule(name);
        log.info(`paused ${name}`);
        break;
      }
      case "resume": {
        const name = op.name ?? created?.name;
        if (!name) throw new Error("resume of a schedule that was not created");
        await service.resumeSchedule(name, op.catchUp);
        log.info(`resumed ${name}${op.catchUp ? " with catch-up" : ""}`);
        break;
      }
      case "delete":
        await service.deleteSchedule(op.name);
        log.info(`deleted ${op.name}`);
        break;
    }
  }
}
function desiredFromConfig(compiled3, settings, origin) {
  const config = compiled3.config;
  const wd = settings.common.workingDirectory;
  const desired = [];
  const problems = [];
  const locations = /* @__PURE__ */ new Map();
  const note = (v2) => {
    if (v2.project && v2.region)
      locations.set(`${v2.project}/${v2.region}`, { project: v2.project, region: v2.region });
  };
  note({ ...config?.vertex, ...settings.vertex });
  for (const c2 of compiled3.compiled) {
    const entry = c2.entryIndex !== void 0 ? config?.pipelines[c2.entryIndex] : void 0;
    const schedules = entry?.schedules ?? [];
    if (schedules.length === 0) {
      note({ ...config?.vertex, ...entry?.vertex, ...settings.vertex });
      continue;
    }
    const vertex = resolveVertex(config, entry, settings.vertex, c2.name);
    note(vertex);
    const loaded = loadSpecText(readFileSync10(path14.resolve(wd, c2.file), "utf8"), c2.file);
    if (!loaded.ok) throw new UserError(`cannot read the compiled ${c2.file}`, loaded.diagnostics);
    const result2 = desiredSchedules(
      {
        name: c2.name,
        spec: loaded.loaded.spec,
        parameters: entry?.parameters ?? {},
        vertex,
        schedules
      },
      { repository: origin.repository, commit: origin.commit }
    );
    for (const change of result2.labelChanges)
      origin.log.warning(`label rewritten to fit Vertex's rules: ${change}`);
    desired.push(...result2.desired);
    problems.push(...result2.diagnostics);
  }
  return { desired, problems, locations };
}
async function carryOut(actions, dryRun, serviceFor, deps) {
  const failed = /* @__PURE__ */ new Map();
  for (const action of actions) {
    const scoped = deps.logger.withNamespace(`${action.pipeline}/${action.schedule}`);
    const said = action.changes.length ? `: ${action.changes.join("; ")}` : "";
    if (action.kind === "leave") {
      scoped.info(`unchanged${said}`);
      continue;
    }
    if (dryRun) {
      scoped.info(`would ${action.kind}${said}`);
      continue;
    }
    scoped.info(`${action.kind}${said}`);
    try {
      await apply(action, await serviceFor(action.location), scoped);
    } catch (error) {
      const { message, stack } = describeError(error);
      if (stack) scoped.debug(stack);
      failed.set(action, message.split("\n")[0]);
      const diagnostics = error instanceof UserError ? error.diagnostics : [];
      deps.edge.report(
        diagnostics.length > 0 ? diagnostics : [
          {
            code: "schedules/apply-failed",
            severity: "error",
            message: `${action.pipeline}/${action.schedule}: ${action.kind} failed: ${message}`
          }
        ]
      );
    }
  }
  return failed;
}
async function run3(settings, deps) {
  const log = deps.logger;
  const repository = deps.env.GITHUB_REPOSITORY?.trim();
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UserError(
      "schedules needs GITHUB_REPOSITORY (owner/repo): the schedules this repository owns are named after it. Set it when running outside GitHub Actions (code schedules/no-repository)",
      [
        {
          code: "schedules/no-repository",
          severity: "error",
          message: "GITHUB_REPOSITORY is not set to owner/repo"
        }
      ]
    );
  }
  const compiled3 = await compilePipelines(
    {
      common: settings.common,
      sources: settings.sources,
      outputDir: compiledDir(settings.outputBase)
    },
    deps
  );
  deps.edge.report(compiled3.diagnostics);
  if (compiled3.diagnostics.some(isError)) {
    log.error("the pipelines did not compile and validate; no schedule was changed");
    return 1;
  }
  const commit = deps.env.GITHUB_SHA || await (await deps.git()).tryResolveCommit("HEAD");
  if (!commit)
    throw new UserError("cannot tell the commit: GITHUB_SHA is not set and HEAD does not resolve");
  const { desired, problems, locations } = desiredFromConfig(compiled3, settings, {
    repository,
    commit,
    log
  });
  if (problems.length > 0) {
    deps.edge.report(problems);
    log.error(`${problems.length} schedule parameter problem(s); no schedule was changed`);
    return 1;
  }
  const open = deps.schedules;
  if (!open) throw new Error("this composition has no ScheduleService (Deps.schedules)");
  const services = /* @__PURE__ */ new Map();
  const serviceFor = async (l) => {
    let s3 = services.get(l.region);
    if (!s3) services.set(l.region, s3 = await open(l.region));
    return s3;
  };
  try {
    const existing = [];
    for (const l of locations.values()) {
      const listed3 = await (await serviceFor(l)).listSchedules(l, ownerPrefix(repository));
      log.info(
        `${listed3.length} schedule(s) of ${repository} in projects/${l.project}/locations/${l.region}`
      );
      existing.push(...listed3);
    }
    const scope = {
      repository,
      removed: settings.removed,
      ...settings.sources.length > 0 ? { pipelines: new Set(compiled3.compiled.map((c2) => c2.name)) } : {}
    };
    const actions = planSchedules(desired, existing, scope);
    const failed = await carryOut(actions, settings.dryRun, serviceFor, deps);
    const counts = Object.entries(
      actions.reduce(
        (acc, a) => ({ ...acc, [a.kind]: (acc[a.kind] ?? 0) + 1 }),
        {}
      )
    ).map(([k2, n]) => `${n} ${k2}`).join(", ");
    log.info(`schedules: ${counts || "none"}${settings.dryRun ? " (dry run)" : ""}`);
    deps.edge.setOutput(
      "schedule-changes",
      String(actions.filter((a) => a.kind !== "leave").length)
    );
    await deps.edge.appendSummary(
      renderScheduleActions(actions, /* @__PURE__ */ new Date(), { dryRun: settings.dryRun, failed })
    );
    return failed.size > 0 ? 1 : 0;
  } finally {
    await Promise.all([...services.values()].map((s3) => s3.close()));
  }
}
var schedulesCommand = {
  name: "schedules",
  summary: "make the Vertex AI schedules match the schedules in the config (on merge)",
  usage: [
    "Usage: kfp-action schedules [sources\u2026] [options]",
    "",
    "Compiles the pipelines (default: every one in the config file) and makes the Vertex AI",
    "schedules this repository owns match each pipeline's `schedules:` \u2014 creates, updates (field",
    "mask), pauses, resumes, deletes \u2014 and leaves everything else alone. Owned schedules are",
    "named `kfp-action:{GITHUB_REPOSITORY}/{pipeline}/{schedule}`. Re-running changes nothing.",
    "",
    "  --project ID              Google Cloud project (over the config)",
    "  --region REGION           Vertex AI region (over the config)",
    "  --pipeline-root GS_URI    runtimeConfig.gcsOutputDirectory of the scheduled runs",
    "  --service-account SA      service account the scheduled runs use",
    "  --removed-schedules MODE  delete (default) or pause an owned schedule the config dropped",
    "  --dry-run true|false      plan and report only (default false)",
    "  --output-dir DIR          base folder for the compiled IR (default .kfp-action)",
    "",
    "Needs GITHUB_REPOSITORY (owner/repo) and Application Default Credentials with",
    'roles/aiplatform.user. See docs/vertex.md, "Schedules".',
    "Exit: 0 in line with the config, 1 a pipeline or a schedule is wrong or a change failed, 2 usage."
  ].join("\n"),
  cliFlags: { values: VALUE_FLAGS, switches: [] },
  fromArgs: (args, common) => build4(common, (n) => flag(args, n), [...args.positionals]),
  fromInputs: (input, common) => build4(common, (n) => input(n) || void 0, splitSourceList(input("pipelines"))),
  run: run3
};

// src/commands/submit.ts
import { readFileSync as readFileSync11 } from "node:fs";
import path18 from "node:path";

// src/commands/submit-report.ts
import { mkdirSync as mkdirSync5, writeFileSync as writeFileSync5 } from "node:fs";
import path15 from "node:path";
async function comment(deps, settings, commit, outcome, body) {
  const log = deps.logger;
  if (!settings.comment) return log.info("comment: false; no PR comment");
  if (!deps.env.GITHUB_REPOSITORY)
    return log.info("GITHUB_REPOSITORY is not set (not in a workflow); no PR comment");
  if (!settings.githubToken) return log.info("no github-token; no PR comment");
  try {
    const github = await deps.github(settings.githubToken);
    const lookup = await findMergedPullRequest(github, commit);
    if (!lookup.found) return log.info(`no PR comment for ${outcome.name}: ${lookup.reason}`);
    const issue = lookup.pull.number;
    const marker = mergeReportMarker(outcome.name);
    const [existing] = await findOwnComments(github, await github.listIssueComments(issue), marker);
    const result2 = await upsertStickyComment(
      github,
      { issue, marker, body: existing ? carryTimeline(existing.body, body) : body },
      log.withNamespace("github")
    );
    log.info(
      `${result2.action} the report comment on #${lookup.pull.number}: ${result2.comment.htmlUrl}`
    );
  } catch (error) {
    const { message } = describeError(error);
    deps.edge.report([
      {
        code: "vertex/comment-failed",
        severity: "warning",
        message: `the report comment was not written: ${message}`
      }
    ]);
  }
}
function modelArtifactUri(outcome, task, artifact = "model") {
  for (const t of outcome.run.tasks) {
    if (task && t.name !== task) continue;
    const found = t.outputArtifacts.find(
      (a) => task ? a.outputName === artifact : a.schemaTitle === "system.Model"
    );
    if (found?.uri) return found.uri;
  }
  return "";
}
function setOutputs(deps, outcomes, reportPath) {
  const one = outcomes.length === 1;
  const per = (f2) => {
    if (one) {
      const v2 = f2(outcomes[0]);
      return typeof v2 === "string" ? v2 : JSON.stringify(v2);
    }
    return JSON.stringify(Object.fromEntries(outcomes.map((o) => [o.name, f2(o)])));
  };
  const model = (o) => modelArtifactUri(o, o.entry?.model?.task, o.entry?.model?.artifact);
  deps.edge.setOutput(
    "job-name",
    per((o) => o.job.name)
  );
  deps.edge.setOutput(
    "job-state",
    per((o) => o.run.state)
  );
  deps.edge.setOutput(
    "decision",
    outcomes.every((o) => o.outcome.decision === "deploy" && o.ending === "finished") ? "deploy" : "hold"
  );
  deps.edge.setOutput(
    "metrics",
    per((o) => metricsAsJson(o.outcome.metrics))
  );
  deps.edge.setOutput("model-artifact-uri", per(model));
  const base2 = deps.env.GITHUB_WORKSPACE || process.cwd();
  const relative = path15.relative(base2, reportPath);
  deps.edge.setOutput(
    "report-path",
    relative.startsWith("..") || path15.isAbsolute(relative) ? reportPath : relative
  );
}
async function publishOutcomes(outcomes, context, deps) {
  const { settings, commit } = context;
  const log = deps.logger;
  const reportsDir = path15.join(settings.outputBase, "reports");
  mkdirSync5(reportsDir, { recursive: true });
  const reports = [];
  const runUrl = workflowRunUrl(deps.env);
  for (const o of outcomes) {
    const body = renderMergeReport(o.run, o.outcome, {
      ending: o.ending === "interrupted" ? "cancelled-by-workflow" : o.ending,
      ...o.attached ? { attached: o.attached } : {},
      passedOver: o.passedOver,
      ...context.review?.get(o.name) ? { reviewed: context.review.get(o.name) } : {},
      pipelineRoot: o.pipelineRoot,
      parameters: o.parameters,
      ...o.baseline ? { baseline: o.baseline } : {},
      ...o.templateUri ? { templateUri: o.templateUri } : {},
      commit,
      ...runUrl ? { workflowRunUrl: runUrl } : {},
      version: context.version,
      now: (/* @__PURE__ */ new Date()).toISOString(),
      timeoutMinutes: context.waitMinutes ?? settings.timeoutMinutes ?? 720
    });
    writeFileSync5(path15.join(reportsDir, `${o.name}.submit.md`), body);
    reports.push(body);
    await deps.edge.appendSummary(body);
    if (o.ending !== "not-waited") await comment(deps, settings, commit, o, body);
    log.info(
      `${o.name}: ${o.run.state}, decision ${o.outcome.decision}: ${o.outcome.reasons.join("; ")}`
    );
    if (o.ending === "finished" && o.run.state === "SUCCEEDED" && o.outcome.decision === "hold") {
      deps.edge.report([
        {
          code: "gate/hold",
          severity: "warning",
          message: `${o.name}: decision hold: ${o.outcome.reasons.join("; ")}`
        }
      ]);
    }
    if (o.baseline && "missing" in o.baseline && o.outcome.checks.some((c2) => c2.kind === "regression")) {
      deps.edge.report([
        {
          code: "gate/no-baseline",
          severity: "notice",
          message: `${o.name}: regression gates skipped: ${o.baseline.missing}`
        }
      ]);
    }
  }
  const reportPath = path15.join(reportsDir, "submit-report.md");
  writeFileSync5(reportPath, reports.join("\n---\n\n"));
  setOutputs(deps, outcomes, reportPath);
  const bad = outcomes.filter(
    (o) => o.ending === "interrupted" || o.ending === "timeout" || o.ending === "finished" && o.run.state !== "SUCCEEDED"
  );
  for (const o of bad) {
    const failed = o.run.tasks.filter((t) => t.state === "FAILED");
    const why = o.ending === "interrupted" ? "cancelled with the workflow" : o.ending === "timeout" ? `is still ${o.run.state} when the wait ended; it keeps running on Vertex AI (not cancelled): gate it later with submit and job-name: ${o.job.name}` : `ended ${o.run.state}`;
    deps.edge.report([
      {
        code: o.ending === "timeout" ? "vertex/timeout" : o.ending === "interrupted" ? "vertex/cancelled" : "vertex/run-failed",
        severity: "error",
        message: `${o.name}: ${o.job.name} ${why}${failed.length ? `; failed: ${failed.map((t) => `${t.name}${t.error ? ` (${t.error.split("\n")[0]})` : ""}`).join(", ")}` : ""}${o.run.error ? `; ${o.run.error.split("\n")[0]}` : ""}`
      }
    ]);
  }
  return bad.length > 0;
}

// src/commands/submit-reviewed.ts
import path16 from "node:path";
async function changedSinceHead(deps, head, commit) {
  try {
    const git = await deps.git();
    if (!await git.tryEnsureCommit(head) || !await git.tryEnsureCommit(commit))
      return void 0;
    return await git.changedFiles(head, commit);
  } catch (error) {
    deps.logger.debug(`cannot compare the PR head with ${commit}: ${describeError(error).message}`);
    return void 0;
  }
}
async function reviewSpecs(specs, commit, settings, deps) {
  const verdicts = /* @__PURE__ */ new Map();
  const all = (none) => {
    for (const s3 of specs)
      verdicts.set(
        s3.name,
        compareReviewed({ digest: s3.digest, pull: { none }, stamp: "no-comment" })
      );
    return verdicts;
  };
  if (!deps.env.GITHUB_REPOSITORY) return all("not in a workflow (GITHUB_REPOSITORY is not set)");
  if (!settings.githubToken) return all("no github-token to read the PR check comment with");
  try {
    const github = await deps.github(settings.githubToken);
    const lookup = await findMergedPullRequest(github, commit);
    if (!lookup.found) return all(lookup.reason);
    const pull = lookup.pull;
    const comments = await github.listIssueComments(pull.number);
    const root = (await deps.git().catch(() => void 0))?.root;
    const configFile = root ? path16.relative(root, settings.common.configPath).split(path16.sep).join("/") : void 0;
    let changed = null;
    for (const s3 of specs) {
      const marker = commentMarker(s3.name);
      const own = await findOwnComments(
        github,
        comments.filter((c2) => c2.body.split("\n", 1)[0]?.trimEnd() === marker),
        marker
      );
      const first = own[0];
      const stamp = first ? readReviewedStamp(first.body, marker) ?? "no-stamp" : "no-comment";
      const facts = {
        digest: s3.digest,
        pull: { number: pull.number, headSha: pull.headSha },
        stamp,
        ...configFile ? { configFile } : {}
      };
      if (typeof stamp === "object" && stamp.digest !== s3.digest) {
        if (changed === null) changed = await changedSinceHead(deps, pull.headSha, commit);
        if (changed) Object.assign(facts, { changedSinceHead: changed });
      }
      verdicts.set(s3.name, compareReviewed(facts));
    }
    return verdicts;
  } catch (error) {
    return all(`the PR check comment could not be read: ${describeError(error).message}`);
  }
}
function reviewedLine(v2) {
  return v2.kind === "reviewed" ? `spec ${v2.digest} \u2014 the one checked in PR #${v2.pull}` : `spec ${v2.digest} differs from what the PR check saw, because ${v2.because}`;
}

// src/commands/submit-pickup.ts
import path17 from "node:path";
var JOB_NAME2 = /^projects\/([^/]+)\/locations\/([^/]+)\/pipelineJobs\/([a-z][-a-z0-9]{0,127})$/;
function entryFor2(deps, settings, label2) {
  const common = settings.common;
  const display = path17.relative(common.workingDirectory, common.configPath) || common.configPath;
  const file = deps.workspace.readConfig(common.configPath, display);
  if (!file.exists) return {};
  if (!file.config) throw new UserError(`the config file ${display} has errors`, file.diagnostics);
  const entry = file.config.pipelines.find((e) => e.name && labelValue(e.name) === label2);
  if (!entry)
    deps.logger.warning(
      `no config entry is named after the job's ${LABEL_KEYS.pipeline} label "${label2 ?? ""}": no decision output and no gates are applied`
    );
  return { config: file.config, ...entry ? { entry } : {} };
}
async function pickUpJob(settings, version, deps, waitMinutes) {
  const match = JOB_NAME2.exec(settings.jobName);
  if (!match) {
    throw new UserError(
      `job-name "${settings.jobName}" is not projects/{project}/locations/{region}/pipelineJobs/{id} (the job-name output of submit)`,
      [],
      2
    );
  }
  const location = { project: match[1], region: match[2] };
  const vertex = await deps.vertex(location.region);
  try {
    const log = deps.logger;
    const found = await vertex.pipelines.getPipelineJob(settings.jobName);
    const label2 = found.labels[LABEL_KEYS.pipeline];
    const { config, entry } = entryFor2(deps, settings, label2);
    const name = entry?.name ?? label2 ?? match[3];
    log.info(`picked up ${found.name} (${found.state}); waiting at most ${waitMinutes} minutes`);
    const waited = await waitForJob(vertex.pipelines, found, {
      delayMs: (attempt) => vertex.pollDelayMs(attempt),
      timeoutMs: waitMinutes * 6e4,
      sleep: abortableSleep,
      now: Date.now,
      logger: log.withNamespace(name)
    });
    const commitLabel = found.labels[LABEL_KEYS.commit] ?? "";
    const commit = /^[0-9a-f]{40}$/.test(commitLabel) ? commitLabel : deps.env.GITHUB_SHA ?? "";
    const spec = found.labels[SPEC_LABEL];
    const outcome = await gateJob(
      {
        name,
        ...entry ? { entry } : {},
        pipelineRoot: entry?.vertex?.pipelineRoot ?? config?.vertex?.pipelineRoot ?? "",
        location,
        job: waited.job,
        attached: "picked-up",
        ending: waited.kind,
        passedOver: [],
        specDigest: spec ? `sha256:${spec}` : ""
      },
      vertex,
      {
        baselineAlias: aliasFor(config?.environments?.at(-1)?.name ?? "production"),
        logger: log.withNamespace(name)
      }
    );
    const failed = await publishOutcomes(
      [outcome],
      { settings, commit, version, waitMinutes },
      deps
    );
    return failed ? 1 : 0;
  } finally {
    await vertex.close();
  }
}

// src/commands/submit.ts
function build5(common, get, sources) {
  const cache = get("cache");
  const timeout = get("timeout-minutes");
  const vertex = {
    ...get("project") ? { project: get("project") } : {},
    ...get("region") ? { region: get("region") } : {},
    ...get("pipeline-root") ? { pipelineRoot: get("pipeline-root") } : {},
    ...get("service-account") ? { serviceAccount: get("service-account") } : {},
    ...cache && cache.trim() !== "" ? { enableCaching: parseBoolean("cache", cache, true) } : {}
  };
  return {
    common,
    sources,
    outputBase: outputBase(common, get("output-dir")),
    parameters: parseParameterObject("parameters", get("parameters")),
    vertex,
    wait: parseBoolean("wait", get("wait"), true),
    ...timeout && timeout.trim() !== "" ? { timeoutMinutes: parsePositiveInt("timeout-minutes", timeout, 720) } : {},
    comment: parseBoolean("comment", get("comment"), true),
    githubToken: get("github-token") ?? "",
    ...get("job-timeout-minutes")?.trim() ? {
      jobTimeoutMinutes: parsePositiveInt(
        "job-timeout-minutes",
        get("job-timeout-minutes"),
        360
      )
    } : {},
    jobName: (get("job-name") ?? "").trim(),
    requireReviewedSpec: parseBoolean("require-reviewed-spec", get("require-reviewed-spec"), false)
  };
}
var VALUE_FLAGS2 = [
  "output-dir",
  "parameters",
  "project",
  "region",
  "pipeline-root",
  "service-account",
  "cache",
  "wait",
  "timeout-minutes",
  "comment",
  "github-token",
  "require-reviewed-spec",
  "job-timeout-minutes",
  "job-name"
];
var JOB_MARGIN_MINUTES = 10;
function fitWait(settings, configured, spentMinutes) {
  const limit = settings.jobTimeoutMinutes;
  if (limit === void 0 || !settings.wait) return { minutes: configured, shortened: false };
  const room = Math.floor(limit - JOB_MARGIN_MINUTES - spentMinutes);
  if (room < 1) {
    const message = `the job's timeout-minutes (${limit}) leaves no time to wait for the run after a ${JOB_MARGIN_MINUTES}-minute margin; GitHub would cancel the step and with it the Vertex job. Raise the job's timeout-minutes, or submit with wait: false and pick the run up later with job-name (docs/vertex.md, "Long trainings")`;
    throw new UserError(message, [{ code: "vertex/job-limit", severity: "error", message }], 2);
  }
  return room < configured ? { minutes: room, shortened: true } : { minutes: configured, shortened: false };
}
async function run4(settings, deps) {
  const log = deps.logger;
  const started = Date.now();
  if (settings.jobName) {
    const { minutes } = fitWait({ ...settings, wait: true }, settings.timeoutMinutes ?? 720, 0);
    return pickUpJob(settings, VERSION, deps, minutes);
  }
  const cancel = deps.interruption?.();
  const interruption = settings.wait ? cancel : void 0;
  const signal = cancel?.signal;
  const compiled3 = await compilePipelines(
    {
      common: settings.common,
      sources: settings.sources,
      outputDir: compiledDir(settings.outputBase),
      requireConfig: "submit"
    },
    deps
  );
  deps.edge.report(compiled3.diagnostics);
  if (compiled3.diagnostics.some(isError)) {
    log.error("the pipelines did not compile and validate; nothing was submitted");
    return 1;
  }
  if (compiled3.compiled.length === 0) {
    log.error("no pipeline to submit: the sources hold no @dsl.pipeline and no compiled IR");
    return 1;
  }
  const wd = settings.common.workingDirectory;
  const config = compiled3.config;
  const pipelines = compiled3.compiled.map((c2) => {
    const yaml = readFileSync11(path18.resolve(wd, c2.file), "utf8");
    const loaded = loadSpecText(yaml, c2.file);
    if (!loaded.ok) throw new UserError(`cannot read the compiled ${c2.file}`, loaded.diagnostics);
    const entry = c2.entryIndex !== void 0 ? config?.pipelines[c2.entryIndex] : void 0;
    if (loaded.loaded.platform)
      log.warning(`${c2.name}: the platform spec (kfp-kubernetes) is not used by Vertex AI`);
    return {
      name: c2.name,
      file: c2.file,
      yaml,
      spec: loaded.loaded.spec,
      ...entry ? { entry } : {},
      vertex: resolveVertex(config, entry, settings.vertex, c2.name),
      parameters: { ...entry?.parameters, ...settings.parameters },
      parametersSource: Object.keys(settings.parameters).length ? "the config and the `parameters` input" : "the config"
    };
  });
  for (const p of pipelines) prepareParameters(p);
  if (signal?.aborted) {
    log.error("the workflow was cancelled before anything was submitted");
    return 1;
  }
  const commit = deps.env.GITHUB_SHA || await (await deps.git()).tryResolveCommit("HEAD");
  if (!commit)
    throw new UserError("cannot tell the commit: GITHUB_SHA is not set and HEAD does not resolve");
  const review = await reviewSpecs(
    pipelines.map((p) => ({ name: p.name, digest: `sha256:${specDigest(p.spec)}` })),
    commit,
    settings,
    deps
  );
  for (const [name, verdict] of review) log.info(`${name}: ${reviewedLine(verdict)}`);
  if (settings.requireReviewedSpec) {
    const unreviewed = [...review].filter(([, v2]) => v2.kind !== "reviewed");
    if (unreviewed.length > 0) {
      deps.edge.report(
        unreviewed.map(([name, v2]) => ({
          code: "vertex/unreviewed-spec",
          severity: "error",
          message: `${name}: ${reviewedLine(v2)}; require-reviewed-spec is true, so nothing was submitted`
        }))
      );
      log.info(
        'Run the PR check on the final head of the PR (and merge without the base moving), or set require-reviewed-spec: false. See docs/promotion.md, "What ran is what was reviewed".'
      );
      return 1;
    }
  }
  const fitted = /* @__PURE__ */ new Map();
  for (const p of pipelines) {
    const configured = settings.timeoutMinutes ?? p.vertex.timeoutMinutes ?? 720;
    const fit = fitWait(settings, configured, (Date.now() - started) / 6e4);
    fitted.set(p.name, fit.minutes);
    if (fit.shortened) {
      deps.edge.report([
        {
          code: "vertex/wait-shortened",
          severity: "warning",
          message: `${p.name}: waiting at most ${fit.minutes} minutes, not ${configured}: GitHub ends this job at its timeout-minutes (${settings.jobTimeoutMinutes}) and would cancel the Vertex run with it. If the run takes longer it keeps going, and submit with job-name picks it up later (docs/vertex.md, "Long trainings")`
        }
      ]);
    }
  }
  const settled = await Promise.allSettled(
    pipelines.map(async (p) => {
      const vertex = await deps.vertex(p.vertex.region);
      const scoped = log.withNamespace(p.name);
      const outcome = await submitPipeline(
        p,
        vertex,
        {
          commit,
          ...deps.env.GITHUB_REPOSITORY ? { repository: deps.env.GITHUB_REPOSITORY } : {},
          ...deps.env.GITHUB_RUN_ID ? { workflowRun: deps.env.GITHUB_RUN_ID } : {},
          ...deps.env.GITHUB_RUN_ATTEMPT ? { workflowRunAttempt: deps.env.GITHUB_RUN_ATTEMPT } : {},
          wait: settings.wait,
          timeoutMinutes: fitted.get(p.name),
          // The Model Registry alias of the last environment (`Production` → `production`).
          baselineAlias: aliasFor(config?.environments?.at(-1)?.name ?? "production"),
          logger: scoped,
          waitOptions: {
            sleep: abortableSleep,
            now: Date.now,
            ...signal ? { signal } : {}
          }
        },
        (name) => interruption?.track({ name, region: p.vertex.region })
      );
      interruption?.settle(outcome.job.name);
      return outcome;
    })
  );
  const outcomes = [];
  let errors = 0;
  settled.forEach((s3, i) => {
    if (s3.status === "fulfilled") return void outcomes.push(s3.value);
    errors++;
    const { message, stack } = describeError(s3.reason);
    if (stack) log.debug(stack);
    const diagnostics = s3.reason instanceof UserError ? s3.reason.diagnostics : [];
    if (diagnostics.length > 0) {
      deps.edge.report(diagnostics);
      for (const line of message.split("\n").slice(1)) log.info(line);
    } else {
      deps.edge.report([
        {
          code: "vertex/submit-failed",
          severity: "error",
          message: `${pipelines[i].name}: ${message}`
        }
      ]);
    }
  });
  if (outcomes.length === 0) return 1;
  const failed = await publishOutcomes(
    outcomes,
    {
      settings,
      commit,
      version: VERSION,
      review,
      ...fitted.size === 1 ? { waitMinutes: [...fitted.values()][0] } : {}
    },
    deps
  );
  return failed || errors > 0 ? 1 : 0;
}
var submitCommand = {
  name: "submit",
  summary: "run the pipelines on Vertex AI Pipelines, wait, gate the metrics and report on the merged PR",
  usage: [
    "Usage: kfp-action submit [sources\u2026] [options]",
    "",
    "Compiles the pipelines (default: every one in the config file), checks their parameter",
    "values, submits each to Vertex AI Pipelines, waits, applies the decision output and the",
    "metric gates, and reports (job summary, merged-PR comment, outputs).",
    "",
    "  --project ID            Google Cloud project (over the config)",
    "  --region REGION         Vertex AI region (over the config)",
    "  --pipeline-root GS_URI  runtimeConfig.gcsOutputDirectory (over the config)",
    "  --service-account SA    service account the pipeline runs as",
    `  --parameters JSON       parameter values over the config's, e.g. '{"seed": 7}'`,
    "  --cache true|false      override the compiled caching options",
    "  --wait true|false       wait for the run and gate it (default true)",
    "  --timeout-minutes N     stop waiting after N minutes (default 720)",
    "  --require-reviewed-spec true|false  refuse a spec whose digest no PR check saw",
    "  --job-timeout-minutes N the GitHub job's timeout-minutes: the wait is fitted inside it",
    "  --job-name JOB          pick up projects/P/locations/R/pipelineJobs/ID: wait, gate, report",
    "  --output-dir DIR        base folder for IR and reports (default .kfp-action)",
    "",
    "Authentication: Application Default Credentials (gcloud auth application-default login, or",
    "google-github-actions/auth in a workflow). See docs/vertex.md.",
    "Exit: 0 the runs succeeded (decision deploy or hold), 1 a run failed, was cancelled or timed",
    "out, or the input is wrong, 2 usage."
  ].join("\n"),
  cliFlags: { values: VALUE_FLAGS2, switches: [] },
  fromArgs: (args, common) => build5(common, (n) => flag(args, n), [...args.positionals]),
  fromInputs: (input, common) => build5(common, (n) => input(n), splitSourceList(input("pipelines"))),
  run: run4
};

// src/commands/validate.ts
import { globSync as globSync2, readdirSync as readdirSync2, readFileSync as readFileSync12, statSync as statSync4 } from "node:fs";
import path19 from "node:path";
var IR_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var isIrFile = (name) => IR_EXTENSIONS.has(path19.extname(name).toLowerCase());
function parseFormat(value2) {
  if (value2 === void 0 || value2 === "" || value2 === "text") return "text";
  if (value2 === "json") return "json";
  throw new UserError(`--format must be text or json, got "${value2}"`, [], 2);
}
function tryStat2(file) {
  try {
    return statSync4(file);
  } catch (error) {
    return error;
  }
}
function walk2(folder) {
  const found = [];
  const entries = readdirSync2(folder, { withFileTypes: true }).sort(
    (a, b2) => a.name < b2.name ? -1 : a.name > b2.name ? 1 : 0
  );
  for (const entry of entries) {
    const full = path19.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...walk2(full));
    } else if (entry.isFile() && isIrFile(entry.name)) {
      found.push(full);
    }
  }
  return found;
}
function expandPaths(paths, base2) {
  const files = [];
  for (const given of paths) {
    if (isGlob(given)) {
      const matched = globSync2(given, { cwd: base2 }).map((m) => path19.resolve(base2, m)).filter((m) => {
        const stat2 = tryStat2(m);
        return isIrFile(m) && !(stat2 instanceof Error) && stat2.isFile();
      }).sort();
      if (matched.length === 0) {
        throw new UserError(`no .yaml, .yml or .json file matches "${given}"`, [], 2);
      }
      files.push(...matched);
      continue;
    }
    const absolute = path19.resolve(base2, given);
    const stat = tryStat2(absolute);
    if (stat instanceof Error) {
      const why = stat.code === "ENOENT" ? "no such file or folder" : stat.message;
      throw new UserError(`cannot read "${given}": ${why}`, [], 2);
    }
    if (stat.isDirectory()) {
      let inside;
      try {
        inside = walk2(absolute);
      } catch (error) {
        throw new UserError(`cannot read folder "${given}": ${error.message}`, [], 2);
      }
      if (inside.length === 0) {
        throw new UserError(`folder "${given}" holds no .yaml, .yml or .json file`, [], 2);
      }
      files.push(...inside);
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}
function validateFile(absolute, display) {
  const size = statSync4(absolute).size;
  const tooLarge2 = sizeDiagnostic(display, size, DEFAULT_LIMITS);
  if (tooLarge2) return [tooLarge2];
  let bytes;
  try {
    bytes = readFileSync12(absolute);
  } catch (error) {
    throw new UserError(`cannot read "${display}": ${error.message}`, [], 2);
  }
  return validateBytes(bytes, display).diagnostics;
}
function toReport(file, diagnostics) {
  return {
    file,
    valid: !diagnostics.some(isError),
    errors: diagnostics.map((d) => ({
      message: d.message,
      ...d.line !== void 0 ? { line: d.line } : {},
      ...d.column !== void 0 ? { column: d.column } : {},
      ...d.path !== void 0 ? { path: d.path } : {},
      ...d.task !== void 0 ? { task: d.task } : {},
      code: d.code,
      severity: d.severity
    }))
  };
}
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summaryLine(reports) {
  const invalid = reports.filter((r) => !r.valid).length;
  const errors = reports.reduce(
    (n, r) => n + r.errors.filter((e) => e.severity === "error").length,
    0
  );
  return invalid === 0 ? `${plural2(reports.length, "file")} valid` : `${plural2(invalid, "file")} of ${reports.length} invalid (${plural2(errors, "error")})`;
}
function summaryMarkdown(reports) {
  const rows = reports.map((r) => {
    const errors = r.errors.filter((e) => e.severity === "error");
    const first = errors[0];
    const detail = first ? `${mdCell(first.message)}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ""}` : "";
    return `| ${mdCode(r.file)} | ${r.valid ? "valid" : "**invalid**"} | ${detail} |`;
  });
  return [
    `### kfp-action validate: ${summaryLine(reports)}`,
    "",
    "| file | result | first error |",
    "| --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}
async function compiledInRepository(base2, deps) {
  const found = await deps.workspace.findPipelines(
    base2,
    [path19.resolve(base2, DEFAULT_OUTPUT_BASE)],
    deps.logger
  );
  if (found.ir.length === 0) {
    throw new UserError(
      `no file or folder given, and no compiled pipeline IR (YAML/JSON with pipelineInfo, root and schemaVersion) found in ${found.listing === "git" ? "the files git knows" : "this folder"}; name the files to validate, or compile the Python pipelines with kfp-action compile`,
      [],
      2
    );
  }
  deps.logger.info(
    `no file given: validating the ${found.ir.length} compiled pipeline${found.ir.length === 1 ? "" : "s"} found in the repository`
  );
  return found.ir.map((f2) => path19.resolve(base2, f2));
}
var validateCommand = {
  name: "validate",
  summary: "check compiled IR (schema, graph, types, placeholders, naming) without Python",
  usage: [
    "Usage: kfp-action validate [files or folders\u2026] [--format json]",
    "",
    "Without a file: every compiled pipeline IR in the repository (the files git knows;",
    "virtualenvs, node_modules and .kfp-action skipped).",
    "",
    "Validates compiled KFP IR (.yaml/.yml/.json; a folder means every such file below it):",
    "the PipelineSpec schema, the task graph, parameter and artifact types, placeholders,",
    "the pipeline name and schemaVersion, and the optional platform document.",
    "",
    "  --format FORMAT   text (default): file:line:col: error: message [task] (code)",
    "                    json: one object per file: {file, valid, errors: [...]}",
    "",
    "Exit: 0 all valid, 1 any invalid, 2 usage error or unreadable path."
  ].join("\n"),
  cliFlags: { values: ["format"], switches: [] },
  fromArgs(args, common) {
    return { common, paths: [...args.positionals], format: parseFormat(flag(args, "format")) };
  },
  fromInputs(input, common) {
    return { common, paths: splitSourceList(input("pipelines")), format: "text" };
  },
  async run(settings, deps) {
    const base2 = settings.common.workingDirectory;
    const files = settings.paths.length ? expandPaths(settings.paths, base2) : await compiledInRepository(base2, deps);
    const reports = files.map((absolute) => {
      const relative = path19.relative(base2, absolute);
      const display = relative === "" ? absolute : relative;
      const diagnostics = validateFile(absolute, display);
      if (settings.format === "text") deps.edge.report(diagnostics);
      return toReport(display, diagnostics);
    });
    if (settings.format === "json") deps.edge.print(JSON.stringify(reports, null, 2));
    else deps.edge.print(summaryLine(reports));
    const valid = reports.every((r) => r.valid);
    deps.edge.setOutput("valid", String(valid));
    if (deps.edge.kind === "action") await deps.edge.appendSummary(summaryMarkdown(reports));
    return valid ? 0 : 1;
  }
};

// src/commands/registry.ts
var COMMANDS = [
  compileCommand,
  validateCommand,
  checkCommand,
  postCommentsCommand,
  runCommand,
  submitCommand,
  schedulesCommand,
  promoteCommand,
  rollbackCommand,
  initCommand
];
function findCommand(name) {
  return COMMANDS.find((c2) => c2.name === name);
}

export {
  createDeps,
  parseArgs,
  findCommandWord,
  COMMON_FLAGS,
  commonFromArgs,
  commonFromInputs,
  COMMANDS,
  findCommand
};

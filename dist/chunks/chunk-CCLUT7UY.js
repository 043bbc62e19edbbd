import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  CacheWriter,
  ConfigError,
  DEFAULT_BATCH_SIZE,
  DEFAULT_ENDPOINT,
  DEFAULT_V2_ENDPOINT,
  FaqopsError,
  InternalError,
  NO_BYTES,
  StateFileError,
  UsageError,
  VERSION,
  alike,
  answerContent,
  askKey,
  booleanValue,
  bytesHash,
  cachePath,
  compareStrings,
  compileFile,
  compileInWorkers,
  compileJob,
  deferredEntry,
  diagnostic,
  displayPath,
  entryHash,
  isInside,
  linkTargetName,
  linkedCachePath,
  parseHead,
  parseLine,
  readAnswer,
  readCompileCache,
  readEntryFile,
  realPathIfAny,
  realPathOr,
  scanContentFolder,
  setAutoReplyXml,
  sortDiagnostics,
  stringValue,
  thresholdText,
  workerCount,
  workerScript,
  writeFileAtomic,
  xmlDocument
} from "./chunk-NAALL5NT.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-SJR6QM7P.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// node_modules/http-cache-semantics/index.js
var require_http_cache_semantics = __commonJS({
  "node_modules/http-cache-semantics/index.js"(exports, module) {
    "use strict";
    var statusCodeCacheableByDefault = /* @__PURE__ */ new Set([
      200,
      203,
      204,
      206,
      300,
      301,
      308,
      404,
      405,
      410,
      414,
      501
    ]);
    var understoodStatuses = /* @__PURE__ */ new Set([
      200,
      203,
      204,
      300,
      301,
      302,
      303,
      307,
      308,
      404,
      405,
      410,
      414,
      501
    ]);
    var errorStatusCodes = /* @__PURE__ */ new Set([
      500,
      502,
      503,
      504
    ]);
    var hopByHopHeaders = {
      date: true,
      // included, because we add Age update Date
      connection: true,
      "keep-alive": true,
      "proxy-authenticate": true,
      "proxy-authorization": true,
      te: true,
      trailer: true,
      "transfer-encoding": true,
      upgrade: true
    };
    var excludedFromRevalidationUpdate = {
      // Since the old body is reused, it doesn't make sense to change properties of the body
      "content-length": true,
      "content-encoding": true,
      "transfer-encoding": true,
      "content-range": true
    };
    function toNumberOrZero(s) {
      const n2 = parseInt(s, 10);
      return isFinite(n2) ? n2 : 0;
    }
    function isErrorResponse(response) {
      if (!response) {
        return true;
      }
      return errorStatusCodes.has(response.status);
    }
    function parseCacheControl(header) {
      const cc = {};
      if (!header) return cc;
      const parts = header.trim().split(/,/);
      for (const part of parts) {
        const [k, v] = part.split(/=/, 2);
        cc[k.trim()] = v === void 0 ? true : v.trim().replace(/^"|"$/g, "");
      }
      return cc;
    }
    function formatCacheControl(cc) {
      let parts = [];
      for (const k in cc) {
        const v = cc[k];
        parts.push(v === true ? k : k + "=" + v);
      }
      if (!parts.length) {
        return void 0;
      }
      return parts.join(", ");
    }
    module.exports = class CachePolicy {
      /**
       * Creates a new CachePolicy instance.
       * @param {HttpRequest} req - Incoming client request.
       * @param {HttpResponse} res - Received server response.
       * @param {Object} [options={}] - Configuration options.
       * @param {boolean} [options.shared=true] - Is the cache shared (a public proxy)? `false` for personal browser caches.
       * @param {number} [options.cacheHeuristic=0.1] - Fallback heuristic (age fraction) for cache duration.
       * @param {number} [options.immutableMinTimeToLive=86400000] - Minimum TTL for immutable responses in milliseconds.
       * @param {boolean} [options.ignoreCargoCult=false] - Detect nonsense cache headers, and override them.
       * @param {any} [options._fromObject] - Internal parameter for deserialization. Do not use.
       */
      constructor(req, res, {
        shared,
        cacheHeuristic,
        immutableMinTimeToLive,
        ignoreCargoCult,
        _fromObject
      } = {}) {
        if (_fromObject) {
          this._fromObject(_fromObject);
          return;
        }
        if (!res || !res.headers) {
          throw Error("Response headers missing");
        }
        this._assertRequestHasHeaders(req);
        this._responseTime = this.now();
        this._isShared = shared !== false;
        this._ignoreCargoCult = !!ignoreCargoCult;
        this._cacheHeuristic = void 0 !== cacheHeuristic ? cacheHeuristic : 0.1;
        this._immutableMinTtl = void 0 !== immutableMinTimeToLive ? immutableMinTimeToLive : 24 * 3600 * 1e3;
        this._status = "status" in res ? res.status : 200;
        this._resHeaders = res.headers;
        this._rescc = parseCacheControl(res.headers["cache-control"]);
        this._method = "method" in req ? req.method : "GET";
        this._url = req.url;
        this._host = req.headers.host;
        this._noAuthorization = !req.headers.authorization;
        this._reqHeaders = res.headers.vary ? req.headers : null;
        this._reqcc = parseCacheControl(req.headers["cache-control"]);
        if (this._ignoreCargoCult && "pre-check" in this._rescc && "post-check" in this._rescc) {
          delete this._rescc["pre-check"];
          delete this._rescc["post-check"];
          delete this._rescc["no-cache"];
          delete this._rescc["no-store"];
          delete this._rescc["must-revalidate"];
          this._resHeaders = Object.assign({}, this._resHeaders, {
            "cache-control": formatCacheControl(this._rescc)
          });
          delete this._resHeaders.expires;
          delete this._resHeaders.pragma;
        }
        if (res.headers["cache-control"] == null && /no-cache/.test(res.headers.pragma)) {
          this._rescc["no-cache"] = true;
        }
      }
      /**
       * You can monkey-patch it for testing.
       * @returns {number} Current time in milliseconds.
       */
      now() {
        return Date.now();
      }
      /**
       * Determines if the response is storable in a cache.
       * @returns {boolean} `false` if can never be cached.
       */
      storable() {
        return !!(!this._reqcc["no-store"] && // A cache MUST NOT store a response to any request, unless:
        // The request method is understood by the cache and defined as being cacheable, and
        ("GET" === this._method || "HEAD" === this._method || "POST" === this._method && this._hasExplicitExpiration()) && // the response status code is understood by the cache, and
        understoodStatuses.has(this._status) && // the "no-store" cache directive does not appear in request or response header fields, and
        !this._rescc["no-store"] && // the "private" response directive does not appear in the response, if the cache is shared, and
        (!this._isShared || !this._rescc.private) && // the Authorization header field does not appear in the request, if the cache is shared,
        (!this._isShared || this._noAuthorization || this._allowsStoringAuthenticated()) && // the response either:
        // contains an Expires header field, or
        (this._resHeaders.expires || // contains a max-age response directive, or
        // contains a s-maxage response directive and the cache is shared, or
        // contains a public response directive.
        this._rescc["max-age"] || this._isShared && this._rescc["s-maxage"] || this._rescc.public || // has a status code that is defined as cacheable by default
        statusCodeCacheableByDefault.has(this._status)));
      }
      /**
       * @returns {boolean} true if expiration is explicitly defined.
       */
      _hasExplicitExpiration() {
        return !!(this._isShared && this._rescc["s-maxage"] || this._rescc["max-age"] || this._resHeaders.expires);
      }
      /**
       * @param {HttpRequest} req - a request
       * @throws {Error} if the headers are missing.
       */
      _assertRequestHasHeaders(req) {
        if (!req || !req.headers) {
          throw Error("Request headers missing");
        }
      }
      /**
       * Checks if the request matches the cache and can be satisfied from the cache immediately,
       * without having to make a request to the server.
       *
       * This doesn't support `stale-while-revalidate`. See `evaluateRequest()` for a more complete solution.
       *
       * @param {HttpRequest} req - The new incoming HTTP request.
       * @returns {boolean} `true`` if the cached response used to construct this cache policy satisfies the request without revalidation.
       */
      satisfiesWithoutRevalidation(req) {
        const result = this.evaluateRequest(req);
        return !result.revalidation;
      }
      /**
       * @param {{headers: Record<string, string>, synchronous: boolean}|undefined} revalidation - Revalidation information, if any.
       * @returns {{response: HttpResponse, revalidation: {headers: Record<string, string>, synchronous: boolean}|undefined}} An object with a cached response headers and revalidation info.
       */
      _evaluateRequestHitResult(revalidation) {
        return {
          response: {
            headers: this.responseHeaders(),
            status: this._status
          },
          revalidation
        };
      }
      /**
       * @param {HttpRequest} request - new incoming
       * @param {boolean} synchronous - whether revalidation must be synchronous (not s-w-r).
       * @returns {{headers: Record<string, string>, synchronous: boolean}} An object with revalidation headers and a synchronous flag.
       */
      _evaluateRequestRevalidation(request, synchronous) {
        return {
          synchronous,
          headers: this.revalidationHeaders(request)
        };
      }
      /**
       * @param {HttpRequest} request - new incoming
       * @returns {{response: undefined, revalidation: {headers: Record<string, string>, synchronous: boolean}}} An object indicating no cached response and revalidation details.
       */
      _evaluateRequestMissResult(request) {
        return {
          response: void 0,
          revalidation: this._evaluateRequestRevalidation(request, true)
        };
      }
      /**
       * Checks if the given request matches this cache entry, and how the cache can be used to satisfy it. Returns an object with:
       *
       * ```
       * {
       *     // If defined, you must send a request to the server.
       *     revalidation: {
       *         headers: {}, // HTTP headers to use when sending the revalidation response
       *         // If true, you MUST wait for a response from the server before using the cache
       *         // If false, this is stale-while-revalidate. The cache is stale, but you can use it while you update it asynchronously.
       *         synchronous: bool,
       *     },
       *     // If defined, you can use this cached response.
       *     response: {
       *         headers: {}, // Updated cached HTTP headers you must use when responding to the client
       *     },
       * }
       * ```
       * @param {HttpRequest} req - new incoming HTTP request
       * @returns {{response: HttpResponse|undefined, revalidation: {headers: Record<string, string>, synchronous: boolean}|undefined}} An object containing keys:
       *   - revalidation: { headers: Record<string, string>, synchronous: boolean } Set if you should send this to the origin server
       *   - response: HttpResponse Set if you can respond to the client with these cached headers
       */
      evaluateRequest(req) {
        this._assertRequestHasHeaders(req);
        if (this._rescc["must-revalidate"]) {
          return this._evaluateRequestMissResult(req);
        }
        if (!this._requestMatches(req, false)) {
          return this._evaluateRequestMissResult(req);
        }
        const requestCC = parseCacheControl(req.headers["cache-control"]);
        if (requestCC["no-cache"] || /no-cache/.test(req.headers.pragma)) {
          return this._evaluateRequestMissResult(req);
        }
        if (requestCC["max-age"] && this.age() > toNumberOrZero(requestCC["max-age"])) {
          return this._evaluateRequestMissResult(req);
        }
        if (requestCC["min-fresh"] && this.maxAge() - this.age() < toNumberOrZero(requestCC["min-fresh"])) {
          return this._evaluateRequestMissResult(req);
        }
        if (this.stale()) {
          const allowsStaleWithoutRevalidation = "max-stale" in requestCC && (true === requestCC["max-stale"] || requestCC["max-stale"] > this.age() - this.maxAge());
          if (allowsStaleWithoutRevalidation) {
            return this._evaluateRequestHitResult(void 0);
          }
          if (this.useStaleWhileRevalidate()) {
            return this._evaluateRequestHitResult(this._evaluateRequestRevalidation(req, false));
          }
          return this._evaluateRequestMissResult(req);
        }
        return this._evaluateRequestHitResult(void 0);
      }
      /**
       * @param {HttpRequest} req - check if this is for the same cache entry
       * @param {boolean} allowHeadMethod - allow a HEAD method to match.
       * @returns {boolean} `true` if the request matches.
       */
      _requestMatches(req, allowHeadMethod) {
        return !!((!this._url || this._url === req.url) && this._host === req.headers.host && // the request method associated with the stored response allows it to be used for the presented request, and
        (!req.method || this._method === req.method || allowHeadMethod && "HEAD" === req.method) && // selecting header fields nominated by the stored response (if any) match those presented, and
        this._varyMatches(req));
      }
      /**
       * Determines whether storing authenticated responses is allowed.
       * @returns {boolean} `true` if allowed.
       */
      _allowsStoringAuthenticated() {
        return !!(this._rescc["must-revalidate"] || this._rescc.public || this._rescc["s-maxage"]);
      }
      /**
       * Checks whether the Vary header in the response matches the new request.
       * @param {HttpRequest} req - incoming HTTP request
       * @returns {boolean} `true` if the vary headers match.
       */
      _varyMatches(req) {
        if (!this._resHeaders.vary) {
          return true;
        }
        const fields = this._resHeaders.vary.trim().toLowerCase().split(/\s*,\s*/);
        for (const name of fields) {
          if (name === "*") {
            return false;
          }
          const newReq = Object.prototype.hasOwnProperty.call(
            req.headers,
            name
          ) && req.headers[name];
          const cachedReq = Object.prototype.hasOwnProperty.call(
            this._reqHeaders,
            name
          ) && this._reqHeaders[name];
          if (newReq !== cachedReq) {
            return false;
          }
        }
        return true;
      }
      /**
       * Creates a copy of the given headers without any hop-by-hop headers.
       * @param {Record<string, string>} inHeaders - old headers from the cached response
       * @returns {Record<string, string>} A new headers object without hop-by-hop headers.
       */
      _copyWithoutHopByHopHeaders(inHeaders) {
        const headers = {};
        for (const name in inHeaders) {
          if (hopByHopHeaders[name]) continue;
          headers[name] = inHeaders[name];
        }
        if (inHeaders.connection) {
          const tokens = inHeaders.connection.trim().split(/\s*,\s*/);
          for (const name of tokens) {
            delete headers[name];
          }
        }
        if (headers.warning) {
          const warnings = headers.warning.split(/,/).filter((warning) => {
            return !/^\s*1[0-9][0-9]/.test(warning);
          });
          if (!warnings.length) {
            delete headers.warning;
          } else {
            headers.warning = warnings.join(",").trim();
          }
        }
        return headers;
      }
      /**
       * Returns the response headers adjusted for serving the cached response.
       * Removes hop-by-hop headers and updates the Age and Date headers.
       * @returns {Record<string, string>} The adjusted response headers.
       */
      responseHeaders() {
        const headers = this._copyWithoutHopByHopHeaders(this._resHeaders);
        const age = this.age();
        if (age > 3600 * 24 && !this._hasExplicitExpiration() && this.maxAge() > 3600 * 24) {
          headers.warning = (headers.warning ? `${headers.warning}, ` : "") + '113 - "rfc7234 5.5.4"';
        }
        headers.age = `${Math.round(age)}`;
        headers.date = new Date(this.now()).toUTCString();
        return headers;
      }
      /**
       * Returns the status code of the cached response.
       * @returns {number} The response status code.
       */
      status() {
        return this._status;
      }
      /**
       * Returns the Date header value from the response or the current time if invalid.
       * @returns {number} Timestamp (in milliseconds) representing the Date header or response time.
       */
      date() {
        const serverDate = Date.parse(this._resHeaders.date);
        if (isFinite(serverDate)) {
          return serverDate;
        }
        return this._responseTime;
      }
      /**
       * Value of the Age header, in seconds, updated for the current time.
       * May be fractional.
       * @returns {number} The age in seconds.
       */
      age() {
        let age = this._ageValue();
        const residentTime = (this.now() - this._responseTime) / 1e3;
        return age + residentTime;
      }
      /**
       * @returns {number} The Age header value as a number.
       */
      _ageValue() {
        return toNumberOrZero(this._resHeaders.age);
      }
      /**
       * Possibly outdated value of applicable max-age (or heuristic equivalent) in seconds.
       * This counts since response's `Date`.
       *
       * For an up-to-date value, see `timeToLive()`.
       *
       * Returns the maximum age (freshness lifetime) of the response in seconds.
       * @returns {number} The max-age value in seconds.
       */
      maxAge() {
        if (!this.storable() || this._rescc["no-cache"]) {
          return 0;
        }
        if (this._isShared && (this._resHeaders["set-cookie"] && !this._rescc.public && !this._rescc.immutable)) {
          return 0;
        }
        if (this._resHeaders.vary === "*") {
          return 0;
        }
        if (this._isShared) {
          if (this._rescc["proxy-revalidate"]) {
            return 0;
          }
          if (this._rescc["s-maxage"]) {
            return toNumberOrZero(this._rescc["s-maxage"]);
          }
        }
        if (this._rescc["max-age"]) {
          return toNumberOrZero(this._rescc["max-age"]);
        }
        const defaultMinTtl = this._rescc.immutable ? this._immutableMinTtl : 0;
        const serverDate = this.date();
        if (this._resHeaders.expires) {
          const expires = Date.parse(this._resHeaders.expires);
          if (Number.isNaN(expires) || expires < serverDate) {
            return 0;
          }
          return Math.max(defaultMinTtl, (expires - serverDate) / 1e3);
        }
        if (this._resHeaders["last-modified"]) {
          const lastModified = Date.parse(this._resHeaders["last-modified"]);
          if (isFinite(lastModified) && serverDate > lastModified) {
            return Math.max(
              defaultMinTtl,
              (serverDate - lastModified) / 1e3 * this._cacheHeuristic
            );
          }
        }
        return defaultMinTtl;
      }
      /**
       * Remaining time this cache entry may be useful for, in *milliseconds*.
       * You can use this as an expiration time for your cache storage.
       *
       * Prefer this method over `maxAge()`, because it includes other factors like `age` and `stale-while-revalidate`.
       * @returns {number} Time-to-live in milliseconds.
       */
      timeToLive() {
        const age = this.maxAge() - this.age();
        const staleIfErrorAge = age + toNumberOrZero(this._rescc["stale-if-error"]);
        const staleWhileRevalidateAge = age + toNumberOrZero(this._rescc["stale-while-revalidate"]);
        return Math.round(Math.max(0, age, staleIfErrorAge, staleWhileRevalidateAge) * 1e3);
      }
      /**
       * If true, this cache entry is past its expiration date.
       * Note that stale cache may be useful sometimes, see `evaluateRequest()`.
       * @returns {boolean} `false` doesn't mean it's fresh nor usable
       */
      stale() {
        return this.maxAge() <= this.age();
      }
      /**
       * @returns {boolean} `true` if `stale-if-error` condition allows use of a stale response.
       */
      _useStaleIfError() {
        return this.maxAge() + toNumberOrZero(this._rescc["stale-if-error"]) > this.age();
      }
      /** See `evaluateRequest()` for a more complete solution
       * @returns {boolean} `true` if `stale-while-revalidate` is currently allowed.
       */
      useStaleWhileRevalidate() {
        const swr = toNumberOrZero(this._rescc["stale-while-revalidate"]);
        return swr > 0 && this.maxAge() + swr > this.age();
      }
      /**
       * Creates a `CachePolicy` instance from a serialized object.
       * @param {Object} obj - The serialized object.
       * @returns {CachePolicy} A new CachePolicy instance.
       */
      static fromObject(obj) {
        return new this(void 0, void 0, { _fromObject: obj });
      }
      /**
       * @param {any} obj - The serialized object.
       * @throws {Error} If already initialized or if the object is invalid.
       */
      _fromObject(obj) {
        if (this._responseTime) throw Error("Reinitialized");
        if (!obj || obj.v !== 1) throw Error("Invalid serialization");
        this._responseTime = obj.t;
        this._isShared = obj.sh;
        this._cacheHeuristic = obj.ch;
        this._immutableMinTtl = obj.imm !== void 0 ? obj.imm : 24 * 3600 * 1e3;
        this._ignoreCargoCult = !!obj.icc;
        this._status = obj.st;
        this._resHeaders = obj.resh;
        this._rescc = obj.rescc;
        this._method = obj.m;
        this._url = obj.u;
        this._host = obj.h;
        this._noAuthorization = obj.a;
        this._reqHeaders = obj.reqh;
        this._reqcc = obj.reqcc;
      }
      /**
       * Serializes the `CachePolicy` instance into a JSON-serializable object.
       * @returns {Object} The serialized object.
       */
      toObject() {
        return {
          v: 1,
          t: this._responseTime,
          sh: this._isShared,
          ch: this._cacheHeuristic,
          imm: this._immutableMinTtl,
          icc: this._ignoreCargoCult,
          st: this._status,
          resh: this._resHeaders,
          rescc: this._rescc,
          m: this._method,
          u: this._url,
          h: this._host,
          a: this._noAuthorization,
          reqh: this._reqHeaders,
          reqcc: this._reqcc
        };
      }
      /**
       * Headers for sending to the origin server to revalidate stale response.
       * Allows server to return 304 to allow reuse of the previous response.
       *
       * Hop by hop headers are always stripped.
       * Revalidation headers may be added or removed, depending on request.
       * @param {HttpRequest} incomingReq - The incoming HTTP request.
       * @returns {Record<string, string>} The headers for the revalidation request.
       */
      revalidationHeaders(incomingReq) {
        this._assertRequestHasHeaders(incomingReq);
        const headers = this._copyWithoutHopByHopHeaders(incomingReq.headers);
        delete headers["if-range"];
        if (!this._requestMatches(incomingReq, true) || !this.storable()) {
          delete headers["if-none-match"];
          delete headers["if-modified-since"];
          return headers;
        }
        if (this._resHeaders.etag) {
          headers["if-none-match"] = headers["if-none-match"] ? `${headers["if-none-match"]}, ${this._resHeaders.etag}` : this._resHeaders.etag;
        }
        const forbidsWeakValidators = headers["accept-ranges"] || headers["if-match"] || headers["if-unmodified-since"] || this._method && this._method != "GET";
        if (forbidsWeakValidators) {
          delete headers["if-modified-since"];
          if (headers["if-none-match"]) {
            const etags = headers["if-none-match"].split(/,/).filter((etag) => {
              return !/^\s*W\//.test(etag);
            });
            if (!etags.length) {
              delete headers["if-none-match"];
            } else {
              headers["if-none-match"] = etags.join(",").trim();
            }
          }
        } else if (this._resHeaders["last-modified"] && !headers["if-modified-since"]) {
          headers["if-modified-since"] = this._resHeaders["last-modified"];
        }
        return headers;
      }
      /**
       * Creates new CachePolicy with information combined from the previews response,
       * and the new revalidation response.
       *
       * Returns {policy, modified} where modified is a boolean indicating
       * whether the response body has been modified, and old cached body can't be used.
       *
       * @param {HttpRequest} request - The latest HTTP request asking for the cached entry.
       * @param {HttpResponse} response - The latest revalidation HTTP response from the origin server.
       * @returns {{policy: CachePolicy, modified: boolean, matches: boolean}} The updated policy and modification status.
       * @throws {Error} If the response headers are missing.
       */
      revalidatedPolicy(request, response) {
        this._assertRequestHasHeaders(request);
        if (this._useStaleIfError() && isErrorResponse(response)) {
          return {
            policy: this,
            modified: false,
            matches: true
          };
        }
        if (!response || !response.headers) {
          throw Error("Response headers missing");
        }
        let matches = false;
        if (response.status !== void 0 && response.status != 304) {
          matches = false;
        } else if (response.headers.etag && !/^\s*W\//.test(response.headers.etag)) {
          matches = this._resHeaders.etag && this._resHeaders.etag.replace(/^\s*W\//, "") === response.headers.etag;
        } else if (this._resHeaders.etag && response.headers.etag) {
          matches = this._resHeaders.etag.replace(/^\s*W\//, "") === response.headers.etag.replace(/^\s*W\//, "");
        } else if (this._resHeaders["last-modified"]) {
          matches = this._resHeaders["last-modified"] === response.headers["last-modified"];
        } else {
          if (!this._resHeaders.etag && !this._resHeaders["last-modified"] && !response.headers.etag && !response.headers["last-modified"]) {
            matches = true;
          }
        }
        const optionsCopy = {
          shared: this._isShared,
          cacheHeuristic: this._cacheHeuristic,
          immutableMinTimeToLive: this._immutableMinTtl,
          ignoreCargoCult: this._ignoreCargoCult
        };
        if (!matches) {
          return {
            policy: new this.constructor(request, response, optionsCopy),
            // Client receiving 304 without body, even if it's invalid/mismatched has no option
            // but to reuse a cached body. We don't have a good way to tell clients to do
            // error recovery in such case.
            modified: response.status != 304,
            matches: false
          };
        }
        const headers = {};
        for (const k in this._resHeaders) {
          headers[k] = k in response.headers && !excludedFromRevalidationUpdate[k] ? response.headers[k] : this._resHeaders[k];
        }
        const newResponse = Object.assign({}, response, {
          status: this._status,
          method: this._method,
          headers
        });
        return {
          policy: new this.constructor(request, newResponse, optionsCopy),
          modified: false,
          matches: true
        };
      }
    };
  }
});

// node_modules/quick-lru/index.js
var require_quick_lru = __commonJS({
  "node_modules/quick-lru/index.js"(exports, module) {
    "use strict";
    var QuickLRU = class {
      constructor(options = {}) {
        if (!(options.maxSize && options.maxSize > 0)) {
          throw new TypeError("`maxSize` must be a number greater than 0");
        }
        this.maxSize = options.maxSize;
        this.onEviction = options.onEviction;
        this.cache = /* @__PURE__ */ new Map();
        this.oldCache = /* @__PURE__ */ new Map();
        this._size = 0;
      }
      _set(key, value) {
        this.cache.set(key, value);
        this._size++;
        if (this._size >= this.maxSize) {
          this._size = 0;
          if (typeof this.onEviction === "function") {
            for (const [key2, value2] of this.oldCache.entries()) {
              this.onEviction(key2, value2);
            }
          }
          this.oldCache = this.cache;
          this.cache = /* @__PURE__ */ new Map();
        }
      }
      get(key) {
        if (this.cache.has(key)) {
          return this.cache.get(key);
        }
        if (this.oldCache.has(key)) {
          const value = this.oldCache.get(key);
          this.oldCache.delete(key);
          this._set(key, value);
          return value;
        }
      }
      set(key, value) {
        if (this.cache.has(key)) {
          this.cache.set(key, value);
        } else {
          this._set(key, value);
        }
        return this;
      }
      has(key) {
        return this.cache.has(key) || this.oldCache.has(key);
      }
      peek(key) {
        if (this.cache.has(key)) {
          return this.cache.get(key);
        }
        if (this.oldCache.has(key)) {
          return this.oldCache.get(key);
        }
      }
      delete(key) {
        const deleted = this.cache.delete(key);
        if (deleted) {
          this._size--;
        }
        return this.oldCache.delete(key) || deleted;
      }
      clear() {
        this.cache.clear();
        this.oldCache.clear();
        this._size = 0;
      }
      *keys() {
        for (const [key] of this) {
          yield key;
        }
      }
      *values() {
        for (const [, value] of this) {
          yield value;
        }
      }
      *[Symbol.iterator]() {
        for (const item of this.cache) {
          yield item;
        }
        for (const item of this.oldCache) {
          const [key] = item;
          if (!this.cache.has(key)) {
            yield item;
          }
        }
      }
      get size() {
        let oldCacheSize = 0;
        for (const key of this.oldCache.keys()) {
          if (!this.cache.has(key)) {
            oldCacheSize++;
          }
        }
        return Math.min(this._size + oldCacheSize, this.maxSize);
      }
    };
    module.exports = QuickLRU;
  }
});

// node_modules/http2-wrapper/source/utils/delay-async-destroy.js
var require_delay_async_destroy = __commonJS({
  "node_modules/http2-wrapper/source/utils/delay-async-destroy.js"(exports, module) {
    "use strict";
    module.exports = (stream2) => {
      if (stream2.listenerCount("error") !== 0) {
        return stream2;
      }
      stream2.__destroy = stream2._destroy;
      stream2._destroy = (...args) => {
        const callback = args.pop();
        stream2.__destroy(...args, async (error) => {
          await Promise.resolve();
          callback(error);
        });
      };
      const onError = (error) => {
        Promise.resolve().then(() => {
          stream2.emit("error", error);
        });
      };
      stream2.once("error", onError);
      Promise.resolve().then(() => {
        stream2.off("error", onError);
      });
      return stream2;
    };
  }
});

// node_modules/http2-wrapper/source/agent.js
var require_agent = __commonJS({
  "node_modules/http2-wrapper/source/agent.js"(exports, module) {
    "use strict";
    var { isIP } = __require("net");
    var { URL: URL3 } = __require("url");
    var EventEmitter3 = __require("events");
    var tls = __require("tls");
    var http22 = __require("http2");
    var QuickLRU = require_quick_lru();
    var delayAsyncDestroy = require_delay_async_destroy();
    var kCurrentStreamCount = /* @__PURE__ */ Symbol("currentStreamCount");
    var kRequest = /* @__PURE__ */ Symbol("request");
    var kOriginSet = /* @__PURE__ */ Symbol("cachedOriginSet");
    var kGracefullyClosing = /* @__PURE__ */ Symbol("gracefullyClosing");
    var kLength = /* @__PURE__ */ Symbol("length");
    var nameKeys = [
      // Not an Agent option actually
      "createConnection",
      // `http2.connect()` options
      "maxDeflateDynamicTableSize",
      "maxSettings",
      "maxSessionMemory",
      "maxHeaderListPairs",
      "maxOutstandingPings",
      "maxReservedRemoteStreams",
      "maxSendHeaderBlockLength",
      "paddingStrategy",
      "peerMaxConcurrentStreams",
      "settings",
      // `tls.connect()` source options
      "family",
      "localAddress",
      "rejectUnauthorized",
      // `tls.connect()` secure context options
      "pskCallback",
      "minDHSize",
      // `tls.connect()` destination options
      // - `servername` is automatically validated, skip it
      // - `host` and `port` just describe the destination server,
      "path",
      "socket",
      // `tls.createSecureContext()` options
      "ca",
      "cert",
      "sigalgs",
      "ciphers",
      "clientCertEngine",
      "crl",
      "dhparam",
      "ecdhCurve",
      "honorCipherOrder",
      "key",
      "privateKeyEngine",
      "privateKeyIdentifier",
      "maxVersion",
      "minVersion",
      "pfx",
      "secureOptions",
      "secureProtocol",
      "sessionIdContext",
      "ticketKeys"
    ];
    var getSortedIndex = (array, value, compare) => {
      let low = 0;
      let high = array.length;
      while (low < high) {
        const mid = low + high >>> 1;
        if (compare(array[mid], value)) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    };
    var compareSessions = (a2, b) => a2.remoteSettings.maxConcurrentStreams > b.remoteSettings.maxConcurrentStreams;
    var closeCoveredSessions = (where, session) => {
      for (let index = 0; index < where.length; index++) {
        const coveredSession = where[index];
        if (
          // Unfortunately `.every()` returns true for an empty array
          coveredSession[kOriginSet].length > 0 && coveredSession[kOriginSet].length < session[kOriginSet].length && coveredSession[kOriginSet].every((origin) => session[kOriginSet].includes(origin)) && coveredSession[kCurrentStreamCount] + session[kCurrentStreamCount] <= session.remoteSettings.maxConcurrentStreams
        ) {
          gracefullyClose(coveredSession);
        }
      }
    };
    var closeSessionIfCovered = (where, coveredSession) => {
      for (let index = 0; index < where.length; index++) {
        const session = where[index];
        if (coveredSession[kOriginSet].length > 0 && coveredSession[kOriginSet].length < session[kOriginSet].length && coveredSession[kOriginSet].every((origin) => session[kOriginSet].includes(origin)) && coveredSession[kCurrentStreamCount] + session[kCurrentStreamCount] <= session.remoteSettings.maxConcurrentStreams) {
          gracefullyClose(coveredSession);
          return true;
        }
      }
      return false;
    };
    var gracefullyClose = (session) => {
      session[kGracefullyClosing] = true;
      if (session[kCurrentStreamCount] === 0) {
        session.close();
      }
    };
    var Agent = class _Agent extends EventEmitter3 {
      constructor({ timeout = 0, maxSessions = Number.POSITIVE_INFINITY, maxEmptySessions = 10, maxCachedTlsSessions = 100 } = {}) {
        super();
        this.sessions = {};
        this.queue = {};
        this.timeout = timeout;
        this.maxSessions = maxSessions;
        this.maxEmptySessions = maxEmptySessions;
        this._emptySessionCount = 0;
        this._sessionCount = 0;
        this.settings = {
          enablePush: false,
          initialWindowSize: 1024 * 1024 * 32
          // 32MB, see https://github.com/nodejs/node/issues/38426
        };
        this.tlsSessionCache = new QuickLRU({ maxSize: maxCachedTlsSessions });
      }
      get protocol() {
        return "https:";
      }
      normalizeOptions(options) {
        let normalized = "";
        for (let index = 0; index < nameKeys.length; index++) {
          const key = nameKeys[index];
          normalized += ":";
          if (options && options[key] !== void 0) {
            normalized += options[key];
          }
        }
        return normalized;
      }
      _processQueue() {
        if (this._sessionCount >= this.maxSessions) {
          this.closeEmptySessions(this.maxSessions - this._sessionCount + 1);
          return;
        }
        for (const normalizedOptions in this.queue) {
          for (const normalizedOrigin in this.queue[normalizedOptions]) {
            const item = this.queue[normalizedOptions][normalizedOrigin];
            if (!item.completed) {
              item.completed = true;
              item();
            }
          }
        }
      }
      _isBetterSession(thisStreamCount, thatStreamCount) {
        return thisStreamCount > thatStreamCount;
      }
      _accept(session, listeners, normalizedOrigin, options) {
        let index = 0;
        while (index < listeners.length && session[kCurrentStreamCount] < session.remoteSettings.maxConcurrentStreams) {
          listeners[index].resolve(session);
          index++;
        }
        listeners.splice(0, index);
        if (listeners.length > 0) {
          this.getSession(normalizedOrigin, options, listeners);
          listeners.length = 0;
        }
      }
      getSession(origin, options, listeners) {
        return new Promise((resolve, reject) => {
          if (Array.isArray(listeners) && listeners.length > 0) {
            listeners = [...listeners];
            resolve();
          } else {
            listeners = [{ resolve, reject }];
          }
          try {
            if (typeof origin === "string") {
              origin = new URL3(origin);
            } else if (!(origin instanceof URL3)) {
              throw new TypeError("The `origin` argument needs to be a string or an URL object");
            }
            if (options) {
              const { servername } = options;
              const { hostname } = origin;
              if (servername && hostname !== servername) {
                throw new Error(`Origin ${hostname} differs from servername ${servername}`);
              }
            }
          } catch (error) {
            for (let index = 0; index < listeners.length; index++) {
              listeners[index].reject(error);
            }
            return;
          }
          const normalizedOptions = this.normalizeOptions(options);
          const normalizedOrigin = origin.origin;
          if (normalizedOptions in this.sessions) {
            const sessions = this.sessions[normalizedOptions];
            let maxConcurrentStreams = -1;
            let currentStreamsCount = -1;
            let optimalSession;
            for (let index = 0; index < sessions.length; index++) {
              const session = sessions[index];
              const sessionMaxConcurrentStreams = session.remoteSettings.maxConcurrentStreams;
              if (sessionMaxConcurrentStreams < maxConcurrentStreams) {
                break;
              }
              if (!session[kOriginSet].includes(normalizedOrigin)) {
                continue;
              }
              const sessionCurrentStreamsCount = session[kCurrentStreamCount];
              if (sessionCurrentStreamsCount >= sessionMaxConcurrentStreams || session[kGracefullyClosing] || session.destroyed) {
                continue;
              }
              if (!optimalSession) {
                maxConcurrentStreams = sessionMaxConcurrentStreams;
              }
              if (this._isBetterSession(sessionCurrentStreamsCount, currentStreamsCount)) {
                optimalSession = session;
                currentStreamsCount = sessionCurrentStreamsCount;
              }
            }
            if (optimalSession) {
              this._accept(optimalSession, listeners, normalizedOrigin, options);
              return;
            }
          }
          if (normalizedOptions in this.queue) {
            if (normalizedOrigin in this.queue[normalizedOptions]) {
              this.queue[normalizedOptions][normalizedOrigin].listeners.push(...listeners);
              return;
            }
          } else {
            this.queue[normalizedOptions] = {
              [kLength]: 0
            };
          }
          const removeFromQueue = () => {
            if (normalizedOptions in this.queue && this.queue[normalizedOptions][normalizedOrigin] === entry) {
              delete this.queue[normalizedOptions][normalizedOrigin];
              if (--this.queue[normalizedOptions][kLength] === 0) {
                delete this.queue[normalizedOptions];
              }
            }
          };
          const entry = async () => {
            this._sessionCount++;
            const name = `${normalizedOrigin}:${normalizedOptions}`;
            let receivedSettings = false;
            let socket;
            try {
              const computedOptions = { ...options };
              if (computedOptions.settings === void 0) {
                computedOptions.settings = this.settings;
              }
              if (computedOptions.session === void 0) {
                computedOptions.session = this.tlsSessionCache.get(name);
              }
              const createConnection = computedOptions.createConnection || this.createConnection;
              let error;
              socket = await createConnection.call(this, origin, computedOptions);
              socket.once("error", (e) => {
                error = e;
              });
              computedOptions.createConnection = () => {
                if (error !== void 0) {
                  throw error;
                }
                return socket;
              };
              const session = http22.connect(origin, computedOptions);
              session[kCurrentStreamCount] = 0;
              session[kGracefullyClosing] = false;
              const getOriginSet = () => {
                const { socket: socket2 } = session;
                let originSet;
                if (socket2.servername === false) {
                  socket2.servername = socket2.remoteAddress;
                  originSet = session.originSet;
                  socket2.servername = false;
                } else {
                  originSet = session.originSet;
                }
                const cert = socket2.getPeerX509Certificate?.();
                if (!cert) {
                  let hostname = socket2.servername;
                  if (hostname === null || hostname === false) {
                    if (socket2.remoteFamily === "IPv6") {
                      hostname = `[${socket2.remoteAddress}]`;
                    } else {
                      hostname = socket2.remoteAddress;
                    }
                  }
                  let origin2 = `https://${hostname}`;
                  if (socket2.remotePort !== null && socket2.remotePort !== void 0) {
                    origin2 += `:${socket2.remotePort}`;
                  }
                  const parsed = URL3.parse(origin2);
                  if (parsed !== null) {
                    return [parsed.origin];
                  }
                  return [];
                }
                return originSet.filter((origin2) => {
                  if (origin2.startsWith("https://")) {
                    origin2 = origin2.slice("https://".length);
                  }
                  const colon = origin2.indexOf(":");
                  if (colon !== -1) {
                    origin2 = origin2.slice(0, colon);
                  }
                  if (origin2[0] === "[") {
                    origin2 = origin2.slice(1, -1);
                  }
                  if (isIP(origin2)) {
                    return cert.checkIP(origin2) !== void 0;
                  } else {
                    return cert.checkHost(origin2) !== void 0;
                  }
                });
              };
              const isFree = () => session[kCurrentStreamCount] < session.remoteSettings.maxConcurrentStreams;
              session.socket.once("session", (tlsSession) => {
                this.tlsSessionCache.set(name, tlsSession);
              });
              session.once("error", (error2) => {
                for (let index = 0; index < listeners.length; index++) {
                  listeners[index].reject(error2);
                }
                this.tlsSessionCache.delete(name);
              });
              session.setTimeout(this.timeout, () => {
                session.destroy();
              });
              session.once("close", () => {
                this._sessionCount--;
                if (receivedSettings) {
                  this._emptySessionCount--;
                  const where = this.sessions[normalizedOptions];
                  if (where.length === 1) {
                    delete this.sessions[normalizedOptions];
                  } else {
                    where.splice(where.indexOf(session), 1);
                  }
                } else {
                  removeFromQueue();
                  const error2 = new Error("Session closed without receiving a SETTINGS frame");
                  error2.code = "HTTP2WRAPPER_NOSETTINGS";
                  for (let index = 0; index < listeners.length; index++) {
                    listeners[index].reject(error2);
                  }
                }
                this._processQueue();
              });
              const processListeners = () => {
                const queue = this.queue[normalizedOptions];
                if (!queue) {
                  return;
                }
                const originSet = session[kOriginSet];
                for (let index = 0; index < originSet.length; index++) {
                  const origin2 = originSet[index];
                  if (origin2 in queue) {
                    const { listeners: listeners2, completed } = queue[origin2];
                    let index2 = 0;
                    while (index2 < listeners2.length && isFree()) {
                      listeners2[index2].resolve(session);
                      index2++;
                    }
                    queue[origin2].listeners.splice(0, index2);
                    if (queue[origin2].listeners.length === 0 && !completed) {
                      delete queue[origin2];
                      if (--queue[kLength] === 0) {
                        delete this.queue[normalizedOptions];
                        break;
                      }
                    }
                    if (!isFree()) {
                      break;
                    }
                  }
                }
              };
              session.on("origin", () => {
                session[kOriginSet] = getOriginSet() || [];
                session[kGracefullyClosing] = false;
                closeSessionIfCovered(this.sessions[normalizedOptions], session);
                if (session[kGracefullyClosing] || !isFree()) {
                  return;
                }
                processListeners();
                if (!isFree()) {
                  return;
                }
                closeCoveredSessions(this.sessions[normalizedOptions], session);
              });
              session.once("remoteSettings", () => {
                if (entry.destroyed) {
                  const error2 = new Error("Agent has been destroyed");
                  for (let index = 0; index < listeners.length; index++) {
                    listeners[index].reject(error2);
                  }
                  session.destroy();
                  return;
                }
                if (session.setLocalWindowSize) {
                  session.setLocalWindowSize(1024 * 1024 * 4);
                }
                session[kOriginSet] = getOriginSet() || [];
                if (session.socket.encrypted) {
                  const mainOrigin = session[kOriginSet][0];
                  if (mainOrigin !== normalizedOrigin) {
                    const error2 = new Error(`Requested origin ${normalizedOrigin} does not match server ${mainOrigin}`);
                    for (let index = 0; index < listeners.length; index++) {
                      listeners[index].reject(error2);
                    }
                    session.destroy();
                    return;
                  }
                }
                removeFromQueue();
                {
                  const where = this.sessions;
                  if (normalizedOptions in where) {
                    const sessions = where[normalizedOptions];
                    sessions.splice(getSortedIndex(sessions, session, compareSessions), 0, session);
                  } else {
                    where[normalizedOptions] = [session];
                  }
                }
                receivedSettings = true;
                this._emptySessionCount++;
                this.emit("session", session);
                this._accept(session, listeners, normalizedOrigin, options);
                if (session[kCurrentStreamCount] === 0 && this._emptySessionCount > this.maxEmptySessions) {
                  this.closeEmptySessions(this._emptySessionCount - this.maxEmptySessions);
                }
                session.on("remoteSettings", () => {
                  if (!isFree()) {
                    return;
                  }
                  processListeners();
                  if (!isFree()) {
                    return;
                  }
                  closeCoveredSessions(this.sessions[normalizedOptions], session);
                });
              });
              session[kRequest] = session.request;
              session.request = (headers, streamOptions) => {
                if (session[kGracefullyClosing]) {
                  throw new Error("The session is gracefully closing. No new streams are allowed.");
                }
                const stream2 = session[kRequest](headers, streamOptions);
                session.ref();
                if (session[kCurrentStreamCount]++ === 0) {
                  this._emptySessionCount--;
                }
                stream2.once("close", () => {
                  if (--session[kCurrentStreamCount] === 0) {
                    this._emptySessionCount++;
                    session.unref();
                    if (this._emptySessionCount > this.maxEmptySessions || session[kGracefullyClosing]) {
                      session.close();
                      return;
                    }
                  }
                  if (session.destroyed || session.closed) {
                    return;
                  }
                  if (isFree() && !closeSessionIfCovered(this.sessions[normalizedOptions], session)) {
                    closeCoveredSessions(this.sessions[normalizedOptions], session);
                    processListeners();
                    if (session[kCurrentStreamCount] === 0) {
                      this._processQueue();
                    }
                  }
                });
                return stream2;
              };
            } catch (error) {
              removeFromQueue();
              this._sessionCount--;
              for (let index = 0; index < listeners.length; index++) {
                listeners[index].reject(error);
              }
            }
          };
          entry.listeners = listeners;
          entry.completed = false;
          entry.destroyed = false;
          this.queue[normalizedOptions][normalizedOrigin] = entry;
          this.queue[normalizedOptions][kLength]++;
          this._processQueue();
        });
      }
      request(origin, options, headers, streamOptions) {
        return new Promise((resolve, reject) => {
          this.getSession(origin, options, [{
            reject,
            resolve: (session) => {
              try {
                const stream2 = session.request(headers, streamOptions);
                delayAsyncDestroy(stream2);
                resolve(stream2);
              } catch (error) {
                reject(error);
              }
            }
          }]);
        });
      }
      async createConnection(origin, options) {
        return _Agent.connect(origin, options);
      }
      static connect(origin, options) {
        options.ALPNProtocols = ["h2"];
        const port = origin.port || 443;
        let host = origin.hostname;
        if (host[0] === "[") {
          host = host.slice(1, -1);
        }
        if (typeof options.servername === "undefined") {
          options.servername = host;
        }
        const socket = tls.connect(port, host, options);
        if (options.socket) {
          socket._peername = {
            family: void 0,
            address: void 0,
            port
          };
        }
        return delayAsyncDestroy(socket);
      }
      closeEmptySessions(maxCount = Number.POSITIVE_INFINITY) {
        let closedCount = 0;
        const { sessions } = this;
        for (const key in sessions) {
          const thisSessions = sessions[key];
          for (let index = 0; index < thisSessions.length; index++) {
            const session = thisSessions[index];
            if (session[kCurrentStreamCount] === 0) {
              closedCount++;
              session.close();
              if (closedCount >= maxCount) {
                return closedCount;
              }
            }
          }
        }
        return closedCount;
      }
      destroy(reason) {
        const { sessions, queue } = this;
        for (const key in sessions) {
          const thisSessions = sessions[key];
          for (let index = 0; index < thisSessions.length; index++) {
            thisSessions[index].destroy(reason);
          }
        }
        for (const normalizedOptions in queue) {
          const entries2 = queue[normalizedOptions];
          for (const normalizedOrigin in entries2) {
            entries2[normalizedOrigin].destroyed = true;
          }
        }
        this.queue = {};
        this.tlsSessionCache.clear();
      }
      get emptySessionCount() {
        return this._emptySessionCount;
      }
      get pendingSessionCount() {
        return this._sessionCount - this._emptySessionCount;
      }
      get sessionCount() {
        return this._sessionCount;
      }
    };
    Agent.kCurrentStreamCount = kCurrentStreamCount;
    Agent.kGracefullyClosing = kGracefullyClosing;
    module.exports = {
      Agent,
      globalAgent: new Agent()
    };
  }
});

// node_modules/http2-wrapper/source/incoming-message.js
var require_incoming_message = __commonJS({
  "node_modules/http2-wrapper/source/incoming-message.js"(exports, module) {
    "use strict";
    var { Readable } = __require("stream");
    var IncomingMessage = class extends Readable {
      constructor(socket, highWaterMark) {
        super({
          emitClose: false,
          autoDestroy: true,
          highWaterMark
        });
        this.statusCode = null;
        this.statusMessage = "";
        this.httpVersion = "2.0";
        this.httpVersionMajor = 2;
        this.httpVersionMinor = 0;
        this.headers = {};
        this.trailers = {};
        this.req = null;
        this.aborted = false;
        this.complete = false;
        this.upgrade = null;
        this.rawHeaders = [];
        this.rawTrailers = [];
        this.socket = socket;
        this._dumped = false;
      }
      get connection() {
        return this.socket;
      }
      set connection(value) {
        this.socket = value;
      }
      _destroy(error, callback) {
        if (!this.readableEnded) {
          this.aborted = true;
        }
        callback();
        this.req._request.destroy(error);
      }
      setTimeout(ms, callback) {
        this.req.setTimeout(ms, callback);
        return this;
      }
      _dump() {
        if (!this._dumped) {
          this._dumped = true;
          this.removeAllListeners("data");
          this.resume();
        }
      }
      _read() {
        if (this.req) {
          this.req._request.resume();
        }
      }
    };
    module.exports = IncomingMessage;
  }
});

// node_modules/http2-wrapper/source/utils/proxy-events.js
var require_proxy_events = __commonJS({
  "node_modules/http2-wrapper/source/utils/proxy-events.js"(exports, module) {
    "use strict";
    module.exports = (from, to, events) => {
      for (const event of events) {
        from.on(event, (...args) => to.emit(event, ...args));
      }
    };
  }
});

// node_modules/http2-wrapper/source/utils/errors.js
var require_errors = __commonJS({
  "node_modules/http2-wrapper/source/utils/errors.js"(exports, module) {
    "use strict";
    var makeError = (Base, key, getMessage) => {
      module.exports[key] = class NodeError extends Base {
        constructor(...args) {
          super(typeof getMessage === "string" ? getMessage : getMessage(args));
          this.name = `${super.name} [${key}]`;
          this.code = key;
        }
      };
    };
    makeError(TypeError, "ERR_INVALID_ARG_TYPE", (args) => {
      const type = args[0].includes(".") ? "property" : "argument";
      let valid = args[1];
      const isManyTypes = Array.isArray(valid);
      if (isManyTypes) {
        valid = `${valid.slice(0, -1).join(", ")} or ${valid.slice(-1)}`;
      }
      return `The "${args[0]}" ${type} must be ${isManyTypes ? "one of" : "of"} type ${valid}. Received ${typeof args[2]}`;
    });
    makeError(
      TypeError,
      "ERR_INVALID_PROTOCOL",
      (args) => `Protocol "${args[0]}" not supported. Expected "${args[1]}"`
    );
    makeError(
      Error,
      "ERR_HTTP_HEADERS_SENT",
      (args) => `Cannot ${args[0]} headers after they are sent to the client`
    );
    makeError(
      TypeError,
      "ERR_INVALID_HTTP_TOKEN",
      (args) => `${args[0]} must be a valid HTTP token [${args[1]}]`
    );
    makeError(
      TypeError,
      "ERR_HTTP_INVALID_HEADER_VALUE",
      (args) => `Invalid value "${args[0]} for header "${args[1]}"`
    );
    makeError(
      TypeError,
      "ERR_INVALID_CHAR",
      (args) => `Invalid character in ${args[0]} [${args[1]}]`
    );
    makeError(
      Error,
      "ERR_HTTP2_NO_SOCKET_MANIPULATION",
      "HTTP/2 sockets should not be directly manipulated (e.g. read and written)"
    );
  }
});

// node_modules/http2-wrapper/source/utils/is-request-pseudo-header.js
var require_is_request_pseudo_header = __commonJS({
  "node_modules/http2-wrapper/source/utils/is-request-pseudo-header.js"(exports, module) {
    "use strict";
    module.exports = (header) => {
      switch (header) {
        case ":method":
        case ":scheme":
        case ":authority":
        case ":path":
          return true;
        default:
          return false;
      }
    };
  }
});

// node_modules/http2-wrapper/source/utils/validate-header-name.js
var require_validate_header_name = __commonJS({
  "node_modules/http2-wrapper/source/utils/validate-header-name.js"(exports, module) {
    "use strict";
    var { ERR_INVALID_HTTP_TOKEN } = require_errors();
    var isRequestPseudoHeader = require_is_request_pseudo_header();
    var isValidHttpToken = /^[\^`\-\w!#$%&*+.|~]+$/;
    module.exports = (name) => {
      if (typeof name !== "string" || !isValidHttpToken.test(name) && !isRequestPseudoHeader(name)) {
        throw new ERR_INVALID_HTTP_TOKEN("Header name", name);
      }
    };
  }
});

// node_modules/http2-wrapper/source/utils/validate-header-value.js
var require_validate_header_value = __commonJS({
  "node_modules/http2-wrapper/source/utils/validate-header-value.js"(exports, module) {
    "use strict";
    var {
      ERR_HTTP_INVALID_HEADER_VALUE,
      ERR_INVALID_CHAR
    } = require_errors();
    var isInvalidHeaderValue = /[^\t\u0020-\u007E\u0080-\u00FF]/;
    module.exports = (name, value) => {
      if (typeof value === "undefined") {
        throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
      }
      if (isInvalidHeaderValue.test(value)) {
        throw new ERR_INVALID_CHAR("header content", name);
      }
    };
  }
});

// node_modules/http2-wrapper/source/utils/proxy-socket-handler.js
var require_proxy_socket_handler = __commonJS({
  "node_modules/http2-wrapper/source/utils/proxy-socket-handler.js"(exports, module) {
    "use strict";
    var { ERR_HTTP2_NO_SOCKET_MANIPULATION } = require_errors();
    var proxySocketHandler = {
      has(stream2, property) {
        const reference = stream2.session === void 0 ? stream2 : stream2.session.socket;
        return property in stream2 || property in reference;
      },
      get(stream2, property) {
        switch (property) {
          case "on":
          case "once":
          case "end":
          case "emit":
          case "destroy":
            return stream2[property].bind(stream2);
          case "writable":
          case "destroyed":
            return stream2[property];
          case "readable":
            if (stream2.destroyed) {
              return false;
            }
            return stream2.readable;
          case "setTimeout": {
            const { session } = stream2;
            if (session !== void 0) {
              return session.setTimeout.bind(session);
            }
            return stream2.setTimeout.bind(stream2);
          }
          case "write":
          case "read":
          case "pause":
          case "resume":
            throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
          default: {
            const reference = stream2.session === void 0 ? stream2 : stream2.session.socket;
            const value = reference[property];
            return typeof value === "function" ? value.bind(reference) : value;
          }
        }
      },
      getPrototypeOf(stream2) {
        if (stream2.session !== void 0) {
          return Reflect.getPrototypeOf(stream2.session.socket);
        }
        return Reflect.getPrototypeOf(stream2);
      },
      set(stream2, property, value) {
        switch (property) {
          case "writable":
          case "readable":
          case "destroyed":
          case "on":
          case "once":
          case "end":
          case "emit":
          case "destroy":
            stream2[property] = value;
            return true;
          case "setTimeout": {
            const { session } = stream2;
            if (session === void 0) {
              stream2.setTimeout = value;
            } else {
              session.setTimeout = value;
            }
            return true;
          }
          case "write":
          case "read":
          case "pause":
          case "resume":
            throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
          default: {
            const reference = stream2.session === void 0 ? stream2 : stream2.session.socket;
            reference[property] = value;
            return true;
          }
        }
      }
    };
    module.exports = proxySocketHandler;
  }
});

// node_modules/http2-wrapper/source/client-request.js
var require_client_request = __commonJS({
  "node_modules/http2-wrapper/source/client-request.js"(exports, module) {
    "use strict";
    var { URL: URL3, urlToHttpOptions } = __require("url");
    var http22 = __require("http2");
    var { Writable } = __require("stream");
    var { Agent, globalAgent } = require_agent();
    var IncomingMessage = require_incoming_message();
    var proxyEvents2 = require_proxy_events();
    var {
      ERR_INVALID_ARG_TYPE,
      ERR_INVALID_PROTOCOL,
      ERR_HTTP_HEADERS_SENT
    } = require_errors();
    var validateHeaderName = require_validate_header_name();
    var validateHeaderValue = require_validate_header_value();
    var proxySocketHandler = require_proxy_socket_handler();
    var {
      HTTP2_HEADER_STATUS,
      HTTP2_HEADER_METHOD,
      HTTP2_HEADER_PATH,
      HTTP2_HEADER_AUTHORITY,
      HTTP2_METHOD_CONNECT
    } = http22.constants;
    var kHeaders = /* @__PURE__ */ Symbol("headers");
    var kOrigin = /* @__PURE__ */ Symbol("origin");
    var kSession = /* @__PURE__ */ Symbol("session");
    var kOptions = /* @__PURE__ */ Symbol("options");
    var kFlushedHeaders = /* @__PURE__ */ Symbol("flushedHeaders");
    var kJobs = /* @__PURE__ */ Symbol("jobs");
    var kPendingAgentPromise = /* @__PURE__ */ Symbol("pendingAgentPromise");
    var ClientRequest = class extends Writable {
      constructor(input, options, callback) {
        super({
          autoDestroy: false,
          emitClose: false
        });
        if (typeof input === "string") {
          input = urlToHttpOptions(new URL3(input));
        } else if (input instanceof URL3) {
          input = urlToHttpOptions(input);
        } else {
          input = { ...input };
        }
        if (typeof options === "function" || options === void 0) {
          callback = options;
          options = input;
        } else {
          options = Object.assign(input, options);
        }
        if (options.h2session) {
          this[kSession] = options.h2session;
          if (this[kSession].destroyed) {
            throw new Error("The session has been closed already");
          }
          this.protocol = this[kSession].socket.encrypted ? "https:" : "http:";
        } else if (options.agent === false) {
          this.agent = new Agent({ maxEmptySessions: 0 });
        } else if (typeof options.agent === "undefined" || options.agent === null) {
          this.agent = globalAgent;
        } else if (typeof options.agent.request === "function") {
          this.agent = options.agent;
        } else {
          throw new ERR_INVALID_ARG_TYPE("options.agent", ["http2wrapper.Agent-like Object", "undefined", "false"], options.agent);
        }
        if (this.agent) {
          this.protocol = this.agent.protocol;
        }
        if (options.protocol && options.protocol !== this.protocol) {
          throw new ERR_INVALID_PROTOCOL(options.protocol, this.protocol);
        }
        if (!options.port) {
          options.port = options.defaultPort || this.agent && this.agent.defaultPort || 443;
        }
        options.host = options.hostname || options.host || "localhost";
        delete options.hostname;
        const { timeout } = options;
        options.timeout = void 0;
        this[kHeaders] = /* @__PURE__ */ Object.create(null);
        this[kJobs] = [];
        this[kPendingAgentPromise] = void 0;
        this.socket = null;
        this.connection = null;
        this.method = options.method || "GET";
        if (!(this.method === "CONNECT" && (options.path === "/" || options.path === void 0))) {
          this.path = options.path;
        }
        this.res = null;
        this.aborted = false;
        this.reusedSocket = false;
        const { headers } = options;
        if (headers) {
          for (const header in headers) {
            this.setHeader(header, headers[header]);
          }
        }
        if (options.auth && !("authorization" in this[kHeaders])) {
          this[kHeaders].authorization = "Basic " + Buffer.from(options.auth).toString("base64");
        }
        options.session = options.tlsSession;
        options.path = options.socketPath;
        this[kOptions] = options;
        this[kOrigin] = new URL3(`${this.protocol}//${options.servername || options.host}:${options.port}`);
        const reuseSocket = options._reuseSocket;
        if (reuseSocket) {
          options.createConnection = (...args) => {
            if (reuseSocket.destroyed) {
              return this.agent.createConnection(...args);
            }
            return reuseSocket;
          };
          this.agent.getSession(this[kOrigin], this[kOptions]).catch(() => {
          });
        }
        if (timeout) {
          this.setTimeout(timeout);
        }
        if (callback) {
          this.once("response", callback);
        }
        this[kFlushedHeaders] = false;
      }
      get method() {
        return this[kHeaders][HTTP2_HEADER_METHOD];
      }
      set method(value) {
        if (value) {
          this[kHeaders][HTTP2_HEADER_METHOD] = value.toUpperCase();
        }
      }
      get path() {
        const header = this.method === "CONNECT" ? HTTP2_HEADER_AUTHORITY : HTTP2_HEADER_PATH;
        return this[kHeaders][header];
      }
      set path(value) {
        if (value) {
          const header = this.method === "CONNECT" ? HTTP2_HEADER_AUTHORITY : HTTP2_HEADER_PATH;
          this[kHeaders][header] = value;
        }
      }
      get host() {
        return this[kOrigin].hostname;
      }
      set host(_value) {
      }
      get _mustNotHaveABody() {
        return this.method === "GET" || this.method === "HEAD" || this.method === "DELETE";
      }
      _write(chunk2, encoding, callback) {
        if (this._mustNotHaveABody) {
          callback(new Error("The GET, HEAD and DELETE methods must NOT have a body"));
          return;
        }
        this.flushHeaders();
        const callWrite = () => this._request.write(chunk2, encoding, callback);
        if (this._request) {
          callWrite();
        } else {
          this[kJobs].push(callWrite);
        }
      }
      _final(callback) {
        this.flushHeaders();
        const callEnd = () => {
          if (this._mustNotHaveABody || this.method === "CONNECT") {
            callback();
            return;
          }
          this._request.end(callback);
        };
        if (this._request) {
          callEnd();
        } else {
          this[kJobs].push(callEnd);
        }
      }
      abort() {
        if (this.res && this.res.complete) {
          return;
        }
        if (!this.aborted) {
          process.nextTick(() => this.emit("abort"));
        }
        this.aborted = true;
        this.destroy();
      }
      async _destroy(error, callback) {
        if (this.res) {
          this.res._dump();
        }
        if (this._request) {
          this._request.destroy();
        } else {
          process.nextTick(() => {
            this.emit("close");
          });
        }
        try {
          await this[kPendingAgentPromise];
        } catch (internalError) {
          if (this.aborted) {
            error = internalError;
          }
        }
        callback(error);
      }
      async flushHeaders() {
        if (this[kFlushedHeaders] || this.destroyed) {
          return;
        }
        this[kFlushedHeaders] = true;
        const isConnectMethod = this.method === HTTP2_METHOD_CONNECT;
        const onStream = (stream2) => {
          this._request = stream2;
          if (this.destroyed) {
            stream2.destroy();
            return;
          }
          if (!isConnectMethod) {
            proxyEvents2(stream2, this, ["timeout", "continue"]);
          }
          stream2.once("error", (error) => {
            this.destroy(error);
          });
          stream2.once("aborted", () => {
            const { res } = this;
            if (res) {
              res.aborted = true;
              res.emit("aborted");
              res.destroy();
            } else {
              this.destroy(new Error("The server aborted the HTTP/2 stream"));
            }
          });
          const onResponse = (headers, flags, rawHeaders) => {
            const response = new IncomingMessage(this.socket, stream2.readableHighWaterMark);
            this.res = response;
            response.url = `${this[kOrigin].origin}${this.path}`;
            response.req = this;
            response.statusCode = headers[HTTP2_HEADER_STATUS];
            response.headers = headers;
            response.rawHeaders = rawHeaders;
            response.once("end", () => {
              response.complete = true;
              response.socket = null;
              response.connection = null;
            });
            if (isConnectMethod) {
              response.upgrade = true;
              if (this.emit("connect", response, stream2, Buffer.alloc(0))) {
                this.emit("close");
              } else {
                stream2.destroy();
              }
            } else {
              stream2.on("data", (chunk2) => {
                if (!response._dumped && !response.push(chunk2)) {
                  stream2.pause();
                }
              });
              stream2.once("end", () => {
                if (!this.aborted) {
                  response.push(null);
                }
              });
              if (!this.emit("response", response)) {
                response._dump();
              }
            }
          };
          stream2.once("response", onResponse);
          stream2.once("headers", (headers) => this.emit("information", { statusCode: headers[HTTP2_HEADER_STATUS] }));
          stream2.once("trailers", (trailers, flags, rawTrailers) => {
            const { res } = this;
            if (res === null) {
              onResponse(trailers, flags, rawTrailers);
              return;
            }
            res.trailers = trailers;
            res.rawTrailers = rawTrailers;
          });
          stream2.once("close", () => {
            const { aborted, res } = this;
            if (res) {
              if (aborted) {
                res.aborted = true;
                res.emit("aborted");
                res.destroy();
              }
              const finish = () => {
                res.emit("close");
                this.destroy();
                this.emit("close");
              };
              if (res.readable) {
                res.once("end", finish);
              } else {
                finish();
              }
              return;
            }
            if (!this.destroyed) {
              this.destroy(new Error("The HTTP/2 stream has been early terminated"));
              this.emit("close");
              return;
            }
            this.destroy();
            this.emit("close");
          });
          this.socket = new Proxy(stream2, proxySocketHandler);
          for (const job of this[kJobs]) {
            job();
          }
          this[kJobs].length = 0;
          this.emit("socket", this.socket);
        };
        if (!(HTTP2_HEADER_AUTHORITY in this[kHeaders]) && !isConnectMethod) {
          this[kHeaders][HTTP2_HEADER_AUTHORITY] = this[kOrigin].host;
        }
        if (this[kSession]) {
          try {
            onStream(this[kSession].request(this[kHeaders]));
          } catch (error) {
            this.destroy(error);
          }
        } else {
          this.reusedSocket = true;
          try {
            const promise = this.agent.request(this[kOrigin], this[kOptions], this[kHeaders]);
            this[kPendingAgentPromise] = promise;
            onStream(await promise);
            this[kPendingAgentPromise] = false;
          } catch (error) {
            this[kPendingAgentPromise] = false;
            this.destroy(error);
          }
        }
      }
      get connection() {
        return this.socket;
      }
      set connection(value) {
        this.socket = value;
      }
      getHeaderNames() {
        return Object.keys(this[kHeaders]);
      }
      hasHeader(name) {
        if (typeof name !== "string") {
          throw new ERR_INVALID_ARG_TYPE("name", "string", name);
        }
        return Boolean(this[kHeaders][name.toLowerCase()]);
      }
      getHeader(name) {
        if (typeof name !== "string") {
          throw new ERR_INVALID_ARG_TYPE("name", "string", name);
        }
        return this[kHeaders][name.toLowerCase()];
      }
      get headersSent() {
        return this[kFlushedHeaders];
      }
      removeHeader(name) {
        if (typeof name !== "string") {
          throw new ERR_INVALID_ARG_TYPE("name", "string", name);
        }
        if (this.headersSent) {
          throw new ERR_HTTP_HEADERS_SENT("remove");
        }
        delete this[kHeaders][name.toLowerCase()];
      }
      setHeader(name, value) {
        if (this.headersSent) {
          throw new ERR_HTTP_HEADERS_SENT("set");
        }
        validateHeaderName(name);
        validateHeaderValue(name, value);
        const lowercased = name.toLowerCase();
        if (lowercased === "connection") {
          if (value.toLowerCase() === "keep-alive") {
            return;
          }
          throw new Error(`Invalid 'connection' header: ${value}`);
        }
        if (lowercased === "host" && this.method === "CONNECT") {
          this[kHeaders][HTTP2_HEADER_AUTHORITY] = value;
        } else {
          this[kHeaders][lowercased] = value;
        }
      }
      setNoDelay() {
      }
      setSocketKeepAlive() {
      }
      setTimeout(ms, callback) {
        const applyTimeout = () => this._request.setTimeout(ms, callback);
        if (this._request) {
          applyTimeout();
        } else {
          this[kJobs].push(applyTimeout);
        }
        return this;
      }
      get maxHeadersCount() {
        if (!this.destroyed && this._request) {
          return this._request.session.localSettings.maxHeaderListSize;
        }
        return void 0;
      }
      set maxHeadersCount(_value) {
      }
    };
    module.exports = ClientRequest;
  }
});

// node_modules/resolve-alpn/index.js
var require_resolve_alpn = __commonJS({
  "node_modules/resolve-alpn/index.js"(exports, module) {
    "use strict";
    var tls = __require("tls");
    module.exports = (options = {}, connect = tls.connect) => new Promise((resolve, reject) => {
      let timeout = false;
      let socket;
      const callback = async () => {
        await socketPromise;
        socket.off("timeout", onTimeout);
        socket.off("error", reject);
        if (options.resolveSocket) {
          resolve({ alpnProtocol: socket.alpnProtocol, socket, timeout });
          if (timeout) {
            await Promise.resolve();
            socket.emit("timeout");
          }
        } else {
          socket.destroy();
          resolve({ alpnProtocol: socket.alpnProtocol, timeout });
        }
      };
      const onTimeout = async () => {
        timeout = true;
        callback();
      };
      const socketPromise = (async () => {
        try {
          socket = await connect(options, callback);
          socket.on("error", reject);
          socket.once("timeout", onTimeout);
        } catch (error) {
          reject(error);
        }
      })();
    });
  }
});

// node_modules/http2-wrapper/source/utils/calculate-server-name.js
var require_calculate_server_name = __commonJS({
  "node_modules/http2-wrapper/source/utils/calculate-server-name.js"(exports, module) {
    "use strict";
    var { isIP } = __require("net");
    var assert2 = __require("assert");
    var getHost = (host) => {
      if (host[0] === "[") {
        const idx2 = host.indexOf("]");
        assert2(idx2 !== -1);
        return host.slice(1, idx2);
      }
      const idx = host.indexOf(":");
      if (idx === -1) {
        return host;
      }
      return host.slice(0, idx);
    };
    module.exports = (host) => {
      const servername = getHost(host);
      if (isIP(servername)) {
        return "";
      }
      return servername;
    };
  }
});

// node_modules/http2-wrapper/source/auto.js
var require_auto = __commonJS({
  "node_modules/http2-wrapper/source/auto.js"(exports, module) {
    "use strict";
    var { URL: URL3, urlToHttpOptions } = __require("url");
    var http4 = __require("http");
    var https3 = __require("https");
    var resolveALPN = require_resolve_alpn();
    var QuickLRU = require_quick_lru();
    var { Agent, globalAgent } = require_agent();
    var Http2ClientRequest = require_client_request();
    var calculateServerName = require_calculate_server_name();
    var delayAsyncDestroy = require_delay_async_destroy();
    var cache = new QuickLRU({ maxSize: 100 });
    var queue = /* @__PURE__ */ new Map();
    var installSocket = (agent, socket, options) => {
      socket._httpMessage = { shouldKeepAlive: true };
      const onFree = () => {
        agent.emit("free", socket, options);
      };
      socket.on("free", onFree);
      const onClose = () => {
        agent.removeSocket(socket, options);
      };
      socket.on("close", onClose);
      const onTimeout = () => {
        const { freeSockets } = agent;
        for (const sockets of Object.values(freeSockets)) {
          if (sockets.includes(socket)) {
            socket.destroy();
            return;
          }
        }
      };
      socket.on("timeout", onTimeout);
      const onRemove = () => {
        agent.removeSocket(socket, options);
        socket.off("close", onClose);
        socket.off("free", onFree);
        socket.off("timeout", onTimeout);
        socket.off("agentRemove", onRemove);
      };
      socket.on("agentRemove", onRemove);
      agent.emit("free", socket, options);
    };
    var createResolveProtocol = (cache2, queue2 = /* @__PURE__ */ new Map(), connect = void 0) => {
      return async (options) => {
        const name = `${options.host}:${options.port}:${options.ALPNProtocols.sort()}`;
        if (!cache2.has(name)) {
          if (queue2.has(name)) {
            const result = await queue2.get(name);
            return { alpnProtocol: result.alpnProtocol };
          }
          const { path: path4 } = options;
          options.path = options.socketPath;
          const resultPromise = resolveALPN(options, connect);
          queue2.set(name, resultPromise);
          try {
            const result = await resultPromise;
            cache2.set(name, result.alpnProtocol);
            queue2.delete(name);
            options.path = path4;
            return result;
          } catch (error) {
            queue2.delete(name);
            options.path = path4;
            throw error;
          }
        }
        return { alpnProtocol: cache2.get(name) };
      };
    };
    var defaultResolveProtocol = createResolveProtocol(cache, queue);
    module.exports = async (input, options, callback) => {
      if (typeof input === "string") {
        input = urlToHttpOptions(new URL3(input));
      } else if (input instanceof URL3) {
        input = urlToHttpOptions(input);
      } else {
        input = { ...input };
      }
      if (typeof options === "function" || options === void 0) {
        callback = options;
        options = input;
      } else {
        options = Object.assign(input, options);
      }
      options.ALPNProtocols = options.ALPNProtocols || ["h2", "http/1.1"];
      if (!Array.isArray(options.ALPNProtocols) || options.ALPNProtocols.length === 0) {
        throw new Error("The `ALPNProtocols` option must be an Array with at least one entry");
      }
      options.protocol = options.protocol || "https:";
      const isHttps = options.protocol === "https:";
      options.host = options.hostname || options.host || "localhost";
      options.session = options.tlsSession;
      options.servername = options.servername || calculateServerName(options.headers && options.headers.host || options.host);
      options.port = options.port || (isHttps ? 443 : 80);
      options._defaultAgent = isHttps ? https3.globalAgent : http4.globalAgent;
      const resolveProtocol = options.resolveProtocol || defaultResolveProtocol;
      let { agent } = options;
      if (agent !== void 0 && agent !== false && agent.constructor.name !== "Object") {
        throw new Error("The `options.agent` can be only an object `http`, `https` or `http2` properties");
      }
      if (isHttps) {
        options.resolveSocket = true;
        let { socket, alpnProtocol, timeout } = await resolveProtocol(options);
        if (timeout) {
          if (socket) {
            socket.destroy();
          }
          const error = new Error(`Timed out resolving ALPN: ${options.timeout} ms`);
          error.code = "ETIMEDOUT";
          error.ms = options.timeout;
          throw error;
        }
        if (socket && options.createConnection) {
          socket.destroy();
          socket = void 0;
        }
        delete options.resolveSocket;
        const isHttp2 = alpnProtocol === "h2";
        if (agent) {
          agent = isHttp2 ? agent.http2 : agent.https;
          options.agent = agent;
        }
        if (agent === void 0) {
          agent = isHttp2 ? globalAgent : https3.globalAgent;
        }
        if (socket) {
          if (agent === false) {
            socket.destroy();
          } else {
            const defaultCreateConnection = (isHttp2 ? Agent : https3.Agent).prototype.createConnection;
            if (agent.createConnection === defaultCreateConnection) {
              if (isHttp2) {
                options._reuseSocket = socket;
              } else {
                installSocket(agent, socket, options);
              }
            } else {
              socket.destroy();
            }
          }
        }
        if (isHttp2) {
          return delayAsyncDestroy(new Http2ClientRequest(options, callback));
        }
      } else if (agent) {
        options.agent = agent.http;
      }
      if (options.headers) {
        options.headers = { ...options.headers };
        if (options.headers[":authority"]) {
          if (!options.headers.host) {
            options.headers.host = options.headers[":authority"];
          }
          delete options.headers[":authority"];
        }
        delete options.headers[":method"];
        delete options.headers[":scheme"];
        delete options.headers[":path"];
      }
      return delayAsyncDestroy(http4.request(options, callback));
    };
    module.exports.protocolCache = cache;
    module.exports.resolveProtocol = defaultResolveProtocol;
    module.exports.createResolveProtocol = createResolveProtocol;
  }
});

// node_modules/http2-wrapper/source/utils/js-stream-socket.js
var require_js_stream_socket = __commonJS({
  "node_modules/http2-wrapper/source/utils/js-stream-socket.js"(exports, module) {
    "use strict";
    var stream2 = __require("stream");
    var tls = __require("tls");
    var JSStreamSocket = new tls.TLSSocket(new stream2.PassThrough())._handle._parentWrap.constructor;
    module.exports = JSStreamSocket;
  }
});

// node_modules/http2-wrapper/source/proxies/unexpected-status-code-error.js
var require_unexpected_status_code_error = __commonJS({
  "node_modules/http2-wrapper/source/proxies/unexpected-status-code-error.js"(exports, module) {
    "use strict";
    var UnexpectedStatusCodeError = class extends Error {
      constructor(statusCode, statusMessage = "") {
        super(`The proxy server rejected the request with status code ${statusCode} (${statusMessage || "empty status message"})`);
        this.statusCode = statusCode;
        this.statusMessage = statusMessage;
      }
    };
    module.exports = UnexpectedStatusCodeError;
  }
});

// node_modules/http2-wrapper/source/utils/check-type.js
var require_check_type = __commonJS({
  "node_modules/http2-wrapper/source/utils/check-type.js"(exports, module) {
    "use strict";
    var checkType = (name, value, types2) => {
      const valid = types2.some((type) => {
        const typeofType = typeof type;
        if (typeofType === "string") {
          return typeof value === type;
        }
        return value instanceof type;
      });
      if (!valid) {
        const names = types2.map((type) => typeof type === "string" ? type : type.name);
        throw new TypeError(`Expected '${name}' to be a type of ${names.join(" or ")}, got ${typeof value}`);
      }
    };
    module.exports = checkType;
  }
});

// node_modules/http2-wrapper/source/proxies/initialize.js
var require_initialize = __commonJS({
  "node_modules/http2-wrapper/source/proxies/initialize.js"(exports, module) {
    "use strict";
    var { URL: URL3 } = __require("url");
    var checkType = require_check_type();
    module.exports = (self, proxyOptions) => {
      checkType("proxyOptions", proxyOptions, ["object"]);
      checkType("proxyOptions.headers", proxyOptions.headers, ["object", "undefined"]);
      checkType("proxyOptions.raw", proxyOptions.raw, ["boolean", "undefined"]);
      checkType("proxyOptions.url", proxyOptions.url, [URL3, "string"]);
      const url = new URL3(proxyOptions.url);
      self.proxyOptions = {
        raw: true,
        ...proxyOptions,
        headers: { ...proxyOptions.headers },
        url
      };
    };
  }
});

// node_modules/http2-wrapper/source/proxies/get-auth-headers.js
var require_get_auth_headers = __commonJS({
  "node_modules/http2-wrapper/source/proxies/get-auth-headers.js"(exports, module) {
    "use strict";
    module.exports = (self) => {
      const { username, password } = self.proxyOptions.url;
      if (username || password) {
        const data = `${username}:${password}`;
        const authorization = `Basic ${Buffer.from(data).toString("base64")}`;
        return {
          "proxy-authorization": authorization,
          authorization
        };
      }
      return {};
    };
  }
});

// node_modules/http2-wrapper/source/proxies/h1-over-h2.js
var require_h1_over_h2 = __commonJS({
  "node_modules/http2-wrapper/source/proxies/h1-over-h2.js"(exports, module) {
    "use strict";
    var tls = __require("tls");
    var http4 = __require("http");
    var https3 = __require("https");
    var JSStreamSocket = require_js_stream_socket();
    var { globalAgent } = require_agent();
    var UnexpectedStatusCodeError = require_unexpected_status_code_error();
    var initialize = require_initialize();
    var getAuthorizationHeaders = require_get_auth_headers();
    var createConnection = (self, options, callback) => {
      (async () => {
        try {
          const { proxyOptions } = self;
          const { url, headers, raw } = proxyOptions;
          const stream2 = await globalAgent.request(url, proxyOptions, {
            ...getAuthorizationHeaders(self),
            ...headers,
            ":method": "CONNECT",
            ":authority": `${options.host}:${options.port}`
          });
          stream2.once("error", callback);
          stream2.once("response", (headers2) => {
            const statusCode = headers2[":status"];
            if (statusCode !== 200) {
              callback(new UnexpectedStatusCodeError(statusCode, ""));
              return;
            }
            const encrypted = self instanceof https3.Agent;
            if (raw && encrypted) {
              options.socket = stream2;
              const secureStream = tls.connect(options);
              secureStream.once("close", () => {
                stream2.destroy();
              });
              callback(null, secureStream);
              return;
            }
            const socket = new JSStreamSocket(stream2);
            socket.encrypted = false;
            socket._handle.getpeername = (out) => {
              out.family = void 0;
              out.address = void 0;
              out.port = void 0;
            };
            callback(null, socket);
          });
        } catch (error) {
          callback(error);
        }
      })();
    };
    var HttpOverHttp2 = class extends http4.Agent {
      constructor(options) {
        super(options);
        initialize(this, options.proxyOptions);
      }
      createConnection(options, callback) {
        createConnection(this, options, callback);
      }
    };
    var HttpsOverHttp2 = class extends https3.Agent {
      constructor(options) {
        super(options);
        initialize(this, options.proxyOptions);
      }
      createConnection(options, callback) {
        createConnection(this, options, callback);
      }
    };
    module.exports = {
      HttpOverHttp2,
      HttpsOverHttp2
    };
  }
});

// node_modules/http2-wrapper/source/proxies/h2-over-hx.js
var require_h2_over_hx = __commonJS({
  "node_modules/http2-wrapper/source/proxies/h2-over-hx.js"(exports, module) {
    "use strict";
    var { Agent } = require_agent();
    var JSStreamSocket = require_js_stream_socket();
    var UnexpectedStatusCodeError = require_unexpected_status_code_error();
    var initialize = require_initialize();
    var Http2OverHttpX = class extends Agent {
      constructor(options) {
        super(options);
        initialize(this, options.proxyOptions);
      }
      async createConnection(origin, options) {
        const authority = `${origin.hostname}:${origin.port || 443}`;
        const [stream2, statusCode, statusMessage] = await this._getProxyStream(authority);
        if (statusCode !== 200) {
          throw new UnexpectedStatusCodeError(statusCode, statusMessage);
        }
        if (this.proxyOptions.raw) {
          options.socket = stream2;
        } else {
          const socket = new JSStreamSocket(stream2);
          socket.encrypted = false;
          socket._handle.getpeername = (out) => {
            out.family = void 0;
            out.address = void 0;
            out.port = void 0;
          };
          return socket;
        }
        return super.createConnection(origin, options);
      }
    };
    module.exports = Http2OverHttpX;
  }
});

// node_modules/http2-wrapper/source/proxies/h2-over-h2.js
var require_h2_over_h2 = __commonJS({
  "node_modules/http2-wrapper/source/proxies/h2-over-h2.js"(exports, module) {
    "use strict";
    var { globalAgent } = require_agent();
    var Http2OverHttpX = require_h2_over_hx();
    var getAuthorizationHeaders = require_get_auth_headers();
    var getStatusCode = (stream2) => new Promise((resolve, reject) => {
      stream2.once("error", reject);
      stream2.once("response", (headers) => {
        stream2.off("error", reject);
        resolve(headers[":status"]);
      });
    });
    var Http2OverHttp2 = class extends Http2OverHttpX {
      async _getProxyStream(authority) {
        const { proxyOptions } = this;
        const headers = {
          ...getAuthorizationHeaders(this),
          ...proxyOptions.headers,
          ":method": "CONNECT",
          ":authority": authority
        };
        const stream2 = await globalAgent.request(proxyOptions.url, proxyOptions, headers);
        const statusCode = await getStatusCode(stream2);
        return [stream2, statusCode, ""];
      }
    };
    module.exports = Http2OverHttp2;
  }
});

// node_modules/http2-wrapper/source/proxies/h2-over-h1.js
var require_h2_over_h1 = __commonJS({
  "node_modules/http2-wrapper/source/proxies/h2-over-h1.js"(exports, module) {
    "use strict";
    var http4 = __require("http");
    var https3 = __require("https");
    var Http2OverHttpX = require_h2_over_hx();
    var getAuthorizationHeaders = require_get_auth_headers();
    var getStream = (request) => new Promise((resolve, reject) => {
      const onConnect = (response, socket, head2) => {
        socket.unshift(head2);
        request.off("error", reject);
        resolve([socket, response.statusCode, response.statusMessage]);
      };
      request.once("error", reject);
      request.once("connect", onConnect);
    });
    var Http2OverHttp = class extends Http2OverHttpX {
      async _getProxyStream(authority) {
        const { proxyOptions } = this;
        const { url, headers } = this.proxyOptions;
        const network = url.protocol === "https:" ? https3 : http4;
        const request = network.request({
          ...proxyOptions,
          hostname: url.hostname,
          port: url.port,
          path: authority,
          headers: {
            ...getAuthorizationHeaders(this),
            ...headers,
            host: authority
          },
          method: "CONNECT"
        }).end();
        return getStream(request);
      }
    };
    module.exports = {
      Http2OverHttp,
      Http2OverHttps: Http2OverHttp
    };
  }
});

// node_modules/http2-wrapper/source/index.js
var require_source = __commonJS({
  "node_modules/http2-wrapper/source/index.js"(exports, module) {
    "use strict";
    var http22 = __require("http2");
    var {
      Agent,
      globalAgent
    } = require_agent();
    var ClientRequest = require_client_request();
    var IncomingMessage = require_incoming_message();
    var auto = require_auto();
    var {
      HttpOverHttp2,
      HttpsOverHttp2
    } = require_h1_over_h2();
    var Http2OverHttp2 = require_h2_over_h2();
    var {
      Http2OverHttp,
      Http2OverHttps
    } = require_h2_over_h1();
    var validateHeaderName = require_validate_header_name();
    var validateHeaderValue = require_validate_header_value();
    var request = (url, options, callback) => new ClientRequest(url, options, callback);
    var get = (url, options, callback) => {
      const req = new ClientRequest(url, options, callback);
      req.end();
      return req;
    };
    module.exports = {
      ...http22,
      ClientRequest,
      IncomingMessage,
      Agent,
      globalAgent,
      request,
      get,
      auto,
      proxies: {
        HttpOverHttp2,
        HttpsOverHttp2,
        Http2OverHttp2,
        Http2OverHttp,
        Http2OverHttps
      },
      validateHeaderName,
      validateHeaderValue
    };
  }
});

// src/heap.ts
import { setFlagsFromString } from "node:v8";
var HEAP_GROWING_PERCENT = 5;
function paceGarbageCollection() {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

// src/i18n/template.ts
var PRIMITIVES = {
  /** Anything, as little as possible (the default). */
  text: { pattern: "[^]*?" },
  /** A number as faqops prints it: `3`, `32,001`, `0.85`, `-1`. */
  n: { pattern: "-?[0-9][0-9,]*(?:\\.[0-9]+)?" },
  /** One word of code: a key, a flag, a card or attribute name (no spaces). */
  word: { pattern: "[^\\s]*?" }
};
var registry = PRIMITIVES;
function registeredKinds() {
  return registry;
}
function registerKinds(kinds) {
  registry = { ...registry, ...kinds };
}
var HOLE = /\{\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z0-9-]+))?\}\}/g;
var compiled = /* @__PURE__ */ new Map();
var patterns = /* @__PURE__ */ new Map();
function kindOf(name) {
  const kind = registry[name];
  if (!kind) throw new Error(`i18n: unknown kind "${name}"`);
  return kind;
}
function kindPattern(name) {
  const known = patterns.get(name);
  if (known !== void 0) return known;
  const kind = kindOf(name);
  patterns.set(name, "(?!)");
  const pattern = isPrimitive(kind) ? kind.pattern : `(?:${kind.map((entry) => templateSource(entry.en, false)).join("|")})`;
  patterns.set(name, pattern);
  return pattern;
}
function isPrimitive(kind) {
  return !Array.isArray(kind);
}
function templateSource(template, capture, holes = []) {
  let source = "";
  let last = 0;
  for (const match of template.matchAll(HOLE)) {
    source += escapeRegExp(template.slice(last, match.index));
    const hole = { name: match[1], kind: match[2] ?? "text" };
    holes.push(hole);
    const pattern = kindPattern(hole.kind);
    source += capture ? `(${pattern})` : `(?:${pattern})`;
    last = match.index + match[0].length;
  }
  return source + escapeRegExp(template.slice(last));
}
function compile(template) {
  const known = compiled.get(template);
  if (known) return known;
  const holes = [];
  const regex = new RegExp(`^${templateSource(template, true, holes)}$`);
  const result = { regex, holes };
  compiled.set(template, result);
  return result;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function translate(entries2, text) {
  for (const entry of entries2) {
    const { regex, holes } = compile(entry.en);
    const match = regex.exec(text);
    if (!match) continue;
    let complete = entry.partial !== true;
    const values = /* @__PURE__ */ new Map();
    holes.forEach((hole, i2) => {
      const value = match[i2 + 1] ?? "";
      const kind = kindOf(hole.kind);
      if (isPrimitive(kind)) {
        values.set(hole.name, kind.zh ? kind.zh(value) : value);
        return;
      }
      const inner = translate(kind, value);
      if (!inner?.complete) complete = false;
      values.set(hole.name, inner?.text ?? value);
    });
    const zh = entry.zh.replace(HOLE, (_, name) => values.get(name) ?? "");
    return { text: zh, complete };
  }
  return void 0;
}

// src/i18n/help.ts
var HELP_TITLES = {
  "Usage:": "\u7528\u6CD5\uFF1A",
  "Options:": "\u9009\u9879\uFF1A",
  "Global Options:": "\u5168\u5C40\u9009\u9879\uFF1A",
  "Commands:": "\u547D\u4EE4\uFF1A",
  "Arguments:": "\u53C2\u6570\uFF1A"
};
var EXTRA_LABELS = {
  default: "\u9ED8\u8BA4",
  choices: "\u53EF\u9009\u503C",
  preset: "\u9884\u8BBE",
  env: "\u73AF\u5883\u53D8\u91CF"
};
var HELP_TEXT = [
  // commander's own
  { en: "display help for command", zh: "\u663E\u793A\u547D\u4EE4\u7684\u5E2E\u52A9" },
  { en: "output the version number", zh: "\u8F93\u51FA\u7248\u672C\u53F7" },
  // faqops
  {
    en: "Run a WeChat Dialogue Open Platform FAQ from Git.",
    zh: "\u7528 Git \u7BA1\u7406\u5FAE\u4FE1\u5BF9\u8BDD\u5F00\u653E\u5E73\u53F0\u7684 FAQ\u3002"
  },
  {
    en: "the language of messages: {{a}} or {{b}} (default: {{variable}}, else the locale, else en)",
    zh: "\u6D88\u606F\u548C\u5E2E\u52A9\u7684\u8BED\u8A00\uFF1A{{a}} \u6216 {{b}}\uFF08\u9ED8\u8BA4\uFF1A{{variable}}\uFF0C\u5176\u6B21\u662F\u7CFB\u7EDF\u533A\u57DF\u8BBE\u7F6E\uFF0C\u518D\u5176\u6B21\u662F en\uFF09"
  },
  // shared options
  {
    en: "the content directory, relative to the working directory (default: content, in the project root)",
    zh: "\u5185\u5BB9\u76EE\u5F55\uFF0C\u76F8\u5BF9\u4E8E\u5F53\u524D\u5DE5\u4F5C\u76EE\u5F55\uFF08\u9ED8\u8BA4\uFF1A\u9879\u76EE\u6839\u76EE\u5F55\u4E0B\u7684 content\uFF09"
  },
  {
    en: "compile every file afresh, without reading or writing {{dir}}/",
    zh: "\u91CD\u65B0\u7F16\u8BD1\u6BCF\u4E2A\u6587\u4EF6\uFF0C\u4E0D\u8BFB\u4E5F\u4E0D\u5199 {{dir}}/"
  },
  { en: "compile in worker threads: auto, on, off", zh: "\u662F\u5426\u5728\u5DE5\u4F5C\u7EBF\u7A0B\u4E2D\u7F16\u8BD1\uFF1Aauto\u3001on\u3001off" },
  {
    en: "the state lockfile, relative to the working directory (default: {{file}}, in the project root)",
    zh: "\u72B6\u6001\u9501\u6587\u4EF6\uFF0C\u76F8\u5BF9\u4E8E\u5F53\u524D\u5DE5\u4F5C\u76EE\u5F55\uFF08\u9ED8\u8BA4\uFF1A\u9879\u76EE\u6839\u76EE\u5F55\u4E0B\u7684 {{file}}\uFF09"
  },
  {
    en: "rehearse against a local emulator started for this run, with state in {{dir}}/ (no credentials needed)",
    zh: "\u9488\u5BF9\u672C\u6B21\u8FD0\u884C\u542F\u52A8\u7684\u672C\u5730\u6A21\u62DF\u5668\u6F14\u7EC3\uFF0C\u72B6\u6001\u4FDD\u5B58\u5728 {{dir}}/\uFF08\u65E0\u9700\u51ED\u636E\uFF09"
  },
  {
    en: "take entries no longer in the content off the bot: v1 replaces the bot's whole content; v2 disables them (reversible)",
    zh: "\u628A\u5185\u5BB9\u91CC\u5DF2\u6CA1\u6709\u7684\u6761\u76EE\u4ECE\u673A\u5668\u4EBA\u4E0A\u64A4\u4E0B\uFF1Av1 \u66FF\u6362\u673A\u5668\u4EBA\u7684\u5168\u90E8\u5185\u5BB9\uFF1Bv2 \u505C\u7528\u8FD9\u4E9B\u6761\u76EE\uFF08\u53EF\u6062\u590D\uFF09"
  },
  {
    en: "refuse a prune that removes more than this share of the bot (default: 25%)",
    zh: "\u6E05\u7406\u8981\u5220\u9664\u7684\u6761\u76EE\u8D85\u8FC7\u673A\u5668\u4EBA\u7684\u8FD9\u4E00\u6BD4\u4F8B\u65F6\u62D2\u7EDD\u6267\u884C\uFF08\u9ED8\u8BA4\uFF1A25%\uFF09"
  },
  { en: "allow a prune above --prune-max", zh: "\u5141\u8BB8\u8D85\u8FC7 --prune-max \u7684\u6E05\u7406" },
  {
    en: "with --api v2 --prune: replace the whole bot (import mode 1) instead of disabling what the content no longer has",
    zh: "\u4E0E --api v2 --prune \u4E00\u8D77\u4F7F\u7528\uFF1A\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\uFF08\u5BFC\u5165\u6A21\u5F0F 1\uFF09\uFF0C\u800C\u4E0D\u662F\u505C\u7528\u5185\u5BB9\u91CC\u5DF2\u6CA1\u6709\u7684\u6761\u76EE"
  },
  {
    en: "write every entry again, whatever the lockfile says (a new or emptied bot, or a lockfile you cannot trust)",
    zh: "\u4E0D\u7BA1\u9501\u6587\u4EF6\u600E\u4E48\u8BB0\u5F55\uFF0C\u91CD\u65B0\u5199\u5165\u6BCF\u4E2A\u6761\u76EE\uFF08\u9002\u7528\u4E8E\u65B0\u7684\u6216\u5DF2\u6E05\u7A7A\u7684\u673A\u5668\u4EBA\uFF0C\u6216\u4E0D\u53EF\u4FE1\u7684\u9501\u6587\u4EF6\uFF09"
  },
  {
    en: "the platform's base URL (default: $FAQOPS_ENDPOINT, else https://chatbot.weixin.qq.com)",
    zh: "\u5E73\u53F0\u7684\u57FA\u7840 URL\uFF08\u9ED8\u8BA4\uFF1A$FAQOPS_ENDPOINT\uFF0C\u5176\u6B21\u662F https://chatbot.weixin.qq.com\uFF09"
  },
  {
    en: "allow an http:// endpoint on another host than this machine: the TOKEN, part of every request URL, then crosses the network in clear text",
    zh: "\u5141\u8BB8\u4F7F\u7528\u5176\u4ED6\u4E3B\u673A\u4E0A\u7684 http:// \u7AEF\u70B9\uFF1A\u8FD9\u6837 TOKEN\uFF08\u6BCF\u4E2A\u8BF7\u6C42 URL \u7684\u4E00\u90E8\u5206\uFF09\u4F1A\u4EE5\u660E\u6587\u5728\u7F51\u7EDC\u4E0A\u4F20\u8F93"
  },
  { en: "requests in flight at once (default: {{n}})", zh: "\u540C\u65F6\u8FDB\u884C\u7684\u8BF7\u6C42\u6570\uFF08\u9ED8\u8BA4\uFF1A{{n}}\uFF09" },
  { en: "requests per second at most (default: {{n}})", zh: "\u6BCF\u79D2\u6700\u591A\u8BF7\u6C42\u6570\uFF08\u9ED8\u8BA4\uFF1A{{n}}\uFF09" },
  { en: "print every retry", zh: "\u6253\u5370\u6BCF\u6B21\u91CD\u8BD5" },
  {
    en: "the platform's open API: v1 (setautoreply, one request an entry) or v2 (batched import, renames in place, reversible removal) (default: {{variable}}, else v1)",
    zh: "\u5E73\u53F0\u7684\u5F00\u653E API\uFF1Av1\uFF08setautoreply\uFF0C\u6BCF\u4E2A\u6761\u76EE\u4E00\u4E2A\u8BF7\u6C42\uFF09\u6216 v2\uFF08\u6279\u91CF\u5BFC\u5165\uFF0C\u539F\u5730\u91CD\u547D\u540D\uFF0C\u53EF\u6062\u590D\u7684\u79FB\u9664\uFF09\uFF08\u9ED8\u8BA4\uFF1A{{variable}}\uFF0C\u5176\u6B21\u662F v1\uFF09"
  },
  {
    en: "with --api v2: intents per import call, 1 to 1000 (default: {{n}})",
    zh: "\u4E0E --api v2 \u4E00\u8D77\u4F7F\u7528\uFF1A\u6BCF\u6B21\u5BFC\u5165\u8C03\u7528\u5305\u542B\u7684\u610F\u56FE\u6570\uFF0C1 \u5230 1000\uFF08\u9ED8\u8BA4\uFF1A{{n}}\uFF09"
  },
  {
    en: "print diagnostics as {{formats}} (default: text): json for scripts, sarif for GitHub code scanning, github for workflow annotations",
    zh: "\u4EE5 {{formats}} \u683C\u5F0F\u6253\u5370\u8BCA\u65AD\uFF08\u9ED8\u8BA4\uFF1Atext\uFF09\uFF1Ajson \u4F9B\u811A\u672C\u4F7F\u7528\uFF0Csarif \u4F9B GitHub \u4EE3\u7801\u626B\u63CF\uFF0Cgithub \u7528\u4E8E\u5DE5\u4F5C\u6D41\u6CE8\u89E3"
  },
  {
    en: "print diagnostics (on stderr; the plan itself is text, or JSON with --json) as {{formats}} (default: text): json for scripts, sarif for GitHub code scanning, github for workflow annotations",
    zh: "\u4EE5 {{formats}} \u683C\u5F0F\u6253\u5370\u8BCA\u65AD\uFF08\u8F93\u51FA\u5230 stderr\uFF1B\u8BA1\u5212\u672C\u8EAB\u662F\u6587\u672C\uFF0C\u52A0 --json \u65F6\u4E3A JSON\uFF09\uFF08\u9ED8\u8BA4\uFF1Atext\uFF09\uFF1Ajson \u4F9B\u811A\u672C\u4F7F\u7528\uFF0Csarif \u4F9B GitHub \u4EE3\u7801\u626B\u63CF\uFF0Cgithub \u7528\u4E8E\u5DE5\u4F5C\u6D41\u6CE8\u89E3"
  },
  // check
  {
    en: "check every FAQ entry and print every problem found (exit 1 on any error); with paths, only the problems in those files",
    zh: "\u68C0\u67E5\u6BCF\u4E2A FAQ \u6761\u76EE\u5E76\u6253\u5370\u53D1\u73B0\u7684\u6BCF\u4E2A\u95EE\u9898\uFF08\u6709\u4EFB\u4F55\u9519\u8BEF\u65F6\u9000\u51FA\u7801\u4E3A 1\uFF09\uFF1B\u7ED9\u51FA\u8DEF\u5F84\u65F6\uFF0C\u53EA\u62A5\u544A\u8FD9\u4E9B\u6587\u4EF6\u4E2D\u7684\u95EE\u9898"
  },
  {
    en: "files or folders in the content folder to report on (default: all); every entry is still read, for the rules across entries",
    zh: "\u8981\u62A5\u544A\u7684\u5185\u5BB9\u76EE\u5F55\u4E2D\u7684\u6587\u4EF6\u6216\u6587\u4EF6\u5939\uFF08\u9ED8\u8BA4\uFF1A\u5168\u90E8\uFF09\uFF1B\u4E3A\u4E86\u8DE8\u6761\u76EE\u7684\u89C4\u5219\uFF0C\u4ECD\u4F1A\u8BFB\u53D6\u6BCF\u4E2A\u6761\u76EE"
  },
  // compile
  {
    en: "compile every FAQ entry and print what would be sent (nothing when any has an error)",
    zh: "\u7F16\u8BD1\u6BCF\u4E2A FAQ \u6761\u76EE\u5E76\u6253\u5370\u5C06\u8981\u53D1\u9001\u7684\u5185\u5BB9\uFF08\u4EFB\u4F55\u6761\u76EE\u6709\u9519\u8BEF\u65F6\u4E0D\u6253\u5370\uFF09"
  },
  { en: "print a JSON array of entries, sorted by source", zh: "\u6253\u5370\u6761\u76EE\u7684 JSON \u6570\u7EC4\uFF0C\u6309\u6765\u6E90\u6392\u5E8F" },
  // plan
  {
    en: "show what a sync would change (needs no credentials)",
    zh: "\u663E\u793A\u540C\u6B65\u4F1A\u6539\u52A8\u4EC0\u4E48\uFF08\u65E0\u9700\u51ED\u636E\uFF09"
  },
  {
    en: "Compare the content with the lockfile and show what `apply` would do: entries to create, update or rename, entries on the bot that the content no longer has (drift), and writes not yet published. Sends nothing; needs no credentials.",
    zh: "\u5C06\u5185\u5BB9\u4E0E\u9501\u6587\u4EF6\u6BD4\u8F83\uFF0C\u663E\u793A `apply` \u4F1A\u505A\u4EC0\u4E48\uFF1A\u8981\u65B0\u5EFA\u3001\u66F4\u65B0\u6216\u91CD\u547D\u540D\u7684\u6761\u76EE\uFF0C\u673A\u5668\u4EBA\u4E0A\u6709\u800C\u5185\u5BB9\u91CC\u5DF2\u6CA1\u6709\u7684\u6761\u76EE\uFF08\u6F02\u79FB\uFF09\uFF0C\u4EE5\u53CA\u5C1A\u672A\u53D1\u5E03\u7684\u5199\u5165\u3002\u4E0D\u53D1\u9001\u4EFB\u4F55\u8BF7\u6C42\uFF1B\u65E0\u9700\u51ED\u636E\u3002"
  },
  {
    en: "print the plan as JSON (each change with `before` and `after`)",
    zh: "\u4EE5 JSON \u6253\u5370\u8BA1\u5212\uFF08\u6BCF\u4E2A\u6539\u52A8\u5E26 `before` \u548C `after`\uFF09"
  },
  {
    en: "one line per entry instead of each change's diff",
    zh: "\u6BCF\u4E2A\u6761\u76EE\u4E00\u884C\uFF0C\u800C\u4E0D\u662F\u6BCF\u4E2A\u6539\u52A8\u7684\u5DEE\u5F02"
  },
  {
    en: "exit 0 when the bot matches the content, 2 when anything is pending (writes, drift, an unpublished write), 1 on error",
    zh: "\u673A\u5668\u4EBA\u4E0E\u5185\u5BB9\u4E00\u81F4\u65F6\u9000\u51FA\u7801\u4E3A 0\uFF0C\u6709\u5F85\u5904\u7406\u7684\u4E8B\u9879\uFF08\u5199\u5165\u3001\u6F02\u79FB\u3001\u672A\u53D1\u5E03\u7684\u5199\u5165\uFF09\u65F6\u4E3A 2\uFF0C\u51FA\u9519\u65F6\u4E3A 1"
  },
  {
    en: "also save the plan to this file; `faqops apply FILE` then applies exactly it, or refuses if the content or lockfile changed",
    zh: "\u540C\u65F6\u628A\u8BA1\u5212\u4FDD\u5B58\u5230\u8FD9\u4E2A\u6587\u4EF6\uFF1B\u4E4B\u540E `faqops apply FILE` \u4F1A\u4E25\u683C\u6309\u5B83\u6267\u884C\uFF0C\u82E5\u5185\u5BB9\u6216\u9501\u6587\u4EF6\u5DF2\u6539\u53D8\u5219\u62D2\u7EDD\u6267\u884C"
  },
  // apply
  { en: "write what changed to the platform", zh: "\u628A\u6539\u52A8\u5199\u5165\u5E73\u53F0" },
  {
    en: "a plan saved by `faqops plan --out FILE`: apply exactly it",
    zh: "\u7531 `faqops plan --out FILE` \u4FDD\u5B58\u7684\u8BA1\u5212\uFF1A\u4E25\u683C\u6309\u5B83\u6267\u884C"
  },
  {
    en: "Write created, updated and renamed entries to the platform (v1: setautoreply, one request an entry; v2: batched imports), only what changed since the lockfile, and record every confirmed write. With a saved plan, apply exactly that plan, or refuse (sending nothing) when the content or the lockfile changed since it was made. Credentials come from FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY (v1 only) and FAQOPS_MANAGER_ID (not needed with --dry-run or --emulator).",
    zh: "\u628A\u65B0\u5EFA\u3001\u66F4\u65B0\u548C\u91CD\u547D\u540D\u7684\u6761\u76EE\u5199\u5165\u5E73\u53F0\uFF08v1\uFF1Asetautoreply\uFF0C\u6BCF\u4E2A\u6761\u76EE\u4E00\u4E2A\u8BF7\u6C42\uFF1Bv2\uFF1A\u6279\u91CF\u5BFC\u5165\uFF09\uFF0C\u53EA\u5199\u81EA\u9501\u6587\u4EF6\u4EE5\u6765\u6539\u52A8\u7684\u90E8\u5206\uFF0C\u5E76\u8BB0\u5F55\u6BCF\u6B21\u786E\u8BA4\u7684\u5199\u5165\u3002\u7ED9\u51FA\u4FDD\u5B58\u7684\u8BA1\u5212\u65F6\uFF0C\u4E25\u683C\u6309\u8BE5\u8BA1\u5212\u6267\u884C\uFF1B\u82E5\u8BA1\u5212\u751F\u6210\u540E\u5185\u5BB9\u6216\u9501\u6587\u4EF6\u5DF2\u6539\u53D8\uFF0C\u5219\u62D2\u7EDD\u6267\u884C\uFF08\u4E0D\u53D1\u9001\u4EFB\u4F55\u8BF7\u6C42\uFF09\u3002\u51ED\u636E\u6765\u81EA FAQOPS_APPID\u3001FAQOPS_TOKEN\u3001FAQOPS_ENCODING_AES_KEY\uFF08\u4EC5 v1\uFF09\u548C FAQOPS_MANAGER_ID\uFF08\u4F7F\u7528 --dry-run \u6216 --emulator \u65F6\u4E0D\u9700\u8981\uFF09\u3002"
  },
  {
    en: "do everything but send requests (no credentials needed)",
    zh: "\u6267\u884C\u9664\u53D1\u9001\u8BF7\u6C42\u5916\u7684\u6240\u6709\u6B65\u9AA4\uFF08\u65E0\u9700\u51ED\u636E\uFF09"
  },
  {
    en: "publish after writing (also entries written earlier and not yet published), and wait until it is done",
    zh: "\u5199\u5165\u540E\u53D1\u5E03\uFF08\u4E5F\u5305\u62EC\u4E4B\u524D\u5199\u5165\u4F46\u5C1A\u672A\u53D1\u5E03\u7684\u6761\u76EE\uFF09\uFF0C\u5E76\u7B49\u5F85\u53D1\u5E03\u5B8C\u6210"
  },
  {
    en: "print only the counts, not the entries written, failed or left over",
    zh: "\u53EA\u6253\u5370\u6570\u91CF\uFF0C\u4E0D\u5217\u51FA\u5199\u5165\u3001\u5931\u8D25\u6216\u5269\u4F59\u7684\u6761\u76EE"
  },
  { en: "first v2 task poll after", zh: "\u9996\u6B21\u8F6E\u8BE2 v2 \u4EFB\u52A1\u524D\u7684\u7B49\u5F85\u65F6\u95F4" },
  // publish
  { en: "make written content live", zh: "\u8BA9\u5DF2\u5199\u5165\u7684\u5185\u5BB9\u4E0A\u7EBF" },
  {
    en: "Call publish, then poll its progress (v1 publish_progress, v2 effective_progress) until the publish is done (exit 0) or failed (exit 1). On success the lockfile's entries written but not yet published are marked live; on failure they stay marked, and `plan` keeps reporting them.",
    zh: "\u8C03\u7528 publish\uFF0C\u7136\u540E\u8F6E\u8BE2\u5176\u8FDB\u5EA6\uFF08v1 publish_progress\uFF0Cv2 effective_progress\uFF09\uFF0C\u76F4\u5230\u53D1\u5E03\u5B8C\u6210\uFF08\u9000\u51FA\u7801 0\uFF09\u6216\u5931\u8D25\uFF08\u9000\u51FA\u7801 1\uFF09\u3002\u6210\u529F\u65F6\uFF0C\u9501\u6587\u4EF6\u4E2D\u5DF2\u5199\u5165\u4F46\u5C1A\u672A\u53D1\u5E03\u7684\u6761\u76EE\u88AB\u6807\u8BB0\u4E3A\u5DF2\u4E0A\u7EBF\uFF1B\u5931\u8D25\u65F6\u5B83\u4EEC\u4FDD\u6301\u539F\u6709\u6807\u8BB0\uFF0C`plan` \u4F1A\u7EE7\u7EED\u62A5\u544A\u5B83\u4EEC\u3002"
  },
  {
    en: "give up waiting after this long (default: 600)",
    zh: "\u7B49\u5F85\u8D85\u8FC7\u8FD9\u4E48\u591A\u79D2\u540E\u653E\u5F03\uFF08\u9ED8\u8BA4\uFF1A600\uFF09"
  },
  // preview
  {
    en: "write an HTML page showing each entry as a WeChat conversation",
    zh: "\u751F\u6210\u4E00\u4E2A HTML \u9875\u9762\uFF0C\u628A\u6BCF\u4E2A\u6761\u76EE\u663E\u793A\u4E3A\u5FAE\u4FE1\u5BF9\u8BDD"
  },
  {
    en: "Write a self-contained page (<out>/index.html) that shows every entry as a WeChat conversation: the question, the answer's messages and cards, and recommended questions you can tap. With --changed, only what a sync would change (as `faqops plan` computes it), before and after side by side. Prints the page's path.",
    zh: "\u751F\u6210\u4E00\u4E2A\u72EC\u7ACB\u7684\u9875\u9762\uFF08<out>/index.html\uFF09\uFF0C\u628A\u6BCF\u4E2A\u6761\u76EE\u663E\u793A\u4E3A\u5FAE\u4FE1\u5BF9\u8BDD\uFF1A\u95EE\u9898\u3001\u7B54\u6848\u7684\u6D88\u606F\u548C\u5361\u7247\uFF0C\u4EE5\u53CA\u53EF\u4EE5\u70B9\u51FB\u7684\u63A8\u8350\u95EE\u9898\u3002\u4F7F\u7528 --changed \u65F6\uFF0C\u53EA\u663E\u793A\u540C\u6B65\u4F1A\u6539\u52A8\u7684\u5185\u5BB9\uFF08\u6309 `faqops plan` \u7684\u8BA1\u7B97\uFF09\uFF0C\u6539\u52A8\u524D\u540E\u5E76\u6392\u663E\u793A\u3002\u6253\u5370\u9875\u9762\u7684\u8DEF\u5F84\u3002"
  },
  {
    en: "the folder to write index.html in (default: {{dir}})",
    zh: "\u5199\u5165 index.html \u7684\u6587\u4EF6\u5939\uFF08\u9ED8\u8BA4\uFF1A{{dir}}\uFF09"
  },
  {
    en: "show only the plan's changes, before and after, instead of every entry",
    zh: "\u53EA\u663E\u793A\u8BA1\u5212\u4E2D\u7684\u6539\u52A8\uFF08\u6539\u52A8\u524D\u540E\uFF09\uFF0C\u800C\u4E0D\u662F\u6BCF\u4E2A\u6761\u76EE"
  },
  // emulate
  { en: "run a local emulator of the platform", zh: "\u8FD0\u884C\u5E73\u53F0\u7684\u672C\u5730\u6A21\u62DF\u5668" },
  {
    en: "Run a local emulator of the platform's open API on 127.0.0.1: v1 (setautoreply, batchimportskill, publish, publish_progress) and, at the same URL, v2 (/v2/token, /v2/bot/import/json, /v2/async/fetch, /v2/bot/publish, /v2/bot/effective_progress), on one bot. It prints the FAQOPS_* variables to use it from another terminal.",
    zh: "\u5728 127.0.0.1 \u4E0A\u8FD0\u884C\u5E73\u53F0\u5F00\u653E API \u7684\u672C\u5730\u6A21\u62DF\u5668\uFF1Av1\uFF08setautoreply\u3001batchimportskill\u3001publish\u3001publish_progress\uFF09\uFF0C\u4EE5\u53CA\u540C\u4E00 URL \u4E0B\u7684 v2\uFF08/v2/token\u3001/v2/bot/import/json\u3001/v2/async/fetch\u3001/v2/bot/publish\u3001/v2/bot/effective_progress\uFF09\uFF0C\u53EA\u6709\u4E00\u4E2A\u673A\u5668\u4EBA\u3002\u5B83\u4F1A\u6253\u5370 FAQOPS_* \u53D8\u91CF\uFF0C\u4EE5\u4FBF\u5728\u53E6\u4E00\u4E2A\u7EC8\u7AEF\u4E2D\u4F7F\u7528\u3002"
  },
  {
    en: "port to listen on; 0 picks a free one (default: {{port}})",
    zh: "\u76D1\u542C\u7684\u7AEF\u53E3\uFF1B0 \u8868\u793A\u9009\u62E9\u4E00\u4E2A\u7A7A\u95F2\u7AEF\u53E3\uFF08\u9ED8\u8BA4\uFF1A{{port}}\uFF09"
  },
  { en: "address to listen on (default: 127.0.0.1)", zh: "\u76D1\u542C\u7684\u5730\u5740\uFF08\u9ED8\u8BA4\uFF1A127.0.0.1\uFF09" },
  {
    en: "keep the bot's entries in this JSON file (default: in memory)",
    zh: "\u628A\u673A\u5668\u4EBA\u7684\u6761\u76EE\u4FDD\u5B58\u5728\u8FD9\u4E2A JSON \u6587\u4EF6\u4E2D\uFF08\u9ED8\u8BA4\uFF1A\u4FDD\u5B58\u5728\u5185\u5B58\u4E2D\uFF09"
  },
  { en: "app id to accept (default: {{id}})", zh: "\u63A5\u53D7\u7684 app id\uFF08\u9ED8\u8BA4\uFF1A{{id}}\uFF09" },
  { en: "TOKEN to accept (default: {{token}})", zh: "\u63A5\u53D7\u7684 TOKEN\uFF08\u9ED8\u8BA4\uFF1A{{token}}\uFF09" },
  {
    en: "EncodingAESKey to accept, 43 base64 characters",
    zh: "\u63A5\u53D7\u7684 EncodingAESKey\uFF0C43 \u4E2A base64 \u5B57\u7B26"
  },
  { en: "managerid to accept (default: {{id}})", zh: "\u63A5\u53D7\u7684 managerid\uFF08\u9ED8\u8BA4\uFF1A{{id}}\uFF09" },
  {
    en: "progress polls before a publish is done (default: 3)",
    zh: "\u53D1\u5E03\u5B8C\u6210\u524D\u7684\u8FDB\u5EA6\u8F6E\u8BE2\u6B21\u6570\uFF08\u9ED8\u8BA4\uFF1A3\uFF09"
  },
  {
    en: "make every publish end with status 2 (failed)",
    zh: "\u8BA9\u6BCF\u6B21\u53D1\u5E03\u90FD\u4EE5\u72B6\u6001 2\uFF08\u5931\u8D25\uFF09\u7ED3\u675F"
  },
  {
    en: "seconds a v2 access token is accepted (default: {{s}}, the platform's 2 h)",
    zh: "v2 \u8BBF\u95EE\u4EE4\u724C\u7684\u6709\u6548\u79D2\u6570\uFF08\u9ED8\u8BA4\uFF1A{{s}}\uFF0C\u5373\u5E73\u53F0\u7684 2 \u5C0F\u65F6\uFF09"
  },
  {
    en: "v2 async/fetch answers that report an import running before its end (default: 1)",
    zh: "v2 async/fetch \u5728\u5BFC\u5165\u7ED3\u675F\u524D\u62A5\u544A\u5176\u4ECD\u5728\u8FD0\u884C\u7684\u6B21\u6570\uFF08\u9ED8\u8BA4\uFF1A1\uFF09"
  },
  {
    en: "intents a v2 import may carry; more is refused with 110002 (default: 100, the reference's safe default)",
    zh: "\u4E00\u6B21 v2 \u5BFC\u5165\u53EF\u5305\u542B\u7684\u610F\u56FE\u6570\uFF1B\u8D85\u51FA\u65F6\u4EE5 110002 \u62D2\u7EDD\uFF08\u9ED8\u8BA4\uFF1A100\uFF0C\u53C2\u8003\u6587\u6863\u4E2D\u7684\u5B89\u5168\u9ED8\u8BA4\u503C\uFF09"
  },
  {
    en: "answer this share of calls (e.g. 0.2 or 20%) with --fail-status",
    zh: "\u4EE5 --fail-status \u5E94\u7B54\u8FD9\u4E00\u6BD4\u4F8B\u7684\u8C03\u7528\uFF08\u5982 0.2 \u6216 20%\uFF09"
  },
  { en: "HTTP status of those failures (default: 500)", zh: "\u8FD9\u4E9B\u5931\u8D25\u7684 HTTP \u72B6\u6001\u7801\uFF08\u9ED8\u8BA4\uFF1A500\uFF09" },
  {
    en: "drop the connection of this share of calls without an answer",
    zh: "\u4E0D\u5E94\u7B54\u5E76\u65AD\u5F00\u8FD9\u4E00\u6BD4\u4F8B\u7684\u8C03\u7528\u7684\u8FDE\u63A5"
  },
  { en: "wait this long before answering each call", zh: "\u5E94\u7B54\u6BCF\u4E2A\u8C03\u7528\u524D\u7B49\u5F85\u8FD9\u4E48\u591A\u6BEB\u79D2" },
  {
    en: "answer more than n calls per second with 429 and Retry-After",
    zh: "\u6BCF\u79D2\u8D85\u8FC7 n \u4E2A\u8C03\u7528\u65F6\u4EE5 429 \u548C Retry-After \u5E94\u7B54"
  },
  {
    en: "seconds sent in Retry-After with 429 and 503 (default: 1)",
    zh: "\u968F 429 \u548C 503 \u5728 Retry-After \u4E2D\u53D1\u9001\u7684\u79D2\u6570\uFF08\u9ED8\u8BA4\uFF1A1\uFF09"
  },
  {
    en: "seed of the fault rates' random generator, to replay a run",
    zh: "\u6545\u969C\u6BD4\u4F8B\u968F\u673A\u6570\u751F\u6210\u5668\u7684\u79CD\u5B50\uFF0C\u7528\u4E8E\u91CD\u73B0\u4E00\u6B21\u8FD0\u884C"
  },
  { en: "do not log each call", zh: "\u4E0D\u8BB0\u5F55\u6BCF\u4E2A\u8C03\u7528" },
  // init
  {
    en: "set faqops up in this repository: content/ with an example entry and a guide for editors, the GitHub workflow, front matter checks in the editor, and .gitignore; creates only missing files, never overwrites one",
    zh: "\u5728\u6B64\u4ED3\u5E93\u4E2D\u914D\u7F6E faqops\uFF1Acontent/\uFF08\u542B\u4E00\u4E2A\u793A\u4F8B\u6761\u76EE\u548C\u7ED9\u7F16\u8F91\u8005\u7684\u6307\u5357\uFF09\u3001GitHub \u5DE5\u4F5C\u6D41\u3001\u7F16\u8F91\u5668\u4E2D\u7684 front matter \u68C0\u67E5\uFF0C\u4EE5\u53CA .gitignore\uFF1B\u53EA\u521B\u5EFA\u7F3A\u5C11\u7684\u6587\u4EF6\uFF0C\u4ECE\u4E0D\u8986\u76D6\u5DF2\u6709\u6587\u4EF6"
  },
  {
    en: "the repository's folder (default: the current folder)",
    zh: "\u4ED3\u5E93\u7684\u6587\u4EF6\u5939\uFF08\u9ED8\u8BA4\uFF1A\u5F53\u524D\u6587\u4EF6\u5939\uFF09"
  },
  // import
  {
    en: "turn the console's bulk-import file (CSV or .xlsx) into Markdown entries",
    zh: "\u628A\u63A7\u5236\u53F0\u7684\u6279\u91CF\u5BFC\u5165\u6587\u4EF6\uFF08CSV \u6216 .xlsx\uFF09\u8F6C\u6362\u4E3A Markdown \u6761\u76EE"
  },
  {
    en: "the console's bulk-import template or export: .csv (UTF-8 or GBK) or .xlsx",
    zh: "\u63A7\u5236\u53F0\u7684\u6279\u91CF\u5BFC\u5165\u6A21\u677F\u6216\u5BFC\u51FA\u6587\u4EF6\uFF1A.csv\uFF08UTF-8 \u6216 GBK\uFF09\u6216 .xlsx"
  },
  {
    en: "Read the console's bulk-import template (or its export, or `faqops export`'s file) and write one Markdown file per row under the content folder: content/<skill>/<title>.md. Every file is compiled back and compared with its row; rows that cannot be written unchanged are reported with their row numbers and not written. Files already there are never written over without --force. See docs/import-export.md.",
    zh: "\u8BFB\u53D6\u63A7\u5236\u53F0\u7684\u6279\u91CF\u5BFC\u5165\u6A21\u677F\uFF08\u6216\u5176\u5BFC\u51FA\u6587\u4EF6\uFF0C\u6216 `faqops export` \u751F\u6210\u7684\u6587\u4EF6\uFF09\uFF0C\u5728\u5185\u5BB9\u76EE\u5F55\u4E0B\u4E3A\u6BCF\u4E00\u884C\u5199\u4E00\u4E2A Markdown \u6587\u4EF6\uFF1Acontent/<skill>/<title>.md\u3002\u6BCF\u4E2A\u6587\u4EF6\u90FD\u4F1A\u91CD\u65B0\u7F16\u8BD1\u5E76\u4E0E\u5176\u6240\u5728\u884C\u6BD4\u8F83\uFF1B\u65E0\u6CD5\u539F\u6837\u5199\u5165\u7684\u884C\u4F1A\u8FDE\u540C\u884C\u53F7\u62A5\u544A\u51FA\u6765\uFF0C\u4E14\u4E0D\u4F1A\u5199\u5165\u3002\u6CA1\u6709 --force \u65F6\uFF0C\u4ECE\u4E0D\u8986\u76D6\u5DF2\u6709\u7684\u6587\u4EF6\u3002\u53C2\u89C1 docs/import-export.md\u3002"
  },
  {
    en: "the content directory to write into, relative to the working directory (default: content, in the project root)",
    zh: "\u8981\u5199\u5165\u7684\u5185\u5BB9\u76EE\u5F55\uFF0C\u76F8\u5BF9\u4E8E\u5F53\u524D\u5DE5\u4F5C\u76EE\u5F55\uFF08\u9ED8\u8BA4\uFF1A\u9879\u76EE\u6839\u76EE\u5F55\u4E0B\u7684 content\uFF09"
  },
  {
    en: "replace files that hold an entry with the same skill and title",
    zh: "\u66FF\u6362\u5305\u542B\u76F8\u540C\u6280\u80FD\u548C\u6807\u9898\u7684\u6761\u76EE\u7684\u6587\u4EF6"
  },
  { en: "say what would be written, and write nothing", zh: "\u8BF4\u660E\u5C06\u4F1A\u5199\u5165\u4EC0\u4E48\uFF0C\u4F46\u4E0D\u5199\u5165\u4EFB\u4F55\u6587\u4EF6" },
  // export
  {
    en: "write the content as the console's bulk-import template (CSV or .xlsx)",
    zh: "\u628A\u5185\u5BB9\u5199\u6210\u63A7\u5236\u53F0\u7684\u6279\u91CF\u5BFC\u5165\u6A21\u677F\uFF08CSV \u6216 .xlsx\uFF09"
  },
  {
    en: "Write every entry (drafts aside) in the console's bulk-import template: skill, standard question, threshold, similar questions and answer, for a bulk upload in the console or a backup. CSV is UTF-8 with a byte-order mark, so Excel opens it; without --out it goes to standard output. Nothing is written when the content has errors. See docs/import-export.md.",
    zh: "\u628A\u6BCF\u4E2A\u6761\u76EE\uFF08\u8349\u7A3F\u9664\u5916\uFF09\u5199\u6210\u63A7\u5236\u53F0\u7684\u6279\u91CF\u5BFC\u5165\u6A21\u677F\uFF1A\u6280\u80FD\u3001\u6807\u51C6\u95EE\u9898\u3001\u9608\u503C\u3001\u76F8\u4F3C\u95EE\u6CD5\u548C\u7B54\u6848\uFF0C\u53EF\u5728\u63A7\u5236\u53F0\u6279\u91CF\u4E0A\u4F20\u6216\u7528\u4F5C\u5907\u4EFD\u3002CSV \u4E3A\u5E26\u5B57\u8282\u987A\u5E8F\u6807\u8BB0\uFF08BOM\uFF09\u7684 UTF-8\uFF0C\u56E0\u6B64 Excel \u80FD\u76F4\u63A5\u6253\u5F00\uFF1B\u6CA1\u6709 --out \u65F6\u8F93\u51FA\u5230\u6807\u51C6\u8F93\u51FA\u3002\u5185\u5BB9\u6709\u9519\u8BEF\u65F6\u4E0D\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\u3002\u53C2\u89C1 docs/import-export.md\u3002"
  },
  {
    en: "the file's format (default: from --out's extension, else csv)",
    zh: "\u6587\u4EF6\u683C\u5F0F\uFF08\u9ED8\u8BA4\uFF1A\u6309 --out \u7684\u6269\u5C55\u540D\uFF0C\u5176\u6B21\u662F csv\uFF09"
  },
  {
    en: "the file to write (default: standard output, for CSV)",
    zh: "\u8981\u5199\u5165\u7684\u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u6807\u51C6\u8F93\u51FA\uFF0C\u4EC5\u9650 CSV\uFF09"
  }
];
function translateHelp(text) {
  return translate(HELP_TEXT, text)?.text;
}
function helpText(text, lang) {
  if (lang === "en" || text === "") return text;
  return translateHelp(text) ?? text;
}
function helpTitle(title, lang) {
  if (lang === "en") return title;
  return HELP_TITLES[title] ?? title;
}
function helpExtraInfo(extra, lang) {
  if (lang === "en") return extra;
  const match = /^ ?\((.*)\)$/s.exec(extra);
  if (!match) return extra;
  const parts = (match[1] ?? "").split(/, (?=(?:default|choices|preset|env): )/);
  const translated = parts.map((part) => {
    const label = /^(default|choices|preset|env): /.exec(part);
    return label ? `${EXTRA_LABELS[label[1]]}\uFF1A${part.slice(label[0].length)}` : part;
  });
  return `\uFF08${translated.join("\uFF0C")}\uFF09`;
}

// src/i18n/lang.ts
var LANGS = ["en", "zh-CN"];
var LANG_VARIABLE = "FAQOPS_LANG";
var LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"];
function parseLang(name, value) {
  const text = value?.trim() ?? "";
  if (text === "") return void 0;
  const key = text.toLowerCase().replace("_", "-");
  if (key === "en") return "en";
  if (key === "zh-cn" || key === "zh") return "zh-CN";
  throw new UsageError(`${name} must be one of ${LANGS.join(", ")}; got "${text}".`);
}
function langFromLocale(locale) {
  const text = locale?.trim() ?? "";
  if (text === "") return void 0;
  return /^zh(?:$|[-_.@])/i.test(text) ? "zh-CN" : "en";
}
function resolveLang({
  flag,
  env,
  flagName = "--lang"
}) {
  if (flag === true) throw new UsageError(`${flagName} needs a value: one of ${LANGS.join(", ")}.`);
  const chosen = parseLang(flagName, flag === false ? void 0 : flag);
  if (chosen) return chosen;
  const fromVariable = parseLang(LANG_VARIABLE, env[LANG_VARIABLE]);
  if (fromVariable) return fromVariable;
  for (const name of LOCALE_VARIABLES) {
    const lang = langFromLocale(env[name]);
    if (lang) return lang;
  }
  return "en";
}

// src/i18n/kinds.ts
var paths = {
  pattern: "[^]*?",
  zh: (value) => value.replace(
    / \(its (title|question)\)/g,
    (_, what) => what === "title" ? "\uFF08\u5176\u6807\u9898\uFF09" : "\uFF08\u5176\u76F8\u4F3C\u95EE\u6CD5\uFF09"
  ).replace(/ and (?!.* and )/, " \u548C ").replaceAll(", ", "\u3001")
};
var inflection = (...words) => words.map((en) => ({ en, zh: "" }));
var urlProblem = [
  {
    en: '"{{url}}" contains a space, a quote, < or >: percent-encode it (a space is %20)',
    zh: '"{{url}}" \u542B\u6709\u7A7A\u683C\u3001\u5F15\u53F7\u3001< \u6216 >\uFF1A\u8BF7\u5BF9\u5176\u505A\u767E\u5206\u53F7\u7F16\u7801\uFF08\u7A7A\u683C\u5199\u4F5C %20\uFF09'
  },
  {
    en: '"{{url}}" is not a full web address: write an absolute URL starting with https:// or http://',
    zh: '"{{url}}" \u4E0D\u662F\u5B8C\u6574\u7684\u7F51\u5740\uFF1A\u8BF7\u5199\u4EE5 https:// \u6216 http:// \u5F00\u5934\u7684\u7EDD\u5BF9\u7F51\u5740'
  }
];
var consequence = [
  {
    en: "would not arrive as written: XML turns it into a line break",
    zh: "\u65E0\u6CD5\u539F\u6837\u9001\u8FBE\uFF1AXML \u4F1A\u628A\u5B83\u53D8\u6210\u6362\u884C"
  },
  {
    en: "cannot be sent: XML cannot carry it, so the platform would reject the whole request",
    zh: "\u65E0\u6CD5\u53D1\u9001\uFF1AXML \u65E0\u6CD5\u627F\u8F7D\u5B83\uFF0C\u5E73\u53F0\u4F1A\u62D2\u7EDD\u6574\u4E2A\u8BF7\u6C42"
  }
];
var characterName = [
  { en: "NUL", zh: "\u7A7A\u5B57\u7B26 NUL" },
  { en: "bell", zh: "\u54CD\u94C3\u7B26" },
  { en: "backspace", zh: "\u9000\u683C\u7B26" },
  { en: "vertical tab", zh: "\u5782\u76F4\u5236\u8868\u7B26" },
  { en: "form feed", zh: "\u6362\u9875\u7B26" },
  { en: "carriage return", zh: "\u56DE\u8F66\u7B26" },
  { en: "escape", zh: "\u8F6C\u4E49\u7B26 ESC" },
  { en: "a non-character", zh: "\u975E\u5B57\u7B26" },
  { en: "half of a surrogate pair", zh: "\u4E0D\u6210\u5BF9\u7684\u4EE3\u7406\u9879" },
  { en: "a control character", zh: "\u63A7\u5236\u5B57\u7B26" }
];
var character = [
  { en: "U+{{hex:hex}} ({{name:character-name}})", zh: "U+{{hex}}\uFF08{{name}}\uFF09" },
  { en: "U+{{hex:hex}}", zh: "U+{{hex}}" }
];
var typeName = [
  { en: "a number ({{value}})", zh: "\u6570\u5B57\uFF08{{value}}\uFF09" },
  { en: "a true/false value ({{value}})", zh: "\u5E03\u5C14\u503C\uFF08{{value}}\uFF09" },
  { en: "empty", zh: "\u7A7A\u503C" },
  { en: 'text ("{{value}}")', zh: '\u6587\u672C\uFF08"{{value}}"\uFF09' },
  { en: "a list", zh: "\u5217\u8868" },
  { en: "a mapping", zh: "\u6620\u5C04\uFF08\u952E\u503C\u5BF9\uFF09" },
  { en: "not a value", zh: "\u65E0\u6CD5\u8BC6\u522B\u7684\u503C" }
];
var frontMatterValue = [
  { en: "the title", zh: "\u6807\u9898" },
  { en: "the skill", zh: "\u6280\u80FD" },
  { en: 'the similar question "{{question}}"', zh: '\u76F8\u4F3C\u95EE\u6CD5 "{{question}}" ' }
];
var stringHint = [
  {
    en: "quote it if you mean the text: `{{key}}: {{value}}`",
    zh: "\u5982\u679C\u8981\u7684\u662F\u6587\u672C\uFF0C\u8BF7\u52A0\u4E0A\u5F15\u53F7\uFF1A`{{key}}: {{value}}`"
  },
  { en: "write it as one line of text", zh: "\u8BF7\u5199\u6210\u4E00\u884C\u6587\u672C" }
];
var thresholdHint = [
  { en: "write it without quotes: `threshold: {{value}}`", zh: "\u53BB\u6389\u5F15\u53F7\uFF1A`threshold: {{value}}`" },
  {
    en: "write a number such as `threshold: 0.85` (leave the key out for the platform's default, {{default}})",
    zh: "\u8BF7\u5199\u4E00\u4E2A\u6570\u5B57\uFF0C\u5982 `threshold: 0.85`\uFF08\u4E0D\u5199\u8FD9\u4E2A\u952E\u5219\u7528\u5E73\u53F0\u9ED8\u8BA4\u503C {{default}}\uFF09"
  },
  {
    en: "write it as a fraction: `threshold: {{value}}`",
    zh: "\u8BF7\u5199\u6210\u5C0F\u6570\uFF1A`threshold: {{value}}`"
  },
  { en: "write a number such as `threshold: 0.85`", zh: "\u8BF7\u5199\u4E00\u4E2A\u6570\u5B57\uFF0C\u5982 `threshold: 0.85`" }
];
var yamlProblem = [
  { en: "Implicit keys need to be on a single line", zh: "\u952E\u5FC5\u987B\u5199\u5728\u4E00\u884C\u5185" },
  { en: "Implicit map keys need to be followed by map values", zh: "\u952E\u540E\u9762\u5FC5\u987B\u8DDF\u7740\u5192\u53F7\u548C\u503C" },
  {
    en: "Nested mappings are not allowed in compact mappings",
    zh: "\u540C\u4E00\u884C\u91CC\u4E0D\u80FD\u518D\u5D4C\u5957 `\u952E: \u503C`"
  },
  { en: "All sequence items must start at the same column", zh: "\u5217\u8868\u5404\u9879\u5FC5\u987B\u4ECE\u540C\u4E00\u5217\u5F00\u59CB" },
  { en: "All mapping items must start at the same column", zh: "\u5404\u4E2A\u952E\u5FC5\u987B\u4ECE\u540C\u4E00\u5217\u5F00\u59CB" },
  { en: "Tabs are not allowed as indentation", zh: "\u4E0D\u80FD\u7528\u5236\u8868\u7B26\uFF08Tab\uFF09\u7F29\u8FDB" },
  { en: 'Missing closing "quote', zh: '\u7F3A\u5C11\u6536\u5C3E\u7684\u53CC\u5F15\u53F7 "' },
  { en: "Missing closing 'quote", zh: "\u7F3A\u5C11\u6536\u5C3E\u7684\u5355\u5F15\u53F7 '" },
  {
    en: "Plain value cannot start with {{what:yaml-bad-start}}",
    zh: "\u4E0D\u52A0\u5F15\u53F7\u7684\u503C\u4E0D\u80FD\u4EE5{{what}}\u5F00\u5934"
  },
  { en: "Unexpected {{what}} at node end", zh: "\u503C\u7684\u672B\u5C3E\u591A\u51FA\u4E86 {{what}}" },
  { en: "Sequence item without - indicator", zh: "\u5217\u8868\u9879\u7F3A\u5C11 `-`" },
  { en: "Map keys must be unique", zh: "\u952E\u4E0D\u80FD\u91CD\u590D" },
  {
    en: "A block sequence may not be used as an implicit map key",
    zh: "\u5217\u8868\u4E0D\u80FD\u7528\u4F5C\u952E\uFF08\u662F\u4E0D\u662F\u7F29\u8FDB\u4E0D\u5BF9\uFF1F\uFF09"
  },
  {
    en: "Flow sequence in block collection must be sufficiently indented and end with a ]",
    zh: "\u4EE5 [ \u5F00\u5934\u7684\u503C\u5FC5\u987B\u4EE5 ] \u7ED3\u675F\uFF0C\u5E76\u4E14\u6709\u8DB3\u591F\u7684\u7F29\u8FDB\uFF08\u5982\u679C\u5B83\u662F\u6587\u672C\uFF0C\u8BF7\u52A0\u5F15\u53F7\uFF09"
  },
  {
    en: "Block scalar header includes extra characters: {{extra}}",
    zh: "`|` \u6216 `>` \u540E\u9762\u591A\u51FA\u4E86\u5B57\u7B26\uFF1A{{extra}}"
  },
  // Any other message of the library: kept as it wrote it, inside the translated sentence.
  { en: "{{message}}", zh: "{{message}}", partial: true }
];
var yamlBadStart = [
  { en: "a tab character", zh: "\u5236\u8868\u7B26" },
  { en: "flow indicator character ,", zh: "\u9017\u53F7 ," },
  { en: "directive indicator character %", zh: "\u6307\u4EE4\u7B26 % " },
  { en: "block scalar indicator {{c}}", zh: "\u5757\u6807\u91CF\u7B26\u53F7 {{c}} " },
  { en: "reserved character {{c}}", zh: "\u4FDD\u7559\u5B57\u7B26 {{c}} " }
];
var askPart = [
  { en: "label", zh: "\u6807\u7B7E" },
  { en: "q", zh: " q " },
  { en: "id", zh: " id " }
];
var answerPart = [
  { en: "the answer", zh: "\u7B54\u6848" },
  { en: "text message {{index:n}} of the answer", zh: "\u7B54\u6848\u7684\u7B2C {{index}} \u6761\u6587\u672C\u6D88\u606F" }
];
var folderProblem = [
  { en: "permission denied", zh: "\u6CA1\u6709\u6743\u9650" },
  { en: "it went away while faqops was reading the content", zh: "faqops \u8BFB\u53D6\u5185\u5BB9\u65F6\u5B83\u88AB\u5220\u9664\u4E86" },
  { en: "an unexpected error", zh: "\u610F\u5916\u9519\u8BEF" },
  { en: "{{code:errno}}", zh: "{{code}}" }
];
var fileKind = [
  { en: "a folder", zh: "\u4E00\u4E2A\u6587\u4EF6\u5939" },
  { en: "a named pipe (FIFO)", zh: "\u4E00\u4E2A\u547D\u540D\u7BA1\u9053\uFF08FIFO\uFF09" },
  { en: "a socket", zh: "\u4E00\u4E2A\u5957\u63A5\u5B57" },
  { en: "a device", zh: "\u4E00\u4E2A\u8BBE\u5907" },
  { en: "not a regular file", zh: "\u4E00\u4E2A\u7279\u6B8A\u6587\u4EF6" }
];
var KINDS = {
  hex: { pattern: "[0-9A-F]{4,6}" },
  errno: { pattern: "E[A-Z0-9_]+" },
  paths,
  "url-problem": urlProblem,
  consequence,
  "character-name": characterName,
  character,
  "type-name": typeName,
  "front-matter-value": frontMatterValue,
  "string-hint": stringHint,
  "threshold-hint": thresholdHint,
  "yaml-problem": yamlProblem,
  "yaml-bad-start": yamlBadStart,
  "ask-part": askPart,
  "answer-part": answerPart,
  "folder-problem": folderProblem,
  "file-kind": fileKind,
  "has-have": inflection("has", "have"),
  "entry-entries": inflection("entry", "entries"),
  "folder-note": [
    { en: " (the folder's name)", zh: "\uFF08\u6587\u4EF6\u5939\u540D\uFF09" },
    { en: "", zh: "" }
  ],
  "empty-note": [
    { en: " (it is empty)", zh: "\uFF08\u5B83\u662F\u7A7A\u7684\uFF09" },
    { en: "", zh: "" }
  ],
  "nan-note": [
    { en: " (not a number)", zh: "\uFF08\u4E0D\u662F\u6570\u5B57\uFF09" },
    { en: "", zh: "" }
  ]
};
registerKinds(KINDS);

// src/i18n/diagnostics.ts
var CURLY_QUOTES = {
  en: 'the value of `{{name}}` is in curly quotes: write {{name2}}="\u2026", not {{name3}}={{open}}\u2026{{close}} (curly quotes are not read as quotes: they would be sent as part of the value, or break the line)',
  zh: '`{{name}}` \u7684\u503C\u7528\u4E86\u5F2F\u5F15\u53F7\uFF08\u4E2D\u6587\u5F15\u53F7\uFF09\uFF1A\u8BF7\u5199 {{name}}="\u2026"\uFF0C\u4E0D\u8981\u5199 {{name}}={{open}}\u2026{{close}}\uFF08\u5F2F\u5F15\u53F7\u4E0D\u88AB\u5F53\u4F5C\u5F15\u53F7\uFF1A\u5B83\u4EEC\u4F1A\u6210\u4E3A\u503C\u7684\u4E00\u90E8\u5206\u4E00\u8D77\u53D1\u51FA\u53BB\uFF0C\u6216\u8005\u4F7F\u8FD9\u4E00\u884C\u65E0\u6CD5\u8BFB\u53D6\uFF09'
};
var ASK_SYNTAX_BRACES = {
  en: 'cannot read the {\u2026} after this `:ask`: write attributes as {q="\u95EE\u9898" id="\u83DC\u5355 id"}, with straight double quotes',
  zh: '\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A `:ask` \u540E\u9762\u7684 {\u2026}\uFF1A\u5C5E\u6027\u8BF7\u5199\u6210 {q="\u95EE\u9898" id="\u83DC\u5355 id"}\uFF0C\u7528\u82F1\u6587\u76F4\u53CC\u5F15\u53F7'
};
var LINK_URL = { en: "link {{problem:url-problem}}", zh: "\u94FE\u63A5 {{problem}}" };
var DIAGNOSTIC_CATALOGUE = {
  // Files
  "invalid-utf8": [
    {
      en: "the file is not valid UTF-8: save it as UTF-8 in your editor",
      zh: "\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 UTF-8 \u7F16\u7801\uFF1A\u8BF7\u5728\u7F16\u8F91\u5668\u91CC\u628A\u5B83\u53E6\u5B58\u4E3A UTF-8"
    },
    {
      en: 'the file is not valid UTF-8 but reads as GBK (GB18030), as Chinese editions of Windows save text (this line reads "{{sample}}"): save it as UTF-8; in VS Code, click the encoding in the status bar, "Reopen with Encoding" \u2192 "Simplified Chinese (GBK)", then "Save with Encoding" \u2192 "UTF-8"; in Notepad, File \u2192 Save As \u2192 Encoding: UTF-8',
      zh: '\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 UTF-8\uFF0C\u4F46\u80FD\u6309 GBK\uFF08GB18030\uFF09\u8BFB\u51FA\uFF0C\u8FD9\u662F\u4E2D\u6587\u7248 Windows \u9ED8\u8BA4\u7684\u4FDD\u5B58\u7F16\u7801\uFF08\u8FD9\u4E00\u884C\u6309 GBK \u8BFB\u4F5C "{{sample}}"\uFF09\uFF1A\u8BF7\u628A\u5B83\u53E6\u5B58\u4E3A UTF-8\u3002VS Code\uFF1A\u70B9\u51FB\u5E95\u90E8\u72B6\u6001\u680F\u91CC\u7684\u7F16\u7801\uFF0C\u9009\u201C\u901A\u8FC7\u7F16\u7801\u91CD\u65B0\u6253\u5F00\u201D\u2192\u201CSimplified Chinese (GBK)\u201D\uFF0C\u518D\u9009\u201C\u901A\u8FC7\u7F16\u7801\u4FDD\u5B58\u201D\u2192\u201CUTF-8\u201D\uFF1B\u8BB0\u4E8B\u672C\uFF1A\u6587\u4EF6 \u2192 \u53E6\u5B58\u4E3A \u2192 \u7F16\u7801\u9009 UTF-8'
    }
  ],
  "file-unreadable": [
    {
      en: "this path is not valid UTF-8 (shown here with U+FFFD), so it cannot be an entry: rename the file (or the folder) in UTF-8",
      zh: "\u8FD9\u4E2A\u8DEF\u5F84\u4E0D\u662F\u6709\u6548\u7684 UTF-8\uFF08\u6B64\u5904\u4EE5 U+FFFD \u663E\u793A\uFF09\uFF0C\u4E0D\u80FD\u4F5C\u4E3A\u6761\u76EE\uFF1A\u8BF7\u7528 UTF-8 \u91CD\u65B0\u547D\u540D\u8BE5\u6587\u4EF6\uFF08\u6216\u6587\u4EF6\u5939\uFF09"
    },
    {
      en: "this folder cannot be read ({{why:folder-problem}}), so the entries in it are missing: make it readable (chmod a+rx), or remove it",
      zh: "\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A\u6587\u4EF6\u5939\uFF08{{why}}\uFF09\uFF0C\u5176\u4E2D\u7684\u6761\u76EE\u90FD\u4F1A\u7F3A\u5931\uFF1A\u8BF7\u8BA9\u5B83\u53EF\u8BFB\uFF08chmod a+rx\uFF09\uFF0C\u6216\u5220\u9664\u5B83"
    },
    {
      en: "this file cannot be read (permission denied): make it readable (chmod a+r), or remove it",
      zh: "\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A\u6587\u4EF6\uFF08\u6CA1\u6709\u6743\u9650\uFF09\uFF1A\u8BF7\u8BA9\u5B83\u53EF\u8BFB\uFF08chmod a+r\uFF09\uFF0C\u6216\u5220\u9664\u5B83"
    },
    {
      en: "this is a symbolic link that leads back to itself: fix the link, or remove it",
      zh: "\u8FD9\u662F\u4E00\u4E2A\u6307\u5411\u81EA\u8EAB\u7684\u7B26\u53F7\u94FE\u63A5\uFF1A\u8BF7\u4FEE\u6B63\u6216\u5220\u9664\u5B83"
    },
    {
      en: "this is a symbolic link to `{{target}}`, which does not exist: fix the link, or remove it",
      zh: "\u8FD9\u662F\u6307\u5411 `{{target}}` \u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u4F46\u76EE\u6807\u4E0D\u5B58\u5728\uFF1A\u8BF7\u4FEE\u6B63\u6216\u5220\u9664\u5B83"
    },
    {
      en: "this file went away while faqops was reading the content: run faqops again",
      zh: "faqops \u8BFB\u53D6\u5185\u5BB9\u65F6\u8FD9\u4E2A\u6587\u4EF6\u88AB\u5220\u9664\u4E86\uFF1A\u8BF7\u91CD\u65B0\u8FD0\u884C faqops"
    },
    {
      en: "this file cannot be read ({{why:folder-problem}}): check it, or remove it",
      zh: "\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A\u6587\u4EF6\uFF08{{why}}\uFF09\uFF1A\u8BF7\u68C0\u67E5\u5B83\uFF0C\u6216\u5220\u9664\u5B83"
    },
    {
      en: "this is {{what:file-kind}}, not a file: replace it with a Markdown file, or remove it",
      zh: "\u8FD9\u662F{{what}}\uFF0C\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF1A\u8BF7\u6362\u6210 Markdown \u6587\u4EF6\uFF0C\u6216\u5220\u9664\u5B83"
    }
  ],
  "file-ignored": [
    {
      en: "this file is in the hidden folder `{{folder}}`, and faqops does not read hidden folders: move it out of that folder if it is an entry, or start its name with `_` to keep it out without this warning",
      zh: "\u8FD9\u4E2A\u6587\u4EF6\u5728\u9690\u85CF\u6587\u4EF6\u5939 `{{folder}}` \u91CC\uFF0Cfaqops \u4E0D\u8BFB\u53D6\u9690\u85CF\u6587\u4EF6\u5939\uFF1A\u5982\u679C\u5B83\u662F\u6761\u76EE\uFF0C\u8BF7\u79FB\u51FA\u8BE5\u6587\u4EF6\u5939\uFF1B\u5982\u679C\u4E0D\u662F\uFF0C\u628A\u6587\u4EF6\u540D\u6539\u4E3A\u4EE5 `_` \u5F00\u5934\u5373\u53EF\u4E0D\u518D\u51FA\u73B0\u6B64\u8B66\u544A"
    },
    {
      en: "`{{name}}` is not read: only names ending in `.md` (lower case) are entries; rename it to `{{entry}}` if it is one, or start its name with `_` to keep it out without this warning",
      zh: "`{{name}}` \u4E0D\u4F1A\u88AB\u8BFB\u53D6\uFF1A\u53EA\u6709\u4EE5 `.md`\uFF08\u5C0F\u5199\uFF09\u7ED3\u5C3E\u7684\u6587\u4EF6\u624D\u662F\u6761\u76EE\uFF1B\u5982\u679C\u5B83\u662F\u6761\u76EE\uFF0C\u8BF7\u6539\u540D\u4E3A `{{entry}}`\uFF1B\u5982\u679C\u4E0D\u662F\uFF0C\u628A\u6587\u4EF6\u540D\u6539\u4E3A\u4EE5 `_` \u5F00\u5934\u5373\u53EF\u4E0D\u518D\u51FA\u73B0\u6B64\u8B66\u544A"
    }
  ],
  "file-symlink-outside": [
    {
      en: "this file is a symbolic link to `{{target}}`, outside the content folder, so it is not read: faqops reads only files inside the content folder; copy the file into it instead of linking to it, or remove the link",
      zh: "\u8FD9\u4E2A\u6587\u4EF6\u662F\u6307\u5411\u5185\u5BB9\u6587\u4EF6\u5939\u4E4B\u5916 `{{target}}` \u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u4E0D\u4F1A\u88AB\u8BFB\u53D6\uFF1Afaqops \u53EA\u8BFB\u53D6\u5185\u5BB9\u6587\u4EF6\u5939\u91CC\u7684\u6587\u4EF6\uFF1B\u8BF7\u628A\u6587\u4EF6\u590D\u5236\u8FDB\u6765\u800C\u4E0D\u662F\u94FE\u63A5\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u94FE\u63A5"
    },
    {
      en: "this is a symbolic link to the folder `{{target}}`, outside the content folder, so it is not read: faqops reads only files inside the content folder; move the entries into it instead of linking to them, or remove the link",
      zh: "\u8FD9\u662F\u6307\u5411\u5185\u5BB9\u6587\u4EF6\u5939\u4E4B\u5916\u7684\u6587\u4EF6\u5939 `{{target}}` \u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u4E0D\u4F1A\u88AB\u8BFB\u53D6\uFF1Afaqops \u53EA\u8BFB\u53D6\u5185\u5BB9\u6587\u4EF6\u5939\u91CC\u7684\u6587\u4EF6\uFF1B\u8BF7\u628A\u6761\u76EE\u79FB\u8FDB\u6765\u800C\u4E0D\u662F\u94FE\u63A5\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u94FE\u63A5"
    }
  ],
  "file-symlink-folder": [
    {
      en: "this is a symbolic link to the folder `{{target}}`, which contains it: following it would loop, so faqops does not; remove the link",
      zh: "\u8FD9\u662F\u6307\u5411\u5305\u542B\u5B83\u81EA\u8EAB\u7684\u6587\u4EF6\u5939 `{{target}}` \u7684\u7B26\u53F7\u94FE\u63A5\uFF1A\u8DDF\u968F\u5B83\u4F1A\u9020\u6210\u5FAA\u73AF\uFF0C\u6240\u4EE5 faqops \u4E0D\u8DDF\u968F\uFF1B\u8BF7\u5220\u9664\u8FD9\u4E2A\u94FE\u63A5"
    },
    {
      en: "this is a symbolic link to the folder `{{target}}`, which faqops does not follow: a link to a folder would read entries a second time, or loop; remove the link, or, to have an entry in two skills, link its file instead",
      zh: "\u8FD9\u662F\u6307\u5411\u6587\u4EF6\u5939 `{{target}}` \u7684\u7B26\u53F7\u94FE\u63A5\uFF0Cfaqops \u4E0D\u8DDF\u968F\u6587\u4EF6\u5939\u94FE\u63A5\uFF1A\u90A3\u6837\u4F1A\u628A\u6761\u76EE\u8BFB\u4E24\u904D\uFF0C\u6216\u9020\u6210\u5FAA\u73AF\uFF1B\u8BF7\u5220\u9664\u8FD9\u4E2A\u94FE\u63A5\uFF1B\u5982\u679C\u60F3\u8BA9\u4E00\u4E2A\u6761\u76EE\u51FA\u73B0\u5728\u4E24\u4E2A\u6280\u80FD\u91CC\uFF0C\u8BF7\u94FE\u63A5\u5B83\u7684\u6587\u4EF6"
    }
  ],
  "cache-symlink": [
    {
      en: "this is a symbolic link (to `{{target}}`): faqops neither reads nor writes its compile cache through a link, which could lead outside the repository, so this run compiled every file; delete the link (faqops makes the folder again)",
      zh: "\u8FD9\u662F\u4E00\u4E2A\u7B26\u53F7\u94FE\u63A5\uFF08\u6307\u5411 `{{target}}`\uFF09\uFF1A\u94FE\u63A5\u53EF\u80FD\u6307\u5411\u4ED3\u5E93\u4E4B\u5916\uFF0Cfaqops \u4E0D\u901A\u8FC7\u94FE\u63A5\u8BFB\u5199\u7F16\u8BD1\u7F13\u5B58\uFF0C\u6240\u4EE5\u8FD9\u6B21\u91CD\u65B0\u7F16\u8BD1\u4E86\u6240\u6709\u6587\u4EF6\uFF1B\u8BF7\u5220\u9664\u8FD9\u4E2A\u94FE\u63A5\uFF08faqops \u4F1A\u91CD\u65B0\u521B\u5EFA\u8BE5\u6587\u4EF6\u5939\uFF09"
    }
  ],
  // Front matter
  "front-matter-missing": [
    {
      en: "remove the blank lines before the opening `---`: front matter must start on line 1",
      zh: "\u8BF7\u5220\u9664\u5F00\u5934 `---` \u4E4B\u524D\u7684\u7A7A\u884C\uFF1Afront matter \u5FC5\u987B\u4ECE\u7B2C 1 \u884C\u5F00\u59CB"
    },
    {
      en: "the file must start with front matter: a `---` line, `title: <the question>`, and a closing `---` line",
      zh: "\u6587\u4EF6\u5FC5\u987B\u4EE5 front matter \u5F00\u5934\uFF1A\u4E00\u884C `---`\u3001`title: <\u6807\u51C6\u95EE\u9898>`\uFF0C\u518D\u4EE5\u4E00\u884C `---` \u7ED3\u675F"
    }
  ],
  "front-matter-unclosed": [
    {
      en: "the front matter opened on line 1 is never closed: add a `---` line after its last key",
      zh: "\u7B2C 1 \u884C\u5F00\u59CB\u7684 front matter \u6CA1\u6709\u7ED3\u675F\uFF1A\u8BF7\u5728\u6700\u540E\u4E00\u4E2A\u952E\u4E4B\u540E\u52A0\u4E00\u884C `---`"
    }
  ],
  "front-matter-yaml": [
    {
      en: 'the front matter is not valid YAML ({{problem:yaml-problem}}); text containing ": " or starting with a special character must be quoted',
      zh: 'front matter \u4E0D\u662F\u6709\u6548\u7684 YAML\uFF08{{problem}}\uFF09\uFF1A\u542B\u6709 ": " \u6216\u4EE5\u7279\u6B8A\u5B57\u7B26\u5F00\u5934\u7684\u6587\u672C\u5FC5\u987B\u52A0\u5F15\u53F7'
    },
    {
      en: 'the key `{{key}}` is followed by a full-width colon "\uFF1A": write a half-width colon and a space, `{{key2}}: \u2026`',
      zh: "\u952E `{{key}}` \u540E\u9762\u7528\u4E86\u5168\u89D2\u5192\u53F7\u201C\uFF1A\u201D\uFF1A\u8BF7\u6539\u6210\u534A\u89D2\u5192\u53F7\u52A0\u4E00\u4E2A\u7A7A\u683C\uFF0C\u5373 `{{key}}: \u2026`\uFF08\u8F93\u5165\u6CD5\u5207\u6362\u5230\u82F1\u6587\u6216\u534A\u89D2\u518D\u8F93\u5165\uFF09"
    },
    {
      en: '`{{key}}` is followed by a full-width colon "\uFF1A": front matter keys are English words with a half-width colon and a space after them, such as `title: \u5982\u4F55\u5F00\u6237\uFF1F`',
      zh: "`{{key}}` \u540E\u9762\u7528\u4E86\u5168\u89D2\u5192\u53F7\u201C\uFF1A\u201D\uFF1Afront matter \u7684\u952E\u662F\u82F1\u6587\u5355\u8BCD\uFF0C\u540E\u9762\u8DDF\u534A\u89D2\u5192\u53F7\u548C\u4E00\u4E2A\u7A7A\u683C\uFF0C\u4F8B\u5982 `title: \u5982\u4F55\u5F00\u6237\uFF1F`"
    },
    {
      en: "the key `{{key}}` is followed by a full-width space (U+3000): write a half-width space after the colon, `{{key2}}: \u2026`",
      zh: "\u952E `{{key}}` \u7684\u5192\u53F7\u540E\u9762\u7528\u4E86\u5168\u89D2\u7A7A\u683C\uFF08U+3000\uFF09\uFF1A\u5192\u53F7\u540E\u8BF7\u7528\u534A\u89D2\u7A7A\u683C\uFF0C\u5373 `{{key}}: \u2026`"
    },
    {
      en: "this line is indented with a full-width space (U+3000): YAML indents with half-width spaces, such as `  - \u95EE\u9898` under `questions:`",
      zh: "\u8FD9\u4E00\u884C\u7528\u5168\u89D2\u7A7A\u683C\uFF08U+3000\uFF09\u7F29\u8FDB\u4E86\uFF1AYAML \u53EA\u8BA4\u534A\u89D2\u7A7A\u683C\u7F29\u8FDB\uFF0C\u4F8B\u5982 `questions:` \u4E0B\u9762\u5199 `  - \u95EE\u9898`"
    }
  ],
  "front-matter-shape": [
    {
      en: "the front matter must be `key: value` lines (a YAML mapping), such as `title: \u5982\u4F55\u5F00\u6237\uFF1F`",
      zh: "front matter \u5FC5\u987B\u662F\u4E00\u884C\u4E00\u4E2A `\u952E: \u503C`\uFF08YAML \u6620\u5C04\uFF09\uFF0C\u4F8B\u5982 `title: \u5982\u4F55\u5F00\u6237\uFF1F`"
    }
  ],
  "key-duplicate": [
    { en: "`{{key}}` is given twice; keep one", zh: "`{{key}}` \u5199\u4E86\u4E24\u6B21\uFF1A\u53EA\u4FDD\u7559\u4E00\u4E2A" }
  ],
  "unknown-key": [
    {
      en: "unknown key `{{key}}`: did you mean `{{guess}}`?",
      zh: "\u672A\u77E5\u7684\u952E `{{key}}`\uFF1A\u662F\u4E0D\u662F\u60F3\u5199 `{{guess}}`\uFF1F"
    },
    {
      en: "unknown key `{{key}}`; the keys are {{keys}}",
      zh: "\u672A\u77E5\u7684\u952E `{{key}}`\uFF1A\u53EF\u7528\u7684\u952E\u6709 {{keys}}"
    },
    {
      en: "the key `{{key}}` is indented with a full-width space (U+3000): keys start at the beginning of the line; remove it",
      zh: "\u952E `{{key}}` \u524D\u9762\u6709\u5168\u89D2\u7A7A\u683C\uFF08U+3000\uFF09\uFF1A\u952E\u5FC5\u987B\u4ECE\u884C\u9996\u5F00\u59CB\u5199\uFF0C\u8BF7\u5220\u9664\u8FD9\u4E2A\u7A7A\u683C"
    }
  ],
  "key-type": [
    {
      en: "`questions` must be a list, but it is {{type:type-name}}: write each question on its own line as `  - \u95EE\u9898`",
      zh: "`questions` \u5FC5\u987B\u662F\u5217\u8868\uFF0C\u4F46\u73B0\u5728\u662F{{type}}\uFF1A\u8BF7\u628A\u6BCF\u4E2A\u76F8\u4F3C\u95EE\u6CD5\u5355\u72EC\u5199\u4E00\u884C\uFF0C\u683C\u5F0F\u4E3A `  - \u95EE\u9898`"
    },
    {
      en: "question {{index:n}} is {{type:type-name}}, not text: quote it (`- {{quoted}}`)",
      zh: "\u7B2C {{index}} \u4E2A\u76F8\u4F3C\u95EE\u6CD5\u662F{{type}}\uFF0C\u4E0D\u662F\u6587\u672C\uFF1A\u8BF7\u52A0\u4E0A\u5F15\u53F7\uFF08`- {{quoted}}`\uFF09"
    },
    {
      en: "`draft` must be true or false, but it is {{type:type-name}}: write `draft: true` or `draft: false` without quotes",
      zh: "`draft` \u53EA\u80FD\u662F true \u6216 false\uFF0C\u4F46\u73B0\u5728\u662F{{type}}\uFF1A\u8BF7\u5199 `draft: true` \u6216 `draft: false`\uFF0C\u4E0D\u52A0\u5F15\u53F7"
    },
    {
      en: "`threshold` must be a number from 0 to 1, but it is {{type:type-name}}; {{hint:threshold-hint}}",
      zh: "`threshold` \u5FC5\u987B\u662F 0 \u5230 1 \u4E4B\u95F4\u7684\u6570\u5B57\uFF0C\u4F46\u73B0\u5728\u662F{{type}}\uFF1A{{hint}}"
    },
    {
      en: "`{{key}}` must be text, but it is {{type:type-name}}; {{hint:string-hint}}",
      zh: "`{{key}}` \u5FC5\u987B\u662F\u6587\u672C\uFF0C\u4F46\u73B0\u5728\u662F{{type}}\uFF1A{{hint}}"
    }
  ],
  "title-required": [
    {
      en: "the front matter is empty: add `title: <the question>`",
      zh: "front matter \u662F\u7A7A\u7684\uFF1A\u8BF7\u52A0\u4E0A `title: <\u6807\u51C6\u95EE\u9898>`"
    },
    {
      en: "add `title: <the question>` to the front matter",
      zh: "\u8BF7\u5728 front matter \u91CC\u52A0\u4E0A `title: <\u6807\u51C6\u95EE\u9898>`"
    },
    {
      en: "`title` is empty: write the standard question after `title:`",
      zh: "`title` \u662F\u7A7A\u7684\uFF1A\u8BF7\u5728 `title:` \u540E\u9762\u5199\u4E0A\u6807\u51C6\u95EE\u9898"
    }
  ],
  "title-multiline": [{ en: "`title` must be one line", zh: "`title` \u53EA\u80FD\u5199\u4E00\u884C" }],
  "skill-missing": [
    {
      en: "this entry is directly in the content folder, so it has no skill: move it into a skill folder or add `skill: <name>`",
      zh: "\u8FD9\u4E2A\u6761\u76EE\u76F4\u63A5\u653E\u5728\u5185\u5BB9\u6587\u4EF6\u5939\u4E0B\uFF0C\u6CA1\u6709\u6280\u80FD\uFF1A\u8BF7\u628A\u5B83\u79FB\u5230\u67D0\u4E2A\u6280\u80FD\u6587\u4EF6\u5939\u91CC\uFF0C\u6216\u52A0\u4E0A `skill: <\u6280\u80FD\u540D>`"
    }
  ],
  "skill-length": [
    {
      en: "`skill` is empty: write a skill name, or remove the key to use the folder's name",
      zh: "`skill` \u662F\u7A7A\u7684\uFF1A\u8BF7\u5199\u4E0A\u6280\u80FD\u540D\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u952E\u4EE5\u4F7F\u7528\u6587\u4EF6\u5939\u540D"
    },
    {
      en: "`skill` is {{length:n}} characters long; the platform allows at most {{max:n}}",
      zh: "`skill` \u6709 {{length}} \u4E2A\u5B57\u7B26\uFF1A\u5E73\u53F0\u6700\u591A\u5141\u8BB8 {{max}} \u4E2A"
    },
    {
      en: 'the folder name "{{folder}}" is used as the skill but is {{length:n}} characters long (the platform allows 1 to {{max:n}}): rename the folder or add `skill: <name>`',
      zh: '\u6587\u4EF6\u5939\u540D "{{folder}}" \u88AB\u7528\u4F5C\u6280\u80FD\uFF0C\u4F46\u5B83\u6709 {{length}} \u4E2A\u5B57\u7B26\uFF08\u5E73\u53F0\u5141\u8BB8 1 \u5230 {{max}} \u4E2A\uFF09\uFF1A\u8BF7\u7ED9\u6587\u4EF6\u5939\u6539\u540D\uFF0C\u6216\u52A0\u4E0A `skill: <\u6280\u80FD\u540D>`'
    }
  ],
  "skill-multiline": [{ en: "`skill` must be one line", zh: "`skill` \u53EA\u80FD\u5199\u4E00\u884C" }],
  "question-empty": [
    {
      en: "question {{index:n}} is empty; remove it",
      zh: "\u7B2C {{index}} \u4E2A\u76F8\u4F3C\u95EE\u6CD5\u662F\u7A7A\u7684\uFF1A\u8BF7\u5220\u9664\u5B83"
    }
  ],
  "question-multiline": [
    { en: "question {{index:n}} must be one line", zh: "\u7B2C {{index}} \u4E2A\u76F8\u4F3C\u95EE\u6CD5\u53EA\u80FD\u5199\u4E00\u884C" }
  ],
  "question-duplicate": [
    {
      en: "question {{index:n}} is the same as question {{earlier:n}}; remove one",
      zh: "\u7B2C {{index}} \u4E2A\u76F8\u4F3C\u95EE\u6CD5\u4E0E\u7B2C {{earlier}} \u4E2A\u76F8\u540C\uFF1A\u8BF7\u5220\u9664\u5176\u4E2D\u4E00\u4E2A"
    }
  ],
  "question-alike-title": [
    {
      en: "question {{index:n}} is the same as the title; remove it (the title is already asked)",
      zh: "\u7B2C {{index}} \u4E2A\u76F8\u4F3C\u95EE\u6CD5\u4E0E\u6807\u9898\u76F8\u540C\uFF1A\u8BF7\u5220\u9664\u5B83\uFF08\u6807\u9898\u672C\u8EAB\u5DF2\u7ECF\u662F\u4E00\u4E2A\u95EE\u6CD5\uFF09"
    }
  ],
  "id-format": [
    {
      en: '`id` may hold only letters, digits, `-`, `_` and `/` (such as `card/apply`); got "{{id}}"',
      zh: '`id` \u53EA\u80FD\u5305\u542B\u82F1\u6587\u5B57\u6BCD\u3001\u6570\u5B57\u3001`-`\u3001`_` \u548C `/`\uFF08\u4F8B\u5982 `card/apply`\uFF09\uFF1B\u73B0\u5728\u662F "{{id}}"'
    }
  ],
  "threshold-range": [
    {
      en: "`threshold` is {{value}}{{nan:nan-note}}; it must be from 0 to 1 (a similarity; the platform's default is {{default:n}}): {{hint:threshold-hint}}",
      zh: "`threshold` \u662F {{value}}{{nan}}\uFF1A\u5B83\u5FC5\u987B\u5728 0 \u5230 1 \u4E4B\u95F4\uFF08\u662F\u76F8\u4F3C\u5EA6\uFF1B\u5E73\u53F0\u9ED8\u8BA4 {{default}}\uFF09\uFF1A{{hint}}"
    }
  ],
  "threshold-precision": [
    {
      en: "`threshold` is {{value}}, with more than {{places:n}} decimal places: round it, such as `threshold: {{rounded}}`",
      zh: "`threshold` \u662F {{value}}\uFF0C\u8D85\u8FC7\u4E86 {{places}} \u4F4D\u5C0F\u6570\uFF1A\u8BF7\u56DB\u820D\u4E94\u5165\uFF0C\u4F8B\u5982 `threshold: {{rounded}}`"
    }
  ],
  "title-length": [
    {
      en: "the title is {{length:n}} characters long; keep it to {{max:n}} or fewer: it is the question users ask, so put the explanation in the answer",
      zh: "\u6807\u9898\u6709 {{length}} \u4E2A\u5B57\u7B26\uFF1A\u8BF7\u63A7\u5236\u5728 {{max}} \u4E2A\u4EE5\u5185\u3002\u6807\u9898\u662F\u7528\u6237\u4F1A\u95EE\u7684\u95EE\u9898\uFF0C\u89E3\u91CA\u8BF7\u5199\u5728\u7B54\u6848\u91CC"
    }
  ],
  "question-length": [
    {
      en: "this similar question is {{length:n}} characters long; keep it to {{max:n}} or fewer, as a user would ask it",
      zh: "\u8FD9\u4E2A\u76F8\u4F3C\u95EE\u6CD5\u6709 {{length}} \u4E2A\u5B57\u7B26\uFF1A\u8BF7\u63A7\u5236\u5728 {{max}} \u4E2A\u4EE5\u5185\uFF0C\u5199\u6210\u7528\u6237\u771F\u6B63\u4F1A\u95EE\u7684\u6837\u5B50"
    }
  ],
  "question-count": [
    {
      en: "the entry has {{count:n}} similar questions, more than {{max:n}} (this is the first past that): keep the ones that differ most, or split the entry",
      zh: "\u8FD9\u4E2A\u6761\u76EE\u6709 {{count}} \u4E2A\u76F8\u4F3C\u95EE\u6CD5\uFF0C\u8D85\u8FC7\u4E86 {{max}} \u4E2A\uFF08\u8FD9\u91CC\u662F\u8D85\u51FA\u7684\u7B2C\u4E00\u4E2A\uFF09\uFF1A\u8BF7\u4FDD\u7559\u5DEE\u522B\u6700\u5927\u7684\u90A3\u4E9B\uFF0C\u6216\u62C6\u5206\u8FD9\u4E2A\u6761\u76EE"
    }
  ],
  // Any value
  "xml-char": [
    {
      en: "{{character:character}} {{consequence:consequence}}: delete it (most editors do not show it)",
      zh: "{{character}} {{consequence}}\uFF1A\u8BF7\u5220\u9664\u5B83\uFF08\u5927\u591A\u6570\u7F16\u8F91\u5668\u4E0D\u663E\u793A\u8FD9\u4E2A\u5B57\u7B26\uFF09"
    },
    {
      en: "{{count:n}} more characters like these in this file (from here on): delete them; is this a text file?",
      zh: "\u8FD9\u4E2A\u6587\u4EF6\uFF08\u4ECE\u8FD9\u91CC\u5F80\u540E\uFF09\u8FD8\u6709 {{count}} \u4E2A\u8FD9\u6837\u7684\u5B57\u7B26\uFF1A\u8BF7\u5220\u9664\u5B83\u4EEC\uFF1B\u8FD9\u662F\u6587\u672C\u6587\u4EF6\u5417\uFF1F"
    },
    {
      en: "{{what:front-matter-value}} holds {{character:character}}, written as `{{escape}}`, which {{consequence:consequence}}: remove the escape",
      zh: "{{what}}\u542B\u6709 {{character}}\uFF08\u5199\u4F5C `{{escape}}`\uFF09\uFF0C\u5B83{{consequence}}\uFF1A\u8BF7\u5220\u9664\u8FD9\u4E2A\u8F6C\u4E49"
    },
    {
      en: "{{what:front-matter-value}} holds {{character:character}}, which {{consequence:consequence}}: remove it",
      zh: "{{what}}\u542B\u6709 {{character}}\uFF0C\u5B83{{consequence}}\uFF1A\u8BF7\u5220\u9664\u5B83"
    },
    {
      en: "{{character:character}}, written as `{{reference}}`, {{consequence:consequence}}: remove it",
      zh: "{{character}}\uFF08\u5199\u4F5C `{{reference}}`\uFF09{{consequence}}\uFF1A\u8BF7\u5220\u9664\u5B83"
    },
    {
      en: "the folder name used as the skill holds {{character:character}}, which XML cannot carry: rename the folder",
      zh: "\u7528\u4F5C\u6280\u80FD\u7684\u6587\u4EF6\u5939\u540D\u542B\u6709 {{character}}\uFF0CXML \u65E0\u6CD5\u627F\u8F7D\u5B83\uFF1A\u8BF7\u7ED9\u6587\u4EF6\u5939\u6539\u540D"
    },
    {
      en: "this entry holds {{character:character}}, which XML cannot carry, written in a way faqops cannot point at: find it and remove it",
      zh: "\u8FD9\u4E2A\u6761\u76EE\u542B\u6709 {{character}}\uFF0CXML \u65E0\u6CD5\u627F\u8F7D\u5B83\uFF0C\u800C\u4E14 faqops \u65E0\u6CD5\u5B9A\u4F4D\u5B83\u7684\u5199\u6CD5\uFF1A\u8BF7\u627E\u5230\u5E76\u5220\u9664\u5B83"
    }
  ],
  // Body
  "answer-empty": [
    {
      en: "the entry has no answer: write it below the front matter's closing `---`",
      zh: "\u8FD9\u4E2A\u6761\u76EE\u6CA1\u6709\u7B54\u6848\uFF1A\u8BF7\u628A\u7B54\u6848\u5199\u5728 front matter \u7ED3\u675F\u7684 `---` \u4E0B\u9762"
    }
  ],
  "link-url": [LINK_URL],
  "ask-text": [
    { en: "an `:ask` label cannot contain a link", zh: "`:ask` \u7684\u6807\u7B7E\u91CC\u4E0D\u80FD\u6709\u94FE\u63A5" },
    {
      en: "an `:ask` cannot be inside a link or another `:ask`",
      zh: "`:ask` \u4E0D\u80FD\u653E\u5728\u94FE\u63A5\u6216\u53E6\u4E00\u4E2A `:ask` \u91CC\u9762"
    },
    {
      en: "`:ask` needs a label, the text the user taps: `:ask[\u4E0A\u6D77\u4ECA\u5929\u591A\u5C11\u5EA6]`",
      zh: "`:ask` \u9700\u8981\u6807\u7B7E\uFF0C\u5373\u7528\u6237\u70B9\u51FB\u7684\u6587\u5B57\uFF1A`:ask[\u4E0A\u6D77\u4ECA\u5929\u591A\u5C11\u5EA6]`"
    },
    {
      en: "the `:ask` {{part:ask-part}} is empty: remove it or fill it in",
      zh: "`:ask` \u7684{{part}}\u662F\u7A7A\u7684\uFF1A\u8BF7\u5220\u9664\u6216\u586B\u5199"
    },
    {
      en: 'the `:ask` {{part:ask-part}} may not contain ", <, > or &, which would break the link ("{{value}}")',
      zh: '`:ask` \u7684{{part}}\u4E0D\u80FD\u542B\u6709 "\u3001<\u3001> \u6216 &\uFF0C\u5426\u5219\u94FE\u63A5\u4F1A\u88AB\u7834\u574F\uFF08"{{value}}"\uFF09'
    },
    {
      en: "the `:ask` {{part:ask-part}} must be on one line",
      zh: "`:ask` \u7684{{part}}\u53EA\u80FD\u5199\u4E00\u884C"
    }
  ],
  "ask-attribute": [
    {
      en: '`:ask` has no attribute `{{name}}`: it takes q="\u95EE\u9898" and id="\u83DC\u5355 id" (quote values that contain spaces)',
      zh: '`:ask` \u6CA1\u6709\u5C5E\u6027 `{{name}}`\uFF1A\u5B83\u53EA\u63A5\u53D7 q="\u95EE\u9898" \u548C id="\u83DC\u5355 id"\uFF08\u542B\u7A7A\u683C\u7684\u503C\u8981\u52A0\u5F15\u53F7\uFF09'
    }
  ],
  "ask-syntax": [
    ASK_SYNTAX_BRACES,
    {
      en: "cannot read this `:ask` label: close the `[` on the same line, as in `:ask[\u95EE\u9898]`",
      zh: "\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A `:ask` \u7684\u6807\u7B7E\uFF1A\u8BF7\u5728\u540C\u4E00\u884C\u91CC\u95ED\u5408 `[`\uFF0C\u5982 `:ask[\u95EE\u9898]`"
    },
    {
      en: 'cannot read this `:ask`: write `:ask[label]` or `:ask[label]{q="\u95EE\u9898"}`, with the brackets closed on the same line (write `\\:ask` for the literal text)',
      zh: '\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A `:ask`\uFF1A\u8BF7\u5199 `:ask[\u6807\u7B7E]` \u6216 `:ask[\u6807\u7B7E]{q="\u95EE\u9898"}`\uFF0C\u62EC\u53F7\u5728\u540C\u4E00\u884C\u5185\u95ED\u5408\uFF08\u5982\u679C\u8981\u539F\u6837\u663E\u793A\u6587\u5B57\uFF0C\u8BF7\u5199 `\\:ask`\uFF09'
    },
    CURLY_QUOTES
  ],
  "unsupported-markdown": [
    {
      en: "raw HTML is not sent to the chat: write plain text, and links as [text](https://\u2026)",
      zh: "HTML \u4E0D\u4F1A\u53D1\u9001\u5230\u804A\u5929\u91CC\uFF1A\u8BF7\u5199\u7EAF\u6587\u672C\uFF0C\u94FE\u63A5\u5199\u6210 [\u6587\u5B57](https://\u2026)"
    },
    {
      en: "footnotes are not supported: write the note in the text",
      zh: "\u4E0D\u652F\u6301\u811A\u6CE8\uFF1A\u8BF7\u628A\u6CE8\u91CA\u5199\u8FDB\u6B63\u6587"
    },
    {
      en: 'images cannot be inside text: put a card on its own line, `::image{media_id="\u2026"}`',
      zh: '\u56FE\u7247\u4E0D\u80FD\u653E\u5728\u6587\u5B57\u4E2D\u95F4\uFF1A\u8BF7\u5355\u72EC\u4E00\u884C\u5199\u5361\u7247 `::image{media_id="\u2026"}`'
    },
    {
      en: "tables are not supported in chat: write one line per row, or a list",
      zh: "\u804A\u5929\u91CC\u4E0D\u652F\u6301\u8868\u683C\uFF1A\u8BF7\u6BCF\u884C\u5199\u4E00\u6761\uFF0C\u6216\u5199\u6210\u5217\u8868"
    },
    {
      en: "this line is indented with a full-width space (U+3000), so `{{marker}}` does not start a nested list item: the chat would show it as text; indent with half-width spaces (two per level)",
      zh: "\u8FD9\u4E00\u884C\u7528\u5168\u89D2\u7A7A\u683C\uFF08U+3000\uFF09\u7F29\u8FDB\uFF0C\u6240\u4EE5 `{{marker}}` \u4E0D\u4F1A\u6210\u4E3A\u5D4C\u5957\u7684\u5217\u8868\u9879\uFF0C\u804A\u5929\u91CC\u4F1A\u539F\u6837\u663E\u793A\u6210\u6587\u5B57\uFF1A\u8BF7\u7528\u534A\u89D2\u7A7A\u683C\u7F29\u8FDB\uFF08\u6BCF\u5C42\u4E24\u4E2A\uFF09"
    }
  ],
  "card-unknown": [
    {
      en: "`::ask` is not a card: write `:ask[\u95EE\u9898]` (one colon) inside a line of text",
      zh: "`::ask` \u4E0D\u662F\u5361\u7247\uFF1A\u8BF7\u5728\u4E00\u884C\u6587\u5B57\u4E2D\u5199 `:ask[\u95EE\u9898]`\uFF08\u4E00\u4E2A\u5192\u53F7\uFF09"
    },
    {
      en: "unknown card `::{{name}}`: did you mean `::{{guess}}`?",
      zh: "\u672A\u77E5\u7684\u5361\u7247 `::{{name}}`\uFF1A\u662F\u4E0D\u662F\u60F3\u5199 `::{{guess}}`\uFF1F"
    },
    {
      en: "unknown card `::{{name}}`; the cards are {{cards}}",
      zh: "\u672A\u77E5\u7684\u5361\u7247 `::{{name}}`\uFF1A\u53EF\u7528\u7684\u5361\u7247\u6709 {{cards}}"
    }
  ],
  "card-attribute": [
    {
      en: "`::{{card}}` has no attribute `{{name}}`: did you mean `{{guess}}`?",
      zh: "`::{{card}}` \u6CA1\u6709\u5C5E\u6027 `{{name}}`\uFF1A\u662F\u4E0D\u662F\u60F3\u5199 `{{guess}}`\uFF1F"
    },
    {
      en: "`::{{card}}` has no attribute `{{name}}`; its attributes are {{names}} (quote values that contain spaces)",
      zh: "`::{{card}}` \u6CA1\u6709\u5C5E\u6027 `{{name}}`\uFF1A\u5B83\u7684\u5C5E\u6027\u6709 {{names}}\uFF08\u542B\u7A7A\u683C\u7684\u503C\u8981\u52A0\u5F15\u53F7\uFF09"
    }
  ],
  "card-required": [
    {
      en: '`::{{card}}` needs {{name}}="\u2026"{{empty:empty-note}}',
      zh: '`::{{card}}` \u9700\u8981 {{name}}="\u2026"{{empty}}'
    }
  ],
  "card-url": [{ en: "{{name:word}}: {{problem:url-problem}}", zh: "\u5C5E\u6027 {{name}}\uFF1A{{problem}}" }],
  "card-appid": [
    {
      en: 'appid "{{appid}}" is not a mini program AppID: it is wx followed by 16 lower-case hex digits',
      zh: 'appid "{{appid}}" \u4E0D\u662F\u5C0F\u7A0B\u5E8F\u7684 AppID\uFF1AAppID \u662F wx \u52A0 16 \u4F4D\u5C0F\u5199\u5341\u516D\u8FDB\u5236\u6570\u5B57'
    }
  ],
  "card-label": [
    {
      en: '`::{{card}}` takes no [label]: put the text in an attribute, such as title="\u2026"',
      zh: '`::{{card}}` \u4E0D\u63A5\u53D7 [\u6807\u7B7E]\uFF1A\u8BF7\u628A\u6587\u5B57\u5199\u8FDB\u5C5E\u6027\uFF0C\u4F8B\u5982 title="\u2026"'
    }
  ],
  "card-nested": [
    {
      en: "a card must stand on its own line at the top level, not inside a list or a quote: move `::{{card}}` out",
      zh: "\u5361\u7247\u5FC5\u987B\u5728\u9876\u5C42\u5355\u72EC\u5360\u4E00\u884C\uFF0C\u4E0D\u80FD\u653E\u5728\u5217\u8868\u6216\u5F15\u7528\u91CC\uFF1A\u8BF7\u628A `::{{card}}` \u79FB\u51FA\u6765"
    }
  ],
  "card-syntax": [
    {
      en: 'this line starts like a card but cannot be read as one: write `::{{card}}{name="value" \u2026}` alone on one line, with straight double quotes around values that contain spaces',
      zh: '\u8FD9\u4E00\u884C\u50CF\u662F\u5361\u7247\uFF0C\u4F46\u65E0\u6CD5\u8BFB\u53D6\uFF1A\u8BF7\u628A `::{{card}}{name="value" \u2026}` \u5355\u72EC\u5199\u5728\u4E00\u884C\uFF0C\u542B\u7A7A\u683C\u7684\u503C\u7528\u82F1\u6587\u76F4\u53CC\u5F15\u53F7\u62EC\u8D77\u6765'
    },
    CURLY_QUOTES
  ],
  "news-type": [
    {
      en: 'type must be h5 (a web page) or mp (an official-account article); got "{{type}}"',
      zh: 'type \u53EA\u80FD\u662F h5\uFF08\u7F51\u9875\uFF09\u6216 mp\uFF08\u516C\u4F17\u53F7\u6587\u7AE0\uFF09\uFF1B\u73B0\u5728\u662F "{{type}}"'
    }
  ],
  "news-too-many": [
    {
      en: "one news message holds at most {{max:n}} articles: put a `---` line before this one to start another message",
      zh: "\u4E00\u6761\u56FE\u6587\u6D88\u606F\u6700\u591A {{max}} \u7BC7\u6587\u7AE0\uFF1A\u8BF7\u5728\u8FD9\u4E00\u7BC7\u524D\u52A0\u4E00\u884C `---`\uFF0C\u5F00\u59CB\u53E6\u4E00\u6761\u6D88\u606F"
    }
  ],
  "container-directive": [
    {
      en: "`:::{{name}}` blocks are not supported: write plain Markdown, and cards as one `::name{\u2026}` line",
      zh: "\u4E0D\u652F\u6301 `:::{{name}}` \u5757\uFF1A\u8BF7\u5199\u666E\u901A Markdown\uFF0C\u5361\u7247\u5199\u6210\u4E00\u884C `::name{\u2026}`"
    }
  ],
  "text-markup": [
    {
      en: '`{{text}}` would reach the chat as an HTML tag, not as text (the platform reads answers as markup, and faqops cannot send a literal tag safely): reword it, for example with a space after "<" or the full-width "\uFF1C"; write links as [text](https://\u2026)',
      zh: '`{{text}}` \u4F1A\u88AB\u5F53\u4F5C HTML \u6807\u7B7E\u800C\u4E0D\u662F\u6587\u5B57\u53D1\u5230\u804A\u5929\u91CC\uFF08\u5E73\u53F0\u628A\u7B54\u6848\u5F53\u4F5C\u6807\u8BB0\u89E3\u6790\uFF0Cfaqops \u65E0\u6CD5\u5B89\u5168\u5730\u539F\u6837\u53D1\u9001\u6807\u7B7E\uFF09\uFF1A\u8BF7\u6539\u5199\uFF0C\u4F8B\u5982\u5728 "<" \u540E\u52A0\u7A7A\u683C\uFF0C\u6216\u7528\u5168\u89D2 "\uFF1C"\uFF1B\u94FE\u63A5\u8BF7\u5199\u6210 [\u6587\u5B57](https://\u2026)'
    },
    {
      en: '`{{text}}` would reach the chat as an HTML character reference, not as text (the platform may show the character it names instead): reword it, for example with a space after "&"',
      zh: '`{{text}}` \u4F1A\u88AB\u5F53\u4F5C HTML \u5B57\u7B26\u5F15\u7528\u800C\u4E0D\u662F\u6587\u5B57\u53D1\u5230\u804A\u5929\u91CC\uFF08\u5E73\u53F0\u53EF\u80FD\u663E\u793A\u5B83\u6240\u4EE3\u8868\u7684\u5B57\u7B26\uFF09\uFF1A\u8BF7\u6539\u5199\uFF0C\u4F8B\u5982\u5728 "&" \u540E\u52A0\u7A7A\u683C'
    }
  ],
  "answer-size": [
    {
      en: "{{which:answer-part}} is {{bytes:n}} bytes; a WeChat text message holds {{max:n}} (about {{chars:n}} Chinese characters), so users may get it cut off or not at all: shorten it, or split it with a `---` line",
      zh: "{{which}}\u6709 {{bytes}} \u5B57\u8282\uFF0C\u800C\u4E00\u6761\u5FAE\u4FE1\u6587\u672C\u6D88\u606F\u6700\u591A {{max}} \u5B57\u8282\uFF08\u7EA6 {{chars}} \u4E2A\u6C49\u5B57\uFF09\uFF0C\u7528\u6237\u53EF\u80FD\u6536\u5230\u88AB\u622A\u65AD\u7684\u6D88\u606F\u6216\u6536\u4E0D\u5230\uFF1A\u8BF7\u7F29\u77ED\uFF0C\u6216\u7528\u4E00\u884C `---` \u62C6\u5F00"
    },
    {
      en: "the answer's content is {{bytes:n}} bytes, more than {{max:n}}: far more than a chat answer needs, and more than the platform may take; shorten it, or link to a page",
      zh: "\u7B54\u6848\u5185\u5BB9\u6709 {{bytes}} \u5B57\u8282\uFF0C\u8D85\u8FC7 {{max}}\uFF1A\u8FDC\u8D85\u804A\u5929\u7B54\u6848\u6240\u9700\uFF0C\u5E73\u53F0\u4E5F\u53EF\u80FD\u4E0D\u63A5\u53D7\uFF1B\u8BF7\u7F29\u77ED\uFF0C\u6216\u94FE\u63A5\u5230\u4E00\u4E2A\u7F51\u9875"
    }
  ],
  // Bounds on the work of reading a file
  "front-matter-too-large": [
    {
      en: "the front matter is {{length:n}} characters long, more than faqops reads ({{max:n}}; this is where it passes that): keep the title and the similar questions users really ask, and move text into the answer",
      zh: "front matter \u6709 {{length}} \u4E2A\u5B57\u7B26\uFF0C\u8D85\u8FC7 faqops \u8BFB\u53D6\u7684\u4E0A\u9650\uFF08{{max}}\uFF1B\u8FD9\u91CC\u662F\u8D85\u51FA\u7684\u4F4D\u7F6E\uFF09\uFF1A\u53EA\u4FDD\u7559\u6807\u9898\u548C\u7528\u6237\u771F\u6B63\u4F1A\u95EE\u7684\u76F8\u4F3C\u95EE\u6CD5\uFF0C\u5176\u4F59\u6587\u5B57\u79FB\u5230\u7B54\u6848\u91CC"
    }
  ],
  "front-matter-too-deep": [
    {
      en: "the front matter is nested more than {{max:n}} levels deep here: it needs `key: value` lines and one list (`questions:` with `- \u95EE\u9898` items); quote text that starts with `[` or `{`, or holds `: `",
      zh: "front matter \u5728\u8FD9\u91CC\u5D4C\u5957\u8D85\u8FC7\u4E86 {{max}} \u5C42\uFF1A\u5B83\u53EA\u9700\u8981 `\u952E: \u503C` \u884C\u548C\u4E00\u4E2A\u5217\u8868\uFF08`questions:` \u4E0B\u7684 `- \u95EE\u9898`\uFF09\uFF1B\u4EE5 `[` \u6216 `{` \u5F00\u5934\u3001\u6216\u542B\u6709 `: ` \u7684\u6587\u672C\u8BF7\u52A0\u5F15\u53F7"
    },
    {
      en: "the front matter is nested too deeply to read",
      zh: "front matter \u5D4C\u5957\u592A\u6DF1\uFF0C\u65E0\u6CD5\u8BFB\u53D6"
    }
  ],
  "answer-too-large": [
    {
      en: "the answer is {{length:n}} characters long, more than faqops reads ({{max:n}}; this is where it passes that): split it into several entries, or link to a page for the details",
      zh: "\u7B54\u6848\u6709 {{length}} \u4E2A\u5B57\u7B26\uFF0C\u8D85\u8FC7 faqops \u8BFB\u53D6\u7684\u4E0A\u9650\uFF08{{max}}\uFF1B\u8FD9\u91CC\u662F\u8D85\u51FA\u7684\u4F4D\u7F6E\uFF09\uFF1A\u8BF7\u62C6\u6210\u51E0\u4E2A\u6761\u76EE\uFF0C\u6216\u628A\u7EC6\u8282\u653E\u5230\u7F51\u9875\u4E0A\u5E76\u94FE\u63A5\u8FC7\u53BB"
    },
    {
      en: "the answer has {{lines:n}} lines, more than faqops reads ({{max:n}}; this is the first line past that): split it into several entries, or link to a page for the details",
      zh: "\u7B54\u6848\u6709 {{lines}} \u884C\uFF0C\u8D85\u8FC7 faqops \u8BFB\u53D6\u7684\u4E0A\u9650\uFF08{{max}}\uFF1B\u8FD9\u91CC\u662F\u8D85\u51FA\u7684\u7B2C\u4E00\u884C\uFF09\uFF1A\u8BF7\u62C6\u6210\u51E0\u4E2A\u6761\u76EE\uFF0C\u6216\u628A\u7EC6\u8282\u653E\u5230\u7F51\u9875\u4E0A\u5E76\u94FE\u63A5\u8FC7\u53BB"
    },
    {
      en: "the answer has {{count:n}} `[` (links, `:ask` questions, other brackets), more than faqops reads ({{max:n}}; this is where it passes that), as so many make it slow to check: split it into several entries",
      zh: "\u7B54\u6848\u91CC\u6709 {{count}} \u4E2A `[`\uFF08\u94FE\u63A5\u3001`:ask` \u95EE\u9898\u548C\u5176\u4ED6\u65B9\u62EC\u53F7\uFF09\uFF0C\u8D85\u8FC7 faqops \u8BFB\u53D6\u7684\u4E0A\u9650\uFF08{{max}}\uFF1B\u8FD9\u91CC\u662F\u8D85\u51FA\u7684\u4F4D\u7F6E\uFF09\uFF0C\u592A\u591A\u4F1A\u8BA9\u68C0\u67E5\u53D8\u6162\uFF1A\u8BF7\u62C6\u6210\u51E0\u4E2A\u6761\u76EE"
    },
    {
      en: "the answer has {{count:n}} `*` and `_` marks, more than faqops reads ({{max:n}}; this is where it passes that), as so many make it slow to check: remove the ones that are not emphasis, or write them as `\\*` and `\\_`",
      zh: "\u7B54\u6848\u91CC\u6709 {{count}} \u4E2A `*` \u548C `_`\uFF0C\u8D85\u8FC7 faqops \u8BFB\u53D6\u7684\u4E0A\u9650\uFF08{{max}}\uFF1B\u8FD9\u91CC\u662F\u8D85\u51FA\u7684\u4F4D\u7F6E\uFF09\uFF0C\u592A\u591A\u4F1A\u8BA9\u68C0\u67E5\u53D8\u6162\uFF1A\u8BF7\u5220\u9664\u4E0D\u662F\u5F3A\u8C03\u7528\u7684\u90A3\u4E9B\uFF0C\u6216\u5199\u6210 `\\*` \u548C `\\_`"
    }
  ],
  "answer-too-deep": [
    {
      en: "lists, quotes and `:::` blocks are nested more than {{max:n}} levels deep here: a chat shows two or three levels at most, so flatten them",
      zh: "\u5217\u8868\u3001\u5F15\u7528\u548C `:::` \u5757\u5728\u8FD9\u91CC\u5D4C\u5957\u8D85\u8FC7\u4E86 {{max}} \u5C42\uFF1A\u804A\u5929\u91CC\u6700\u591A\u663E\u793A\u4E24\u4E09\u5C42\uFF0C\u8BF7\u51CF\u5C11\u5D4C\u5957"
    }
  ],
  // Across entries
  "entry-duplicate": [
    {
      en: "{{paths:paths}} {{_:has-have}} the same skill and title; change one of the titles (or merge the entries)",
      zh: "{{paths}} \u7684\u6280\u80FD\u548C\u6807\u9898\u4E0E\u6B64\u76F8\u540C\uFF1A\u8BF7\u4FEE\u6539\u5176\u4E2D\u4E00\u4E2A\u6807\u9898\uFF08\u6216\u5408\u5E76\u8FD9\u4E9B\u6761\u76EE\uFF09"
    }
  ],
  "question-conflict": [
    {
      en: '"{{question}}" is also asked by {{where:paths}} in the same skill, so the bot cannot tell the entries apart; reword or remove one',
      zh: '\u540C\u4E00\u6280\u80FD\u91CC\u7684 {{where}} \u4E5F\u6709 "{{question}}" \u8FD9\u4E2A\u95EE\u6CD5\uFF0C\u673A\u5668\u4EBA\u65E0\u6CD5\u533A\u5206\u8FD9\u4E9B\u6761\u76EE\uFF1A\u8BF7\u6539\u5199\u6216\u5220\u9664\u5176\u4E2D\u4E00\u4E2A'
    }
  ],
  "id-duplicate": [
    {
      en: 'id "{{id}}" is also used by {{paths:paths}}; ids must be unique',
      zh: 'id "{{id}}" \u4E5F\u88AB {{paths}} \u4F7F\u7528\u4E86\uFF1Aid \u4E0D\u80FD\u91CD\u590D'
    }
  ],
  "skill-spelling": [
    {
      en: 'skill "{{skill}}"{{folder:folder-note}} is written "{{usual}}" in {{count:n}} other {{_:entry-entries}}; the platform would make two skills: write it the same way',
      zh: '\u6280\u80FD "{{skill}}"{{folder}} \u5728\u53E6\u5916 {{count}} \u4E2A\u6761\u76EE\u91CC\u5199\u4F5C "{{usual}}"\uFF0C\u5E73\u53F0\u4F1A\u628A\u5B83\u4EEC\u5F53\u6210\u4E24\u4E2A\u6280\u80FD\uFF1A\u8BF7\u5199\u6210\u4E00\u6837\u7684'
    }
  ],
  "ask-target": [
    {
      en: 'no synced entry (drafts are not synced) has the title or question "{{question}}", so tapping this `:ask` gets no answer: add it as a question to the entry it means, or set q="\u2026" to one',
      zh: '\u6CA1\u6709\u54EA\u4E2A\u4F1A\u540C\u6B65\u7684\u6761\u76EE\uFF08\u8349\u7A3F\u4E0D\u540C\u6B65\uFF09\u4EE5 "{{question}}" \u4E3A\u6807\u9898\u6216\u76F8\u4F3C\u95EE\u6CD5\uFF0C\u70B9\u51FB\u8FD9\u4E2A `:ask` \u5F97\u4E0D\u5230\u56DE\u7B54\uFF1A\u8BF7\u628A\u5B83\u52A0\u4E3A\u5BF9\u5E94\u6761\u76EE\u7684\u76F8\u4F3C\u95EE\u6CD5\uFF0C\u6216\u628A q="\u2026" \u8BBE\u4E3A\u5DF2\u6709\u7684\u95EE\u6CD5'
    }
  ]
};

// src/i18n/errors.ts
var inflection2 = (...words) => words.map((en) => ({ en, zh: "" }));
var lockEntryProblem = [
  { en: " is not an object", zh: " \u4E0D\u662F\u5BF9\u8C61" },
  { en: ".id is not text", zh: ".id \u4E0D\u662F\u6587\u672C" },
  {
    en: '.status must be "synced", "removed" or "disabled"',
    zh: '.status \u5FC5\u987B\u662F "synced"\u3001"removed" \u6216 "disabled"'
  },
  { en: ".unpublished must be true when present", zh: ".unpublished \u51FA\u73B0\u65F6\u5FC5\u987B\u662F true" },
  { en: '.api must be "v2" when present', zh: '.api \u51FA\u73B0\u65F6\u5FC5\u987B\u662F "v2"' },
  { en: ".{{key:word}} is missing", zh: ".{{key}} \u7F3A\u5931" },
  { en: ".{{key:word}} is not a number", zh: ".{{key}} \u4E0D\u662F\u6570\u5B57" }
];
var taskProblem = [
  { en: " is not an object", zh: " \u4E0D\u662F\u5BF9\u8C61" },
  { en: ".id is missing", zh: ".id \u7F3A\u5931" },
  { en: ".submitted is missing", zh: ".submitted \u7F3A\u5931" },
  { en: ".mode must be 0 or 1", zh: ".mode \u5FC5\u987B\u662F 0 \u6216 1" },
  { en: ".items is not a list", zh: ".items \u4E0D\u662F\u5217\u8868" },
  { en: ".items[{{index:n}}] is not an object", zh: ".items[{{index}}] \u4E0D\u662F\u5BF9\u8C61" },
  {
    en: ".items[{{index:n}}].renamedFrom is not text",
    zh: ".items[{{index}}].renamedFrom \u4E0D\u662F\u6587\u672C"
  },
  {
    en: ".items[{{index:n}}].entry{{problem:lock-entry-problem}}",
    zh: ".items[{{index}}].entry{{problem}}"
  }
];
var lockfileProblem = [
  {
    en: "it is not JSON ({{detail}}); it may be truncated or hand-edited",
    zh: "\u5B83\u4E0D\u662F JSON\uFF08{{detail}}\uFF09\uFF1B\u53EF\u80FD\u88AB\u622A\u65AD\u6216\u88AB\u624B\u5DE5\u6539\u574F\u4E86"
  },
  { en: "it is not a JSON object", zh: "\u5B83\u4E0D\u662F JSON \u5BF9\u8C61" },
  { en: 'it has no "version"', zh: '\u5B83\u6CA1\u6709 "version"' },
  { en: "unknown version {{version}}", zh: "\u672A\u77E5\u7684\u7248\u672C {{version}}" },
  { en: '"entries" is not a list', zh: '"entries" \u4E0D\u662F\u5217\u8868' },
  { en: "{{where:lock-where}} is not an object", zh: "{{where}} \u4E0D\u662F\u5BF9\u8C61" },
  {
    en: '{{where:lock-where}} repeats the entry "{{skill}} / {{title}}"',
    zh: '{{where}} \u91CD\u590D\u4E86\u6761\u76EE "{{skill}} / {{title}}"'
  },
  { en: "{{where:lock-where}}{{problem:lock-entry-problem}}", zh: "{{where}}{{problem}}" },
  { en: '"pruned" is malformed', zh: '"pruned" \u683C\u5F0F\u4E0D\u5BF9' },
  { en: '"tasks" is not a list', zh: '"tasks" \u4E0D\u662F\u5217\u8868' },
  { en: "tasks[{{index:n}}]{{problem:task-problem}}", zh: "tasks[{{index}}]{{problem}}" }
];
var planFileProblem = [
  { en: "it is not JSON", zh: "\u5B83\u4E0D\u662F JSON" },
  { en: 'no "format": "{{format}}"', zh: '\u6CA1\u6709 "format": "{{format}}"' },
  { en: '"options" is malformed', zh: '"options" \u683C\u5F0F\u4E0D\u5BF9' },
  { en: '"inputs" is malformed', zh: '"inputs" \u683C\u5F0F\u4E0D\u5BF9' },
  { en: '"plan" is missing', zh: '"plan" \u7F3A\u5931' }
];
var contentChange = [
  { en: "{{path}} was added", zh: "{{path}} \u662F\u65B0\u52A0\u7684" },
  { en: "{{path}} was removed", zh: "{{path}} \u88AB\u5220\u9664\u4E86" },
  { en: "{{path}} changed", zh: "{{path}} \u6539\u52A8\u4E86" }
];
var stateFile = [
  { en: "the lockfile's journal {{file}}", zh: "\u9501\u6587\u4EF6\u7684\u65E5\u5FD7 {{file}}" },
  { en: "the lockfile {{file}}", zh: "\u9501\u6587\u4EF6 {{file}}" }
];
var missingState = [
  { en: "a missing lockfile that resends everything", zh: "\u201C\u6CA1\u6709\u9501\u6587\u4EF6\u3001\u5168\u90E8\u91CD\u65B0\u53D1\u9001\u201D" },
  { en: "a missing journal", zh: "\u201C\u6CA1\u6709\u65E5\u5FD7\u201D" }
];
var codeMeaning = [
  { en: "the TOKEN is not valid", zh: "TOKEN \u65E0\u6548" },
  { en: "the bot failed the platform's review", zh: "\u673A\u5668\u4EBA\u6CA1\u6709\u901A\u8FC7\u5E73\u53F0\u5BA1\u6838" },
  { en: "the signature is missing the userid field", zh: "\u7B7E\u540D\u7F3A\u5C11 userid \u5B57\u6BB5" },
  { en: "a signature field is empty", zh: "\u7B7E\u540D\u7684\u67D0\u4E2A\u5B57\u6BB5\u4E3A\u7A7A" },
  { en: "the signature expired or is invalid", zh: "\u7B7E\u540D\u5DF2\u8FC7\u671F\u6216\u65E0\u6548" },
  { en: "the signature check failed: userid is missing", zh: "\u7B7E\u540D\u6821\u9A8C\u5931\u8D25\uFF1A\u7F3A\u5C11 userid" },
  { en: "a required field is empty (bad request)", zh: "\u5FC5\u586B\u5B57\u6BB5\u4E3A\u7A7A\uFF08\u8BF7\u6C42\u6709\u8BEF\uFF09" },
  { en: "the app id check failed", zh: "APPID \u6821\u9A8C\u5931\u8D25" },
  { en: "the platform could not decrypt the request", zh: "\u5E73\u53F0\u65E0\u6CD5\u89E3\u5BC6\u8BF7\u6C42" },
  { en: "the managerid is not valid", zh: "managerid \u65E0\u6548" },
  { en: "the platform could not decrypt or read the request", zh: "\u5E73\u53F0\u65E0\u6CD5\u89E3\u5BC6\u6216\u8BFB\u53D6\u8BF7\u6C42" },
  {
    en: "an error code faqops does not know ({{code:n}})",
    zh: "faqops \u4E0D\u8BA4\u8BC6\u7684\u9519\u8BEF\u7801\uFF08{{code}}\uFF09"
  },
  {
    en: "the platform refused the request (a stale timestamp, a wrong signature or account)",
    zh: "\u5E73\u53F0\u62D2\u7EDD\u4E86\u8BF7\u6C42\uFF08\u65F6\u95F4\u6233\u8FC7\u671F\u3001\u7B7E\u540D\u6216\u8D26\u53F7\u4E0D\u5BF9\uFF09"
  },
  { en: "a request parameter is wrong (bad request)", zh: "\u8BF7\u6C42\u53C2\u6570\u6709\u8BEF\uFF08\u8BF7\u6C42\u6709\u8BEF\uFF09" },
  {
    en: "the platform could not read the request (bad request)",
    zh: "\u5E73\u53F0\u65E0\u6CD5\u8BFB\u53D6\u8BF7\u6C42\uFF08\u8BF7\u6C42\u6709\u8BEF\uFF09"
  },
  {
    en: "the content failed the platform's safety check (\u9EC4\u53CD)",
    zh: "\u5185\u5BB9\u6CA1\u6709\u901A\u8FC7\u5E73\u53F0\u7684\u5B89\u5168\u5BA1\u6838\uFF08\u9EC4\u53CD\uFF09"
  },
  { en: "the platform could not parse the request's JSON", zh: "\u5E73\u53F0\u65E0\u6CD5\u89E3\u6790\u8BF7\u6C42\u7684 JSON" },
  { en: "the platform could not parse the request's data", zh: "\u5E73\u53F0\u65E0\u6CD5\u89E3\u6790\u8BF7\u6C42\u7684\u6570\u636E" },
  {
    en: "no permission: the platform refused the access token",
    zh: "\u6CA1\u6709\u6743\u9650\uFF1A\u5E73\u53F0\u62D2\u7EDD\u4E86 access token"
  },
  { en: "calls too frequent", zh: "\u8C03\u7528\u8FC7\u4E8E\u9891\u7E41" },
  {
    en: "the platform failed for now ({{what:server-fault}})",
    zh: "\u5E73\u53F0\u6682\u65F6\u51FA\u9519\uFF08{{what}}\uFF09"
  }
];
var OPEN_API_PAGE_ZH = "\u673A\u5668\u4EBA\u540E\u53F0\u7684\u300C\u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API\u300D\u9875\u9762";
var OPEN_API_PAGE = [
  { en: "the bot console's \u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API page", zh: OPEN_API_PAGE_ZH }
];
var CREDENTIALS_CHECK = [
  {
    en: "check FAQOPS_APPID and FAQOPS_ENCODING_AES_KEY against the bot's console",
    zh: "\u8BF7\u5BF9\u7167\u673A\u5668\u4EBA\u540E\u53F0\u68C0\u67E5 FAQOPS_APPID \u548C FAQOPS_ENCODING_AES_KEY"
  }
];
var codeTodo = [
  {
    en: "{{check:credentials-check}}; if they are right, run `faqops check` (the content may hold characters XML cannot carry) and report it",
    zh: "{{check}}\uFF1B\u5982\u679C\u90FD\u6CA1\u9519\uFF0C\u8BF7\u8FD0\u884C `faqops check`\uFF08\u5185\u5BB9\u91CC\u53EF\u80FD\u6709 XML \u65E0\u6CD5\u627F\u8F7D\u7684\u5B57\u7B26\uFF09\uFF0C\u5E76\u62A5\u544A\u8FD9\u4E2A\u95EE\u9898"
  },
  ...CREDENTIALS_CHECK,
  {
    en: "report this as a faqops bug: content calls carry no signature",
    zh: "\u8FD9\u662F faqops \u7684\u7F3A\u9677\uFF0C\u8BF7\u62A5\u544A\uFF1A\u5185\u5BB9\u63A5\u53E3\u7684\u8C03\u7528\u4E0D\u5E26\u7B7E\u540D"
  },
  {
    en: "check that the entry has a skill, a title and an answer",
    zh: "\u8BF7\u68C0\u67E5\u6761\u76EE\u662F\u5426\u6709\u6280\u80FD\u3001\u6807\u9898\u548C\u7B54\u6848"
  },
  {
    en: "check FAQOPS_TOKEN against the bot's console (it may have been reset)",
    zh: "\u8BF7\u5BF9\u7167\u673A\u5668\u4EBA\u540E\u53F0\u68C0\u67E5 FAQOPS_TOKEN\uFF08\u5B83\u53EF\u80FD\u5DF2\u88AB\u91CD\u7F6E\uFF09"
  },
  {
    en: "resolve the review in the bot's console, then sync again",
    zh: "\u8BF7\u5728\u673A\u5668\u4EBA\u540E\u53F0\u5904\u7406\u5BA1\u6838\u95EE\u9898\uFF0C\u7136\u540E\u91CD\u65B0\u540C\u6B65"
  },
  {
    en: "check FAQOPS_MANAGER_ID: the id of the bot's creator or an administrator",
    zh: "\u8BF7\u68C0\u67E5 FAQOPS_MANAGER_ID\uFF1A\u5E94\u4E3A\u673A\u5668\u4EBA\u521B\u5EFA\u8005\u6216\u7BA1\u7406\u5458\u7684 id"
  },
  {
    en: "see the platform's documentation for this code; the entry was not written",
    zh: "\u8BF7\u67E5\u9605\u5E73\u53F0\u6587\u6863\u4E2D\u8FD9\u4E2A\u9519\u8BEF\u7801\u7684\u8BF4\u660E\uFF1B\u8BE5\u6761\u76EE\u6CA1\u6709\u5199\u5165"
  },
  {
    en: "run `faqops check`; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
    zh: "\u8BF7\u8FD0\u884C `faqops check`\uFF1B\u5982\u679C\u5185\u5BB9\u68C0\u67E5\u901A\u8FC7\uFF0C\u8BF7\u628A\u5B83\u4F5C\u4E3A faqops \u7684\u7F3A\u9677\u62A5\u544A\uFF08\u8BF7\u6C42\u4F53\u4E0D\u7B26\u5408\u5E73\u53F0\u8981\u6C42\uFF09\u3002"
  },
  {
    en: "nothing to change: faqops retries it; if it persists, try again later.",
    zh: "\u65E0\u9700\u6539\u52A8\uFF1Afaqops \u4F1A\u91CD\u8BD5\uFF1B\u5982\u679C\u4E00\u76F4\u8FD9\u6837\uFF0C\u8BF7\u7A0D\u540E\u518D\u8BD5\u3002"
  },
  {
    en: "change the wording of the entries in this request; the platform does not say which one it refused.",
    zh: "\u8BF7\u4FEE\u6539\u8FD9\u6B21\u8BF7\u6C42\u4E2D\u5404\u6761\u76EE\u7684\u63AA\u8F9E\uFF1B\u5E73\u53F0\u4E0D\u4F1A\u8BF4\u660E\u62D2\u7EDD\u7684\u662F\u54EA\u4E00\u6761\u3002"
  },
  {
    en: "nothing to change: faqops backs off and retries; if it persists, lower --rate.",
    zh: "\u65E0\u9700\u6539\u52A8\uFF1Afaqops \u4F1A\u653E\u6162\u5E76\u91CD\u8BD5\uFF1B\u5982\u679C\u4E00\u76F4\u8FD9\u6837\uFF0C\u8BF7\u8C03\u4F4E --rate\u3002"
  },
  {
    en: "see the platform's v2 error code page; this call's request was not applied.",
    zh: "\u8BF7\u67E5\u9605\u5E73\u53F0 v2 \u9519\u8BEF\u7801\u9875\u9762\uFF1B\u8FD9\u6B21\u8C03\u7528\u7684\u8BF7\u6C42\u6CA1\u6709\u751F\u6548\u3002"
  },
  {
    en: "enable the open API for this bot on {{page:open-api-page}} (a bot without it refuses every v2 call), and check that FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (an administrator's user id) are the ones shown there.",
    zh: `\u8BF7\u5728{{page}}\u4E3A\u8FD9\u4E2A\u673A\u5668\u4EBA\u5F00\u542F\u5F00\u653E API\uFF08\u6CA1\u6709\u5F00\u542F\u7684\u673A\u5668\u4EBA\u4F1A\u62D2\u7EDD\u6240\u6709 v2 \u8C03\u7528\uFF09\uFF0C\u5E76\u786E\u8BA4 FAQOPS_APPID\u3001FAQOPS_TOKEN \u548C FAQOPS_MANAGER_ID\uFF08\u7BA1\u7406\u5458\u7684\u7528\u6237 id\uFF09\u4E0E\u8BE5\u9875\u9762\u663E\u793A\u7684\u4E00\u81F4\u3002`
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then FAQOPS_TOKEN (the Token on {{page:open-api-page}}); a Token with stray characters signs wrongly.",
    zh: `\u8BF7\u5148\u68C0\u67E5\u672C\u673A\u65F6\u949F\uFF08\u6BCF\u4E2A\u7B7E\u540D\u90FD\u5E26\u6709\u65F6\u95F4\uFF1A\u8BF7\u6821\u51C6\uFF0C\u4F8B\u5982\u7528 NTP\uFF09\uFF0C\u518D\u68C0\u67E5 FAQOPS_TOKEN\uFF08{{page}}\u4E0A\u7684 Token\uFF09\uFF1BToken \u91CC\u591A\u4E86\u5B57\u7B26\u4F1A\u5BFC\u81F4\u7B7E\u540D\u9519\u8BEF\u3002`
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), FAQOPS_TOKEN and FAQOPS_APPID against {{page:open-api-page}}, and FAQOPS_MANAGER_ID (the account: an administrator's user id, under \u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650).",
    zh: `\u8BF7\u68C0\u67E5\u672C\u673A\u65F6\u949F\uFF08\u6BCF\u4E2A\u7B7E\u540D\u90FD\u5E26\u6709\u65F6\u95F4\uFF1A\u8BF7\u6821\u51C6\uFF0C\u4F8B\u5982\u7528 NTP\uFF09\uFF0C\u5BF9\u7167{{page}}\u68C0\u67E5 FAQOPS_TOKEN \u548C FAQOPS_APPID\uFF0C\u5E76\u68C0\u67E5 FAQOPS_MANAGER_ID\uFF08\u5373\u8D26\u53F7\uFF1A\u7BA1\u7406\u5458\u7684\u7528\u6237 id\uFF0C\u5728\u300C\u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650\u300D\u4E2D\uFF09\u3002`
  }
];
registerKinds({
  "lock-where": [{ en: "entries[{{index:n}}]", zh: "entries[{{index}}]" }],
  "open-api-page": OPEN_API_PAGE,
  "credentials-check": CREDENTIALS_CHECK,
  "error-count": [
    { en: "{{count:n}} error", zh: "{{count}} \u4E2A\u9519\u8BEF" },
    { en: "{{count:n}} errors", zh: "{{count}} \u4E2A\u9519\u8BEF" }
  ],
  "lock-entry-problem": lockEntryProblem,
  "task-problem": taskProblem,
  "lockfile-problem": lockfileProblem,
  "plan-file-problem": planFileProblem,
  "content-change": contentChange,
  "state-file": stateFile,
  "missing-state": missingState,
  "code-meaning": codeMeaning,
  "server-fault": [
    { en: "a database error", zh: "\u6570\u636E\u5E93\u9519\u8BEF" },
    { en: "a key-value store error", zh: "\u952E\u503C\u5B58\u50A8\u9519\u8BEF" },
    { en: "an internal error", zh: "\u5185\u90E8\u9519\u8BEF" }
  ],
  "platform-said": [
    { en: ' ("{{text}}")', zh: '\uFF08"{{text}}"\uFF09' },
    { en: " ({{text}})", zh: "\uFF08{{text}}\uFF09" },
    { en: "", zh: "" }
  ],
  "platform-action": { pattern: "(?:/v2/[A-Za-z0-9_/]+|[a-z_]+(?:/[a-z_]+)?)" },
  "credential-credentials": inflection2("credential", "credentials"),
  "it-them": inflection2("it", "them"),
  "token-problem": [
    { en: "is empty", zh: "\u662F\u7A7A\u7684" },
    { en: "has other characters", zh: "\u542B\u6709\u5176\u4ED6\u5B57\u7B26" }
  ],
  "endpoint-from": [
    { en: " (from {{source}})", zh: "\uFF08\u6765\u81EA {{source}}\uFF09" },
    { en: "", zh: "" }
  ],
  "query-fragment": [
    { en: "a query", zh: "\u67E5\u8BE2\u53C2\u6570\uFF08?\u2026\uFF09" },
    { en: "a fragment", zh: "\u7247\u6BB5\uFF08#\u2026\uFF09" }
  ],
  "content-changed-what": [
    { en: ": {{content}}/{{what:content-change}}", zh: "\uFF1A{{content}}/{{what}}" },
    { en: "", zh: "" }
  ],
  "lockfile-changed-what": [
    { en: "; the plan for {{what}} is no longer the same", zh: "\uFF0C{{what}} \u7684\u8BA1\u5212\u5DF2\u4E0D\u4E00\u6837" },
    { en: "", zh: "" }
  ],
  "plan-differs-what": [
    { en: ", first at {{what}}", zh: "\uFF0C\u7B2C\u4E00\u5904\u5728 {{what}}" },
    { en: "", zh: "" }
  ]
});
var CHECK_ENDPOINT = [
  { en: "check --endpoint / FAQOPS_ENDPOINT", zh: "\u8BF7\u68C0\u67E5 --endpoint / FAQOPS_ENDPOINT" }
];
var retryReason = [
  { en: "HTTP 400 (signature refused): signing afresh", zh: "HTTP 400\uFF08\u7B7E\u540D\u88AB\u62D2\u7EDD\uFF09\uFF1A\u91CD\u65B0\u7B7E\u540D" },
  { en: "HTTP {{status:n}}", zh: "HTTP {{status}}" },
  { en: "code {{code:n}} ({{meaning:code-meaning}})", zh: "\u9519\u8BEF\u7801 {{code}}\uFF08{{meaning}}\uFF09" },
  { en: "no answer within {{ms:n}} ms", zh: "{{ms}} \u6BEB\u79D2\u5185\u6CA1\u6709\u5E94\u7B54" },
  { en: "the connection broke ({{label:error-label}})", zh: "\u8FDE\u63A5\u65AD\u5F00\uFF08{{label}}\uFF09" },
  { en: "the DNS lookup failed for now ({{code}})", zh: "DNS \u67E5\u8BE2\u6682\u65F6\u5931\u8D25\uFF08{{code}}\uFF09" }
];
var giveUpWhy = [
  {
    en: "gave up after {{attempts:n}} attempts in {{seconds:n}} s",
    zh: "{{seconds}} \u79D2\u5185\u5C1D\u8BD5\u4E86 {{attempts}} \u6B21\uFF0C\u653E\u5F03"
  },
  {
    en: "gave up after {{attempts:n}} {{_:attempt-attempts}}",
    zh: "\u5C1D\u8BD5\u4E86 {{attempts}} \u6B21\uFF0C\u653E\u5F03"
  },
  {
    en: "the platform asked to wait {{wait:n}} s (Retry-After), longer than the {{left:n}} s left of the retry budget",
    zh: "\u5E73\u53F0\u8981\u6C42\u7B49\u5F85 {{wait}} \u79D2\uFF08Retry-After\uFF09\uFF0C\u8D85\u8FC7\u4E86\u91CD\u8BD5\u65F6\u95F4\u9884\u7B97\u5269\u4E0B\u7684 {{left}} \u79D2"
  }
];
var answerProblem = [
  {
    en: "has no publish status the platform documents (1, 2, 3)",
    zh: "\u6CA1\u6709\u5E73\u53F0\u6587\u6863\u5217\u51FA\u7684\u53D1\u5E03\u72B6\u6001\uFF081\u30012\u30013\uFF09"
  },
  { en: "has no progress from 0 to 100", zh: "\u6CA1\u6709 0 \u5230 100 \u4E4B\u95F4\u7684\u8FDB\u5EA6" },
  { en: "has no task status", zh: "\u6CA1\u6709\u4EFB\u52A1\u72B6\u6001" },
  {
    en: "has no task state the platform documents (1, 2, 3)",
    zh: "\u6CA1\u6709\u5E73\u53F0\u6587\u6863\u5217\u51FA\u7684\u4EFB\u52A1\u72B6\u6001\uFF081\u30012\u30013\uFF09"
  },
  { en: "has a {{key:word}} that is not a number", zh: "\u4E2D\u7684 {{key}} \u4E0D\u662F\u6570\u5B57" },
  {
    en: "has a success_skill_info of a shape faqops does not know",
    zh: "\u4E2D\u7684 success_skill_info \u7ED3\u6784\u662F faqops \u4E0D\u8BA4\u8BC6\u7684"
  }
];
var platformMessage = [
  { en: "the call was cancelled.", zh: "\u8C03\u7528\u5DF2\u53D6\u6D88\u3002" },
  {
    en: "the answer from {{endpoint}} is not the platform's JSON envelope.",
    zh: "{{endpoint}} \u7684\u5E94\u7B54\u4E0D\u662F\u5E73\u53F0\u7684 JSON \u4FE1\u5C01\u683C\u5F0F\u3002"
  },
  {
    en: "the answer from {{endpoint}} has no valid progress and status.",
    zh: "{{endpoint}} \u7684\u5E94\u7B54\u91CC\u6CA1\u6709\u6709\u6548\u7684\u8FDB\u5EA6\u548C\u72B6\u6001\u3002"
  },
  {
    en: "the answer from {{endpoint}} to /v2/token has no access_token.",
    zh: "{{endpoint}} \u5BF9 /v2/token \u7684\u5E94\u7B54\u91CC\u6CA1\u6709 access_token\u3002"
  },
  {
    en: "the access_token from {{endpoint}} cannot be sent in a header (it holds spaces, controls or non-ASCII characters).",
    zh: "{{endpoint}} \u7ED9\u51FA\u7684 access_token \u65E0\u6CD5\u653E\u8FDB\u8BF7\u6C42\u5934\uFF08\u5176\u4E2D\u6709\u7A7A\u683C\u3001\u63A7\u5236\u5B57\u7B26\u6216\u975E ASCII \u5B57\u7B26\uFF09\u3002"
  },
  {
    en: "the answer from {{endpoint}} to {{action}} {{what:answer-problem}}.",
    zh: "{{endpoint}} \u5BF9 {{action}} \u7684\u5E94\u7B54{{what}}\u3002"
  },
  {
    en: "{{count:n}} calls in a row to {{endpoint}} gave up, none succeeding in between (the last: {{reason:retry-reason}}; {{why:give-up-why}}).",
    zh: "\u8FDE\u7EED {{count}} \u6B21\u5BF9 {{endpoint}} \u7684\u8C03\u7528\u90FD\u653E\u5F03\u4E86\uFF0C\u5176\u95F4\u6CA1\u6709\u4E00\u6B21\u6210\u529F\uFF08\u6700\u540E\u4E00\u6B21\uFF1A{{reason}}\uFF1B{{why}}\uFF09\u3002"
  },
  { en: "{{reason:retry-reason}}; {{why:give-up-why}}.", zh: "{{reason}}\uFF1B{{why}}\u3002" },
  {
    en: "{{endpoint}} redirects (HTTP {{status:n}}){{to:redirect-to}}; faqops does not follow redirects, {{reason:redirect-reason}}.",
    zh: "{{endpoint}} \u91CD\u5B9A\u5411\u4E86\uFF08HTTP {{status}}\uFF09{{to}}\uFF1Bfaqops \u4E0D\u8DDF\u968F\u91CD\u5B9A\u5411\uFF0C{{reason}}\u3002"
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: this is not the platform's open API.",
    zh: "{{endpoint}} \u8FD4\u56DE HTTP {{status}}\uFF1A\u8FD9\u4E0D\u662F\u5E73\u53F0\u7684\u5F00\u653E API\u3002"
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: the server there cannot serve the platform's open API.",
    zh: "{{endpoint}} \u8FD4\u56DE HTTP {{status}}\uFF1A\u90A3\u91CC\u7684\u670D\u52A1\u5668\u65E0\u6CD5\u63D0\u4F9B\u5E73\u53F0\u7684\u5F00\u653E API\u3002"
  },
  {
    en: "unexpected HTTP {{status:n}} from {{endpoint}}: the platform answers every call with HTTP 200.",
    zh: "{{endpoint}} \u8FD4\u56DE\u4E86\u610F\u5916\u7684 HTTP {{status}}\uFF1A\u5E73\u53F0\u5BF9\u6BCF\u4E2A\u8C03\u7528\u90FD\u4EE5 HTTP 200 \u5E94\u7B54\u3002"
  },
  {
    en: "no answer from {{endpoint}} on {{count:n}} requests in a row (each timed out after {{ms:n}} ms).",
    zh: "\u8FDE\u7EED {{count}} \u4E2A\u8BF7\u6C42\u90FD\u6CA1\u6709\u5F97\u5230 {{endpoint}} \u7684\u5E94\u7B54\uFF08\u6BCF\u4E2A\u90FD\u5728 {{ms}} \u6BEB\u79D2\u540E\u8D85\u65F6\uFF09\u3002"
  },
  {
    en: "no answer from {{endpoint}} on {{count:n}} requests in a row (each connection was closed before an answer: {{label:error-label}}).",
    zh: "\u8FDE\u7EED {{count}} \u4E2A\u8BF7\u6C42\u90FD\u6CA1\u6709\u5F97\u5230 {{endpoint}} \u7684\u5E94\u7B54\uFF08\u6BCF\u6B21\u8FDE\u63A5\u90FD\u5728\u5E94\u7B54\u4E4B\u524D\u88AB\u5173\u95ED\uFF1A{{label}}\uFF09\u3002"
  },
  {
    en: "cannot resolve the host of {{endpoint}} on {{count:n}} requests in a row ({{code}}).",
    zh: "\u8FDE\u7EED {{count}} \u4E2A\u8BF7\u6C42\u90FD\u65E0\u6CD5\u89E3\u6790 {{endpoint}} \u7684\u4E3B\u673A\uFF08{{code}}\uFF09\u3002"
  },
  {
    en: "nothing is listening at {{endpoint}} (connection refused).",
    zh: "{{endpoint}} \u4E0A\u6CA1\u6709\u670D\u52A1\u5728\u76D1\u542C\uFF08\u8FDE\u63A5\u88AB\u62D2\u7EDD\uFF09\u3002"
  },
  {
    en: "cannot resolve the host of {{endpoint}} (ENOTFOUND).",
    zh: "\u65E0\u6CD5\u89E3\u6790 {{endpoint}} \u7684\u4E3B\u673A\uFF08ENOTFOUND\uFF09\u3002"
  },
  {
    en: "a TLS/certificate problem with {{endpoint}} ({{code}}: {{reason}}).",
    zh: "{{endpoint}} \u7684 TLS/\u8BC1\u4E66\u6709\u95EE\u9898\uFF08{{code}}\uFF1A{{reason}}\uFF09\u3002"
  },
  {
    en: "cannot reach {{endpoint}}: there is no route to it from here ({{code}}).",
    zh: "\u65E0\u6CD5\u8BBF\u95EE {{endpoint}}\uFF1A\u4ECE\u8FD9\u91CC\u6CA1\u6709\u901A\u5F80\u5B83\u7684\u8DEF\u7531\uFF08{{code}}\uFF09\u3002"
  },
  {
    en: "the server at {{endpoint}} does not answer in HTTP ({{code}}).",
    zh: "{{endpoint}} \u4E0A\u7684\u670D\u52A1\u5668\u6CA1\u6709\u7528 HTTP \u5E94\u7B54\uFF08{{code}}\uFF09\u3002"
  },
  {
    en: "the request to {{endpoint}} failed ({{label:error-label}}: {{detail}}).",
    zh: "\u53D1\u5F80 {{endpoint}} \u7684\u8BF7\u6C42\u5931\u8D25\uFF08{{label}}\uFF1A{{detail}}\uFF09\u3002"
  },
  {
    en: "HTTP 400 from {{endpoint}}{{said:platform-said}}: the platform refused the request's signature{{again:signature-again}}.",
    zh: "{{endpoint}} \u8FD4\u56DE HTTP 400{{said}}\uFF1A\u5E73\u53F0\u62D2\u7EDD\u4E86\u8BF7\u6C42\u7684\u7B7E\u540D{{again}}\u3002"
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: the platform refused the token request.",
    zh: "{{endpoint}} \u8FD4\u56DE HTTP {{status}}\uFF1A\u5E73\u53F0\u62D2\u7EDD\u4E86\u83B7\u53D6 token \u7684\u8BF7\u6C42\u3002"
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: the platform refused the access token{{again:token-again}}.",
    zh: "{{endpoint}} \u8FD4\u56DE HTTP {{status}}\uFF1A\u5E73\u53F0\u62D2\u7EDD\u4E86 access token{{again}}\u3002"
  },
  {
    en: "the platform accepted the import but gave no task_id, so nothing can confirm it (the platform has answered so before while importing nothing).",
    zh: "\u5E73\u53F0\u63A5\u53D7\u4E86\u5BFC\u5165\uFF0C\u4F46\u6CA1\u6709\u7ED9\u51FA task_id\uFF0C\u56E0\u6B64\u65E0\u6CD5\u786E\u8BA4\uFF08\u5E73\u53F0\u4EE5\u524D\u8FD9\u6837\u5E94\u7B54\u65F6\u4EC0\u4E48\u4E5F\u6CA1\u6709\u5BFC\u5165\uFF09\u3002"
  },
  {
    en: "the open API is not enabled for this bot: code {{code:n}}{{said:platform-said}}.",
    zh: "\u8FD9\u4E2A\u673A\u5668\u4EBA\u6CA1\u6709\u5F00\u542F\u5F00\u653E API\uFF1A\u9519\u8BEF\u7801 {{code}}{{said}}\u3002"
  },
  {
    en: "{{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}.",
    zh: "{{meaning}}\uFF1A\u9519\u8BEF\u7801 {{code}}{{said}}\u3002"
  },
  {
    en: "{{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}{{renewed:token-renewed}}.",
    zh: "{{meaning}}\uFF1A\u9519\u8BEF\u7801 {{code}}{{said}}{{renewed}}\u3002"
  }
];
registerKinds({
  "check-endpoint": CHECK_ENDPOINT,
  "retry-reason": retryReason,
  "give-up-why": giveUpWhy,
  "answer-problem": answerProblem,
  "platform-message": platformMessage,
  "attempt-attempts": inflection2("attempt", "attempts"),
  "error-label": [
    { en: "unknown error", zh: "\u672A\u77E5\u9519\u8BEF" },
    { en: "{{label}}", zh: "{{label}}" }
  ],
  "redirect-to": [
    { en: " to {{origin}}", zh: "\u5230 {{origin}}" },
    { en: "", zh: "" }
  ],
  "redirect-reason": [
    {
      en: "because the TOKEN is part of every request URL",
      zh: "\u56E0\u4E3A TOKEN \u662F\u6BCF\u4E2A\u8BF7\u6C42\u7F51\u5740\u7684\u4E00\u90E8\u5206"
    },
    {
      en: "because every request carries a credential (the access token or a signature) in its headers",
      zh: "\u56E0\u4E3A\u6BCF\u4E2A\u8BF7\u6C42\u7684\u5934\u90E8\u90FD\u5E26\u6709\u51ED\u636E\uFF08access token \u6216\u7B7E\u540D\uFF09"
    }
  ],
  "signature-again": [
    { en: ", again after signing it afresh", zh: "\uFF0C\u91CD\u65B0\u7B7E\u540D\u540E\u4F9D\u7136\u5982\u6B64" },
    { en: "", zh: "" }
  ],
  "token-again": [
    { en: ", a new one too", zh: "\uFF0C\u65B0\u7684\u4E5F\u4E00\u6837" },
    { en: "", zh: "" }
  ],
  "token-renewed": [
    { en: ", with a new access token too", zh: "\uFF0C\u6362\u4E86\u65B0\u7684 access token \u4E5F\u4E00\u6837" },
    { en: "", zh: "" }
  ],
  "github-detail": [
    { en: ": {{message}}", zh: "\uFF1A{{message}}" },
    { en: "", zh: "" }
  ],
  "read-why": [
    { en: "no such file", zh: "\u6587\u4EF6\u4E0D\u5B58\u5728" },
    { en: "{{detail}}", zh: "{{detail}}" }
  ],
  "csv-line": [
    { en: ", line {{line:n}}", zh: "\uFF0C\u7B2C {{line}} \u884C" },
    { en: "", zh: "" }
  ],
  "pending-tasks": [
    { en: "a v2 import task", zh: "1 \u4E2A v2 \u5BFC\u5165\u4EFB\u52A1" },
    { en: "{{count:n}} v2 import tasks", zh: "{{count}} \u4E2A v2 \u5BFC\u5165\u4EFB\u52A1" }
  ]
});
var ERROR_MESSAGES = [
  // Usage: flags, options, action inputs (options.ts, lang.ts)
  { en: "--{{name:word}} needs a value.", zh: "--{{name}} \u9700\u8981\u4E00\u4E2A\u503C\u3002" },
  {
    en: '{{name}} must be a whole number from {{min:n}} to {{max:n}}; got "{{value}}".',
    zh: '{{name}} \u5FC5\u987B\u662F {{min}} \u5230 {{max}} \u4E4B\u95F4\u7684\u6574\u6570\uFF1B\u73B0\u5728\u662F "{{value}}"\u3002'
  },
  {
    en: '{{name}} must be a number greater than 0 and at most {{max:n}}; got "{{value}}".',
    zh: '{{name}} \u5FC5\u987B\u662F\u5927\u4E8E 0\u3001\u4E0D\u8D85\u8FC7 {{max}} \u7684\u6570\u5B57\uFF1B\u73B0\u5728\u662F "{{value}}"\u3002'
  },
  {
    en: '{{name}} must be a share such as 25% or 0.25 (0 to 100%); got "{{value}}".',
    zh: '{{name}} \u5FC5\u987B\u662F\u6BD4\u4F8B\uFF0C\u4F8B\u5982 25% \u6216 0.25\uFF080 \u5230 100%\uFF09\uFF1B\u73B0\u5728\u662F "{{value}}"\u3002'
  },
  {
    en: '{{name}} must be true or false; got "{{value}}".',
    zh: '{{name}} \u5FC5\u987B\u662F true \u6216 false\uFF1B\u73B0\u5728\u662F "{{value}}"\u3002'
  },
  {
    en: '{{name}} must be one of {{choices}}; got "{{value}}".',
    zh: '{{name}} \u5FC5\u987B\u662F\u4EE5\u4E0B\u4E4B\u4E00\uFF1A{{choices}}\uFF1B\u73B0\u5728\u662F "{{value}}"\u3002'
  },
  {
    en: "{{name}} needs a value: one of {{choices}}.",
    zh: "{{name}} \u9700\u8981\u4E00\u4E2A\u503C\uFF1A{{choices}} \u4E4B\u4E00\u3002"
  },
  {
    en: "--replace-all is for --api v2: on v1, --prune always replaces the whole bot.",
    zh: "--replace-all \u53EA\u7528\u4E8E --api v2\uFF1A\u5728 v1 \u4E0A\uFF0C--prune \u603B\u662F\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\u3002"
  },
  {
    en: "--replace-all goes with --prune: `--prune --replace-all` replaces the whole bot (import mode 1).",
    zh: "--replace-all \u8981\u548C --prune \u4E00\u8D77\u7528\uFF1A`--prune --replace-all` \u4F1A\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\uFF08\u5BFC\u5165\u6A21\u5F0F 1\uFF09\u3002"
  },
  // Commands (src/cli)
  {
    en: "a saved plan already decides {{flags}}; make the plan with {{_:it-them}} instead (`faqops plan --out FILE \u2026`).",
    zh: "\u4FDD\u5B58\u7684\u8BA1\u5212\u5DF2\u7ECF\u51B3\u5B9A\u4E86 {{flags}}\uFF1A\u8BF7\u5728\u751F\u6210\u8BA1\u5212\u65F6\u52A0\u4E0A\u8FD9\u4E9B\u53C2\u6570\uFF08`faqops plan --out FILE \u2026`\uFF09\u3002"
  },
  {
    en: "the plan {{file}} was made for the {{planned}} API, and this run uses {{used}} (--api / FAQOPS_API); apply it with --api {{planned2}}, or make a new plan.",
    zh: "\u8BA1\u5212 {{file}} \u662F\u4E3A {{planned}} API \u751F\u6210\u7684\uFF0C\u800C\u8FD9\u6B21\u8FD0\u884C\u4F7F\u7528 {{used}}\uFF08--api / FAQOPS_API\uFF09\uFF1A\u8BF7\u7528 --api {{planned}} \u6765\u5E94\u7528\u5B83\uFF0C\u6216\u91CD\u65B0\u751F\u6210\u8BA1\u5212\u3002"
  },
  {
    en: "{{path}} is not in the content folder ({{folder}}); check reports on files and folders in it.",
    zh: "{{path}} \u4E0D\u5728\u5185\u5BB9\u6587\u4EF6\u5939\uFF08{{folder}}\uFF09\u91CC\uFF1Acheck \u53EA\u62A5\u544A\u8BE5\u6587\u4EF6\u5939\u91CC\u7684\u6587\u4EF6\u548C\u5B50\u6587\u4EF6\u5939\u3002"
  },
  { en: "{{path}} does not exist.", zh: "{{path}} \u4E0D\u5B58\u5728\u3002" },
  { en: "--dir: {{dir}} is not a folder", zh: "--dir\uFF1A{{dir}} \u4E0D\u662F\u6587\u4EF6\u5939" },
  {
    en: "Port {{port:n}} is in use; pick another with --port (0 picks a free one).",
    zh: "\u7AEF\u53E3 {{port}} \u5DF2\u88AB\u5360\u7528\uFF1A\u8BF7\u7528 --port \u6362\u4E00\u4E2A\uFF080 \u8868\u793A\u81EA\u52A8\u9009\u4E00\u4E2A\u7A7A\u95F2\u7AEF\u53E3\uFF09\u3002"
  },
  {
    en: "the content has {{errors:error-count}}; nothing was planned or sent.",
    zh: "\u5185\u5BB9\u6709 {{errors}}\uFF1A\u6CA1\u6709\u751F\u6210\u8BA1\u5212\uFF0C\u4E5F\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  {
    en: "the content has {{errors:error-count}}; no preview was written.",
    zh: "\u5185\u5BB9\u6709 {{errors}}\uFF1A\u6CA1\u6709\u751F\u6210\u9884\u89C8\u3002"
  },
  // Credentials and endpoint (platform/credentials.ts)
  {
    en: "Missing {{_:credential-credentials}} for the v2 API: {{names}}.",
    zh: "\u7F3A\u5C11 v2 API \u7684\u51ED\u636E\uFF1A{{names}}\u3002"
  },
  { en: "Missing {{_:credential-credentials}}: {{names}}.", zh: "\u7F3A\u5C11\u51ED\u636E\uFF1A{{names}}\u3002" },
  {
    en: '{{name}} must be letters, digits, "-", ".", "_" or "~": the platform takes it verbatim as the last segment of every request URL, and this one {{problem:token-problem}}.',
    zh: '{{name}} \u53EA\u80FD\u5305\u542B\u5B57\u6BCD\u3001\u6570\u5B57\u3001"-"\u3001"."\u3001"_" \u6216 "~"\uFF1A\u5E73\u53F0\u628A\u5B83\u539F\u6837\u7528\u4F5C\u6BCF\u4E2A\u8BF7\u6C42\u7F51\u5740\u7684\u6700\u540E\u4E00\u6BB5\uFF0C\u800C\u5F53\u524D\u7684\u503C{{problem}}\u3002'
  },
  {
    en: "The endpoint{{from:endpoint-from}} is not a URL (it is not shown here, as it may hold a password).",
    zh: "\u63A5\u53E3\u5730\u5740{{from}}\u4E0D\u662F\u7F51\u5740\uFF08\u8FD9\u91CC\u4E0D\u663E\u793A\u5B83\uFF0C\u56E0\u4E3A\u5176\u4E2D\u53EF\u80FD\u542B\u6709\u5BC6\u7801\uFF09\u3002"
  },
  {
    en: "The endpoint{{from:endpoint-from}} must be an https:// URL; its scheme is neither https nor http.",
    zh: "\u63A5\u53E3\u5730\u5740{{from}}\u5FC5\u987B\u662F https:// \u7F51\u5740\uFF1B\u5B83\u7684\u534F\u8BAE\u65E2\u4E0D\u662F https \u4E5F\u4E0D\u662F http\u3002"
  },
  {
    en: "The endpoint {{origin}}\u2026{{from:endpoint-from}} must be a base URL, without {{what:query-fragment}}.",
    zh: "\u63A5\u53E3\u5730\u5740 {{origin}}\u2026{{from}}\u5FC5\u987B\u662F\u57FA\u7840\u7F51\u5740\uFF0C\u4E0D\u80FD\u5E26{{what}}\u3002"
  },
  {
    en: "The endpoint {{origin}}{{from:endpoint-from}} uses plain http://, so every request would cross the network in clear text, and the TOKEN is part of every request URL: faqops requires https:// for any host but this machine.",
    zh: "\u63A5\u53E3\u5730\u5740 {{origin}}{{from}}\u4F7F\u7528\u660E\u6587 http://\uFF0C\u6BCF\u4E2A\u8BF7\u6C42\u90FD\u4F1A\u4EE5\u660E\u6587\u7ECF\u8FC7\u7F51\u7EDC\uFF0C\u800C TOKEN \u662F\u6BCF\u4E2A\u8BF7\u6C42\u7F51\u5740\u7684\u4E00\u90E8\u5206\uFF1A\u9664\u672C\u673A\u5916\uFF0Cfaqops \u8981\u6C42\u4F7F\u7528 https://\u3002"
  },
  // Lockfile, journal, state files, saved plans (src/sync, src/fs/state-file.ts)
  {
    en: "the lockfile {{file}} has version {{version}}, written by a newer faqops; this one reads version {{readable}}.",
    zh: "\u9501\u6587\u4EF6 {{file}} \u7684\u7248\u672C\u662F {{version}}\uFF0C\u7531\u66F4\u65B0\u7684 faqops \u5199\u5165\uFF1B\u5F53\u524D\u7248\u672C\u53EA\u80FD\u8BFB\u53D6\u7248\u672C {{readable}}\u3002"
  },
  {
    en: "the lockfile {{file}} is not valid: {{what:lockfile-problem}}.",
    zh: "\u9501\u6587\u4EF6 {{file}} \u65E0\u6548\uFF1A{{what}}\u3002"
  },
  {
    en: "cannot read the lockfile {{file}}: {{detail}}",
    zh: "\u65E0\u6CD5\u8BFB\u53D6\u9501\u6587\u4EF6 {{file}}\uFF1A{{detail}}"
  },
  {
    en: "cannot write the lockfile's journal {{file}}: {{detail}}",
    zh: "\u65E0\u6CD5\u5199\u5165\u9501\u6587\u4EF6\u7684\u65E5\u5FD7 {{file}}\uFF1A{{detail}}"
  },
  {
    en: "cannot read the lockfile's journal {{file}}: {{detail}}",
    zh: "\u65E0\u6CD5\u8BFB\u53D6\u9501\u6587\u4EF6\u7684\u65E5\u5FD7 {{file}}\uFF1A{{detail}}"
  },
  {
    en: "the lockfile's journal {{file}} is damaged at line {{line:n}}.",
    zh: "\u9501\u6587\u4EF6\u7684\u65E5\u5FD7 {{file}} \u5728\u7B2C {{line}} \u884C\u635F\u574F\u3002"
  },
  {
    en: "{{name:state-file}} is a symbolic link: faqops does not append through one.",
    zh: "{{name}} \u662F\u7B26\u53F7\u94FE\u63A5\uFF1Afaqops \u4E0D\u4F1A\u901A\u8FC7\u94FE\u63A5\u8FFD\u52A0\u5199\u5165\u3002"
  },
  {
    en: "{{name:state-file}} is a symbolic link (to {{target}}): faqops reads and writes its state only in a regular file, never through a link, which could lead anywhere.",
    zh: "{{name}} \u662F\u7B26\u53F7\u94FE\u63A5\uFF08\u6307\u5411 {{target}}\uFF09\uFF1Afaqops \u53EA\u5728\u666E\u901A\u6587\u4EF6\u4E2D\u8BFB\u5199\u72B6\u6001\uFF0C\u4ECE\u4E0D\u901A\u8FC7\u53EF\u80FD\u6307\u5411\u4EFB\u4F55\u5730\u65B9\u7684\u94FE\u63A5\u3002"
  },
  {
    en: "{{name:state-file}} is a symbolic link to {{target}}, which does not exist. That is not {{missing:missing-state}}: faqops stops.",
    zh: "{{name}} \u662F\u6307\u5411 {{target}} \u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u4F46\u76EE\u6807\u4E0D\u5B58\u5728\u3002\u8FD9\u4E0D\u7B49\u4E8E{{missing}}\uFF1Afaqops \u505C\u6B62\u8FD0\u884C\u3002"
  },
  {
    en: "{{name:state-file}} is not a regular file: faqops keeps its state only in a regular file.",
    zh: "{{name}} \u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF1Afaqops \u53EA\u5728\u666E\u901A\u6587\u4EF6\u4E2D\u4FDD\u5B58\u72B6\u6001\u3002"
  },
  { en: "cannot read {{name:state-file}}: {{detail}}", zh: "\u65E0\u6CD5\u8BFB\u53D6{{name}}\uFF1A{{detail}}" },
  {
    en: "cannot read the plan file {{file}}: {{detail}}",
    zh: "\u65E0\u6CD5\u8BFB\u53D6\u8BA1\u5212\u6587\u4EF6 {{file}}\uFF1A{{detail}}"
  },
  {
    en: "{{file}} is not a faqops plan file: {{what:plan-file-problem}}.",
    zh: "{{file}} \u4E0D\u662F faqops \u7684\u8BA1\u5212\u6587\u4EF6\uFF1A{{what}}\u3002"
  },
  {
    en: "the content changed since the plan {{file}} was made{{what:content-changed-what}}; nothing was sent.",
    zh: "\u8BA1\u5212 {{file}} \u751F\u6210\u4E4B\u540E\u5185\u5BB9\u6709\u6539\u52A8{{what}}\uFF1A\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  {
    en: "the lockfile {{lockfile}} changed since the plan {{file}} was made (another apply ran?){{what:lockfile-changed-what}}; nothing was sent.",
    zh: "\u8BA1\u5212 {{file}} \u751F\u6210\u4E4B\u540E\u9501\u6587\u4EF6 {{lockfile}} \u6709\u6539\u52A8\uFF08\u662F\u4E0D\u662F\u53E6\u4E00\u6B21 apply \u8FD0\u884C\u8FC7\uFF1F\uFF09{{what}}\uFF1A\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  {
    en: "the plan {{file}} (made by faqops {{made}}) differs from what this faqops ({{version}}) plans from the same content and lockfile{{what:plan-differs-what}}; nothing was sent.",
    zh: "\u8BA1\u5212 {{file}}\uFF08\u7531 faqops {{made}} \u751F\u6210\uFF09\u4E0E\u5F53\u524D faqops\uFF08{{version}}\uFF09\u6839\u636E\u540C\u6837\u7684\u5185\u5BB9\u548C\u9501\u6587\u4EF6\u751F\u6210\u7684\u8BA1\u5212\u4E0D\u540C{{what}}\uFF1A\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  // The platform (PlatformError: "action: message")
  {
    en: "{{action:platform-action}}: {{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}, with a new access token too.",
    zh: "{{action}}\uFF1A{{meaning}}\uFF1A\u9519\u8BEF\u7801 {{code}}{{said}}\uFF0C\u6362\u4E86\u65B0\u7684 access token \u4E5F\u4E00\u6837\u3002"
  },
  {
    en: "{{action:platform-action}}: {{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}.",
    zh: "{{action}}\uFF1A{{meaning}}\uFF1A\u9519\u8BEF\u7801 {{code}}{{said}}\u3002"
  },
  {
    en: "{{action:platform-action}}: the open API is not enabled for this bot: code {{code:n}}{{said:platform-said}}.",
    zh: "{{action}}\uFF1A\u8FD9\u4E2A\u673A\u5668\u4EBA\u6CA1\u6709\u5F00\u542F\u5F00\u653E API\uFF1A\u9519\u8BEF\u7801 {{code}}{{said}}\u3002"
  },
  {
    en: "{{action:platform-action}}: {{message:platform-message}}",
    zh: "{{action}}\uFF1A{{message}}"
  },
  {
    en: "The v2 credential {{name}} is empty.",
    zh: "v2 \u51ED\u636E {{name}} \u662F\u7A7A\u7684\u3002"
  },
  // Apply and publish (src/sync)
  { en: "async/fetch: the call was cancelled.", zh: "async/fetch\uFF1A\u8C03\u7528\u5DF2\u53D6\u6D88\u3002" },
  { en: "--prune refused: {{why:prune-refusal}}", zh: "--prune \u88AB\u62D2\u7EDD\uFF1A{{why}}" },
  {
    en: "the lockfile records {{tasks:pending-tasks}} not yet settled (a v2 run was interrupted); v1 cannot settle {{_:it-them}}.",
    zh: "\u9501\u6587\u4EF6\u8BB0\u5F55\u4E86 {{tasks}}\u5C1A\u672A\u4E86\u7ED3\uFF08\u4E00\u6B21 v2 \u8FD0\u884C\u88AB\u4E2D\u65AD\u4E86\uFF09\uFF1Bv1 \u65E0\u6CD5\u4E86\u7ED3\u5B83\u4EEC\u3002"
  },
  {
    en: "import task {{id}} did not finish within {{seconds:n}} s (last progress {{percent:n}}%).",
    zh: "\u5BFC\u5165\u4EFB\u52A1 {{id}} \u6CA1\u6709\u5728 {{seconds}} \u79D2\u5185\u5B8C\u6210\uFF08\u6700\u540E\u8FDB\u5EA6 {{percent}}%\uFF09\u3002"
  },
  {
    en: "publishing failed on the platform at {{percent:n}}%.",
    zh: "\u5E73\u53F0\u4E0A\u7684\u53D1\u5E03\u5728 {{percent}}% \u65F6\u5931\u8D25\u3002"
  },
  {
    en: "publishing did not finish within {{seconds:n}} s (last progress {{percent:n}}%).",
    zh: "\u53D1\u5E03\u6CA1\u6709\u5728 {{seconds}} \u79D2\u5185\u5B8C\u6210\uFF08\u6700\u540E\u8FDB\u5EA6 {{percent}}%\uFF09\u3002"
  },
  // The action (src/action): inputs, the lockfile commit, the pull-request comment
  {
    en: "Missing {{_:credential-credentials}} for apply with api v2: {{names}}.",
    zh: "\u4F7F\u7528 api v2 \u7684 apply \u7F3A\u5C11\u51ED\u636E\uFF1A{{names}}\u3002"
  },
  {
    en: "Missing {{_:credential-credentials}} for apply: {{names}}.",
    zh: "apply \u7F3A\u5C11\u51ED\u636E\uFF1A{{names}}\u3002"
  },
  { en: "Cannot read the event payload {{file}}.", zh: "\u65E0\u6CD5\u8BFB\u53D6\u4E8B\u4EF6\u6570\u636E {{file}}\u3002" },
  {
    en: 'commit-lockfile needs a branch to push to, but GITHUB_REF is "{{ref}}".',
    zh: 'commit-lockfile \u9700\u8981\u4E00\u4E2A\u53EF\u4EE5\u63A8\u9001\u7684\u5206\u652F\uFF0C\u4F46 GITHUB_REF \u662F "{{ref}}"\u3002'
  },
  {
    en: "git push to {{remote:word}} {{branch}} was rejected {{count:n}} times: the branch kept moving. The lockfile commit was not pushed.",
    zh: "git push \u5230 {{remote}} {{branch}} \u88AB\u62D2\u7EDD\u4E86 {{count}} \u6B21\uFF1A\u5206\u652F\u4E00\u76F4\u5728\u53D8\u3002\u9501\u6587\u4EF6\u7684\u63D0\u4EA4\u6CA1\u6709\u63A8\u9001\u3002"
  },
  {
    en: "git push to {{remote:word}} {{branch}} failed: {{output}}",
    zh: "git push \u5230 {{remote}} {{branch}} \u5931\u8D25\uFF1A{{output}}"
  },
  {
    en: "Cannot rebase the lockfile commit on {{remote}}/{{branch}}: {{output}}",
    zh: "\u65E0\u6CD5\u628A\u9501\u6587\u4EF6\u7684\u63D0\u4EA4\u53D8\u57FA\u5230 {{remote}}/{{branch}} \u4E0A\uFF1A{{output}}"
  },
  { en: "git {{command:word}} failed: {{output}}", zh: "git {{command}} \u5931\u8D25\uFF1A{{output}}" },
  {
    en: "GET {{url}} did not answer with a list of comments.",
    zh: "GET {{url}} \u7684\u5E94\u7B54\u4E0D\u662F\u8BC4\u8BBA\u5217\u8868\u3002"
  },
  {
    en: "{{method:word}} {{url:word}} answered HTTP {{status:n}}{{detail:github-detail}}.",
    zh: "{{method}} {{url}} \u8FD4\u56DE HTTP {{status}}{{detail}}\u3002"
  },
  {
    en: "{{method:word}} {{url:word}} answered with invalid JSON.",
    zh: "{{method}} {{url}} \u7684\u5E94\u7B54\u662F\u65E0\u6548\u7684 JSON\u3002"
  },
  {
    en: "{{method:word}} {{url:word}} failed: {{detail}}",
    zh: "{{method}} {{url}} \u5931\u8D25\uFF1A{{detail}}"
  },
  // faqops import and export (src/import, src/export)
  {
    en: "import needs the file to read: faqops import FILE (.csv or .xlsx).",
    zh: "import \u9700\u8981\u4E00\u4E2A\u8981\u8BFB\u53D6\u7684\u6587\u4EF6\uFF1Afaqops import FILE\uFF08.csv \u6216 .xlsx\uFF09\u3002"
  },
  { en: "cannot read {{file}}: {{why:read-why}}", zh: "\u65E0\u6CD5\u8BFB\u53D6 {{file}}\uFF1A{{why}}" },
  {
    en: '{{file}}: the header row (row {{row:n}}) names the column "{{name}}" twice, in columns {{first:word}} and {{second:word}}.',
    zh: '{{file}}\uFF1A\u6807\u9898\u884C\uFF08\u7B2C {{row}} \u884C\uFF09\u4E24\u6B21\u51FA\u73B0\u5217 "{{name}}"\uFF1A\u7B2C {{first}} \u5217\u548C\u7B2C {{second}} \u5217\u3002'
  },
  {
    en: "{{file}}: the header row (row {{row:n}}) has no column {{names}}.",
    zh: "{{file}}\uFF1A\u6807\u9898\u884C\uFF08\u7B2C {{row}} \u884C\uFF09\u6CA1\u6709\u5217 {{names}}\u3002"
  },
  {
    en: "{{file}}{{line:csv-line}}: cannot read the CSV: {{detail}}",
    zh: "{{file}}{{line}}\uFF1A\u65E0\u6CD5\u8BFB\u53D6 CSV\uFF1A{{detail}}"
  },
  {
    en: "{{file}} is UTF-16 text, which faqops does not read.",
    zh: "{{file}} \u662F UTF-16 \u6587\u672C\uFF0Cfaqops \u4E0D\u8BFB\u53D6\u8FD9\u79CD\u7F16\u7801\u3002"
  },
  {
    en: "{{file}} starts with a UTF-8 byte-order mark but is not valid UTF-8.",
    zh: "{{file}} \u4EE5 UTF-8 \u5B57\u8282\u987A\u5E8F\u6807\u8BB0\u5F00\u5934\uFF0C\u4F46\u4E0D\u662F\u6709\u6548\u7684 UTF-8\u3002"
  },
  {
    en: "{{file}} is not UTF-8, and this Node.js cannot decode GB18030 (GBK): it was built without full ICU.",
    zh: "{{file}} \u4E0D\u662F UTF-8\uFF0C\u800C\u5F53\u524D\u7684 Node.js \u65E0\u6CD5\u89E3\u7801 GB18030\uFF08GBK\uFF09\uFF1A\u5B83\u6784\u5EFA\u65F6\u6CA1\u6709\u5E26\u5B8C\u6574\u7684 ICU\u3002"
  },
  {
    en: "{{file}} is neither UTF-8 nor GB18030 (GBK) text.",
    zh: "{{file}} \u65E2\u4E0D\u662F UTF-8 \u6587\u672C\uFF0C\u4E5F\u4E0D\u662F GB18030\uFF08GBK\uFF09\u6587\u672C\u3002"
  },
  {
    en: "{{file}} is an Excel 97\u20132003 workbook (.xls), which faqops does not read.",
    zh: "{{file}} \u662F Excel 97\u20132003 \u5DE5\u4F5C\u7C3F\uFF08.xls\uFF09\uFF0Cfaqops \u4E0D\u8BFB\u53D6\u8FD9\u79CD\u683C\u5F0F\u3002"
  },
  {
    en: "{{file}} cannot be read as an .xlsx workbook.",
    zh: "{{file}} \u65E0\u6CD5\u4F5C\u4E3A .xlsx \u5DE5\u4F5C\u7C3F\u8BFB\u53D6\u3002"
  },
  { en: "{{file}} has no worksheet.", zh: "{{file}} \u6CA1\u6709\u5DE5\u4F5C\u8868\u3002" },
  {
    en: "--format xlsx needs --out FILE: a workbook is not written to the terminal.",
    zh: "--format xlsx \u9700\u8981 --out FILE\uFF1A\u5DE5\u4F5C\u7C3F\u4E0D\u4F1A\u5199\u5230\u7EC8\u7AEF\u4E0A\u3002"
  }
];
var ERROR_HINTS = [
  ...codeTodo,
  {
    en: "fix the errors above (`faqops check` lists them), then run again.",
    zh: "\u8BF7\u5148\u4FEE\u6B63\u4E0A\u9762\u7684\u9519\u8BEF\uFF08`faqops check` \u4F1A\u5217\u51FA\u5B83\u4EEC\uFF09\uFF0C\u7136\u540E\u518D\u8FD0\u884C\u3002"
  },
  {
    en: "set them from the bot's console (APPID, TOKEN, EncodingAESKey, and the id of an administrator); see docs/platform.md.",
    zh: "\u8BF7\u4ECE\u673A\u5668\u4EBA\u540E\u53F0\u83B7\u53D6\u5E76\u8BBE\u7F6E\uFF08APPID\u3001TOKEN\u3001EncodingAESKey \u548C\u4E00\u4F4D\u7BA1\u7406\u5458\u7684 id\uFF09\uFF1B\u89C1 docs/platform.md\u3002"
  },
  {
    en: "set them from the bot console's \u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API page (APPID, Token) and the user id of an administrator (\u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650); see docs/platform.md.",
    zh: `\u8BF7\u4ECE${OPEN_API_PAGE_ZH}\u83B7\u53D6\u5E76\u8BBE\u7F6E\uFF08APPID\u3001Token\uFF09\uFF0C\u4EE5\u53CA\u4E00\u4F4D\u7BA1\u7406\u5458\u7684\u7528\u6237 id\uFF08\u300C\u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650\u300D\uFF09\uFF1B\u89C1 docs/platform.md\u3002`
  },
  {
    en: "copy the TOKEN again from the bot's console (its settings page).",
    zh: "\u8BF7\u4ECE\u673A\u5668\u4EBA\u540E\u53F0\uFF08\u8BBE\u7F6E\u9875\u9762\uFF09\u91CD\u65B0\u590D\u5236 TOKEN\u3002"
  },
  {
    en: "give the platform's base URL, such as https://chatbot.weixin.qq.com, with no ?\u2026 or #\u2026.",
    zh: "\u8BF7\u586B\u5199\u5E73\u53F0\u7684\u57FA\u7840\u7F51\u5740\uFF0C\u4F8B\u5982 https://chatbot.weixin.qq.com\uFF0C\u4E0D\u5E26 ?\u2026 \u6216 #\u2026\u3002"
  },
  {
    en: "give the platform's base URL, such as https://chatbot.weixin.qq.com.",
    zh: "\u8BF7\u586B\u5199\u5E73\u53F0\u7684\u57FA\u7840\u7F51\u5740\uFF0C\u4F8B\u5982 https://chatbot.weixin.qq.com\u3002"
  },
  {
    en: "use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, pass --insecure-http (the action's insecure-http input), and only over a connection protected some other way, such as a VPN or an SSH tunnel.",
    zh: "\u8BF7\u4F7F\u7528 https://\uFF08\u5E73\u53F0\u81EA\u5DF1\u7684\u57FA\u7840\u7F51\u5740\u662F https://chatbot.weixin.qq.com\uFF09\uFF1B\u660E\u6587 http:// \u53EA\u5141\u8BB8\u7528\u4E8E localhost\u3001127.0.0.0/8 \u548C [::1]\uFF08\u6A21\u62DF\u5668\uFF09\uFF1B\u5982\u679C\u4E00\u5B9A\u8981\u7ECF\u7F51\u7EDC\u660E\u6587\u53D1\u9001\uFF0C\u8BF7\u52A0 --insecure-http\uFF08Action \u7684 insecure-http \u8F93\u5165\uFF09\uFF0C\u5E76\u4E14\u53EA\u5728\u6709\u5176\u4ED6\u4FDD\u62A4\u7684\u8FDE\u63A5\u4E0A\u4F7F\u7528\uFF0C\u4F8B\u5982 VPN \u6216 SSH \u96A7\u9053\u3002"
  },
  { en: "upgrade faqops.", zh: "\u8BF7\u5347\u7EA7 faqops\u3002" },
  {
    en: "give paths under the content folder, or name another folder with --content DIR",
    zh: "\u8BF7\u7ED9\u51FA\u5185\u5BB9\u6587\u4EF6\u5939\u91CC\u7684\u8DEF\u5F84\uFF0C\u6216\u7528 --content DIR \u6307\u5B9A\u53E6\u4E00\u4E2A\u6587\u4EF6\u5939"
  },
  { en: "paths are relative to the working directory", zh: "\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u5F53\u524D\u5DE5\u4F5C\u76EE\u5F55" },
  {
    en: "run faqops init in the repository, or give --dir an existing folder",
    zh: "\u8BF7\u5728\u4ED3\u5E93\u91CC\u8FD0\u884C faqops init\uFF0C\u6216\u7528 --dir \u6307\u5B9A\u4E00\u4E2A\u5DF2\u5B58\u5728\u7684\u6587\u4EF6\u5939"
  },
  {
    en: "restore it from Git (git checkout -- {{file}}); faqops never treats a broken lockfile as empty.",
    zh: "\u8BF7\u4ECE Git \u6062\u590D\u5B83\uFF08git checkout -- {{file}}\uFF09\uFF1Bfaqops \u4ECE\u4E0D\u628A\u635F\u574F\u7684\u9501\u6587\u4EF6\u5F53\u4F5C\u7A7A\u7684\u3002"
  },
  {
    en: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
    zh: "\u8BF7\u628A\u5B83\u6362\u6210\u666E\u901A\u6587\u4EF6\uFF08\u4ECE Git \u6062\u590D\uFF0C\u6216\u628A\u94FE\u63A5\u6307\u5411\u7684\u6587\u4EF6\u590D\u5236\u8FC7\u6765\u66FF\u6362\u5B83\uFF09\uFF0C\u6216\u7528 --lockfile \u6307\u5B9A\u90A3\u4E2A\u6587\u4EF6\u672C\u8EAB\u7684\u8DEF\u5F84\u3002"
  },
  {
    en: "delete it (rm {{file}}): the journals faqops writes are regular files. The next apply then sends again whatever it would have held (harmless).",
    zh: "\u8BF7\u5220\u9664\u5B83\uFF08rm {{file}}\uFF09\uFF1Afaqops \u5199\u7684\u65E5\u5FD7\u90FD\u662F\u666E\u901A\u6587\u4EF6\u3002\u4E0B\u6B21 apply \u4F1A\u91CD\u65B0\u53D1\u9001\u5B83\u672C\u5E94\u8BB0\u5F55\u7684\u5185\u5BB9\uFF08\u65E0\u5BB3\uFF09\u3002"
  },
  {
    en: "it holds writes the platform confirmed after the lockfile was last saved; if it cannot be repaired, delete it: the next apply then sends those entries again (harmless).",
    zh: "\u5B83\u8BB0\u5F55\u4E86\u9501\u6587\u4EF6\u4E0A\u6B21\u4FDD\u5B58\u4E4B\u540E\u5E73\u53F0\u786E\u8BA4\u7684\u5199\u5165\uFF1B\u5982\u679C\u65E0\u6CD5\u4FEE\u590D\uFF0C\u8BF7\u5220\u9664\u5B83\uFF1A\u4E0B\u6B21 apply \u4F1A\u91CD\u65B0\u53D1\u9001\u8FD9\u4E9B\u6761\u76EE\uFF08\u65E0\u5BB3\uFF09\u3002"
  },
  {
    en: "make one with `faqops plan --out FILE`.",
    zh: "\u8BF7\u7528 `faqops plan --out FILE` \u751F\u6210\u4E00\u4E2A\u3002"
  },
  {
    en: "make a new plan (`faqops plan{{flags}} --out {{file}}`), review it, and apply that one.",
    zh: "\u8BF7\u91CD\u65B0\u751F\u6210\u8BA1\u5212\uFF08`faqops plan{{flags}} --out {{file}}`\uFF09\uFF0C\u68C0\u67E5\u540E\u518D\u5E94\u7528\u65B0\u7684\u8BA1\u5212\u3002"
  },
  // The clients (transport.ts, client.ts, v2/client.ts)
  {
    en: "{{check:check-endpoint}}: something other than the platform's open API answers there.",
    zh: "{{check}}\uFF1A\u90A3\u91CC\u5E94\u7B54\u7684\u4E0D\u662F\u5E73\u53F0\u7684\u5F00\u653E API\u3002"
  },
  {
    en: "{{check:check-endpoint}}: set it to the address that answers the API itself (often the https:// form of the same URL).",
    zh: "{{check}}\uFF1A\u628A\u5B83\u8BBE\u6210\u76F4\u63A5\u5E94\u7B54 API \u7684\u5730\u5740\uFF08\u901A\u5E38\u662F\u540C\u4E00\u7F51\u5740\u7684 https:// \u5F62\u5F0F\uFF09\u3002"
  },
  {
    en: "{{check:check-endpoint}}: it should be the platform's base URL, such as {{example}}, with no path.",
    zh: "{{check}}\uFF1A\u5B83\u5E94\u5F53\u662F\u5E73\u53F0\u7684\u57FA\u7840\u7F51\u5740\uFF0C\u4F8B\u5982 {{example}}\uFF0C\u4E0D\u5E26\u8DEF\u5F84\u3002"
  },
  {
    en: "{{check:check-endpoint}}, and any proxy between here and the platform.",
    zh: "{{check}}\uFF0C\u4EE5\u53CA\u8FD9\u91CC\u548C\u5E73\u53F0\u4E4B\u95F4\u7684\u6240\u6709\u4EE3\u7406\u3002"
  },
  {
    en: "the platform is down, or something between here and it swallows the requests: {{check:check-endpoint}}, and that the host answers from this machine.",
    zh: "\u5E73\u53F0\u5B95\u673A\u4E86\uFF0C\u6216\u8005\u8FD9\u91CC\u548C\u5E73\u53F0\u4E4B\u95F4\u6709\u4EC0\u4E48\u541E\u6389\u4E86\u8BF7\u6C42\uFF1A{{check}}\uFF0C\u5E76\u786E\u8BA4\u4ECE\u672C\u673A\u80FD\u8BBF\u95EE\u8BE5\u4E3B\u673A\u3002"
  },
  {
    en: "{{check:check-endpoint}}: its scheme (http:// or https://) and port, and any proxy in between.",
    zh: "{{check}}\uFF1A\u5B83\u7684\u534F\u8BAE\uFF08http:// \u6216 https://\uFF09\u548C\u7AEF\u53E3\uFF0C\u4EE5\u53CA\u4E2D\u95F4\u7684\u6240\u6709\u4EE3\u7406\u3002"
  },
  {
    en: "check this machine's DNS and network, and the host in --endpoint / FAQOPS_ENDPOINT.",
    zh: "\u8BF7\u68C0\u67E5\u672C\u673A\u7684 DNS \u548C\u7F51\u7EDC\uFF0C\u4EE5\u53CA --endpoint / FAQOPS_ENDPOINT \u4E2D\u7684\u4E3B\u673A\u3002"
  },
  {
    en: "{{check:check-endpoint}} (its host and port), and that the platform \u2014 or the emulator \u2014 is up and reachable from here.",
    zh: "{{check}}\uFF08\u4E3B\u673A\u548C\u7AEF\u53E3\uFF09\uFF0C\u5E76\u786E\u8BA4\u5E73\u53F0\uFF08\u6216\u6A21\u62DF\u5668\uFF09\u6B63\u5728\u8FD0\u884C\u3001\u4ECE\u8FD9\u91CC\u53EF\u4EE5\u8BBF\u95EE\u3002"
  },
  {
    en: "check the host name in --endpoint / FAQOPS_ENDPOINT, and this machine's DNS and network.",
    zh: "\u8BF7\u68C0\u67E5 --endpoint / FAQOPS_ENDPOINT \u4E2D\u7684\u4E3B\u673A\u540D\uFF0C\u4EE5\u53CA\u672C\u673A\u7684 DNS \u548C\u7F51\u7EDC\u3002"
  },
  {
    en: "{{check:check-endpoint}}: https:// for the platform, and a host whose certificate is valid for that name; behind a proxy that re-signs TLS, give Node its CA with NODE_EXTRA_CA_CERTS.",
    zh: "{{check}}\uFF1A\u5E73\u53F0\u8981\u7528 https://\uFF0C\u4E14\u4E3B\u673A\u7684\u8BC1\u4E66\u5FC5\u987B\u5BF9\u8FD9\u4E2A\u540D\u79F0\u6709\u6548\uFF1B\u5982\u679C\u5728\u4F1A\u91CD\u65B0\u7B7E\u53D1 TLS \u8BC1\u4E66\u7684\u4EE3\u7406\u540E\u9762\uFF0C\u8BF7\u7528 NODE_EXTRA_CA_CERTS \u628A\u4EE3\u7406\u7684 CA \u544A\u8BC9 Node\u3002"
  },
  {
    en: "check this machine's network, firewall and proxy, and --endpoint / FAQOPS_ENDPOINT.",
    zh: "\u8BF7\u68C0\u67E5\u672C\u673A\u7684\u7F51\u7EDC\u3001\u9632\u706B\u5899\u548C\u4EE3\u7406\uFF0C\u4EE5\u53CA --endpoint / FAQOPS_ENDPOINT\u3002"
  },
  {
    en: "{{check:check-endpoint}}: its scheme (http:// or https://) and port.",
    zh: "{{check}}\uFF1A\u5B83\u7684\u534F\u8BAE\uFF08http:// \u6216 https://\uFF09\u548C\u7AEF\u53E3\u3002"
  },
  {
    en: "{{check:check-endpoint}} and the network; report it if they are right.",
    zh: "{{check}}\u548C\u7F51\u7EDC\uFF1B\u5982\u679C\u90FD\u6CA1\u95EE\u9898\uFF0C\u8BF7\u62A5\u544A\u8FD9\u4E2A\u95EE\u9898\u3002"
  },
  {
    en: "the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or lower --rate.",
    zh: "\u5E73\u53F0\uFF08\u6216\u901A\u5F80\u5B83\u7684\u7F51\u7EDC\uFF09\u5B95\u673A\u6216\u8FC7\u8F7D\uFF0C\u6240\u4EE5\u8FD0\u884C\u5230\u6B64\u4E3A\u6B62\uFF1B\u8BF7\u7A0D\u540E\u518D\u8BD5\uFF08\u4E0B\u6B21\u8FD0\u884C\u53EA\u4F1A\u53D1\u9001\u6CA1\u6709\u786E\u8BA4\u7684\u5185\u5BB9\uFF09\uFF0C\u6216\u8C03\u4F4E --rate\u3002"
  },
  {
    en: "the platform (or the network to it) is failing or overloaded; try again later, or lower --rate.",
    zh: "\u5E73\u53F0\uFF08\u6216\u901A\u5F80\u5B83\u7684\u7F51\u7EDC\uFF09\u51FA\u9519\u6216\u8FC7\u8F7D\uFF1B\u8BF7\u7A0D\u540E\u518D\u8BD5\uFF0C\u6216\u8C03\u4F4E --rate\u3002"
  },
  {
    en: "set FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (see readV2Credentials).",
    zh: "\u8BF7\u8BBE\u7F6E FAQOPS_APPID\u3001FAQOPS_TOKEN \u548C FAQOPS_MANAGER_ID\uFF08\u89C1 readV2Credentials\uFF09\u3002"
  },
  {
    en: "try again later; if it persists, check the bot's console for what was imported, and report it to the platform.",
    zh: "\u8BF7\u7A0D\u540E\u518D\u8BD5\uFF1B\u5982\u679C\u4E00\u76F4\u8FD9\u6837\uFF0C\u8BF7\u5728\u673A\u5668\u4EBA\u540E\u53F0\u67E5\u770B\u5BFC\u5165\u4E86\u4EC0\u4E48\uFF0C\u5E76\u5411\u5E73\u53F0\u62A5\u544A\u3002"
  },
  // Apply and publish (src/sync)
  {
    en: "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs.",
    zh: "\u8BF7\u8FD0\u884C\u4E00\u6B21 `faqops apply --api v2`\uFF1A\u5B83\u4F1A\u5148\u5411\u5E73\u53F0\u8BE2\u95EE\u8FD9\u4E9B\u4EFB\u52A1\u7684\u7ED3\u679C\uFF0C\u7136\u540E\u518D\u540C\u6B65\u3002"
  },
  {
    en: "the platform may still finish it; it stays recorded in the lockfile, and the next apply asks how it ended before sending anything else.",
    zh: "\u5E73\u53F0\u53EF\u80FD\u4ECD\u4F1A\u5B8C\u6210\u5B83\uFF1B\u5B83\u4ECD\u8BB0\u5F55\u5728\u9501\u6587\u4EF6\u91CC\uFF0C\u4E0B\u6B21 apply \u4F1A\u5148\u8BE2\u95EE\u5B83\u7684\u7ED3\u679C\uFF0C\u518D\u53D1\u9001\u5176\u4ED6\u5185\u5BB9\u3002"
  },
  {
    en: "open the bot's console to see why, fix it, then run `faqops publish` again.",
    zh: "\u8BF7\u6253\u5F00\u673A\u5668\u4EBA\u540E\u53F0\u67E5\u770B\u539F\u56E0\u5E76\u4FEE\u6B63\uFF0C\u7136\u540E\u518D\u8FD0\u884C `faqops publish`\u3002"
  },
  {
    en: "it may still finish: check the bot's console, or run `faqops publish` again later.",
    zh: "\u5B83\u53EF\u80FD\u4ECD\u4F1A\u5B8C\u6210\uFF1A\u8BF7\u67E5\u770B\u673A\u5668\u4EBA\u540E\u53F0\uFF0C\u6216\u7A0D\u540E\u518D\u8FD0\u884C `faqops publish`\u3002"
  },
  // The action (src/action)
  {
    en: "pass them from repository secrets (e.g. `token: <the FAQOPS_TOKEN secret>`); plan and check need none.",
    zh: "\u8BF7\u4ECE\u4ED3\u5E93\u7684 secrets \u4F20\u5165\u5B83\u4EEC\uFF08\u4F8B\u5982 `token: <the FAQOPS_TOKEN secret>`\uFF09\uFF1Bplan \u548C check \u4E0D\u9700\u8981\u51ED\u636E\u3002"
  },
  {
    en: "pass them from repository secrets (appid, token, manager-id; v2 needs no encoding-aes-key); plan and check need none.",
    zh: "\u8BF7\u4ECE\u4ED3\u5E93\u7684 secrets \u4F20\u5165\u5B83\u4EEC\uFF08appid\u3001token\u3001manager-id\uFF1Bv2 \u4E0D\u9700\u8981 encoding-aes-key\uFF09\uFF1Bplan \u548C check \u4E0D\u9700\u8981\u51ED\u636E\u3002"
  },
  {
    en: "run apply on push to a branch, or set commit-lockfile: false.",
    zh: "\u8BF7\u5728\u63A8\u9001\u5230\u5206\u652F\u65F6\u8FD0\u884C apply\uFF0C\u6216\u8BBE\u7F6E commit-lockfile: false\u3002"
  },
  {
    en: "the workflow needs `permissions: contents: write`, and actions/checkout with its default persist-credentials: true.",
    zh: "\u5DE5\u4F5C\u6D41\u9700\u8981 `permissions: contents: write`\uFF0C\u4EE5\u53CA\u4FDD\u7559\u9ED8\u8BA4 persist-credentials: true \u7684 actions/checkout\u3002"
  },
  {
    en: "run the workflow again: the lockfile only records what the platform confirmed.",
    zh: "\u8BF7\u91CD\u65B0\u8FD0\u884C\u5DE5\u4F5C\u6D41\uFF1A\u9501\u6587\u4EF6\u53EA\u8BB0\u5F55\u5E73\u53F0\u786E\u8BA4\u8FC7\u7684\u5185\u5BB9\u3002"
  },
  {
    en: "someone else changed the lockfile at the same time; run the workflow again (it needs a `concurrency` group so two syncs never overlap).",
    zh: "\u6709\u4EBA\u540C\u65F6\u6539\u52A8\u4E86\u9501\u6587\u4EF6\uFF1B\u8BF7\u91CD\u65B0\u8FD0\u884C\u5DE5\u4F5C\u6D41\uFF08\u5DE5\u4F5C\u6D41\u9700\u8981\u4E00\u4E2A `concurrency` \u7EC4\uFF0C\u8BA9\u4E24\u6B21\u540C\u6B65\u6C38\u8FDC\u4E0D\u4F1A\u91CD\u53E0\uFF09\u3002"
  },
  {
    en: "the token needs `pull-requests: write` (a pull request from a fork gets a read-only token).",
    zh: "token \u9700\u8981 `pull-requests: write` \u6743\u9650\uFF08\u6765\u81EA\u590D\u523B\u4ED3\u5E93\u7684\u62C9\u53D6\u8BF7\u6C42\u53EA\u80FD\u62FF\u5230\u53EA\u8BFB token\uFF09\u3002"
  },
  // faqops import and export (src/import, src/export)
  { en: "rename or delete one of them", zh: "\u8BF7\u91CD\u547D\u540D\u6216\u5220\u9664\u5176\u4E2D\u4E00\u5217" },
  {
    en: "name the columns as the console's template does: {{names}} (or their English names)",
    zh: "\u8BF7\u6309\u540E\u53F0\u6A21\u677F\u7684\u65B9\u5F0F\u547D\u540D\u5404\u5217\uFF1A{{names}}\uFF08\u6216\u5B83\u4EEC\u7684\u82F1\u6587\u540D\uFF09"
  },
  {
    en: 'a cell that starts with a quote must end with one; write a quote inside it as two ("")',
    zh: '\u4EE5\u5F15\u53F7\u5F00\u5934\u7684\u5355\u5143\u683C\u5FC5\u987B\u4EE5\u5F15\u53F7\u7ED3\u5C3E\uFF1B\u5355\u5143\u683C\u91CC\u7684\u5F15\u53F7\u8981\u5199\u6210\u4E24\u4E2A\uFF08""\uFF09'
  },
  {
    en: 'in Excel, save it as "CSV UTF-8 (Comma delimited)" (or as .xlsx)',
    zh: '\u8BF7\u5728 Excel \u91CC\u628A\u5B83\u53E6\u5B58\u4E3A "CSV UTF-8 (Comma delimited)"\uFF08\u6216 .xlsx\uFF09'
  },
  { en: 'save it again as "CSV UTF-8", or as .xlsx', zh: '\u8BF7\u91CD\u65B0\u53E6\u5B58\u4E3A "CSV UTF-8" \u6216 .xlsx' },
  {
    en: 'save the file as "CSV UTF-8", or use an official Node.js build',
    zh: '\u8BF7\u628A\u6587\u4EF6\u53E6\u5B58\u4E3A "CSV UTF-8"\uFF0C\u6216\u4F7F\u7528\u5B98\u65B9\u6784\u5EFA\u7684 Node.js'
  },
  {
    en: 'save it as "CSV UTF-8 (Comma delimited)", or as .xlsx',
    zh: '\u8BF7\u53E6\u5B58\u4E3A "CSV UTF-8 (Comma delimited)" \u6216 .xlsx'
  },
  { en: "save it as .xlsx, or as CSV UTF-8", zh: "\u8BF7\u53E6\u5B58\u4E3A .xlsx \u6216 CSV UTF-8" },
  {
    en: "open it in Excel and save it again as .xlsx, or as CSV UTF-8",
    zh: "\u8BF7\u5728 Excel \u91CC\u6253\u5F00\u5B83\uFF0C\u91CD\u65B0\u53E6\u5B58\u4E3A .xlsx \u6216 CSV UTF-8"
  },
  { en: "faqops export --out faq.xlsx", zh: "\u4F8B\u5982\uFF1Afaqops export --out faq.xlsx" }
];

// src/i18n/import.ts
var IMPORT_DIAGNOSTICS = {
  "import-sheet": [
    {
      en: 'only the first sheet, "{{name}}", is imported; {{others}} {{_:holds-hold}} rows that are not: move them to the first sheet, or import each sheet saved as its own file',
      zh: '\u53EA\u4F1A\u5BFC\u5165\u7B2C\u4E00\u4E2A\u5DE5\u4F5C\u8868 "{{name}}"\uFF1B{{others}} \u4E2D\u7684\u884C\u4E0D\u4F1A\u5BFC\u5165\uFF1A\u8BF7\u628A\u5B83\u4EEC\u79FB\u5230\u7B2C\u4E00\u4E2A\u5DE5\u4F5C\u8868\uFF0C\u6216\u628A\u6BCF\u4E2A\u5DE5\u4F5C\u8868\u53E6\u5B58\u4E3A\u5355\u72EC\u7684\u6587\u4EF6\u518D\u5206\u522B\u5BFC\u5165'
    }
  ],
  "import-header": [
    {
      en: "row {{row:n}} is above the header row (row {{header:n}}): it is not imported",
      zh: "\u7B2C {{row}} \u884C\u5728\u6807\u9898\u884C\uFF08\u7B2C {{header}} \u884C\uFF09\u4E4B\u4E0A\uFF1A\u4E0D\u4F1A\u5BFC\u5165"
    }
  ],
  "import-column": [
    {
      en: "column {{letter:word}} {{what:column-what}} is not imported: its values (this is the first) are left out of every entry",
      zh: "\u7B2C {{letter}} \u5217{{what}}\u4E0D\u4F1A\u5BFC\u5165\uFF1A\u5B83\u7684\u503C\uFF08\u8FD9\u91CC\u662F\u7B2C\u4E00\u4E2A\uFF09\u4E0D\u4F1A\u8FDB\u5165\u4EFB\u4F55\u6761\u76EE"
    }
  ],
  "import-cell": [
    {
      en: "the cell holds a date, not text (Excel turns text such as 3-1 into a date): format the column as text and type the cell again",
      zh: "\u5355\u5143\u683C\u91CC\u662F\u65E5\u671F\u800C\u4E0D\u662F\u6587\u5B57\uFF08Excel \u4F1A\u628A 3-1 \u8FD9\u6837\u7684\u6587\u5B57\u53D8\u6210\u65E5\u671F\uFF09\uFF1A\u8BF7\u628A\u8FD9\u4E00\u5217\u8BBE\u4E3A\u6587\u672C\u683C\u5F0F\uFF0C\u518D\u91CD\u65B0\u8F93\u5165"
    },
    {
      en: "the cell holds the error value {{value}}, not text",
      zh: "\u5355\u5143\u683C\u91CC\u662F\u9519\u8BEF\u503C {{value}}\uFF0C\u4E0D\u662F\u6587\u5B57"
    },
    {
      en: "the cell holds a formula whose value was not saved: open the file in Excel and save it again",
      zh: "\u5355\u5143\u683C\u91CC\u662F\u4E00\u4E2A\u6CA1\u6709\u4FDD\u5B58\u8BA1\u7B97\u7ED3\u679C\u7684\u516C\u5F0F\uFF1A\u8BF7\u5728 Excel \u91CC\u6253\u5F00\u6587\u4EF6\u5E76\u91CD\u65B0\u4FDD\u5B58"
    }
  ],
  "import-link": [
    {
      en: "the cell's link to {{url}} is not imported, only its text: write the link into the text",
      zh: "\u5355\u5143\u683C\u6307\u5411 {{url}} \u7684\u94FE\u63A5\u4E0D\u4F1A\u5BFC\u5165\uFF0C\u53EA\u5BFC\u5165\u5B83\u7684\u6587\u5B57\uFF1A\u8BF7\u628A\u94FE\u63A5\u5199\u8FDB\u6587\u5B57\u91CC"
    }
  ],
  "import-skill": [
    {
      en: "the skill is empty: every entry belongs to a skill",
      zh: "\u6280\u80FD\u4E3A\u7A7A\uFF1A\u6BCF\u4E2A\u6761\u76EE\u90FD\u5C5E\u4E8E\u4E00\u4E2A\u6280\u80FD"
    },
    { en: "the skill has several lines: make it one line", zh: "\u6280\u80FD\u6709\u591A\u884C\uFF1A\u8BF7\u6539\u6210\u4E00\u884C" },
    {
      en: "the skill is {{length:n}} characters long; the console allows {{max:n}}",
      zh: "\u6280\u80FD\u6709 {{length}} \u4E2A\u5B57\u7B26\uFF1B\u540E\u53F0\u6700\u591A\u5141\u8BB8 {{max}} \u4E2A"
    }
  ],
  "import-title": [
    { en: "the standard question (the title) is empty", zh: "\u6807\u51C6\u95EE\u9898\uFF08\u6807\u9898\uFF09\u4E3A\u7A7A" }
  ],
  "import-threshold": [
    {
      en: 'the similarity threshold "{{text}}" is not a number from 0 to 1{{mean:did-you-mean}}',
      zh: '\u76F8\u4F3C\u5EA6\u9608\u503C "{{text}}" \u4E0D\u662F 0 \u5230 1 \u4E4B\u95F4\u7684\u6570\u5B57{{mean}}'
    },
    {
      en: "the similarity threshold {{text}} has more than {{places:n}} decimal places, which faqops does not keep: round it",
      zh: "\u76F8\u4F3C\u5EA6\u9608\u503C {{text}} \u7684\u5C0F\u6570\u8D85\u8FC7 {{places}} \u4F4D\uFF0Cfaqops \u4E0D\u4F1A\u4FDD\u7559\uFF1A\u8BF7\u56DB\u820D\u4E94\u5165"
    }
  ],
  "import-disabled": [
    { en: '"{{text}}" is not true or false', zh: '"{{text}}" \u4E0D\u662F true \u6216 false' }
  ],
  "import-answer-empty": [
    { en: "the answer is empty: an entry needs an answer", zh: "\u7B54\u6848\u4E3A\u7A7A\uFF1A\u6761\u76EE\u5FC5\u987B\u6709\u7B54\u6848" }
  ],
  "import-answers": [
    {
      en: "the cell holds {{count:n}} answers (separated by ##), of which the console sends one at random; faqops sends one answer, the first, and keeps the {{other:other-answers}} as a comment in the file's front matter: choose one, or merge them",
      zh: "\u5355\u5143\u683C\u91CC\u6709 {{count}} \u4E2A\u7B54\u6848\uFF08\u7528 ## \u5206\u9694\uFF09\uFF0C\u540E\u53F0\u4F1A\u968F\u673A\u53D1\u9001\u5176\u4E2D\u4E00\u4E2A\uFF1Bfaqops \u53EA\u53D1\u9001\u7B2C\u4E00\u4E2A\uFF0C\u5E76\u628A{{other}}\u4F5C\u4E3A\u6CE8\u91CA\u4FDD\u7559\u5728\u6587\u4EF6\u7684\u5934\u90E8\u4FE1\u606F\u91CC\uFF1A\u8BF7\u9009\u5B9A\u4E00\u4E2A\uFF0C\u6216\u628A\u5B83\u4EEC\u5408\u5E76"
    }
  ],
  "import-answer-trimmed": [
    {
      en: "the answer starts or ends with white space, which is not kept: faqops sends every text message trimmed",
      zh: "\u7B54\u6848\u5F00\u5934\u6216\u7ED3\u5C3E\u6709\u7A7A\u767D\uFF0C\u8FD9\u4E9B\u7A7A\u767D\u4E0D\u4F1A\u4FDD\u7559\uFF1Afaqops \u53D1\u9001\u6BCF\u6761\u6587\u5B57\u6D88\u606F\u65F6\u90FD\u4F1A\u53BB\u6389\u9996\u5C3E\u7A7A\u767D"
    }
  ],
  "import-question-dropped": [
    {
      en: 'the similar question "{{question}}" is left out: it is alike to {{same:alike-to}}, which the bot matches already',
      zh: '\u76F8\u4F3C\u95EE\u6CD5 "{{question}}" \u6CA1\u6709\u5BFC\u5165\uFF1A\u5B83\u4E0E{{same}}\u76F8\u540C\uFF0C\u673A\u5668\u4EBA\u5DF2\u7ECF\u80FD\u5339\u914D'
    }
  ],
  "import-rich": [
    {
      en: "the answer looks like a rich answer (JSON) but cannot be written as cards: {{problem}}",
      zh: "\u7B54\u6848\u770B\u8D77\u6765\u662F\u5BCC\u7B54\u6848\uFF08JSON\uFF09\uFF0C\u4F46\u65E0\u6CD5\u5199\u6210\u5361\u7247\uFF1A{{problem}}"
    }
  ],
  "import-duplicate": [
    {
      en: "row {{row:n}} has the same skill and standard question; the platform keeps one entry per skill and question: merge the rows or change one question",
      zh: "\u7B2C {{row}} \u884C\u7684\u6280\u80FD\u548C\u6807\u51C6\u95EE\u9898\u4E0E\u8FD9\u4E00\u884C\u76F8\u540C\uFF1B\u5E73\u53F0\u5BF9\u6BCF\u4E2A\u6280\u80FD\u548C\u95EE\u9898\u53EA\u4FDD\u7559\u4E00\u4E2A\u6761\u76EE\uFF1A\u8BF7\u5408\u5E76\u8FD9\u4E24\u884C\uFF0C\u6216\u4FEE\u6539\u5176\u4E2D\u4E00\u4E2A\u95EE\u9898"
    }
  ],
  "import-conflict": [
    {
      en: "{{message}} (`check` reports this as `{{rule}}`)",
      zh: "{{message}}\uFF08`check` \u4F1A\u628A\u5B83\u62A5\u544A\u4E3A `{{rule}}`\uFF09"
    }
  ],
  "import-exists": [
    {
      en: "{{file}} already holds this entry, with other text: nothing was written; run again with --force to replace it (the file's id is kept)",
      zh: "{{file}} \u5DF2\u7ECF\u6709\u8FD9\u4E2A\u6761\u76EE\uFF0C\u4F46\u5185\u5BB9\u4E0D\u540C\uFF1A\u6CA1\u6709\u5199\u5165\uFF1B\u8981\u66FF\u6362\u5B83\uFF0C\u8BF7\u52A0 --force \u91CD\u65B0\u8FD0\u884C\uFF08\u6587\u4EF6\u7684 id \u4F1A\u4FDD\u7559\uFF09"
    }
  ],
  "import-roundtrip": [
    {
      en: "faqops cannot write this row so that it compiles back unchanged (the {{what:roundtrip-fields}} would differ): this is a bug in faqops; please report it with the row",
      zh: "faqops \u65E0\u6CD5\u628A\u8FD9\u4E00\u884C\u5199\u6210\u80FD\u539F\u6837\u7F16\u8BD1\u56DE\u6765\u7684\u6587\u4EF6\uFF08{{what}}\u4F1A\u4E0D\u540C\uFF09\uFF1A\u8FD9\u662F faqops \u7684\u7F3A\u9677\uFF0C\u8BF7\u8FDE\u540C\u8FD9\u4E00\u884C\u4E00\u8D77\u62A5\u544A"
    }
  ],
  "export-separator": [
    {
      en: `{{what:separated}} {{_:holds-hold}} "##", which the console's template reads as the separator of several questions or answers: this entry is left out of the export; reword it (for example with "# #" or "\uFF03\uFF03")`,
      zh: '{{what}}\u542B\u6709 "##"\uFF0C\u540E\u53F0\u6A21\u677F\u4F1A\u628A\u5B83\u5F53\u4F5C\u591A\u4E2A\u95EE\u6CD5\u6216\u7B54\u6848\u7684\u5206\u9694\u7B26\uFF1A\u8FD9\u4E2A\u6761\u76EE\u6CA1\u6709\u5BFC\u51FA\uFF1B\u8BF7\u6539\u5199\uFF08\u4F8B\u5982\u5199\u6210 "# #" \u6216 "\uFF03\uFF03"\uFF09'
    }
  ],
  "export-rich": [
    {
      en: "the answer {{what:export-rich-what}}, which the console's template cannot hold (its answers are text): it is written as the JSON the platform receives, which `faqops import` reads back, but the console would show as text",
      zh: "\u7B54\u6848{{what}}\uFF0C\u540E\u53F0\u6A21\u677F\u65E0\u6CD5\u5BB9\u7EB3\uFF08\u5B83\u7684\u7B54\u6848\u90FD\u662F\u6587\u5B57\uFF09\uFF1A\u4F1A\u5199\u6210\u5E73\u53F0\u6536\u5230\u7684 JSON\uFF0C`faqops import` \u80FD\u8BFB\u56DE\uFF0C\u4F46\u540E\u53F0\u4F1A\u628A\u5B83\u663E\u793A\u6210\u6587\u5B57"
    }
  ]
};
var FIELDS = {
  skill: "\u6280\u80FD",
  title: "\u6807\u9898",
  "similar questions": "\u76F8\u4F3C\u95EE\u6CD5",
  threshold: "\u9608\u503C",
  draft: "\u8349\u7A3F",
  answer: "\u7B54\u6848"
};
var CONTENT = DIAGNOSTIC_CATALOGUE;
function translateTail(value) {
  const space = value.indexOf(" ");
  const rule = value.slice(0, space);
  const message = value.slice(space + 1);
  const outer = translate(IMPORT_DIAGNOSTICS[rule] ?? CONTENT[rule] ?? [], message);
  if (!outer) return value;
  let text = outer.text;
  if (rule === "import-conflict") {
    const inner = /^([\s\S]*) \(`check` reports this as `([a-z-]+)`\)$/.exec(message);
    const entries2 = CONTENT[inner?.[2] ?? ""];
    const translated = inner && entries2 ? translate(entries2, inner[1]) : void 0;
    if (translated) {
      text = text.replace(inner[1], translated.text.replace(/\brow (\d+)\b/g, "\u7B2C $1 \u884C"));
    }
  }
  return `${rule} ${text}`;
}
registerKinds({
  "import-tail": { pattern: "[a-z][a-z0-9-]* [^]*", zh: translateTail },
  severity: { pattern: "(?:error|warning)" },
  "holds-hold": [
    { en: "holds", zh: "" },
    { en: "hold", zh: "" }
  ],
  "column-what": [
    { en: "without a header", zh: "\uFF08\u6CA1\u6709\u6807\u9898\uFF09" },
    { en: "past the template's {{count:n}} columns", zh: "\uFF08\u5728\u6A21\u677F\u7684 {{count}} \u5217\u4E4B\u540E\uFF09" },
    {
      en: '"{{name}}" (faqops has no intent priority)',
      zh: ' "{{name}}"\uFF08faqops \u6CA1\u6709\u610F\u56FE\u4F18\u5148\u7EA7\uFF09'
    },
    { en: '"{{name}}"', zh: ' "{{name}}" ' }
  ],
  "did-you-mean": [
    { en: ": did you mean {{value:n}}?", zh: "\uFF1A\u662F\u4E0D\u662F\u60F3\u5199 {{value}}\uFF1F" },
    { en: "", zh: "" }
  ],
  "other-answers": [
    { en: "other one", zh: "\u53E6\u4E00\u4E2A" },
    { en: "other {{count:n}}", zh: "\u53E6\u5916 {{count}} \u4E2A" }
  ],
  "alike-to": [
    { en: "the title", zh: "\u6807\u9898" },
    { en: '"{{question}}"', zh: ' "{{question}}" ' }
  ],
  "roundtrip-fields": {
    pattern: "[^]*?",
    zh: (value) => value.split(", ").map((field) => FIELDS[field] ?? field).join("\u3001")
  },
  separated: {
    pattern: "[^]*?",
    zh: (value) => value.replace(/the similar question "/g, '\u76F8\u4F3C\u95EE\u6CD5 "').replace(/\bthe answer\b/g, "\u7B54\u6848").replace(/ and /g, " \u548C ")
  },
  "export-rich-what": [
    { en: "has {{count:n}} messages", zh: "\u6709 {{count}} \u6761\u6D88\u606F" },
    { en: "is a card", zh: "\u662F\u5361\u7247" }
  ],
  // The import's report (commands/import.ts renderImport)
  "count-rows": [
    { en: "1 row", zh: "1 \u884C" },
    { en: "{{count:n}} rows", zh: "{{count}} \u884C" }
  ],
  "count-files": [
    { en: "1 file", zh: "1 \u4E2A\u6587\u4EF6" },
    { en: "{{count:n}} files", zh: "{{count}} \u4E2A\u6587\u4EF6" }
  ],
  "count-drafts": [
    { en: "1 draft", zh: "1 \u4E2A\u8349\u7A3F" },
    { en: "{{count:n}} drafts", zh: "{{count}} \u4E2A\u8349\u7A3F" }
  ],
  "read-as": [
    { en: '.xlsx, sheet "{{name}}"', zh: '.xlsx\uFF0C\u5DE5\u4F5C\u8868 "{{name}}"' },
    { en: "UTF-8 with BOM", zh: "\u5E26 BOM \u7684 UTF-8" },
    { en: "UTF-8", zh: "UTF-8" },
    { en: "GB18030 (GBK)", zh: "GB18030\uFF08GBK\uFF09" }
  ],
  "import-header-what": [
    {
      en: "no header row: columns taken in the template's order",
      zh: "\u6CA1\u6709\u6807\u9898\u884C\uFF1A\u6309\u6A21\u677F\u7684\u5217\u987A\u5E8F\u8BFB\u53D6"
    },
    { en: "header in row {{row:n}}", zh: "\u6807\u9898\u5728\u7B2C {{row}} \u884C" }
  ],
  "import-verb": [
    { en: "created", zh: "\u5DF2\u521B\u5EFA" },
    { en: "would create", zh: "\u5C06\u521B\u5EFA" },
    { en: "replaced", zh: "\u5DF2\u66FF\u6362" },
    { en: "would replace", zh: "\u5C06\u66FF\u6362" },
    { en: "unchanged", zh: "\u672A\u53D8" },
    { en: "not replaced", zh: "\u672A\u66FF\u6362" },
    { en: "would not replace", zh: "\u4E0D\u4F1A\u66FF\u6362" }
  ],
  "to-create": [
    { en: "to create", zh: "\u5C06\u65B0\u5EFA" },
    { en: "created", zh: "\u5DF2\u65B0\u5EFA" }
  ],
  "to-replace": [
    { en: "to replace", zh: "\u5C06\u66FF\u6362" },
    { en: "replaced", zh: "\u5DF2\u66FF\u6362" }
  ],
  "import-rows": [
    { en: "every row imported", zh: "\u6240\u6709\u884C\u90FD\u5DF2\u5BFC\u5165" },
    {
      en: "{{count:count-rows}} not imported ({{list:row-list}})",
      zh: "{{count}}\u6CA1\u6709\u5BFC\u5165\uFF08{{list}}\uFF09"
    }
  ],
  "row-list": [
    { en: "row {{row:n}}", zh: "\u7B2C {{row}} \u884C" },
    {
      en: "rows {{rows}} and {{more:n}} more",
      zh: "\u7B2C {{rows}} \u884C\uFF0C\u53E6\u5916\u8FD8\u6709 {{more}} \u884C"
    },
    { en: "rows {{rows}} and {{last:n}}", zh: "\u7B2C {{rows}} \u548C {{last}} \u884C" }
  ],
  "import-dry": [
    { en: " (dry run: nothing written)", zh: "\uFF08\u6F14\u7EC3\uFF1A\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u6587\u4EF6\uFF09" },
    { en: "", zh: "" }
  ],
  // The export's report (commands/export.ts)
  "check-counts": [
    {
      en: "{{entries:count-entries}}, {{errors:count-errors}}, {{warnings:count-warnings}}",
      zh: "{{entries}}\uFF0C{{errors}}\uFF0C{{warnings}}"
    }
  ],
  "export-where": [
    { en: "wrote {{file}}", zh: "\u5DF2\u5199\u5165 {{file}}" },
    { en: "exported", zh: "\u5DF2\u5BFC\u51FA" }
  ],
  "export-notes": [
    { en: "; {{a:export-note}}, {{b:export-note}}", zh: "\uFF1B{{a}}\uFF0C{{b}}" },
    { en: "; {{a:export-note}}", zh: "\uFF1B{{a}}" },
    { en: "", zh: "" }
  ],
  "export-note": [
    { en: "{{count:count-drafts}} not exported", zh: "{{count}}\u6CA1\u6709\u5BFC\u51FA" },
    { en: "{{count:count-entries}} left out (see above)", zh: "{{count}}\u88AB\u7565\u53BB\uFF08\u89C1\u4E0A\u6587\uFF09" }
  ]
});
var IMPORT_LINES = [
  // A problem's line, as renderDiagnostics prints it: place, severity and rule id kept.
  {
    en: "{{place:word}} {{severity:severity}} {{tail:import-tail}}",
    zh: "{{place}} {{severity}} {{tail}}"
  },
  {
    en: "read {{file}} as {{as:read-as}}: {{rows:count-rows}}, {{header:import-header-what}}",
    zh: "\u5DF2\u8BFB\u53D6 {{file}}\uFF08{{as}}\uFF09\uFF1A{{rows}}\uFF0C{{header}}"
  },
  {
    en: "{{verb:import-verb}} {{file}} (row {{row:n}})",
    zh: "{{verb}} {{file}}\uFF08\u7B2C {{row}} \u884C\uFF09"
  },
  {
    en: "{{created:count-files}} {{to:to-create}}, {{replaced:n}} {{to2:to-replace}}, {{unchanged:n}} unchanged, {{rows:import-rows}}{{dry:import-dry}}",
    zh: "{{to}} {{created}}\uFF0C{{to2}} {{replaced}} \u4E2A\uFF0C\u672A\u53D8 {{unchanged}} \u4E2A\uFF0C{{rows}}{{dry}}"
  },
  { en: "{{counts:check-counts}}: nothing exported", zh: "{{counts}}\uFF1A\u6CA1\u6709\u5BFC\u51FA\u4EFB\u4F55\u5185\u5BB9" },
  {
    en: "{{where:export-where}} ({{format:word}}): {{count:count-entries}}{{notes:export-notes}}",
    zh: "{{where}}\uFF08{{format}}\uFF09\uFF1A{{count}}{{notes}}"
  }
];

// src/i18n/text.ts
var counted = (one, many, zh) => [
  { en: `{{count:n}} ${one}`, zh: `{{count}} ${zh}` },
  { en: `{{count:n}} ${many}`, zh: `{{count}} ${zh}` }
];
var PUBLISH_REMEDY_ZH = "`faqops publish`\uFF08\u6216 `faqops apply --publish`\uFF09\u4F1A\u53D1\u5E03\u5DF2\u5199\u5165\u7684\u5185\u5BB9";
registerKinds({
  "error-message": ERROR_MESSAGES,
  "error-hint": ERROR_HINTS,
  "count-entries": counted("entry", "entries", "\u4E2A\u6761\u76EE"),
  "count-errors": counted("error", "errors", "\u4E2A\u9519\u8BEF"),
  "count-warnings": counted("warning", "warnings", "\u4E2A\u8B66\u544A"),
  "count-requests": counted("request", "requests", "\u4E2A\u8BF7\u6C42"),
  "count-entry-is": counted("entry is", "entries are", "\u4E2A\u6761\u76EE"),
  "count-entry-was": counted("entry was", "entries were", "\u4E2A\u6761\u76EE"),
  "count-import-tasks": counted("import task", "import tasks", "\u4E2A\u5BFC\u5165\u4EFB\u52A1"),
  "count-import-task-was": counted("import task was", "import tasks were", "\u4E2A\u5BFC\u5165\u4EFB\u52A1"),
  "count-confirmations": counted("confirmation", "confirmations", "\u4E2A\u786E\u8BA4"),
  "count-rich": counted("entry to write carries", "entries to write carry", "\u4E2A\u8981\u5199\u5165\u7684\u6761\u76EE\u5E26\u6709"),
  "is-are": [
    { en: "is", zh: "" },
    { en: "are", zh: "" }
  ],
  "was-were": [
    { en: "was", zh: "" },
    { en: "were", zh: "" }
  ],
  "it-them-they": [
    { en: "it", zh: "" },
    { en: "them", zh: "" },
    { en: "they", zh: "" }
  ],
  "plan-updates": [
    {
      en: "{{update:n}} to update, {{enable:n}} to enable",
      zh: "\u66F4\u65B0 {{update}} \u4E2A\uFF0C\u542F\u7528 {{enable}} \u4E2A"
    },
    { en: "{{update:n}} to update", zh: "\u66F4\u65B0 {{update}} \u4E2A" }
  ],
  "plan-drift": [
    { en: "{{count:n}} to disable", zh: "\u505C\u7528 {{count}} \u4E2A" },
    {
      en: "{{count:n}} on the bot but not in the content",
      zh: "{{count}} \u4E2A\u5728\u673A\u5668\u4EBA\u4E0A\u4F46\u4E0D\u5728\u5185\u5BB9\u91CC"
    }
  ],
  "plan-owed": [
    { en: " {{count:n}} written, not yet published.", zh: "\u53E6\u6709 {{count}} \u4E2A\u5DF2\u5199\u5165\u3001\u5C1A\u672A\u53D1\u5E03\u3002" },
    { en: "", zh: "" }
  ],
  "plan-summary": [
    {
      en: "{{create:n}} to create, {{updates:plan-updates}}, {{rename:n}} to rename, {{drift:plan-drift}}, {{unchanged:n}} unchanged.{{owed:plan-owed}}",
      zh: "\u65B0\u5EFA {{create}} \u4E2A\uFF0C{{updates}}\uFF0C\u91CD\u547D\u540D {{rename}} \u4E2A\uFF0C{{drift}}\uFF0C\u672A\u53D8 {{unchanged}} \u4E2A\u3002{{owed}}"
    }
  ],
  "drift-remedy": [
    {
      en: "the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first)",
      zh: "v1 API \u53EA\u80FD\u901A\u8FC7\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\u6765\u5220\u9664\u6761\u76EE\uFF1A`faqops apply --prune` \u4F1A\u8FD9\u6837\u505A\uFF08\u5148\u7528 `faqops plan --prune` \u68C0\u67E5\uFF09"
    },
    {
      en: "the v2 API switches drift off, reversibly: `faqops apply --api v2 --prune` disables it (review `faqops plan --api v2 --prune` first)",
      zh: "v2 API \u53EF\u4EE5\u53EF\u9006\u5730\u505C\u7528\u5B83\u4EEC\uFF1A`faqops apply --api v2 --prune` \u4F1A\u505C\u7528\uFF08\u5148\u7528 `faqops plan --api v2 --prune` \u68C0\u67E5\uFF09"
    }
  ],
  "apply-kinds": [
    {
      en: "{{create:n}} new, {{update:n}} changed, {{enable:n}} enabled, {{rename:n}} renamed{{requests:apply-requests}}",
      zh: "\u65B0\u5EFA {{create}} \u4E2A\uFF0C\u6539\u52A8 {{update}} \u4E2A\uFF0C\u542F\u7528 {{enable}} \u4E2A\uFF0C\u91CD\u547D\u540D {{rename}} \u4E2A{{requests}}"
    },
    {
      en: "{{create:n}} new, {{update:n}} changed, {{rename:n}} renamed{{requests:apply-requests}}",
      zh: "\u65B0\u5EFA {{create}} \u4E2A\uFF0C\u6539\u52A8 {{update}} \u4E2A\uFF0C\u91CD\u547D\u540D {{rename}} \u4E2A{{requests}}"
    }
  ],
  "apply-requests": [
    { en: "; {{requests:count-requests}}", zh: "\uFF1B{{requests}}" },
    { en: "", zh: "" }
  ],
  note: [
    {
      en: "no lockfile ({{file}}): every entry will be written; entries already on the bot with the same skill and title are overwritten in place.",
      zh: "\u6CA1\u6709\u9501\u6587\u4EF6\uFF08{{file}}\uFF09\uFF1A\u6240\u6709\u6761\u76EE\u90FD\u4F1A\u5199\u5165\uFF1B\u673A\u5668\u4EBA\u4E0A\u6280\u80FD\u548C\u6807\u9898\u76F8\u540C\u7684\u6761\u76EE\u4F1A\u88AB\u539F\u5730\u8986\u76D6\u3002"
    },
    {
      en: "{{count:count-confirmations}} from a run stopped before saving {{_:it-them-they}} ({{file}}.journal) {{_2:is-are}} taken as done; the next apply saves {{_3:it-them-they}} into the lockfile.",
      zh: "\u4E00\u6B21\u4E2D\u9014\u505C\u6B62\u7684\u8FD0\u884C\u7559\u4E0B\u4E86 {{count}}\uFF0C\u5C1A\u672A\u4FDD\u5B58\uFF08{{file}}.journal\uFF09\uFF0C\u73B0\u6309\u5DF2\u5B8C\u6210\u5904\u7406\uFF1B\u4E0B\u6B21 apply \u4F1A\u628A\u5B83\u4EEC\u5B58\u5165\u9501\u6587\u4EF6\u3002"
    },
    {
      en: `{{count:count-rich}} a rich answer (a card or several messages), sent as the same JSON string v1 sends; the platform's v2 documentation does not say that import accepts rich answers: after publishing, check {{_:it-them-they}} on the bot (docs/platform.md, "v1 or v2").`,
      zh: "{{count}}\u5BCC\u7B54\u6848\uFF08\u5361\u7247\u6216\u591A\u6761\u6D88\u606F\uFF09\uFF0C\u4F1A\u4EE5\u4E0E v1 \u76F8\u540C\u7684 JSON \u5B57\u7B26\u4E32\u53D1\u9001\uFF1B\u5E73\u53F0\u7684 v2 \u6587\u6863\u6CA1\u6709\u8BF4\u660E\u5BFC\u5165\u63A5\u53E3\u63A5\u53D7\u5BCC\u7B54\u6848\uFF1A\u53D1\u5E03\u540E\u8BF7\u5728\u673A\u5668\u4EBA\u4E0A\u68C0\u67E5\u5B83\u4EEC\uFF08docs/platform.md\uFF0C\u201Cv1 or v2\u201D\uFF09\u3002"
    },
    {
      en: '{{count:count-entries}} with a rich answer (a card or several messages) {{_:was-were}} written through v1 and {{_2:is-are}} not written by this plan; the platform\'s v2 documentation does not say that import accepts rich answers: try them on a test bot before `--resend-all` (docs/platform.md, "v1 or v2").',
      zh: "{{count}}\u5E26\u6709\u5BCC\u7B54\u6848\uFF08\u5361\u7247\u6216\u591A\u6761\u6D88\u606F\uFF09\uFF0C\u66FE\u7ECF\u7531 v1 \u5199\u5165\uFF0C\u672C\u6B21\u8BA1\u5212\u4E0D\u4F1A\u5199\u5165\u5B83\u4EEC\uFF1B\u5E73\u53F0\u7684 v2 \u6587\u6863\u6CA1\u6709\u8BF4\u660E\u5BFC\u5165\u63A5\u53E3\u63A5\u53D7\u5BCC\u7B54\u6848\uFF1A\u4F7F\u7528 `--resend-all` \u4E4B\u524D\uFF0C\u8BF7\u5148\u5728\u6D4B\u8BD5\u673A\u5668\u4EBA\u4E0A\u8BD5\u4E00\u8BD5\uFF08docs/platform.md\uFF0C\u201Cv1 or v2\u201D\uFF09\u3002"
    }
  ]
});
var TEXT_LINES = [
  // check, compile, preview: the counts
  {
    en: "{{entries:count-entries}}, {{errors:count-errors}}, {{warnings:count-warnings}}",
    zh: "{{entries}}\uFF0C{{errors}}\uFF0C{{warnings}}"
  },
  // Errors (cli/main.ts describeError)
  {
    en: "faqops: internal error: {{detail}}",
    zh: "faqops\uFF1A\u5185\u90E8\u9519\u8BEF\uFF1A{{detail}}"
  },
  {
    en: "hint: this is a bug in faqops; set FAQOPS_DEBUG=1 for details and report it.",
    zh: "\u63D0\u793A\uFF1A\u8FD9\u662F faqops \u7684\u7F3A\u9677\uFF1B\u8BBE\u7F6E FAQOPS_DEBUG=1 \u53EF\u67E5\u770B\u8BE6\u60C5\uFF0C\u8BF7\u62A5\u544A\u5B83\u3002"
  },
  { en: "faqops: {{message:error-message}}", zh: "faqops\uFF1A{{message}}" },
  { en: "hint: {{hint:error-hint}}", zh: "\u63D0\u793A\uFF1A{{hint}}" },
  { en: "note: {{note:note}}", zh: "\u6CE8\u610F\uFF1A{{note}}" },
  // The pieces alone: a count before it is coloured, a note shown without `note:` (the action).
  { en: "{{count:count-entries}}", zh: "{{count}}" },
  { en: "{{count:count-errors}}", zh: "{{count}}" },
  { en: "{{count:count-warnings}}", zh: "{{count}}" },
  { en: "{{note:note}}", zh: "{{note}}" },
  // plan
  { en: "Plan: {{summary:plan-summary}}", zh: "\u8BA1\u5212\uFF1A{{summary}}" },
  {
    en: "No changes: the platform is up to date with the content.",
    zh: "\u6CA1\u6709\u6539\u52A8\uFF1A\u5E73\u53F0\u4E0E\u5185\u5BB9\u4E00\u81F4\u3002"
  },
  {
    en: "{{count:count-entry-is}} on the bot but not in the content: {{remedy:drift-remedy}}.",
    zh: "{{count}}\u5728\u673A\u5668\u4EBA\u4E0A\u4F46\u4E0D\u5728\u5185\u5BB9\u91CC\uFF1A{{remedy}}\u3002"
  },
  {
    en: "{{count:count-entry-was}} written but not published: the live bot does not answer with {{_:it-them-they}} yet; `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    zh: `{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u8FD8\u4E0D\u4F1A\u7528\u5B83\u4EEC\u56DE\u7B54\uFF1B${PUBLISH_REMEDY_ZH}\u3002`
  },
  {
    en: "{{count:count-entry-is}} written but not published: the live bot does not answer with {{_:it-them-they}} yet; `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    zh: `{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u8FD8\u4E0D\u4F1A\u7528\u5B83\u4EEC\u56DE\u7B54\uFF1B${PUBLISH_REMEDY_ZH}\u3002`
  },
  {
    en: "--prune: nothing to remove; the sync stays incremental.",
    zh: "--prune\uFF1A\u6CA1\u6709\u8981\u5220\u9664\u7684\u6761\u76EE\uFF1B\u540C\u6B65\u4ECD\u662F\u589E\u91CF\u7684\u3002"
  },
  {
    en: "--prune (v2): {{count:count-entries}} ({{share}} of what faqops knows on the platform) will be DISABLED (disable: true): kept on the bot, switched off once published; bringing one back into the content switches it on again. Nothing faqops does not know is touched.",
    zh: "--prune\uFF08v2\uFF09\uFF1A{{count}}\uFF08\u5360 faqops \u6240\u77E5\u5E73\u53F0\u4E0A\u6761\u76EE\u7684 {{share}}\uFF09\u5C06\u88AB\u3010\u505C\u7528\u3011\uFF08disable: true\uFF09\uFF1A\u4ECD\u4FDD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u53D1\u5E03\u540E\u4E0D\u518D\u751F\u6548\uFF1B\u628A\u5B83\u52A0\u56DE\u5185\u5BB9\u5373\u53EF\u91CD\u65B0\u542F\u7528\u3002faqops \u4E0D\u77E5\u9053\u7684\u6761\u76EE\u4E0D\u4F1A\u88AB\u6539\u52A8\u3002"
  },
  {
    en: "!!! PRUNE: the whole bot's content will be REPLACED ({{how:prune-how}}) !!!",
    zh: "!!! \u4FEE\u526A\uFF1A\u673A\u5668\u4EBA\u7684\u5168\u90E8\u5185\u5BB9\u5C06\u88AB\u3010\u66FF\u6362\u3011\uFF08{{how}}\uFF09!!!"
  },
  {
    en: "!!! It removes {{count:n}} entr{{_:y-ies}} ({{share}} of what faqops knows on the platform), keeps {{keeps:n}}, and also removes anything added by hand in the console. !!!",
    zh: "!!! \u5C06\u5220\u9664 {{count}} \u4E2A\u6761\u76EE\uFF08\u5360 faqops \u6240\u77E5\u5E73\u53F0\u4E0A\u6761\u76EE\u7684 {{share}}\uFF09\uFF0C\u4FDD\u7559 {{keeps}} \u4E2A\uFF0C\u5E76\u4E14\u4F1A\u5220\u9664\u5728\u540E\u53F0\u624B\u5DE5\u6DFB\u52A0\u7684\u6240\u6709\u5185\u5BB9\u3002!!!"
  },
  { en: "Refused: {{why:prune-refusal}}", zh: "\u5DF2\u62D2\u7EDD\uFF1A{{why}}" },
  {
    en: "Saved the plan to {{file}}: `faqops apply {{file2}}` applies exactly it.",
    zh: "\u8BA1\u5212\u5DF2\u4FDD\u5B58\u5230 {{file}}\uFF1A`faqops apply {{file}}` \u4F1A\u4E25\u683C\u6309\u5B83\u6267\u884C\u3002"
  },
  // plan: each change's line (render/plan.ts actionLine; with details, without the answer)
  {
    en: "  {{sign:sign}} {{title}}  ({{why:plan-why}})  {{preview}}",
    zh: "  {{sign}} {{title}}  \uFF08{{why}}\uFF09  {{preview}}"
  },
  { en: "  {{sign:sign}} {{title}}  ({{why:plan-why}})", zh: "  {{sign}} {{title}}  \uFF08{{why}}\uFF09" },
  // plan: a change's diff (render/diff.ts diffLines), its labels between the content
  {
    en: "{{indent:indent}}message {{index:n}}: unchanged",
    zh: "{{indent}}\u7B2C {{index}} \u6761\u6D88\u606F\uFF1A\u672A\u53D8"
  },
  {
    en: "{{indent:indent}}message {{index:n}} (added):",
    zh: "{{indent}}\u7B2C {{index}} \u6761\u6D88\u606F\uFF08\u65B0\u589E\uFF09\uFF1A"
  },
  {
    en: "{{indent:indent}}message {{index:n}} (removed):",
    zh: "{{indent}}\u7B2C {{index}} \u6761\u6D88\u606F\uFF08\u5220\u9664\uFF09\uFF1A"
  },
  {
    en: "{{indent:indent}}message {{index:n}} (changed):",
    zh: "{{indent}}\u7B2C {{index}} \u6761\u6D88\u606F\uFF08\u6539\u52A8\uFF09\uFF1A"
  },
  {
    en: "      (the previous version cannot be shown: {{why:before-why}}; the new one in full:)",
    zh: "      \uFF08\u65E0\u6CD5\u663E\u793A\u4E4B\u524D\u7684\u7248\u672C\uFF1A{{why}}\uFF1B\u4E0B\u9762\u662F\u5B8C\u6574\u7684\u65B0\u7248\u672C\uFF1A\uFF09"
  },
  { en: "      (the same as on the bot)", zh: "      \uFF08\u4E0E\u673A\u5668\u4EBA\u4E0A\u7684\u76F8\u540C\uFF09" },
  // plan: v2 import tasks left in flight (render/plan.ts pendingTasksLine)
  {
    en: "{{tasks:count-import-tasks}} sent by an interrupted run {{_:is-are}} not yet settled: the next apply asks the platform how {{_2:it-them-they}} ended before sending anything else.",
    zh: "\u4E00\u6B21\u4E2D\u65AD\u7684\u8FD0\u884C\u53D1\u51FA\u7684 {{tasks}}\u5C1A\u672A\u4E86\u7ED3\uFF1A\u4E0B\u6B21 apply \u4F1A\u5148\u5411\u5E73\u53F0\u8BE2\u95EE\u7ED3\u679C\uFF0C\u518D\u53D1\u9001\u5176\u4ED6\u5185\u5BB9\u3002"
  },
  {
    en: "{{tasks:count-import-tasks}} sent by an interrupted run {{_:is-are}} not yet settled (v2): run `faqops apply --api v2` to settle {{_2:it-them-they}}; a v1 apply refuses to run until then.",
    zh: "\u4E00\u6B21\u4E2D\u65AD\u7684\u8FD0\u884C\u53D1\u51FA\u7684 {{tasks}}\u5C1A\u672A\u4E86\u7ED3\uFF08v2\uFF09\uFF1A\u8BF7\u8FD0\u884C `faqops apply --api v2` \u6765\u4E86\u7ED3\uFF1B\u5728\u6B64\u4E4B\u524D\uFF0Cv1 \u7684 apply \u4F1A\u62D2\u7EDD\u8FD0\u884C\u3002"
  },
  // The coloured words of a line, alone (localizeText colours their translation again).
  { en: "Plan:", zh: "\u8BA1\u5212\uFF1A" },
  { en: "Refused:", zh: "\u5DF2\u62D2\u7EDD\uFF1A" },
  // apply
  {
    en: "Nothing to do: the platform is up to date with the content (0 requests sent). {{summary:plan-summary}}",
    zh: "\u65E0\u4E8B\u53EF\u505A\uFF1A\u5E73\u53F0\u4E0E\u5185\u5BB9\u4E00\u81F4\uFF08\u53D1\u9001\u4E86 0 \u4E2A\u8BF7\u6C42\uFF09\u3002{{summary}}"
  },
  {
    en: "faqops knows the bot through the lockfile: if the bot was emptied or replaced since, `faqops apply --resend-all` writes every entry again.",
    zh: "faqops \u901A\u8FC7\u9501\u6587\u4EF6\u4E86\u89E3\u673A\u5668\u4EBA\u7684\u72B6\u6001\uFF1A\u5982\u679C\u4E4B\u540E\u673A\u5668\u4EBA\u88AB\u6E05\u7A7A\u6216\u66FF\u6362\u8FC7\uFF0C`faqops apply --resend-all` \u4F1A\u91CD\u65B0\u5199\u5165\u6240\u6709\u6761\u76EE\u3002"
  },
  {
    en: "Nothing to write (0 requests sent). {{summary:plan-summary}}",
    zh: "\u6CA1\u6709\u9700\u8981\u5199\u5165\u7684\uFF08\u53D1\u9001\u4E86 0 \u4E2A\u8BF7\u6C42\uFF09\u3002{{summary}}"
  },
  {
    en: "Nothing to write (0 entries); {{unchanged:n}} unchanged.",
    zh: "\u6CA1\u6709\u9700\u8981\u5199\u5165\u7684\uFF080 \u4E2A\u6761\u76EE\uFF09\uFF1B\u672A\u53D8 {{unchanged}} \u4E2A\u3002"
  },
  {
    en: "Dry run: would write {{writes:count-entries}} ({{kinds:apply-kinds}}). Nothing was sent. {{summary:plan-summary}}",
    zh: "\u6F14\u7EC3\uFF1A\u5C06\u5199\u5165 {{writes}}\uFF08{{kinds}}\uFF09\u3002\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002{{summary}}"
  },
  {
    en: "Wrote {{written:n}} of {{writes:count-entries}} ({{kinds:apply-kinds}}) in {{seconds:n}} s; {{unchanged:n}} unchanged.",
    zh: "\u5DF2\u5199\u5165 {{written}}/{{writes}}\uFF08{{kinds}}\uFF09\uFF0C\u7528\u65F6 {{seconds}} \u79D2\uFF1B\u672A\u53D8 {{unchanged}} \u4E2A\u3002"
  },
  {
    en: "Stopped before anything was written: a platform error (see below). {{writes:count-entry-was}} to be written.",
    zh: "\u8FD8\u6CA1\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\u5C31\u505C\u6B62\u4E86\uFF1A\u5E73\u53F0\u51FA\u9519\uFF08\u89C1\u4E0B\u6587\uFF09\u3002\u539F\u672C\u8981\u5199\u5165 {{writes}}\u3002"
  },
  {
    en: "Stopped by a platform error (see below) after writing {{written:n}} of {{writes:count-entries}}.",
    zh: "\u5199\u5165 {{written}}/{{writes}} \u540E\u56E0\u5E73\u53F0\u51FA\u9519\u800C\u505C\u6B62\uFF08\u89C1\u4E0B\u6587\uFF09\u3002"
  },
  {
    en: "Failed: {{count:count-entries}} (the next run retries {{_:it-them-they}}):",
    zh: "\u5931\u8D25\uFF1A{{count}}\uFF08\u4E0B\u6B21\u8FD0\u884C\u4F1A\u91CD\u8BD5\uFF09\uFF1A"
  },
  {
    en: "Interrupted: {{written:n}} written before the stop; run apply again to send the rest.",
    zh: "\u5DF2\u4E2D\u65AD\uFF1A\u505C\u6B62\u524D\u5199\u5165\u4E86 {{written}} \u4E2A\uFF1B\u8BF7\u518D\u6B21\u8FD0\u884C apply \u53D1\u9001\u5176\u4F59\u7684\u3002"
  },
  {
    en: "{{count:count-entry-is}} still on the bot but not in the content:",
    zh: "{{count}}\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4F46\u5DF2\u4E0D\u5728\u5185\u5BB9\u91CC\uFF1A"
  },
  {
    en: "  To remove {{_:it-them-they}}: {{remedy:drift-remedy}}.",
    zh: "  \u5982\u8981\u5220\u9664\uFF1A{{remedy}}\u3002"
  },
  { en: "  \u2026 and {{count:n}} more", zh: "  \u2026\u2026\u53E6\u5916\u8FD8\u6709 {{count}} \u4E2A" },
  {
    en: "Published: the live bot now answers with {{count:count-entries}} written since the last publish.",
    zh: "\u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u73B0\u5728\u4F1A\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684 {{count}}\u56DE\u7B54\u3002"
  },
  {
    en: "Not published: the writes stopped. {{count:n}} written, not yet published; `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    zh: `\u672A\u53D1\u5E03\uFF1A\u5199\u5165\u5DF2\u505C\u6B62\u3002{{count}} \u4E2A\u5DF2\u5199\u5165\u3001\u5C1A\u672A\u53D1\u5E03\uFF1B${PUBLISH_REMEDY_ZH}\u3002`
  },
  { en: "{{lockfile:lockfile-line}}", zh: "{{lockfile}}" },
  // publish, progress
  { en: "publish: {{percent:n}}%{{done:publish-done}}", zh: "\u53D1\u5E03\uFF1A{{percent}}%{{done}}" },
  {
    en: "Published: the content is live. {{lockfile:lockfile-line}}",
    zh: "\u5DF2\u53D1\u5E03\uFF1A\u5185\u5BB9\u5DF2\u4E0A\u7EBF\u3002{{lockfile}}"
  },
  {
    en: "Publish failed: {{owed:unpublished-phrase}} (still marked in the lockfile). {{lockfile:lockfile-line}}",
    zh: "\u53D1\u5E03\u5931\u8D25\uFF1A{{owed}}\uFF08\u9501\u6587\u4EF6\u4E2D\u4ECD\u6709\u6807\u8BB0\uFF09\u3002{{lockfile}}"
  },
  { en: "apply: writing {{count:n}} entr{{_:y-ies}}\u2026", zh: "apply\uFF1A\u6B63\u5728\u5199\u5165 {{count}} \u4E2A\u6761\u76EE\u2026\u2026" },
  {
    en: "emulator: rehearsing the {{api:word}} API against {{url}} (state in {{dir}}/)",
    zh: "\u6A21\u62DF\u5668\uFF1A\u9488\u5BF9 {{url}} \u6F14\u7EC3 {{api}} API\uFF08\u72B6\u6001\u4FDD\u5B58\u5728 {{dir}}/\uFF09"
  },
  // apply: the headline's other forms (render/apply.ts headline)
  {
    en: "Dry run: would write {{writes:count-entries}} ({{kinds:apply-kinds}}) and disable {{disables:count-entries}}. Nothing was sent. {{summary:plan-summary}}",
    zh: "\u6F14\u7EC3\uFF1A\u5C06\u5199\u5165 {{writes}}\uFF08{{kinds}}\uFF09\uFF0C\u5E76\u505C\u7528 {{disables}}\u3002\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002{{summary}}"
  },
  {
    en: "Dry run: would replace the bot's content with {{count:count-entries}}, removing {{removes:count-entries}} ({{how:replace-how}}). Nothing was sent.",
    zh: "\u6F14\u7EC3\uFF1A\u5C06\u7528 {{count}}\u66FF\u6362\u673A\u5668\u4EBA\u7684\u5168\u90E8\u5185\u5BB9\uFF0C\u5220\u9664 {{removes}}\uFF08{{how}}\uFF09\u3002\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  {
    en: "Disabled {{disabled:n}} of {{count:count-entries}} in {{seconds:n}} s; {{unchanged:n}} unchanged.",
    zh: "\u5DF2\u505C\u7528 {{disabled}}/{{count}}\uFF0C\u7528\u65F6 {{seconds}} \u79D2\uFF1B\u672A\u53D8 {{unchanged}} \u4E2A\u3002"
  },
  {
    en: "Wrote {{written:n}} of {{writes:count-entries}} ({{kinds:apply-kinds}}) and disabled {{disabled:n}} of {{count:count-entries}} in {{seconds:n}} s; {{unchanged:n}} unchanged.",
    zh: "\u5DF2\u5199\u5165 {{written}}/{{writes}}\uFF08{{kinds}}\uFF09\uFF0C\u5E76\u505C\u7528 {{disabled}}/{{count}}\uFF0C\u7528\u65F6 {{seconds}} \u79D2\uFF1B\u672A\u53D8 {{unchanged}} \u4E2A\u3002"
  },
  {
    en: "Pruned: replaced the bot's content with {{count:count-entries}}, removing {{removes:count-entries}} ({{how:replace-how}}, {{seconds:n}} s).",
    zh: "\u5DF2\u4FEE\u526A\uFF1A\u7528 {{count}}\u66FF\u6362\u4E86\u673A\u5668\u4EBA\u7684\u5168\u90E8\u5185\u5BB9\uFF0C\u5220\u9664 {{removes}}\uFF08{{how}}\uFF0C{{seconds}} \u79D2\uFF09\u3002"
  },
  {
    en: "Settled first: {{tasks:count-import-tasks}} an interrupted run left in flight ({{confirmed:count-entries}} confirmed by {{_:it-them-they}}).",
    zh: "\u5148\u4E86\u7ED3\u4E86\u4E00\u6B21\u4E2D\u65AD\u7684\u8FD0\u884C\u7559\u4E0B\u7684 {{tasks}}\uFF08\u5B83\u4EEC\u786E\u8BA4\u4E86 {{confirmed}}\uFF09\u3002"
  },
  {
    en: "{{tasks:count-import-task-was}} in flight and {{_:is-are}} recorded in the lockfile: the platform may still be importing {{_2:it-them-they}}; the next apply asks how {{_3:it-them-they}} ended before sending anything else.",
    zh: "{{tasks}}\u4ECD\u5728\u8FDB\u884C\u4E2D\uFF0C\u5DF2\u8BB0\u5165\u9501\u6587\u4EF6\uFF1A\u5E73\u53F0\u53EF\u80FD\u4ECD\u5728\u5BFC\u5165\uFF1B\u4E0B\u6B21 apply \u4F1A\u5148\u8BE2\u95EE\u7ED3\u679C\uFF0C\u518D\u53D1\u9001\u5176\u4ED6\u5185\u5BB9\u3002"
  },
  // apply: the entries listed (render/apply.ts)
  {
    en: "  {{sign:sign}} {{title}} ({{note:apply-note}})",
    zh: "  {{sign}} {{title}}\uFF08{{note}}\uFF09"
  },
  {
    en: "  - {{title}} ({{why:drift-why}}; disabled, reversibly)",
    zh: "  - {{title}}\uFF08{{why}}\uFF1B\u5DF2\u505C\u7528\uFF0C\u53EF\u6062\u590D\uFF09"
  },
  { en: "  - {{title}} ({{why:drift-why}}; removed)", zh: "  - {{title}}\uFF08{{why}}\uFF1B\u5DF2\u79FB\u9664\uFF09" },
  { en: "    - {{title}} ({{why:drift-why}})", zh: "    - {{title}}\uFF08{{why}}\uFF09" },
  { en: "    \u2026 and {{count:n}} more", zh: "    \u2026\u2026\u53E6\u5916\u8FD8\u6709 {{count}} \u4E2A" },
  {
    en: "  {{file:word}} ({{skill:skill}} / {{title}}): {{message:failure-message}}",
    zh: "  {{file}}\uFF08{{skill}} / {{title}}\uFF09\uFF1A{{message}}"
  },
  // apply: publishing (render/apply.ts publishLines)
  {
    en: "  {{count:count-entry-is}} written but not live; the lockfile keeps {{_:it-them-they}} marked unpublished, and `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    zh: `  {{count}}\u5DF2\u5199\u5165\u4F46\u672A\u4E0A\u7EBF\uFF1B\u9501\u6587\u4EF6\u4ECD\u628A\u5B83\u4EEC\u6807\u8BB0\u4E3A\u672A\u53D1\u5E03\uFF0C${PUBLISH_REMEDY_ZH}\u3002`
  },
  { en: "Publish failed: {{message:error-message}}", zh: "\u53D1\u5E03\u5931\u8D25\uFF1A{{message}}" },
  // apply: progress and what happens on the way (cli/progress.ts, commands/apply.ts)
  { en: "apply: {{line:progress-line}}", zh: "apply\uFF1A{{line}}" },
  { en: "[{{done:word}}{{todo:word}}] {{line:progress-line}}", zh: "[{{done}}{{todo}}] {{line}}" },
  {
    en: "failed: {{file:word}} ({{skill:skill}} / {{title}}): {{message:failure-message}}",
    zh: "\u5931\u8D25\uFF1A{{file}}\uFF08{{skill}} / {{title}}\uFF09\uFF1A{{message}}"
  },
  {
    en: "prune: replacing the bot's content with {{keeps:n}} entries (removes {{removes:n}})\u2026",
    zh: "\u4FEE\u526A\uFF1A\u6B63\u5728\u7528 {{keeps}} \u4E2A\u6761\u76EE\u66FF\u6362\u673A\u5668\u4EBA\u7684\u5185\u5BB9\uFF08\u5220\u9664 {{removes}} \u4E2A\uFF09\u2026\u2026"
  },
  {
    en: "retry: {{action}} attempt {{attempt:n}} in {{ms:n}} ms ({{reason:retry-reason}})",
    zh: "\u91CD\u8BD5\uFF1A{{action}} \u7B2C {{attempt}} \u6B21\u5C1D\u8BD5\uFF0C{{ms}} \u6BEB\u79D2\u540E\uFF08{{reason}}\uFF09"
  },
  { en: "{{signal:word}} again: quitting now.", zh: "\u53C8\u6536\u5230 {{signal}}\uFF1A\u7ACB\u5373\u9000\u51FA\u3002" },
  {
    en: "{{signal:word}}: stopping after the requests in flight; saving the lockfile\u2026 (again to quit now)",
    zh: "{{signal}}\uFF1A\u7B49\u6B63\u5728\u8FDB\u884C\u7684\u8BF7\u6C42\u7ED3\u675F\u540E\u505C\u6B62\uFF1B\u6B63\u5728\u4FDD\u5B58\u9501\u6587\u4EF6\u2026\u2026\uFF08\u518D\u6765\u4E00\u6B21\u5219\u7ACB\u5373\u9000\u51FA\uFF09"
  },
  {
    en: "emulator: the rehearsal bot is kept in {{state}}; to look at it, run `faqops emulate --state {{state2}}` and open http://127.0.0.1:{{port:n}}/",
    zh: "\u6A21\u62DF\u5668\uFF1A\u6F14\u7EC3\u7528\u7684\u673A\u5668\u4EBA\u4FDD\u5B58\u5728 {{state}}\uFF1B\u8981\u67E5\u770B\u5B83\uFF0C\u8BF7\u8FD0\u884C `faqops emulate --state {{state}}`\uFF0C\u7136\u540E\u6253\u5F00 http://127.0.0.1:{{port}}/"
  },
  // faqops emulate (commands/emulate.ts describeStart)
  { en: "faqops emulator listening on {{url}}", zh: "faqops \u6A21\u62DF\u5668\u6B63\u5728\u76D1\u542C {{url}}" },
  {
    en: "  entries: {{url}}/ (JSON: {{url2}}/entries, counts: {{url3}}/stats)",
    zh: "  \u6761\u76EE\uFF1A{{url}}/\uFF08JSON\uFF1A{{url}}/entries\uFF0C\u8BA1\u6570\uFF1A{{url}}/stats\uFF09"
  },
  { en: "  state:   in memory", zh: "  \u72B6\u6001\uFF1A\u5728\u5185\u5B58\u4E2D" },
  { en: "  state:   {{file}}", zh: "  \u72B6\u6001\uFF1A{{file}}" },
  { en: "  faults:  none", zh: "  \u6545\u969C\uFF1A\u65E0" },
  { en: "  faults:  {{faults:fault-list}}", zh: "  \u6545\u969C\uFF1A{{faults}}" },
  {
    en: "  v2:      the same URL serves /v2/\u2026 on the same bot (X-APPID = {{appid:word}}, Token = {{token:word}},",
    zh: "  v2\uFF1A  \u540C\u4E00\u7F51\u5740\u4E5F\u63D0\u4F9B /v2/\u2026\uFF0C\u5BF9\u5E94\u540C\u4E00\u4E2A\u673A\u5668\u4EBA\uFF08X-APPID = {{appid}}\uFF0CToken = {{token}}\uFF0C"
  },
  {
    en: "           account = {{account:word}}; access tokens last {{ttl:duration}})",
    zh: "        account = {{account}}\uFF1Baccess token \u7684\u6709\u6548\u671F\u4E3A {{ttl}}\uFF09"
  },
  { en: "Use it from another terminal:", zh: "\u5728\u53E6\u4E00\u4E2A\u7EC8\u7AEF\u91CC\u8FD9\u6837\u4F7F\u7528\u5B83\uFF1A" },
  { en: "Press Ctrl-C to stop.", zh: "\u6309 Ctrl-C \u505C\u6B62\u3002" },
  { en: "{{signal:word}}: stopping the emulator\u2026", zh: "{{signal}}\uFF1A\u6B63\u5728\u505C\u6B62\u6A21\u62DF\u5668\u2026\u2026" },
  { en: "stopped.", zh: "\u5DF2\u505C\u6B62\u3002" },
  // faqops compile (commands/compile.ts renderEntry)
  { en: "{{source:word}} (draft: not synced)", zh: "{{source}}\uFF08\u8349\u7A3F\uFF1A\u4E0D\u540C\u6B65\uFF09" },
  { en: "  answer:", zh: "  \u7B54\u6848\uFF1A" },
  { en: "  message {{index:n}}:", zh: "  \u7B2C {{index}} \u6761\u6D88\u606F\uFF1A" },
  // faqops init (commands/init.ts, init/render.ts)
  { en: "faqops init in {{dir}}:", zh: "faqops init\uFF08{{dir}}\uFF09\uFF1A" },
  { en: "faqops: warning: {{warning:init-warning}}", zh: "faqops\uFF1A\u8B66\u544A\uFF1A{{warning}}" },
  {
    en: "  {{label:init-label}}{{_:indent}}  {{file:word}}{{detail:init-detail}}",
    zh: "  {{label}}  {{file}}{{detail}}"
  },
  { en: "Next steps:", zh: "\u4E0B\u4E00\u6B65\uFF1A" },
  {
    en: `{{n:n}}. In {{file}}, replace {{action}} with where you get faqops from (faqops's README, "Use it in your repository").`,
    zh: "{{n}}. \u5728 {{file}} \u4E2D\uFF0C\u628A {{action}} \u6362\u6210\u4F60\u83B7\u53D6 faqops \u7684\u5730\u65B9\uFF08\u89C1 faqops \u7684 README\uFF0C\u201CUse it in your repository\u201D\uFF09\u3002"
  },
  {
    en: "{{n:n}}. Create these repository secrets (Settings \u2192 Secrets and variables \u2192 Actions) from the bot's",
    zh: "{{n}}. \u5728\u4ED3\u5E93\u7684 `Settings \u2192 Secrets and variables \u2192 Actions` \u4E2D\u521B\u5EFA\u4EE5\u4E0B secret\uFF0C\u53D6\u503C\u6765\u81EA\u5FAE\u4FE1\u5BF9\u8BDD\u5F00\u653E\u5E73\u53F0\u4E0A"
  },
  {
    en: "   console on the WeChat Dialogue Open Platform; pull requests need none of them:",
    zh: "   \u673A\u5668\u4EBA\u7684\u540E\u53F0\uFF1B\u62C9\u53D6\u8BF7\u6C42\u4E0D\u9700\u8981\u5176\u4E2D\u4EFB\u4F55\u4E00\u4E2A\uFF1A"
  },
  {
    en: "     {{name:word}}{{pad:indent}}  {{what:secret-what}}",
    zh: "     {{name}}{{pad}}  {{what}}"
  },
  {
    en: "{{n:n}}. Write entries in content/ (content/README.md tells editors how, in Chinese), then run:",
    zh: "{{n}}. \u5728 content/ \u91CC\u5199\u6761\u76EE\uFF08content/README.md \u7528\u4E2D\u6587\u8BF4\u660E\u4E86\u5199\u6CD5\uFF09\uFF0C\u7136\u540E\u8FD0\u884C\uFF1A"
  },
  {
    en: "     npx faqops check   every problem in every file",
    zh: "     npx faqops check   \u5217\u51FA\u6BCF\u4E2A\u6587\u4EF6\u91CC\u7684\u6BCF\u4E2A\u95EE\u9898"
  },
  {
    en: "     npx faqops plan    what a merge to main would change on the bot",
    zh: "     npx faqops plan    \u5408\u5E76\u5230 main \u540E\u673A\u5668\u4EBA\u4E0A\u4F1A\u6709\u54EA\u4E9B\u53D8\u5316"
  },
  {
    en: "{{n:n}}. To check front matter as you type in VS Code (docs/editors.md):",
    zh: "{{n}}. \u8981\u5728 VS Code \u91CC\u8FB9\u8F93\u5165\u8FB9\u68C0\u67E5\u5934\u90E8\u4FE1\u606F\uFF08docs/editors.md\uFF09\uFF1A"
  },
  {
    en: "     and the recommended extension {{name}}",
    zh: "     \u4EE5\u53CA\u63A8\u8350\u7684\u6269\u5C55 {{name}}"
  },
  {
    en: "{{n:n}}. Commit what init wrote: {{command}}",
    zh: "{{n}}. \u63D0\u4EA4 init \u5199\u5165\u7684\u6587\u4EF6\uFF1A`{{command}}`"
  },
  // The action's notices, warnings, log lines and failures (src/action/main.ts)
  {
    en: "The content has {{count:n}} {{_:error-errors}} (see the annotations); nothing was planned or sent.",
    zh: "\u5185\u5BB9\u6709 {{count}} \u4E2A\u9519\u8BEF\uFF08\u89C1\u6807\u6CE8\uFF09\uFF1A\u6CA1\u6709\u751F\u6210\u8BA1\u5212\uFF0C\u4E5F\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  { en: "--prune refused: {{why:prune-refusal}}", zh: "--prune \u88AB\u62D2\u7EDD\uFF1A{{why}}" },
  {
    en: "{{skill:skill}} / {{title}}: {{message:failure-message}}",
    zh: "{{skill}} / {{title}}\uFF1A{{message}}"
  },
  { en: "Writing {{count:n}} entries\u2026", zh: "\u6B63\u5728\u5199\u5165 {{count}} \u4E2A\u6761\u76EE\u2026\u2026" },
  { en: "Publishing: {{progress}}", zh: "\u6B63\u5728\u53D1\u5E03\uFF1A{{progress}}" },
  {
    en: "{{count:n}} {{_:entry-is-are}} still on the bot but not in the content ({{list:drift-list}}). {{remedy:action-drift-remedy}}",
    zh: "{{count}} \u4E2A\u6761\u76EE\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4F46\u5DF2\u4E0D\u5728\u5185\u5BB9\u91CC\uFF08{{list}}\uFF09\u3002{{remedy}}"
  },
  { en: "faqops: drift", zh: "faqops\uFF1A\u6F02\u79FB" },
  {
    en: "{{failed:n}} of {{writes:n}} entries failed to sync.",
    zh: "{{writes}} \u4E2A\u6761\u76EE\u4E2D\u6709 {{failed}} \u4E2A\u540C\u6B65\u5931\u8D25\u3002"
  },
  { en: "The sync stopped: {{why}}", zh: "\u540C\u6B65\u505C\u6B62\u4E86\uFF1A{{why}}" },
  { en: "The sync was interrupted.", zh: "\u540C\u6B65\u88AB\u4E2D\u65AD\u4E86\u3002" },
  {
    en: "The publish failed: {{why}} {{count:n}} written entries are not live (the lockfile keeps them marked unpublished).",
    zh: "\u53D1\u5E03\u5931\u8D25\uFF1A{{why}} {{count}} \u4E2A\u5DF2\u5199\u5165\u7684\u6761\u76EE\u6CA1\u6709\u4E0A\u7EBF\uFF08\u9501\u6587\u4EF6\u4ECD\u628A\u5B83\u4EEC\u6807\u8BB0\u4E3A\u672A\u53D1\u5E03\uFF09\u3002"
  },
  { en: "The publish failed: {{why}}", zh: "\u53D1\u5E03\u5931\u8D25\uFF1A{{why}}" },
  { en: "The lockfile commit failed: {{why}}", zh: "\u9501\u6587\u4EF6\u63D0\u4EA4\u5931\u8D25\uFF1A{{why}}" },
  { en: "No pull request to comment on.", zh: "\u6CA1\u6709\u53EF\u4EE5\u8BC4\u8BBA\u7684\u62C9\u53D6\u8BF7\u6C42\u3002" },
  {
    en: "No github-token: the pull-request comment was skipped.",
    zh: "\u6CA1\u6709 github-token\uFF1A\u8DF3\u8FC7\u4E86\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA\u3002"
  },
  {
    en: "Pull-request comment {{done:comment-done}}{{url:comment-url}}.",
    zh: "\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA{{done}}{{url}}\u3002"
  },
  {
    en: "The pull-request comment could not be written: {{why}}",
    zh: "\u65E0\u6CD5\u5199\u5165\u62C9\u53D6\u8BF7\u6C42\u8BC4\u8BBA\uFF1A{{why}}"
  },
  {
    en: "push attempt {{attempt:n}} rejected: {{reason:push-reason}}",
    zh: "\u7B2C {{attempt}} \u6B21\u63A8\u9001\u88AB\u62D2\u7EDD\uFF1A{{reason}}"
  },
  {
    en: "Pushed the lockfile commit {{sha:word}} to {{branch}}.",
    zh: "\u5DF2\u628A\u9501\u6587\u4EF6\u7684\u63D0\u4EA4 {{sha}} \u63A8\u9001\u5230 {{branch}}\u3002"
  },
  {
    en: "internal error: {{detail}} \u2014 this is a bug in faqops; please report it.",
    zh: "\u5185\u90E8\u9519\u8BEF\uFF1A{{detail}}\u2014\u2014\u8FD9\u662F faqops \u7684\u7F3A\u9677\uFF0C\u8BF7\u62A5\u544A\u5B83\u3002"
  },
  // faqops import and export (commands/import.ts, commands/export.ts; see import.ts)
  ...IMPORT_LINES
];
registerKinds({
  "lockfile-state": [
    { en: "updated", zh: "\u5DF2\u66F4\u65B0" },
    { en: "unchanged", zh: "\u672A\u53D8" }
  ],
  "lockfile-line": [
    { en: "Lockfile {{file}} {{state:lockfile-state}}.", zh: "\u9501\u6587\u4EF6 {{file}} {{state}}\u3002" }
  ],
  "unpublished-phrase": [
    { en: "{{count:n}} written, not yet published", zh: "{{count}} \u4E2A\u5DF2\u5199\u5165\u3001\u5C1A\u672A\u53D1\u5E03" }
  ],
  "publish-done": [
    { en: " (done)", zh: "\uFF08\u5B8C\u6210\uFF09" },
    { en: "", zh: "" }
  ],
  "error-errors": [
    { en: "error", zh: "" },
    { en: "errors", zh: "" }
  ],
  "entry-is-are": [
    { en: "entry is", zh: "" },
    { en: "entries are", zh: "" }
  ],
  "y-ies": [
    { en: "y", zh: "" },
    { en: "ies", zh: "" }
  ],
  "prune-how": [
    { en: "batchimportskill mode 1", zh: "batchimportskill \u6A21\u5F0F 1" },
    { en: "import mode 1", zh: "\u5BFC\u5165\u6A21\u5F0F 1" }
  ],
  "prune-refusal": [
    {
      en: "the content has no entry to keep: a prune would empty the bot.",
      zh: "\u5185\u5BB9\u91CC\u6CA1\u6709\u8981\u4FDD\u7559\u7684\u6761\u76EE\uFF1A\u4FEE\u526A\u4F1A\u6E05\u7A7A\u673A\u5668\u4EBA\u3002"
    },
    {
      en: "it would remove {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than --prune-max {{max}}; add --force if that is intended.",
      zh: "\u5B83\u4F1A\u5220\u9664 faqops \u6240\u77E5\u5E73\u53F0\u4E0A {{known}} \u4E2A\u6761\u76EE\u4E2D\u7684 {{count}} \u4E2A\uFF08{{share}}\uFF09\uFF0C\u8D85\u8FC7\u4E86 --prune-max {{max}}\uFF1B\u5982\u679C\u786E\u5B9E\u8981\u8FD9\u6837\uFF0C\u8BF7\u52A0 --force\u3002"
    }
  ]
});
var DRIFT_WHY = [
  { en: "deleted", zh: "\u5DF2\u4ECE\u5185\u5BB9\u4E2D\u5220\u9664" },
  { en: "now a draft", zh: "\u5DF2\u6539\u4E3A\u8349\u7A3F" },
  { en: 'renamed to "{{title}}"', zh: '\u5DF2\u91CD\u547D\u540D\u4E3A "{{title}}"' },
  { en: 'moved to {{skill}} / "{{title}}"', zh: '\u5DF2\u79FB\u5230 {{skill}} / "{{title}}"' }
];
var FAULTS = [
  {
    en: "fail {{share:n}}% with HTTP {{status:n}}",
    zh: "{{share}}% \u7684\u8C03\u7528\u4EE5 HTTP {{status}} \u5931\u8D25"
  },
  { en: "drop {{share:n}}%", zh: "\u65AD\u5F00 {{share}}% \u7684\u8FDE\u63A5" },
  { en: "{{ms:n}} ms latency", zh: "\u5EF6\u8FDF {{ms}} \u6BEB\u79D2" },
  { en: "at most {{count:n}} calls/s", zh: "\u6BCF\u79D2\u6700\u591A {{count}} \u6B21\u8C03\u7528" },
  { en: "publishing fails", zh: "\u53D1\u5E03\u603B\u662F\u5931\u8D25" }
];
registerKinds({
  /** A change's sign in plan and apply lists. */
  sign: { pattern: "[-+~\u2192=]" },
  /** Spaces before a line's text. */
  indent: { pattern: " *" },
  /** A skill: a folder's name, so never a `/` (which keeps `skill / title` quick to split). */
  skill: { pattern: "[^/\\n]*?" },
  /** `2 h`, `5 min`, `90 s`: how long a v2 access token lasts on the emulator. */
  duration: {
    pattern: "[0-9.]+ (?:h|min|s)",
    zh: (value) => value.replace(/ h$/, " \u5C0F\u65F6").replace(/ min$/, " \u5206\u949F").replace(/ s$/, " \u79D2")
  },
  /** The emulator's faults, `a, b, c`: each translated, joined the Chinese way. */
  "fault-list": {
    pattern: "[^]*?",
    zh: (value) => value.split(", ").map((fault) => translate(FAULTS, fault)?.text ?? fault).join("\uFF0C")
  },
  /** Why an entry on the bot is not in the content (plan.ts driftWhy). */
  "drift-why": DRIFT_WHY,
  /** Why the version the platform holds cannot be shown (sync/before.ts). */
  "before-why": [
    { en: "not in a Git repository", zh: "\u4E0D\u5728 Git \u4ED3\u5E93\u4E2D" },
    { en: "the repository has no commit yet", zh: "\u4ED3\u5E93\u8FD8\u6CA1\u6709\u4EFB\u4F55\u63D0\u4EA4" },
    {
      en: "no committed version of {{file}} compiles to what was synced (it may have been synced from uncommitted edits, or from history this clone does not have)",
      zh: "{{file}} \u6CA1\u6709\u54EA\u4E2A\u5DF2\u63D0\u4EA4\u7684\u7248\u672C\u80FD\u7F16\u8BD1\u6210\u5F53\u65F6\u540C\u6B65\u7684\u5185\u5BB9\uFF08\u53EF\u80FD\u662F\u4ECE\u672A\u63D0\u4EA4\u7684\u4FEE\u6539\u540C\u6B65\u7684\uFF0C\u6216\u8005\u6765\u81EA\u8FD9\u4E2A\u514B\u9686\u6CA1\u6709\u7684\u5386\u53F2\uFF09"
    },
    { en: "it was not looked up", zh: "\u6CA1\u6709\u67E5\u627E" },
    { en: "not looked up", zh: "\u6CA1\u6709\u67E5\u627E" }
  ],
  /** sync/apply-v2.ts CANNOT_DISABLE. */
  "cannot-disable": [
    {
      en: "cannot be disabled: its last synced version is not in Git ({{why:before-why}}), and a disable must carry its questions and answer; commit that version, or take it off with --prune --replace-all",
      zh: "\u65E0\u6CD5\u505C\u7528\uFF1A\u5B83\u4E0A\u6B21\u540C\u6B65\u7684\u7248\u672C\u4E0D\u5728 Git \u4E2D\uFF08{{why}}\uFF09\uFF0C\u800C\u505C\u7528\u65F6\u5FC5\u987B\u5E26\u4E0A\u5B83\u7684\u76F8\u4F3C\u95EE\u6CD5\u548C\u7B54\u6848\uFF1B\u8BF7\u63D0\u4EA4\u90A3\u4E2A\u7248\u672C\uFF0C\u6216\u7528 --prune --replace-all \u628A\u5B83\u79FB\u9664"
    }
  ],
  /** A plan's note on one entry (plan.ts actionLine). */
  "plan-why": [
    { en: "new", zh: "\u65B0\u5EFA" },
    { en: "changed", zh: "\u6709\u6539\u52A8" },
    { en: "disabled on the bot: enable", zh: "\u673A\u5668\u4EBA\u4E0A\u5DF2\u505C\u7528\uFF1A\u542F\u7528" },
    { en: "unchanged; sent again: --resend-all", zh: "\u672A\u53D8\uFF1B\u91CD\u65B0\u53D1\u9001\uFF1A--resend-all" },
    {
      en: "written through v1, which cannot send its threshold: sent again",
      zh: "\u66FE\u7ECF\u7531 v1 \u5199\u5165\uFF0C\u800C v1 \u65E0\u6CD5\u53D1\u9001\u5B83\u7684\u9608\u503C\uFF1A\u91CD\u65B0\u53D1\u9001"
    },
    {
      en: 'renamed from "{{old}}", same {{by:match-by}}{{how:rename-how}}',
      zh: '\u7531 "{{old}}" \u91CD\u547D\u540D\uFF0C{{by}}{{how}}'
    },
    { en: "{{why:drift-why}}; disabled by this prune", zh: "{{why}}\uFF1B\u672C\u6B21\u4FEE\u526A\u4F1A\u505C\u7528\u5B83" },
    { en: "{{why:drift-why}}; removed by this prune", zh: "{{why}}\uFF1B\u672C\u6B21\u4FEE\u526A\u4F1A\u5220\u9664\u5B83" },
    {
      en: "{{why:drift-why}}; still on the bot, --prune removes it",
      zh: "{{why}}\uFF1B\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C--prune \u4F1A\u5220\u9664\u5B83"
    },
    {
      en: "{{why:drift-why}}; still on the bot, --prune disables it",
      zh: "{{why}}\uFF1B\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C--prune \u4F1A\u505C\u7528\u5B83"
    },
    { en: "{{why:drift-why}}; {{cannot:cannot-disable}}", zh: "{{why}}\uFF1B{{cannot}}" }
  ],
  "match-by": [
    { en: "id", zh: "id \u76F8\u540C" },
    { en: "file", zh: "\u6587\u4EF6\u76F8\u540C" }
  ],
  "rename-how": [
    { en: ", renamed in place (old_intent)", zh: "\uFF0C\u539F\u5730\u91CD\u547D\u540D\uFF08old_intent\uFF09" },
    { en: "", zh: "" }
  ],
  /** What apply did to one entry (render/apply.ts writeNote). */
  "apply-note": [
    { en: "new", zh: "\u65B0\u5EFA" },
    { en: "changed", zh: "\u6709\u6539\u52A8" },
    { en: "enabled again", zh: "\u5DF2\u91CD\u65B0\u542F\u7528" },
    { en: "its threshold, which v1 could not send", zh: "\u8865\u53D1 v1 \u65E0\u6CD5\u53D1\u9001\u7684\u9608\u503C" },
    { en: "sent again: --resend-all", zh: "\u91CD\u65B0\u53D1\u9001\uFF1A--resend-all" },
    {
      en: 'renamed from "{{old}}": the bot has no intent by that title to rename, so it was written anew',
      zh: '\u7531 "{{old}}" \u91CD\u547D\u540D\uFF1A\u673A\u5668\u4EBA\u4E0A\u6CA1\u6709\u8FD9\u4E2A\u6807\u9898\u7684\u610F\u56FE\u53EF\u4F9B\u91CD\u547D\u540D\uFF0C\u6240\u4EE5\u91CD\u65B0\u5199\u5165\u4E86\u5B83'
    },
    { en: 'renamed from "{{old}}", in place', zh: '\u7531 "{{old}}" \u539F\u5730\u91CD\u547D\u540D' },
    { en: 'renamed from "{{old}}"', zh: '\u7531 "{{old}}" \u91CD\u547D\u540D' }
  ],
  /** How a whole bot is replaced. */
  "replace-how": [
    { en: "import mode 1", zh: "\u5BFC\u5165\u6A21\u5F0F 1" },
    { en: "1 request", zh: "1 \u4E2A\u8BF7\u6C42" }
  ],
  /** Why an entry failed: an error's message, or what a v2 import said of it (apply-v2.ts). */
  "failure-message": [
    {
      en: "not disabled, it stays on the bot: {{cannot:cannot-disable}}.",
      zh: "\u6CA1\u6709\u505C\u7528\uFF0C\u5B83\u4ECD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\uFF1A{{cannot}}\u3002"
    },
    { en: "the import task failed{{said:task-said}}.", zh: "\u5BFC\u5165\u4EFB\u52A1\u5931\u8D25{{said}}\u3002" },
    {
      en: "the platform did not import this intent ({{failed:n}} of {{total:n}} in its batch failed{{said:task-said}}).",
      zh: "\u5E73\u53F0\u6CA1\u6709\u5BFC\u5165\u8FD9\u4E2A\u610F\u56FE\uFF08\u540C\u6279 {{total}} \u4E2A\u4E2D\u6709 {{failed}} \u4E2A\u5931\u8D25{{said}}\uFF09\u3002"
    },
    { en: "{{message:error-message}}", zh: "{{message}}" }
  ],
  "task-said": [
    { en: ': "{{text}}"', zh: '\uFF1A"{{text}}"' },
    { en: "", zh: "" }
  ],
  /** The progress line's parts (cli/progress.ts). */
  "progress-line": [
    {
      en: "{{done:n}}/{{total:n}} ({{percent:n}}%), {{written:n}} written{{failed:progress-failed}}{{retries:progress-retries}}{{rate:progress-rate}}{{left:progress-left}}",
      zh: "{{done}}/{{total}}\uFF08{{percent}}%\uFF09\uFF0C\u5DF2\u5199\u5165 {{written}} \u4E2A{{failed}}{{retries}}{{rate}}{{left}}"
    }
  ],
  "progress-failed": [
    { en: ", {{count:n}} failed", zh: "\uFF0C\u5931\u8D25 {{count}} \u4E2A" },
    { en: "", zh: "" }
  ],
  "progress-retries": [
    { en: ", {{count:n}} retries", zh: "\uFF0C\u91CD\u8BD5 {{count}} \u6B21" },
    { en: "", zh: "" }
  ],
  "progress-rate": [
    { en: ", {{rate:n}}/s", zh: "\uFF0C\u6BCF\u79D2 {{rate}} \u4E2A" },
    { en: "", zh: "" }
  ],
  "progress-left": [
    { en: ", about {{seconds:n}} s left", zh: "\uFF0C\u7EA6\u5269 {{seconds}} \u79D2" },
    { en: "", zh: "" }
  ],
  /** faqops init: what became of each file (init/render.ts). */
  "init-label": [
    { en: "created", zh: "\u5DF2\u521B\u5EFA" },
    { en: "updated", zh: "\u5DF2\u66F4\u65B0" },
    { en: "kept", zh: "\u5DF2\u4FDD\u7559" },
    { en: "skipped", zh: "\u5DF2\u8DF3\u8FC7" }
  ],
  "init-detail": [
    { en: " (exists, left as is)", zh: "\uFF08\u5DF2\u5B58\u5728\uFF0C\u4FDD\u6301\u539F\u6837\uFF09" },
    { en: " (exists, left as is; {{note:init-note}})", zh: "\uFF08\u5DF2\u5B58\u5728\uFF0C\u4FDD\u6301\u539F\u6837\uFF1B{{note}}\uFF09" },
    { en: " ({{note:init-note}})", zh: "\uFF08{{note}}\uFF09" },
    { en: "", zh: "" }
  ],
  "init-note": [
    { en: "the content folder already has entries", zh: "\u5185\u5BB9\u6587\u4EF6\u5939\u91CC\u5DF2\u7ECF\u6709\u6761\u76EE" },
    {
      en: "it differs from this faqops's schema: delete it and run `faqops init` again to update it",
      zh: "\u5B83\u4E0E\u5F53\u524D faqops \u7684\u6A21\u5F0F\u4E0D\u540C\uFF1A\u5220\u9664\u5B83\u5E76\u91CD\u65B0\u8FD0\u884C `faqops init` \u5373\u53EF\u66F4\u65B0"
    },
    {
      en: "{{file}} configures remark: add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)",
      zh: "{{file}} \u5DF2\u7ECF\u5728\u914D\u7F6E remark\uFF1A\u8BF7\u5728\u5176\u4E2D\u52A0\u4E0A remark-frontmatter \u548C remark-lint-frontmatter-schema\uFF08docs/editors.md\uFF09"
    },
    {
      en: "add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)",
      zh: "\u8BF7\u5728\u5176\u4E2D\u52A0\u4E0A remark-frontmatter \u548C remark-lint-frontmatter-schema\uFF08docs/editors.md\uFF09"
    },
    { en: 'add "{{name}}" to its recommendations', zh: '\u8BF7\u628A "{{name}}" \u52A0\u5165\u5176\u4E2D\u7684\u63A8\u8350\u5217\u8868' },
    {
      en: "not a regular file: add {{line}} to it yourself",
      zh: "\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF1A\u8BF7\u81EA\u5DF1\u5728\u5176\u4E2D\u52A0\u4E0A {{line}}"
    },
    { en: "added {{line}}", zh: "\u52A0\u4E0A\u4E86 {{line}}" }
  ],
  /** init/templates.ts SECRETS: what each repository secret holds. */
  "secret-what": [
    { en: "the bot's APPID", zh: "\u673A\u5668\u4EBA\u7684 APPID" },
    { en: "the bot's TOKEN", zh: "\u673A\u5668\u4EBA\u7684 TOKEN" },
    {
      en: "the bot's EncodingAESKey, 43 characters (v1 API only; not needed with api: v2)",
      zh: "\u673A\u5668\u4EBA\u7684 EncodingAESKey\uFF0C43 \u4E2A\u5B57\u7B26\uFF08\u53EA\u6709 v1 API \u9700\u8981\uFF1Bapi: v2 \u4E0D\u9700\u8981\uFF09"
    },
    { en: "the id of an administrator of the bot", zh: "\u673A\u5668\u4EBA\u4E00\u4F4D\u7BA1\u7406\u5458\u7684 id" }
  ]
});
registerKinds({
  /** init/plan.ts: the warnings of `faqops init`. */
  "init-warning": [
    {
      en: "this folder is not in a Git repository: faqops plan reads what the bot holds from Git, and the workflow runs on GitHub; run `git init` here, then commit these files",
      zh: "\u8FD9\u4E2A\u6587\u4EF6\u5939\u4E0D\u5728 Git \u4ED3\u5E93\u91CC\uFF1Afaqops plan \u4ECE Git \u8BFB\u53D6\u673A\u5668\u4EBA\u4E0A\u7684\u5185\u5BB9\uFF0C\u5DE5\u4F5C\u6D41\u4E5F\u5728 GitHub \u4E0A\u8FD0\u884C\uFF1B\u8BF7\u5728\u8FD9\u91CC\u8FD0\u884C `git init`\uFF0C\u7136\u540E\u63D0\u4EA4\u8FD9\u4E9B\u6587\u4EF6"
    }
  ]
});
var DRIFT_ITEM = /\(((?:deleted|now a draft|renamed to "[^"]*"|moved to [^()]* \/ "[^"]*"))\)(?=, |$)/g;
registerKinds({
  "drift-list": {
    pattern: "[^]*?",
    zh: (value) => value.replace(DRIFT_ITEM, (all2, why) => {
      const translated = translate(DRIFT_WHY, why);
      return translated ? `\uFF08${translated.text}\uFF09` : all2;
    }).replace(/, and ([0-9]+) more$/, "\uFF0C\u53E6\u5916\u8FD8\u6709 $1 \u4E2A")
  },
  "action-drift-remedy": [
    {
      en: "The v2 API switches them off, reversibly: run with `prune: true` (review a plan with prune first).",
      zh: "v2 API \u53EF\u4EE5\u53EF\u9006\u5730\u505C\u7528\u5B83\u4EEC\uFF1A\u8BF7\u7528 `prune: true` \u8FD0\u884C\uFF08\u5148\u68C0\u67E5\u4E00\u6B21\u5E26 prune \u7684\u8BA1\u5212\uFF09\u3002"
    },
    {
      en: "The v1 API removes entries only by replacing the whole bot: run with `prune: true` (review a plan with prune first).",
      zh: "v1 API \u53EA\u80FD\u901A\u8FC7\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\u6765\u5220\u9664\u6761\u76EE\uFF1A\u8BF7\u7528 `prune: true` \u8FD0\u884C\uFF08\u5148\u68C0\u67E5\u4E00\u6B21\u5E26 prune \u7684\u8BA1\u5212\uFF09\u3002"
    }
  ],
  "push-reason": [
    {
      en: "the branch moved since checkout; rebasing the lockfile commit",
      zh: "\u68C0\u51FA\u4E4B\u540E\u5206\u652F\u6709\u4E86\u65B0\u7684\u63D0\u4EA4\uFF1B\u6B63\u5728\u53D8\u57FA\u9501\u6587\u4EF6\u7684\u63D0\u4EA4"
    }
  ],
  "comment-done": [
    { en: "created", zh: "\u5DF2\u521B\u5EFA" },
    { en: "updated", zh: "\u5DF2\u66F4\u65B0" }
  ],
  "comment-url": [
    { en: ": {{url}}", zh: "\uFF1A{{url}}" },
    { en: "", zh: "" }
  ]
});

// src/render/answer.ts
function plainText(text) {
  return text.replace(/<a href="[^"]*">([^<]*)<\/a>/g, "$1");
}
function cardLabel(card) {
  if ("news" in card) return `[news: ${card.news.articles.map((a2) => a2.title).join(" | ")}]`;
  if ("image" in card) return `[image: ${card.image.media_id}]`;
  return `[mini program: ${card.miniprogrampage.title}]`;
}
function previewAnswer(messages, max = 60) {
  const text = messages.map((m) => typeof m === "string" ? plainText(m) : cardLabel(m)).join(" \u23CE ").replace(/\s*\n\s*/g, " \u23CE ").replace(/\s+/g, " ").trim();
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>|#~&@!]/g, (c3) => MARKDOWN_ESCAPES[c3] ?? `\\${c3}`);
}
var MARKDOWN_ESCAPES = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "@": "@\u200B"
};
function escapeHtml(text) {
  return text.replace(/[&<>"'@]/g, (c3) => HTML_ESCAPES[c3] ?? c3);
}
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "@": "@\u200B"
};
function markdownUrl(url) {
  if (!/^https?:\/\//i.test(url)) return void 0;
  return url.replace(
    /[\s()<>|"\\`[\]]/g,
    (c3) => `%${c3.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function codeSpan(text) {
  return `\`${text.replace(/`/g, "\u2032").replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}\``;
}
function link(label, url) {
  const safe = markdownUrl(url);
  return safe ? `[${escapeMarkdown(label)}](${safe})` : `${escapeMarkdown(label)} ${codeSpan(url)}`;
}
function answerMarkdown(messages, options = {}) {
  const blocks = messages.map((m) => typeof m === "string" ? textMarkdown(m) : cardMarkdown(m));
  const text = blocks.join("\n\n");
  return options.inline ? text.replace(/\n/g, "<br>") : text;
}
function textMarkdown(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) {
    parts.push(escapeMarkdown(text.slice(last, match.index)));
    const [, href = "", label = ""] = match;
    const asks = askedQuestion(href);
    parts.push(
      asks === void 0 ? link(label, href) : `**${escapeMarkdown(label)}** _(recommended question: asks \u201C${escapeMarkdown(asks)}\u201D)_`
    );
    last = match.index + match[0].length;
  }
  parts.push(escapeMarkdown(text.slice(last)));
  return parts.join("");
}
function askedQuestion(href) {
  if (!href.startsWith("weixin://bizmsgmenu")) return void 0;
  const match = /[?&]msgmenucontent=([^&]*)/.exec(href);
  return match?.[1] ?? "";
}
function cardMarkdown(card) {
  if ("news" in card) {
    return card.news.articles.map(
      (a2) => `\u{1F4F0} **${link(a2.title, a2.url)}**${a2.description ? ` \u2014 ${escapeMarkdown(a2.description)}` : ""}`
    ).join("\n");
  }
  if ("image" in card) {
    const url = card.image.url ? markdownUrl(card.image.url) : void 0;
    return `\u{1F5BC}\uFE0F image ${codeSpan(card.image.media_id)}${url ? ` ([view](${url}))` : card.image.url ? ` ${codeSpan(card.image.url)}` : ""}`;
  }
  const p = card.miniprogrampage;
  return `\u{1F537} mini program **${escapeMarkdown(p.title)}** (${codeSpan(p.appid)}, ${codeSpan(p.pagepath)})`;
}

// src/i18n/markdown.ts
function entriesOf(kind) {
  const found = registeredKinds()[kind];
  if (!Array.isArray(found)) throw new Error(`i18n: "${kind}" is not a catalogue`);
  return found;
}
function unescapeMarkdown(text) {
  return text.replace(/<br>/g, "\n").replace(/@\u200b/g, "@").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/\\([\\`*_[\]|#~!])/g, "$1");
}
function unescapeHtml(text) {
  return text.replace(/@\u200b/g, "@").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
function escapedSentence(kinds, html = false) {
  return {
    pattern: "[^]*?",
    zh: (value) => {
      const plain = html ? unescapeHtml(value) : unescapeMarkdown(value);
      for (const kind of kinds) {
        const translated = translate(entriesOf(kind), plain);
        if (translated) {
          return html ? escapeHtml(translated.text) : escapeMarkdown(translated.text).replace(/\r?\n/g, "<br>");
        }
      }
      return value;
    }
  };
}
var DIFF_LABELS = [
  [/<b>message (\d+)<\/b>: unchanged/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF1A\u672A\u53D8"],
  [/<b>message (\d+)<\/b> \(added\):/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF08\u65B0\u589E\uFF09\uFF1A"],
  [/<b>message (\d+)<\/b> \(removed\):/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF08\u5220\u9664\uFF09\uFF1A"],
  [/<b>message (\d+)<\/b> \(changed\):/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF08\u6539\u52A8\uFF09\uFF1A"]
];
registerKinds({
  /** The label of a change in the tables (summary.ts LABEL). */
  "summary-label": [
    { en: "\u{1F195} new", zh: "\u{1F195} \u65B0\u5EFA" },
    { en: "\u270F\uFE0F changed", zh: "\u270F\uFE0F \u6709\u6539\u52A8" },
    { en: "\u21AA\uFE0F renamed", zh: "\u21AA\uFE0F \u5DF2\u91CD\u547D\u540D" },
    { en: "\u26A0\uFE0F on the bot, not in content", zh: "\u26A0\uFE0F \u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4E0D\u5728\u5185\u5BB9\u91CC" },
    { en: "\u{1F51B} enabled again", zh: "\u{1F51B} \u91CD\u65B0\u542F\u7528" },
    { en: "\u23F8\uFE0F disabled", zh: "\u23F8\uFE0F \u505C\u7528" }
  ],
  "count-entry-files": [
    { en: "{{count:n}} entry file", zh: "{{count}} \u4E2A\u6761\u76EE\u6587\u4EF6" },
    { en: "{{count:n}} entry files", zh: "{{count}} \u4E2A\u6761\u76EE\u6587\u4EF6" }
  ],
  "summary-stopped": [
    { en: " Nothing was planned or sent.", zh: "\u6CA1\u6709\u751F\u6210\u8BA1\u5212\uFF0C\u4E5F\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002" },
    { en: "", zh: "" }
  ],
  "summary-warned": [
    { en: " ({{warnings:count-warnings}})", zh: "\uFF08{{warnings}}\uFF09" },
    { en: "", zh: "" }
  ],
  "summary-in-place": [
    { en: " (renamed in place)", zh: "\uFF08\u539F\u5730\u91CD\u547D\u540D\uFF09" },
    { en: "", zh: "" }
  ],
  "summary-where": [
    { en: "[the job summary]({{url}})", zh: "[\u4F5C\u4E1A\u6458\u8981]({{url}})" },
    { en: "the job summary", zh: "\u4F5C\u4E1A\u6458\u8981" }
  ],
  "cell-error": escapedSentence(["error-message", "failure-message"]),
  "cell-failure": escapedSentence(["failure-message"]),
  "cell-drift-why": escapedSentence(["drift-why"]),
  "cell-plan-why": escapedSentence(["plan-why"]),
  "cell-prune-refusal": escapedSentence(["prune-refusal"]),
  "cell-drift-remedy": escapedSentence(["drift-remedy"]),
  "html-before-why": escapedSentence(["before-why"], true),
  "diff-html": {
    pattern: "[^]*?",
    zh: (value) => DIFF_LABELS.reduce((text, [from, to]) => text.replace(from, to), value)
  }
});
var MARKDOWN_LINES = [
  // The verdict
  {
    en: "\u274C **{{errors:count-errors}}** and {{warnings:count-warnings}} in {{files:count-entry-files}}.{{stopped:summary-stopped}}",
    zh: "\u274C {{files}}\u4E2D\u6709 **{{errors}}** \u548C {{warnings}}\u3002{{stopped}}"
  },
  {
    en: "\u2705 {{files:count-entry-files}} checked{{warned:summary-warned}}.",
    zh: "\u2705 \u5DF2\u68C0\u67E5 {{files}}{{warned}}\u3002"
  },
  // The diagnostics' table (messages already translated by the action)
  { en: "| | Where | Rule | Problem |", zh: "| | \u4F4D\u7F6E | \u89C4\u5219 | \u95EE\u9898 |" },
  { en: "| \u274C error | {{rest}}", zh: "| \u274C \u9519\u8BEF | {{rest}}" },
  { en: "| \u26A0\uFE0F warning | {{rest}}", zh: "| \u26A0\uFE0F \u8B66\u544A | {{rest}}" },
  // What apply did
  {
    en: "Nothing to do: the platform is up to date with the content (0 requests sent).",
    zh: "\u65E0\u4E8B\u53EF\u505A\uFF1A\u5E73\u53F0\u4E0E\u5185\u5BB9\u4E00\u81F4\uFF08\u53D1\u9001\u4E86 0 \u4E2A\u8BF7\u6C42\uFF09\u3002"
  },
  {
    en: "Nothing to write (0 requests sent); what the bot still lacks is below.",
    zh: "\u6CA1\u6709\u9700\u8981\u5199\u5165\u7684\uFF08\u53D1\u9001\u4E86 0 \u4E2A\u8BF7\u6C42\uFF09\uFF1B\u673A\u5668\u4EBA\u4E0A\u8FD8\u7F3A\u7684\u5185\u5BB9\u89C1\u4E0B\u6587\u3002"
  },
  {
    en: "\u2705 Replaced the bot's content with {{count:count-entries}} in {{seconds:n}} s.",
    zh: "\u2705 \u5DF2\u7528 {{count}}\u66FF\u6362\u673A\u5668\u4EBA\u7684\u5168\u90E8\u5185\u5BB9\uFF0C\u7528\u65F6 {{seconds}} \u79D2\u3002"
  },
  {
    en: "\u2705 Wrote {{count:count-entries}} in {{seconds:n}} s.",
    zh: "\u2705 \u5DF2\u5199\u5165 {{count}}\uFF0C\u7528\u65F6 {{seconds}} \u79D2\u3002"
  },
  {
    en: "\u26A0\uFE0F Wrote {{written:n}} of {{count:count-entries}}; {{failed:n}} failed (the next run retries them).",
    zh: "\u26A0\uFE0F \u5DF2\u5199\u5165 {{written}}/{{count}}\uFF1B{{failed}} \u4E2A\u5931\u8D25\uFF08\u4E0B\u6B21\u8FD0\u884C\u4F1A\u91CD\u8BD5\uFF09\u3002"
  },
  {
    en: "\u26A0\uFE0F Wrote {{count:count-entries}} in {{seconds:n}} s, but the publish failed.",
    zh: "\u26A0\uFE0F \u5DF2\u5199\u5165 {{count}}\uFF0C\u7528\u65F6 {{seconds}} \u79D2\uFF0C\u4F46\u53D1\u5E03\u5931\u8D25\u4E86\u3002"
  },
  {
    en: "\u26A0\uFE0F Interrupted after writing {{count:count-entries}}.",
    zh: "\u26A0\uFE0F \u5199\u5165 {{count}}\u540E\u88AB\u4E2D\u65AD\u3002"
  },
  {
    en: "\u274C Stopped by a platform error before anything was written: {{error:cell-error}}",
    zh: "\u274C \u8FD8\u6CA1\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\u5C31\u56E0\u5E73\u53F0\u51FA\u9519\u800C\u505C\u6B62\uFF1A{{error}}"
  },
  {
    en: "\u274C Stopped by a platform error after writing {{written:n}} of {{count:count-entries}}: {{error:cell-error}}",
    zh: "\u274C \u5199\u5165 {{written}}/{{count}}\u540E\u56E0\u5E73\u53F0\u51FA\u9519\u800C\u505C\u6B62\uFF1A{{error}}"
  },
  {
    en: "Published: the live bot now answers with the {{count:count-entries}} written since the last publish.",
    zh: "\u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u73B0\u5728\u4F1A\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684 {{count}}\u56DE\u7B54\u3002"
  },
  {
    en: "\u274C **The publish failed:** {{error:cell-error}} {{count:count-entry-is}} written but not live; the lockfile keeps the marks, and the next publish (`publish: true` or `command: publish`) makes the writes live.",
    zh: "\u274C **\u53D1\u5E03\u5931\u8D25\uFF1A**{{error}} {{count}}\u5DF2\u5199\u5165\u4F46\u672A\u4E0A\u7EBF\uFF1B\u9501\u6587\u4EF6\u4FDD\u7559\u7740\u6807\u8BB0\uFF0C\u4E0B\u6B21\u53D1\u5E03\uFF08`publish: true` \u6216 `command: publish`\uFF09\u4F1A\u8BA9\u8FD9\u4E9B\u5199\u5165\u4E0A\u7EBF\u3002"
  },
  {
    en: "Not published: the writes stopped. {{count:count-entry-is}} written but not live.",
    zh: "\u672A\u53D1\u5E03\uFF1A\u5199\u5165\u5DF2\u505C\u6B62\u3002{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u4E0A\u7EBF\u3002"
  },
  {
    en: "{{count:count-entry-is}} written but not published: the live bot does not answer with them yet (`publish: true` or `command: publish`).",
    zh: "{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u8FD8\u4E0D\u4F1A\u7528\u5B83\u4EEC\u56DE\u7B54\uFF08`publish: true` \u6216 `command: publish`\uFF09\u3002"
  },
  { en: "<details><summary>Written</summary>", zh: "<details><summary>\u5DF2\u5199\u5165</summary>" },
  { en: "| | Entry |", zh: "| | \u6761\u76EE |" },
  { en: "| | \u2026 and {{count:n}} more |", zh: "| | \u2026\u2026\u53E6\u5916\u8FD8\u6709 {{count}} \u4E2A |" },
  {
    en: "<details><summary>Disabled (v2, reversible): {{count:n}}</summary>",
    zh: "<details><summary>\u5DF2\u505C\u7528\uFF08v2\uFF0C\u53EF\u6062\u590D\uFF09\uFF1A{{count}}</summary>"
  },
  { en: "| Entry | Why |", zh: "| \u6761\u76EE | \u539F\u56E0 |" },
  { en: "| \u2026 and {{count:n}} more | |", zh: "| \u2026\u2026\u53E6\u5916\u8FD8\u6709 {{count}} \u4E2A | |" },
  {
    en: "Settled first: {{tasks:count-import-tasks}} an interrupted run left in flight ({{confirmed:count-entries}} confirmed).",
    zh: "\u5148\u4E86\u7ED3\u4E86\u4E00\u6B21\u4E2D\u65AD\u7684\u8FD0\u884C\u7559\u4E0B\u7684 {{tasks}}\uFF08\u786E\u8BA4\u4E86 {{confirmed}}\uFF09\u3002"
  },
  { en: "| Failed entry | File | Why |", zh: "| \u5931\u8D25\u7684\u6761\u76EE | \u6587\u4EF6 | \u539F\u56E0 |" },
  {
    en: "| {{entry}} | `{{file}}` | {{why:cell-failure}} |",
    zh: "| {{entry}} | `{{file}}` | {{why}} |"
  },
  {
    en: "> **{{count:count-entry-is}} still on the bot but not in the content.** {{remedy:cell-drift-remedy}} (the action's `prune: true`).",
    zh: "> **{{count}}\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4F46\u5DF2\u4E0D\u5728\u5185\u5BB9\u91CC\u3002**{{remedy}}\uFF08\u5373 Action \u7684 `prune: true`\uFF09\u3002"
  },
  { en: "| Still on the bot | Why |", zh: "| \u4ECD\u5728\u673A\u5668\u4EBA\u4E0A | \u539F\u56E0 |" },
  // The lockfile (action/main.ts commitIfChanged)
  {
    en: "Lockfile `{{file}}` updated (not committed: `commit-lockfile` is false).",
    zh: "\u9501\u6587\u4EF6 `{{file}}` \u5DF2\u66F4\u65B0\uFF08\u6CA1\u6709\u63D0\u4EA4\uFF1A`commit-lockfile` \u4E3A false\uFF09\u3002"
  },
  { en: "Lockfile unchanged: nothing to commit.", zh: "\u9501\u6587\u4EF6\u672A\u53D8\uFF1A\u6CA1\u6709\u8981\u63D0\u4EA4\u7684\u5185\u5BB9\u3002" },
  {
    en: "Lockfile committed to `{{branch}}` as {{sha}}.",
    zh: "\u9501\u6587\u4EF6\u5DF2\u63D0\u4EA4\u5230 `{{branch}}`\uFF0C\u63D0\u4EA4\u4E3A {{sha}}\u3002"
  },
  { en: "\u274C The lockfile commit failed: {{why}}", zh: "\u274C \u9501\u6587\u4EF6\u63D0\u4EA4\u5931\u8D25\uFF1A{{why}}" },
  // The plan
  { en: "**Plan:** {{summary:plan-summary}}", zh: "**\u8BA1\u5212\uFF1A**{{summary}}" },
  { en: "**Planned:** {{summary:plan-summary}}", zh: "**\u5DF2\u8BA1\u5212\uFF1A**{{summary}}" },
  {
    en: "No changes: the platform is up to date with the content.",
    zh: "\u6CA1\u6709\u6539\u52A8\uFF1A\u5E73\u53F0\u4E0E\u5185\u5BB9\u4E00\u81F4\u3002"
  },
  {
    en: "{{count:count-entry-was}} written but not published: the live bot does not answer with {{_:it-them-they}} yet (`publish: true` or `command: publish`).",
    zh: "{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u8FD8\u4E0D\u4F1A\u7528\u5B83\u4EEC\u56DE\u7B54\uFF08`publish: true` \u6216 `command: publish`\uFF09\u3002"
  },
  { en: "| | Title | Answer |", zh: "| | \u6807\u9898 | \u7B54\u6848 |" },
  {
    en: "| {{label:summary-label}} | {{title}} | _{{why:cell-plan-why}}_ |",
    zh: "| {{label}} | {{title}} | _{{why}}_ |"
  },
  {
    en: "| {{label:summary-label}} | {{title}}<br><sub>was \u201C{{old}}\u201D{{how:summary-in-place}}</sub> | {{rest}}",
    zh: "| {{label}} | {{title}}<br><sub>\u539F\u4E3A\u201C{{old}}\u201D{{how}}</sub> | {{rest}}"
  },
  { en: "| {{label:summary-label}} | {{rest}}", zh: "| {{label}} | {{rest}}" },
  { en: "| {{entry}} | {{why:cell-drift-why}} |", zh: "| {{entry}} | {{why}} |" },
  {
    en: "<details><summary>{{label:summary-label}} {{title}}</summary><i>The same as on the bot.</i></details>",
    zh: "<details><summary>{{label}} {{title}}</summary><i>\u4E0E\u673A\u5668\u4EBA\u4E0A\u7684\u76F8\u540C\u3002</i></details>"
  },
  {
    en: "<details><summary>{{label:summary-label}} {{title}}</summary><i>The previous version cannot be shown: {{why:html-before-why}}. The new one in full:</i><br>{{diff:diff-html}}</details>",
    zh: "<details><summary>{{label}} {{title}}</summary><i>\u65E0\u6CD5\u663E\u793A\u4E4B\u524D\u7684\u7248\u672C\uFF1A{{why}}\u3002\u4E0B\u9762\u662F\u5B8C\u6574\u7684\u65B0\u7248\u672C\uFF1A</i><br>{{diff}}</details>"
  },
  {
    en: "<details><summary>{{label:summary-label}} {{title}}</summary>{{diff:diff-html}}</details>",
    zh: "<details><summary>{{label}} {{title}}</summary>{{diff}}</details>"
  },
  {
    en: "> **Prune (v2):** {{count:count-entry-is}} disabled ({{percent:n}}% of what faqops knows on the platform): kept on the bot but switched off once published, reversibly. Nothing faqops does not know is touched.",
    zh: "> **\u4FEE\u526A\uFF08v2\uFF09\uFF1A**\u505C\u7528 {{count}}\uFF08\u5360 faqops \u6240\u77E5\u5E73\u53F0\u4E0A\u6761\u76EE\u7684 {{percent}}%\uFF09\uFF1A\u4ECD\u4FDD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4F46\u53D1\u5E03\u540E\u4E0D\u518D\u751F\u6548\uFF0C\u53EF\u4EE5\u6062\u590D\u3002faqops \u4E0D\u77E5\u9053\u7684\u6761\u76EE\u4E0D\u4F1A\u88AB\u6539\u52A8\u3002"
  },
  {
    en: "> **Prune:** the bot's whole content is replaced; {{count:count-entry-is}} removed ({{percent:n}}% of what faqops knows on the platform), {{keeps:n}} kept, and anything added by hand in the console is removed too.",
    zh: "> **\u4FEE\u526A\uFF1A**\u673A\u5668\u4EBA\u7684\u5168\u90E8\u5185\u5BB9\u4F1A\u88AB\u66FF\u6362\uFF1B\u5220\u9664 {{count}}\uFF08\u5360 faqops \u6240\u77E5\u5E73\u53F0\u4E0A\u6761\u76EE\u7684 {{percent}}%\uFF09\uFF0C\u4FDD\u7559 {{keeps}} \u4E2A\uFF0C\u5728\u540E\u53F0\u624B\u5DE5\u6DFB\u52A0\u7684\u5185\u5BB9\u4E5F\u4F1A\u88AB\u5220\u9664\u3002"
  },
  { en: "> **Refused:** {{why:cell-prune-refusal}}", zh: "> **\u5DF2\u62D2\u7EDD\uFF1A**{{why}}" },
  // The comment's footer and cut (summary.ts renderComment)
  {
    en: "<sub>Updated by faqops on every push to this pull request. Full details: {{where:summary-where}}.</sub>",
    zh: "<sub>faqops \u4F1A\u5728\u8FD9\u4E2A\u62C9\u53D6\u8BF7\u6C42\u6BCF\u6B21\u63A8\u9001\u540E\u66F4\u65B0\u672C\u8BC4\u8BBA\u3002\u5B8C\u6574\u8BE6\u60C5\uFF1A{{where}}\u3002</sub>"
  },
  {
    en: "> The plan is too long for a comment and was cut here; see {{where:summary-where}} for all of it.",
    zh: "> \u8BA1\u5212\u592A\u957F\uFF0C\u8BC4\u8BBA\u5728\u8FD9\u91CC\u622A\u65AD\u4E86\uFF1B\u5B8C\u6574\u5185\u5BB9\u89C1{{where}}\u3002"
  },
  // publish (action/main.ts publishAndCommit)
  {
    en: "\u2705 Published: the live bot now answers with {{count:n}} {{_:entry-entries}} written since the last publish.",
    zh: "\u2705 \u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u73B0\u5728\u4F1A\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684 {{count}} \u4E2A\u6761\u76EE\u56DE\u7B54\u3002"
  },
  { en: "\u274C The publish failed: {{why}}", zh: "\u274C \u53D1\u5E03\u5931\u8D25\uFF1A{{why}}" }
];

// src/i18n/index.ts
function localizeDiagnostic(d, lang) {
  if (lang === "en") return d;
  const translated = translateDiagnostic(d);
  return translated ? { ...d, message: translated.text } : d;
}
function translateDiagnostic(d) {
  const entries2 = DIAGNOSTIC_CATALOGUE[d.ruleId];
  return entries2 ? translate(entries2, d.message) : void 0;
}
function localizeError(error, lang) {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof FaqopsError ? error.hint : void 0;
  if (lang === "en" || !(error instanceof FaqopsError)) return { message, hint };
  return {
    message: translate(ERROR_MESSAGES, message)?.text ?? message,
    hint: hint === void 0 ? void 0 : translate(ERROR_HINTS, hint)?.text ?? hint
  };
}
function hintLabel(lang) {
  return lang === "en" ? "hint" : "\u63D0\u793A";
}
function localizeText(text, lang) {
  if (lang === "en") return text;
  return text.split("\n").map((line) => localizeLine(line)).join("\n");
}
var SGR = /\x1b\[([0-9;]*)m/g;
var LEADING_CONTROLS = /^(?:\x1b\[[0-9;]*[A-HJKST])*/;
var LONGEST_LINE = 4e3;
function localizeLine(line) {
  if (line === "" || line.length > LONGEST_LINE) return line;
  if (line.includes("\r")) return line.split("\r").map(localizeLine).join("\r");
  const lead = LEADING_CONTROLS.exec(line)?.[0] ?? "";
  const body = line.slice(lead.length);
  if (body === "") return line;
  if (!body.includes("\x1B")) {
    const translated2 = translateLine(body);
    return translated2 ? `${lead}${translated2.text}` : line;
  }
  const runs = styledRuns(body);
  const translated = translateLine(runs.map((r) => r.text).join(""));
  return translated ? `${lead}${recolour(translated.text, runs)}` : line;
}
function styledRuns(line) {
  const runs = [];
  let codes = [];
  let last = 0;
  const push = (text) => {
    if (text === "") return;
    const previous = runs.at(-1);
    if (previous && previous.codes.join(";") === codes.join(";")) {
      runs[runs.length - 1] = { text: previous.text + text, codes: previous.codes };
    } else {
      runs.push({ text, codes: [...codes] });
    }
  };
  for (const match of line.matchAll(SGR)) {
    push(line.slice(last, match.index));
    codes = applySgr(codes, match[1] ?? "");
    last = match.index + match[0].length;
  }
  push(line.slice(last));
  return runs;
}
function applySgr(codes, parameters) {
  let next = [...codes];
  for (const code of parameters === "" ? ["0"] : parameters.split(";")) {
    const closes = CLOSES[code];
    if (code === "0") next = [];
    else if (closes) next = next.filter((c3) => !closes(Number(c3)));
    else if (!next.includes(code)) next.push(code);
  }
  return next;
}
var isForeground = (c3) => c3 >= 30 && c3 <= 38 || c3 >= 90 && c3 <= 97;
var isBackground = (c3) => c3 >= 40 && c3 <= 48 || c3 >= 100 && c3 <= 107;
var CLOSES = {
  "22": (c3) => c3 === 1 || c3 === 2,
  "23": (c3) => c3 === 3,
  "24": (c3) => c3 === 4,
  "27": (c3) => c3 === 7,
  "28": (c3) => c3 === 8,
  "29": (c3) => c3 === 9,
  "39": isForeground,
  "49": isBackground
};
function closeOf(code) {
  const n2 = Number(code);
  if (n2 === 1 || n2 === 2) return "22";
  if (isForeground(n2)) return "39";
  if (isBackground(n2)) return "49";
  if (n2 >= 3 && n2 <= 9) return String(n2 + 20);
  return "0";
}
function recolour(translated, runs) {
  let out = translated;
  let from = 0;
  for (const run of runs) {
    if (run.codes.length === 0 || run.text.trim() === "") continue;
    const piece = translateLine(run.text)?.text ?? run.text;
    const at = piece === "" ? -1 : out.indexOf(piece, from);
    if (at < 0) continue;
    const open = run.codes.map((c3) => `\x1B[${c3}m`).join("");
    const close = [...run.codes].reverse().map((c3) => `\x1B[${closeOf(c3)}m`).join("");
    out = `${out.slice(0, at)}${open}${piece}${close}${out.slice(at + piece.length)}`;
    from = at + open.length + piece.length + close.length;
  }
  return out;
}
function translateLine(line) {
  return translate(TEXT_LINES, line);
}
function localizeMarkdown(markdown, lang) {
  if (lang === "en") return markdown;
  return markdown.split("\n").map((line) => line === "" ? line : translate(MARKDOWN_LINES, line)?.text ?? line).join("\n");
}
function createTranslator(lang) {
  return {
    lang,
    diagnostic: (d) => localizeDiagnostic(d, lang),
    error: (e) => localizeError(e, lang),
    text: (t) => localizeText(t, lang),
    markdown: (m) => localizeMarkdown(m, lang)
  };
}

// src/sync/hash.ts
function identityKey(entry) {
  return `${entry.skill}\0${entry.title}`;
}

// src/sync/lockfile.ts
import { readFile } from "node:fs/promises";

// src/fs/state-file.ts
import { lstat, readlink, stat } from "node:fs/promises";
async function checkStateFile(file, { name, missing, hint }) {
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw new StateFileError(`cannot read ${name}: ${error.message}`, { cause: error });
  }
  if (info.isSymbolicLink()) {
    const target = await readlink(file).catch(() => "?");
    const exists = await stat(file).then(
      () => true,
      (error) => error.code !== "ENOENT" && error.code !== "ELOOP"
    );
    throw new StateFileError(
      exists ? `${name} is a symbolic link (to ${target}): faqops reads and writes its state only in a regular file, never through a link, which could lead anywhere.` : `${name} is a symbolic link to ${target}, which does not exist. That is not ${missing}: faqops stops.`,
      { hint }
    );
  }
  if (!info.isFile()) {
    throw new StateFileError(
      `${name} is not a regular file: faqops keeps its state only in a regular file.`,
      { hint }
    );
  }
  return true;
}

// src/sync/lockfile.ts
var LOCKFILE_VERSION = 3;
var READABLE_VERSIONS = [1, 2, 3];
var STATUSES = ["synced", "removed", "disabled"];
function emptyLockfile() {
  return { version: LOCKFILE_VERSION, entries: [] };
}
function compareIdentity(a2, b) {
  return compareStrings(a2.skill, b.skill) || compareStrings(a2.title, b.title);
}
async function readLockfileIfAny(file, displayName = file) {
  const state = {
    name: `the lockfile ${displayName}`,
    missing: "a missing lockfile that resends everything",
    hint: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path."
  };
  if (!await checkStateFile(file, state)) return void 0;
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new StateFileError(
      `cannot read the lockfile ${displayName}: ${error.message}`,
      { cause: error }
    );
  }
  return parseLockfile(text, displayName);
}
function parseLockfile(text, name) {
  const fail = (what) => {
    throw new StateFileError(`the lockfile ${name} is not valid: ${what}.`, {
      hint: `restore it from Git (git checkout -- ${name}); faqops never treats a broken lockfile as empty.`
    });
  };
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`it is not JSON (${error.message}); it may be truncated or hand-edited`);
  }
  if (!isObject(data)) return fail("it is not a JSON object");
  const { version } = data;
  if (typeof version !== "number") return fail('it has no "version"');
  if (version > LOCKFILE_VERSION) {
    throw new StateFileError(
      `the lockfile ${name} has version ${version}, written by a newer faqops; this one reads version ${LOCKFILE_VERSION}.`,
      { hint: "upgrade faqops." }
    );
  }
  if (!READABLE_VERSIONS.includes(version)) {
    return fail(`unknown version ${JSON.stringify(version)}`);
  }
  if (!Array.isArray(data.entries)) return fail('"entries" is not a list');
  const entries2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [index, raw] of data.entries.entries()) {
    const where = `entries[${index}]`;
    if (!isObject(raw)) fail(`${where} is not an object`);
    const problem = lockEntryProblem2(raw);
    if (problem) fail(`${where}${problem}`);
    const entry = raw;
    const key = identityKey(entry);
    if (seen.has(key)) fail(`${where} repeats the entry "${entry.skill} / ${entry.title}"`);
    seen.add(key);
    entries2.push(entry);
  }
  let pruned;
  if (data.pruned !== void 0) {
    const p = data.pruned;
    if (!isObject(p) || typeof p.at !== "string" || typeof p.removed !== "number" || typeof p.kept !== "number") {
      return fail('"pruned" is malformed');
    }
    pruned = { at: p.at, removed: p.removed, kept: p.kept };
  }
  let tasks;
  if (data.tasks !== void 0) {
    if (!Array.isArray(data.tasks)) return fail('"tasks" is not a list');
    tasks = [];
    for (const [index, raw] of data.tasks.entries()) {
      const problem = pendingTaskProblem(raw);
      if (problem) return fail(`tasks[${index}]${problem}`);
      tasks.push(raw);
    }
  }
  return {
    version: LOCKFILE_VERSION,
    pruned,
    entries: entries2.sort(compareIdentity),
    ...tasks && tasks.length > 0 ? { tasks } : {}
  };
}
function lockEntryProblem2(raw) {
  if (!isObject(raw)) return " is not an object";
  for (const key of ["skill", "title", "hash", "source"]) {
    if (typeof raw[key] !== "string" || raw[key] === "") return `.${key} is missing`;
  }
  if (raw.id !== void 0 && typeof raw.id !== "string") return ".id is not text";
  if (typeof raw.status !== "string" || !STATUSES.includes(raw.status)) {
    return '.status must be "synced", "removed" or "disabled"';
  }
  if (raw.unpublished !== void 0 && raw.unpublished !== true) {
    return ".unpublished must be true when present";
  }
  if (raw.api !== void 0 && raw.api !== "v2") return '.api must be "v2" when present';
  for (const key of ["skillId", "intentId"]) {
    if (raw[key] !== void 0 && !Number.isSafeInteger(raw[key])) return `.${key} is not a number`;
  }
  return void 0;
}
function pendingTaskProblem(raw) {
  if (!isObject(raw)) return " is not an object";
  if (typeof raw.id !== "string" || raw.id === "") return ".id is missing";
  if (typeof raw.submitted !== "string") return ".submitted is missing";
  if (raw.mode !== 0 && raw.mode !== 1) return ".mode must be 0 or 1";
  if (!Array.isArray(raw.items)) return ".items is not a list";
  for (const [index, item] of raw.items.entries()) {
    if (!isObject(item)) return `.items[${index}] is not an object`;
    const problem = lockEntryProblem2(item.entry);
    if (problem) return `.items[${index}].entry${problem}`;
    if (item.renamedFrom !== void 0 && typeof item.renamedFrom !== "string")
      return `.items[${index}].renamedFrom is not text`;
  }
  return void 0;
}
function orderedEntry(e) {
  return {
    skill: e.skill,
    title: e.title,
    hash: e.hash,
    source: e.source,
    ...e.id === void 0 ? {} : { id: e.id },
    status: e.status,
    ...e.unpublished ? { unpublished: true } : {},
    ...e.api === "v2" ? { api: "v2" } : {},
    ...e.skillId === void 0 ? {} : { skillId: e.skillId },
    ...e.intentId === void 0 ? {} : { intentId: e.intentId }
  };
}
function versionFor(lock) {
  const v3 = (lock.tasks?.length ?? 0) > 0 || lock.entries.some((e) => e.status === "disabled" || e.api === "v2");
  return v3 ? 3 : 2;
}
function serializeLockfile(lock) {
  const entries2 = [...lock.entries].sort(compareIdentity).map((e) => JSON.stringify(orderedEntry(e)));
  const lines = [`  "version": ${versionFor(lock)},`];
  if (lock.pruned) lines.push(`  "pruned": ${JSON.stringify(lock.pruned)},`);
  const tasks = lock.tasks ?? [];
  lines.push(
    (entries2.length === 0 ? '  "entries": []' : `  "entries": [
    ${entries2.join(",\n    ")}
  ]`) + (tasks.length > 0 ? "," : "")
  );
  if (tasks.length > 0) {
    const taskLines = tasks.map(
      (t) => JSON.stringify({
        id: t.id,
        submitted: t.submitted,
        mode: t.mode,
        items: t.items.map((item) => ({
          entry: orderedEntry(item.entry),
          ...item.renamedFrom === void 0 ? {} : { renamedFrom: item.renamedFrom }
        }))
      })
    );
    lines.push(`  "tasks": [
    ${taskLines.join(",\n    ")}
  ]`);
  }
  return `{
${lines.join("\n")}
}
`;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sync/plan.ts
function planHasChanges(plan) {
  return plan.writes > 0 || plan.stillOnPlatform.length > 0 || plan.unpublished > 0 || plan.pendingTasks > 0 || plan.prune !== void 0 && plan.prune.removes.length > 0;
}
var KIND_ORDER = {
  remove: 0,
  rename: 1,
  create: 2,
  update: 3,
  unchanged: 4
};
function planSync(entries2, lock, options = {}) {
  const lockByIdentity = new Map(lock.entries.map((e) => [identityKey(e), e]));
  const lockById = /* @__PURE__ */ new Map();
  const lockBySource = /* @__PURE__ */ new Map();
  for (const e of lock.entries) {
    if (e.id !== void 0) lockById.set(e.id, e);
    const other = lockBySource.get(e.source);
    if (!other || other.status === "removed" && e.status === "synced")
      lockBySource.set(e.source, e);
  }
  const live = entries2.filter((e) => !e.draft);
  const liveIdentities = new Set(live.map(identityKey));
  const claimed = /* @__PURE__ */ new Set();
  const actions = [];
  const unmatched = [];
  for (const entry of live) {
    const { hash } = entry;
    const key = identityKey(entry);
    const previous = lockByIdentity.get(key);
    if (!previous) {
      unmatched.push(entry);
      continue;
    }
    claimed.add(key);
    actions.push(
      previous.status === "disabled" ? { kind: "update", entry, hash, previous, enable: true } : previous.hash !== hash ? { kind: "update", entry, hash, previous } : options.resendAll ? { kind: "update", entry, hash, previous, resend: true } : options.api === "v2" && previous.api !== "v2" && entry.threshold !== void 0 ? { kind: "update", entry, hash, previous, thresholdUnsent: true } : { kind: "unchanged", entry, hash, previous }
    );
  }
  const v2 = options.api === "v2";
  const renamedTo = /* @__PURE__ */ new Map();
  const renamedInPlace = /* @__PURE__ */ new Set();
  const renameCandidate = (previous) => {
    if (previous?.status !== "synced") return void 0;
    const key = identityKey(previous);
    return claimed.has(key) || renamedTo.has(key) || liveIdentities.has(key) ? void 0 : previous;
  };
  for (const entry of unmatched) {
    const { hash } = entry;
    const byId = entry.id === void 0 ? void 0 : renameCandidate(lockById.get(entry.id));
    const bySource = byId ? void 0 : renameCandidate(lockBySource.get(entry.source));
    const previous = byId ?? bySource;
    if (previous) {
      renamedTo.set(identityKey(previous), entry);
      const inPlace = v2 && previous.skill === entry.skill;
      if (inPlace) renamedInPlace.add(identityKey(previous));
      actions.push({
        kind: "rename",
        entry,
        hash,
        previous,
        matchedBy: byId ? "id" : "source",
        ...inPlace ? { oldIntent: previous.title } : {}
      });
    } else {
      actions.push({ kind: "create", entry, hash });
    }
  }
  const liveById = /* @__PURE__ */ new Map();
  const liveBySource = /* @__PURE__ */ new Map();
  const createdByTitle = /* @__PURE__ */ new Map();
  for (const e of live) {
    if (e.id !== void 0) liveById.set(e.id, e);
    liveBySource.set(e.source, e);
  }
  const liveByTitle = /* @__PURE__ */ new Map();
  for (const e of live) liveByTitle.set(e.title, [...liveByTitle.get(e.title) ?? [], e]);
  for (const a2 of actions) {
    if (a2.kind !== "create") continue;
    createdByTitle.set(a2.entry.title, createdByTitle.has(a2.entry.title) ? null : a2.entry);
  }
  const drafts = entries2.filter((e) => e.draft);
  const draftIdentities = new Set(drafts.map(identityKey));
  const draftSources = new Set(drafts.map((e) => e.source));
  const draftIds = new Set(drafts.flatMap((e) => e.id === void 0 ? [] : [e.id]));
  for (const previous of lock.entries) {
    const key = identityKey(previous);
    if (claimed.has(key) || renamedInPlace.has(key) || previous.status === "disabled") continue;
    const to = renamedTo.get(key) ?? (previous.id === void 0 ? void 0 : liveById.get(previous.id)) ?? liveBySource.get(previous.source) ?? movedTo(createdByTitle.get(previous.title), previous) ?? movedFile(liveByTitle.get(previous.title), previous);
    if (to) {
      const reason = to.skill === previous.skill ? "renamed" : "moved";
      actions.push({ kind: "remove", previous, reason, to: { skill: to.skill, title: to.title } });
      continue;
    }
    const drafted = draftIdentities.has(key) || draftSources.has(previous.source) || previous.id !== void 0 && draftIds.has(previous.id);
    actions.push({ kind: "remove", previous, reason: drafted ? "draft" : "deleted" });
  }
  actions.sort(
    (a2, b) => compareIdentity(identityOf(a2), identityOf(b)) || KIND_ORDER[a2.kind] - KIND_ORDER[b.kind]
  );
  const counts = {
    create: 0,
    update: 0,
    unchanged: 0,
    rename: 0,
    remove: 0
  };
  for (const action of actions) counts[action.kind]++;
  const stillOnPlatform = actions.flatMap((a2) => a2.kind === "remove" ? [a2.previous] : []);
  let unpublished = 0;
  for (const e of lock.entries) if (e.unpublished) unpublished++;
  const plan = {
    actions,
    counts,
    writes: counts.create + counts.update + counts.rename,
    stillOnPlatform,
    unpublished,
    api: v2 ? "v2" : "v1",
    pendingTasks: lock.tasks?.length ?? 0
  };
  if (!options.prune) return plan;
  const disabledLeft = lock.entries.filter(
    (e) => e.status === "disabled" && !claimed.has(identityKey(e)) && !renamedTo.has(identityKey(e))
  );
  return { ...plan, prune: planPrune(plan, lock, live.length, disabledLeft, options) };
}
function planPrune(plan, lock, keeps, disabledLeft, options) {
  const mode = plan.api === "v2" && !options.replaceAll ? "disable" : "replace";
  const removes = mode === "replace" && disabledLeft.length > 0 ? [...plan.stillOnPlatform, ...disabledLeft].sort(compareIdentity) : plan.stillOnPlatform;
  let known = 0;
  for (const e of lock.entries) if (mode === "replace" || e.status !== "disabled") known++;
  const share = known === 0 ? 0 : removes.length / known;
  const max = options.pruneMax ?? 0.25;
  let refusal;
  if (keeps === 0) {
    refusal = "the content has no entry to keep: a prune would empty the bot.";
  } else if (share > max && !options.force) {
    refusal = `it would remove ${removes.length} of the ${known} entries faqops knows on the platform (${percent(share)}), more than --prune-max ${percent(max)}; add --force if that is intended.`;
  }
  return { mode, removes, keeps, share, refusal };
}
function movedTo(created, previous) {
  return created && created.skill !== previous.skill ? created : void 0;
}
function movedFile(candidates, previous) {
  const name = previous.source.slice(previous.source.lastIndexOf("/") + 1);
  const moved = (candidates ?? []).filter(
    (e) => e.skill !== previous.skill && e.source.slice(e.source.lastIndexOf("/") + 1) === name
  );
  return moved.length === 1 ? moved[0] : void 0;
}
function identityOf(action) {
  return action.kind === "remove" ? action.previous : action.entry;
}
function percent(share) {
  return `${Math.round(share * 1e3) / 10}%`;
}

// src/sync/apply-v2.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/platform/errors.ts
var PlatformError = class extends FaqopsError {
  name = "PlatformError";
  /**
   * The API action: v1's setautoreply, batchimportskill, publish, publish_progress; v2's path,
   * such as /v2/token or /v2/bot/import/json.
   */
  action;
  kind;
  /** The platform's error code, when it answered with one. */
  code;
  /** The HTTP status, when there was a response. */
  httpStatus;
  /** How many requests were made before giving up. */
  attempts;
  constructor(message, details) {
    super(message, { cause: details.cause, hint: details.hint });
    this.action = details.action;
    this.kind = details.kind;
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.attempts = details.attempts ?? 1;
  }
  /** True when the whole run must stop: no other call can succeed. */
  get fatal() {
    return this.kind === "fatal";
  }
};

// src/sync/lock-state.ts
var LockState = class {
  #entries = /* @__PURE__ */ new Map();
  #pruned;
  /** v2 import tasks submitted and not yet settled, in submission order. */
  #tasks = /* @__PURE__ */ new Map();
  /** Bumped on every change, so a periodic flush can skip writing an unchanged state. */
  #revision = 0;
  constructor(lock) {
    this.#pruned = lock.pruned;
    for (const e of lock.entries) this.#entries.set(identityKey(e), e);
    for (const t of lock.tasks ?? []) this.#tasks.set(t.id, t);
  }
  /**
   * Records what the plan knows without a request: drift (entries no longer in the content,
   * and the old identities of renamed ones) is marked removed — it is still on the platform;
   * unchanged entries take their current file and id (a move changes no payload).
   */
  recordPlan(plan) {
    for (const action of plan.actions) {
      if (action.kind === "remove") {
        if (action.previous.status !== "removed")
          this.#set({ ...action.previous, status: "removed" });
      } else if (action.kind === "unchanged") {
        const { previous, entry } = action;
        if (previous.source !== entry.source || previous.id !== entry.id || previous.status !== "synced")
          this.#set({ ...previous, source: entry.source, id: entry.id, status: "synced" });
      }
    }
  }
  /** Folds one confirmed fact into the state. */
  apply(record) {
    if ("write" in record) {
      this.#set(record.write);
    } else if ("task" in record) {
      this.#tasks.set(record.task.id, record.task);
      this.#revision++;
    } else if ("settled" in record) {
      this.#tasks.delete(record.settled);
      if (record.replace) {
        this.#entries.clear();
        this.#pruned = record.replace;
      }
      for (const old of record.renamed) this.#entries.delete(identityKey(old));
      for (const e of record.entries) this.#set(e);
      this.#revision++;
    } else if ("prune" in record) {
      this.#entries.clear();
      for (const e of record.entries) this.#set(e);
      this.#pruned = record.prune;
    } else {
      for (const [key, e] of this.#entries) {
        if (e.unpublished) this.#entries.set(key, withoutMarker(e));
      }
      this.#revision++;
    }
  }
  /** Entries written but not published since. */
  get unpublished() {
    let n2 = 0;
    for (const e of this.#entries.values()) if (e.unpublished) n2++;
    return n2;
  }
  /** Entries the state marks removed (still on the platform). */
  get removed() {
    let n2 = 0;
    for (const e of this.#entries.values()) if (e.status === "removed") n2++;
    return n2;
  }
  /** The v2 import tasks submitted and not yet settled, oldest first. */
  get tasks() {
    return [...this.#tasks.values()];
  }
  /** The entry the state holds for an identity. */
  get(identity) {
    return this.#entries.get(identityKey(identity));
  }
  get revision() {
    return this.#revision;
  }
  /** The lockfile to write now. */
  toLockfile() {
    return {
      version: LOCKFILE_VERSION,
      pruned: this.#pruned,
      entries: [...this.#entries.values()].sort(compareIdentity),
      ...this.#tasks.size > 0 ? { tasks: [...this.#tasks.values()] } : {}
    };
  }
  #set(entry) {
    this.#entries.set(identityKey(entry), entry);
    this.#revision++;
  }
};
function lockEntryOf(entry, hash) {
  return {
    skill: entry.skill,
    title: entry.title,
    hash,
    source: entry.source,
    id: entry.id,
    status: "synced"
  };
}
function withoutMarker(entry) {
  const { unpublished: _, ...rest } = entry;
  return rest;
}
function foldRecords(lock, records) {
  if (records.length === 0) return lock;
  const state = new LockState(lock);
  for (const record of records) state.apply(record);
  return state.toLockfile();
}
var LockWriter = class {
  constructor(state, file, onDisk, journal) {
    this.state = state;
    this.file = file;
    this.journal = journal;
    this.#writtenText = onDisk;
  }
  state;
  file;
  journal;
  #chain = Promise.resolve();
  /** The revision last written; undefined before the first flush, which always compares text. */
  #writtenRevision;
  #writtenText;
  #changed = false;
  /**
   * The first flush of a run: writes the lockfile with the plan's drift and the journal a
   * killed run left (folded in when it was read), then deletes that journal.
   */
  async start() {
    await this.flush();
    await this.journal.remove();
  }
  /** Journals a confirmed fact (durably), then folds it into the state. */
  record(record) {
    this.journal.append(record);
    this.state.apply(record);
  }
  /** True once the file on disk differs from the lockfile the run started with. */
  get changed() {
    return this.#changed;
  }
  /** Queues a flush; resolves when it (and every earlier one) is on disk. */
  flush() {
    const next = this.#chain.then(async () => {
      const revision = this.state.revision;
      if (revision === this.#writtenRevision) return;
      const text = serializeLockfile(this.state.toLockfile());
      this.#writtenRevision = revision;
      if (text === this.#writtenText) return;
      await writeFileAtomic(this.file.path, text).catch((error) => {
        throw new StateFileError(
          `cannot write the lockfile ${this.file.display}: ${error.message}`,
          { cause: error }
        );
      });
      this.#writtenText = text;
      this.#changed = true;
    });
    this.#chain = next.catch(() => {
    });
    return next;
  }
  /**
   * The last flush of a run: writes the lockfile, then deletes the journal, whose every record
   * the lockfile now holds. Until then a kill leaves both, and the next run folds them again
   * (folding a record twice changes nothing).
   */
  async close() {
    await this.flush();
    await this.journal.remove();
  }
};

// src/sync/apply-v2.ts
var CANNOT_DISABLE = (why) => `cannot be disabled: its last synced version is not in Git (${why}), and a disable must carry its questions and answer; commit that version, or take it off with --prune --replace-all`;
async function importAll(plan, state, writer, client, options) {
  const failures = [];
  const confirmedWrites = /* @__PURE__ */ new Set();
  const confirmedDisables = /* @__PURE__ */ new Set();
  const writtenAnew = /* @__PURE__ */ new Set();
  const replace = plan.prune?.mode === "replace" && plan.prune.removes.length > 0;
  let confirmedCount = 0;
  const interrupted = () => options.signal?.aborted === true;
  const writes = plan.actions.filter(
    (a2) => a2.kind === "create" || a2.kind === "update" || a2.kind === "rename"
  );
  const result = (outcome, resumed2, fatal) => {
    failures.sort((a2, b) => compareStrings(a2.entry.source, b.entry.source));
    const done2 = writes.filter((a2) => confirmedWrites.has(a2));
    return {
      outcome,
      // A replace sends every entry, unchanged ones too: each confirmed one is written.
      written: replace ? confirmedCount : done2.length,
      writes: done2,
      disabled: plan.actions.filter(
        (a2) => a2.kind === "remove" && confirmedDisables.has(a2)
      ),
      failures,
      fatal,
      resumed: resumed2,
      writtenAnew: done2.filter((a2) => writtenAnew.has(a2))
    };
  };
  let resumed = { tasks: 0, confirmed: 0 };
  for (const task of state.tasks) {
    if (interrupted()) return result("interrupted", resumed);
    try {
      const status = await waitForTask(client, task.id, options);
      const settled = settle(task, status);
      writer.record(settled.record);
      resumed = {
        tasks: resumed.tasks + 1,
        confirmed: resumed.confirmed + settled.record.entries.length
      };
    } catch (error) {
      if (error instanceof PlatformError && error.kind === "rejected") {
        writer.record({ settled: task.id, entries: [], renamed: [] });
        resumed = { ...resumed, tasks: resumed.tasks + 1 };
        continue;
      }
      if (error instanceof PlatformError && error.kind === "aborted")
        return result("interrupted", resumed);
      if (error instanceof PlatformError || error instanceof TaskTimeoutError)
        return result("fatal", resumed, error);
      throw error;
    }
  }
  const sendables = [];
  const alreadyThere = (action) => {
    const now = state.get(action.entry);
    return now !== void 0 && (action.kind === "create" || now !== action.previous) && now.status === "synced" && now.hash === action.hash && now.api === "v2";
  };
  if (replace) {
    for (const action of plan.actions) {
      if (action.kind === "remove") continue;
      sendables.push(writeSendable(action, { inPlace: false }));
    }
  } else {
    for (const action of writes) {
      if (resumed.tasks > 0 && alreadyThere(action)) {
        confirmedWrites.add(action);
        continue;
      }
      sendables.push(writeSendable(action, { inPlace: true }));
    }
    if (plan.prune?.mode === "disable" && !plan.prune.refusal) {
      for (const action of plan.actions) {
        if (action.kind !== "remove") continue;
        const now = state.get(action.previous);
        if (now?.status === "disabled") {
          confirmedDisables.add(action);
          continue;
        }
        const before = options.befores?.get(identityKey(action.previous));
        if (!before?.found) {
          failures.push({
            entry: entryOfLock(action.previous),
            message: `not disabled, it stays on the bot: ${CANNOT_DISABLE(before?.why ?? "not looked up")}.`
          });
          continue;
        }
        sendables.push(disableSendable(action, before.entry));
      }
    }
  }
  options.onEvent?.({ type: "start", total: sendables.length });
  let done = 0;
  const retried = [];
  const runBatches = async (all2, firstMode) => {
    for (let start = 0; start < all2.length; start += options.batchSize) {
      if (interrupted()) {
        options.onEvent?.({ type: "interrupted" });
        return result("interrupted", resumed);
      }
      const batch = all2.slice(start, start + options.batchSize);
      const mode = start === 0 ? firstMode : 0;
      let status;
      let task;
      try {
        const id = await client.importJson(
          mode,
          batch.map((s) => s.item),
          { signal: options.signal }
        );
        task = {
          id,
          submitted: (/* @__PURE__ */ new Date()).toISOString(),
          mode,
          items: batch.map((s) => s.task)
        };
        writer.record({ task });
        status = await waitForTask(client, id, options);
      } catch (error) {
        if (error instanceof PlatformError && error.kind === "aborted") {
          options.onEvent?.({ type: "interrupted" });
          return result("interrupted", resumed);
        }
        if (error instanceof TaskTimeoutError) return result("fatal", resumed, error);
        if (error instanceof PlatformError && error.fatal) return result("fatal", resumed, error);
        if (error instanceof PlatformError) {
          for (const s of batch) fail(s, error.message);
          continue;
        }
        throw error;
      }
      const settled = settle(task, status, mode === 1 ? replaceRecord(plan) : void 0);
      writer.record(settled.record);
      for (const [index, s] of batch.entries()) {
        if (settled.confirmed[index]) {
          if (s.action.kind === "remove") confirmedDisables.add(s.action);
          else confirmedWrites.add(s.action);
          done++;
          confirmedCount++;
          options.onEvent?.({ type: "written", entry: s.entry, done, total: sendables.length });
        } else if (s.item.oldIntent !== void 0 && firstMode === 0) {
          retried.push(s);
        } else {
          fail(s, failureMessage(status));
        }
      }
    }
    return void 0;
  };
  const fail = (s, message) => {
    failures.push({ entry: s.entry, message });
    options.onEvent?.({ type: "failed", entry: s.entry, message });
  };
  const stopped = await runBatches(sendables, replace ? 1 : 0);
  if (stopped) return stopped;
  if (retried.length > 0) {
    const again = retried.map(
      (s) => writeSendable(s.action, { inPlace: false, dropsOld: true })
    );
    const stoppedAgain = await runBatches(again, 0);
    if (stoppedAgain) return stoppedAgain;
    for (const s of again)
      if (confirmedWrites.has(s.action)) writtenAnew.add(s.action);
  }
  return result(failures.length > 0 ? "partial" : "done", resumed);
}
function writeSendable(action, how) {
  const { entry } = action;
  const oldIntent = how.inPlace && action.kind === "rename" ? action.oldIntent : void 0;
  const dropped = how.dropsOld && action.kind === "rename" ? action.oldIntent : void 0;
  return {
    item: {
      skill: entry.skill,
      intent: entry.title,
      ...oldIntent === void 0 ? {} : { oldIntent },
      threshold: thresholdText(entry),
      disable: false,
      questions: entry.questions,
      answers: [entry.content]
    },
    task: {
      entry: { ...lockEntryOf(entry, action.hash), unpublished: true, api: "v2" },
      ...(oldIntent ?? dropped) === void 0 ? {} : { renamedFrom: oldIntent ?? dropped }
    },
    action,
    entry
  };
}
function disableSendable(action, before) {
  const { previous } = action;
  return {
    item: {
      skill: previous.skill,
      intent: previous.title,
      disable: true,
      questions: before.questions,
      answers: [answerContent(before.messages)]
    },
    task: { entry: { ...previous, status: "disabled", unpublished: true, api: "v2" } },
    action,
    entry: entryOfLock(previous)
  };
}
function entryOfLock(previous) {
  return {
    source: previous.source,
    path: previous.source,
    skill: previous.skill,
    title: previous.title,
    questions: [],
    id: previous.id,
    draft: false,
    hash: previous.hash,
    messages: [],
    content: ""
  };
}
function replaceRecord(plan) {
  const kept = plan.actions.filter((a2) => a2.kind !== "remove").length;
  return { at: (/* @__PURE__ */ new Date()).toISOString(), removed: plan.prune?.removes.length ?? 0, kept };
}
function settle(task, status, replace) {
  const imported = new Map(
    status.imported.map((i2) => [identityKey({ skill: i2.skill, title: i2.intent }), i2])
  );
  const allOk = status.state === "succeeded" && status.failCount === 0 && status.imported.length === 0;
  const confirmed = task.items.map((item) => allOk || imported.has(identityKey(item.entry)));
  const entries2 = [];
  const renamed = [];
  for (const [index, item] of task.items.entries()) {
    if (!confirmed[index]) continue;
    const ids = imported.get(identityKey(item.entry));
    entries2.push({
      ...item.entry,
      ...ids?.skillId === void 0 ? {} : { skillId: ids.skillId },
      ...ids?.intentId === void 0 ? {} : { intentId: ids.intentId }
    });
    if (item.renamedFrom !== void 0)
      renamed.push({ skill: item.entry.skill, title: item.renamedFrom });
  }
  const whole2 = task.mode === 1 && status.state === "succeeded";
  const record = whole2 ? replace ?? { at: (/* @__PURE__ */ new Date()).toISOString(), removed: 0, kept: task.items.length } : void 0;
  return {
    confirmed,
    record: { settled: task.id, entries: entries2, renamed, ...record ? { replace: record } : {} }
  };
}
function failureMessage(status) {
  const said = status.message ? `: "${status.message}"` : "";
  return status.state === "failed" ? `the import task failed${said}.` : `the platform did not import this intent (${status.failCount} of ${status.totalCount} in its batch failed${said}).`;
}
var TaskTimeoutError = class extends FaqopsError {
  name = "TaskTimeoutError";
};
async function waitForTask(client, id, options) {
  const poll = options.taskPoll ?? {};
  const timeoutMs = poll.timeoutMs ?? 6e5;
  const maxPollMs = poll.maxPollMs ?? 5e3;
  let waitMs = poll.firstPollMs ?? 1e3;
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    try {
      await sleep(waitMs, void 0, options.signal ? { signal: options.signal } : void 0);
    } catch (error) {
      throw new PlatformError("async/fetch: the call was cancelled.", {
        action: "async/fetch",
        kind: "aborted",
        cause: error
      });
    }
    const status = await client.fetchTask(id, { signal: options.signal });
    if (status.state !== "running") return status;
    if (Date.now() + waitMs > deadline) {
      throw new TaskTimeoutError(
        `import task ${id} did not finish within ${Math.round(timeoutMs / 1e3)} s (last progress ${status.progress}%).`,
        {
          hint: "the platform may still finish it; it stays recorded in the lockfile, and the next apply asks how it ended before sending anything else."
        }
      );
    }
    waitMs = Math.min(maxPollMs, Math.round(waitMs * 1.5));
  }
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path4, added, removed, oldPosInc, options) {
    const last = path4.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path4.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path4.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i2 = 0; i2 < array.length; i2++) {
      if (array[i2]) {
        ret.push(array[i2]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i2) {
            const oldValue = oldTokens[oldPos + i2];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/render/diff.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function diffEntry(before, after) {
  const b = before?.questions ?? [];
  const a2 = after?.questions ?? [];
  return {
    skill: before && after && before.skill !== after.skill ? { from: before.skill, to: after.skill } : void 0,
    title: before && after && before.title !== after.title ? { from: before.title, to: after.title } : void 0,
    threshold: before && after && before.threshold !== after.threshold ? { from: thresholdShown(before.threshold), to: thresholdShown(after.threshold) } : !before && after?.threshold !== void 0 ? { from: "", to: thresholdShown(after.threshold) } : void 0,
    questionsAdded: a2.filter((q) => !b.includes(q)),
    questionsRemoved: b.filter((q) => !a2.includes(q)),
    messages: diffMessages(before?.messages ?? [], after?.messages ?? [])
  };
}
function thresholdShown(threshold) {
  return threshold === void 0 ? "default (0.9)" : String(threshold);
}
function isEmptyDiff(diff) {
  return !diff.skill && !diff.title && !diff.threshold && diff.questionsAdded.length === 0 && diff.questionsRemoved.length === 0 && diff.messages.every((m) => m.kind === "same");
}
function messageText(message) {
  if (typeof message !== "string") return cardText(message);
  return message.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_, href, label) => {
    const asks = askedQuestion(href);
    return asks === void 0 ? `${label} (${href})` : `${label} [asks: ${asks}]`;
  });
}
function cardText(card) {
  if ("news" in card) {
    return card.news.articles.map(
      (a2) => [
        `[news] ${a2.title}`,
        `  description: ${a2.description}`,
        `  url: ${a2.url}`,
        ...a2.picurl ? [`  picture: ${a2.picurl}`] : [],
        `  type: ${a2.type}`
      ].join("\n")
    ).join("\n");
  }
  if ("image" in card) {
    return [
      `[image] ${card.image.media_id}`,
      ...card.image.url ? [`  url: ${card.image.url}`] : []
    ].join("\n");
  }
  const p = card.miniprogrampage;
  return [
    `[mini program] ${p.title}`,
    `  appid: ${p.appid}`,
    `  page: ${p.pagepath}`,
    `  thumbnail: ${p.thumb_media_id}${p.thumb_url ? ` (${p.thumb_url})` : ""}`
  ].join("\n");
}
function diffMessages(before, after) {
  const out = [];
  const chunks = diffArrays(before.map(messageText), after.map(messageText));
  const kinds = (from) => from.map(messageKind);
  let b = 0;
  let a2 = 0;
  for (let i2 = 0; i2 < chunks.length; i2++) {
    const chunk2 = chunks[i2];
    if (!chunk2) continue;
    const next = chunks[i2 + 1];
    if (chunk2.removed && next?.added) {
      const oldKinds = kinds(before.slice(b, b + chunk2.count));
      const newKinds = kinds(after.slice(a2, a2 + next.count));
      const pairs = Math.min(chunk2.value.length, next.value.length);
      let k = 0;
      for (; k < pairs && oldKinds[k] === newKinds[k]; k++) {
        out.push({ kind: "changed", pieces: diffWords(chunk2.value[k] ?? "", next.value[k] ?? "") });
      }
      for (const text of chunk2.value.slice(k)) out.push({ kind: "del", text });
      for (const text of next.value.slice(k)) out.push({ kind: "add", text });
      b += chunk2.count;
      a2 += next.count;
      i2++;
      continue;
    }
    const kind = chunk2.added ? "add" : chunk2.removed ? "del" : "same";
    for (const text of chunk2.value) out.push({ kind, text });
    if (!chunk2.added) b += chunk2.count;
    if (!chunk2.removed) a2 += chunk2.count;
  }
  return out;
}
function messageKind(message) {
  return typeof message === "string" ? "text" : Object.keys(message)[0] ?? "card";
}
var segmenter = new Intl.Segmenter("zh", { granularity: "word" });
function diffWords(before, after) {
  const words = (text) => [...segmenter.segment(text)].map((s) => s.segment);
  const pieces = [];
  for (const chunk2 of diffArrays(words(before), words(after))) {
    const kind = chunk2.added ? "add" : chunk2.removed ? "del" : "same";
    const text = chunk2.value.join("");
    const last = pieces.at(-1);
    if (last?.kind === kind) pieces[pieces.length - 1] = { kind, text: last.text + text };
    else pieces.push({ kind, text });
  }
  return pieces;
}
var PLAIN_STYLE = {
  add: (text) => `{+${text}+}`,
  del: (text) => `[-${text}-]`
};
var COLORS = import_picocolors.default.createColors(true);
var NO_COLORS = import_picocolors.default.createColors(false);
var COLOR_STYLE = { add: COLORS.green, del: COLORS.red };
function colorWanted(isTty, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "" && force !== "0" && force !== "false") return true;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTty && env.TERM !== "dumb";
}
function diffStyleFor(isTty, env) {
  return colorWanted(isTty, env) ? COLOR_STYLE : PLAIN_STYLE;
}
function diffLines(diff, style, indent = "    ") {
  const lines = [];
  if (diff.skill)
    lines.push(`${indent}skill: ${style.del(diff.skill.from)} \u2192 ${style.add(diff.skill.to)}`);
  if (diff.title)
    lines.push(`${indent}title: ${style.del(diff.title.from)} \u2192 ${style.add(diff.title.to)}`);
  if (diff.threshold)
    lines.push(
      diff.threshold.from === "" ? `${indent}threshold: ${style.add(diff.threshold.to)}` : `${indent}threshold: ${style.del(diff.threshold.from)} \u2192 ${style.add(diff.threshold.to)}`
    );
  for (const q of diff.questionsRemoved) lines.push(`${indent}- question: ${style.del(q)}`);
  for (const q of diff.questionsAdded) lines.push(`${indent}+ question: ${style.add(q)}`);
  diff.messages.forEach((m, i2) => {
    const head2 = `${indent}message ${i2 + 1}`;
    const body = (text, mark = (l) => l) => text.split("\n").map((l) => l === "" ? "" : `${indent}  ${mark(l)}`);
    switch (m.kind) {
      case "same":
        lines.push(`${head2}: unchanged`);
        break;
      case "add":
        lines.push(`${head2} (added):`, ...body(m.text, style.add));
        break;
      case "del":
        lines.push(`${head2} (removed):`, ...body(m.text, style.del));
        break;
      case "changed":
        lines.push(
          `${head2} (changed):`,
          ...body(
            m.pieces.map((p) => p.kind === "same" ? p.text : perLine(p.text, style[p.kind])).join("")
          )
        );
        break;
    }
  });
  return lines;
}
function perLine(text, mark) {
  return text.split("\n").map((line) => line === "" ? line : mark(line)).join("\n");
}
function diffHtml(diff) {
  const html = (text) => escapeHtml(text).replace(/\r?\n/g, "<br>");
  const ins = (text) => `<ins>${html(text)}</ins>`;
  const del = (text) => `<del>${html(text)}</del>`;
  const parts = [];
  if (diff.skill) parts.push(`skill: ${del(diff.skill.from)} \u2192 ${ins(diff.skill.to)}`);
  if (diff.title) parts.push(`title: ${del(diff.title.from)} \u2192 ${ins(diff.title.to)}`);
  if (diff.threshold)
    parts.push(
      diff.threshold.from === "" ? `threshold: ${ins(diff.threshold.to)}` : `threshold: ${del(diff.threshold.from)} \u2192 ${ins(diff.threshold.to)}`
    );
  for (const q of diff.questionsRemoved) parts.push(`\u2212 question: ${del(q)}`);
  for (const q of diff.questionsAdded) parts.push(`+ question: ${ins(q)}`);
  diff.messages.forEach((m, i2) => {
    const head2 = `<b>message ${i2 + 1}</b>`;
    switch (m.kind) {
      case "same":
        parts.push(`${head2}: unchanged`);
        break;
      case "add":
        parts.push(`${head2} (added):<br>${ins(m.text)}`);
        break;
      case "del":
        parts.push(`${head2} (removed):<br>${del(m.text)}`);
        break;
      case "changed":
        parts.push(
          `${head2} (changed):<br>${m.pieces.map((p) => p.kind === "same" ? html(p.text) : p.kind === "add" ? ins(p.text) : del(p.text)).join("")}`
        );
        break;
    }
  });
  return parts.join("<br>");
}

// src/render/words.ts
function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/render/plan.ts
var SIGN = {
  create: "+",
  update: "~",
  rename: "\u2192",
  remove: "-",
  unchanged: "="
};
var SIGN_COLOR = {
  create: "green",
  update: "yellow",
  rename: "cyan",
  remove: "red",
  unchanged: "dim"
};
function planSummary(plan) {
  const c3 = plan.counts;
  const owed = plan.unpublished > 0 ? ` ${unpublishedPhrase(plan.unpublished)}.` : "";
  const enables = plan.actions.filter((a2) => a2.kind === "update" && a2.enable).length;
  const updates = `${c3.update - enables} to update${enables > 0 ? `, ${enables} to enable` : ""}`;
  const disabling = plan.prune?.mode === "disable" && !plan.prune.refusal;
  const drift = disabling ? `${c3.remove} to disable` : `${c3.remove} on the bot but not in the content`;
  return `${c3.create} to create, ${updates}, ${c3.rename} to rename, ${drift}, ${c3.unchanged} unchanged.${owed}`;
}
function actionWord(action, plan) {
  if (action.kind === "update" && action.enable) return "enable";
  if (action.kind === "remove" && plan.prune?.mode === "disable" && !plan.prune.refusal)
    return "disable";
  return action.kind;
}
function apiNotes(plan) {
  if (plan.api !== "v2") return [];
  let rich = 0;
  for (const a2 of plan.actions) {
    if (a2.kind === "create" || a2.kind === "update" || a2.kind === "rename") {
      if (a2.entry.messages.length !== 1 || typeof a2.entry.messages[0] !== "string") rich++;
    }
  }
  const notes = [];
  let richFromV1 = 0;
  for (const a2 of plan.actions) {
    if (a2.kind !== "unchanged" || a2.previous.api === "v2") continue;
    if (a2.entry.messages.length !== 1 || typeof a2.entry.messages[0] !== "string") richFromV1++;
  }
  if (richFromV1 > 0) {
    notes.push(
      `${plural(richFromV1, "entry", "entries")} with a rich answer (a card or several messages) ${richFromV1 === 1 ? "was" : "were"} written through v1 and ${richFromV1 === 1 ? "is" : "are"} not written by this plan; the platform's v2 documentation does not say that import accepts rich answers: try them on a test bot before \`--resend-all\` (docs/platform.md, "v1 or v2").`
    );
  }
  if (rich === 0) return notes;
  return [
    ...notes,
    `${plural(rich, "entry to write carries", "entries to write carry")} a rich answer (a card or several messages), sent as the same JSON string v1 sends; the platform's v2 documentation does not say that import accepts rich answers: after publishing, check ${rich === 1 ? "it" : "them"} on the bot (docs/platform.md, "v1 or v2").`
  ];
}
function unpublishedPhrase(count) {
  return `${count} written, not yet published`;
}
function removeReason(action, plan) {
  if (plan?.prune?.mode === "disable" && !plan.prune.refusal)
    return `${driftWhy(action)}; disabled by this prune`;
  if (plan?.prune?.mode === "replace" && !plan.prune.refusal)
    return `${driftWhy(action)}; removed by this prune`;
  return `${driftWhy(action)}; still on the bot, --prune ${plan?.api === "v2" ? "disables" : "removes"} it`;
}
function driftWhy(action) {
  const { to } = action;
  switch (action.reason) {
    case "deleted":
      return "deleted";
    case "draft":
      return "now a draft";
    case "renamed":
      return `renamed to "${to?.title}"`;
    case "moved":
      return `moved to ${to?.skill} / "${to?.title}"`;
  }
}
var DRIFT_REMEDY = "the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first)";
var DRIFT_REMEDY_V2 = "the v2 API switches drift off, reversibly: `faqops apply --api v2 --prune` disables it (review `faqops plan --api v2 --prune` first)";
function driftRemedy(plan) {
  return plan.api === "v2" ? DRIFT_REMEDY_V2 : DRIFT_REMEDY;
}
function pendingTasksLine(plan) {
  if (plan.pendingTasks === 0) return void 0;
  const one = plan.pendingTasks === 1;
  const tasks = `${plural(plan.pendingTasks, "import task", "import tasks")} sent by an interrupted run ${one ? "is" : "are"} not yet settled`;
  return plan.api === "v2" ? `${tasks}: the next apply asks the platform how ${one ? "it" : "they"} ended before sending anything else.` : `${tasks} (v2): run \`faqops apply --api v2\` to settle ${one ? "it" : "them"}; a v1 apply refuses to run until then.`;
}
var PUBLISH_REMEDY = "`faqops publish` (or `faqops apply --publish`) publishes what is written";
function renderPlanText(plan, options = {}) {
  const colors = options.colors ?? NO_COLORS;
  const signed = (action, line) => {
    const sign = SIGN[action.kind];
    return `${colors[SIGN_COLOR[action.kind]](sign)}${line.slice(sign.length)}`;
  };
  const lines = [];
  const bySkill = /* @__PURE__ */ new Map();
  for (const action of plan.actions) {
    if (action.kind === "unchanged") continue;
    const skill = identityOf(action).skill;
    bySkill.set(skill, [...bySkill.get(skill) ?? [], action]);
  }
  for (const skill of [...bySkill.keys()].sort(compareStrings)) {
    lines.push(colors.bold(skill));
    for (const action of bySkill.get(skill) ?? []) {
      if (!options.details) {
        lines.push(`  ${signed(action, actionLine(action, plan, options.befores))}`);
        continue;
      }
      lines.push(
        `  ${signed(action, actionHead(action, plan, options.details.befores))}`,
        ...detailLines(action, options.details)
      );
    }
    lines.push("");
  }
  if (!planHasChanges(plan))
    lines.push(colors.green("No changes: the platform is up to date with the content."), "");
  lines.push(`${colors.bold("Plan:")} ${planSummary(plan)}`);
  if (plan.stillOnPlatform.length > 0 && !plan.prune) {
    lines.push(
      `${plural(plan.stillOnPlatform.length, "entry is", "entries are")} on the bot but not in the content: ${driftRemedy(plan)}.`
    );
  }
  const pending = pendingTasksLine(plan);
  if (pending) lines.push(pending);
  if (plan.unpublished > 0) {
    lines.push(
      `${plural(plan.unpublished, "entry was", "entries were")} written but not published: the live bot does not answer with ${plan.unpublished === 1 ? "it" : "them"} yet; ${PUBLISH_REMEDY}.`
    );
  }
  if (plan.prune) lines.push(...pruneLines(plan, colors));
  return `${lines.join("\n")}
`;
}
function actionHead(action, plan, befores) {
  const line = actionLine(action, plan, befores);
  if (action.kind === "remove" || action.kind === "unchanged") return line;
  return line.slice(0, line.lastIndexOf("  "));
}
function detailLines(action, details) {
  if (action.kind === "remove" || action.kind === "unchanged") return [];
  const after = action.entry;
  if (action.kind === "create") {
    return diffLines(diffEntry(void 0, after), details.style, "      ");
  }
  const before = details.befores.get(identityKey(action.previous));
  if (!before?.found) {
    return [
      `      (the previous version cannot be shown: ${before?.why ?? "it was not looked up"}; the new one in full:)`,
      ...diffLines(diffEntry(void 0, after), details.style, "      ")
    ];
  }
  const diff = diffEntry(before.entry, after);
  if (isEmptyDiff(diff)) return ["      (the same as on the bot)"];
  return diffLines(diff, details.style, "      ");
}
function actionLine(action, plan, befores) {
  const sign = SIGN[action.kind];
  switch (action.kind) {
    case "create":
      return `${sign} ${action.entry.title}  (new)  ${previewAnswer(action.entry.messages)}`;
    case "update": {
      const why = action.enable ? "disabled on the bot: enable" : action.resend ? "unchanged; sent again: --resend-all" : action.thresholdUnsent ? "written through v1, which cannot send its threshold: sent again" : "changed";
      return `${sign} ${action.entry.title}  (${why})  ${previewAnswer(action.entry.messages)}`;
    }
    case "rename": {
      const from = action.previous;
      const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
      const how = action.oldIntent === void 0 ? "" : ", renamed in place (old_intent)";
      return `${sign} ${action.entry.title}  (renamed from "${old}", same ${action.matchedBy === "id" ? "id" : "file"}${how})  ${previewAnswer(action.entry.messages)}`;
    }
    case "remove": {
      const before = befores?.get(identityKey(action.previous));
      if (plan.prune?.mode === "disable" && !plan.prune.refusal && before && !before.found)
        return `${sign} ${action.previous.title}  (${driftWhy(action)}; ${CANNOT_DISABLE(before.why)})`;
      return `${sign} ${action.previous.title}  (${removeReason(action, plan)})`;
    }
    case "unchanged":
      return `${sign} ${action.entry.title}`;
  }
}
function pruneLines(plan, colors) {
  const prune = plan.prune;
  if (!prune) return [];
  if (prune.removes.length === 0)
    return ["--prune: nothing to remove; the sync stays incremental."];
  if (prune.mode === "disable") {
    const lines2 = [
      "",
      `--prune (v2): ${plural(prune.removes.length, "entry", "entries")} (${percent(prune.share)} of what faqops knows on the platform) will be DISABLED (disable: true): kept on the bot, switched off once published; bringing one back into the content switches it on again. Nothing faqops does not know is touched.`,
      ...prune.removes.map((e) => `  - ${e.skill} / ${e.title}`)
    ];
    if (prune.refusal) lines2.push(`${colors.red("Refused:")} ${prune.refusal}`);
    return lines2;
  }
  const lines = [
    "",
    colors.red(
      `!!! PRUNE: the whole bot's content will be REPLACED (${plan.api === "v2" ? "import mode 1" : "batchimportskill mode 1"}) !!!`
    ),
    colors.red(
      `!!! It removes ${prune.removes.length} entr${prune.removes.length === 1 ? "y" : "ies"} (${percent(prune.share)} of what faqops knows on the platform), keeps ${prune.keeps}, and also removes anything added by hand in the console. !!!`
    ),
    ...prune.removes.map((e) => `  - ${e.skill} / ${e.title}`)
  ];
  if (prune.refusal) lines.push(`${colors.red("Refused:")} ${prune.refusal}`);
  return lines;
}
function planJson(plan, befores) {
  const beforeOf = (previous) => {
    if (!befores) return {};
    const before = befores.get(identityKey(previous));
    return {
      before: before?.found ? before.entry : { unavailable: before?.why ?? "not looked up" }
    };
  };
  const afterOf = (entry) => befores ? {
    after: {
      skill: entry.skill,
      title: entry.title,
      questions: entry.questions,
      messages: entry.messages,
      ...entry.threshold === void 0 ? {} : { threshold: entry.threshold }
    }
  } : {};
  return {
    api: plan.api,
    summary: {
      ...plan.counts,
      writes: plan.writes,
      drift: plan.stillOnPlatform.length,
      unpublished: plan.unpublished,
      ...plan.pendingTasks > 0 ? { pendingTasks: plan.pendingTasks } : {},
      changes: planHasChanges(plan)
    },
    changes: plan.actions.flatMap((a2) => {
      switch (a2.kind) {
        case "unchanged":
          return [];
        case "remove":
          return [
            {
              action: actionWord(a2, plan),
              skill: a2.previous.skill,
              title: a2.previous.title,
              source: a2.previous.source,
              reason: a2.reason,
              ...a2.to ? { to: a2.to } : {},
              hash: a2.previous.hash,
              ...beforeOf(a2.previous)
            }
          ];
        default:
          return [
            {
              action: actionWord(a2, plan),
              skill: a2.entry.skill,
              title: a2.entry.title,
              source: a2.entry.source,
              ...a2.entry.id === void 0 ? {} : { id: a2.entry.id },
              hash: a2.hash,
              ...a2.kind === "create" ? {} : { previousHash: a2.previous.hash },
              ...a2.kind === "update" && a2.resend ? { resend: true } : {},
              ...a2.kind === "update" && a2.thresholdUnsent ? { thresholdUnsent: true } : {},
              ...a2.kind === "rename" ? {
                from: { skill: a2.previous.skill, title: a2.previous.title },
                matchedBy: a2.matchedBy,
                ...a2.oldIntent === void 0 ? {} : { oldIntent: a2.oldIntent }
              } : {},
              questions: a2.entry.questions,
              ...a2.entry.threshold === void 0 ? {} : { threshold: a2.entry.threshold },
              content: a2.entry.content,
              ...a2.kind === "create" ? {} : beforeOf(a2.previous),
              ...afterOf(a2.entry)
            }
          ];
      }
    }),
    stillOnPlatform: plan.stillOnPlatform.map((e) => ({
      skill: e.skill,
      title: e.title,
      source: e.source
    })),
    ...plan.prune ? {
      prune: {
        mode: plan.prune.mode,
        removes: plan.prune.removes.map((e) => ({ skill: e.skill, title: e.title })),
        keeps: plan.prune.keeps,
        share: plan.prune.share,
        refused: plan.prune.refusal ?? null
      }
    } : {}
  };
}
function lockNotes(snapshot, lockfile) {
  const notes = [];
  if (!snapshot.exists) {
    notes.push(
      `no lockfile (${lockfile}): every entry will be written; entries already on the bot with the same skill and title are overwritten in place.`
    );
  }
  if (snapshot.journaled > 0) {
    notes.push(
      `${plural(snapshot.journaled, "confirmation", "confirmations")} from a run stopped before saving ${snapshot.journaled === 1 ? "it" : "them"} (${lockfile}.journal) ${snapshot.journaled === 1 ? "is" : "are"} taken as done; the next apply saves ${snapshot.journaled === 1 ? "it" : "them"} into the lockfile.`
    );
  }
  return notes;
}

// src/content/across.ts
function validateAcrossEntries(results) {
  const files = [...results].sort((a2, b) => compareStrings(a2.path, b.path));
  return [
    ...duplicateEntries(files),
    ...questionConflicts(files),
    ...duplicateIds(files),
    ...skillSpellings(files),
    ...askTargets(files)
  ];
}
function listPaths(paths2) {
  return paths2.length <= 1 ? paths2[0] ?? "" : `${paths2.slice(0, -1).join(", ")} and ${paths2.at(-1)}`;
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    if (k === void 0) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
function skillKey(file) {
  return file.keys.skill && alike(file.keys.skill.text);
}
function duplicateEntries(files) {
  const out = [];
  const groups = groupBy(
    files,
    (f) => f.keys.skill && f.keys.title ? `${skillKey(f)}\0${alike(f.keys.title.text)}` : void 0
  );
  for (const group of groups) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.path);
      out.push(
        diagnostic(
          "entry-duplicate",
          file.path,
          file.keys.title,
          `${listPaths(others)} ${others.length === 1 ? "has" : "have"} the same skill and title; change one of the titles (or merge the entries)`
        )
      );
    }
  }
  return out;
}
function questionConflicts(files) {
  const out = [];
  for (const skillFiles of groupBy(files, skillKey)) {
    const asked = [];
    for (const file of skillFiles) {
      if (file.keys.title) asked.push({ file, ref: file.keys.title, kind: "title" });
      for (const ref of file.keys.questions) asked.push({ file, ref, kind: "question" });
    }
    for (const group of groupBy(asked, (a2) => alike(a2.ref.text))) {
      for (const a2 of group) {
        const others = group.filter(
          (o2) => o2.file !== a2.file && (a2.kind === "question" || o2.kind === "question")
        );
        if (others.length === 0) continue;
        const where = listPaths([...new Set(others.map((o2) => `${o2.file.path} (its ${o2.kind})`))]);
        out.push(
          diagnostic(
            "question-conflict",
            a2.file.path,
            a2.ref,
            `"${a2.ref.text}" is also asked by ${where} in the same skill, so the bot cannot tell the entries apart; reword or remove one`
          )
        );
      }
    }
  }
  return out;
}
function duplicateIds(files) {
  const out = [];
  for (const group of groupBy(files, (f) => f.keys.id?.text)) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.path);
      out.push(
        diagnostic(
          "id-duplicate",
          file.path,
          file.keys.id,
          `id "${file.keys.id.text}" is also used by ${listPaths(others)}; ids must be unique`
        )
      );
    }
  }
  return out;
}
function skillSpellings(files) {
  const out = [];
  for (const group of groupBy(files, skillKey)) {
    const counts = /* @__PURE__ */ new Map();
    for (const f of group)
      counts.set(f.keys.skill.text, (counts.get(f.keys.skill.text) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [usual] = [...counts].sort((a2, b) => b[1] - a2[1] || compareStrings(a2[0], b[0]))[0];
    for (const f of group) {
      const skill = f.keys.skill;
      if (skill.text === usual) continue;
      out.push(
        diagnostic(
          "skill-spelling",
          f.path,
          skill,
          `skill "${skill.text}"${skill.fromFolder ? " (the folder's name)" : ""} is written "${usual}" in ${counts.get(usual)} other ${counts.get(usual) === 1 ? "entry" : "entries"}; the platform would make two skills: write it the same way`
        )
      );
    }
  }
  return out;
}
function askTargets(files) {
  const loose = askKey;
  const known = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.keys.draft) continue;
    if (f.keys.title) known.add(loose(f.keys.title.text));
    for (const q of f.keys.questions) known.add(loose(q.text));
  }
  const out = [];
  for (const f of files) {
    for (const ask of f.keys.asks) {
      if (known.has(loose(ask.text))) continue;
      out.push(
        diagnostic(
          "ask-target",
          f.path,
          ask,
          `no synced entry (drafts are not synced) has the title or question "${ask.text}", so tapping this \`:ask\` gets no answer: add it as a question to the entry it means, or set q="\u2026" to one`
        )
      );
    }
  }
  return out;
}

// src/content/load.ts
import { stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// src/content/answers.ts
import { readFileSync } from "node:fs";
import path from "node:path";
var ContentChangedError = class extends FaqopsError {
  name = "ContentChangedError";
};
var AnswerStore = class {
  constructor(contentDir, cacheFile) {
    this.contentDir = contentDir;
    this.cacheFile = cacheFile;
  }
  contentDir;
  cacheFile;
};
var DeferredAnswer = class {
  constructor(store, bytes, span) {
    this.store = store;
    this.bytes = bytes;
    this.span = span;
  }
  store;
  bytes;
  span;
  messages(entry) {
    const { cacheFile } = this.store;
    if (cacheFile !== void 0 && this.span !== void 0) {
      const messages = readAnswer(cacheFile, this.span);
      if (messages && hashes(entry, messages)) return messages;
    }
    return this.compileAgain(entry);
  }
  compileAgain(entry) {
    const changed = () => new ContentChangedError(`${entry.path} changed while faqops was running.`, {
      hint: "run the command again"
    });
    let bytes;
    try {
      bytes = readFileSync(path.join(this.store.contentDir, ...entry.source.split("/")));
    } catch {
      throw changed();
    }
    if (bytesHash(bytes) !== this.bytes) throw changed();
    const again = compileFile({ source: entry.source, path: entry.path, bytes }).entry;
    if (!again || again.hash !== entry.hash) {
      throw new InternalError(`${entry.path} compiled to another answer from the same bytes.`);
    }
    return again.messages;
  }
};
var HeldAnswer = class {
  constructor(held) {
    this.held = held;
  }
  held;
  messages() {
    return this.held;
  }
};
function hashes(entry, messages) {
  const { skill, title, questions, threshold } = entry;
  const content = answerContent(messages);
  return entryHash({ skill, title, questions, threshold, content }) === entry.hash;
}

// src/content/load.ts
var PARALLEL_MIN_FILES = 2e4;
async function loadContent(options) {
  const { cwd, contentDir } = options;
  const info = await stat2(contentDir).catch(() => void 0);
  if (!info?.isDirectory()) {
    throw new UsageError(
      `content directory ${displayPath(cwd, contentDir)} ${info ? "is not a directory" : "does not exist"}.`,
      { hint: "run faqops in your repository's root, or pass --content DIR" }
    );
  }
  refuseContentOutside(cwd, contentDir);
  const scan = scanContentFolder(contentDir, cwd);
  const sources = scan.sources;
  const cacheLink = linkedCachePath(cwd);
  const fileDiagnostics = cacheLink ? [...scan.diagnostics, cacheDiagnostic(cwd, cacheLink)] : scan.diagnostics;
  const useCache = options.cache && cacheLink === void 0;
  const cacheFile = cachePath(cwd);
  const cached = useCache ? readCompileCache(cacheFile) : /* @__PURE__ */ new Map();
  const store = new AnswerStore(contentDir, useCache ? cacheFile : void 0);
  const results = new Array(sources.length);
  const hits = [];
  const misses = [];
  sources.forEach((source, index) => {
    const absolute = path2.join(contentDir, ...source.split("/"));
    const file = displayPath(cwd, absolute);
    const known = cached.get(source);
    if (known && known.record.path === file) {
      const read = readEntryFile(absolute, file);
      if ("bytes" in read && bytesHash(read.bytes) === known.record.hash) {
        hits.push({ index, source, cached: known });
        return;
      }
    }
    misses.push({ index, job: { source, path: file, absolute } });
  });
  const writer = useCache && (misses.length > 0 || hits.length !== cached.size) ? CacheWriter.open(cacheFile) : void 0;
  const hitSpans = hits.map((hit) => hit.cached.span);
  const spans = writer ? writer.copy(cacheFile, hitSpans) : hitSpans;
  hits.forEach((hit, k) => {
    const { record } = hit.cached;
    results[hit.index] = fromRecord(
      hit.source,
      record,
      new DeferredAnswer(store, record.hash, spans[k])
    );
  });
  const strings = /* @__PURE__ */ new Map();
  await compileJobs(
    misses.map((m) => m.job),
    options.workers,
    (k, line) => {
      const { index, job } = misses[k];
      if (useCache) {
        const record = head(line, strings);
        const span = record.hash === NO_BYTES ? void 0 : writer?.append(line);
        const answer = new DeferredAnswer(store, record.hash, span);
        results[index] = fromRecord(job.source, record, answer);
      } else {
        const { record, messages = [] } = whole(line, strings);
        results[index] = fromRecord(job.source, record, new HeldAnswer(messages));
      }
    }
  );
  if (writer && !writer.commit()) store.cacheFile = void 0;
  return assemble(results, fileDiagnostics);
}
function refuseContentOutside(cwd, contentDir) {
  if (!isInside(cwd, contentDir)) return;
  const cwdReal = realPathOr(cwd);
  const real = realPathOr(contentDir);
  if (isInside(cwdReal, real)) return;
  throw new UsageError(
    `content directory ${displayPath(cwd, contentDir)} leads outside the working directory through a symbolic link; faqops reads content only inside the repository it runs in.`,
    { hint: "replace the link with the folder, or pass --content with the folder's own path" }
  );
}
function cacheDiagnostic(cwd, link2) {
  const real = realPathIfAny(link2);
  const target = linkTargetName(
    link2,
    real === void 0 ? void 0 : { real, cwdReal: realPathOr(cwd) }
  );
  return diagnostic(
    "cache-symlink",
    displayPath(cwd, link2),
    { line: 1, column: 1 },
    `this is a symbolic link (to \`${target}\`): faqops neither reads nor writes its compile cache through a link, which could lead outside the repository, so this run compiled every file; delete the link (faqops makes the folder again)`
  );
}
function fromRecord(source, record, answer) {
  const { diagnostics, keys, entry } = record.stored;
  const result = { source, path: record.path, diagnostics, keys };
  if (!entry) return result;
  const { skill, title, questions, id, draft, threshold, hash } = entry;
  const fields = { source, path: record.path, skill, title, questions, id, draft, threshold, hash };
  return {
    source,
    path: record.path,
    diagnostics,
    keys,
    entry: deferredEntry(fields, answer)
  };
}
function head(line, strings) {
  const parsed = parseHead(line.slice(0, line.indexOf("	")), strings);
  if (!parsed) throw new InternalError("a compiled file gave a line the cache cannot read");
  return parsed[1];
}
function whole(line, strings) {
  const parsed = parseLine(line, strings);
  if (!parsed) throw new InternalError("a compiled file gave a line the cache cannot read");
  return parsed;
}
async function compileJobs(jobs, mode, onLine) {
  const script = mode === "off" ? void 0 : workerScript();
  const threads = workerCount();
  const parallel = script !== void 0 && (mode === "on" || jobs.length >= PARALLEL_MIN_FILES && threads > 1);
  if (parallel) return compileInWorkers(jobs, script, threads, onLine);
  jobs.forEach((job, index) => {
    onLine(index, compileJob(job));
  });
}
function assemble(results, fileDiagnostics = []) {
  const diagnostics = sortDiagnostics([
    ...results.flatMap((r) => r.diagnostics),
    ...fileDiagnostics,
    ...validateAcrossEntries(results)
  ]);
  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const entries2 = results.flatMap((r) => r.entry && !failed.has(r.path) ? [r.entry] : []).sort((a2, b) => compareStrings(a2.source, b.source));
  return { entries: entries2, diagnostics, fileCount: results.length };
}

// src/sync/journal.ts
import { closeSync, constants, fdatasyncSync, openSync, writeSync } from "node:fs";
import { readFile as readFile2, rm } from "node:fs/promises";
var APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);
function journalState(display) {
  return {
    name: `the lockfile's journal ${display}`,
    missing: "a missing journal",
    hint: `delete it (rm ${display}): the journals faqops writes are regular files. The next apply then sends again whatever it would have held (harmless).`
  };
}
function journalPath(lockfilePath) {
  return `${lockfilePath}.journal`;
}
var Journal = class {
  constructor(file) {
    this.file = file;
  }
  file;
  #fd;
  /** Writes one record and waits for the disk; throws StateFileError when it cannot. */
  append(record) {
    try {
      this.#fd ??= openSync(this.file.path, APPEND_FLAGS, 420);
      writeSync(this.#fd, `${JSON.stringify(record)}
`);
      fdatasyncSync(this.#fd);
    } catch (error) {
      if (error.code === "ELOOP") {
        const { name, hint } = journalState(this.file.display);
        throw new StateFileError(
          `${name} is a symbolic link: faqops does not append through one.`,
          {
            cause: error,
            hint
          }
        );
      }
      throw new StateFileError(
        `cannot write the lockfile's journal ${this.file.display}: ${error.message}`,
        { cause: error }
      );
    }
  }
  /** Closes the file and deletes it: call only once the lockfile holds every record. */
  async remove() {
    this.close();
    await rm(this.file.path, { force: true });
  }
  close() {
    if (this.#fd !== void 0) closeSync(this.#fd);
    this.#fd = void 0;
  }
};
async function readJournal(file) {
  if (!await checkStateFile(file.path, journalState(file.display))) return [];
  let text;
  try {
    text = await readFile2(file.path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw new StateFileError(
      `cannot read the lockfile's journal ${file.display}: ${error.message}`,
      { cause: error }
    );
  }
  return parseJournal(text, file.display);
}
function parseJournal(text, name) {
  const lines = text.split("\n");
  lines.pop();
  return lines.map((line, index) => {
    const record = parseRecord(line);
    if (record === void 0) {
      throw new StateFileError(`the lockfile's journal ${name} is damaged at line ${index + 1}.`, {
        hint: `it holds writes the platform confirmed after the lockfile was last saved; if it cannot be repaired, delete it: the next apply then sends those entries again (harmless).`
      });
    }
    return record;
  });
}
function parseRecord(line) {
  let data;
  try {
    data = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null) return void 0;
  const record = data;
  if ("write" in record) return isLockEntry(record.write) ? { write: record.write } : void 0;
  if ("published" in record) {
    return typeof record.published === "string" ? { published: record.published } : void 0;
  }
  if ("prune" in record) {
    const { prune, entries: entries2 } = record;
    if (typeof prune !== "object" || prune === null || !Array.isArray(entries2)) return void 0;
    const p = prune;
    if (typeof p.at !== "string" || typeof p.removed !== "number" || typeof p.kept !== "number")
      return void 0;
    if (!entries2.every(isLockEntry)) return void 0;
    return { prune: { at: p.at, removed: p.removed, kept: p.kept }, entries: entries2 };
  }
  if ("task" in record) {
    return pendingTaskProblem(record.task) === void 0 ? { task: record.task } : void 0;
  }
  if ("settled" in record) {
    const { settled, entries: entries2, renamed, replace } = record;
    if (typeof settled !== "string" || !Array.isArray(entries2) || !Array.isArray(renamed))
      return void 0;
    if (!entries2.every(isLockEntry)) return void 0;
    const identities = renamed.every(
      (r) => typeof r === "object" && r !== null && typeof r.skill === "string" && typeof r.title === "string"
    );
    if (!identities) return void 0;
    if (replace !== void 0) {
      const p = replace;
      if (typeof replace !== "object" || replace === null || typeof p.at !== "string" || typeof p.removed !== "number" || typeof p.kept !== "number")
        return void 0;
    }
    return {
      settled,
      entries: entries2,
      renamed,
      ...replace === void 0 ? {} : { replace }
    };
  }
  return void 0;
}
function isLockEntry(value) {
  return lockEntryProblem2(value) === void 0;
}

// src/sync/index.ts
async function readLockSnapshot(lockfile) {
  const [read, records] = await Promise.all([
    readLockfileIfAny(lockfile.path, lockfile.display),
    readJournal(journalFile(lockfile))
  ]);
  return {
    lock: foldRecords(read ?? emptyLockfile(), records),
    exists: read !== void 0,
    onDisk: read === void 0 ? void 0 : serializeLockfile(read),
    // A submitted task is not a confirmation: plan reports it as a pending task instead.
    journaled: records.filter((r) => !("task" in r)).length
  };
}
function journalFile(lockfile) {
  return { path: journalPath(lockfile.path), display: `${lockfile.display}.journal` };
}
async function loadSyncInputs(options) {
  const [content, snapshot] = await Promise.all([
    loadContent(options),
    readLockSnapshot(options.lockfile)
  ]);
  return { content, ...snapshot };
}

// src/sync/apply.ts
import { setMaxListeners } from "node:events";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// node_modules/p-throttle/index.js
var states = /* @__PURE__ */ new WeakMap();
var signalThrottleds = /* @__PURE__ */ new WeakMap();
var finalizationRegistry = new FinalizationRegistry(({ signalWeakRef, weakReference }) => {
  const signal = signalWeakRef.deref();
  if (!signal) {
    return;
  }
  const registration = signalThrottleds.get(signal);
  if (registration) {
    registration.throttleds.delete(weakReference);
    if (registration.throttleds.size === 0) {
      signal.removeEventListener("abort", registration.listener);
      signalThrottleds.delete(signal);
    }
  }
});
function pThrottle({ limit, interval, strict, signal, onDelay, weight }) {
  if (!Number.isFinite(limit)) {
    throw new TypeError("Expected `limit` to be a finite number");
  }
  if (!Number.isFinite(interval)) {
    throw new TypeError("Expected `interval` to be a finite number");
  }
  if (limit < 0) {
    throw new TypeError("Expected `limit` to be >= 0");
  }
  if (interval < 0) {
    throw new TypeError("Expected `interval` to be >= 0");
  }
  if (weight !== void 0 && typeof weight !== "function") {
    throw new TypeError("Expected `weight` to be a function");
  }
  if (weight && interval === 0) {
    throw new TypeError("The `weight` option cannot be used with `interval` of 0");
  }
  const state = {
    queue: /* @__PURE__ */ new Map(),
    strictTicks: [],
    // Track windowed algorithm state so it can be reset on abort
    currentTick: 0,
    activeWeight: 0
  };
  const strictCapacity = Math.max(limit, 1);
  const insertTickSorted = (tickRecord) => {
    if (state.strictTicks.length === 0 || tickRecord.time >= state.strictTicks.at(-1).time) {
      state.strictTicks.push(tickRecord);
    } else {
      const insertIndex = state.strictTicks.findIndex((tick) => tick.time > tickRecord.time);
      state.strictTicks.splice(insertIndex, 0, tickRecord);
    }
  };
  function windowedDelay(requestWeight) {
    const now = Date.now();
    if (now - state.currentTick > interval) {
      state.activeWeight = requestWeight;
      state.currentTick = now;
      return 0;
    }
    if (state.activeWeight + requestWeight <= limit) {
      state.activeWeight += requestWeight;
    } else {
      state.currentTick += interval;
      state.activeWeight = requestWeight;
    }
    return state.currentTick - now;
  }
  function weightedDelay(requestWeight, now, ticks) {
    const findBlockingTick = (time) => {
      let windowStart = 0;
      let windowWeight = 0;
      for (const [index, tick] of ticks.entries()) {
        if (tick.time >= time + interval) {
          break;
        }
        windowWeight += tick.weight;
        const windowEnd = Math.max(time, tick.time);
        while (windowStart <= index && ticks[windowStart].time <= windowEnd - interval) {
          windowWeight -= ticks[windowStart].weight;
          windowStart++;
        }
        if (windowWeight + requestWeight > limit) {
          return ticks[windowStart];
        }
      }
    };
    let nextExecutionTime = now;
    let blockingTick = findBlockingTick(nextExecutionTime);
    while (blockingTick) {
      nextExecutionTime = blockingTick.time + interval;
      blockingTick = findBlockingTick(nextExecutionTime);
    }
    const tickRecord = {
      time: nextExecutionTime,
      weight: requestWeight,
      isExecuted: false
    };
    insertTickSorted(tickRecord);
    return { delay: Math.max(0, nextExecutionTime - now), tickRecord };
  }
  function strictDelay(requestWeight) {
    const now = Date.now();
    if (state.strictTicks.length > 0 && now - state.strictTicks.at(-1).time > interval) {
      state.strictTicks.length = 0;
    }
    if (weight) {
      while (state.strictTicks.length > 0 && now - state.strictTicks[0].time >= interval) {
        state.strictTicks.shift();
      }
      return weightedDelay(requestWeight, now, state.strictTicks);
    }
    if (state.strictTicks.length < strictCapacity) {
      state.strictTicks.push({ time: now, weight: requestWeight });
      return { delay: 0 };
    }
    const oldestTime = state.strictTicks[0].time;
    const mostRecentTime = state.strictTicks.at(-1).time;
    const baseTime = oldestTime + interval;
    const minSpacing = interval > 0 ? Math.ceil(interval / strictCapacity) : 0;
    const nextExecutionTime = baseTime <= mostRecentTime ? mostRecentTime + minSpacing : baseTime;
    state.strictTicks.shift();
    const tickRecord = { time: nextExecutionTime, weight: requestWeight };
    state.strictTicks.push(tickRecord);
    return { delay: Math.max(0, nextExecutionTime - now), tickRecord };
  }
  const getDelay = strict ? strictDelay : windowedDelay;
  return (function_) => {
    const throttled = function(...arguments_) {
      if (!throttled.isEnabled) {
        return (async () => function_.apply(this, arguments_))();
      }
      let timeoutId;
      return new Promise((resolve, reject) => {
        let requestWeight = 1;
        if (weight) {
          try {
            requestWeight = weight(...arguments_);
          } catch (error) {
            reject(error);
            return;
          }
          if (!Number.isFinite(requestWeight) || requestWeight < 0) {
            reject(new TypeError("Expected `weight` to be a finite non-negative number"));
            return;
          }
          if (requestWeight > limit) {
            reject(new TypeError(`Expected \`weight\` (${requestWeight}) to be <= \`limit\` (${limit})`));
            return;
          }
        }
        const delayResult = getDelay(requestWeight);
        const delay2 = strict ? delayResult.delay : delayResult;
        let tickRecord = strict ? delayResult.tickRecord : void 0;
        const execute = () => {
          if (tickRecord) {
            const actualTime = Date.now();
            if (weight) {
              const index = state.strictTicks.indexOf(tickRecord);
              if (index !== -1) {
                state.strictTicks.splice(index, 1);
              }
              const executedTicks = state.strictTicks.filter((tick) => tick.isExecuted);
              const updatedDelayResult = weightedDelay(requestWeight, actualTime, executedTicks);
              tickRecord = updatedDelayResult.tickRecord;
              if (updatedDelayResult.delay > 0) {
                state.queue.delete(timeoutId);
                timeoutId = setTimeout(execute, updatedDelayResult.delay);
                state.queue.set(timeoutId, reject);
                return;
              }
              tickRecord.isExecuted = true;
            } else {
              tickRecord.time = actualTime;
            }
          }
          try {
            resolve(function_.apply(this, arguments_));
          } catch (error) {
            reject(error);
          }
          state.queue.delete(timeoutId);
        };
        if (delay2 > 0) {
          timeoutId = setTimeout(execute, delay2);
          state.queue.set(timeoutId, reject);
          try {
            onDelay?.(...arguments_);
          } catch {
          }
        } else {
          execute();
        }
      });
    };
    signal?.throwIfAborted();
    if (signal) {
      let registration = signalThrottleds.get(signal);
      if (!registration) {
        registration = {
          throttleds: /* @__PURE__ */ new Set(),
          listener: null
        };
        registration.listener = () => {
          for (const weakReference2 of registration.throttleds) {
            const function_2 = weakReference2.deref();
            if (!function_2) {
              continue;
            }
            const functionState = states.get(function_2);
            if (!functionState) {
              continue;
            }
            for (const timeout of functionState.queue.keys()) {
              clearTimeout(timeout);
              functionState.queue.get(timeout)(signal.reason);
            }
            functionState.queue.clear();
            functionState.strictTicks.length = 0;
            functionState.currentTick = 0;
            functionState.activeWeight = 0;
          }
          signalThrottleds.delete(signal);
        };
        signalThrottleds.set(signal, registration);
        signal.addEventListener("abort", registration.listener, { once: true });
      }
      const weakReference = new WeakRef(throttled);
      registration.throttleds.add(weakReference);
      finalizationRegistry.register(throttled, {
        signalWeakRef: new WeakRef(signal),
        weakReference
      });
    }
    throttled.isEnabled = true;
    Object.defineProperty(throttled, "queueSize", {
      get() {
        return state.queue.size;
      }
    });
    states.set(throttled, state);
    return throttled;
  };
}

// src/sync/publish.ts
import { setTimeout as sleep2 } from "node:timers/promises";
var PublishError = class extends FaqopsError {
  name = "PublishError";
};
async function publishAndWait(client, options = {}) {
  const timeoutMs = options.timeoutMs ?? 6e5;
  const maxPollMs = options.maxPollMs ?? 1e4;
  let waitMs = options.pollMs ?? 1e3;
  const deadline = Date.now() + timeoutMs;
  await client.publish();
  for (; ; ) {
    const progress = await client.publishProgress();
    options.onProgress?.(progress);
    if (progress.status === 1) return progress;
    if (progress.status === 2) {
      throw new PublishError(`publishing failed on the platform at ${progress.progress}%.`, {
        hint: "open the bot's console to see why, fix it, then run `faqops publish` again."
      });
    }
    if (Date.now() + waitMs > deadline) {
      throw new PublishError(
        `publishing did not finish within ${Math.round(timeoutMs / 1e3)} s (last progress ${progress.progress}%).`,
        {
          hint: "it may still finish: check the bot's console, or run `faqops publish` again later."
        }
      );
    }
    await sleep2(waitMs, void 0, options.signal ? { signal: options.signal } : void 0);
    waitMs = Math.min(maxPollMs, Math.round(waitMs * 1.5));
  }
}

// src/sync/apply.ts
var RATE_MARGIN = 1.03;
async function applyPlan(plan, snapshot, options) {
  const started = Date.now();
  const prune = plan.prune && plan.prune.removes.length > 0 ? plan.prune : void 0;
  if (prune?.refusal) throw new UsageError(`--prune refused: ${prune.refusal}`);
  if (plan.api === "v1" && plan.pendingTasks > 0) {
    throw new UsageError(
      `the lockfile records ${plan.pendingTasks === 1 ? "a v2 import task" : `${plan.pendingTasks} v2 import tasks`} not yet settled (a v2 run was interrupted); v1 cannot settle ${plan.pendingTasks === 1 ? "it" : "them"}.`,
      {
        hint: "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs."
      }
    );
  }
  const writes = plan.actions.filter(isWrite);
  const drift = plan.actions.filter(isRemove);
  const disabling = prune?.mode === "disable";
  const result = (run) => ({
    plan,
    dryRun: options.dryRun,
    drift: run.pruned && !disabling ? [] : drift.filter((a2) => !(run.disabled ?? []).includes(a2)),
    lockfileChanged: false,
    disabled: [],
    ...run,
    elapsedMs: Date.now() - started
  });
  if (options.dryRun) {
    const publishes = options.publish && (writes.length > 0 || prune || plan.unpublished > 0);
    return result({
      outcome: writes.length === 0 && !prune && !publishes && plan.pendingTasks === 0 ? "nothing-to-do" : "done",
      written: prune && !disabling ? prune.keeps : writes.length,
      writes,
      failures: [],
      pruned: Boolean(prune),
      publish: { status: options.publish ? "not-needed" : "not-asked" },
      unpublished: plan.unpublished
    });
  }
  const { state, writer } = await openLockWriter(snapshot, options.lockfile, plan);
  const mustPublish = options.publish && (writes.length > 0 || prune !== void 0 || state.unpublished > 0);
  if (writes.length === 0 && !prune && !mustPublish && state.tasks.length === 0) {
    await writer.close();
    return result({
      outcome: "nothing-to-do",
      written: 0,
      writes: [],
      failures: [],
      pruned: false,
      publish: { status: options.publish ? "not-needed" : "not-asked" },
      unpublished: state.unpublished,
      lockfileChanged: writer.changed
    });
  }
  const throttle = pThrottle({
    limit: 1,
    interval: 1e3 / options.rate * RATE_MARGIN,
    strict: true
  });
  const onAbort = () => void writer.flush().catch(() => {
  });
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let client;
  try {
    const beforeRequest = throttle(async () => {
    });
    let run;
    if (plan.api === "v2") {
      if (!options.connectV2) throw new Error("applyPlan: a v2 plan needs connectV2");
      const v2 = options.connectV2({ beforeRequest });
      client = v2;
      const timer2 = setInterval(
        () => void writer.flush().catch(() => {
        }),
        options.flushIntervalMs ?? 2e3
      );
      try {
        run = await importAll(plan, state, writer, v2, {
          ...options,
          batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE
        });
      } finally {
        clearInterval(timer2);
      }
    } else {
      const v1 = options.connect({ beforeRequest });
      client = v1;
      run = prune ? await pruneAll(plan, writer, v1, options) : await writeAll(writes, writer, v1, options);
    }
    await writer.flush();
    let publish = { status: options.publish ? "not-needed" : "not-asked" };
    if (mustPublish && (run.outcome === "fatal" || run.outcome === "interrupted")) {
      publish = { status: "skipped" };
    } else if (mustPublish && state.unpublished > 0) {
      publish = await publishState(client, writer, state, options);
    }
    await writer.close();
    const failed = run.outcome === "done" && publish.status === "failed";
    return result({
      ...run,
      outcome: failed ? "partial" : run.outcome,
      pruned: Boolean(prune) && run.fatal === void 0 && run.outcome !== "interrupted",
      publish,
      unpublished: state.unpublished,
      pendingTasks: state.tasks.length,
      lockfileChanged: writer.changed
    });
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    client?.close();
    await writer.close().catch(() => {
    });
  }
}
async function openLockWriter(snapshot, lockfile, plan) {
  const state = new LockState(snapshot.lock);
  if (plan) state.recordPlan(plan);
  const journal = new Journal(journalFile(lockfile));
  const writer = new LockWriter(state, lockfile, snapshot.onDisk, journal);
  await writer.start();
  return { state, writer };
}
async function publishState(client, writer, state, options) {
  const entries2 = state.unpublished;
  try {
    await publishAndWait(client, {
      ...options.publishOptions,
      signal: options.signal,
      onProgress: (progress) => options.onEvent?.({ type: "publish", progress })
    });
  } catch (error) {
    if (error instanceof PlatformError && error.kind === "aborted") throw error;
    if (!(error instanceof FaqopsError)) throw error;
    return { status: "failed", error };
  }
  writer.record({ published: (/* @__PURE__ */ new Date()).toISOString() });
  await writer.flush();
  return { status: "done", entries: entries2 };
}
async function pruneAll(plan, writer, client, options) {
  const live = plan.actions.flatMap((a2) => a2.kind === "remove" ? [] : [a2]);
  const writes = plan.actions.filter(isWrite);
  options.onEvent?.({ type: "prune", removes: plan.stillOnPlatform.length, keeps: live.length });
  try {
    await client.batchImportSkill(
      1,
      live.map((a2) => a2.entry)
    );
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    return { outcome: "fatal", written: 0, writes: [], failures: [], fatal: error };
  }
  writer.record({
    prune: {
      at: (/* @__PURE__ */ new Date()).toISOString(),
      removed: plan.stillOnPlatform.length,
      kept: live.length
    },
    entries: live.map((a2) => ({ ...lockEntryOf(a2.entry, a2.hash), unpublished: true }))
  });
  return { outcome: "done", written: live.length, writes, failures: [] };
}
async function writeAll(writes, writer, client, options) {
  const stop = new AbortController();
  setMaxListeners(options.concurrency * 4 + 10, stop.signal);
  const failures = [];
  const confirmed = /* @__PURE__ */ new Set();
  let fatal;
  let written = 0;
  const interrupted = () => options.signal?.aborted === true;
  const limit = pLimit(options.concurrency);
  options.onEvent?.({ type: "start", total: writes.length });
  const timer2 = setInterval(
    () => void writer.flush().catch(() => {
    }),
    options.flushIntervalMs ?? 2e3
  );
  try {
    await Promise.all(
      writes.map(
        (action) => limit(async () => {
          if (fatal || interrupted()) return;
          try {
            await client.setAutoReply(action.entry, { signal: stop.signal });
          } catch (error) {
            if (fatal) return;
            if (error instanceof PlatformError && error.fatal) {
              fatal = error;
              stop.abort();
              return;
            }
            const message = error instanceof Error ? error.message : String(error);
            failures.push({ entry: action.entry, message });
            options.onEvent?.({ type: "failed", entry: action.entry, message });
            return;
          }
          writer.record({
            write: { ...lockEntryOf(action.entry, action.hash), unpublished: true }
          });
          confirmed.add(action);
          written++;
          options.onEvent?.({
            type: "written",
            entry: action.entry,
            done: written,
            total: writes.length
          });
        })
      )
    );
  } finally {
    clearInterval(timer2);
  }
  failures.sort((a2, b) => compareStrings(a2.entry.source, b.entry.source));
  const done = writes.filter((a2) => confirmed.has(a2));
  if (fatal) return { outcome: "fatal", written, writes: done, failures, fatal };
  if (interrupted()) {
    options.onEvent?.({ type: "interrupted" });
    return { outcome: "interrupted", written, writes: done, failures };
  }
  return { outcome: failures.length > 0 ? "partial" : "done", written, writes: done, failures };
}
function isRemove(action) {
  return action.kind === "remove";
}
function isWrite(action) {
  return action.kind === "create" || action.kind === "update" || action.kind === "rename";
}
async function publishLockfile(snapshot, options) {
  const { state, writer } = await openLockWriter(snapshot, options.lockfile);
  const client = options.connect({ beforeRequest: async () => {
  } });
  try {
    const publish = await publishState(client, writer, state, options);
    await writer.close();
    return { publish, unpublished: state.unpublished, lockfileChanged: writer.changed };
  } finally {
    client.close();
    await writer.close().catch(() => {
    });
  }
}

// src/sync/before.ts
import { execFile, spawn } from "node:child_process";
import path3 from "node:path";
var HISTORY_DEPTH = 20;
var DEEPEN_BY = 200;
async function loadBefore(plan, options) {
  const wanted = /* @__PURE__ */ new Map();
  for (const action of plan.actions) {
    if (action.kind === "update" || action.kind === "rename" || action.kind === "remove") {
      wanted.set(identityKey(action.previous), action.previous);
    }
  }
  const befores = /* @__PURE__ */ new Map();
  if (wanted.size === 0) return befores;
  const missing = (why) => {
    for (const key of wanted.keys()) befores.set(key, { found: false, why });
    return befores;
  };
  const top = await git(options.cwd, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return missing("not in a Git repository");
  const root = top.stdout.trim();
  const lockfile = relative(root, options.lockfilePath);
  const contentDir = relative(root, options.contentDir);
  let lastSync = await git(root, ["log", "-n", "1", "--format=%H", "--", lockfile]);
  if (options.deepen && lastSync.stdout.trim() === "") {
    const shallow = await git(root, ["rev-parse", "--is-shallow-repository"]);
    if (shallow.stdout.trim() === "true") {
      await git(root, ["fetch", "--quiet", `--deepen=${DEEPEN_BY}`]);
      lastSync = await git(root, ["log", "-n", "1", "--format=%H", "--", lockfile]);
    }
  }
  const head2 = await git(root, ["rev-parse", "--verify", "-q", "HEAD"]);
  const commits = [lastSync.stdout.trim(), head2.stdout.trim()].filter(
    (c3, i2, all2) => c3 !== "" && all2.indexOf(c3) === i2
  );
  if (commits.length === 0) return missing("the repository has no commit yet");
  const blobs = new BlobReader(root);
  try {
    for (const [key, previous] of wanted) {
      const file = contentDir === "" ? previous.source : `${contentDir}/${previous.source}`;
      let found = await findVersion(blobs, commits, file, previous);
      if (!found) {
        const history = await git(root, ["log", `-n${HISTORY_DEPTH}`, "--format=%H", "--", file]);
        const more = history.stdout.split("\n").filter((c3) => c3 !== "" && !commits.includes(c3));
        found = await findVersion(blobs, more, file, previous);
      }
      befores.set(
        key,
        found ? { found: true, entry: found } : {
          found: false,
          why: `no committed version of ${file} compiles to what was synced (it may have been synced from uncommitted edits, or from history this clone does not have)`
        }
      );
    }
  } finally {
    blobs.close();
  }
  return befores;
}
async function findVersion(blobs, commits, file, previous) {
  for (const commit of commits) {
    const bytes = await blobs.read(`${commit}:${file}`);
    if (!bytes) continue;
    const { entry } = compileFile({ source: previous.source, path: file, bytes });
    if (entry && entry.hash === previous.hash) {
      return {
        skill: entry.skill,
        title: entry.title,
        questions: entry.questions,
        messages: entry.messages,
        ...entry.threshold === void 0 ? {} : { threshold: entry.threshold }
      };
    }
  }
  return void 0;
}
var BlobReader = class {
  #child;
  #buffer = Buffer.alloc(0);
  #waiting;
  #closed = false;
  constructor(cwd) {
    this.#child = spawn("git", ["cat-file", "--batch"], { cwd });
    this.#child.stdout.on("data", (chunk2) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk2]);
      this.#waiting?.();
    });
    const end = () => {
      this.#closed = true;
      this.#waiting?.();
    };
    this.#child.on("close", end);
    this.#child.on("error", end);
    this.#child.stdin.on("error", () => {
    });
  }
  /** The blob `spec` names (`<commit>:<path>`), or undefined when it does not exist. */
  async read(spec) {
    if (this.#closed || /[\r\n]/.test(spec)) return void 0;
    this.#child.stdin.write(`${spec}
`);
    const header = await this.#take((buffer) => {
      const end = buffer.indexOf(10);
      return end < 0 ? void 0 : end + 1;
    });
    if (header === void 0) return void 0;
    const match = /^\S+ (\S+) (\d+)\n$/.exec(header.toString("utf8"));
    if (!match) return void 0;
    const size = Number(match[2]);
    const body = await this.#take((buffer) => buffer.length >= size + 1 ? size + 1 : void 0);
    if (body === void 0 || match[1] !== "blob") return void 0;
    return body.subarray(0, size);
  }
  close() {
    this.#child.stdin.end();
  }
  /** Waits until `length` says how many buffered bytes make the next record, and takes them. */
  async #take(length) {
    for (; ; ) {
      const n2 = length(this.#buffer);
      if (n2 !== void 0) {
        const out = this.#buffer.subarray(0, n2);
        this.#buffer = this.#buffer.subarray(n2);
        return out;
      }
      if (this.#closed) return void 0;
      await new Promise((resolve) => {
        this.#waiting = resolve;
      });
      this.#waiting = void 0;
    }
  }
};
function git(cwd, args) {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => resolve({ ok: !error, stdout: error ? "" : stdout })
    );
  });
}
function relative(root, absolute) {
  return path3.relative(root, absolute).split(path3.sep).join("/");
}

// src/platform/crypto.ts
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
var BLOCK = 32;
var RANDOM_BYTES = 16;
var LENGTH_BYTES = 4;
var STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var DecryptError = class extends FaqopsError {
  name = "DecryptError";
  /**
   * "appid" when the message decrypted but belongs to another app id; "encoding" when it decrypted
   * for this app id but its bytes are not UTF-8; "format" when it does not decrypt.
   */
  reason;
  constructor(message, reason = "format") {
    super(message);
    this.reason = reason;
  }
};
function decodeEncodingAesKey(encodingAesKey, name = "EncodingAESKey") {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    const detail = encodingAesKey.length === 43 ? "it contains characters outside A-Z, a-z, 0-9, + and /" : `it has ${encodingAesKey.length} characters`;
    throw new ConfigError(`${name} must be 43 characters of base64; ${detail}.`, {
      hint: "copy the EncodingAESKey again from the bot's console (its settings page)."
    });
  }
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (key.length !== 32) {
    throw new ConfigError(`${name} must decode to 32 bytes; it decodes to ${key.length}.`);
  }
  return key;
}
function createCryptor(options) {
  const key = decodeEncodingAesKey(options.encodingAesKey);
  const iv = key.subarray(0, 16);
  const appId = Buffer.from(options.appId, "utf8");
  return {
    encrypt(message, random16 = randomBytes(RANDOM_BYTES)) {
      if (random16.length !== RANDOM_BYTES) {
        throw new RangeError(`random16 must be ${RANDOM_BYTES} bytes; got ${random16.length}.`);
      }
      const body = Buffer.from(message, "utf8");
      const length = Buffer.alloc(LENGTH_BYTES);
      length.writeUInt32BE(body.length);
      const plain = Buffer.concat([random16, length, body, appId]);
      const pad = BLOCK - plain.length % BLOCK;
      const cipher = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      return Buffer.concat([
        cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
        cipher.final()
      ]).toString("base64");
    },
    decrypt(encrypted) {
      if (!STANDARD_BASE64.test(encrypted)) {
        throw new DecryptError("the message is not standard base64.");
      }
      const data = Buffer.from(encrypted, "base64");
      if (data.length === 0 || data.length % BLOCK !== 0) {
        throw new DecryptError(
          `the ciphertext is ${data.length} bytes, not a multiple of ${BLOCK} (WXBizMsgCrypt pads to ${BLOCK}).`
        );
      }
      const decipher = createDecipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      const plain = Buffer.concat([decipher.update(data), decipher.final()]);
      const pad = plain[plain.length - 1];
      if (pad < 1 || pad > BLOCK || pad > plain.length) {
        throw new DecryptError("bad padding: the EncodingAESKey is probably wrong.");
      }
      for (let i2 = plain.length - pad; i2 < plain.length; i2++) {
        if (plain[i2] !== pad)
          throw new DecryptError("bad padding: the EncodingAESKey is probably wrong.");
      }
      const unpadded = plain.subarray(0, plain.length - pad);
      if (unpadded.length < RANDOM_BYTES + LENGTH_BYTES) {
        throw new DecryptError("the plaintext is too short to hold a message.");
      }
      const size = unpadded.readUInt32BE(RANDOM_BYTES);
      const start = RANDOM_BYTES + LENGTH_BYTES;
      if (size > unpadded.length - start) {
        throw new DecryptError("the message length is larger than the plaintext.");
      }
      const receiveId = unpadded.subarray(start + size);
      if (!receiveId.equals(appId)) {
        throw new DecryptError("the message was encrypted for another app id.", "appid");
      }
      try {
        return UTF8.decode(unpadded.subarray(start, start + size));
      } catch {
        throw new DecryptError("the message is not valid UTF-8.", "encoding");
      }
    }
  };
}

// src/platform/credentials.ts
var CREDENTIAL_VARIABLES = {
  appId: "FAQOPS_APPID",
  token: "FAQOPS_TOKEN",
  encodingAesKey: "FAQOPS_ENCODING_AES_KEY",
  managerId: "FAQOPS_MANAGER_ID"
};
var ENDPOINT_VARIABLE = "FAQOPS_ENDPOINT";
function readCredentials(env) {
  const values = {};
  const missing = [];
  for (const [field, variable] of Object.entries(CREDENTIAL_VARIABLES)) {
    const value = stringValue(variable, env[variable]);
    if (value === void 0) missing.push(variable);
    else values[field] = value;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${missing.length === 1 ? "credential" : "credentials"}: ${missing.join(", ")}.`,
      {
        hint: "set them from the bot's console (APPID, TOKEN, EncodingAESKey, and the id of an administrator); see docs/platform.md."
      }
    );
  }
  const credentials = values;
  checkToken(credentials.token, CREDENTIAL_VARIABLES.token);
  decodeEncodingAesKey(credentials.encodingAesKey, CREDENTIAL_VARIABLES.encodingAesKey);
  return Object.freeze(credentials);
}
var V2_CREDENTIAL_VARIABLES = {
  appId: "FAQOPS_APPID",
  token: "FAQOPS_TOKEN",
  account: "FAQOPS_MANAGER_ID"
};
function readV2Credentials(env) {
  const values = {};
  const missing = [];
  for (const [field, variable] of Object.entries(V2_CREDENTIAL_VARIABLES)) {
    const value = stringValue(variable, env[variable]);
    if (value === void 0) missing.push(variable);
    else values[field] = value;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${missing.length === 1 ? "credential" : "credentials"} for the v2 API: ${missing.join(", ")}.`,
      {
        hint: "set them from the bot console's \u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API page (APPID, Token) and the user id of an administrator (\u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650); see docs/platform.md."
      }
    );
  }
  return Object.freeze(values);
}
function checkToken(token, name = "TOKEN") {
  if (/^[A-Za-z0-9._~-]+$/.test(token) && token !== "." && token !== "..") return;
  throw new ConfigError(
    `${name} must be letters, digits, "-", ".", "_" or "~": the platform takes it verbatim as the last segment of every request URL, and this one ${token === "" ? "is empty" : "has other characters"}.`,
    { hint: "copy the TOKEN again from the bot's console (its settings page)." }
  );
}
function resolveEndpoint(setting, env, fallback = DEFAULT_ENDPOINT) {
  const insecureHttp = booleanValue("insecure-http", setting.insecureHttp, false);
  const given = stringValue("endpoint", setting.url);
  if (given !== void 0) {
    return parseEndpoint(given, { insecureHttp, name: setting.name ?? "--endpoint" });
  }
  const fromEnv = stringValue(ENDPOINT_VARIABLE, env[ENDPOINT_VARIABLE]);
  if (fromEnv !== void 0) {
    return parseEndpoint(fromEnv, { insecureHttp, name: ENDPOINT_VARIABLE });
  }
  return fallback;
}
function isLoopbackHost(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
function displayEndpoint(url) {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.replace(/\/+$/, "");
}
function parseEndpoint(text, options = {}) {
  const from = options.name ? ` (from ${options.name})` : "";
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(
      `The endpoint${from} is not a URL (it is not shown here, as it may hold a password).`,
      { hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com." }
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      `The endpoint${from} must be an https:// URL; its scheme is neither https nor http.`,
      { hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com." }
    );
  }
  const origin = `${url.protocol}//${url.host}`;
  if (url.search || url.hash) {
    throw new ConfigError(
      `The endpoint ${origin}\u2026${from} must be a base URL, without ${url.search ? "a query" : "a fragment"}.`,
      {
        hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com, with no ?\u2026 or #\u2026."
      }
    );
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && !options.insecureHttp) {
    throw new ConfigError(
      `The endpoint ${origin}${from} uses plain http://, so every request would cross the network in clear text, and the TOKEN is part of every request URL: faqops requires https:// for any host but this machine.`,
      {
        hint: "use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, pass --insecure-http (the action's insecure-http input), and only over a connection protected some other way, such as a VPN or an SSH tunnel."
      }
    );
  }
  return url.href.replace(/\/+$/, "");
}

// src/platform/codes.ts
var CREDENTIALS = "check FAQOPS_APPID and FAQOPS_ENCODING_AES_KEY against the bot's console";
var SIGNATURE = "report this as a faqops bug: content calls carry no signature";
var BAD_REQUEST = "check that the entry has a skill, a title and an answer";
var APPID_FAILED = { meaning: "the app id check failed", todo: CREDENTIALS, fatal: true };
var UNDECRYPTABLE = {
  meaning: "the platform could not decrypt the request",
  todo: CREDENTIALS,
  fatal: true
};
var CODES = /* @__PURE__ */ new Map([
  [
    1001,
    {
      meaning: "the TOKEN is not valid",
      todo: "check FAQOPS_TOKEN against the bot's console (it may have been reset)",
      fatal: true
    }
  ],
  [
    1002,
    {
      meaning: "the bot failed the platform's review",
      todo: "resolve the review in the bot's console, then sync again",
      fatal: true
    }
  ],
  [1003, { meaning: "the signature is missing the userid field", todo: SIGNATURE, fatal: false }],
  [1004, { meaning: "a signature field is empty", todo: SIGNATURE, fatal: false }],
  [1005, { meaning: "the signature expired or is invalid", todo: SIGNATURE, fatal: false }],
  [
    1006,
    { meaning: "the signature check failed: userid is missing", todo: SIGNATURE, fatal: false }
  ],
  [1007, { meaning: "a required field is empty (bad request)", todo: BAD_REQUEST, fatal: false }],
  [1008, { meaning: "a required field is empty (bad request)", todo: BAD_REQUEST, fatal: false }],
  [1009, APPID_FAILED],
  [1010, APPID_FAILED],
  [1011, APPID_FAILED],
  [1013, UNDECRYPTABLE],
  [
    1015,
    {
      meaning: "the managerid is not valid",
      todo: "check FAQOPS_MANAGER_ID: the id of the bot's creator or an administrator",
      fatal: true
    }
  ],
  [
    1019,
    {
      // The reference lists 1013 and 1019 together as decryption failures; the platform also
      // answers 1019 when the decrypted XML cannot be read. faqops' check refuses the
      // characters XML cannot carry (xml-char), so credentials are the likelier cause.
      meaning: "the platform could not decrypt or read the request",
      todo: `${CREDENTIALS}; if they are right, run \`faqops check\` (the content may hold characters XML cannot carry) and report it`,
      fatal: true
    }
  ]
]);
var FATAL_CODES = [...CODES].filter(([, i2]) => i2.fatal).map(([c3]) => c3);
var KNOWN_CODES = [...CODES.keys()];
function describeCode(code) {
  return CODES.get(code) ?? {
    meaning: `an error code faqops does not know (${code})`,
    todo: "see the platform's documentation for this code; the entry was not written",
    fatal: false
  };
}

// src/platform/transport.ts
import http3 from "node:http";
import https2 from "node:https";
import { setTimeout as sleep3 } from "node:timers/promises";

// node_modules/got/dist/source/create.js
import { setTimeout as delay } from "node:timers/promises";

// node_modules/@sindresorhus/is/distribution/utilities.js
function keysOf(value) {
  return Object.keys(value);
}

// node_modules/@sindresorhus/is/distribution/index.js
var typedArrayTypeNames = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array"
];
function isTypedArrayName(name) {
  return typedArrayTypeNames.includes(name);
}
var objectTypeNames = [
  "Function",
  "Generator",
  "AsyncGenerator",
  "GeneratorFunction",
  "AsyncGeneratorFunction",
  "AsyncFunction",
  "Observable",
  "Array",
  "Buffer",
  "Blob",
  "Object",
  "RegExp",
  "Date",
  "Error",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "WeakRef",
  "ArrayBuffer",
  "SharedArrayBuffer",
  "DataView",
  "Promise",
  "URL",
  "FormData",
  "URLSearchParams",
  "HTMLElement",
  "NaN",
  ...typedArrayTypeNames
];
function isObjectTypeName(name) {
  return objectTypeNames.includes(name);
}
var primitiveTypeNames = [
  "null",
  "undefined",
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol"
];
function isPrimitiveTypeName(name) {
  return primitiveTypeNames.includes(name);
}
var assertionTypeDescriptions = [
  "positive number",
  "negative number",
  "Class",
  "string with a number",
  "null or undefined",
  "Iterable",
  "AsyncIterable",
  "native Promise",
  "EnumCase",
  "string with a URL",
  "truthy",
  "falsy",
  "primitive",
  "integer",
  "plain object",
  "TypedArray",
  "array-like",
  "tuple-like",
  "Node.js Stream",
  "infinite number",
  "empty array",
  "non-empty array",
  "empty string",
  "empty string or whitespace",
  "non-empty string",
  "non-empty string and not whitespace",
  "empty object",
  "non-empty object",
  "empty set",
  "non-empty set",
  "empty map",
  "non-empty map",
  "PropertyKey",
  "even integer",
  "odd integer",
  "T",
  "in range",
  "predicate returns truthy for any value",
  "predicate returns truthy for all values",
  "valid Date",
  "valid length",
  "whitespace string",
  ...objectTypeNames,
  ...primitiveTypeNames
];
var getObjectType = (value) => {
  const objectTypeName = Object.prototype.toString.call(value).slice(8, -1);
  if (/HTML\w+Element/.test(objectTypeName) && isHtmlElement(value)) {
    return "HTMLElement";
  }
  if (isObjectTypeName(objectTypeName)) {
    return objectTypeName;
  }
  return void 0;
};
function detect(value) {
  if (value === null) {
    return "null";
  }
  switch (typeof value) {
    case "undefined": {
      return "undefined";
    }
    case "string": {
      return "string";
    }
    case "number": {
      return Number.isNaN(value) ? "NaN" : "number";
    }
    case "boolean": {
      return "boolean";
    }
    case "function": {
      return "Function";
    }
    case "bigint": {
      return "bigint";
    }
    case "symbol": {
      return "symbol";
    }
    default:
  }
  if (isObservable(value)) {
    return "Observable";
  }
  if (isArray(value)) {
    return "Array";
  }
  if (isBuffer(value)) {
    return "Buffer";
  }
  const tagType = getObjectType(value);
  if (tagType && tagType !== "Object") {
    return tagType;
  }
  if (hasPromiseApi(value)) {
    return "Promise";
  }
  if (value instanceof String || value instanceof Boolean || value instanceof Number) {
    throw new TypeError("Please don't use object wrappers for primitive types");
  }
  return "Object";
}
function hasPromiseApi(value) {
  return isFunction(value?.then) && isFunction(value?.catch);
}
var is = Object.assign(detect, {
  all: isAll,
  any: isAny,
  array: isArray,
  arrayBuffer: isArrayBuffer,
  arrayLike: isArrayLike,
  asyncFunction: isAsyncFunction,
  asyncGenerator: isAsyncGenerator,
  asyncGeneratorFunction: isAsyncGeneratorFunction,
  asyncIterable: isAsyncIterable,
  bigint: isBigint,
  bigInt64Array: isBigInt64Array,
  bigUint64Array: isBigUint64Array,
  blob: isBlob,
  boolean: isBoolean,
  boundFunction: isBoundFunction,
  buffer: isBuffer,
  class: isClass,
  dataView: isDataView,
  date: isDate,
  detect,
  directInstanceOf: isDirectInstanceOf,
  emptyArray: isEmptyArray,
  emptyMap: isEmptyMap,
  emptyObject: isEmptyObject,
  emptySet: isEmptySet,
  emptyString: isEmptyString,
  emptyStringOrWhitespace: isEmptyStringOrWhitespace,
  enumCase: isEnumCase,
  error: isError,
  evenInteger: isEvenInteger,
  falsy: isFalsy,
  float32Array: isFloat32Array,
  float64Array: isFloat64Array,
  formData: isFormData,
  function: isFunction,
  generator: isGenerator,
  generatorFunction: isGeneratorFunction,
  htmlElement: isHtmlElement,
  infinite: isInfinite,
  inRange: isInRange,
  int16Array: isInt16Array,
  int32Array: isInt32Array,
  int8Array: isInt8Array,
  integer: isInteger,
  iterable: isIterable,
  map: isMap,
  nan: isNan,
  nativePromise: isNativePromise,
  negativeNumber: isNegativeNumber,
  nodeStream: isNodeStream,
  nonEmptyArray: isNonEmptyArray,
  nonEmptyMap: isNonEmptyMap,
  nonEmptyObject: isNonEmptyObject,
  nonEmptySet: isNonEmptySet,
  nonEmptyString: isNonEmptyString,
  nonEmptyStringAndNotWhitespace: isNonEmptyStringAndNotWhitespace,
  null: isNull,
  nullOrUndefined: isNullOrUndefined,
  number: isNumber,
  numericString: isNumericString,
  object: isObject2,
  observable: isObservable,
  oddInteger: isOddInteger,
  plainObject: isPlainObject,
  positiveNumber: isPositiveNumber,
  primitive: isPrimitive2,
  promise: isPromise,
  propertyKey: isPropertyKey,
  regExp: isRegExp,
  safeInteger: isSafeInteger,
  set: isSet,
  sharedArrayBuffer: isSharedArrayBuffer,
  string: isString,
  symbol: isSymbol,
  truthy: isTruthy,
  tupleLike: isTupleLike,
  typedArray: isTypedArray,
  uint16Array: isUint16Array,
  uint32Array: isUint32Array,
  uint8Array: isUint8Array,
  uint8ClampedArray: isUint8ClampedArray,
  undefined: isUndefined,
  urlInstance: isUrlInstance,
  urlSearchParams: isUrlSearchParams,
  urlString: isUrlString,
  optional: isOptional,
  validDate: isValidDate,
  validLength: isValidLength,
  weakMap: isWeakMap,
  weakRef: isWeakRef,
  weakSet: isWeakSet,
  whitespaceString: isWhitespaceString
});
function isAbsoluteModule2(remainder) {
  return (value) => isInteger(value) && Math.abs(value % 2) === remainder;
}
function validatePredicateArray(predicateArray, allowEmpty) {
  if (predicateArray.length === 0) {
    if (allowEmpty) {
    } else {
      throw new TypeError("Invalid predicate array");
    }
    return;
  }
  for (const predicate of predicateArray) {
    if (!isFunction(predicate)) {
      throw new TypeError(`Invalid predicate: ${JSON.stringify(predicate)}`);
    }
  }
}
function isAll(predicate, ...values) {
  if (Array.isArray(predicate)) {
    const predicateArray = predicate;
    validatePredicateArray(predicateArray, values.length === 0);
    const combinedPredicate = (value) => predicateArray.every((singlePredicate) => singlePredicate(value));
    if (values.length === 0) {
      return combinedPredicate;
    }
    return predicateOnArray(Array.prototype.every, combinedPredicate, values);
  }
  return predicateOnArray(Array.prototype.every, predicate, values);
}
function isAny(predicate, ...values) {
  if (Array.isArray(predicate)) {
    const predicateArray = predicate;
    validatePredicateArray(predicateArray, values.length === 0);
    const combinedPredicate = (value) => predicateArray.some((singlePredicate) => singlePredicate(value));
    if (values.length === 0) {
      return combinedPredicate;
    }
    return predicateOnArray(Array.prototype.some, combinedPredicate, values);
  }
  return predicateOnArray(Array.prototype.some, predicate, values);
}
function isOptional(value, predicate) {
  return isUndefined(value) || predicate(value);
}
function isArray(value, assertion) {
  if (!Array.isArray(value)) {
    return false;
  }
  if (!isFunction(assertion)) {
    return true;
  }
  return value.every((element) => assertion(element));
}
function isArrayBuffer(value) {
  return getObjectType(value) === "ArrayBuffer";
}
function isArrayLike(value) {
  return !isNullOrUndefined(value) && !isFunction(value) && isValidLength(value.length);
}
function isAsyncFunction(value) {
  return getObjectType(value) === "AsyncFunction";
}
function isAsyncGenerator(value) {
  return isAsyncIterable(value) && isFunction(value.next) && isFunction(value.throw);
}
function isAsyncGeneratorFunction(value) {
  return getObjectType(value) === "AsyncGeneratorFunction";
}
function isAsyncIterable(value) {
  return isFunction(value?.[Symbol.asyncIterator]);
}
function isBigint(value) {
  return typeof value === "bigint";
}
function isBigInt64Array(value) {
  return getObjectType(value) === "BigInt64Array";
}
function isBigUint64Array(value) {
  return getObjectType(value) === "BigUint64Array";
}
function isBlob(value) {
  return getObjectType(value) === "Blob";
}
function isBoolean(value) {
  return value === true || value === false;
}
function isBoundFunction(value) {
  return isFunction(value) && !Object.hasOwn(value, "prototype");
}
function isBuffer(value) {
  return value?.constructor?.isBuffer?.(value) ?? false;
}
function isClass(value) {
  return isFunction(value) && /^class(\s+|{)/.test(value.toString());
}
function isDataView(value) {
  return getObjectType(value) === "DataView";
}
function isDate(value) {
  return getObjectType(value) === "Date";
}
function isDirectInstanceOf(instance, class_) {
  if (instance === void 0 || instance === null) {
    return false;
  }
  return Object.getPrototypeOf(instance) === class_.prototype;
}
function isEmptyArray(value) {
  return isArray(value) && value.length === 0;
}
function isEmptyMap(value) {
  return isMap(value) && value.size === 0;
}
function isEmptyObject(value) {
  return isObject2(value) && !isMap(value) && !isSet(value) && Object.keys(value).length === 0;
}
function isEmptySet(value) {
  return isSet(value) && value.size === 0;
}
function isEmptyString(value) {
  return isString(value) && value.length === 0;
}
function isEmptyStringOrWhitespace(value) {
  return isEmptyString(value) || isWhitespaceString(value);
}
function isEnumCase(value, targetEnum) {
  return Object.values(targetEnum).includes(value);
}
function isError(value) {
  return getObjectType(value) === "Error";
}
function isEvenInteger(value) {
  return isAbsoluteModule2(0)(value);
}
function isFalsy(value) {
  return !value;
}
function isFloat32Array(value) {
  return getObjectType(value) === "Float32Array";
}
function isFloat64Array(value) {
  return getObjectType(value) === "Float64Array";
}
function isFormData(value) {
  return getObjectType(value) === "FormData";
}
function isFunction(value) {
  return typeof value === "function";
}
function isGenerator(value) {
  return isIterable(value) && isFunction(value?.next) && isFunction(value?.throw);
}
function isGeneratorFunction(value) {
  return getObjectType(value) === "GeneratorFunction";
}
var NODE_TYPE_ELEMENT = 1;
var DOM_PROPERTIES_TO_CHECK = [
  "innerHTML",
  "ownerDocument",
  "style",
  "attributes",
  "nodeValue"
];
function isHtmlElement(value) {
  return isObject2(value) && value.nodeType === NODE_TYPE_ELEMENT && isString(value.nodeName) && !isPlainObject(value) && DOM_PROPERTIES_TO_CHECK.every((property) => property in value);
}
function isInfinite(value) {
  return value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY;
}
function isInRange(value, range) {
  if (isNumber(range)) {
    return value >= Math.min(0, range) && value <= Math.max(range, 0);
  }
  if (isArray(range) && range.length === 2) {
    return value >= Math.min(...range) && value <= Math.max(...range);
  }
  throw new TypeError(`Invalid range: ${JSON.stringify(range)}`);
}
function isInt16Array(value) {
  return getObjectType(value) === "Int16Array";
}
function isInt32Array(value) {
  return getObjectType(value) === "Int32Array";
}
function isInt8Array(value) {
  return getObjectType(value) === "Int8Array";
}
function isInteger(value) {
  return Number.isInteger(value);
}
function isIterable(value) {
  return isFunction(value?.[Symbol.iterator]);
}
function isMap(value) {
  return getObjectType(value) === "Map";
}
function isNan(value) {
  return Number.isNaN(value);
}
function isNativePromise(value) {
  return getObjectType(value) === "Promise";
}
function isNegativeNumber(value) {
  return isNumber(value) && value < 0;
}
function isNodeStream(value) {
  return isObject2(value) && isFunction(value.pipe) && !isObservable(value);
}
function isNonEmptyArray(value) {
  return isArray(value) && value.length > 0;
}
function isNonEmptyMap(value) {
  return isMap(value) && value.size > 0;
}
function isNonEmptyObject(value) {
  return isObject2(value) && !isMap(value) && !isSet(value) && Object.keys(value).length > 0;
}
function isNonEmptySet(value) {
  return isSet(value) && value.size > 0;
}
function isNonEmptyString(value) {
  return isString(value) && value.length > 0;
}
function isNonEmptyStringAndNotWhitespace(value) {
  return isString(value) && !isEmptyStringOrWhitespace(value);
}
function isNull(value) {
  return value === null;
}
function isNullOrUndefined(value) {
  return isNull(value) || isUndefined(value);
}
function isNumber(value) {
  return typeof value === "number" && !Number.isNaN(value);
}
function isNumericString(value) {
  return isString(value) && !isEmptyStringOrWhitespace(value) && !Number.isNaN(Number(value));
}
function isObject2(value) {
  return !isNull(value) && (typeof value === "object" || isFunction(value));
}
function isObservable(value) {
  if (!value) {
    return false;
  }
  if (Symbol.observable !== void 0 && value === value[Symbol.observable]?.()) {
    return true;
  }
  if (value === value["@@observable"]?.()) {
    return true;
  }
  return false;
}
function isOddInteger(value) {
  return isAbsoluteModule2(1)(value);
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}
function isPositiveNumber(value) {
  return isNumber(value) && value > 0;
}
function isPrimitive2(value) {
  return isNull(value) || isPrimitiveTypeName(typeof value);
}
function isPromise(value) {
  return isNativePromise(value) || hasPromiseApi(value);
}
function isPropertyKey(value) {
  return isAny([isString, isNumber, isSymbol], value);
}
function isRegExp(value) {
  return getObjectType(value) === "RegExp";
}
function isSafeInteger(value) {
  return Number.isSafeInteger(value);
}
function isSet(value) {
  return getObjectType(value) === "Set";
}
function isSharedArrayBuffer(value) {
  return getObjectType(value) === "SharedArrayBuffer";
}
function isString(value) {
  return typeof value === "string";
}
function isSymbol(value) {
  return typeof value === "symbol";
}
function isTruthy(value) {
  return Boolean(value);
}
function isTupleLike(value, guards) {
  if (isArray(guards) && isArray(value) && guards.length === value.length) {
    return guards.every((guard, index) => guard(value[index]));
  }
  return false;
}
function isTypedArray(value) {
  return isTypedArrayName(getObjectType(value));
}
function isUint16Array(value) {
  return getObjectType(value) === "Uint16Array";
}
function isUint32Array(value) {
  return getObjectType(value) === "Uint32Array";
}
function isUint8Array(value) {
  return getObjectType(value) === "Uint8Array";
}
function isUint8ClampedArray(value) {
  return getObjectType(value) === "Uint8ClampedArray";
}
function isUndefined(value) {
  return value === void 0;
}
function isUrlInstance(value) {
  return getObjectType(value) === "URL";
}
function isUrlSearchParams(value) {
  return getObjectType(value) === "URLSearchParams";
}
function isUrlString(value) {
  if (!isString(value)) {
    return false;
  }
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
function isValidDate(value) {
  return isDate(value) && !isNan(Number(value));
}
function isValidLength(value) {
  return isSafeInteger(value) && value >= 0;
}
function isWeakMap(value) {
  return getObjectType(value) === "WeakMap";
}
function isWeakRef(value) {
  return getObjectType(value) === "WeakRef";
}
function isWeakSet(value) {
  return getObjectType(value) === "WeakSet";
}
function isWhitespaceString(value) {
  return isString(value) && /^\s+$/.test(value);
}
function predicateOnArray(method, predicate, values) {
  if (!isFunction(predicate)) {
    throw new TypeError(`Invalid predicate: ${JSON.stringify(predicate)}`);
  }
  if (values.length === 0) {
    throw new TypeError("Invalid number of values");
  }
  return method.call(values, predicate);
}
function typeErrorMessage(description, value) {
  return `Expected value which is \`${description}\`, received value of type \`${is(value)}\`.`;
}
function unique(values) {
  return Array.from(new Set(values));
}
var andFormatter = new Intl.ListFormat("en", { style: "long", type: "conjunction" });
var orFormatter = new Intl.ListFormat("en", { style: "long", type: "disjunction" });
function typeErrorMessageMultipleValues(expectedType, values) {
  const uniqueExpectedTypes = unique((isArray(expectedType) ? expectedType : [expectedType]).map((value) => `\`${value}\``));
  const uniqueValueTypes = unique(values.map((value) => `\`${is(value)}\``));
  return `Expected values which are ${orFormatter.format(uniqueExpectedTypes)}. Received values of type${uniqueValueTypes.length > 1 ? "s" : ""} ${andFormatter.format(uniqueValueTypes)}.`;
}
var assert = {
  all: assertAll,
  any: assertAny,
  optional: assertOptional,
  array: assertArray,
  arrayBuffer: assertArrayBuffer,
  arrayLike: assertArrayLike,
  asyncFunction: assertAsyncFunction,
  asyncGenerator: assertAsyncGenerator,
  asyncGeneratorFunction: assertAsyncGeneratorFunction,
  asyncIterable: assertAsyncIterable,
  bigint: assertBigint,
  bigInt64Array: assertBigInt64Array,
  bigUint64Array: assertBigUint64Array,
  blob: assertBlob,
  boolean: assertBoolean,
  boundFunction: assertBoundFunction,
  buffer: assertBuffer,
  class: assertClass,
  dataView: assertDataView,
  date: assertDate,
  directInstanceOf: assertDirectInstanceOf,
  emptyArray: assertEmptyArray,
  emptyMap: assertEmptyMap,
  emptyObject: assertEmptyObject,
  emptySet: assertEmptySet,
  emptyString: assertEmptyString,
  emptyStringOrWhitespace: assertEmptyStringOrWhitespace,
  enumCase: assertEnumCase,
  error: assertError,
  evenInteger: assertEvenInteger,
  falsy: assertFalsy,
  float32Array: assertFloat32Array,
  float64Array: assertFloat64Array,
  formData: assertFormData,
  function: assertFunction,
  generator: assertGenerator,
  generatorFunction: assertGeneratorFunction,
  htmlElement: assertHtmlElement,
  infinite: assertInfinite,
  inRange: assertInRange,
  int16Array: assertInt16Array,
  int32Array: assertInt32Array,
  int8Array: assertInt8Array,
  integer: assertInteger,
  iterable: assertIterable,
  map: assertMap,
  nan: assertNan,
  nativePromise: assertNativePromise,
  negativeNumber: assertNegativeNumber,
  nodeStream: assertNodeStream,
  nonEmptyArray: assertNonEmptyArray,
  nonEmptyMap: assertNonEmptyMap,
  nonEmptyObject: assertNonEmptyObject,
  nonEmptySet: assertNonEmptySet,
  nonEmptyString: assertNonEmptyString,
  nonEmptyStringAndNotWhitespace: assertNonEmptyStringAndNotWhitespace,
  null: assertNull,
  nullOrUndefined: assertNullOrUndefined,
  number: assertNumber,
  numericString: assertNumericString,
  object: assertObject,
  observable: assertObservable,
  oddInteger: assertOddInteger,
  plainObject: assertPlainObject,
  positiveNumber: assertPositiveNumber,
  primitive: assertPrimitive,
  promise: assertPromise,
  propertyKey: assertPropertyKey,
  regExp: assertRegExp,
  safeInteger: assertSafeInteger,
  set: assertSet,
  sharedArrayBuffer: assertSharedArrayBuffer,
  string: assertString,
  symbol: assertSymbol,
  truthy: assertTruthy,
  tupleLike: assertTupleLike,
  typedArray: assertTypedArray,
  uint16Array: assertUint16Array,
  uint32Array: assertUint32Array,
  uint8Array: assertUint8Array,
  uint8ClampedArray: assertUint8ClampedArray,
  undefined: assertUndefined,
  urlInstance: assertUrlInstance,
  urlSearchParams: assertUrlSearchParams,
  urlString: assertUrlString,
  validDate: assertValidDate,
  validLength: assertValidLength,
  weakMap: assertWeakMap,
  weakRef: assertWeakRef,
  weakSet: assertWeakSet,
  whitespaceString: assertWhitespaceString
};
var methodTypeMap = {
  isArray: "Array",
  isArrayBuffer: "ArrayBuffer",
  isArrayLike: "array-like",
  isAsyncFunction: "AsyncFunction",
  isAsyncGenerator: "AsyncGenerator",
  isAsyncGeneratorFunction: "AsyncGeneratorFunction",
  isAsyncIterable: "AsyncIterable",
  isBigint: "bigint",
  isBigInt64Array: "BigInt64Array",
  isBigUint64Array: "BigUint64Array",
  isBlob: "Blob",
  isBoolean: "boolean",
  isBoundFunction: "Function",
  isBuffer: "Buffer",
  isClass: "Class",
  isDataView: "DataView",
  isDate: "Date",
  isDirectInstanceOf: "T",
  isEmptyArray: "empty array",
  isEmptyMap: "empty map",
  isEmptyObject: "empty object",
  isEmptySet: "empty set",
  isEmptyString: "empty string",
  isEmptyStringOrWhitespace: "empty string or whitespace",
  isEnumCase: "EnumCase",
  isError: "Error",
  isEvenInteger: "even integer",
  isFalsy: "falsy",
  isFloat32Array: "Float32Array",
  isFloat64Array: "Float64Array",
  isFormData: "FormData",
  isFunction: "Function",
  isGenerator: "Generator",
  isGeneratorFunction: "GeneratorFunction",
  isHtmlElement: "HTMLElement",
  isInfinite: "infinite number",
  isInRange: "in range",
  isInt16Array: "Int16Array",
  isInt32Array: "Int32Array",
  isInt8Array: "Int8Array",
  isInteger: "integer",
  isIterable: "Iterable",
  isMap: "Map",
  isNan: "NaN",
  isNativePromise: "native Promise",
  isNegativeNumber: "negative number",
  isNodeStream: "Node.js Stream",
  isNonEmptyArray: "non-empty array",
  isNonEmptyMap: "non-empty map",
  isNonEmptyObject: "non-empty object",
  isNonEmptySet: "non-empty set",
  isNonEmptyString: "non-empty string",
  isNonEmptyStringAndNotWhitespace: "non-empty string and not whitespace",
  isNull: "null",
  isNullOrUndefined: "null or undefined",
  isNumber: "number",
  isNumericString: "string with a number",
  isObject: "Object",
  isObservable: "Observable",
  isOddInteger: "odd integer",
  isPlainObject: "plain object",
  isPositiveNumber: "positive number",
  isPrimitive: "primitive",
  isPromise: "Promise",
  isPropertyKey: "PropertyKey",
  isRegExp: "RegExp",
  isSafeInteger: "integer",
  isSet: "Set",
  isSharedArrayBuffer: "SharedArrayBuffer",
  isString: "string",
  isSymbol: "symbol",
  isTruthy: "truthy",
  isTupleLike: "tuple-like",
  isTypedArray: "TypedArray",
  isUint16Array: "Uint16Array",
  isUint32Array: "Uint32Array",
  isUint8Array: "Uint8Array",
  isUint8ClampedArray: "Uint8ClampedArray",
  isUndefined: "undefined",
  isUrlInstance: "URL",
  isUrlSearchParams: "URLSearchParams",
  isUrlString: "string with a URL",
  isValidDate: "valid Date",
  isValidLength: "valid length",
  isWeakMap: "WeakMap",
  isWeakRef: "WeakRef",
  isWeakSet: "WeakSet",
  isWhitespaceString: "whitespace string"
};
var isMethodNames = keysOf(methodTypeMap);
function isIsMethodName(value) {
  return isMethodNames.includes(value);
}
function assertAll(predicate, ...values) {
  if (values.length === 0) {
    throw new TypeError("Invalid number of values");
  }
  if (!isAll(predicate, ...values)) {
    const predicateFunction = predicate;
    const expectedType = !Array.isArray(predicate) && isIsMethodName(predicateFunction.name) ? methodTypeMap[predicateFunction.name] : "predicate returns truthy for all values";
    throw new TypeError(typeErrorMessageMultipleValues(expectedType, values));
  }
}
function assertAny(predicate, ...values) {
  if (values.length === 0) {
    throw new TypeError("Invalid number of values");
  }
  if (!isAny(predicate, ...values)) {
    const predicates = Array.isArray(predicate) ? predicate : [predicate];
    const expectedTypes = predicates.map((singlePredicate) => isIsMethodName(singlePredicate.name) ? methodTypeMap[singlePredicate.name] : "predicate returns truthy for any value");
    throw new TypeError(typeErrorMessageMultipleValues(expectedTypes, values));
  }
}
function assertOptional(value, assertion, message) {
  if (!isUndefined(value)) {
    assertion(value, message);
  }
}
function assertArray(value, assertion, message) {
  if (!isArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("Array", value));
  }
  if (assertion) {
    for (const element of value) {
      assertion(element, message);
    }
  }
}
function assertArrayBuffer(value, message) {
  if (!isArrayBuffer(value)) {
    throw new TypeError(message ?? typeErrorMessage("ArrayBuffer", value));
  }
}
function assertArrayLike(value, message) {
  if (!isArrayLike(value)) {
    throw new TypeError(message ?? typeErrorMessage("array-like", value));
  }
}
function assertAsyncFunction(value, message) {
  if (!isAsyncFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncFunction", value));
  }
}
function assertAsyncGenerator(value, message) {
  if (!isAsyncGenerator(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncGenerator", value));
  }
}
function assertAsyncGeneratorFunction(value, message) {
  if (!isAsyncGeneratorFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncGeneratorFunction", value));
  }
}
function assertAsyncIterable(value, message) {
  if (!isAsyncIterable(value)) {
    throw new TypeError(message ?? typeErrorMessage("AsyncIterable", value));
  }
}
function assertBigint(value, message) {
  if (!isBigint(value)) {
    throw new TypeError(message ?? typeErrorMessage("bigint", value));
  }
}
function assertBigInt64Array(value, message) {
  if (!isBigInt64Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("BigInt64Array", value));
  }
}
function assertBigUint64Array(value, message) {
  if (!isBigUint64Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("BigUint64Array", value));
  }
}
function assertBlob(value, message) {
  if (!isBlob(value)) {
    throw new TypeError(message ?? typeErrorMessage("Blob", value));
  }
}
function assertBoolean(value, message) {
  if (!isBoolean(value)) {
    throw new TypeError(message ?? typeErrorMessage("boolean", value));
  }
}
function assertBoundFunction(value, message) {
  if (!isBoundFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("Function", value));
  }
}
function assertBuffer(value, message) {
  if (!isBuffer(value)) {
    throw new TypeError(message ?? typeErrorMessage("Buffer", value));
  }
}
function assertClass(value, message) {
  if (!isClass(value)) {
    throw new TypeError(message ?? typeErrorMessage("Class", value));
  }
}
function assertDataView(value, message) {
  if (!isDataView(value)) {
    throw new TypeError(message ?? typeErrorMessage("DataView", value));
  }
}
function assertDate(value, message) {
  if (!isDate(value)) {
    throw new TypeError(message ?? typeErrorMessage("Date", value));
  }
}
function assertDirectInstanceOf(instance, class_, message) {
  if (!isDirectInstanceOf(instance, class_)) {
    throw new TypeError(message ?? typeErrorMessage("T", instance));
  }
}
function assertEmptyArray(value, message) {
  if (!isEmptyArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty array", value));
  }
}
function assertEmptyMap(value, message) {
  if (!isEmptyMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty map", value));
  }
}
function assertEmptyObject(value, message) {
  if (!isEmptyObject(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty object", value));
  }
}
function assertEmptySet(value, message) {
  if (!isEmptySet(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty set", value));
  }
}
function assertEmptyString(value, message) {
  if (!isEmptyString(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty string", value));
  }
}
function assertEmptyStringOrWhitespace(value, message) {
  if (!isEmptyStringOrWhitespace(value)) {
    throw new TypeError(message ?? typeErrorMessage("empty string or whitespace", value));
  }
}
function assertEnumCase(value, targetEnum, message) {
  if (!isEnumCase(value, targetEnum)) {
    throw new TypeError(message ?? typeErrorMessage("EnumCase", value));
  }
}
function assertError(value, message) {
  if (!isError(value)) {
    throw new TypeError(message ?? typeErrorMessage("Error", value));
  }
}
function assertEvenInteger(value, message) {
  if (!isEvenInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("even integer", value));
  }
}
function assertFalsy(value, message) {
  if (!isFalsy(value)) {
    throw new TypeError(message ?? typeErrorMessage("falsy", value));
  }
}
function assertFloat32Array(value, message) {
  if (!isFloat32Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Float32Array", value));
  }
}
function assertFloat64Array(value, message) {
  if (!isFloat64Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Float64Array", value));
  }
}
function assertFormData(value, message) {
  if (!isFormData(value)) {
    throw new TypeError(message ?? typeErrorMessage("FormData", value));
  }
}
function assertFunction(value, message) {
  if (!isFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("Function", value));
  }
}
function assertGenerator(value, message) {
  if (!isGenerator(value)) {
    throw new TypeError(message ?? typeErrorMessage("Generator", value));
  }
}
function assertGeneratorFunction(value, message) {
  if (!isGeneratorFunction(value)) {
    throw new TypeError(message ?? typeErrorMessage("GeneratorFunction", value));
  }
}
function assertHtmlElement(value, message) {
  if (!isHtmlElement(value)) {
    throw new TypeError(message ?? typeErrorMessage("HTMLElement", value));
  }
}
function assertInfinite(value, message) {
  if (!isInfinite(value)) {
    throw new TypeError(message ?? typeErrorMessage("infinite number", value));
  }
}
function assertInRange(value, range, message) {
  if (!isInRange(value, range)) {
    throw new TypeError(message ?? typeErrorMessage("in range", value));
  }
}
function assertInt16Array(value, message) {
  if (!isInt16Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Int16Array", value));
  }
}
function assertInt32Array(value, message) {
  if (!isInt32Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Int32Array", value));
  }
}
function assertInt8Array(value, message) {
  if (!isInt8Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Int8Array", value));
  }
}
function assertInteger(value, message) {
  if (!isInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("integer", value));
  }
}
function assertIterable(value, message) {
  if (!isIterable(value)) {
    throw new TypeError(message ?? typeErrorMessage("Iterable", value));
  }
}
function assertMap(value, message) {
  if (!isMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("Map", value));
  }
}
function assertNan(value, message) {
  if (!isNan(value)) {
    throw new TypeError(message ?? typeErrorMessage("NaN", value));
  }
}
function assertNativePromise(value, message) {
  if (!isNativePromise(value)) {
    throw new TypeError(message ?? typeErrorMessage("native Promise", value));
  }
}
function assertNegativeNumber(value, message) {
  if (!isNegativeNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("negative number", value));
  }
}
function assertNodeStream(value, message) {
  if (!isNodeStream(value)) {
    throw new TypeError(message ?? typeErrorMessage("Node.js Stream", value));
  }
}
function assertNonEmptyArray(value, message) {
  if (!isNonEmptyArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty array", value));
  }
}
function assertNonEmptyMap(value, message) {
  if (!isNonEmptyMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty map", value));
  }
}
function assertNonEmptyObject(value, message) {
  if (!isNonEmptyObject(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty object", value));
  }
}
function assertNonEmptySet(value, message) {
  if (!isNonEmptySet(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty set", value));
  }
}
function assertNonEmptyString(value, message) {
  if (!isNonEmptyString(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty string", value));
  }
}
function assertNonEmptyStringAndNotWhitespace(value, message) {
  if (!isNonEmptyStringAndNotWhitespace(value)) {
    throw new TypeError(message ?? typeErrorMessage("non-empty string and not whitespace", value));
  }
}
function assertNull(value, message) {
  if (!isNull(value)) {
    throw new TypeError(message ?? typeErrorMessage("null", value));
  }
}
function assertNullOrUndefined(value, message) {
  if (!isNullOrUndefined(value)) {
    throw new TypeError(message ?? typeErrorMessage("null or undefined", value));
  }
}
function assertNumber(value, message) {
  if (!isNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("number", value));
  }
}
function assertNumericString(value, message) {
  if (!isNumericString(value)) {
    throw new TypeError(message ?? typeErrorMessage("string with a number", value));
  }
}
function assertObject(value, message) {
  if (!isObject2(value)) {
    throw new TypeError(message ?? typeErrorMessage("Object", value));
  }
}
function assertObservable(value, message) {
  if (!isObservable(value)) {
    throw new TypeError(message ?? typeErrorMessage("Observable", value));
  }
}
function assertOddInteger(value, message) {
  if (!isOddInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("odd integer", value));
  }
}
function assertPlainObject(value, message) {
  if (!isPlainObject(value)) {
    throw new TypeError(message ?? typeErrorMessage("plain object", value));
  }
}
function assertPositiveNumber(value, message) {
  if (!isPositiveNumber(value)) {
    throw new TypeError(message ?? typeErrorMessage("positive number", value));
  }
}
function assertPrimitive(value, message) {
  if (!isPrimitive2(value)) {
    throw new TypeError(message ?? typeErrorMessage("primitive", value));
  }
}
function assertPromise(value, message) {
  if (!isPromise(value)) {
    throw new TypeError(message ?? typeErrorMessage("Promise", value));
  }
}
function assertPropertyKey(value, message) {
  if (!isPropertyKey(value)) {
    throw new TypeError(message ?? typeErrorMessage("PropertyKey", value));
  }
}
function assertRegExp(value, message) {
  if (!isRegExp(value)) {
    throw new TypeError(message ?? typeErrorMessage("RegExp", value));
  }
}
function assertSafeInteger(value, message) {
  if (!isSafeInteger(value)) {
    throw new TypeError(message ?? typeErrorMessage("integer", value));
  }
}
function assertSet(value, message) {
  if (!isSet(value)) {
    throw new TypeError(message ?? typeErrorMessage("Set", value));
  }
}
function assertSharedArrayBuffer(value, message) {
  if (!isSharedArrayBuffer(value)) {
    throw new TypeError(message ?? typeErrorMessage("SharedArrayBuffer", value));
  }
}
function assertString(value, message) {
  if (!isString(value)) {
    throw new TypeError(message ?? typeErrorMessage("string", value));
  }
}
function assertSymbol(value, message) {
  if (!isSymbol(value)) {
    throw new TypeError(message ?? typeErrorMessage("symbol", value));
  }
}
function assertTruthy(value, message) {
  if (!isTruthy(value)) {
    throw new TypeError(message ?? typeErrorMessage("truthy", value));
  }
}
function assertTupleLike(value, guards, message) {
  if (!isTupleLike(value, guards)) {
    throw new TypeError(message ?? typeErrorMessage("tuple-like", value));
  }
}
function assertTypedArray(value, message) {
  if (!isTypedArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("TypedArray", value));
  }
}
function assertUint16Array(value, message) {
  if (!isUint16Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint16Array", value));
  }
}
function assertUint32Array(value, message) {
  if (!isUint32Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint32Array", value));
  }
}
function assertUint8Array(value, message) {
  if (!isUint8Array(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint8Array", value));
  }
}
function assertUint8ClampedArray(value, message) {
  if (!isUint8ClampedArray(value)) {
    throw new TypeError(message ?? typeErrorMessage("Uint8ClampedArray", value));
  }
}
function assertUndefined(value, message) {
  if (!isUndefined(value)) {
    throw new TypeError(message ?? typeErrorMessage("undefined", value));
  }
}
function assertUrlInstance(value, message) {
  if (!isUrlInstance(value)) {
    throw new TypeError(message ?? typeErrorMessage("URL", value));
  }
}
function assertUrlSearchParams(value, message) {
  if (!isUrlSearchParams(value)) {
    throw new TypeError(message ?? typeErrorMessage("URLSearchParams", value));
  }
}
function assertUrlString(value, message) {
  if (!isUrlString(value)) {
    throw new TypeError(message ?? typeErrorMessage("string with a URL", value));
  }
}
function assertValidDate(value, message) {
  if (!isValidDate(value)) {
    throw new TypeError(message ?? typeErrorMessage("valid Date", value));
  }
}
function assertValidLength(value, message) {
  if (!isValidLength(value)) {
    throw new TypeError(message ?? typeErrorMessage("valid length", value));
  }
}
function assertWeakMap(value, message) {
  if (!isWeakMap(value)) {
    throw new TypeError(message ?? typeErrorMessage("WeakMap", value));
  }
}
function assertWeakRef(value, message) {
  if (!isWeakRef(value)) {
    throw new TypeError(message ?? typeErrorMessage("WeakRef", value));
  }
}
function assertWeakSet(value, message) {
  if (!isWeakSet(value)) {
    throw new TypeError(message ?? typeErrorMessage("WeakSet", value));
  }
}
function assertWhitespaceString(value, message) {
  if (!isWhitespaceString(value)) {
    throw new TypeError(message ?? typeErrorMessage("whitespace string", value));
  }
}
var distribution_default = is;

// node_modules/got/dist/source/as-promise/index.js
import { EventEmitter as EventEmitter2 } from "node:events";

// node_modules/p-cancelable/index.js
var CancelError = class extends Error {
  constructor(reason) {
    super(reason || "Promise was canceled");
    this.name = "CancelError";
  }
  get isCanceled() {
    return true;
  }
};
var promiseState = Object.freeze({
  pending: /* @__PURE__ */ Symbol("pending"),
  canceled: /* @__PURE__ */ Symbol("canceled"),
  resolved: /* @__PURE__ */ Symbol("resolved"),
  rejected: /* @__PURE__ */ Symbol("rejected")
});
var PCancelable = class _PCancelable {
  static fn(userFunction) {
    return (...arguments_) => new _PCancelable((resolve, reject, onCancel) => {
      arguments_.push(onCancel);
      userFunction(...arguments_).then(resolve, reject);
    });
  }
  #cancelHandlers = [];
  #rejectOnCancel = true;
  #state = promiseState.pending;
  #promise;
  #reject;
  constructor(executor) {
    this.#promise = new Promise((resolve, reject) => {
      this.#reject = reject;
      const onResolve = (value) => {
        if (this.#state !== promiseState.canceled || !onCancel.shouldReject) {
          resolve(value);
          this.#setState(promiseState.resolved);
        }
      };
      const onReject = (error) => {
        if (this.#state !== promiseState.canceled || !onCancel.shouldReject) {
          reject(error);
          this.#setState(promiseState.rejected);
        }
      };
      const onCancel = (handler) => {
        if (this.#state !== promiseState.pending) {
          throw new Error(`The \`onCancel\` handler was attached after the promise ${this.#state.description}.`);
        }
        this.#cancelHandlers.push(handler);
      };
      Object.defineProperties(onCancel, {
        shouldReject: {
          get: () => this.#rejectOnCancel,
          set: (boolean) => {
            this.#rejectOnCancel = boolean;
          }
        }
      });
      executor(onResolve, onReject, onCancel);
    });
  }
  // eslint-disable-next-line unicorn/no-thenable
  then(onFulfilled, onRejected) {
    return this.#promise.then(onFulfilled, onRejected);
  }
  catch(onRejected) {
    return this.#promise.catch(onRejected);
  }
  finally(onFinally) {
    return this.#promise.finally(onFinally);
  }
  cancel(reason) {
    if (this.#state !== promiseState.pending) {
      return;
    }
    this.#setState(promiseState.canceled);
    if (this.#cancelHandlers.length > 0) {
      try {
        for (const handler of this.#cancelHandlers) {
          handler();
        }
      } catch (error) {
        this.#reject(error);
        return;
      }
    }
    if (this.#rejectOnCancel) {
      this.#reject(new CancelError(reason));
    }
  }
  get isCanceled() {
    return this.#state === promiseState.canceled;
  }
  #setState(state) {
    if (this.#state === promiseState.pending) {
      this.#state = state;
    }
  }
};
Object.setPrototypeOf(PCancelable.prototype, Promise.prototype);

// node_modules/got/dist/source/core/errors.js
function isRequest(x) {
  return distribution_default.object(x) && "_onResponse" in x;
}
var RequestError = class extends Error {
  name = "RequestError";
  code = "ERR_GOT_REQUEST_ERROR";
  input;
  stack;
  response;
  request;
  timings;
  constructor(message, error, self) {
    super(message, { cause: error });
    Error.captureStackTrace(this, this.constructor);
    if (error.code) {
      this.code = error.code;
    }
    this.input = error.input;
    if (isRequest(self)) {
      Object.defineProperty(this, "request", {
        enumerable: false,
        value: self
      });
      Object.defineProperty(this, "response", {
        enumerable: false,
        value: self.response
      });
      this.options = self.options;
    } else {
      this.options = self;
    }
    this.timings = this.request?.timings;
    if (distribution_default.string(error.stack) && distribution_default.string(this.stack)) {
      const indexOfMessage = this.stack.indexOf(this.message) + this.message.length;
      const thisStackTrace = this.stack.slice(indexOfMessage).split("\n").reverse();
      const errorStackTrace = error.stack.slice(error.stack.indexOf(error.message) + error.message.length).split("\n").reverse();
      while (errorStackTrace.length > 0 && errorStackTrace[0] === thisStackTrace[0]) {
        thisStackTrace.shift();
      }
      this.stack = `${this.stack.slice(0, indexOfMessage)}${thisStackTrace.reverse().join("\n")}${errorStackTrace.reverse().join("\n")}`;
    }
  }
};
var MaxRedirectsError = class extends RequestError {
  name = "MaxRedirectsError";
  code = "ERR_TOO_MANY_REDIRECTS";
  constructor(request) {
    super(`Redirected ${request.options.maxRedirects} times. Aborting.`, {}, request);
  }
};
var HTTPError = class extends RequestError {
  name = "HTTPError";
  code = "ERR_NON_2XX_3XX_RESPONSE";
  constructor(response) {
    super(`Request failed with status code ${response.statusCode} (${response.statusMessage}): ${response.request.options.method} ${response.request.options.url.toString()}`, {}, response.request);
  }
};
var CacheError = class extends RequestError {
  name = "CacheError";
  constructor(error, request) {
    super(error.message, error, request);
    if (this.code === "ERR_GOT_REQUEST_ERROR") {
      this.code = "ERR_CACHE_ACCESS";
    }
  }
};
var UploadError = class extends RequestError {
  name = "UploadError";
  constructor(error, request) {
    super(error.message, error, request);
    if (this.code === "ERR_GOT_REQUEST_ERROR") {
      this.code = "ERR_UPLOAD";
    }
  }
};
var TimeoutError = class extends RequestError {
  name = "TimeoutError";
  timings;
  event;
  constructor(error, timings, request) {
    super(error.message, error, request);
    this.event = error.event;
    this.timings = timings;
  }
};
var ReadError = class extends RequestError {
  name = "ReadError";
  constructor(error, request) {
    super(error.message, error, request);
    if (this.code === "ERR_GOT_REQUEST_ERROR") {
      this.code = "ERR_READING_RESPONSE_STREAM";
    }
  }
};
var RetryError = class extends RequestError {
  name = "RetryError";
  code = "ERR_RETRYING";
  constructor(request) {
    super("Retrying", {}, request);
  }
};
var AbortError = class extends RequestError {
  name = "AbortError";
  code = "ERR_ABORTED";
  constructor(request) {
    super("This operation was aborted.", {}, request);
  }
};

// node_modules/got/dist/source/core/index.js
import process3 from "node:process";
import { Buffer as Buffer3 } from "node:buffer";
import { Duplex } from "node:stream";
import http2, { ServerResponse } from "node:http";

// node_modules/byte-counter/utilities.js
var textEncoder = new TextEncoder();
function byteLength(data) {
  if (typeof data === "string") {
    return textEncoder.encode(data).byteLength;
  }
  if (ArrayBuffer.isView(data) || data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) {
    return data.byteLength;
  }
  return 0;
}

// node_modules/cacheable-request/dist/index.js
import crypto from "node:crypto";
import EventEmitter from "node:events";
import stream, { PassThrough as PassThroughStream } from "node:stream";
import urlLib, { URL as URL2 } from "node:url";

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream2, { checkOpen = true } = {}) {
  return stream2 !== null && typeof stream2 === "object" && (stream2.writable || stream2.readable || !checkOpen || stream2.writable === void 0 && stream2.readable === void 0) && typeof stream2.pipe === "function";
}
function isReadableStream(stream2, { checkOpen = true } = {}) {
  return isStream(stream2, { checkOpen }) && (stream2.readable || !checkOpen) && typeof stream2.read === "function" && typeof stream2.readable === "boolean" && typeof stream2.readableObjectMode === "boolean" && typeof stream2.destroy === "function" && typeof stream2.destroyed === "boolean";
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream2) => {
  if (isReadableStream(stream2, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream2);
  }
  if (typeof stream2?.[Symbol.asyncIterator] === "function") {
    return stream2;
  }
  if (toString.call(stream2) === "[object ReadableStream]") {
    return h.call(stream2);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream2) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream2, controller, state);
  try {
    for await (const [chunk2] of nodeImports.on(stream2, "data", { signal: controller.signal })) {
      yield chunk2;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream2.destroy();
  }
};
var handleStreamEnd = async (stream2, controller, state) => {
  try {
    await nodeImports.finished(stream2, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream2, { init: init2, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream2);
  const state = init2();
  state.length = 0;
  try {
    for await (const chunk2 of asyncIterable) {
      const chunkType = getChunkType(chunk2);
      const convertedChunk = convertChunk[chunkType](chunk2, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk2) => {
  const typeOfChunk = typeof chunk2;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk2 === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk2)) {
    return "buffer";
  }
  const prototypeName = objectToString.call(chunk2);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk2.byteLength) && Number.isInteger(chunk2.byteOffset) && objectToString.call(chunk2.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var noop = () => void 0;
var throwObjectStream = (chunk2) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk2)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream2, options) {
  return getStreamContents(stream2, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk2) => textEncoder2.encode(chunk2);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk2) => new Uint8Array(chunk2);
var useUint8ArrayWithOffset = (chunk2) => new Uint8Array(chunk2.buffer, chunk2.byteOffset, chunk2.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/buffer.js
async function getStreamAsBuffer(stream2, options) {
  if (!("Buffer" in globalThis)) {
    throw new Error("getStreamAsBuffer() is only supported in Node.js");
  }
  try {
    return arrayBufferToNodeBuffer(await getStreamAsArrayBuffer(stream2, options));
  } catch (error) {
    if (error.bufferedData !== void 0) {
      error.bufferedData = arrayBufferToNodeBuffer(error.bufferedData);
    }
    throw error;
  }
}
var arrayBufferToNodeBuffer = (arrayBuffer) => globalThis.Buffer.from(arrayBuffer);

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/cacheable-request/dist/index.js
var import_http_cache_semantics = __toESM(require_http_cache_semantics(), 1);

// node_modules/@keyv/serialize/dist/index.js
import { Buffer as Buffer2 } from "buffer";
var _serialize = (data, escapeColonStrings = true) => {
  if (data === void 0 || data === null) {
    return "null";
  }
  if (typeof data === "string") {
    return JSON.stringify(
      escapeColonStrings && data.startsWith(":") ? `:${data}` : data
    );
  }
  if (Buffer2.isBuffer(data)) {
    return JSON.stringify(`:base64:${data.toString("base64")}`);
  }
  if (data?.toJSON) {
    data = data.toJSON();
  }
  if (typeof data === "object") {
    let s = "";
    const array = Array.isArray(data);
    s = array ? "[" : "{";
    let first = true;
    for (const k in data) {
      const ignore = typeof data[k] === "function" || !array && data[k] === void 0;
      if (!Object.hasOwn(data, k) || ignore) {
        continue;
      }
      if (!first) {
        s += ",";
      }
      first = false;
      if (array) {
        s += _serialize(data[k], escapeColonStrings);
      } else if (data[k] !== void 0) {
        s += `${_serialize(k, false)}:${_serialize(data[k], escapeColonStrings)}`;
      }
    }
    s += array ? "]" : "}";
    return s;
  }
  return JSON.stringify(data);
};
var defaultSerialize = (data) => {
  return _serialize(data, true);
};
var defaultDeserialize = (data) => JSON.parse(data, (_, value) => {
  if (typeof value === "string") {
    if (value.startsWith(":base64:")) {
      return Buffer2.from(value.slice(8), "base64");
    }
    return value.startsWith(":") ? value.slice(1) : value;
  }
  return value;
});

// node_modules/keyv/dist/index.js
var EventManager = class {
  _eventListeners;
  _maxListeners;
  constructor() {
    this._eventListeners = /* @__PURE__ */ new Map();
    this._maxListeners = 100;
  }
  maxListeners() {
    return this._maxListeners;
  }
  // Add an event listener
  addListener(event, listener) {
    this.on(event, listener);
  }
  on(event, listener) {
    if (!this._eventListeners.has(event)) {
      this._eventListeners.set(event, []);
    }
    const listeners = this._eventListeners.get(event);
    if (listeners) {
      if (listeners.length >= this._maxListeners) {
        console.warn(
          `MaxListenersExceededWarning: Possible event memory leak detected. ${listeners.length + 1} ${event} listeners added. Use setMaxListeners() to increase limit.`
        );
      }
      listeners.push(listener);
    }
    return this;
  }
  // Remove an event listener
  removeListener(event, listener) {
    this.off(event, listener);
  }
  off(event, listener) {
    const listeners = this._eventListeners.get(event) ?? [];
    const index = listeners.indexOf(listener);
    if (index !== -1) {
      listeners.splice(index, 1);
    }
    if (listeners.length === 0) {
      this._eventListeners.delete(event);
    }
  }
  once(event, listener) {
    const onceListener = (...arguments_) => {
      listener(...arguments_);
      this.off(event, onceListener);
    };
    this.on(event, onceListener);
  }
  // Emit an event
  // biome-ignore lint/suspicious/noExplicitAny: type format
  emit(event, ...arguments_) {
    const listeners = this._eventListeners.get(event);
    if (listeners && listeners.length > 0) {
      for (const listener of listeners) {
        listener(...arguments_);
      }
    }
  }
  // Get all listeners for a specific event
  listeners(event) {
    return this._eventListeners.get(event) ?? [];
  }
  // Remove all listeners for a specific event
  removeAllListeners(event) {
    if (event) {
      this._eventListeners.delete(event);
    } else {
      this._eventListeners.clear();
    }
  }
  // Set the maximum number of listeners for a single event
  setMaxListeners(n2) {
    this._maxListeners = n2;
  }
};
var event_manager_default = EventManager;
var HooksManager = class extends event_manager_default {
  _hookHandlers;
  constructor() {
    super();
    this._hookHandlers = /* @__PURE__ */ new Map();
  }
  // Adds a handler function for a specific event
  addHandler(event, handler) {
    const eventHandlers = this._hookHandlers.get(event);
    if (eventHandlers) {
      eventHandlers.push(handler);
    } else {
      this._hookHandlers.set(event, [handler]);
    }
  }
  // Removes a specific handler function for a specific event
  removeHandler(event, handler) {
    const eventHandlers = this._hookHandlers.get(event);
    if (eventHandlers) {
      const index = eventHandlers.indexOf(handler);
      if (index !== -1) {
        eventHandlers.splice(index, 1);
      }
    }
  }
  // Triggers all handlers for a specific event with provided data
  // biome-ignore lint/suspicious/noExplicitAny: type format
  trigger(event, data) {
    const eventHandlers = this._hookHandlers.get(event);
    if (eventHandlers) {
      for (const handler of eventHandlers) {
        try {
          handler(data);
        } catch (error) {
          this.emit(
            "error",
            new Error(
              `Error in hook handler for event "${event}": ${error.message}`
            )
          );
        }
      }
    }
  }
  // Provides read-only access to the current handlers
  get handlers() {
    return new Map(this._hookHandlers);
  }
};
var hooks_manager_default = HooksManager;
var StatsManager = class extends event_manager_default {
  enabled = true;
  hits = 0;
  misses = 0;
  sets = 0;
  deletes = 0;
  errors = 0;
  constructor(enabled) {
    super();
    if (enabled !== void 0) {
      this.enabled = enabled;
    }
    this.reset();
  }
  hit() {
    if (this.enabled) {
      this.hits++;
    }
  }
  miss() {
    if (this.enabled) {
      this.misses++;
    }
  }
  set() {
    if (this.enabled) {
      this.sets++;
    }
  }
  delete() {
    if (this.enabled) {
      this.deletes++;
    }
  }
  hitsOrMisses(array) {
    for (const item of array) {
      if (item === void 0) {
        this.miss();
      } else {
        this.hit();
      }
    }
  }
  reset() {
    this.hits = 0;
    this.misses = 0;
    this.sets = 0;
    this.deletes = 0;
    this.errors = 0;
  }
};
var stats_manager_default = StatsManager;
var iterableAdapters = [
  "sqlite",
  "postgres",
  "mysql",
  "mongo",
  "redis",
  "valkey",
  "etcd"
];
var Keyv = class extends event_manager_default {
  opts;
  iterator;
  hooks = new hooks_manager_default();
  stats = new stats_manager_default(false);
  /**
   * Time to live in milliseconds
   */
  _ttl;
  /**
   * Namespace
   */
  _namespace;
  /**
   * Store
   */
  // biome-ignore lint/suspicious/noExplicitAny: type format
  _store = /* @__PURE__ */ new Map();
  _serialize = defaultSerialize;
  _deserialize = defaultDeserialize;
  _compression;
  _useKeyPrefix = true;
  _throwOnErrors = false;
  /**
   * Keyv Constructor
   * @param {KeyvStoreAdapter | KeyvOptions} store
   * @param {Omit<KeyvOptions, 'store'>} [options] if you provide the store you can then provide the Keyv Options
   */
  constructor(store, options) {
    super();
    options ??= {};
    store ??= {};
    this.opts = {
      namespace: "keyv",
      serialize: defaultSerialize,
      deserialize: defaultDeserialize,
      emitErrors: true,
      // @ts-expect-error - Map is not a KeyvStoreAdapter
      store: /* @__PURE__ */ new Map(),
      ...options
    };
    if (store && store.get) {
      this.opts.store = store;
    } else {
      this.opts = {
        ...this.opts,
        ...store
      };
    }
    this._store = this.opts.store ?? /* @__PURE__ */ new Map();
    this._compression = this.opts.compression;
    this._serialize = this.opts.serialize;
    this._deserialize = this.opts.deserialize;
    if (this.opts.namespace) {
      this._namespace = this.opts.namespace;
    }
    if (this._store) {
      if (!this._isValidStorageAdapter(this._store)) {
        throw new Error("Invalid storage adapter");
      }
      if (typeof this._store.on === "function") {
        this._store.on("error", (error) => this.emit("error", error));
      }
      this._store.namespace = this._namespace;
      if (typeof this._store[Symbol.iterator] === "function" && this._store instanceof Map) {
        this.iterator = this.generateIterator(
          this._store
        );
      } else if ("iterator" in this._store && this._store.opts && this._checkIterableAdapter()) {
        this.iterator = this.generateIterator(
          // biome-ignore lint/style/noNonNullAssertion: need to fix
          this._store.iterator.bind(this._store)
        );
      }
    }
    if (this.opts.stats) {
      this.stats.enabled = this.opts.stats;
    }
    if (this.opts.ttl) {
      this._ttl = this.opts.ttl;
    }
    if (this.opts.useKeyPrefix !== void 0) {
      this._useKeyPrefix = this.opts.useKeyPrefix;
    }
    if (this.opts.throwOnErrors !== void 0) {
      this._throwOnErrors = this.opts.throwOnErrors;
    }
  }
  /**
   * Get the current store
   */
  // biome-ignore lint/suspicious/noExplicitAny: type format
  get store() {
    return this._store;
  }
  /**
   * Set the current store. This will also set the namespace, event error handler, and generate the iterator. If the store is not valid it will throw an error.
   * @param {KeyvStoreAdapter | Map<any, any> | any} store the store to set
   */
  // biome-ignore lint/suspicious/noExplicitAny: type format
  set store(store) {
    if (this._isValidStorageAdapter(store)) {
      this._store = store;
      this.opts.store = store;
      if (typeof store.on === "function") {
        store.on("error", (error) => this.emit("error", error));
      }
      if (this._namespace) {
        this._store.namespace = this._namespace;
      }
      if (typeof store[Symbol.iterator] === "function" && store instanceof Map) {
        this.iterator = this.generateIterator(
          store
        );
      } else if ("iterator" in store && store.opts && this._checkIterableAdapter()) {
        this.iterator = this.generateIterator(store.iterator?.bind(store));
      }
    } else {
      throw new Error("Invalid storage adapter");
    }
  }
  /**
   * Get the current compression function
   * @returns {CompressionAdapter} The current compression function
   */
  get compression() {
    return this._compression;
  }
  /**
   * Set the current compression function
   * @param {CompressionAdapter} compress The compression function to set
   */
  set compression(compress) {
    this._compression = compress;
  }
  /**
   * Get the current namespace.
   * @returns {string | undefined} The current namespace.
   */
  get namespace() {
    return this._namespace;
  }
  /**
   * Set the current namespace.
   * @param {string | undefined} namespace The namespace to set.
   */
  set namespace(namespace) {
    this._namespace = namespace;
    this.opts.namespace = namespace;
    this._store.namespace = namespace;
    if (this.opts.store) {
      this.opts.store.namespace = namespace;
    }
  }
  /**
   * Get the current TTL.
   * @returns {number} The current TTL in milliseconds.
   */
  get ttl() {
    return this._ttl;
  }
  /**
   * Set the current TTL.
   * @param {number} ttl The TTL to set in milliseconds.
   */
  set ttl(ttl2) {
    this.opts.ttl = ttl2;
    this._ttl = ttl2;
  }
  /**
   * Get the current serialize function.
   * @returns {Serialize} The current serialize function.
   */
  get serialize() {
    return this._serialize;
  }
  /**
   * Set the current serialize function.
   * @param {Serialize} serialize The serialize function to set.
   */
  set serialize(serialize) {
    this.opts.serialize = serialize;
    this._serialize = serialize;
  }
  /**
   * Get the current deserialize function.
   * @returns {Deserialize} The current deserialize function.
   */
  get deserialize() {
    return this._deserialize;
  }
  /**
   * Set the current deserialize function.
   * @param {Deserialize} deserialize The deserialize function to set.
   */
  set deserialize(deserialize) {
    this.opts.deserialize = deserialize;
    this._deserialize = deserialize;
  }
  /**
   * Get the current useKeyPrefix value. This will enable or disable key prefixing.
   * @returns {boolean} The current useKeyPrefix value.
   * @default true
   */
  get useKeyPrefix() {
    return this._useKeyPrefix;
  }
  /**
   * Set the current useKeyPrefix value. This will enable or disable key prefixing.
   * @param {boolean} value The useKeyPrefix value to set.
   */
  set useKeyPrefix(value) {
    this._useKeyPrefix = value;
    this.opts.useKeyPrefix = value;
  }
  /**
   * Get the current throwErrors value. This will enable or disable throwing errors on methods in addition to emitting them.
   * @return {boolean} The current throwOnErrors value.
   */
  get throwOnErrors() {
    return this._throwOnErrors;
  }
  /**
   * Set the current throwOnErrors value. This will enable or disable throwing errors on methods in addition to emitting them.
   * @param {boolean} value The throwOnErrors value to set.
   */
  set throwOnErrors(value) {
    this._throwOnErrors = value;
    this.opts.throwOnErrors = value;
  }
  generateIterator(iterator) {
    const function_ = async function* () {
      for await (const [key, raw] of typeof iterator === "function" ? iterator(this._store.namespace) : iterator) {
        const data = await this.deserializeData(raw);
        if (this._useKeyPrefix && this._store.namespace && !key.includes(this._store.namespace)) {
          continue;
        }
        if (typeof data.expires === "number" && Date.now() > data.expires) {
          await this.delete(key);
          continue;
        }
        yield [this._getKeyUnprefix(key), data.value];
      }
    };
    return function_.bind(this);
  }
  _checkIterableAdapter() {
    return iterableAdapters.includes(this._store.opts.dialect) || iterableAdapters.some(
      (element) => this._store.opts.url.includes(element)
    );
  }
  _getKeyPrefix(key) {
    if (!this._useKeyPrefix) {
      return key;
    }
    if (!this._namespace) {
      return key;
    }
    if (key.startsWith(`${this._namespace}:`)) {
      return key;
    }
    return `${this._namespace}:${key}`;
  }
  _getKeyPrefixArray(keys) {
    if (!this._useKeyPrefix) {
      return keys;
    }
    if (!this._namespace) {
      return keys;
    }
    return keys.map((key) => `${this._namespace}:${key}`);
  }
  _getKeyUnprefix(key) {
    if (!this._useKeyPrefix) {
      return key;
    }
    return key.split(":").splice(1).join(":");
  }
  // biome-ignore lint/suspicious/noExplicitAny: type format
  _isValidStorageAdapter(store) {
    return store instanceof Map || typeof store.get === "function" && typeof store.set === "function" && typeof store.delete === "function" && typeof store.clear === "function";
  }
  // eslint-disable-next-line @stylistic/max-len
  async get(key, options) {
    const { store } = this.opts;
    const isArray2 = Array.isArray(key);
    const keyPrefixed = isArray2 ? this._getKeyPrefixArray(key) : this._getKeyPrefix(key);
    const isDataExpired = (data) => typeof data.expires === "number" && Date.now() > data.expires;
    if (isArray2) {
      if (options?.raw === true) {
        return this.getMany(key, { raw: true });
      }
      return this.getMany(key, { raw: false });
    }
    this.hooks.trigger("preGet", { key: keyPrefixed });
    let rawData;
    try {
      rawData = await store.get(keyPrefixed);
    } catch (error) {
      if (this.throwOnErrors) {
        throw error;
      }
    }
    const deserializedData = typeof rawData === "string" || this.opts.compression ? await this.deserializeData(rawData) : rawData;
    if (deserializedData === void 0 || deserializedData === null) {
      this.hooks.trigger("postGet", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      return void 0;
    }
    if (isDataExpired(deserializedData)) {
      await this.delete(key);
      this.hooks.trigger("postGet", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      return void 0;
    }
    this.hooks.trigger("postGet", {
      key: keyPrefixed,
      value: deserializedData
    });
    this.stats.hit();
    return options?.raw ? deserializedData : deserializedData.value;
  }
  async getMany(keys, options) {
    const { store } = this.opts;
    const keyPrefixed = this._getKeyPrefixArray(keys);
    const isDataExpired = (data) => typeof data.expires === "number" && Date.now() > data.expires;
    this.hooks.trigger("preGetMany", { keys: keyPrefixed });
    if (store.getMany === void 0) {
      const promises = keyPrefixed.map(async (key) => {
        const rawData2 = await store.get(key);
        const deserializedRow = typeof rawData2 === "string" || this.opts.compression ? await this.deserializeData(rawData2) : rawData2;
        if (deserializedRow === void 0 || deserializedRow === null) {
          return void 0;
        }
        if (isDataExpired(deserializedRow)) {
          await this.delete(key);
          return void 0;
        }
        return options?.raw ? deserializedRow : deserializedRow.value;
      });
      const deserializedRows = await Promise.allSettled(promises);
      const result2 = deserializedRows.map(
        // biome-ignore lint/suspicious/noExplicitAny: type format
        (row) => row.value
      );
      this.hooks.trigger("postGetMany", result2);
      if (result2.length > 0) {
        this.stats.hit();
      }
      return result2;
    }
    const rawData = await store.getMany(keyPrefixed);
    const result = [];
    const expiredKeys = [];
    for (const index in rawData) {
      let row = rawData[index];
      if (typeof row === "string") {
        row = await this.deserializeData(row);
      }
      if (row === void 0 || row === null) {
        result.push(void 0);
        continue;
      }
      if (isDataExpired(row)) {
        expiredKeys.push(keys[index]);
        result.push(void 0);
        continue;
      }
      const value = options?.raw ? row : row.value;
      result.push(value);
    }
    if (expiredKeys.length > 0) {
      await this.deleteMany(expiredKeys);
    }
    this.hooks.trigger("postGetMany", result);
    if (result.length > 0) {
      this.stats.hit();
    }
    return result;
  }
  /**
   * Get the raw value of a key. This is the replacement for setting raw to true in the get() method.
   * @param {string} key the key to get
   * @returns {Promise<StoredDataRaw<Value> | undefined>} will return a StoredDataRaw<Value> or undefined if the key does not exist or is expired.
   */
  async getRaw(key) {
    const { store } = this.opts;
    const keyPrefixed = this._getKeyPrefix(key);
    this.hooks.trigger("preGetRaw", { key: keyPrefixed });
    const rawData = await store.get(keyPrefixed);
    if (rawData === void 0 || rawData === null) {
      this.hooks.trigger("postGetRaw", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      return void 0;
    }
    const deserializedData = typeof rawData === "string" || this.opts.compression ? await this.deserializeData(rawData) : rawData;
    if (deserializedData !== void 0 && deserializedData.expires !== void 0 && deserializedData.expires !== null && // biome-ignore lint/style/noNonNullAssertion: need to fix
    deserializedData.expires < Date.now()) {
      this.hooks.trigger("postGetRaw", {
        key: keyPrefixed,
        value: void 0
      });
      this.stats.miss();
      await this.delete(key);
      return void 0;
    }
    this.stats.hit();
    this.hooks.trigger("postGetRaw", {
      key: keyPrefixed,
      value: deserializedData
    });
    return deserializedData;
  }
  /**
   * Get the raw values of many keys. This is the replacement for setting raw to true in the getMany() method.
   * @param {string[]} keys the keys to get
   * @returns {Promise<Array<StoredDataRaw<Value>>>} will return an array of StoredDataRaw<Value> or undefined if the key does not exist or is expired.
   */
  async getManyRaw(keys) {
    const { store } = this.opts;
    const keyPrefixed = this._getKeyPrefixArray(keys);
    if (keys.length === 0) {
      const result2 = Array.from({ length: keys.length }).fill(
        void 0
      );
      this.stats.misses += keys.length;
      this.hooks.trigger("postGetManyRaw", {
        keys: keyPrefixed,
        values: result2
      });
      return result2;
    }
    let result = [];
    if (store.getMany === void 0) {
      const promises = keyPrefixed.map(async (key) => {
        const rawData = await store.get(key);
        if (rawData !== void 0 && rawData !== null) {
          return this.deserializeData(rawData);
        }
        return void 0;
      });
      const deserializedRows = await Promise.allSettled(promises);
      result = deserializedRows.map(
        // biome-ignore lint/suspicious/noExplicitAny: type format
        (row) => row.value
      );
    } else {
      const rawData = await store.getMany(keyPrefixed);
      for (const row of rawData) {
        if (row !== void 0 && row !== null) {
          result.push(await this.deserializeData(row));
        } else {
          result.push(void 0);
        }
      }
    }
    const expiredKeys = [];
    const isDataExpired = (data) => typeof data.expires === "number" && Date.now() > data.expires;
    for (const [index, row] of result.entries()) {
      if (row !== void 0 && isDataExpired(row)) {
        expiredKeys.push(keyPrefixed[index]);
        result[index] = void 0;
      }
    }
    if (expiredKeys.length > 0) {
      await this.deleteMany(expiredKeys);
    }
    this.stats.hitsOrMisses(result);
    this.hooks.trigger("postGetManyRaw", {
      keys: keyPrefixed,
      values: result
    });
    return result;
  }
  /**
   * Set an item to the store
   * @param {string | Array<KeyvEntry>} key the key to use. If you pass in an array of KeyvEntry it will set many items
   * @param {Value} value the value of the key
   * @param {number} [ttl] time to live in milliseconds
   * @returns {boolean} if it sets then it will return a true. On failure will return false.
   */
  async set(key, value, ttl2) {
    const data = { key, value, ttl: ttl2 };
    this.hooks.trigger("preSet", data);
    const keyPrefixed = this._getKeyPrefix(data.key);
    data.ttl ??= this._ttl;
    if (data.ttl === 0) {
      data.ttl = void 0;
    }
    const { store } = this.opts;
    const expires = typeof data.ttl === "number" ? Date.now() + data.ttl : void 0;
    if (typeof data.value === "symbol") {
      this.emit("error", "symbol cannot be serialized");
      throw new Error("symbol cannot be serialized");
    }
    const formattedValue = { value: data.value, expires };
    const serializedValue = await this.serializeData(formattedValue);
    let result = true;
    try {
      const value2 = await store.set(keyPrefixed, serializedValue, data.ttl);
      if (typeof value2 === "boolean") {
        result = value2;
      }
    } catch (error) {
      result = false;
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
    }
    this.hooks.trigger("postSet", {
      key: keyPrefixed,
      value: serializedValue,
      ttl: ttl2
    });
    this.stats.set();
    return result;
  }
  /**
   * Set many items to the store
   * @param {Array<KeyvEntry>} entries the entries to set
   * @returns {boolean[]} will return an array of booleans if it sets then it will return a true. On failure will return false.
   */
  // biome-ignore lint/correctness/noUnusedVariables: type format
  async setMany(entries2) {
    let results = [];
    try {
      if (this._store.setMany === void 0) {
        const promises = [];
        for (const entry of entries2) {
          promises.push(this.set(entry.key, entry.value, entry.ttl));
        }
        const promiseResults = await Promise.all(promises);
        results = promiseResults;
      } else {
        const serializedEntries = await Promise.all(
          entries2.map(async ({ key, value, ttl: ttl2 }) => {
            ttl2 ??= this._ttl;
            if (ttl2 === 0) {
              ttl2 = void 0;
            }
            const expires = typeof ttl2 === "number" ? Date.now() + ttl2 : void 0;
            if (typeof value === "symbol") {
              this.emit("error", "symbol cannot be serialized");
              throw new Error("symbol cannot be serialized");
            }
            const formattedValue = { value, expires };
            const serializedValue = await this.serializeData(formattedValue);
            const keyPrefixed = this._getKeyPrefix(key);
            return { key: keyPrefixed, value: serializedValue, ttl: ttl2 };
          })
        );
        results = await this._store.setMany(serializedEntries);
      }
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
      results = entries2.map(() => false);
    }
    return results;
  }
  /**
   * Delete an Entry
   * @param {string | string[]} key the key to be deleted. if an array it will delete many items
   * @returns {boolean} will return true if item or items are deleted. false if there is an error
   */
  async delete(key) {
    const { store } = this.opts;
    if (Array.isArray(key)) {
      return this.deleteMany(key);
    }
    const keyPrefixed = this._getKeyPrefix(key);
    this.hooks.trigger("preDelete", { key: keyPrefixed });
    let result = true;
    try {
      const value = await store.delete(keyPrefixed);
      if (typeof value === "boolean") {
        result = value;
      }
    } catch (error) {
      result = false;
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
    }
    this.hooks.trigger("postDelete", {
      key: keyPrefixed,
      value: result
    });
    this.stats.delete();
    return result;
  }
  /**
   * Delete many items from the store
   * @param {string[]} keys the keys to be deleted
   * @returns {boolean} will return true if item or items are deleted. false if there is an error
   */
  async deleteMany(keys) {
    try {
      const { store } = this.opts;
      const keyPrefixed = this._getKeyPrefixArray(keys);
      this.hooks.trigger("preDelete", { key: keyPrefixed });
      if (store.deleteMany !== void 0) {
        return await store.deleteMany(keyPrefixed);
      }
      const promises = keyPrefixed.map(async (key) => store.delete(key));
      const results = await Promise.all(promises);
      const returnResult = results.every(Boolean);
      this.hooks.trigger("postDelete", {
        key: keyPrefixed,
        value: returnResult
      });
      return returnResult;
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
      return false;
    }
  }
  /**
   * Clear the store
   * @returns {void}
   */
  async clear() {
    this.emit("clear");
    const { store } = this.opts;
    try {
      await store.clear();
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
    }
  }
  async has(key) {
    if (Array.isArray(key)) {
      return this.hasMany(key);
    }
    const keyPrefixed = this._getKeyPrefix(key);
    const { store } = this.opts;
    if (store.has !== void 0 && !(store instanceof Map)) {
      return store.has(keyPrefixed);
    }
    let rawData;
    try {
      rawData = await store.get(keyPrefixed);
    } catch (error) {
      this.emit("error", error);
      if (this._throwOnErrors) {
        throw error;
      }
      return false;
    }
    if (rawData) {
      const data = await this.deserializeData(rawData);
      if (data) {
        if (data.expires === void 0 || data.expires === null) {
          return true;
        }
        return data.expires > Date.now();
      }
    }
    return false;
  }
  /**
   * Check if many keys exist
   * @param {string[]} keys the keys to check
   * @returns {boolean[]} will return an array of booleans if the keys exist
   */
  async hasMany(keys) {
    const keyPrefixed = this._getKeyPrefixArray(keys);
    const { store } = this.opts;
    if (store.hasMany !== void 0) {
      return store.hasMany(keyPrefixed);
    }
    const results = [];
    for (const key of keys) {
      results.push(await this.has(key));
    }
    return results;
  }
  /**
   * Will disconnect the store. This is only available if the store has a disconnect method
   * @returns {Promise<void>}
   */
  async disconnect() {
    const { store } = this.opts;
    this.emit("disconnect");
    if (typeof store.disconnect === "function") {
      return store.disconnect();
    }
  }
  // biome-ignore lint/suspicious/noExplicitAny: type format
  emit(event, ...arguments_) {
    if (event === "error" && !this.opts.emitErrors) {
      return;
    }
    super.emit(event, ...arguments_);
  }
  async serializeData(data) {
    if (!this._serialize) {
      return data;
    }
    if (this._compression?.compress) {
      return this._serialize({
        value: await this._compression.compress(data.value),
        expires: data.expires
      });
    }
    return this._serialize(data);
  }
  async deserializeData(data) {
    if (!this._deserialize) {
      return data;
    }
    if (this._compression?.decompress && typeof data === "string") {
      const result = await this._deserialize(data);
      return {
        value: await this._compression.decompress(result?.value),
        expires: result?.expires
      };
    }
    if (typeof data === "string") {
      return this._deserialize(data);
    }
    return void 0;
  }
};

// node_modules/mimic-response/index.js
var knownProperties = [
  "aborted",
  "complete",
  "headers",
  "httpVersion",
  "httpVersionMinor",
  "httpVersionMajor",
  "method",
  "rawHeaders",
  "rawTrailers",
  "setTimeout",
  "socket",
  "statusCode",
  "statusMessage",
  "trailers",
  "url"
];
function mimicResponse(fromStream, toStream) {
  if (toStream._readableState.autoDestroy) {
    throw new Error("The second stream must have the `autoDestroy` option set to `false`");
  }
  const fromProperties = /* @__PURE__ */ new Set([...Object.keys(fromStream), ...knownProperties]);
  const properties = {};
  for (const property of fromProperties) {
    if (property in toStream) {
      continue;
    }
    properties[property] = {
      get() {
        const value = fromStream[property];
        const isFunction3 = typeof value === "function";
        return isFunction3 ? value.bind(fromStream) : value;
      },
      set(value) {
        fromStream[property] = value;
      },
      enumerable: true,
      configurable: false
    };
  }
  Object.defineProperties(toStream, properties);
  fromStream.once("aborted", () => {
    toStream.destroy();
    toStream.emit("aborted");
  });
  fromStream.once("close", () => {
    if (fromStream.complete) {
      if (toStream.readable) {
        toStream.once("end", () => {
          toStream.emit("close");
        });
      } else {
        toStream.emit("close");
      }
    } else {
      toStream.emit("close");
    }
  });
  return toStream;
}

// node_modules/normalize-url/index.js
var DATA_URL_DEFAULT_MIME_TYPE = "text/plain";
var DATA_URL_DEFAULT_CHARSET = "us-ascii";
var testParameter = (name, filters) => filters.some((filter) => filter instanceof RegExp ? filter.test(name) : filter === name);
var supportedProtocols = /* @__PURE__ */ new Set([
  "https:",
  "http:",
  "file:"
]);
var hasCustomProtocol = (urlString) => {
  try {
    const { protocol } = new URL(urlString);
    return protocol.endsWith(":") && !protocol.includes(".") && !supportedProtocols.has(protocol);
  } catch {
    return false;
  }
};
var normalizeDataURL = (urlString, { stripHash }) => {
  const match = /^data:(?<type>[^,]*?),(?<data>[^#]*?)(?:#(?<hash>.*))?$/.exec(urlString);
  if (!match) {
    throw new Error(`Invalid URL: ${urlString}`);
  }
  const { type, data, hash } = match.groups;
  const mediaType = type.split(";");
  const isBase64 = mediaType.at(-1) === "base64";
  if (isBase64) {
    mediaType.pop();
  }
  const mimeType = mediaType.shift()?.toLowerCase() ?? "";
  const attributes = mediaType.map((attribute) => {
    let [key, value = ""] = attribute.split("=").map((string) => string.trim());
    if (key === "charset") {
      value = value.toLowerCase();
      if (value === DATA_URL_DEFAULT_CHARSET) {
        return "";
      }
    }
    return `${key}${value ? `=${value}` : ""}`;
  }).filter(Boolean);
  const normalizedMediaType = [...attributes];
  if (isBase64) {
    normalizedMediaType.push("base64");
  }
  if (normalizedMediaType.length > 0 || mimeType && mimeType !== DATA_URL_DEFAULT_MIME_TYPE) {
    normalizedMediaType.unshift(mimeType);
  }
  const hashPart = stripHash || !hash ? "" : `#${hash}`;
  return `data:${normalizedMediaType.join(";")},${isBase64 ? data.trim() : data}${hashPart}`;
};
function normalizeUrl(urlString, options) {
  options = {
    defaultProtocol: "http",
    normalizeProtocol: true,
    forceHttp: false,
    forceHttps: false,
    stripAuthentication: true,
    stripHash: false,
    stripTextFragment: true,
    stripWWW: true,
    removeQueryParameters: [/^utm_\w+/i],
    removeTrailingSlash: true,
    removeSingleSlash: true,
    removeDirectoryIndex: false,
    removeExplicitPort: false,
    sortQueryParameters: true,
    removePath: false,
    transformPath: false,
    ...options
  };
  if (typeof options.defaultProtocol === "string" && !options.defaultProtocol.endsWith(":")) {
    options.defaultProtocol = `${options.defaultProtocol}:`;
  }
  urlString = urlString.trim();
  if (/^data:/i.test(urlString)) {
    return normalizeDataURL(urlString, options);
  }
  if (hasCustomProtocol(urlString)) {
    return urlString;
  }
  const hasRelativeProtocol = urlString.startsWith("//");
  const isRelativeUrl = !hasRelativeProtocol && /^\.*\//.test(urlString);
  if (!isRelativeUrl) {
    urlString = urlString.replace(/^(?!(?:\w+:)?\/\/)|^\/\//, options.defaultProtocol);
  }
  const urlObject = new URL(urlString);
  if (options.forceHttp && options.forceHttps) {
    throw new Error("The `forceHttp` and `forceHttps` options cannot be used together");
  }
  if (options.forceHttp && urlObject.protocol === "https:") {
    urlObject.protocol = "http:";
  }
  if (options.forceHttps && urlObject.protocol === "http:") {
    urlObject.protocol = "https:";
  }
  if (options.stripAuthentication) {
    urlObject.username = "";
    urlObject.password = "";
  }
  if (options.stripHash) {
    urlObject.hash = "";
  } else if (options.stripTextFragment) {
    urlObject.hash = urlObject.hash.replace(/#?:~:text.*?$/i, "");
  }
  if (urlObject.pathname) {
    const protocolRegex = /\b[a-z][a-z\d+\-.]{1,50}:\/\//g;
    let lastIndex = 0;
    let result = "";
    for (; ; ) {
      const match = protocolRegex.exec(urlObject.pathname);
      if (!match) {
        break;
      }
      const protocol = match[0];
      const protocolAtIndex = match.index;
      const intermediate = urlObject.pathname.slice(lastIndex, protocolAtIndex);
      result += intermediate.replace(/\/{2,}/g, "/");
      result += protocol;
      lastIndex = protocolAtIndex + protocol.length;
    }
    const remnant = urlObject.pathname.slice(lastIndex, urlObject.pathname.length);
    result += remnant.replace(/\/{2,}/g, "/");
    urlObject.pathname = result;
  }
  if (urlObject.pathname) {
    try {
      urlObject.pathname = decodeURI(urlObject.pathname).replace(/\\/g, "%5C");
    } catch {
    }
  }
  if (options.removeDirectoryIndex === true) {
    options.removeDirectoryIndex = [/^index\.[a-z]+$/];
  }
  if (Array.isArray(options.removeDirectoryIndex) && options.removeDirectoryIndex.length > 0) {
    const pathComponents = urlObject.pathname.split("/").filter(Boolean);
    const lastComponent = pathComponents.at(-1);
    if (lastComponent && testParameter(lastComponent, options.removeDirectoryIndex)) {
      pathComponents.pop();
      urlObject.pathname = pathComponents.length > 0 ? `/${pathComponents.join("/")}/` : "/";
    }
  }
  if (options.removePath) {
    urlObject.pathname = "/";
  }
  if (options.transformPath && typeof options.transformPath === "function") {
    const pathComponents = urlObject.pathname.split("/").filter(Boolean);
    const newComponents = options.transformPath(pathComponents);
    urlObject.pathname = newComponents?.length > 0 ? `/${newComponents.join("/")}` : "/";
  }
  if (urlObject.hostname) {
    urlObject.hostname = urlObject.hostname.replace(/\.$/, "");
    if (options.stripWWW && /^www\.(?!www\.)[a-z\-\d]{1,63}\.[a-z.\-\d]{2,63}$/.test(urlObject.hostname)) {
      urlObject.hostname = urlObject.hostname.replace(/^www\./, "");
    }
  }
  if (Array.isArray(options.removeQueryParameters)) {
    for (const key of [...urlObject.searchParams.keys()]) {
      if (testParameter(key, options.removeQueryParameters)) {
        urlObject.searchParams.delete(key);
      }
    }
  }
  if (!Array.isArray(options.keepQueryParameters) && options.removeQueryParameters === true) {
    urlObject.search = "";
  }
  if (Array.isArray(options.keepQueryParameters) && options.keepQueryParameters.length > 0) {
    for (const key of [...urlObject.searchParams.keys()]) {
      if (!testParameter(key, options.keepQueryParameters)) {
        urlObject.searchParams.delete(key);
      }
    }
  }
  if (options.sortQueryParameters) {
    const originalSearch = urlObject.search;
    urlObject.searchParams.sort();
    try {
      urlObject.search = decodeURIComponent(urlObject.search);
    } catch {
    }
    const partsWithoutEquals = originalSearch.slice(1).split("&").filter((p) => p && !p.includes("="));
    for (const part of partsWithoutEquals) {
      const decoded = decodeURIComponent(part);
      urlObject.search = urlObject.search.replace(`?${decoded}=`, `?${decoded}`).replace(`&${decoded}=`, `&${decoded}`);
    }
  }
  if (options.removeTrailingSlash) {
    urlObject.pathname = urlObject.pathname.replace(/\/$/, "");
  }
  if (options.removeExplicitPort && urlObject.port) {
    urlObject.port = "";
  }
  const oldUrlString = urlString;
  urlString = urlObject.toString();
  if (!options.removeSingleSlash && urlObject.pathname === "/" && !oldUrlString.endsWith("/") && urlObject.hash === "") {
    urlString = urlString.replace(/\/$/, "");
  }
  if ((options.removeTrailingSlash || urlObject.pathname === "/") && urlObject.hash === "" && options.removeSingleSlash) {
    urlString = urlString.replace(/\/$/, "");
  }
  if (hasRelativeProtocol && !options.normalizeProtocol) {
    urlString = urlString.replace(/^http:\/\//, "//");
  }
  if (options.stripProtocol) {
    urlString = urlString.replace(/^(?:https?:)?\/\//, "");
  }
  return urlString;
}

// node_modules/responselike/index.js
import { Readable as ReadableStream2 } from "node:stream";

// node_modules/lowercase-keys/index.js
function lowercaseKeys(object) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key.toLowerCase(), value]));
}

// node_modules/responselike/index.js
var Response = class extends ReadableStream2 {
  statusCode;
  headers;
  body;
  url;
  complete;
  constructor({ statusCode, headers, body, url }) {
    if (typeof statusCode !== "number") {
      throw new TypeError("Argument `statusCode` should be a number");
    }
    if (typeof headers !== "object") {
      throw new TypeError("Argument `headers` should be an object");
    }
    if (!(body instanceof Uint8Array)) {
      throw new TypeError("Argument `body` should be a buffer");
    }
    if (typeof url !== "string") {
      throw new TypeError("Argument `url` should be a string");
    }
    let bodyPushed = false;
    super({
      read() {
        if (!bodyPushed) {
          bodyPushed = true;
          this.push(body);
          return;
        }
        this.push(null);
      }
    });
    this.statusCode = statusCode;
    this.headers = lowercaseKeys(headers);
    this.body = body;
    this.url = url;
    this.complete = true;
  }
};

// node_modules/cacheable-request/dist/types.js
var RequestError2 = class extends Error {
  constructor(error) {
    super(error.message);
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(error));
  }
};
var CacheError2 = class extends Error {
  constructor(error) {
    super(error.message);
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(error));
  }
};

// node_modules/cacheable-request/dist/index.js
var CacheableRequest = class {
  constructor(cacheRequest, cacheAdapter) {
    this.cache = new Keyv({ namespace: "cacheable-request" });
    this.hooks = /* @__PURE__ */ new Map();
    this.request = () => (options, callback) => {
      let url;
      if (typeof options === "string") {
        url = normalizeUrlObject(parseWithWhatwg(options));
        options = {};
      } else if (options instanceof urlLib.URL) {
        url = normalizeUrlObject(parseWithWhatwg(options.toString()));
        options = {};
      } else {
        const [pathname, ...searchParts] = (options.path ?? "").split("?");
        const search = searchParts.length > 0 ? `?${searchParts.join("?")}` : "";
        url = normalizeUrlObject({ ...options, pathname, search });
      }
      options = {
        headers: {},
        method: "GET",
        cache: true,
        strictTtl: false,
        automaticFailover: false,
        ...options,
        ...urlObjectToRequestOptions(url)
      };
      options.headers = Object.fromEntries(entries(options.headers).map(([key2, value]) => [
        key2.toLowerCase(),
        value
      ]));
      const ee = new EventEmitter();
      const normalizedUrlString = normalizeUrl(urlLib.format(url), {
        stripWWW: false,
        removeTrailingSlash: false,
        stripAuthentication: false
      });
      let key = `${options.method}:${normalizedUrlString}`;
      if (options.body && options.method !== void 0 && ["POST", "PATCH", "PUT"].includes(options.method)) {
        if (options.body instanceof stream.Readable) {
          options.cache = false;
        } else {
          key += `:${crypto.createHash("md5").update(options.body).digest("hex")}`;
        }
      }
      let revalidate = false;
      let madeRequest = false;
      const makeRequest = (options_) => {
        madeRequest = true;
        let requestErrored = false;
        let requestErrorCallback = () => {
        };
        const requestErrorPromise = new Promise((resolve) => {
          requestErrorCallback = () => {
            if (!requestErrored) {
              requestErrored = true;
              resolve();
            }
          };
        });
        const handler = async (response) => {
          if (revalidate) {
            response.status = response.statusCode;
            const originalPolicy = import_http_cache_semantics.default.fromObject(revalidate.cachePolicy);
            const revalidatedPolicy = originalPolicy.revalidatedPolicy(options_, response);
            if (!revalidatedPolicy.modified) {
              response.resume();
              await new Promise((resolve) => {
                response.once("end", resolve);
              });
              const headers = convertHeaders(revalidatedPolicy.policy.responseHeaders());
              const originalHeaders = convertHeaders(originalPolicy.responseHeaders());
              const preserveHeaders = [
                "content-encoding",
                "content-type",
                "content-length",
                "content-language",
                "content-location",
                "etag"
              ];
              for (const headerName of preserveHeaders) {
                if (originalHeaders[headerName] !== void 0 && headers[headerName] === void 0) {
                  headers[headerName] = originalHeaders[headerName];
                }
              }
              response = new Response({
                statusCode: revalidate.statusCode,
                headers,
                body: revalidate.body,
                url: revalidate.url
              });
              response.cachePolicy = revalidatedPolicy.policy;
              response.fromCache = true;
            }
          }
          if (!response.fromCache) {
            response.cachePolicy = new import_http_cache_semantics.default(options_, response, options_);
            response.fromCache = false;
          }
          let clonedResponse;
          if (options_.cache && response.cachePolicy.storable()) {
            clonedResponse = cloneResponse(response);
            (async () => {
              try {
                const bodyPromise = getStreamAsBuffer(response);
                await Promise.race([
                  requestErrorPromise,
                  new Promise((resolve) => response.once("end", resolve)),
                  new Promise((resolve) => response.once("close", resolve))
                ]);
                const body = await bodyPromise;
                let value = {
                  url: response.url,
                  statusCode: response.fromCache ? revalidate.statusCode : response.statusCode,
                  body,
                  cachePolicy: response.cachePolicy.toObject()
                };
                let ttl2 = options_.strictTtl ? response.cachePolicy.timeToLive() : void 0;
                if (options_.maxTtl) {
                  ttl2 = ttl2 ? Math.min(ttl2, options_.maxTtl) : options_.maxTtl;
                }
                if (this.hooks.size > 0) {
                  for (const key_ of this.hooks.keys()) {
                    value = await this.runHook(key_, value, response);
                  }
                }
                await this.cache.set(key, value, ttl2);
              } catch (error) {
                ee.emit("error", new CacheError2(error));
              }
            })();
          } else if (options_.cache && revalidate) {
            (async () => {
              try {
                await this.cache.delete(key);
              } catch (error) {
                ee.emit("error", new CacheError2(error));
              }
            })();
          }
          ee.emit("response", clonedResponse ?? response);
          if (typeof callback === "function") {
            callback(clonedResponse ?? response);
          }
        };
        try {
          const request_ = this.cacheRequest(options_, handler);
          request_.once("error", requestErrorCallback);
          request_.once("abort", requestErrorCallback);
          request_.once("destroy", requestErrorCallback);
          ee.emit("request", request_);
        } catch (error) {
          ee.emit("error", new RequestError2(error));
        }
      };
      (async () => {
        const get = async (options_) => {
          await Promise.resolve();
          const cacheEntry = options_.cache ? await this.cache.get(key) : void 0;
          if (cacheEntry === void 0 && !options_.forceRefresh) {
            makeRequest(options_);
            return;
          }
          const policy = import_http_cache_semantics.default.fromObject(cacheEntry.cachePolicy);
          if (policy.satisfiesWithoutRevalidation(options_) && !options_.forceRefresh) {
            const headers = convertHeaders(policy.responseHeaders());
            const bodyBuffer = cacheEntry.body;
            const body = Buffer.from(bodyBuffer);
            const response = new Response({
              statusCode: cacheEntry.statusCode,
              headers,
              body,
              url: cacheEntry.url
            });
            response.cachePolicy = policy;
            response.fromCache = true;
            ee.emit("response", response);
            if (typeof callback === "function") {
              callback(response);
            }
          } else if (policy.satisfiesWithoutRevalidation(options_) && Date.now() >= policy.timeToLive() && options_.forceRefresh) {
            await this.cache.delete(key);
            options_.headers = policy.revalidationHeaders(options_);
            makeRequest(options_);
          } else {
            revalidate = cacheEntry;
            options_.headers = policy.revalidationHeaders(options_);
            makeRequest(options_);
          }
        };
        const errorHandler = (error) => ee.emit("error", new CacheError2(error));
        if (this.cache instanceof Keyv) {
          const cachek = this.cache;
          cachek.once("error", errorHandler);
          ee.on("error", () => {
            cachek.removeListener("error", errorHandler);
          });
          ee.on("response", () => {
            cachek.removeListener("error", errorHandler);
          });
        }
        try {
          await get(options);
        } catch (error) {
          if (options.automaticFailover && !madeRequest) {
            makeRequest(options);
          }
          ee.emit("error", new CacheError2(error));
        }
      })();
      return ee;
    };
    this.addHook = (name, function_) => {
      if (!this.hooks.has(name)) {
        this.hooks.set(name, function_);
      }
    };
    this.removeHook = (name) => this.hooks.delete(name);
    this.getHook = (name) => this.hooks.get(name);
    this.runHook = async (name, ...arguments_) => this.hooks.get(name)?.(...arguments_);
    if (cacheAdapter) {
      if (cacheAdapter instanceof Keyv) {
        this.cache = cacheAdapter;
      } else {
        this.cache = new Keyv({
          store: cacheAdapter,
          namespace: "cacheable-request"
        });
      }
    }
    this.request = this.request.bind(this);
    this.cacheRequest = cacheRequest;
  }
};
var entries = Object.entries;
var cloneResponse = (response) => {
  const clone = new PassThroughStream({ autoDestroy: false });
  mimicResponse(response, clone);
  return response.pipe(clone);
};
var urlObjectToRequestOptions = (url) => {
  const options = { ...url };
  options.path = `${url.pathname || "/"}${url.search || ""}`;
  delete options.pathname;
  delete options.search;
  return options;
};
var normalizeUrlObject = (url) => (
  // If url was parsed by url.parse or new URL:
  // - hostname will be set
  // - host will be hostname[:port]
  // - port will be set if it was explicit in the parsed string
  // Otherwise, url was from request options:
  // - hostname or host may be set
  // - host shall not have port encoded
  {
    protocol: url.protocol,
    auth: url.auth,
    hostname: url.hostname || url.host || "localhost",
    port: url.port,
    pathname: url.pathname,
    search: url.search
  }
);
var convertHeaders = (headers) => {
  const result = [];
  for (const name of Object.keys(headers)) {
    result[name.toLowerCase()] = headers[name];
  }
  return result;
};
var parseWithWhatwg = (raw) => {
  const u2 = new URL2(raw);
  return {
    protocol: u2.protocol,
    // E.g. 'https:'
    slashes: true,
    // Always true for WHATWG URLs
    /* c8 ignore next 3 */
    auth: u2.username || u2.password ? `${u2.username}:${u2.password}` : void 0,
    host: u2.host,
    // E.g. 'example.com:8080'
    port: u2.port,
    // E.g. '8080'
    hostname: u2.hostname,
    // E.g. 'example.com'
    hash: u2.hash,
    // E.g. '#quux'
    search: u2.search,
    // E.g. '?bar=baz'
    query: Object.fromEntries(u2.searchParams),
    // { bar: 'baz' }
    pathname: u2.pathname,
    // E.g. '/foo'
    path: u2.pathname + u2.search,
    // '/foo?bar=baz'
    href: u2.href
    // Full serialized URL
  };
};
var dist_default = CacheableRequest;

// node_modules/decompress-response/index.js
import { Transform as TransformStream2, PassThrough as PassThroughStream2 } from "node:stream";
import zlib from "node:zlib";
var supportsZstd = typeof zlib.createZstdDecompress === "function";
function decompressResponse(response) {
  const contentEncoding = (response.headers["content-encoding"] || "").toLowerCase();
  const supportedEncodings = ["gzip", "deflate", "br"];
  if (supportsZstd) {
    supportedEncodings.push("zstd");
  }
  if (!supportedEncodings.includes(contentEncoding)) {
    return response;
  }
  let isEmpty = true;
  const headers = { ...response.headers };
  const finalStream = new PassThroughStream2({
    autoDestroy: false
  });
  finalStream.once("error", () => {
    response.destroy();
  });
  function handleContentEncoding(data) {
    let decompressStream;
    if (contentEncoding === "zstd") {
      decompressStream = zlib.createZstdDecompress();
    } else if (contentEncoding === "br") {
      decompressStream = zlib.createBrotliDecompress();
    } else if (contentEncoding === "deflate" && data.length > 0 && (data[0] & 8) === 0) {
      decompressStream = zlib.createInflateRaw();
    } else {
      decompressStream = zlib.createUnzip();
    }
    decompressStream.once("error", (error) => {
      if (isEmpty && !response.readable) {
        finalStream.end();
        return;
      }
      finalStream.destroy(error);
    });
    checker.pipe(decompressStream).pipe(finalStream);
  }
  const checker = new TransformStream2({
    transform(data, _encoding, callback) {
      if (isEmpty === false) {
        callback(null, data);
        return;
      }
      isEmpty = false;
      handleContentEncoding(data);
      callback(null, data);
    },
    flush(callback) {
      if (isEmpty) {
        finalStream.end();
      }
      callback();
    }
  });
  delete headers["content-encoding"];
  delete headers["content-length"];
  finalStream.headers = headers;
  mimicResponse(response, finalStream);
  response.pipe(checker);
  return finalStream;
}

// node_modules/form-data-encoder/lib/index.js
var __typeError = (msg) => {
  throw TypeError(msg);
};
var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
var __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));
var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
var __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
var __privateMethod = (obj, member, method) => (__accessCheck(obj, member, "access private method"), method);
var MAX_CHUNK_SIZE = 65536;
function* chunk(value) {
  if (value.byteLength <= MAX_CHUNK_SIZE) {
    yield value;
    return;
  }
  let offset = 0;
  while (offset < value.byteLength) {
    const size = Math.min(value.byteLength - offset, MAX_CHUNK_SIZE);
    const buffer = value.buffer.slice(offset, offset + size);
    offset += buffer.byteLength;
    yield new Uint8Array(buffer);
  }
}
var alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
function createBoundary() {
  let size = 16;
  let res = "";
  while (size--) {
    res += alphabet[Math.random() * alphabet.length << 0];
  }
  return res;
}
var escapeName = (name) => String(name).replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
var isFunction2 = (value) => typeof value === "function";
var isReadableStreamFallback = (value) => !!value && typeof value === "object" && !Array.isArray(value) && isFunction2(value.getReader);
var isAsyncIterable2 = (value) => isFunction2(value[Symbol.asyncIterator]);
async function* readStream(readable) {
  const reader = readable.getReader();
  while (true) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    yield value;
  }
}
async function* chunkStream(stream2) {
  for await (const value of stream2) {
    yield* chunk(value);
  }
}
var getStreamIterator = (source) => {
  if (isAsyncIterable2(source)) {
    return chunkStream(source);
  }
  if (isReadableStreamFallback(source)) {
    return chunkStream(readStream(source));
  }
  throw new TypeError(
    "Unsupported data source: Expected either ReadableStream or async iterable."
  );
};
var isFile = (value) => Boolean(
  value && typeof value === "object" && isFunction2(value.constructor) && value[Symbol.toStringTag] === "File" && isFunction2(value.stream) && value.name != null
);
var isFormData2 = (value) => Boolean(
  value && isFunction2(value.constructor) && value[Symbol.toStringTag] === "FormData" && isFunction2(value.append) && isFunction2(value.getAll) && isFunction2(value.entries) && isFunction2(value[Symbol.iterator])
);
var getType = (value) => Object.prototype.toString.call(value).slice(8, -1).toLowerCase();
function isPlainObject2(value) {
  if (getType(value) !== "object") {
    return false;
  }
  const pp = Object.getPrototypeOf(value);
  if (pp === null || pp === void 0) {
    return true;
  }
  return pp.constructor?.toString?.() === Object.toString();
}
var normalizeValue = (value) => String(value).replace(/\r|\n/g, (match, i2, str) => {
  if (match === "\r" && str[i2 + 1] !== "\n" || match === "\n" && str[i2 - 1] !== "\r") {
    return "\r\n";
  }
  return match;
});
function getProperty(target, prop) {
  if (typeof prop === "string") {
    for (const [name, value] of Object.entries(target)) {
      if (prop.toLowerCase() === name.toLowerCase()) {
        return value;
      }
    }
  }
  return void 0;
}
var proxyHeaders = (object) => new Proxy(
  object,
  {
    get: (target, prop) => getProperty(target, prop),
    has: (target, prop) => getProperty(target, prop) !== void 0
  }
);
var defaultOptions = {
  enableAdditionalHeaders: false
};
var readonlyProp = { writable: false, configurable: false };
var _CRLF;
var _CRLF_BYTES;
var _CRLF_BYTES_LENGTH;
var _DASHES;
var _encoder;
var _footer;
var _form;
var _options;
var _FormDataEncoder_instances;
var getFieldHeader_fn;
var getContentLength_fn;
var FormDataEncoder = class {
  constructor(form, boundaryOrOptions, options) {
    __privateAdd(this, _FormDataEncoder_instances);
    __privateAdd(this, _CRLF, "\r\n");
    __privateAdd(this, _CRLF_BYTES);
    __privateAdd(this, _CRLF_BYTES_LENGTH);
    __privateAdd(this, _DASHES, "-".repeat(2));
    __privateAdd(this, _encoder, new TextEncoder());
    __privateAdd(this, _footer);
    __privateAdd(this, _form);
    __privateAdd(this, _options);
    if (!isFormData2(form)) {
      throw new TypeError("Expected first argument to be a FormData instance.");
    }
    let boundary;
    if (isPlainObject2(boundaryOrOptions)) {
      options = boundaryOrOptions;
    } else {
      boundary = boundaryOrOptions;
    }
    if (!boundary) {
      boundary = `form-data-encoder-${createBoundary()}`;
    }
    if (typeof boundary !== "string") {
      throw new TypeError("Expected boundary argument to be a string.");
    }
    if (options && !isPlainObject2(options)) {
      throw new TypeError("Expected options argument to be an object.");
    }
    __privateSet(this, _form, Array.from(form.entries()));
    __privateSet(this, _options, { ...defaultOptions, ...options });
    __privateSet(this, _CRLF_BYTES, __privateGet(this, _encoder).encode(__privateGet(this, _CRLF)));
    __privateSet(this, _CRLF_BYTES_LENGTH, __privateGet(this, _CRLF_BYTES).byteLength);
    this.boundary = boundary;
    this.contentType = `multipart/form-data; boundary=${this.boundary}`;
    __privateSet(this, _footer, __privateGet(this, _encoder).encode(
      `${__privateGet(this, _DASHES)}${this.boundary}${__privateGet(this, _DASHES)}${__privateGet(this, _CRLF).repeat(2)}`
    ));
    const headers = {
      "Content-Type": this.contentType
    };
    const contentLength = __privateMethod(this, _FormDataEncoder_instances, getContentLength_fn).call(this);
    if (contentLength) {
      this.contentLength = contentLength;
      headers["Content-Length"] = contentLength;
    }
    this.headers = proxyHeaders(Object.freeze(headers));
    Object.defineProperties(this, {
      boundary: readonlyProp,
      contentType: readonlyProp,
      contentLength: readonlyProp,
      headers: readonlyProp
    });
  }
  /**
   * Creates an iterator allowing to go through form-data parts (with metadata).
   * This method **will not** read the files and **will not** split values big into smaller chunks.
   *
   * Using this method, you can convert form-data content into Blob:
   *
   * @example
   *
   * ```ts
   * import {Readable} from "stream"
   *
   * import {FormDataEncoder} from "form-data-encoder"
   *
   * import {FormData} from "formdata-polyfill/esm-min.js"
   * import {fileFrom} from "fetch-blob/form.js"
   * import {File} from "fetch-blob/file.js"
   * import {Blob} from "fetch-blob"
   *
   * import fetch from "node-fetch"
   *
   * const form = new FormData()
   *
   * form.set("field", "Just a random string")
   * form.set("file", new File(["Using files is class amazing"]))
   * form.set("fileFromPath", await fileFrom("path/to/a/file.txt"))
   *
   * const encoder = new FormDataEncoder(form)
   *
   * const options = {
   *   method: "post",
   *   body: new Blob(encoder, {type: encoder.contentType})
   * }
   *
   * const response = await fetch("https://httpbin.org/post", options)
   *
   * console.log(await response.json())
   * ```
   */
  *values() {
    for (const [name, raw] of __privateGet(this, _form)) {
      const value = isFile(raw) ? raw : __privateGet(this, _encoder).encode(normalizeValue(raw));
      yield __privateMethod(this, _FormDataEncoder_instances, getFieldHeader_fn).call(this, name, value);
      yield value;
      yield __privateGet(this, _CRLF_BYTES);
    }
    yield __privateGet(this, _footer);
  }
  /**
   * Creates an async iterator allowing to perform the encoding by portions.
   * This method reads through files and splits big values into smaller pieces (65536 bytes per each).
   *
   * @example
   *
   * ```ts
   * import {Readable} from "stream"
   *
   * import {FormData, File, fileFromPath} from "formdata-node"
   * import {FormDataEncoder} from "form-data-encoder"
   *
   * import fetch from "node-fetch"
   *
   * const form = new FormData()
   *
   * form.set("field", "Just a random string")
   * form.set("file", new File(["Using files is class amazing"], "file.txt"))
   * form.set("fileFromPath", await fileFromPath("path/to/a/file.txt"))
   *
   * const encoder = new FormDataEncoder(form)
   *
   * const options = {
   *   method: "post",
   *   headers: encoder.headers,
   *   body: Readable.from(encoder.encode()) // or Readable.from(encoder)
   * }
   *
   * const response = await fetch("https://httpbin.org/post", options)
   *
   * console.log(await response.json())
   * ```
   */
  async *encode() {
    for (const part of this.values()) {
      if (isFile(part)) {
        yield* getStreamIterator(part.stream());
      } else {
        yield* chunk(part);
      }
    }
  }
  /**
   * Creates an iterator allowing to read through the encoder data using for...of loops
   */
  [Symbol.iterator]() {
    return this.values();
  }
  /**
   * Creates an **async** iterator allowing to read through the encoder data using for-await...of loops
   */
  [Symbol.asyncIterator]() {
    return this.encode();
  }
};
_CRLF = /* @__PURE__ */ new WeakMap();
_CRLF_BYTES = /* @__PURE__ */ new WeakMap();
_CRLF_BYTES_LENGTH = /* @__PURE__ */ new WeakMap();
_DASHES = /* @__PURE__ */ new WeakMap();
_encoder = /* @__PURE__ */ new WeakMap();
_footer = /* @__PURE__ */ new WeakMap();
_form = /* @__PURE__ */ new WeakMap();
_options = /* @__PURE__ */ new WeakMap();
_FormDataEncoder_instances = /* @__PURE__ */ new WeakSet();
getFieldHeader_fn = function(name, value) {
  let header = "";
  header += `${__privateGet(this, _DASHES)}${this.boundary}${__privateGet(this, _CRLF)}`;
  header += `Content-Disposition: form-data; name="${escapeName(name)}"`;
  if (isFile(value)) {
    header += `; filename="${escapeName(value.name)}"${__privateGet(this, _CRLF)}`;
    header += `Content-Type: ${value.type || "application/octet-stream"}`;
  }
  if (__privateGet(this, _options).enableAdditionalHeaders === true) {
    const size = isFile(value) ? value.size : value.byteLength;
    if (size != null && !isNaN(size)) {
      header += `${__privateGet(this, _CRLF)}Content-Length: ${size}`;
    }
  }
  return __privateGet(this, _encoder).encode(`${header}${__privateGet(this, _CRLF).repeat(2)}`);
};
getContentLength_fn = function() {
  let length = 0;
  for (const [name, raw] of __privateGet(this, _form)) {
    const value = isFile(raw) ? raw : __privateGet(this, _encoder).encode(normalizeValue(raw));
    const size = isFile(value) ? value.size : value.byteLength;
    if (size == null || isNaN(size)) {
      return void 0;
    }
    length += __privateMethod(this, _FormDataEncoder_instances, getFieldHeader_fn).call(this, name, value).byteLength;
    length += size;
    length += __privateGet(this, _CRLF_BYTES_LENGTH);
  }
  return String(length + __privateGet(this, _footer).byteLength);
};

// node_modules/got/dist/source/core/utils/timer.js
import { errorMonitor } from "node:events";
import { types } from "node:util";

// node_modules/got/dist/source/core/utils/defer-to-connect.js
function isTlsSocket(socket) {
  return "encrypted" in socket;
}
var deferToConnect = (socket, fn) => {
  let listeners;
  if (typeof fn === "function") {
    const connect = fn;
    listeners = { connect };
  } else {
    listeners = fn;
  }
  const hasConnectListener = typeof listeners.connect === "function";
  const hasSecureConnectListener = typeof listeners.secureConnect === "function";
  const hasCloseListener = typeof listeners.close === "function";
  const onConnect = () => {
    if (hasConnectListener) {
      listeners.connect();
    }
    if (isTlsSocket(socket) && hasSecureConnectListener) {
      if (socket.authorized) {
        listeners.secureConnect();
      } else {
        socket.once("secureConnect", listeners.secureConnect);
      }
    }
    if (hasCloseListener) {
      socket.once("close", listeners.close);
    }
  };
  if (socket.writable && !socket.connecting) {
    onConnect();
  } else if (socket.connecting) {
    socket.once("connect", onConnect);
  } else if (socket.destroyed && hasCloseListener) {
    const hadError = "_hadError" in socket ? Boolean(socket._hadError) : false;
    listeners.close(hadError);
  }
};
var defer_to_connect_default = deferToConnect;

// node_modules/got/dist/source/core/utils/timer.js
var timer = (request) => {
  if (request.timings) {
    return request.timings;
  }
  const timings = {
    start: Date.now(),
    socket: void 0,
    lookup: void 0,
    connect: void 0,
    secureConnect: void 0,
    upload: void 0,
    response: void 0,
    end: void 0,
    error: void 0,
    abort: void 0,
    phases: {
      wait: void 0,
      dns: void 0,
      tcp: void 0,
      tls: void 0,
      request: void 0,
      firstByte: void 0,
      download: void 0,
      total: void 0
    }
  };
  request.timings = timings;
  const handleError = (origin) => {
    origin.once(errorMonitor, () => {
      timings.error = Date.now();
      timings.phases.total = timings.error - timings.start;
    });
  };
  handleError(request);
  const onAbort = () => {
    timings.abort = Date.now();
    timings.phases.total = timings.abort - timings.start;
  };
  request.prependOnceListener("abort", onAbort);
  const onSocket = (socket) => {
    timings.socket = Date.now();
    timings.phases.wait = timings.socket - timings.start;
    if (types.isProxy(socket)) {
      return;
    }
    const socketAlreadyConnected = socket.writable && !socket.connecting;
    if (socketAlreadyConnected) {
      timings.lookup = timings.socket;
      timings.connect = timings.socket;
      if (socket.__initial_connection_timings__) {
        timings.phases.dns = socket.__initial_connection_timings__.dnsPhase;
        timings.phases.tcp = socket.__initial_connection_timings__.tcpPhase;
        timings.phases.tls = socket.__initial_connection_timings__.tlsPhase;
        if (timings.phases.tls !== void 0) {
          timings.secureConnect = timings.socket;
        }
      } else {
        timings.phases.dns = 0;
        timings.phases.tcp = 0;
      }
      return;
    }
    const lookupListener = () => {
      timings.lookup = Date.now();
      timings.phases.dns = timings.lookup - timings.socket;
    };
    socket.prependOnceListener("lookup", lookupListener);
    defer_to_connect_default(socket, {
      connect() {
        timings.connect = Date.now();
        if (timings.lookup === void 0) {
          socket.removeListener("lookup", lookupListener);
          timings.lookup = timings.socket;
          timings.phases.dns = 0;
        }
        timings.phases.tcp = timings.connect - timings.lookup;
        if (timings.phases.tcp === 0 && timings.phases.dns && timings.phases.dns > 0) {
          timings.phases.dns = 0;
        }
        if (!socket.__initial_connection_timings__) {
          socket.__initial_connection_timings__ = {
            dnsPhase: timings.phases.dns,
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- TypeScript can't prove this is defined due to callback structure
            tcpPhase: timings.phases.tcp
          };
        }
      },
      secureConnect() {
        timings.secureConnect = Date.now();
        timings.phases.tls = timings.secureConnect - timings.connect;
        if (socket.__initial_connection_timings__) {
          socket.__initial_connection_timings__.tlsPhase = timings.phases.tls;
        }
      }
    });
  };
  if (request.socket) {
    onSocket(request.socket);
  } else {
    request.prependOnceListener("socket", onSocket);
  }
  const onUpload = () => {
    timings.upload = Date.now();
    const secureOrConnect = timings.secureConnect ?? timings.connect;
    if (secureOrConnect !== void 0) {
      timings.phases.request = timings.upload - secureOrConnect;
    }
  };
  if (request.writableFinished) {
    onUpload();
  } else {
    request.prependOnceListener("finish", onUpload);
  }
  request.prependOnceListener("response", (response) => {
    timings.response = Date.now();
    timings.phases.firstByte = timings.response - timings.upload;
    response.timings = timings;
    handleError(response);
    response.prependOnceListener("end", () => {
      request.off("abort", onAbort);
      response.off("aborted", onAbort);
      if (timings.phases.total !== void 0) {
        return;
      }
      timings.end = Date.now();
      timings.phases.download = timings.end - timings.response;
      timings.phases.total = timings.end - timings.start;
    });
    response.prependOnceListener("aborted", onAbort);
  });
  return timings;
};
var timer_default = timer;

// node_modules/got/dist/source/core/utils/get-body-size.js
import { promisify } from "node:util";

// node_modules/got/dist/source/core/utils/is-form-data.js
function isFormData3(body) {
  return distribution_default.nodeStream(body) && distribution_default.function(body.getBoundary);
}

// node_modules/got/dist/source/core/utils/get-body-size.js
async function getBodySize(body, headers) {
  if (headers && "content-length" in headers) {
    return Number(headers["content-length"]);
  }
  if (!body) {
    return 0;
  }
  if (distribution_default.string(body)) {
    return new TextEncoder().encode(body).byteLength;
  }
  if (distribution_default.buffer(body)) {
    return body.length;
  }
  if (distribution_default.typedArray(body)) {
    return body.byteLength;
  }
  if (isFormData3(body)) {
    try {
      return await promisify(body.getLength.bind(body))();
    } catch (error) {
      const typedError = error;
      throw new Error(`Cannot determine content-length for form-data with stream(s) of unknown length. This is a limitation of the \`form-data\` package. To fix this, either:
1. Use the \`knownLength\` option when appending streams:
   form.append('file', stream, {knownLength: 12345});
2. Switch to spec-compliant FormData (formdata-node package)
See: https://github.com/form-data/form-data#alternative-submission-methods
Original error: ${typedError.message}`);
    }
  }
  return void 0;
}

// node_modules/got/dist/source/core/utils/proxy-events.js
function proxyEvents(from, to, events) {
  const eventFunctions = {};
  for (const event of events) {
    const eventFunction = (...arguments_) => {
      to.emit(event, ...arguments_);
    };
    eventFunctions[event] = eventFunction;
    from.on(event, eventFunction);
  }
  return () => {
    for (const [event, eventFunction] of Object.entries(eventFunctions)) {
      from.off(event, eventFunction);
    }
  };
}

// node_modules/got/dist/source/core/timed-out.js
import net from "node:net";

// node_modules/got/dist/source/core/utils/unhandle.js
function unhandle() {
  const handlers = [];
  return {
    once(origin, event, function_) {
      origin.once(event, function_);
      handlers.push({ origin, event, fn: function_ });
    },
    unhandleAll() {
      for (const handler of handlers) {
        const { origin, event, fn } = handler;
        origin.removeListener(event, fn);
      }
      handlers.length = 0;
    }
  };
}

// node_modules/got/dist/source/core/timed-out.js
var reentry = /* @__PURE__ */ Symbol("reentry");
var noop2 = () => {
};
var TimeoutError2 = class extends Error {
  event;
  name = "TimeoutError";
  code = "ETIMEDOUT";
  constructor(threshold, event) {
    super(`Timeout awaiting '${event}' for ${threshold}ms`);
    this.event = event;
  }
};
function timedOut(request, delays, options) {
  if (reentry in request) {
    return noop2;
  }
  request[reentry] = true;
  const cancelers = [];
  const { once, unhandleAll } = unhandle();
  const handled = /* @__PURE__ */ new Map();
  const addTimeout = (delay2, callback, event) => {
    const timeout = setTimeout(callback, delay2, delay2, event);
    timeout.unref?.();
    const cancel = () => {
      handled.set(event, true);
      clearTimeout(timeout);
    };
    cancelers.push(cancel);
    return cancel;
  };
  const { host, hostname } = options;
  const timeoutHandler = (delay2, event) => {
    setTimeout(() => {
      if (!handled.has(event)) {
        request.destroy(new TimeoutError2(delay2, event));
      }
    }, 0);
  };
  const cancelTimeouts = () => {
    for (const cancel of cancelers) {
      cancel();
    }
    unhandleAll();
  };
  request.once("error", (error) => {
    cancelTimeouts();
    if (request.listenerCount("error") === 0) {
      throw error;
    }
  });
  if (delays.request !== void 0) {
    const cancelTimeout = addTimeout(delays.request, timeoutHandler, "request");
    once(request, "response", (response) => {
      once(response, "end", cancelTimeout);
    });
  }
  if (delays.socket !== void 0) {
    const { socket } = delays;
    const socketTimeoutHandler = () => {
      timeoutHandler(socket, "socket");
    };
    request.setTimeout(socket, socketTimeoutHandler);
    cancelers.push(() => {
      request.removeListener("timeout", socketTimeoutHandler);
    });
  }
  const hasLookup = delays.lookup !== void 0;
  const hasConnect = delays.connect !== void 0;
  const hasSecureConnect = delays.secureConnect !== void 0;
  const hasSend = delays.send !== void 0;
  if (hasLookup || hasConnect || hasSecureConnect || hasSend) {
    once(request, "socket", (socket) => {
      const { socketPath } = request;
      if (socket.connecting) {
        const hasPath = Boolean(socketPath ?? net.isIP(hostname ?? host ?? "") !== 0);
        if (hasLookup && !hasPath && socket.address().address === void 0) {
          const cancelTimeout = addTimeout(delays.lookup, timeoutHandler, "lookup");
          once(socket, "lookup", cancelTimeout);
        }
        if (hasConnect) {
          const timeConnect = () => addTimeout(delays.connect, timeoutHandler, "connect");
          if (hasPath) {
            once(socket, "connect", timeConnect());
          } else {
            once(socket, "lookup", (error) => {
              if (error === null) {
                once(socket, "connect", timeConnect());
              }
            });
          }
        }
        if (hasSecureConnect && options.protocol === "https:") {
          once(socket, "connect", () => {
            const cancelTimeout = addTimeout(delays.secureConnect, timeoutHandler, "secureConnect");
            once(socket, "secureConnect", cancelTimeout);
          });
        }
      }
      if (hasSend) {
        const timeRequest = () => addTimeout(delays.send, timeoutHandler, "send");
        if (socket.connecting) {
          once(socket, "connect", () => {
            once(request, "upload-complete", timeRequest());
          });
        } else {
          once(request, "upload-complete", timeRequest());
        }
      }
    });
  }
  if (delays.response !== void 0) {
    once(request, "upload-complete", () => {
      const cancelTimeout = addTimeout(delays.response, timeoutHandler, "response");
      once(request, "response", cancelTimeout);
    });
  }
  if (delays.read !== void 0) {
    once(request, "response", (response) => {
      const cancelTimeout = addTimeout(delays.read, timeoutHandler, "read");
      once(response, "end", cancelTimeout);
    });
  }
  return cancelTimeouts;
}

// node_modules/got/dist/source/core/utils/url-to-options.js
function urlToOptions(url) {
  url = url;
  const options = {
    protocol: url.protocol,
    hostname: distribution_default.string(url.hostname) && url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname,
    host: url.host,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    href: url.href,
    path: `${url.pathname || ""}${url.search || ""}`
  };
  if (distribution_default.string(url.port) && url.port.length > 0) {
    options.port = Number(url.port);
  }
  if (url.username || url.password) {
    options.auth = `${url.username || ""}:${url.password || ""}`;
  }
  return options;
}

// node_modules/got/dist/source/core/utils/weakable-map.js
var WeakableMap = class {
  weakMap = /* @__PURE__ */ new WeakMap();
  map = /* @__PURE__ */ new Map();
  set(key, value) {
    if (typeof key === "object") {
      this.weakMap.set(key, value);
    } else {
      this.map.set(key, value);
    }
  }
  get(key) {
    if (typeof key === "object") {
      return this.weakMap.get(key);
    }
    return this.map.get(key);
  }
  has(key) {
    if (typeof key === "object") {
      return this.weakMap.has(key);
    }
    return this.map.has(key);
  }
};

// node_modules/got/dist/source/core/calculate-retry-delay.js
var calculateRetryDelay = ({ attemptCount, retryOptions, error, retryAfter, computedValue }) => {
  if (error.name === "RetryError") {
    return 1;
  }
  if (attemptCount > retryOptions.limit) {
    return 0;
  }
  const hasMethod = retryOptions.methods.includes(error.options.method);
  const hasErrorCode = retryOptions.errorCodes.includes(error.code);
  const hasStatusCode = error.response && retryOptions.statusCodes.includes(error.response.statusCode);
  if (!hasMethod || !hasErrorCode && !hasStatusCode) {
    return 0;
  }
  if (error.response) {
    if (retryAfter) {
      if (retryAfter > computedValue) {
        return 0;
      }
      return retryAfter;
    }
    if (error.response.statusCode === 413) {
      return 0;
    }
  }
  const noise = Math.random() * retryOptions.noise;
  return Math.min(2 ** (attemptCount - 1) * 1e3, retryOptions.backoffLimit) + noise;
};
var calculate_retry_delay_default = calculateRetryDelay;

// node_modules/got/dist/source/core/options.js
import process2 from "node:process";
import { promisify as promisify3, inspect } from "node:util";
import { checkServerIdentity } from "node:tls";
import https from "node:https";
import http from "node:http";

// node_modules/cacheable-lookup/source/index.js
import {
  V4MAPPED,
  ADDRCONFIG,
  ALL,
  promises as dnsPromises,
  lookup as dnsLookup
} from "node:dns";
import { promisify as promisify2 } from "node:util";
import os from "node:os";
var { Resolver: AsyncResolver } = dnsPromises;
var kCacheableLookupCreateConnection = /* @__PURE__ */ Symbol("cacheableLookupCreateConnection");
var kCacheableLookupInstance = /* @__PURE__ */ Symbol("cacheableLookupInstance");
var kExpires = /* @__PURE__ */ Symbol("expires");
var supportsALL = typeof ALL === "number";
var verifyAgent = (agent) => {
  if (!(agent && typeof agent.createConnection === "function")) {
    throw new Error("Expected an Agent instance as the first argument");
  }
};
var map4to6 = (entries2) => {
  for (const entry of entries2) {
    if (entry.family === 6) {
      continue;
    }
    entry.address = `::ffff:${entry.address}`;
    entry.family = 6;
  }
};
var getIfaceInfo = () => {
  let has4 = false;
  let has6 = false;
  for (const device of Object.values(os.networkInterfaces())) {
    for (const iface of device) {
      if (iface.internal) {
        continue;
      }
      if (iface.family === "IPv6") {
        has6 = true;
      } else {
        has4 = true;
      }
      if (has4 && has6) {
        return { has4, has6 };
      }
    }
  }
  return { has4, has6 };
};
var isIterable2 = (map) => {
  return Symbol.iterator in map;
};
var ignoreNoResultErrors = (dnsPromise) => {
  return dnsPromise.catch((error) => {
    if (error.code === "ENODATA" || error.code === "ENOTFOUND" || error.code === "ENOENT") {
      return [];
    }
    throw error;
  });
};
var ttl = { ttl: true };
var all = { all: true };
var all4 = { all: true, family: 4 };
var all6 = { all: true, family: 6 };
var CacheableLookup = class {
  constructor({
    cache = /* @__PURE__ */ new Map(),
    maxTtl = Infinity,
    fallbackDuration = 3600,
    errorTtl = 0.15,
    resolver = new AsyncResolver(),
    lookup = dnsLookup
  } = {}) {
    this.maxTtl = maxTtl;
    this.errorTtl = errorTtl;
    this._cache = cache;
    this._resolver = resolver;
    this._dnsLookup = lookup && promisify2(lookup);
    this.stats = {
      cache: 0,
      query: 0
    };
    if (this._resolver instanceof AsyncResolver) {
      this._resolve4 = this._resolver.resolve4.bind(this._resolver);
      this._resolve6 = this._resolver.resolve6.bind(this._resolver);
    } else {
      this._resolve4 = promisify2(this._resolver.resolve4.bind(this._resolver));
      this._resolve6 = promisify2(this._resolver.resolve6.bind(this._resolver));
    }
    this._iface = getIfaceInfo();
    this._pending = {};
    this._nextRemovalTime = false;
    this._hostnamesToFallback = /* @__PURE__ */ new Set();
    this.fallbackDuration = fallbackDuration;
    if (fallbackDuration > 0) {
      const interval = setInterval(() => {
        this._hostnamesToFallback.clear();
      }, fallbackDuration * 1e3);
      if (interval.unref) {
        interval.unref();
      }
      this._fallbackInterval = interval;
    }
    this.lookup = this.lookup.bind(this);
    this.lookupAsync = this.lookupAsync.bind(this);
  }
  set servers(servers) {
    this.clear();
    this._resolver.setServers(servers);
  }
  get servers() {
    return this._resolver.getServers();
  }
  lookup(hostname, options, callback) {
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if (typeof options === "number") {
      options = {
        family: options
      };
    }
    if (!callback) {
      throw new Error("Callback must be a function.");
    }
    this.lookupAsync(hostname, options).then((result) => {
      if (options.all) {
        callback(null, result);
      } else {
        callback(null, result.address, result.family, result.expires, result.ttl, result.source);
      }
    }, callback);
  }
  async lookupAsync(hostname, options = {}) {
    if (typeof options === "number") {
      options = {
        family: options
      };
    }
    let cached = await this.query(hostname);
    if (options.family === 6) {
      const filtered = cached.filter((entry) => entry.family === 6);
      if (options.hints & V4MAPPED) {
        if (supportsALL && options.hints & ALL || filtered.length === 0) {
          map4to6(cached);
        } else {
          cached = filtered;
        }
      } else {
        cached = filtered;
      }
    } else if (options.family === 4) {
      cached = cached.filter((entry) => entry.family === 4);
    }
    if (options.hints & ADDRCONFIG) {
      const { _iface } = this;
      cached = cached.filter((entry) => entry.family === 6 ? _iface.has6 : _iface.has4);
    }
    if (cached.length === 0) {
      const error = new Error(`cacheableLookup ENOTFOUND ${hostname}`);
      error.code = "ENOTFOUND";
      error.hostname = hostname;
      throw error;
    }
    if (options.all) {
      return cached;
    }
    return cached[0];
  }
  async query(hostname) {
    let source = "cache";
    let cached = await this._cache.get(hostname);
    if (cached) {
      this.stats.cache++;
    }
    if (!cached) {
      const pending = this._pending[hostname];
      if (pending) {
        this.stats.cache++;
        cached = await pending;
      } else {
        source = "query";
        const newPromise = this.queryAndCache(hostname);
        this._pending[hostname] = newPromise;
        this.stats.query++;
        try {
          cached = await newPromise;
        } finally {
          delete this._pending[hostname];
        }
      }
    }
    cached = cached.map((entry) => {
      return { ...entry, source };
    });
    return cached;
  }
  async _resolve(hostname) {
    const [A, AAAA] = await Promise.all([
      ignoreNoResultErrors(this._resolve4(hostname, ttl)),
      ignoreNoResultErrors(this._resolve6(hostname, ttl))
    ]);
    let aTtl = 0;
    let aaaaTtl = 0;
    let cacheTtl = 0;
    const now = Date.now();
    for (const entry of A) {
      entry.family = 4;
      entry.expires = now + entry.ttl * 1e3;
      aTtl = Math.max(aTtl, entry.ttl);
    }
    for (const entry of AAAA) {
      entry.family = 6;
      entry.expires = now + entry.ttl * 1e3;
      aaaaTtl = Math.max(aaaaTtl, entry.ttl);
    }
    if (A.length > 0) {
      if (AAAA.length > 0) {
        cacheTtl = Math.min(aTtl, aaaaTtl);
      } else {
        cacheTtl = aTtl;
      }
    } else {
      cacheTtl = aaaaTtl;
    }
    return {
      entries: [
        ...A,
        ...AAAA
      ],
      cacheTtl
    };
  }
  async _lookup(hostname) {
    try {
      const [A, AAAA] = await Promise.all([
        // Passing {all: true} doesn't return all IPv4 and IPv6 entries.
        // See https://github.com/szmarczak/cacheable-lookup/issues/42
        ignoreNoResultErrors(this._dnsLookup(hostname, all4)),
        ignoreNoResultErrors(this._dnsLookup(hostname, all6))
      ]);
      return {
        entries: [
          ...A,
          ...AAAA
        ],
        cacheTtl: 0
      };
    } catch {
      return {
        entries: [],
        cacheTtl: 0
      };
    }
  }
  async _set(hostname, data, cacheTtl) {
    if (this.maxTtl > 0 && cacheTtl > 0) {
      cacheTtl = Math.min(cacheTtl, this.maxTtl) * 1e3;
      data[kExpires] = Date.now() + cacheTtl;
      try {
        await this._cache.set(hostname, data, cacheTtl);
      } catch (error) {
        this.lookupAsync = async () => {
          const cacheError = new Error("Cache Error. Please recreate the CacheableLookup instance.");
          cacheError.cause = error;
          throw cacheError;
        };
      }
      if (isIterable2(this._cache)) {
        this._tick(cacheTtl);
      }
    }
  }
  async queryAndCache(hostname) {
    if (this._hostnamesToFallback.has(hostname)) {
      return this._dnsLookup(hostname, all);
    }
    let query = await this._resolve(hostname);
    if (query.entries.length === 0 && this._dnsLookup) {
      query = await this._lookup(hostname);
      if (query.entries.length !== 0 && this.fallbackDuration > 0) {
        this._hostnamesToFallback.add(hostname);
      }
    }
    const cacheTtl = query.entries.length === 0 ? this.errorTtl : query.cacheTtl;
    await this._set(hostname, query.entries, cacheTtl);
    return query.entries;
  }
  _tick(ms) {
    const nextRemovalTime = this._nextRemovalTime;
    if (!nextRemovalTime || ms < nextRemovalTime) {
      clearTimeout(this._removalTimeout);
      this._nextRemovalTime = ms;
      this._removalTimeout = setTimeout(() => {
        this._nextRemovalTime = false;
        let nextExpiry = Infinity;
        const now = Date.now();
        for (const [hostname, entries2] of this._cache) {
          const expires = entries2[kExpires];
          if (now >= expires) {
            this._cache.delete(hostname);
          } else if (expires < nextExpiry) {
            nextExpiry = expires;
          }
        }
        if (nextExpiry !== Infinity) {
          this._tick(nextExpiry - now);
        }
      }, ms);
      if (this._removalTimeout.unref) {
        this._removalTimeout.unref();
      }
    }
  }
  install(agent) {
    verifyAgent(agent);
    if (kCacheableLookupCreateConnection in agent) {
      throw new Error("CacheableLookup has been already installed");
    }
    agent[kCacheableLookupCreateConnection] = agent.createConnection;
    agent[kCacheableLookupInstance] = this;
    agent.createConnection = (options, callback) => {
      if (!("lookup" in options)) {
        options.lookup = this.lookup;
      }
      return agent[kCacheableLookupCreateConnection](options, callback);
    };
  }
  uninstall(agent) {
    verifyAgent(agent);
    if (agent[kCacheableLookupCreateConnection]) {
      if (agent[kCacheableLookupInstance] !== this) {
        throw new Error("The agent is not owned by this CacheableLookup instance");
      }
      agent.createConnection = agent[kCacheableLookupCreateConnection];
      delete agent[kCacheableLookupCreateConnection];
      delete agent[kCacheableLookupInstance];
    }
  }
  updateInterfaceInfo() {
    const { _iface } = this;
    this._iface = getIfaceInfo();
    if (_iface.has4 && !this._iface.has4 || _iface.has6 && !this._iface.has6) {
      this._cache.clear();
    }
  }
  clear(hostname) {
    if (hostname) {
      this._cache.delete(hostname);
      return;
    }
    this._cache.clear();
  }
};

// node_modules/got/dist/source/core/options.js
var import_http2_wrapper = __toESM(require_source(), 1);

// node_modules/got/dist/source/core/parse-link-header.js
function parseLinkHeader(link2) {
  const parsed = [];
  const items = link2.split(",");
  for (const item of items) {
    const [rawUriReference, ...rawLinkParameters] = item.split(";");
    const trimmedUriReference = rawUriReference.trim();
    if (trimmedUriReference[0] !== "<" || trimmedUriReference.at(-1) !== ">") {
      throw new Error(`Invalid format of the Link header reference: ${trimmedUriReference}`);
    }
    const reference = trimmedUriReference.slice(1, -1);
    const parameters = {};
    if (rawLinkParameters.length === 0) {
      throw new Error(`Unexpected end of Link header parameters: ${rawLinkParameters.join(";")}`);
    }
    for (const rawParameter of rawLinkParameters) {
      const trimmedRawParameter = rawParameter.trim();
      const center = trimmedRawParameter.indexOf("=");
      if (center === -1) {
        throw new Error(`Failed to parse Link header: ${link2}`);
      }
      const name = trimmedRawParameter.slice(0, center).trim();
      const value = trimmedRawParameter.slice(center + 1).trim();
      parameters[name] = value;
    }
    parsed.push({
      reference,
      parameters
    });
  }
  return parsed;
}

// node_modules/got/dist/source/core/options.js
var [major, minor] = process2.versions.node.split(".").map(Number);
function wrapAssertionWithContext(optionName, assertionFn) {
  try {
    assertionFn();
  } catch (error) {
    if (error instanceof Error) {
      error.message = `Option '${optionName}': ${error.message}`;
    }
    throw error;
  }
}
function assertAny2(optionName, validators, value) {
  wrapAssertionWithContext(optionName, () => {
    assert.any(validators, value);
  });
}
function assertPlainObject2(optionName, value) {
  wrapAssertionWithContext(optionName, () => {
    assert.plainObject(value);
  });
}
function validateSearchParameters(searchParameters) {
  for (const key in searchParameters) {
    const value = searchParameters[key];
    assertAny2(`searchParams.${key}`, [distribution_default.string, distribution_default.number, distribution_default.boolean, distribution_default.null, distribution_default.undefined], value);
  }
}
var globalCache = /* @__PURE__ */ new Map();
var globalDnsCache;
var getGlobalDnsCache = () => {
  if (globalDnsCache) {
    return globalDnsCache;
  }
  globalDnsCache = new CacheableLookup();
  return globalDnsCache;
};
var wrapQuickLruIfNeeded = (value) => {
  if (value?.[Symbol.toStringTag] === "QuickLRU" && typeof value.evict === "function") {
    return {
      get(key) {
        return value.get(key);
      },
      set(key, cacheValue, ttl2) {
        if (ttl2 === void 0) {
          value.set(key, cacheValue);
        } else {
          value.set(key, cacheValue, { maxAge: ttl2 });
        }
        return true;
      },
      delete(key) {
        return value.delete(key);
      },
      clear() {
        return value.clear();
      },
      has(key) {
        return value.has(key);
      }
    };
  }
  return value;
};
var defaultInternals = {
  request: void 0,
  agent: {
    http: void 0,
    https: void 0,
    http2: void 0
  },
  h2session: void 0,
  decompress: true,
  timeout: {
    connect: void 0,
    lookup: void 0,
    read: void 0,
    request: void 0,
    response: void 0,
    secureConnect: void 0,
    send: void 0,
    socket: void 0
  },
  prefixUrl: "",
  body: void 0,
  form: void 0,
  json: void 0,
  cookieJar: void 0,
  ignoreInvalidCookies: false,
  searchParams: void 0,
  dnsLookup: void 0,
  dnsCache: void 0,
  context: {},
  hooks: {
    init: [],
    beforeRequest: [],
    beforeError: [],
    beforeRedirect: [],
    beforeRetry: [],
    beforeCache: [],
    afterResponse: []
  },
  followRedirect: true,
  maxRedirects: 10,
  cache: void 0,
  throwHttpErrors: true,
  username: "",
  password: "",
  http2: false,
  allowGetBody: false,
  copyPipedHeaders: true,
  headers: {
    "user-agent": "got (https://github.com/sindresorhus/got)"
  },
  methodRewriting: false,
  dnsLookupIpVersion: void 0,
  parseJson: JSON.parse,
  stringifyJson: JSON.stringify,
  retry: {
    limit: 2,
    methods: [
      "GET",
      "PUT",
      "HEAD",
      "DELETE",
      "OPTIONS",
      "TRACE"
    ],
    statusCodes: [
      408,
      413,
      429,
      500,
      502,
      503,
      504,
      521,
      522,
      524
    ],
    errorCodes: [
      "ETIMEDOUT",
      "ECONNRESET",
      "EADDRINUSE",
      "ECONNREFUSED",
      "EPIPE",
      "ENOTFOUND",
      "ENETUNREACH",
      "EAI_AGAIN"
    ],
    maxRetryAfter: void 0,
    calculateDelay: ({ computedValue }) => computedValue,
    backoffLimit: Number.POSITIVE_INFINITY,
    noise: 100,
    // TODO: Change default to `true` in the next major version to fix https://github.com/sindresorhus/got/issues/2243
    enforceRetryRules: false
  },
  localAddress: void 0,
  method: "GET",
  createConnection: void 0,
  cacheOptions: {
    shared: void 0,
    cacheHeuristic: void 0,
    immutableMinTimeToLive: void 0,
    ignoreCargoCult: void 0
  },
  https: {
    alpnProtocols: void 0,
    rejectUnauthorized: void 0,
    checkServerIdentity: void 0,
    serverName: void 0,
    certificateAuthority: void 0,
    key: void 0,
    certificate: void 0,
    passphrase: void 0,
    pfx: void 0,
    ciphers: void 0,
    honorCipherOrder: void 0,
    minVersion: void 0,
    maxVersion: void 0,
    signatureAlgorithms: void 0,
    tlsSessionLifetime: void 0,
    dhparam: void 0,
    ecdhCurve: void 0,
    certificateRevocationLists: void 0,
    secureOptions: void 0
  },
  encoding: void 0,
  resolveBodyOnly: false,
  isStream: false,
  responseType: "text",
  url: void 0,
  pagination: {
    transform(response) {
      if (response.request.options.responseType === "json") {
        return response.body;
      }
      return JSON.parse(response.body);
    },
    paginate({ response }) {
      const rawLinkHeader = response.headers.link;
      if (typeof rawLinkHeader !== "string" || rawLinkHeader.trim() === "") {
        return false;
      }
      const parsed = parseLinkHeader(rawLinkHeader);
      const next = parsed.find((entry) => entry.parameters.rel === "next" || entry.parameters.rel === '"next"');
      if (next) {
        return {
          url: new URL(next.reference, response.url)
        };
      }
      return false;
    },
    filter: () => true,
    shouldContinue: () => true,
    countLimit: Number.POSITIVE_INFINITY,
    backoff: 0,
    requestLimit: 1e4,
    stackAllItems: false
  },
  setHost: true,
  maxHeaderSize: void 0,
  signal: void 0,
  enableUnixSockets: false,
  strictContentLength: false
};
var cloneInternals = (internals) => {
  const { hooks, retry } = internals;
  const result = {
    ...internals,
    context: { ...internals.context },
    cacheOptions: { ...internals.cacheOptions },
    https: { ...internals.https },
    agent: { ...internals.agent },
    headers: { ...internals.headers },
    retry: {
      ...retry,
      errorCodes: [...retry.errorCodes],
      methods: [...retry.methods],
      statusCodes: [...retry.statusCodes]
    },
    timeout: { ...internals.timeout },
    hooks: {
      init: [...hooks.init],
      beforeRequest: [...hooks.beforeRequest],
      beforeError: [...hooks.beforeError],
      beforeRedirect: [...hooks.beforeRedirect],
      beforeRetry: [...hooks.beforeRetry],
      beforeCache: [...hooks.beforeCache],
      afterResponse: [...hooks.afterResponse]
    },
    searchParams: internals.searchParams ? new URLSearchParams(internals.searchParams) : void 0,
    pagination: { ...internals.pagination }
  };
  return result;
};
var cloneRaw = (raw) => {
  const { hooks, retry } = raw;
  const result = { ...raw };
  if (distribution_default.object(raw.context)) {
    result.context = { ...raw.context };
  }
  if (distribution_default.object(raw.cacheOptions)) {
    result.cacheOptions = { ...raw.cacheOptions };
  }
  if (distribution_default.object(raw.https)) {
    result.https = { ...raw.https };
  }
  if (distribution_default.object(raw.cacheOptions)) {
    result.cacheOptions = { ...result.cacheOptions };
  }
  if (distribution_default.object(raw.agent)) {
    result.agent = { ...raw.agent };
  }
  if (distribution_default.object(raw.headers)) {
    result.headers = { ...raw.headers };
  }
  if (distribution_default.object(retry)) {
    result.retry = { ...retry };
    if (distribution_default.array(retry.errorCodes)) {
      result.retry.errorCodes = [...retry.errorCodes];
    }
    if (distribution_default.array(retry.methods)) {
      result.retry.methods = [...retry.methods];
    }
    if (distribution_default.array(retry.statusCodes)) {
      result.retry.statusCodes = [...retry.statusCodes];
    }
  }
  if (distribution_default.object(raw.timeout)) {
    result.timeout = { ...raw.timeout };
  }
  if (distribution_default.object(hooks)) {
    result.hooks = {
      ...hooks
    };
    if (distribution_default.array(hooks.init)) {
      result.hooks.init = [...hooks.init];
    }
    if (distribution_default.array(hooks.beforeRequest)) {
      result.hooks.beforeRequest = [...hooks.beforeRequest];
    }
    if (distribution_default.array(hooks.beforeError)) {
      result.hooks.beforeError = [...hooks.beforeError];
    }
    if (distribution_default.array(hooks.beforeRedirect)) {
      result.hooks.beforeRedirect = [...hooks.beforeRedirect];
    }
    if (distribution_default.array(hooks.beforeRetry)) {
      result.hooks.beforeRetry = [...hooks.beforeRetry];
    }
    if (distribution_default.array(hooks.beforeCache)) {
      result.hooks.beforeCache = [...hooks.beforeCache];
    }
    if (distribution_default.array(hooks.afterResponse)) {
      result.hooks.afterResponse = [...hooks.afterResponse];
    }
  }
  if (raw.searchParams) {
    if (distribution_default.string(raw.searchParams)) {
      result.searchParams = raw.searchParams;
    } else if (raw.searchParams instanceof URLSearchParams) {
      result.searchParams = new URLSearchParams(raw.searchParams);
    } else if (distribution_default.object(raw.searchParams)) {
      result.searchParams = { ...raw.searchParams };
    }
  }
  if (distribution_default.object(raw.pagination)) {
    result.pagination = { ...raw.pagination };
  }
  return result;
};
var getHttp2TimeoutOption = (internals) => {
  const delays = [internals.timeout.socket, internals.timeout.connect, internals.timeout.lookup, internals.timeout.request, internals.timeout.secureConnect].filter((delay2) => typeof delay2 === "number");
  if (delays.length > 0) {
    return Math.min(...delays);
  }
  return void 0;
};
var init = (options, withOptions, self) => {
  const initHooks = options.hooks?.init;
  if (initHooks) {
    for (const hook of initHooks) {
      hook(withOptions, self);
    }
  }
};
var Options = class _Options {
  _unixOptions;
  _internals;
  _merging = false;
  _init;
  constructor(input, options, defaults2) {
    assertAny2("input", [distribution_default.string, distribution_default.urlInstance, distribution_default.object, distribution_default.undefined], input);
    assertAny2("options", [distribution_default.object, distribution_default.undefined], options);
    assertAny2("defaults", [distribution_default.object, distribution_default.undefined], defaults2);
    if (input instanceof _Options || options instanceof _Options) {
      throw new TypeError("The defaults must be passed as the third argument");
    }
    this._internals = cloneInternals(defaults2?._internals ?? defaults2 ?? defaultInternals);
    this._init = [...defaults2?._init ?? []];
    try {
      if (distribution_default.plainObject(input)) {
        try {
          this.merge(input);
          this.merge(options);
        } finally {
          this.url = input.url;
        }
      } else {
        try {
          this.merge(options);
        } finally {
          if (options?.url !== void 0) {
            if (input === void 0) {
              this.url = options.url;
            } else {
              throw new TypeError("The `url` option is mutually exclusive with the `input` argument");
            }
          } else if (input !== void 0) {
            this.url = input;
          }
        }
      }
    } catch (error) {
      error.options = this;
      throw error;
    }
  }
  merge(options) {
    if (!options) {
      return;
    }
    if (options instanceof _Options) {
      const initArray = [...options._init];
      for (const init2 of initArray) {
        this.merge(init2);
      }
      return;
    }
    options = cloneRaw(options);
    init(this, options, this);
    init(options, options, this);
    this._merging = true;
    if ("isStream" in options) {
      this.isStream = options.isStream;
    }
    try {
      let push = false;
      for (const key in options) {
        if (key === "mutableDefaults" || key === "handlers") {
          continue;
        }
        if (key === "url") {
          continue;
        }
        if (key === "preserveHooks") {
          continue;
        }
        if (!(key in this)) {
          throw new Error(`Unexpected option: ${key}`);
        }
        const value = options[key];
        if (value === void 0) {
          continue;
        }
        this[key] = value;
        push = true;
      }
      if (push) {
        this._init.push(options);
      }
    } finally {
      this._merging = false;
    }
  }
  /**
      Custom request function.
      The main purpose of this is to [support HTTP2 using a wrapper](https://github.com/szmarczak/http2-wrapper).
  
      @default http.request | https.request
      */
  get request() {
    return this._internals.request;
  }
  set request(value) {
    assertAny2("request", [distribution_default.function, distribution_default.undefined], value);
    this._internals.request = value;
  }
  /**
      An object representing `http`, `https` and `http2` keys for [`http.Agent`](https://nodejs.org/api/http.html#http_class_http_agent), [`https.Agent`](https://nodejs.org/api/https.html#https_class_https_agent) and [`http2wrapper.Agent`](https://github.com/szmarczak/http2-wrapper#new-http2agentoptions) instance.
      This is necessary because a request to one protocol might redirect to another.
      In such a scenario, Got will switch over to the right protocol agent for you.
  
      If a key is not present, it will default to a global agent.
  
      @example
      ```
      import got from 'got';
      import HttpAgent from 'agentkeepalive';
  
      const {HttpsAgent} = HttpAgent;
  
      await got('https://sindresorhus.com', {
          agent: {
              http: new HttpAgent(),
              https: new HttpsAgent()
          }
      });
      ```
      */
  get agent() {
    return this._internals.agent;
  }
  set agent(value) {
    assertPlainObject2("agent", value);
    for (const key in value) {
      if (!(key in this._internals.agent)) {
        throw new TypeError(`Unexpected agent option: ${key}`);
      }
      assertAny2(`agent.${key}`, [distribution_default.object, distribution_default.undefined, (v) => v === false], value[key]);
    }
    if (this._merging) {
      Object.assign(this._internals.agent, value);
    } else {
      this._internals.agent = { ...value };
    }
  }
  get h2session() {
    return this._internals.h2session;
  }
  set h2session(value) {
    this._internals.h2session = value;
  }
  /**
      Decompress the response automatically.
  
      This will set the `accept-encoding` header to `gzip, deflate, br` unless you set it yourself.
  
      If this is disabled, a compressed response is returned as a `Buffer`.
      This may be useful if you want to handle decompression yourself or stream the raw compressed data.
  
      @default true
      */
  get decompress() {
    return this._internals.decompress;
  }
  set decompress(value) {
    assert.boolean(value);
    this._internals.decompress = value;
  }
  /**
      Milliseconds to wait for the server to end the response before aborting the request with `got.TimeoutError` error (a.k.a. `request` property).
      By default, there's no timeout.
  
      This also accepts an `object` with the following fields to constrain the duration of each phase of the request lifecycle:
  
      - `lookup` starts when a socket is assigned and ends when the hostname has been resolved.
          Does not apply when using a Unix domain socket.
      - `connect` starts when `lookup` completes (or when the socket is assigned if lookup does not apply to the request) and ends when the socket is connected.
      - `secureConnect` starts when `connect` completes and ends when the handshaking process completes (HTTPS only).
      - `socket` starts when the socket is connected. See [request.setTimeout](https://nodejs.org/api/http.html#http_request_settimeout_timeout_callback).
      - `response` starts when the request has been written to the socket and ends when the response headers are received.
      - `send` starts when the socket is connected and ends with the request has been written to the socket.
      - `request` starts when the request is initiated and ends when the response's end event fires.
      */
  get timeout() {
    return this._internals.timeout;
  }
  set timeout(value) {
    assertPlainObject2("timeout", value);
    for (const key in value) {
      if (!(key in this._internals.timeout)) {
        throw new Error(`Unexpected timeout option: ${key}`);
      }
      assertAny2(`timeout.${key}`, [distribution_default.number, distribution_default.undefined], value[key]);
    }
    if (this._merging) {
      Object.assign(this._internals.timeout, value);
    } else {
      this._internals.timeout = { ...value };
    }
  }
  /**
      When specified, `prefixUrl` will be prepended to `url`.
      The prefix can be any valid URL, either relative or absolute.
      A trailing slash `/` is optional - one will be added automatically.
  
      __Note__: `prefixUrl` will be ignored if the `url` argument is a URL instance.
  
      __Note__: Leading slashes in `input` are disallowed when using this option to enforce consistency and avoid confusion.
      For example, when the prefix URL is `https://example.com/foo` and the input is `/bar`, there's ambiguity whether the resulting URL would become `https://example.com/foo/bar` or `https://example.com/bar`.
      The latter is used by browsers.
  
      __Tip__: Useful when used with `got.extend()` to create niche-specific Got instances.
  
      __Tip__: You can change `prefixUrl` using hooks as long as the URL still includes the `prefixUrl`.
      If the URL doesn't include it anymore, it will throw.
  
      @example
      ```
      import got from 'got';
  
      await got('unicorn', {prefixUrl: 'https://cats.com'});
      //=> 'https://cats.com/unicorn'
  
      const instance = got.extend({
          prefixUrl: 'https://google.com'
      });
  
      await instance('unicorn', {
          hooks: {
              beforeRequest: [
                  options => {
                      options.prefixUrl = 'https://cats.com';
                  }
              ]
          }
      });
      //=> 'https://cats.com/unicorn'
      ```
      */
  get prefixUrl() {
    return this._internals.prefixUrl;
  }
  set prefixUrl(value) {
    assertAny2("prefixUrl", [distribution_default.string, distribution_default.urlInstance], value);
    if (value === "") {
      this._internals.prefixUrl = "";
      return;
    }
    value = value.toString();
    if (!value.endsWith("/")) {
      value += "/";
    }
    if (this._internals.prefixUrl && this._internals.url) {
      const { href } = this._internals.url;
      this._internals.url.href = value + href.slice(this._internals.prefixUrl.length);
    }
    this._internals.prefixUrl = value;
  }
  /**
      __Note #1__: The `body` option cannot be used with the `json` or `form` option.
  
      __Note #2__: If you provide this option, `got.stream()` will be read-only.
  
      __Note #3__: If you provide a payload with the `GET` or `HEAD` method, it will throw a `TypeError` unless the method is `GET` and the `allowGetBody` option is set to `true`.
  
      __Note #4__: This option is not enumerable and will not be merged with the instance defaults.
  
      The `content-length` header will be automatically set if `body` is a `string` / `Buffer` / typed array ([`Uint8Array`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Uint8Array), etc.) / [`FormData`](https://developer.mozilla.org/en-US/docs/Web/API/FormData) / [`form-data` instance](https://github.com/form-data/form-data), and `content-length` and `transfer-encoding` are not manually set in `options.headers`.
  
      Since Got 12, the `content-length` is not automatically set when `body` is a `fs.createReadStream`.
  
      You can use `Iterable` and `AsyncIterable` objects as request body, including Web [`ReadableStream`](https://developer.mozilla.org/en-US/docs/Web/API/ReadableStream):
  
      @example
      ```
      import got from 'got';
  
      // Using an async generator
      async function* generateData() {
          yield 'Hello, ';
          yield 'world!';
      }
  
      await got.post('https://httpbin.org/anything', {
          body: generateData()
      });
      ```
      */
  get body() {
    return this._internals.body;
  }
  set body(value) {
    assertAny2("body", [distribution_default.string, distribution_default.buffer, distribution_default.nodeStream, distribution_default.generator, distribution_default.asyncGenerator, distribution_default.iterable, distribution_default.asyncIterable, isFormData2, distribution_default.typedArray, distribution_default.undefined], value);
    if (distribution_default.nodeStream(value)) {
      assert.truthy(value.readable);
    }
    if (value !== void 0) {
      assert.undefined(this._internals.form);
      assert.undefined(this._internals.json);
    }
    this._internals.body = value;
  }
  /**
      The form body is converted to a query string using [`(new URLSearchParams(object)).toString()`](https://nodejs.org/api/url.html#url_constructor_new_urlsearchparams_obj).
  
      If the `Content-Type` header is not present, it will be set to `application/x-www-form-urlencoded`.
  
      __Note #1__: If you provide this option, `got.stream()` will be read-only.
  
      __Note #2__: This option is not enumerable and will not be merged with the instance defaults.
      */
  get form() {
    return this._internals.form;
  }
  set form(value) {
    assertAny2("form", [distribution_default.plainObject, distribution_default.undefined], value);
    if (value !== void 0) {
      assert.undefined(this._internals.body);
      assert.undefined(this._internals.json);
    }
    this._internals.form = value;
  }
  /**
      JSON request body. If the `content-type` header is not set, it will be set to `application/json`.
  
      __Important__: This option only affects the request body you send to the server. To parse the response as JSON, you must either call `.json()` on the promise or set `responseType: 'json'` in the options.
  
      __Note #1__: If you provide this option, `got.stream()` will be read-only.
  
      __Note #2__: This option is not enumerable and will not be merged with the instance defaults.
      */
  get json() {
    return this._internals.json;
  }
  set json(value) {
    if (value !== void 0) {
      assert.undefined(this._internals.body);
      assert.undefined(this._internals.form);
    }
    this._internals.json = value;
  }
  /**
      The URL to request, as a string, a [`https.request` options object](https://nodejs.org/api/https.html#https_https_request_options_callback), or a [WHATWG `URL`](https://nodejs.org/api/url.html#url_class_url).
  
      Properties from `options` will override properties in the parsed `url`.
  
      If no protocol is specified, it will throw a `TypeError`.
  
      __Note__: The query string is **not** parsed as search params.
  
      @example
      ```
      await got('https://example.com/?query=a b'); //=> https://example.com/?query=a%20b
      await got('https://example.com/', {searchParams: {query: 'a b'}}); //=> https://example.com/?query=a+b
  
      // The query string is overridden by `searchParams`
      await got('https://example.com/?query=a b', {searchParams: {query: 'a b'}}); //=> https://example.com/?query=a+b
      ```
      */
  get url() {
    return this._internals.url;
  }
  set url(value) {
    assertAny2("url", [distribution_default.string, distribution_default.urlInstance, distribution_default.undefined], value);
    if (value === void 0) {
      this._internals.url = void 0;
      return;
    }
    if (distribution_default.string(value) && value.startsWith("/")) {
      throw new Error("`url` must not start with a slash");
    }
    const valueString = value.toString();
    const isAbsolute = distribution_default.urlInstance(value) || /^[a-z][a-z\d+.-]*:\/\//i.test(valueString);
    const urlString = isAbsolute ? valueString : `${this.prefixUrl}${valueString}`;
    const url = new URL(urlString);
    this._internals.url = url;
    if (url.protocol === "unix:") {
      url.href = `http://unix${url.pathname}${url.search}`;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      const error = new Error(`Unsupported protocol: ${url.protocol}`);
      error.code = "ERR_UNSUPPORTED_PROTOCOL";
      throw error;
    }
    if (this._internals.username) {
      url.username = this._internals.username;
      this._internals.username = "";
    }
    if (this._internals.password) {
      url.password = this._internals.password;
      this._internals.password = "";
    }
    if (this._internals.searchParams) {
      url.search = this._internals.searchParams.toString();
      this._internals.searchParams = void 0;
    }
    if (url.hostname === "unix") {
      if (!this._internals.enableUnixSockets) {
        throw new Error("Using UNIX domain sockets but option `enableUnixSockets` is not enabled");
      }
      const matches = /(?<socketPath>.+?):(?<path>.+)/.exec(`${url.pathname}${url.search}`);
      if (matches?.groups) {
        const { socketPath, path: path4 } = matches.groups;
        this._unixOptions = {
          socketPath,
          path: path4,
          host: ""
        };
      } else {
        this._unixOptions = void 0;
      }
      return;
    }
    this._unixOptions = void 0;
  }
  /**
      Cookie support. You don't have to care about parsing or how to store them.
  
      __Note__: If you provide this option, `options.headers.cookie` will be overridden.
      */
  get cookieJar() {
    return this._internals.cookieJar;
  }
  set cookieJar(value) {
    assertAny2("cookieJar", [distribution_default.object, distribution_default.undefined], value);
    if (value === void 0) {
      this._internals.cookieJar = void 0;
      return;
    }
    let { setCookie, getCookieString } = value;
    assert.function(setCookie);
    assert.function(getCookieString);
    if (setCookie.length === 4 && getCookieString.length === 0) {
      setCookie = promisify3(setCookie.bind(value));
      getCookieString = promisify3(getCookieString.bind(value));
      this._internals.cookieJar = {
        setCookie,
        getCookieString
      };
    } else {
      this._internals.cookieJar = value;
    }
  }
  /**
      You can abort the `request` using [`AbortController`](https://developer.mozilla.org/en-US/docs/Web/API/AbortController).
  
      @example
      ```
      import got from 'got';
  
      const abortController = new AbortController();
  
      const request = got('https://httpbin.org/anything', {
          signal: abortController.signal
      });
  
      setTimeout(() => {
          abortController.abort();
      }, 100);
      ```
      */
  get signal() {
    return this._internals.signal;
  }
  set signal(value) {
    assert.object(value);
    this._internals.signal = value;
  }
  /**
      Ignore invalid cookies instead of throwing an error.
      Only useful when the `cookieJar` option has been set. Not recommended.
  
      @default false
      */
  get ignoreInvalidCookies() {
    return this._internals.ignoreInvalidCookies;
  }
  set ignoreInvalidCookies(value) {
    assert.boolean(value);
    this._internals.ignoreInvalidCookies = value;
  }
  /**
      Query string that will be added to the request URL.
      This will override the query string in `url`.
  
      If you need to pass in an array, you can do it using a `URLSearchParams` instance.
  
      @example
      ```
      import got from 'got';
  
      const searchParams = new URLSearchParams([['key', 'a'], ['key', 'b']]);
  
      await got('https://example.com', {searchParams});
  
      console.log(searchParams.toString());
      //=> 'key=a&key=b'
      ```
      */
  get searchParams() {
    if (this._internals.url) {
      return this._internals.url.searchParams;
    }
    if (this._internals.searchParams === void 0) {
      this._internals.searchParams = new URLSearchParams();
    }
    return this._internals.searchParams;
  }
  set searchParams(value) {
    assertAny2("searchParams", [distribution_default.string, distribution_default.object, distribution_default.undefined], value);
    const url = this._internals.url;
    if (value === void 0) {
      this._internals.searchParams = void 0;
      if (url) {
        url.search = "";
      }
      return;
    }
    const searchParameters = this.searchParams;
    let updated;
    if (distribution_default.string(value)) {
      updated = new URLSearchParams(value);
    } else if (value instanceof URLSearchParams) {
      updated = value;
    } else {
      validateSearchParameters(value);
      updated = new URLSearchParams();
      for (const key in value) {
        const entry = value[key];
        if (entry === null) {
          updated.append(key, "");
        } else if (entry === void 0) {
          searchParameters.delete(key);
        } else {
          updated.append(key, entry);
        }
      }
    }
    if (this._merging) {
      for (const key of updated.keys()) {
        searchParameters.delete(key);
      }
      for (const [key, value2] of updated) {
        searchParameters.append(key, value2);
      }
    } else if (url) {
      url.search = searchParameters.toString();
    } else {
      this._internals.searchParams = searchParameters;
    }
  }
  get searchParameters() {
    throw new Error("The `searchParameters` option does not exist. Use `searchParams` instead.");
  }
  set searchParameters(_value) {
    throw new Error("The `searchParameters` option does not exist. Use `searchParams` instead.");
  }
  get dnsLookup() {
    return this._internals.dnsLookup;
  }
  set dnsLookup(value) {
    assertAny2("dnsLookup", [distribution_default.function, distribution_default.undefined], value);
    this._internals.dnsLookup = value;
  }
  /**
      An instance of [`CacheableLookup`](https://github.com/szmarczak/cacheable-lookup) used for making DNS lookups.
      Useful when making lots of requests to different *public* hostnames.
  
      `CacheableLookup` uses `dns.resolver4(..)` and `dns.resolver6(...)` under the hood and fall backs to `dns.lookup(...)` when the first two fail, which may lead to additional delay.
  
      __Note__: This should stay disabled when making requests to internal hostnames such as `localhost`, `database.local` etc.
  
      @default false
      */
  get dnsCache() {
    return this._internals.dnsCache;
  }
  set dnsCache(value) {
    assertAny2("dnsCache", [distribution_default.object, distribution_default.boolean, distribution_default.undefined], value);
    if (value === true) {
      this._internals.dnsCache = getGlobalDnsCache();
    } else if (value === false) {
      this._internals.dnsCache = void 0;
    } else {
      this._internals.dnsCache = value;
    }
  }
  /**
      User data. `context` is shallow merged and enumerable. If it contains non-enumerable properties they will NOT be merged.
  
      @example
      ```
      import got from 'got';
  
      const instance = got.extend({
          hooks: {
              beforeRequest: [
                  options => {
                      if (!options.context || !options.context.token) {
                          throw new Error('Token required');
                      }
  
                      options.headers.token = options.context.token;
                  }
              ]
          }
      });
  
      const context = {
          token: 'secret'
      };
  
      const response = await instance('https://httpbin.org/headers', {context});
  
      // Let's see the headers
      console.log(response.body);
      ```
      */
  get context() {
    return this._internals.context;
  }
  set context(value) {
    assert.object(value);
    if (this._merging) {
      Object.assign(this._internals.context, value);
    } else {
      this._internals.context = { ...value };
    }
  }
  /**
  Hooks allow modifications during the request lifecycle.
  Hook functions may be async and are run serially.
  */
  get hooks() {
    return this._internals.hooks;
  }
  set hooks(value) {
    assert.object(value);
    for (const knownHookEvent in value) {
      if (!(knownHookEvent in this._internals.hooks)) {
        throw new Error(`Unexpected hook event: ${knownHookEvent}`);
      }
      const typedKnownHookEvent = knownHookEvent;
      const hooks = value[typedKnownHookEvent];
      assertAny2(`hooks.${knownHookEvent}`, [distribution_default.array, distribution_default.undefined], hooks);
      if (hooks) {
        for (const hook of hooks) {
          assert.function(hook);
        }
      }
      if (this._merging) {
        if (hooks) {
          this._internals.hooks[typedKnownHookEvent].push(...hooks);
        }
      } else {
        if (!hooks) {
          throw new Error(`Missing hook event: ${knownHookEvent}`);
        }
        this._internals.hooks[knownHookEvent] = [...hooks];
      }
    }
  }
  /**
      Whether redirect responses should be followed automatically.
  
      Optionally, pass a function to dynamically decide based on the response object.
  
      Note that if a `303` is sent by the server in response to any request type (`POST`, `DELETE`, etc.), Got will automatically request the resource pointed to in the location header via `GET`.
      This is in accordance with [the spec](https://tools.ietf.org/html/rfc7231#section-6.4.4). You can optionally turn on this behavior also for other redirect codes - see `methodRewriting`.
  
      @default true
      */
  get followRedirect() {
    return this._internals.followRedirect;
  }
  set followRedirect(value) {
    assertAny2("followRedirect", [distribution_default.boolean, distribution_default.function], value);
    this._internals.followRedirect = value;
  }
  get followRedirects() {
    throw new TypeError("The `followRedirects` option does not exist. Use `followRedirect` instead.");
  }
  set followRedirects(_value) {
    throw new TypeError("The `followRedirects` option does not exist. Use `followRedirect` instead.");
  }
  /**
      If exceeded, the request will be aborted and a `MaxRedirectsError` will be thrown.
  
      @default 10
      */
  get maxRedirects() {
    return this._internals.maxRedirects;
  }
  set maxRedirects(value) {
    assert.number(value);
    this._internals.maxRedirects = value;
  }
  /**
      A cache adapter instance for storing cached response data.
  
      @default false
      */
  get cache() {
    return this._internals.cache;
  }
  set cache(value) {
    assertAny2("cache", [distribution_default.object, distribution_default.string, distribution_default.boolean, distribution_default.undefined], value);
    if (value === true) {
      this._internals.cache = globalCache;
    } else if (value === false) {
      this._internals.cache = void 0;
    } else {
      this._internals.cache = wrapQuickLruIfNeeded(value);
    }
  }
  /**
      Determines if a `got.HTTPError` is thrown for unsuccessful responses.
  
      If this is disabled, requests that encounter an error status code will be resolved with the `response` instead of throwing.
      This may be useful if you are checking for resource availability and are expecting error responses.
  
      @default true
      */
  get throwHttpErrors() {
    return this._internals.throwHttpErrors;
  }
  set throwHttpErrors(value) {
    assert.boolean(value);
    this._internals.throwHttpErrors = value;
  }
  get username() {
    const url = this._internals.url;
    const value = url ? url.username : this._internals.username;
    return decodeURIComponent(value);
  }
  set username(value) {
    assert.string(value);
    const url = this._internals.url;
    const fixedValue = encodeURIComponent(value);
    if (url) {
      url.username = fixedValue;
    } else {
      this._internals.username = fixedValue;
    }
  }
  get password() {
    const url = this._internals.url;
    const value = url ? url.password : this._internals.password;
    return decodeURIComponent(value);
  }
  set password(value) {
    assert.string(value);
    const url = this._internals.url;
    const fixedValue = encodeURIComponent(value);
    if (url) {
      url.password = fixedValue;
    } else {
      this._internals.password = fixedValue;
    }
  }
  /**
      If set to `true`, Got will additionally accept HTTP2 requests.
  
      It will choose either HTTP/1.1 or HTTP/2 depending on the ALPN protocol.
  
      __Note__: This option requires Node.js 15.10.0 or newer as HTTP/2 support on older Node.js versions is very buggy.
  
      __Note__: Overriding `options.request` will disable HTTP2 support.
  
      @default false
  
      @example
      ```
      import got from 'got';
  
      const {headers} = await got('https://nghttp2.org/httpbin/anything', {http2: true});
  
      console.log(headers.via);
      //=> '2 nghttpx'
      ```
      */
  get http2() {
    return this._internals.http2;
  }
  set http2(value) {
    assert.boolean(value);
    this._internals.http2 = value;
  }
  /**
      Set this to `true` to allow sending body for the `GET` method.
      However, the [HTTP/2 specification](https://tools.ietf.org/html/rfc7540#section-8.1.3) says that `An HTTP GET request includes request header fields and no payload body`, therefore when using the HTTP/2 protocol this option will have no effect.
      This option is only meant to interact with non-compliant servers when you have no other choice.
  
      __Note__: The [RFC 7231](https://tools.ietf.org/html/rfc7231#section-4.3.1) doesn't specify any particular behavior for the GET method having a payload, therefore __it's considered an [anti-pattern](https://en.wikipedia.org/wiki/Anti-pattern)__.
  
      @default false
      */
  get allowGetBody() {
    return this._internals.allowGetBody;
  }
  set allowGetBody(value) {
    assert.boolean(value);
    this._internals.allowGetBody = value;
  }
  /**
      Automatically copy headers from piped streams.
  
      When piping a request into a Got stream (e.g., `request.pipe(got.stream(url))`), this controls whether headers from the source stream are automatically merged into the Got request headers.
  
      Note: Piped headers overwrite any explicitly set headers with the same name. To override this, either set `copyPipedHeaders` to `false` and manually copy safe headers, or use a `beforeRequest` hook to force specific header values after piping.
  
      Useful for proxy scenarios, but you may want to disable this to filter out headers like `Host`, `Connection`, `Authorization`, etc.
  
      @default true
  
      @example
      ```
      import got from 'got';
      import {pipeline} from 'node:stream/promises';
  
      // Disable automatic header copying and manually copy only safe headers
      server.get('/proxy', async (request, response) => {
          const gotStream = got.stream('https://example.com', {
              copyPipedHeaders: false,
              headers: {
                  'user-agent': request.headers['user-agent'],
                  'accept': request.headers['accept'],
                  // Explicitly NOT copying host, connection, authorization, etc.
              }
          });
  
          await pipeline(request, gotStream, response);
      });
      ```
  
      @example
      ```
      import got from 'got';
  
      // Override piped headers using beforeRequest hook
      const gotStream = got.stream('https://example.com', {
          hooks: {
              beforeRequest: [
                  options => {
                      // Force specific header values after piping
                      options.headers.host = 'example.com';
                      delete options.headers.authorization;
                  }
              ]
          }
      });
      ```
      */
  get copyPipedHeaders() {
    return this._internals.copyPipedHeaders;
  }
  set copyPipedHeaders(value) {
    assert.boolean(value);
    this._internals.copyPipedHeaders = value;
  }
  /**
      Request headers.
  
      Existing headers will be overwritten. Headers set to `undefined` will be omitted.
  
      @default {}
      */
  get headers() {
    return this._internals.headers;
  }
  set headers(value) {
    assertPlainObject2("headers", value);
    if (this._merging) {
      Object.assign(this._internals.headers, lowercaseKeys(value));
    } else {
      this._internals.headers = lowercaseKeys(value);
    }
  }
  /**
      Specifies if the HTTP request method should be [rewritten as `GET`](https://tools.ietf.org/html/rfc7231#section-6.4) on redirects.
  
      As the [specification](https://tools.ietf.org/html/rfc7231#section-6.4) prefers to rewrite the HTTP method only on `303` responses, this is Got's default behavior.
      Setting `methodRewriting` to `true` will also rewrite `301` and `302` responses, as allowed by the spec. This is the behavior followed by `curl` and browsers.
  
      __Note__: Got never performs method rewriting on `307` and `308` responses, as this is [explicitly prohibited by the specification](https://www.rfc-editor.org/rfc/rfc7231#section-6.4.7).
  
      @default false
      */
  get methodRewriting() {
    return this._internals.methodRewriting;
  }
  set methodRewriting(value) {
    assert.boolean(value);
    this._internals.methodRewriting = value;
  }
  /**
      Indicates which DNS record family to use.
  
      Values:
      - `undefined`: IPv4 (if present) or IPv6
      - `4`: Only IPv4
      - `6`: Only IPv6
  
      @default undefined
      */
  get dnsLookupIpVersion() {
    return this._internals.dnsLookupIpVersion;
  }
  set dnsLookupIpVersion(value) {
    if (value !== void 0 && value !== 4 && value !== 6) {
      throw new TypeError(`Invalid DNS lookup IP version: ${value}`);
    }
    this._internals.dnsLookupIpVersion = value;
  }
  /**
      A function used to parse JSON responses.
  
      @example
      ```
      import got from 'got';
      import Bourne from '@hapi/bourne';
  
      const parsed = await got('https://example.com', {
          parseJson: text => Bourne.parse(text)
      }).json();
  
      console.log(parsed);
      ```
      */
  get parseJson() {
    return this._internals.parseJson;
  }
  set parseJson(value) {
    assert.function(value);
    this._internals.parseJson = value;
  }
  /**
      A function used to stringify the body of JSON requests.
  
      @example
      ```
      import got from 'got';
  
      await got.post('https://example.com', {
          stringifyJson: object => JSON.stringify(object, (key, value) => {
              if (key.startsWith('_')) {
                  return;
              }
  
              return value;
          }),
          json: {
              some: 'payload',
              _ignoreMe: 1234
          }
      });
      ```
  
      @example
      ```
      import got from 'got';
  
      await got.post('https://example.com', {
          stringifyJson: object => JSON.stringify(object, (key, value) => {
              if (typeof value === 'number') {
                  return value.toString();
              }
  
              return value;
          }),
          json: {
              some: 'payload',
              number: 1
          }
      });
      ```
      */
  get stringifyJson() {
    return this._internals.stringifyJson;
  }
  set stringifyJson(value) {
    assert.function(value);
    this._internals.stringifyJson = value;
  }
  /**
      An object representing `limit`, `calculateDelay`, `methods`, `statusCodes`, `maxRetryAfter` and `errorCodes` fields for maximum retry count, retry handler, allowed methods, allowed status codes, maximum [`Retry-After`](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After) time and allowed error codes.
  
      Delays between retries counts with function `1000 * Math.pow(2, retry) + Math.random() * 100`, where `retry` is attempt number (starts from 1).
  
      The `calculateDelay` property is a `function` that receives an object with `attemptCount`, `retryOptions`, `error` and `computedValue` properties for current retry count, the retry options, error and default computed value.
      The function must return a delay in milliseconds (or a Promise resolving with it) (`0` return value cancels retry).
  
      The `enforceRetryRules` property is a `boolean` that, when set to `true`, enforces the `limit`, `methods`, `statusCodes`, and `errorCodes` options before calling `calculateDelay`. Your `calculateDelay` function is only invoked when a retry is allowed based on these criteria. When `false` (default), `calculateDelay` receives the computed value but can override all retry logic.
  
      __Note:__ When `enforceRetryRules` is `false`, you must check `computedValue` in your `calculateDelay` function to respect the default retry logic. When `true`, the retry rules are enforced automatically.
  
      By default, it retries *only* on the specified methods, status codes, and on these network errors:
  
      - `ETIMEDOUT`: One of the [timeout](#timeout) limits were reached.
      - `ECONNRESET`: Connection was forcibly closed by a peer.
      - `EADDRINUSE`: Could not bind to any free port.
      - `ECONNREFUSED`: Connection was refused by the server.
      - `EPIPE`: The remote side of the stream being written has been closed.
      - `ENOTFOUND`: Couldn't resolve the hostname to an IP address.
      - `ENETUNREACH`: No internet connection.
      - `EAI_AGAIN`: DNS lookup timed out.
  
      __Note__: If `maxRetryAfter` is set to `undefined`, it will use `options.timeout`.
      __Note__: If [`Retry-After`](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After) header is greater than `maxRetryAfter`, it will cancel the request.
      */
  get retry() {
    return this._internals.retry;
  }
  set retry(value) {
    assertPlainObject2("retry", value);
    assertAny2("retry.calculateDelay", [distribution_default.function, distribution_default.undefined], value.calculateDelay);
    assertAny2("retry.maxRetryAfter", [distribution_default.number, distribution_default.undefined], value.maxRetryAfter);
    assertAny2("retry.limit", [distribution_default.number, distribution_default.undefined], value.limit);
    assertAny2("retry.methods", [distribution_default.array, distribution_default.undefined], value.methods);
    assertAny2("retry.statusCodes", [distribution_default.array, distribution_default.undefined], value.statusCodes);
    assertAny2("retry.errorCodes", [distribution_default.array, distribution_default.undefined], value.errorCodes);
    assertAny2("retry.noise", [distribution_default.number, distribution_default.undefined], value.noise);
    assertAny2("retry.enforceRetryRules", [distribution_default.boolean, distribution_default.undefined], value.enforceRetryRules);
    if (value.noise && Math.abs(value.noise) > 100) {
      throw new Error(`The maximum acceptable retry noise is +/- 100ms, got ${value.noise}`);
    }
    for (const key in value) {
      if (!(key in this._internals.retry)) {
        throw new Error(`Unexpected retry option: ${key}`);
      }
    }
    if (this._merging) {
      Object.assign(this._internals.retry, value);
    } else {
      this._internals.retry = { ...value };
    }
    const { retry } = this._internals;
    retry.methods = [...new Set(retry.methods.map((method) => method.toUpperCase()))];
    retry.statusCodes = [...new Set(retry.statusCodes)];
    retry.errorCodes = [...new Set(retry.errorCodes)];
  }
  /**
      From `http.RequestOptions`.
  
      The IP address used to send the request from.
      */
  get localAddress() {
    return this._internals.localAddress;
  }
  set localAddress(value) {
    assertAny2("localAddress", [distribution_default.string, distribution_default.undefined], value);
    this._internals.localAddress = value;
  }
  /**
      The HTTP method used to make the request.
  
      @default 'GET'
      */
  get method() {
    return this._internals.method;
  }
  set method(value) {
    assert.string(value);
    this._internals.method = value.toUpperCase();
  }
  get createConnection() {
    return this._internals.createConnection;
  }
  set createConnection(value) {
    assertAny2("createConnection", [distribution_default.function, distribution_default.undefined], value);
    this._internals.createConnection = value;
  }
  /**
      From `http-cache-semantics`
  
      @default {}
      */
  get cacheOptions() {
    return this._internals.cacheOptions;
  }
  set cacheOptions(value) {
    assertPlainObject2("cacheOptions", value);
    assertAny2("cacheOptions.shared", [distribution_default.boolean, distribution_default.undefined], value.shared);
    assertAny2("cacheOptions.cacheHeuristic", [distribution_default.number, distribution_default.undefined], value.cacheHeuristic);
    assertAny2("cacheOptions.immutableMinTimeToLive", [distribution_default.number, distribution_default.undefined], value.immutableMinTimeToLive);
    assertAny2("cacheOptions.ignoreCargoCult", [distribution_default.boolean, distribution_default.undefined], value.ignoreCargoCult);
    for (const key in value) {
      if (!(key in this._internals.cacheOptions)) {
        throw new Error(`Cache option \`${key}\` does not exist`);
      }
    }
    if (this._merging) {
      Object.assign(this._internals.cacheOptions, value);
    } else {
      this._internals.cacheOptions = { ...value };
    }
  }
  /**
  Options for the advanced HTTPS API.
  */
  get https() {
    return this._internals.https;
  }
  set https(value) {
    assertPlainObject2("https", value);
    assertAny2("https.rejectUnauthorized", [distribution_default.boolean, distribution_default.undefined], value.rejectUnauthorized);
    assertAny2("https.checkServerIdentity", [distribution_default.function, distribution_default.undefined], value.checkServerIdentity);
    assertAny2("https.serverName", [distribution_default.string, distribution_default.undefined], value.serverName);
    assertAny2("https.certificateAuthority", [distribution_default.string, distribution_default.object, distribution_default.array, distribution_default.undefined], value.certificateAuthority);
    assertAny2("https.key", [distribution_default.string, distribution_default.object, distribution_default.array, distribution_default.undefined], value.key);
    assertAny2("https.certificate", [distribution_default.string, distribution_default.object, distribution_default.array, distribution_default.undefined], value.certificate);
    assertAny2("https.passphrase", [distribution_default.string, distribution_default.undefined], value.passphrase);
    assertAny2("https.pfx", [distribution_default.string, distribution_default.buffer, distribution_default.array, distribution_default.undefined], value.pfx);
    assertAny2("https.alpnProtocols", [distribution_default.array, distribution_default.undefined], value.alpnProtocols);
    assertAny2("https.ciphers", [distribution_default.string, distribution_default.undefined], value.ciphers);
    assertAny2("https.dhparam", [distribution_default.string, distribution_default.buffer, distribution_default.undefined], value.dhparam);
    assertAny2("https.signatureAlgorithms", [distribution_default.string, distribution_default.undefined], value.signatureAlgorithms);
    assertAny2("https.minVersion", [distribution_default.string, distribution_default.undefined], value.minVersion);
    assertAny2("https.maxVersion", [distribution_default.string, distribution_default.undefined], value.maxVersion);
    assertAny2("https.honorCipherOrder", [distribution_default.boolean, distribution_default.undefined], value.honorCipherOrder);
    assertAny2("https.tlsSessionLifetime", [distribution_default.number, distribution_default.undefined], value.tlsSessionLifetime);
    assertAny2("https.ecdhCurve", [distribution_default.string, distribution_default.undefined], value.ecdhCurve);
    assertAny2("https.certificateRevocationLists", [distribution_default.string, distribution_default.buffer, distribution_default.array, distribution_default.undefined], value.certificateRevocationLists);
    assertAny2("https.secureOptions", [distribution_default.number, distribution_default.undefined], value.secureOptions);
    for (const key in value) {
      if (!(key in this._internals.https)) {
        throw new Error(`HTTPS option \`${key}\` does not exist`);
      }
    }
    if (this._merging) {
      Object.assign(this._internals.https, value);
    } else {
      this._internals.https = { ...value };
    }
  }
  /**
      [Encoding](https://nodejs.org/api/buffer.html#buffer_buffers_and_character_encodings) to be used on `setEncoding` of the response data.
  
      To get a [`Buffer`](https://nodejs.org/api/buffer.html), you need to set `responseType` to `buffer` instead.
      Don't set this option to `null`.
  
      __Note__: This doesn't affect streams! Instead, you need to do `got.stream(...).setEncoding(encoding)`.
  
      @default 'utf-8'
      */
  get encoding() {
    return this._internals.encoding;
  }
  set encoding(value) {
    if (value === null) {
      throw new TypeError("To get a Buffer, set `options.responseType` to `buffer` instead");
    }
    assertAny2("encoding", [distribution_default.string, distribution_default.undefined], value);
    this._internals.encoding = value;
  }
  /**
      When set to `true` the promise will return the Response body instead of the Response object.
  
      @default false
      */
  get resolveBodyOnly() {
    return this._internals.resolveBodyOnly;
  }
  set resolveBodyOnly(value) {
    assert.boolean(value);
    this._internals.resolveBodyOnly = value;
  }
  /**
      Returns a `Stream` instead of a `Promise`.
      This is equivalent to calling `got.stream(url, options?)`.
  
      @default false
      */
  get isStream() {
    return this._internals.isStream;
  }
  set isStream(value) {
    assert.boolean(value);
    this._internals.isStream = value;
  }
  /**
      The parsing method.
  
      The promise also has `.text()`, `.json()` and `.buffer()` methods which return another Got promise for the parsed body.
  
      It's like setting the options to `{responseType: 'json', resolveBodyOnly: true}` but without affecting the main Got promise.
  
      __Note__: When using streams, this option is ignored.
  
      @example
      ```
      const responsePromise = got(url);
      const bufferPromise = responsePromise.buffer();
      const jsonPromise = responsePromise.json();
  
      const [response, buffer, json] = Promise.all([responsePromise, bufferPromise, jsonPromise]);
      // `response` is an instance of Got Response
      // `buffer` is an instance of Buffer
      // `json` is an object
      ```
  
      @example
      ```
      // This
      const body = await got(url).json();
  
      // is semantically the same as this
      const body = await got(url, {responseType: 'json', resolveBodyOnly: true});
      ```
      */
  get responseType() {
    return this._internals.responseType;
  }
  set responseType(value) {
    if (value === void 0) {
      this._internals.responseType = "text";
      return;
    }
    if (value !== "text" && value !== "buffer" && value !== "json") {
      throw new Error(`Invalid \`responseType\` option: ${value}`);
    }
    this._internals.responseType = value;
  }
  get pagination() {
    return this._internals.pagination;
  }
  set pagination(value) {
    assert.object(value);
    if (this._merging) {
      Object.assign(this._internals.pagination, value);
    } else {
      this._internals.pagination = value;
    }
  }
  get auth() {
    throw new Error("Parameter `auth` is deprecated. Use `username` / `password` instead.");
  }
  set auth(_value) {
    throw new Error("Parameter `auth` is deprecated. Use `username` / `password` instead.");
  }
  get setHost() {
    return this._internals.setHost;
  }
  set setHost(value) {
    assert.boolean(value);
    this._internals.setHost = value;
  }
  get maxHeaderSize() {
    return this._internals.maxHeaderSize;
  }
  set maxHeaderSize(value) {
    assertAny2("maxHeaderSize", [distribution_default.number, distribution_default.undefined], value);
    this._internals.maxHeaderSize = value;
  }
  get enableUnixSockets() {
    return this._internals.enableUnixSockets;
  }
  set enableUnixSockets(value) {
    assert.boolean(value);
    this._internals.enableUnixSockets = value;
  }
  /**
      Throw an error if the server response's `content-length` header value doesn't match the number of bytes received.
  
      This is useful for detecting truncated responses and follows RFC 9112 requirements for message completeness.
  
      __Note__: Responses without a `content-length` header are not validated.
      __Note__: When enabled and validation fails, a `ReadError` with code `ERR_HTTP_CONTENT_LENGTH_MISMATCH` will be thrown.
  
      @default false
      */
  get strictContentLength() {
    return this._internals.strictContentLength;
  }
  set strictContentLength(value) {
    assert.boolean(value);
    this._internals.strictContentLength = value;
  }
  // eslint-disable-next-line @typescript-eslint/naming-convention
  toJSON() {
    return { ...this._internals };
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")](_depth, options) {
    return inspect(this._internals, options);
  }
  createNativeRequestOptions() {
    const internals = this._internals;
    const url = internals.url;
    let agent;
    if (url.protocol === "https:") {
      if (internals.http2) {
        agent = {
          ...internals.agent,
          http2: internals.agent.http2 ?? import_http2_wrapper.default.globalAgent
        };
      } else {
        agent = internals.agent.https;
      }
    } else {
      agent = internals.agent.http;
    }
    const { https: https3 } = internals;
    let { pfx } = https3;
    if (distribution_default.array(pfx) && distribution_default.plainObject(pfx[0])) {
      pfx = pfx.map((object) => ({
        buf: object.buffer,
        passphrase: object.passphrase
      }));
    }
    return {
      ...internals.cacheOptions,
      ...this._unixOptions,
      // HTTPS options
      // eslint-disable-next-line @typescript-eslint/naming-convention
      ALPNProtocols: https3.alpnProtocols,
      ca: https3.certificateAuthority,
      cert: https3.certificate,
      key: https3.key,
      passphrase: https3.passphrase,
      pfx: https3.pfx,
      rejectUnauthorized: https3.rejectUnauthorized,
      checkServerIdentity: https3.checkServerIdentity ?? checkServerIdentity,
      servername: https3.serverName,
      ciphers: https3.ciphers,
      honorCipherOrder: https3.honorCipherOrder,
      minVersion: https3.minVersion,
      maxVersion: https3.maxVersion,
      sigalgs: https3.signatureAlgorithms,
      sessionTimeout: https3.tlsSessionLifetime,
      dhparam: https3.dhparam,
      ecdhCurve: https3.ecdhCurve,
      crl: https3.certificateRevocationLists,
      secureOptions: https3.secureOptions,
      // HTTP options
      lookup: internals.dnsLookup ?? internals.dnsCache?.lookup,
      family: internals.dnsLookupIpVersion,
      agent,
      setHost: internals.setHost,
      method: internals.method,
      maxHeaderSize: internals.maxHeaderSize,
      localAddress: internals.localAddress,
      headers: internals.headers,
      createConnection: internals.createConnection,
      timeout: internals.http2 ? getHttp2TimeoutOption(internals) : void 0,
      // HTTP/2 options
      h2session: internals.h2session
    };
  }
  getRequestFunction() {
    const url = this._internals.url;
    const { request } = this._internals;
    if (!request && url) {
      return this.getFallbackRequestFunction();
    }
    return request;
  }
  getFallbackRequestFunction() {
    const url = this._internals.url;
    if (!url) {
      return;
    }
    if (url.protocol === "https:") {
      if (this._internals.http2) {
        if (major < 15 || major === 15 && minor < 10) {
          const error = new Error("To use the `http2` option, install Node.js 15.10.0 or above");
          error.code = "EUNSUPPORTED";
          throw error;
        }
        return import_http2_wrapper.default.auto;
      }
      return https.request;
    }
    return http.request;
  }
  freeze() {
    const options = this._internals;
    Object.freeze(options);
    Object.freeze(options.hooks);
    Object.freeze(options.hooks.afterResponse);
    Object.freeze(options.hooks.beforeError);
    Object.freeze(options.hooks.beforeRedirect);
    Object.freeze(options.hooks.beforeRequest);
    Object.freeze(options.hooks.beforeRetry);
    Object.freeze(options.hooks.init);
    Object.freeze(options.https);
    Object.freeze(options.cacheOptions);
    Object.freeze(options.agent);
    Object.freeze(options.headers);
    Object.freeze(options.timeout);
    Object.freeze(options.retry);
    Object.freeze(options.retry.errorCodes);
    Object.freeze(options.retry.methods);
    Object.freeze(options.retry.statusCodes);
  }
};

// node_modules/got/dist/source/core/response.js
var isResponseOk = (response) => {
  const { statusCode } = response;
  const { followRedirect } = response.request.options;
  const shouldFollow = typeof followRedirect === "function" ? followRedirect(response) : followRedirect;
  const limitStatusCode = shouldFollow ? 299 : 399;
  return statusCode >= 200 && statusCode <= limitStatusCode || statusCode === 304;
};
var ParseError = class extends RequestError {
  name = "ParseError";
  code = "ERR_BODY_PARSE_FAILURE";
  constructor(error, response) {
    const { options } = response.request;
    super(`${error.message} in "${options.url.toString()}"`, error, response.request);
  }
};
var parseBody = (response, responseType, parseJson, encoding) => {
  const { rawBody } = response;
  try {
    if (responseType === "text") {
      return rawBody.toString(encoding);
    }
    if (responseType === "json") {
      return rawBody.length === 0 ? "" : parseJson(rawBody.toString(encoding));
    }
    if (responseType === "buffer") {
      return rawBody;
    }
  } catch (error) {
    throw new ParseError(error, response);
  }
  throw new ParseError({
    message: `Unknown body type '${responseType}'`,
    name: "Error"
  }, response);
};

// node_modules/got/dist/source/core/utils/is-client-request.js
function isClientRequest(clientRequest) {
  return clientRequest.writable && !clientRequest.writableEnded;
}
var is_client_request_default = isClientRequest;

// node_modules/got/dist/source/core/utils/is-unix-socket-url.js
function isUnixSocketURL(url) {
  return url.protocol === "unix:" || url.hostname === "unix";
}
function getUnixSocketPath(url) {
  if (!isUnixSocketURL(url)) {
    return void 0;
  }
  return /(?<socketPath>.+?):(?<path>.+)/.exec(`${url.pathname}${url.search}`)?.groups?.socketPath;
}

// node_modules/got/dist/source/core/diagnostics-channel.js
import { randomUUID } from "node:crypto";
import diagnosticsChannel from "node:diagnostics_channel";
var channels = {
  requestCreate: diagnosticsChannel.channel("got:request:create"),
  requestStart: diagnosticsChannel.channel("got:request:start"),
  responseStart: diagnosticsChannel.channel("got:response:start"),
  responseEnd: diagnosticsChannel.channel("got:response:end"),
  retry: diagnosticsChannel.channel("got:request:retry"),
  error: diagnosticsChannel.channel("got:request:error"),
  redirect: diagnosticsChannel.channel("got:response:redirect")
};
function generateRequestId() {
  return randomUUID();
}
function publishRequestCreate(message) {
  if (channels.requestCreate.hasSubscribers) {
    channels.requestCreate.publish(message);
  }
}
function publishRequestStart(message) {
  if (channels.requestStart.hasSubscribers) {
    channels.requestStart.publish(message);
  }
}
function publishResponseStart(message) {
  if (channels.responseStart.hasSubscribers) {
    channels.responseStart.publish(message);
  }
}
function publishResponseEnd(message) {
  if (channels.responseEnd.hasSubscribers) {
    channels.responseEnd.publish(message);
  }
}
function publishRetry(message) {
  if (channels.retry.hasSubscribers) {
    channels.retry.publish(message);
  }
}
function publishError(message) {
  if (channels.error.hasSubscribers) {
    channels.error.publish(message);
  }
}
function publishRedirect(message) {
  if (channels.redirect.hasSubscribers) {
    channels.redirect.publish(message);
  }
}

// node_modules/got/dist/source/core/index.js
var supportsBrotli = distribution_default.string(process3.versions.brotli);
var supportsZstd2 = distribution_default.string(process3.versions.zstd);
var methodsWithoutBody = /* @__PURE__ */ new Set(["GET", "HEAD"]);
var cacheableStore = new WeakableMap();
var redirectCodes = /* @__PURE__ */ new Set([300, 301, 302, 303, 304, 307, 308]);
var errorsProcessedByHooks = /* @__PURE__ */ new WeakSet();
var proxiedRequestEvents = [
  "socket",
  "connect",
  "continue",
  "information",
  "upgrade"
];
var noop3 = () => {
};
var Request = class _Request extends Duplex {
  // @ts-expect-error - Ignoring for now.
  ["constructor"];
  _noPipe;
  // @ts-expect-error https://github.com/microsoft/TypeScript/issues/9568
  options;
  response;
  requestUrl;
  redirectUrls = [];
  retryCount = 0;
  _stopReading = false;
  _stopRetry = noop3;
  _downloadedSize = 0;
  _uploadedSize = 0;
  _pipedServerResponses = /* @__PURE__ */ new Set();
  _request;
  _responseSize;
  _bodySize;
  _unproxyEvents = noop3;
  _isFromCache;
  _triggerRead = false;
  _jobs = [];
  _cancelTimeouts = noop3;
  _removeListeners = noop3;
  _nativeResponse;
  _flushed = false;
  _aborted = false;
  _expectedContentLength;
  _compressedBytesCount;
  _requestId = generateRequestId();
  // We need this because `this._request` if `undefined` when using cache
  _requestInitialized = false;
  constructor(url, options, defaults2) {
    super({
      // Don't destroy immediately, as the error may be emitted on unsuccessful retry
      autoDestroy: false,
      // It needs to be zero because we're just proxying the data to another stream
      highWaterMark: 0
    });
    this.on("pipe", (source) => {
      if (this.options.copyPipedHeaders && source?.headers) {
        Object.assign(this.options.headers, source.headers);
      }
    });
    this.on("newListener", (event) => {
      if (event === "retry" && this.listenerCount("retry") > 0) {
        throw new Error("A retry listener has been attached already.");
      }
    });
    try {
      this.options = new Options(url, options, defaults2);
      if (!this.options.url) {
        if (this.options.prefixUrl === "") {
          throw new TypeError("Missing `url` property");
        }
        this.options.url = "";
      }
      this.requestUrl = this.options.url;
      publishRequestCreate({
        requestId: this._requestId,
        url: this.options.url?.toString() ?? "",
        method: this.options.method
      });
    } catch (error) {
      const { options: options2 } = error;
      if (options2) {
        this.options = options2;
      }
      this.flush = async () => {
        this.flush = async () => {
        };
        process3.nextTick(() => {
          if (this.options) {
            this._beforeError(error);
          } else {
            const requestError = error instanceof RequestError ? error : new RequestError(error.message, error, this);
            this.destroy(requestError);
          }
        });
      };
      return;
    }
    const { body } = this.options;
    if (distribution_default.nodeStream(body)) {
      body.once("error", (error) => {
        if (this._flushed) {
          this._beforeError(new UploadError(error, this));
        } else {
          this.flush = async () => {
            this.flush = async () => {
            };
            this._beforeError(new UploadError(error, this));
          };
        }
      });
    }
    if (this.options.signal) {
      const abort = () => {
        if (this.options.signal?.reason?.name === "TimeoutError") {
          this.destroy(new TimeoutError(this.options.signal.reason, this.timings, this));
        } else {
          this.destroy(new AbortError(this));
        }
      };
      if (this.options.signal.aborted) {
        abort();
      } else {
        this.options.signal.addEventListener("abort", abort);
        this._removeListeners = () => {
          this.options.signal?.removeEventListener("abort", abort);
        };
      }
    }
  }
  async flush() {
    if (this._flushed) {
      return;
    }
    this._flushed = true;
    try {
      await this._finalizeBody();
      if (this.destroyed) {
        return;
      }
      await this._makeRequest();
      if (this.destroyed) {
        this._request?.destroy();
        return;
      }
      for (const job of this._jobs) {
        job();
      }
      this._jobs.length = 0;
      this._requestInitialized = true;
    } catch (error) {
      this._beforeError(error);
    }
  }
  _beforeError(error) {
    if (this._stopReading) {
      return;
    }
    const { response, options } = this;
    const attemptCount = this.retryCount + (error.name === "RetryError" ? 0 : 1);
    this._stopReading = true;
    if (!(error instanceof RequestError)) {
      error = new RequestError(error.message, error, this);
    }
    const typedError = error;
    void (async () => {
      if (response?.readable && !response.rawBody && !this._request?.socket?.destroyed) {
        response.setEncoding(this.readableEncoding);
        const success = await this._setRawBody(response);
        if (success) {
          response.body = response.rawBody.toString();
        }
      }
      if (this.listenerCount("retry") !== 0) {
        let backoff;
        try {
          let retryAfter;
          if (response && "retry-after" in response.headers) {
            retryAfter = Number(response.headers["retry-after"]);
            if (Number.isNaN(retryAfter)) {
              retryAfter = Date.parse(response.headers["retry-after"]) - Date.now();
              if (retryAfter <= 0) {
                retryAfter = 1;
              }
            } else {
              retryAfter *= 1e3;
            }
          }
          const retryOptions = options.retry;
          const computedValue = calculate_retry_delay_default({
            attemptCount,
            retryOptions,
            error: typedError,
            retryAfter,
            computedValue: retryOptions.maxRetryAfter ?? options.timeout.request ?? Number.POSITIVE_INFINITY
          });
          if (retryOptions.enforceRetryRules && computedValue === 0) {
            backoff = 0;
          } else {
            backoff = await retryOptions.calculateDelay({
              attemptCount,
              retryOptions,
              error: typedError,
              retryAfter,
              computedValue
            });
          }
        } catch (error_) {
          void this._error(new RequestError(error_.message, error_, this));
          return;
        }
        if (backoff) {
          await new Promise((resolve) => {
            const timeout = setTimeout(resolve, backoff);
            this._stopRetry = () => {
              clearTimeout(timeout);
              resolve();
            };
          });
          if (this.destroyed) {
            return;
          }
          const bodyBeforeHooks = this.options.body;
          try {
            for (const hook of this.options.hooks.beforeRetry) {
              await hook(typedError, this.retryCount + 1);
            }
          } catch (error_) {
            void this._error(new RequestError(error_.message, error_, this));
            return;
          }
          if (this.destroyed) {
            return;
          }
          const bodyAfterHooks = this.options.body;
          const bodyWasReassigned = bodyBeforeHooks !== bodyAfterHooks;
          if (bodyWasReassigned) {
            const oldBody = bodyBeforeHooks;
            this.options.body = void 0;
            this.destroy();
            if (distribution_default.nodeStream(oldBody) && oldBody !== bodyAfterHooks) {
              oldBody.destroy();
            }
            if (distribution_default.nodeStream(bodyAfterHooks) && (bodyAfterHooks.readableEnded || bodyAfterHooks.destroyed)) {
              throw new TypeError("The reassigned stream body must be readable. Ensure you provide a fresh, readable stream in the beforeRetry hook.");
            }
            this.options._internals.body = bodyAfterHooks;
          } else {
            this.destroy();
          }
          publishRetry({
            requestId: this._requestId,
            retryCount: this.retryCount + 1,
            error: typedError,
            delay: backoff
          });
          this.emit("retry", this.retryCount + 1, error, (updatedOptions) => {
            const request = new _Request(options.url, updatedOptions, options);
            request.retryCount = this.retryCount + 1;
            process3.nextTick(() => {
              void request.flush();
            });
            return request;
          });
          return;
        }
      }
      void this._error(typedError);
    })();
  }
  _read() {
    this._triggerRead = true;
    const { response } = this;
    if (response && !this._stopReading) {
      if (response.readableLength) {
        this._triggerRead = false;
      }
      let data;
      while ((data = response.read()) !== null) {
        this._downloadedSize += data.length;
        const progress = this.downloadProgress;
        if (progress.percent < 1) {
          this.emit("downloadProgress", progress);
        }
        this.push(data);
      }
    }
  }
  _write(chunk2, encoding, callback) {
    const write = () => {
      this._writeRequest(chunk2, encoding, callback);
    };
    if (this._requestInitialized) {
      write();
    } else {
      this._jobs.push(write);
    }
  }
  _final(callback) {
    const endRequest = () => {
      if (!this._request || this._request.destroyed) {
        callback();
        return;
      }
      this._request.end((error) => {
        if (this._request?._writableState?.errored) {
          return;
        }
        if (!error) {
          this._bodySize = this._uploadedSize;
          this.emit("uploadProgress", this.uploadProgress);
          this._request?.emit("upload-complete");
        }
        callback(error);
      });
    };
    if (this._requestInitialized) {
      endRequest();
    } else {
      this._jobs.push(endRequest);
    }
  }
  _destroy(error, callback) {
    this._stopReading = true;
    this.flush = async () => {
    };
    this._stopRetry();
    this._cancelTimeouts();
    this._removeListeners();
    if (this.options) {
      const { body } = this.options;
      if (distribution_default.nodeStream(body)) {
        body.destroy();
      }
    }
    if (this._request) {
      this._request.destroy();
    }
    const timings = this._request?.timings;
    if (timings && distribution_default.undefined(timings.end) && !distribution_default.undefined(timings.response) && distribution_default.undefined(timings.error) && distribution_default.undefined(timings.abort)) {
      timings.end = Date.now();
      if (distribution_default.undefined(timings.phases.total)) {
        timings.phases.download = timings.end - timings.response;
        timings.phases.total = timings.end - timings.start;
      }
    }
    if (error !== null && !distribution_default.undefined(error)) {
      const processedByHooks = error instanceof Error && errorsProcessedByHooks.has(error);
      if (!processedByHooks && !(error instanceof RequestError)) {
        error = error instanceof Error ? new RequestError(error.message, error, this) : new RequestError(String(error), {}, this);
      }
    }
    callback(error);
  }
  pipe(destination, options) {
    if (destination instanceof ServerResponse) {
      this._pipedServerResponses.add(destination);
    }
    return super.pipe(destination, options);
  }
  unpipe(destination) {
    if (destination instanceof ServerResponse) {
      this._pipedServerResponses.delete(destination);
    }
    super.unpipe(destination);
    return this;
  }
  _checkContentLengthMismatch() {
    if (this.options.strictContentLength && this._expectedContentLength !== void 0) {
      const actualSize = this._compressedBytesCount ?? this._downloadedSize;
      if (actualSize !== this._expectedContentLength) {
        this._beforeError(new ReadError({
          message: `Content-Length mismatch: expected ${this._expectedContentLength} bytes, received ${actualSize} bytes`,
          name: "Error",
          code: "ERR_HTTP_CONTENT_LENGTH_MISMATCH"
        }, this));
        return true;
      }
    }
    return false;
  }
  async _finalizeBody() {
    const { options } = this;
    const { headers } = options;
    const isForm = !distribution_default.undefined(options.form);
    const isJSON = !distribution_default.undefined(options.json);
    const isBody = !distribution_default.undefined(options.body);
    const cannotHaveBody = methodsWithoutBody.has(options.method) && !(options.method === "GET" && options.allowGetBody);
    if (isForm || isJSON || isBody) {
      if (cannotHaveBody) {
        throw new TypeError(`The \`${options.method}\` method cannot be used with a body`);
      }
      const noContentType = !distribution_default.string(headers["content-type"]);
      if (isBody) {
        if (isFormData2(options.body)) {
          const encoder = new FormDataEncoder(options.body);
          if (noContentType) {
            headers["content-type"] = encoder.headers["Content-Type"];
          }
          if ("Content-Length" in encoder.headers) {
            headers["content-length"] = encoder.headers["Content-Length"];
          }
          options.body = encoder.encode();
        }
        if (isFormData3(options.body) && noContentType) {
          headers["content-type"] = `multipart/form-data; boundary=${options.body.getBoundary()}`;
        }
      } else if (isForm) {
        if (noContentType) {
          headers["content-type"] = "application/x-www-form-urlencoded";
        }
        const { form } = options;
        options.form = void 0;
        options.body = new URLSearchParams(form).toString();
      } else {
        if (noContentType) {
          headers["content-type"] = "application/json";
        }
        const { json } = options;
        options.json = void 0;
        options.body = options.stringifyJson(json);
      }
      const uploadBodySize = await getBodySize(options.body, options.headers);
      if (distribution_default.undefined(headers["content-length"]) && distribution_default.undefined(headers["transfer-encoding"]) && !cannotHaveBody && !distribution_default.undefined(uploadBodySize)) {
        headers["content-length"] = String(uploadBodySize);
      }
    }
    if (options.responseType === "json" && !("accept" in options.headers)) {
      options.headers.accept = "application/json";
    }
    this._bodySize = Number(headers["content-length"]) || void 0;
  }
  async _onResponseBase(response) {
    if (this.isAborted) {
      return;
    }
    const { options } = this;
    const { url } = options;
    this._nativeResponse = response;
    const statusCode = response.statusCode;
    const { method } = options;
    const hasNoBody = method === "HEAD" || statusCode >= 100 && statusCode < 200 || statusCode === 204 || statusCode === 205 || statusCode === 304;
    if (options.decompress && !hasNoBody) {
      if (options.strictContentLength) {
        this._compressedBytesCount = 0;
        this._nativeResponse.on("data", (chunk2) => {
          this._compressedBytesCount += byteLength(chunk2);
        });
      }
      response = decompressResponse(response);
    }
    const typedResponse = response;
    typedResponse.statusMessage = typedResponse.statusMessage || http2.STATUS_CODES[statusCode];
    typedResponse.url = options.url.toString();
    typedResponse.requestUrl = this.requestUrl;
    typedResponse.redirectUrls = this.redirectUrls;
    typedResponse.request = this;
    typedResponse.isFromCache = this._nativeResponse.fromCache ?? false;
    typedResponse.ip = this.ip;
    typedResponse.retryCount = this.retryCount;
    typedResponse.ok = isResponseOk(typedResponse);
    this._isFromCache = typedResponse.isFromCache;
    this._responseSize = Number(response.headers["content-length"]) || void 0;
    this.response = typedResponse;
    publishResponseStart({
      requestId: this._requestId,
      url: typedResponse.url,
      statusCode,
      headers: response.headers,
      isFromCache: typedResponse.isFromCache
    });
    response.once("error", (error) => {
      this._aborted = true;
      response.destroy();
      this._beforeError(new ReadError(error, this));
    });
    response.once("aborted", () => {
      this._aborted = true;
      if (!this._checkContentLengthMismatch()) {
        this._beforeError(new ReadError({
          name: "Error",
          message: "The server aborted pending request",
          code: "ECONNRESET"
        }, this));
      }
    });
    const rawCookies = response.headers["set-cookie"];
    if (distribution_default.object(options.cookieJar) && rawCookies) {
      let promises = rawCookies.map(async (rawCookie) => options.cookieJar.setCookie(rawCookie, url.toString()));
      if (options.ignoreInvalidCookies) {
        promises = promises.map(async (promise) => {
          try {
            await promise;
          } catch {
          }
        });
      }
      try {
        await Promise.all(promises);
      } catch (error) {
        this._beforeError(error);
        return;
      }
    }
    if (this.isAborted) {
      return;
    }
    if (response.headers.location && redirectCodes.has(statusCode)) {
      const shouldFollow = typeof options.followRedirect === "function" ? options.followRedirect(typedResponse) : options.followRedirect;
      if (shouldFollow) {
        response.resume();
        this._cancelTimeouts();
        this._unproxyEvents();
        if (this.redirectUrls.length >= options.maxRedirects) {
          this._beforeError(new MaxRedirectsError(this));
          return;
        }
        this._request = void 0;
        this._downloadedSize = 0;
        const updatedOptions = new Options(void 0, void 0, this.options);
        const serverRequestedGet = statusCode === 303 && updatedOptions.method !== "GET" && updatedOptions.method !== "HEAD";
        const canRewrite = statusCode !== 307 && statusCode !== 308;
        const userRequestedGet = updatedOptions.methodRewriting && canRewrite;
        if (serverRequestedGet || userRequestedGet) {
          updatedOptions.method = "GET";
          updatedOptions.body = void 0;
          updatedOptions.json = void 0;
          updatedOptions.form = void 0;
          delete updatedOptions.headers["content-length"];
        }
        try {
          const redirectBuffer = Buffer3.from(response.headers.location, "binary").toString();
          const redirectUrl = new URL(redirectBuffer, url);
          if (!isUnixSocketURL(url) && isUnixSocketURL(redirectUrl)) {
            this._beforeError(new RequestError("Cannot redirect to UNIX socket", {}, this));
            return;
          }
          const isDifferentOrigin = redirectUrl.hostname !== url.hostname || redirectUrl.port !== url.port || getUnixSocketPath(url) !== getUnixSocketPath(redirectUrl);
          if (isDifferentOrigin) {
            if ("host" in updatedOptions.headers) {
              delete updatedOptions.headers.host;
            }
            if ("cookie" in updatedOptions.headers) {
              delete updatedOptions.headers.cookie;
            }
            if ("authorization" in updatedOptions.headers) {
              delete updatedOptions.headers.authorization;
            }
            if (updatedOptions.username || updatedOptions.password) {
              updatedOptions.username = "";
              updatedOptions.password = "";
            }
          } else {
            redirectUrl.username = updatedOptions.username;
            redirectUrl.password = updatedOptions.password;
          }
          this.redirectUrls.push(redirectUrl);
          updatedOptions.url = redirectUrl;
          for (const hook of updatedOptions.hooks.beforeRedirect) {
            await hook(updatedOptions, typedResponse);
          }
          publishRedirect({
            requestId: this._requestId,
            fromUrl: url.toString(),
            toUrl: redirectUrl.toString(),
            statusCode
          });
          this.emit("redirect", updatedOptions, typedResponse);
          this.options = updatedOptions;
          await this._makeRequest();
        } catch (error) {
          this._beforeError(error);
          return;
        }
        return;
      }
    }
    if (options.isStream && options.throwHttpErrors && !isResponseOk(typedResponse)) {
      this._beforeError(new HTTPError(typedResponse));
      return;
    }
    const wasDecompressed = response !== this._nativeResponse;
    if (!hasNoBody && (!wasDecompressed || options.strictContentLength)) {
      const contentLengthHeader = this._nativeResponse.headers["content-length"];
      if (contentLengthHeader !== void 0) {
        const expectedLength = Number(contentLengthHeader);
        if (!Number.isNaN(expectedLength) && expectedLength >= 0) {
          this._expectedContentLength = expectedLength;
        }
      }
    }
    response.once("end", () => {
      if (this._checkContentLengthMismatch()) {
        return;
      }
      this._responseSize = this._downloadedSize;
      this.emit("downloadProgress", this.downloadProgress);
      publishResponseEnd({
        requestId: this._requestId,
        url: typedResponse.url,
        statusCode,
        bodySize: this._downloadedSize,
        timings: this.timings
      });
      this.push(null);
    });
    this.emit("downloadProgress", this.downloadProgress);
    response.on("readable", () => {
      if (this._triggerRead) {
        this._read();
      }
    });
    this.on("resume", () => {
      response.resume();
    });
    this.on("pause", () => {
      response.pause();
    });
    if (this._noPipe) {
      const success = await this._setRawBody();
      if (success) {
        this.emit("response", response);
      }
      return;
    }
    this.emit("response", response);
    for (const destination of this._pipedServerResponses) {
      if (destination.headersSent) {
        continue;
      }
      const wasDecompressed2 = response !== this._nativeResponse;
      for (const key in response.headers) {
        if (Object.hasOwn(response.headers, key)) {
          const value = response.headers[key];
          if (wasDecompressed2 && (key === "content-encoding" || key === "content-length")) {
            continue;
          }
          if (value !== void 0) {
            destination.setHeader(key, value);
          }
        }
      }
      destination.statusCode = statusCode;
    }
  }
  async _setRawBody(from = this) {
    if (from.readableEnded) {
      return false;
    }
    try {
      const fromArray = await from.toArray();
      const rawBody = isBuffer(fromArray.at(0)) ? Buffer3.concat(fromArray) : Buffer3.from(fromArray.join(""));
      if (!this.isAborted) {
        this.response.rawBody = rawBody;
        return true;
      }
    } catch {
    }
    return false;
  }
  async _onResponse(response) {
    try {
      await this._onResponseBase(response);
    } catch (error) {
      this._beforeError(error);
    }
  }
  _onRequest(request) {
    const { options } = this;
    const { timeout, url } = options;
    publishRequestStart({
      requestId: this._requestId,
      url: url?.toString() ?? "",
      method: options.method,
      headers: options.headers
    });
    timer_default(request);
    this._cancelTimeouts = timedOut(request, timeout, url);
    if (this.options.http2) {
      request.removeAllListeners("timeout");
      request.once("socket", (socket) => {
        socket.removeAllListeners("timeout");
      });
    }
    const responseEventName = options.cache ? "cacheableResponse" : "response";
    request.once(responseEventName, (response) => {
      void this._onResponse(response);
    });
    request.once("error", (error) => {
      this._aborted = true;
      request.destroy();
      error = error instanceof TimeoutError2 ? new TimeoutError(error, this.timings, this) : new RequestError(error.message, error, this);
      this._beforeError(error);
    });
    this._unproxyEvents = proxyEvents(request, this, proxiedRequestEvents);
    this._request = request;
    this.emit("uploadProgress", this.uploadProgress);
    this._sendBody();
    this.emit("request", request);
  }
  async _asyncWrite(chunk2) {
    return new Promise((resolve, reject) => {
      super.write(chunk2, (error) => {
        if (error) {
          reject(error);
          return;
        }
        resolve();
      });
    });
  }
  _sendBody() {
    const { body } = this.options;
    const currentRequest = this.redirectUrls.length === 0 ? this : this._request ?? this;
    if (distribution_default.nodeStream(body)) {
      body.pipe(currentRequest);
    } else if (distribution_default.buffer(body)) {
      this._writeRequest(body, void 0, () => {
      });
      currentRequest.end();
    } else if (distribution_default.typedArray(body)) {
      const typedArray = body;
      const uint8View = new Uint8Array(typedArray.buffer, typedArray.byteOffset, typedArray.byteLength);
      this._writeRequest(uint8View, void 0, () => {
      });
      currentRequest.end();
    } else if (distribution_default.asyncIterable(body) || distribution_default.iterable(body) && !distribution_default.string(body) && !isBuffer(body)) {
      (async () => {
        try {
          for await (const chunk2 of body) {
            await this._asyncWrite(chunk2);
          }
          super.end();
        } catch (error) {
          this._beforeError(error);
        }
      })();
    } else if (distribution_default.undefined(body)) {
      const cannotHaveBody = methodsWithoutBody.has(this.options.method) && !(this.options.method === "GET" && this.options.allowGetBody);
      if ((this._noPipe ?? false) || cannotHaveBody || currentRequest !== this) {
        currentRequest.end();
      }
    } else {
      this._writeRequest(body, void 0, () => {
      });
      currentRequest.end();
    }
  }
  _prepareCache(cache) {
    if (cacheableStore.has(cache)) {
      return;
    }
    const cacheableRequest = new dist_default(((requestOptions, handler) => {
      const wrappedHandler = handler ? (response) => {
        const { beforeCacheHooks, gotRequest } = requestOptions;
        if (!beforeCacheHooks || beforeCacheHooks.length === 0) {
          handler(response);
          return;
        }
        try {
          for (const hook of beforeCacheHooks) {
            const result2 = hook(response);
            if (result2 === false) {
              response.headers["cache-control"] = "no-cache, no-store, must-revalidate";
              response.headers.pragma = "no-cache";
              response.headers.expires = "0";
              handler(response);
              return;
            }
            if (distribution_default.promise(result2)) {
              throw new TypeError("beforeCache hooks must be synchronous. The hook returned a Promise, but this hook must return synchronously. If you need async logic, use beforeRequest hook instead.");
            }
            if (result2 !== void 0) {
              throw new TypeError("beforeCache hook must return false or undefined. To modify the response, mutate it directly.");
            }
          }
        } catch (error) {
          if (gotRequest) {
            gotRequest._beforeError(error instanceof RequestError ? error : new RequestError(error.message, error, gotRequest));
            return;
          }
          console.error("Got: beforeCache hook error (request context unavailable):", error);
          handler(response);
          return;
        }
        handler(response);
      } : handler;
      const result = requestOptions._request(requestOptions, wrappedHandler);
      if (distribution_default.promise(result)) {
        result.once = (event, handler2) => {
          if (event === "error") {
            (async () => {
              try {
                await result;
              } catch (error) {
                handler2(error);
              }
            })();
          } else if (event === "abort" || event === "destroy") {
            (async () => {
              try {
                const request = await result;
                request.once(event, handler2);
              } catch {
              }
            })();
          } else {
            throw new Error(`Unknown HTTP2 promise event: ${event}`);
          }
          return result;
        };
      }
      return result;
    }), cache);
    cacheableStore.set(cache, cacheableRequest.request());
  }
  async _createCacheableRequest(url, options) {
    return new Promise((resolve, reject) => {
      Object.assign(options, urlToOptions(url));
      let request;
      const cacheRequest = cacheableStore.get(options.cache)(options, async (response) => {
        response._readableState.autoDestroy = false;
        if (request) {
          const fix = () => {
            if (response.req) {
              response.complete = response.req.res.complete;
            } else if (response.complete === void 0) {
              response.complete = true;
            }
          };
          response.prependOnceListener("end", fix);
          fix();
          (await request).emit("cacheableResponse", response);
        }
        resolve(response);
      });
      cacheRequest.once("error", reject);
      cacheRequest.once("request", async (requestOrPromise) => {
        request = requestOrPromise;
        resolve(request);
      });
    });
  }
  async _makeRequest() {
    const { options } = this;
    const { headers, username, password } = options;
    const cookieJar = options.cookieJar;
    for (const key in headers) {
      if (distribution_default.undefined(headers[key])) {
        delete headers[key];
      } else if (distribution_default.null(headers[key])) {
        throw new TypeError(`Use \`undefined\` instead of \`null\` to delete the \`${key}\` header`);
      }
    }
    if (options.decompress && distribution_default.undefined(headers["accept-encoding"])) {
      const encodings = ["gzip", "deflate"];
      if (supportsBrotli) {
        encodings.push("br");
      }
      if (supportsZstd2) {
        encodings.push("zstd");
      }
      headers["accept-encoding"] = encodings.join(", ");
    }
    if (username || password) {
      const credentials = Buffer3.from(`${username}:${password}`).toString("base64");
      headers.authorization = `Basic ${credentials}`;
    }
    if (cookieJar) {
      const cookieString = await cookieJar.getCookieString(options.url.toString());
      if (distribution_default.nonEmptyString(cookieString)) {
        headers.cookie = cookieString;
      }
    }
    let request;
    for (const hook of options.hooks.beforeRequest) {
      const result = await hook(options, { retryCount: this.retryCount });
      if (!distribution_default.undefined(result)) {
        request = () => result;
        break;
      }
    }
    request ||= options.getRequestFunction();
    const url = options.url;
    this._requestOptions = options.createNativeRequestOptions();
    if (options.cache) {
      this._requestOptions._request = request;
      this._requestOptions.cache = options.cache;
      this._requestOptions.body = options.body;
      this._requestOptions.beforeCacheHooks = options.hooks.beforeCache;
      this._requestOptions.gotRequest = this;
      try {
        this._prepareCache(options.cache);
      } catch (error) {
        throw new CacheError(error, this);
      }
    }
    const function_ = options.cache ? this._createCacheableRequest : request;
    try {
      let requestOrResponse = function_(url, this._requestOptions);
      if (distribution_default.promise(requestOrResponse)) {
        requestOrResponse = await requestOrResponse;
      }
      if (distribution_default.undefined(requestOrResponse)) {
        requestOrResponse = options.getFallbackRequestFunction()(url, this._requestOptions);
        if (distribution_default.promise(requestOrResponse)) {
          requestOrResponse = await requestOrResponse;
        }
      }
      if (is_client_request_default(requestOrResponse)) {
        this._onRequest(requestOrResponse);
      } else if (this.writableEnded) {
        void this._onResponse(requestOrResponse);
      } else {
        this.once("finish", () => {
          void this._onResponse(requestOrResponse);
        });
        this._sendBody();
      }
    } catch (error) {
      if (error instanceof CacheError2) {
        throw new CacheError(error, this);
      }
      throw error;
    }
  }
  async _error(error) {
    try {
      if (this.options && error instanceof HTTPError && !this.options.throwHttpErrors) {
      } else if (this.options) {
        const hooks = this.options.hooks.beforeError;
        if (hooks.length > 0) {
          for (const hook of hooks) {
            error = await hook(error);
            if (!(error instanceof Error)) {
              throw new TypeError(`The \`beforeError\` hook must return an Error instance. Received ${distribution_default.string(error) ? "string" : String(typeof error)}.`);
            }
          }
          if (!(error instanceof RequestError)) {
            errorsProcessedByHooks.add(error);
          }
        }
      }
    } catch (error_) {
      error = new RequestError(error_.message, error_, this);
    }
    publishError({
      requestId: this._requestId,
      url: this.options?.url?.toString() ?? "",
      error,
      timings: this.timings
    });
    this.destroy(error);
    if (this._noPipe) {
      process3.nextTick(() => {
        this.emit("error", error);
      });
    }
  }
  _writeRequest(chunk2, encoding, callback) {
    if (!this._request || this._request.destroyed) {
      callback();
      return;
    }
    this._request.write(chunk2, encoding, (error) => {
      if (!error && !this._request.destroyed) {
        const bytes = typeof chunk2 === "string" ? Buffer3.from(chunk2, encoding) : chunk2;
        this._uploadedSize += byteLength(bytes);
        const progress = this.uploadProgress;
        if (progress.percent < 1) {
          this.emit("uploadProgress", progress);
        }
      }
      callback(error);
    });
  }
  /**
  The remote IP address.
  */
  get ip() {
    return this.socket?.remoteAddress;
  }
  /**
  Indicates whether the request has been aborted or not.
  */
  get isAborted() {
    return this._aborted;
  }
  get socket() {
    return this._request?.socket ?? void 0;
  }
  /**
  Progress event for downloading (receiving a response).
  */
  get downloadProgress() {
    let percent2;
    if (this._responseSize) {
      percent2 = this._downloadedSize / this._responseSize;
    } else if (this._responseSize === this._downloadedSize) {
      percent2 = 1;
    } else {
      percent2 = 0;
    }
    return {
      percent: percent2,
      transferred: this._downloadedSize,
      total: this._responseSize
    };
  }
  /**
  Progress event for uploading (sending a request).
  */
  get uploadProgress() {
    let percent2;
    if (this._bodySize) {
      percent2 = this._uploadedSize / this._bodySize;
    } else if (this._bodySize === this._uploadedSize) {
      percent2 = 1;
    } else {
      percent2 = 0;
    }
    return {
      percent: percent2,
      transferred: this._uploadedSize,
      total: this._bodySize
    };
  }
  /**
      The object contains the following properties:
  
      - `start` - Time when the request started.
      - `socket` - Time when a socket was assigned to the request.
      - `lookup` - Time when the DNS lookup finished.
      - `connect` - Time when the socket successfully connected.
      - `secureConnect` - Time when the socket securely connected.
      - `upload` - Time when the request finished uploading.
      - `response` - Time when the request fired `response` event.
      - `end` - Time when the response fired `end` event.
      - `error` - Time when the request fired `error` event.
      - `abort` - Time when the request fired `abort` event.
      - `phases`
          - `wait` - `timings.socket - timings.start`
          - `dns` - `timings.lookup - timings.socket`
          - `tcp` - `timings.connect - timings.lookup`
          - `tls` - `timings.secureConnect - timings.connect`
          - `request` - `timings.upload - (timings.secureConnect || timings.connect)`
          - `firstByte` - `timings.response - timings.upload`
          - `download` - `timings.end - timings.response`
          - `total` - `(timings.end || timings.error || timings.abort) - timings.start`
  
      If something has not been measured yet, it will be `undefined`.
  
      __Note__: The time is a `number` representing the milliseconds elapsed since the UNIX epoch.
      */
  get timings() {
    return this._request?.timings;
  }
  /**
  Whether the response was retrieved from the cache.
  */
  get isFromCache() {
    return this._isFromCache;
  }
  get reusedSocket() {
    return this._request?.reusedSocket;
  }
  /**
  Whether the stream is read-only. Returns `true` when `body`, `json`, or `form` options are provided.
  */
  get isReadonly() {
    return !distribution_default.undefined(this.options?.body) || !distribution_default.undefined(this.options?.json) || !distribution_default.undefined(this.options?.form);
  }
};

// node_modules/got/dist/source/as-promise/types.js
var CancelError2 = class extends RequestError {
  constructor(request) {
    super("Promise was canceled", {}, request);
    this.name = "CancelError";
    this.code = "ERR_CANCELED";
  }
  /**
  Whether the promise is canceled.
  */
  get isCanceled() {
    return true;
  }
};

// node_modules/got/dist/source/as-promise/index.js
var proxiedRequestEvents2 = [
  "request",
  "response",
  "redirect",
  "uploadProgress",
  "downloadProgress"
];
function asPromise(firstRequest) {
  let globalRequest;
  let globalResponse;
  let normalizedOptions;
  const emitter = new EventEmitter2();
  let promiseSettled = false;
  const promise = new PCancelable((resolve, reject, onCancel) => {
    onCancel(() => {
      globalRequest.destroy();
    });
    onCancel.shouldReject = false;
    onCancel(() => {
      promiseSettled = true;
      reject(new CancelError2(globalRequest));
    });
    const makeRequest = (retryCount) => {
      onCancel(() => {
      });
      const request = firstRequest ?? new Request(void 0, void 0, normalizedOptions);
      request.retryCount = retryCount;
      request._noPipe = true;
      globalRequest = request;
      request.once("response", async (response) => {
        const contentEncoding = (response.headers["content-encoding"] ?? "").toLowerCase();
        const isCompressed = contentEncoding === "gzip" || contentEncoding === "deflate" || contentEncoding === "br" || contentEncoding === "zstd";
        const { options } = request;
        if (isCompressed && !options.decompress) {
          response.body = response.rawBody;
        } else {
          try {
            response.body = parseBody(response, options.responseType, options.parseJson, options.encoding);
          } catch (error) {
            try {
              response.body = response.rawBody.toString();
            } catch (error2) {
              request._beforeError(new ParseError(error2, response));
              return;
            }
            if (isResponseOk(response)) {
              request._beforeError(error);
              return;
            }
          }
        }
        try {
          const hooks = options.hooks.afterResponse;
          for (const [index, hook] of hooks.entries()) {
            response = await hook(response, async (updatedOptions) => {
              const preserveHooks = updatedOptions.preserveHooks ?? false;
              options.merge(updatedOptions);
              options.prefixUrl = "";
              if (updatedOptions.url) {
                options.url = updatedOptions.url;
              }
              if (!preserveHooks) {
                options.hooks.afterResponse = options.hooks.afterResponse.slice(0, index);
              }
              throw new RetryError(request);
            });
            if (!(distribution_default.object(response) && distribution_default.number(response.statusCode) && "body" in response)) {
              throw new TypeError("The `afterResponse` hook returned an invalid value");
            }
          }
        } catch (error) {
          request._beforeError(error);
          return;
        }
        globalResponse = response;
        if (!isResponseOk(response)) {
          request._beforeError(new HTTPError(response));
          return;
        }
        request.destroy();
        promiseSettled = true;
        resolve(request.options.resolveBodyOnly ? response.body : response);
      });
      let handledFinalError = false;
      const onError = (error) => {
        if (promise.isCanceled) {
          return;
        }
        if (!request._stopReading) {
          request._beforeError(error);
          return;
        }
        if (handledFinalError) {
          return;
        }
        handledFinalError = true;
        promiseSettled = true;
        const { options } = request;
        if (error instanceof HTTPError && !options.throwHttpErrors) {
          const { response } = error;
          request.destroy();
          resolve(request.options.resolveBodyOnly ? response.body : response);
          return;
        }
        reject(error);
      };
      request.on("error", onError);
      const previousBody = request.options?.body;
      request.once("retry", (newRetryCount, error) => {
        firstRequest = void 0;
        if (promiseSettled) {
          return;
        }
        const newBody = request.options.body;
        if (previousBody === newBody && distribution_default.nodeStream(newBody)) {
          error.message = "Cannot retry with consumed body stream";
          onError(error);
          return;
        }
        normalizedOptions = request.options;
        makeRequest(newRetryCount);
      });
      proxyEvents(request, emitter, proxiedRequestEvents2);
      if (distribution_default.undefined(firstRequest)) {
        void request.flush();
      }
    };
    makeRequest(0);
  });
  promise.on = (event, function_) => {
    emitter.on(event, function_);
    return promise;
  };
  promise.off = (event, function_) => {
    emitter.off(event, function_);
    return promise;
  };
  const shortcut = (promiseToAwait, responseType) => {
    const newPromise = (async () => {
      await promiseToAwait;
      const { options } = globalResponse.request;
      return parseBody(globalResponse, responseType, options.parseJson, options.encoding);
    })();
    Object.defineProperties(newPromise, Object.getOwnPropertyDescriptors(promiseToAwait));
    return newPromise;
  };
  promise.json = function() {
    if (globalRequest.options) {
      const { headers } = globalRequest.options;
      if (!globalRequest.writableFinished && !("accept" in headers)) {
        headers.accept = "application/json";
      }
    }
    return shortcut(this, "json");
  };
  promise.buffer = function() {
    return shortcut(this, "buffer");
  };
  promise.text = function() {
    return shortcut(this, "text");
  };
  return promise;
}

// node_modules/got/dist/source/create.js
var isGotInstance = (value) => distribution_default.function(value);
var aliases = [
  "get",
  "post",
  "put",
  "patch",
  "head",
  "delete"
];
var create = (defaults2) => {
  defaults2 = {
    options: new Options(void 0, void 0, defaults2.options),
    handlers: [...defaults2.handlers],
    mutableDefaults: defaults2.mutableDefaults
  };
  Object.defineProperty(defaults2, "mutableDefaults", {
    enumerable: true,
    configurable: false,
    writable: false
  });
  const got2 = ((url, options, defaultOptions2 = defaults2.options) => {
    const request = new Request(url, options, defaultOptions2);
    let promise;
    const lastHandler = (normalized) => {
      request.options = normalized;
      request._noPipe = !normalized?.isStream;
      void request.flush();
      if (normalized?.isStream) {
        return request;
      }
      promise ||= asPromise(request);
      return promise;
    };
    let iteration = 0;
    const iterateHandlers = (newOptions) => {
      const handler = defaults2.handlers[iteration++] ?? lastHandler;
      const result = handler(newOptions, iterateHandlers);
      if (distribution_default.promise(result) && !request.options?.isStream) {
        promise ||= asPromise(request);
        if (result !== promise) {
          const descriptors = Object.getOwnPropertyDescriptors(promise);
          for (const key in descriptors) {
            if (key in result) {
              delete descriptors[key];
            }
          }
          Object.defineProperties(result, descriptors);
          result.cancel = promise.cancel;
        }
      }
      return result;
    };
    return iterateHandlers(request.options);
  });
  got2.extend = (...instancesOrOptions) => {
    const options = new Options(void 0, void 0, defaults2.options);
    const handlers = [...defaults2.handlers];
    let mutableDefaults;
    for (const value of instancesOrOptions) {
      if (isGotInstance(value)) {
        options.merge(value.defaults.options);
        handlers.push(...value.defaults.handlers);
        mutableDefaults = value.defaults.mutableDefaults;
      } else {
        options.merge(value);
        if (value.handlers) {
          handlers.push(...value.handlers);
        }
        mutableDefaults = value.mutableDefaults;
      }
    }
    return create({
      options,
      handlers,
      mutableDefaults: Boolean(mutableDefaults)
    });
  };
  const paginateEach = (async function* (url, options) {
    let normalizedOptions = new Options(url, options, defaults2.options);
    normalizedOptions.resolveBodyOnly = false;
    const { pagination } = normalizedOptions;
    assert.function(pagination.transform);
    assert.function(pagination.shouldContinue);
    assert.function(pagination.filter);
    assert.function(pagination.paginate);
    assert.number(pagination.countLimit);
    assert.number(pagination.requestLimit);
    assert.number(pagination.backoff);
    const allItems = [];
    let { countLimit } = pagination;
    let numberOfRequests = 0;
    while (numberOfRequests < pagination.requestLimit) {
      if (numberOfRequests !== 0) {
        await delay(pagination.backoff);
      }
      const response = await got2(void 0, void 0, normalizedOptions);
      const parsed = await pagination.transform(response);
      const currentItems = [];
      assert.array(parsed);
      for (const item of parsed) {
        if (pagination.filter({ item, currentItems, allItems })) {
          if (!pagination.shouldContinue({ item, currentItems, allItems })) {
            return;
          }
          yield item;
          if (pagination.stackAllItems) {
            allItems.push(item);
          }
          currentItems.push(item);
          if (--countLimit <= 0) {
            return;
          }
        }
      }
      const optionsToMerge = pagination.paginate({
        response,
        currentItems,
        allItems
      });
      if (optionsToMerge === false) {
        return;
      }
      if (optionsToMerge === response.request.options) {
        normalizedOptions = response.request.options;
      } else {
        normalizedOptions.merge(optionsToMerge);
        try {
          assert.any([distribution_default.urlInstance, distribution_default.undefined], optionsToMerge.url);
        } catch (error) {
          if (error instanceof Error) {
            error.message = `Option 'pagination.paginate.url': ${error.message}`;
          }
          throw error;
        }
        if (optionsToMerge.url !== void 0) {
          normalizedOptions.prefixUrl = "";
          normalizedOptions.url = optionsToMerge.url;
        }
      }
      numberOfRequests++;
    }
  });
  got2.paginate = paginateEach;
  got2.paginate.all = (async (url, options) => {
    const results = [];
    for await (const item of paginateEach(url, options)) {
      results.push(item);
    }
    return results;
  });
  got2.paginate.each = paginateEach;
  got2.stream = ((url, options) => got2(url, { ...options, isStream: true }));
  for (const method of aliases) {
    got2[method] = ((url, options) => got2(url, { ...options, method }));
    got2.stream[method] = ((url, options) => got2(url, { ...options, method, isStream: true }));
  }
  if (!defaults2.mutableDefaults) {
    Object.freeze(defaults2.handlers);
    defaults2.options.freeze();
  }
  Object.defineProperty(got2, "defaults", {
    value: defaults2,
    writable: false,
    configurable: false,
    enumerable: true
  });
  return got2;
};
var create_default = create;

// node_modules/got/dist/source/index.js
var defaults = {
  options: new Options(),
  handlers: [],
  mutableDefaults: false
};
var got = create_default(defaults);
var source_default = got;

// src/platform/redact.ts
var REDACTED = "[redacted]";
function variants(secret) {
  const forms = /* @__PURE__ */ new Set([secret, encodeURIComponent(secret), encodeURI(secret)]);
  for (const form of [...forms]) forms.add(form.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  return [...forms];
}
function createRedactor(secrets) {
  const forms = [...new Set(secrets.filter((s) => s.trim() !== "").flatMap(variants))].sort(
    (a2, b) => b.length - a2.length
  );
  return (text) => {
    let out = text;
    for (const form of forms) out = out.replaceAll(form, REDACTED);
    return out;
  };
}
function scrubError(value, redact, depth = 0) {
  if (!(value instanceof Error)) return new Error(redact(String(value)));
  const nested = depth < 8;
  const errors = value instanceof AggregateError && nested ? value.errors.map((e) => scrubError(e, redact, depth + 1)) : void 0;
  const copy = errors ? new AggregateError(errors, redact(value.message)) : new Error(redact(value.message));
  if (value.cause !== void 0 && nested) copy.cause = scrubError(value.cause, redact, depth + 1);
  copy.name = redact(value.name);
  copy.stack = value.stack === void 0 ? void 0 : redact(value.stack);
  const code = value.code;
  if (typeof code === "string" || typeof code === "number")
    copy.code = typeof code === "number" ? code : redact(code);
  return copy;
}

// src/platform/transport.ts
var DEFAULT_TIMEOUT_MS = 15e3;
var DEFAULT_RETRY = Object.freeze({
  limit: 5,
  baseDelayMs: 500,
  maxDelayMs: 1e4,
  totalTimeMs: 6e4
});
var SAME_FAILURE_LIMIT = 3;
var UNAVAILABLE_CALLS_LIMIT = 3;
var TRANSIENT_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var RESET_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ERR_STREAM_PREMATURE_CLOSE"]);
var TLS_CODES = /* @__PURE__ */ new Set([
  "EPROTO",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
  "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
  "INVALID_CA",
  "PATH_LENGTH_EXCEEDED",
  "INVALID_PURPOSE",
  "HOSTNAME_MISMATCH"
]);
var TLS_PREFIXES = [
  "ERR_TLS_",
  "ERR_SSL_",
  "ERR_OSSL_",
  "CERT_",
  "CRL_",
  "ERROR_IN_CERT_",
  "ERROR_IN_CRL_"
];
var UNREACHABLE_CODES = /* @__PURE__ */ new Set(["ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN"]);
var CHECK_ENDPOINT2 = "check --endpoint / FAQOPS_ENDPOINT";
function createTransport(options) {
  const { onRetry, beforeRequest, redirectReason, exampleEndpoint } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const base = parseEndpoint(options.endpoint, { insecureHttp: true });
  const secrets = [...options.secrets, ...userinfoForms(base)];
  let redactKnown = createRedactor(secrets);
  const redact = (text) => redactKnown(text);
  const shown = displayEndpoint(base);
  const agent = {
    http: new http3.Agent({ keepAlive: true }),
    https: new https2.Agent({ keepAlive: true })
  };
  function failWith(by, action, kind, message, details = {}) {
    return new PlatformError(by(`${action}: ${message}`), {
      ...details,
      action,
      kind,
      hint: details.hint === void 0 ? void 0 : by(details.hint),
      cause: details.cause === void 0 ? void 0 : scrubError(details.cause, by)
    });
  }
  let sameFailure = { key: "", count: 0 };
  let unavailableCalls = 0;
  async function send(exchange) {
    const { action, body, signal } = exchange;
    const url = `${base}${exchange.path}`;
    const callSecrets = [];
    let redactCall = redact;
    const fail = (kind, message, details) => failWith(redactCall, action, kind, message, details);
    const cancelled = (cause) => fail("aborted", "the call was cancelled.", { cause });
    function headersFor() {
      const own = exchange.headers?.() ?? {};
      const secretNames = exchange.secretHeaders ?? [];
      let added = false;
      for (const [name, value] of Object.entries(own)) {
        if (secretNames.includes(name.toLowerCase()) && value.trim() !== "") {
          callSecrets.push(value);
          added = true;
        }
      }
      if (added) {
        const forCall = createRedactor(callSecrets);
        redactCall = (text) => forCall(redact(text));
      }
      return {
        "content-type": "application/json",
        "user-agent": `faqops/${VERSION}`,
        ...own
      };
    }
    function context(attempts) {
      const failHere = (kind, message, details = {}) => fail(kind, message, { attempts, ...details });
      return {
        action,
        attempts,
        redact: (text) => redactCall(text),
        fail: failHere,
        unexpectedStatus: (answer) => unexpectedStatus(answer, failHere, { base, shown, redirectReason, exampleEndpoint }),
        notThePlatform: (answer, what) => failHere(
          "fatal",
          what ?? `the answer from ${shown} is not the platform's JSON envelope.`,
          {
            httpStatus: answer.status,
            hint: `${CHECK_ENDPOINT2}: something other than the platform's open API answers there.`
          }
        )
      };
    }
    async function attempt(timeout, attempts) {
      let response;
      try {
        response = await source_default.post(url, {
          body,
          headers: headersFor(),
          agent,
          timeout: { request: timeout },
          // Retries are the loop in `send`; got's own would not retry a POST anyway.
          retry: { limit: 0 },
          throwHttpErrors: false,
          // A redirect would carry the credentials wherever it points: refused (unexpectedStatus).
          followRedirect: false,
          responseType: "text",
          signal
        });
      } catch (error) {
        if (signal?.aborted) throw cancelled(signal.reason);
        const failure = classifyRequestError(error, shown, timeout);
        if (failure.type === "systemic") {
          throw fail("fatal", failure.message, { attempts, hint: failure.hint, cause: error });
        }
        sameFailure = sameFailure.key === failure.key ? { key: failure.key, count: sameFailure.count + 1 } : { key: failure.key, count: 1 };
        if (sameFailure.count >= SAME_FAILURE_LIMIT) {
          throw fail("fatal", failure.repeated.message, {
            attempts,
            hint: failure.repeated.hint,
            cause: error
          });
        }
        return { type: "retry", reason: failure.reason, cause: error };
      }
      sameFailure = { key: "", count: 0 };
      const status = response.statusCode;
      if (TRANSIENT_STATUSES.has(status)) {
        const retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
        return { type: "retry", reason: `HTTP ${status}`, status, retryAfterMs };
      }
      return { type: "answer", status, body: response.body, location: response.headers.location };
    }
    let deadline = Date.now() + retry.totalTimeMs;
    for (let attempts = 1; ; attempts++) {
      if (beforeRequest) {
        const queued = Date.now();
        await beforeRequest();
        deadline += Date.now() - queued;
        if (signal?.aborted) throw cancelled(signal.reason);
      }
      const remaining = deadline - Date.now();
      let outcome = await attempt(Math.max(1, Math.min(timeoutMs, remaining)), attempts);
      if (outcome.type === "answer") {
        const verdict = exchange.interpret(outcome, context(attempts));
        if (verdict.type === "done") {
          unavailableCalls = 0;
          return verdict.value;
        }
        outcome = { ...verdict, status: outcome.status };
      }
      const failed = outcome;
      const giveUp = (why) => {
        if (failed.exhausted) return failed.exhausted;
        unavailableCalls++;
        const details = {
          code: failed.code,
          httpStatus: failed.status,
          attempts,
          cause: failed.cause
        };
        if (unavailableCalls >= UNAVAILABLE_CALLS_LIMIT) {
          return fail(
            "fatal",
            `${unavailableCalls} calls in a row to ${shown} gave up, none succeeding in between (the last: ${failed.reason}; ${why}).`,
            {
              ...details,
              hint: "the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or lower --rate."
            }
          );
        }
        return fail("unavailable", `${failed.reason}; ${why}.`, {
          ...details,
          hint: "the platform (or the network to it) is failing or overloaded; try again later, or lower --rate."
        });
      };
      if (attempts > retry.limit) {
        throw giveUp(`gave up after ${attempts} ${attempts === 1 ? "attempt" : "attempts"}`);
      }
      const left = deadline - Date.now();
      let delayMs;
      if (failed.immediate) {
        delayMs = 0;
      } else if (failed.retryAfterMs !== void 0) {
        if (failed.retryAfterMs > left) {
          throw giveUp(
            `the platform asked to wait ${Math.ceil(failed.retryAfterMs / 1e3)} s (Retry-After), longer than the ${Math.max(0, Math.floor(left / 1e3))} s left of the retry budget`
          );
        }
        delayMs = failed.retryAfterMs;
      } else {
        delayMs = Math.floor(
          Math.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempts - 1))
        );
        if (delayMs >= left) {
          throw giveUp(
            `gave up after ${attempts} attempts in ${Math.round(retry.totalTimeMs / 1e3)} s`
          );
        }
      }
      onRetry?.({ action, attempt: attempts, delayMs, reason: redactCall(failed.reason) });
      try {
        await sleep3(delayMs, void 0, { signal });
      } catch (error) {
        throw cancelled(error);
      }
    }
  }
  return {
    base,
    shown,
    redact,
    addSecret(secret) {
      if (secret.trim() === "" || secrets.includes(secret)) return;
      secrets.push(secret);
      redactKnown = createRedactor(secrets);
    },
    fail: (action, kind, message, details) => failWith(redact, action, kind, message, details),
    send,
    close() {
      agent.http.destroy();
      agent.https.destroy();
    }
  };
}
function unexpectedStatus(answer, fail, where) {
  const { status } = answer;
  const { shown } = where;
  const systemic = (message, hint) => fail("fatal", message, { httpStatus: status, hint });
  if (status >= 300 && status <= 399) {
    const target = locationOrigin(answer.location, where.base);
    return systemic(
      `${shown} redirects (HTTP ${status})${target ? ` to ${target}` : ""}; faqops does not follow redirects, ${where.redirectReason}.`,
      `${CHECK_ENDPOINT2}: set it to the address that answers the API itself (often the https:// form of the same URL).`
    );
  }
  if (status >= 400 && status <= 499) {
    return systemic(
      `HTTP ${status} from ${shown}: this is not the platform's open API.`,
      `${CHECK_ENDPOINT2}: it should be the platform's base URL, such as ${where.exampleEndpoint}, with no path.`
    );
  }
  if (status >= 500 && status <= 599) {
    return systemic(
      `HTTP ${status} from ${shown}: the server there cannot serve the platform's open API.`,
      `${CHECK_ENDPOINT2}, and any proxy between here and the platform.`
    );
  }
  return systemic(
    `unexpected HTTP ${status} from ${shown}: the platform answers every call with HTTP 200.`,
    `${CHECK_ENDPOINT2}, and any proxy between here and the platform.`
  );
}
var HTTP_DATE = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*, \d{2}[ -][A-Z][a-z]{2}[ -]\d{2,4} \d{2}:\d{2}:\d{2} GMT|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) {
    const ms = Math.round(Number(text) * 1e3);
    return Number.isFinite(ms) ? ms : void 0;
  }
  if (!HTTP_DATE.test(text)) return void 0;
  const date = Date.parse(text.endsWith("GMT") ? text : `${text} GMT`);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function classifyRequestError(error, endpoint, timeoutMs) {
  const { name, message, code } = error instanceof Error ? error : {};
  const text = (message ?? String(error)).split("\n")[0] ?? "";
  const label = code ?? name ?? "unknown error";
  const transient = (key, reason, repeated, hint) => ({ type: "transient", key, reason, repeated: { message: repeated, hint } });
  const systemic = (systemicMessage, hint) => ({ type: "systemic", message: systemicMessage, hint });
  if (name === "TimeoutError" || code === "ETIMEDOUT") {
    return transient(
      "time-out",
      `no answer within ${timeoutMs} ms`,
      `no answer from ${endpoint} on ${SAME_FAILURE_LIMIT} requests in a row (each timed out after ${timeoutMs} ms).`,
      `the platform is down, or something between here and it swallows the requests: ${CHECK_ENDPOINT2}, and that the host answers from this machine.`
    );
  }
  if (code !== void 0 && RESET_CODES.has(code) || /socket hang up/i.test(text)) {
    return transient(
      "reset",
      `the connection broke (${label})`,
      `no answer from ${endpoint} on ${SAME_FAILURE_LIMIT} requests in a row (each connection was closed before an answer: ${label}).`,
      `${CHECK_ENDPOINT2}: its scheme (http:// or https://) and port, and any proxy in between.`
    );
  }
  if (code === "EAI_AGAIN") {
    return transient(
      code,
      `the DNS lookup failed for now (${code})`,
      `cannot resolve the host of ${endpoint} on ${SAME_FAILURE_LIMIT} requests in a row (${code}).`,
      `check this machine's DNS and network, and the host in --endpoint / FAQOPS_ENDPOINT.`
    );
  }
  if (code === "ECONNREFUSED") {
    return systemic(
      `nothing is listening at ${endpoint} (connection refused).`,
      `${CHECK_ENDPOINT2} (its host and port), and that the platform \u2014 or the emulator \u2014 is up and reachable from here.`
    );
  }
  if (code === "ENOTFOUND") {
    return systemic(
      `cannot resolve the host of ${endpoint} (ENOTFOUND).`,
      `check the host name in --endpoint / FAQOPS_ENDPOINT, and this machine's DNS and network.`
    );
  }
  if (code !== void 0 && (TLS_CODES.has(code) || TLS_PREFIXES.some((p) => code.startsWith(p)))) {
    return systemic(
      `a TLS/certificate problem with ${endpoint} (${code}: ${tlsReason(text)}).`,
      `${CHECK_ENDPOINT2}: https:// for the platform, and a host whose certificate is valid for that name; behind a proxy that re-signs TLS, give Node its CA with NODE_EXTRA_CA_CERTS.`
    );
  }
  if (code !== void 0 && UNREACHABLE_CODES.has(code)) {
    return systemic(
      `cannot reach ${endpoint}: there is no route to it from here (${code}).`,
      "check this machine's network, firewall and proxy, and --endpoint / FAQOPS_ENDPOINT."
    );
  }
  if (code?.startsWith("HPE_")) {
    return systemic(
      `the server at ${endpoint} does not answer in HTTP (${code}).`,
      `${CHECK_ENDPOINT2}: its scheme (http:// or https://) and port.`
    );
  }
  return systemic(
    `the request to ${endpoint} failed (${label}: ${text}).`,
    `${CHECK_ENDPOINT2} and the network; report it if they are right.`
  );
}
function tlsReason(text) {
  const openssl = /:error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(text);
  return (openssl?.[1] ?? text).trim();
}
function locationOrigin(location, base) {
  if (!location) return void 0;
  try {
    const origin = new URL(location, `${base}/`).origin;
    return origin === "null" ? void 0 : origin;
  } catch {
    return void 0;
  }
}
function userinfoForms(base) {
  const { username, password } = new URL(base);
  if (!username && !password) return [];
  const decode = (text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return [`${username}:${password}@`, `${username}@`, password, decode(password)].filter(
    (form) => form !== "@" && form !== ":@"
  );
}
function readInteger(value) {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) {
    const n2 = Number(value);
    return Number.isSafeInteger(n2) ? n2 : void 0;
  }
  return void 0;
}

// src/platform/client.ts
function createClient(options) {
  const { credentials, random } = options;
  checkToken(credentials.token);
  const cryptor = createCryptor(credentials);
  const transport = createTransport({
    ...options,
    secrets: [credentials.token, credentials.encodingAesKey],
    redirectReason: "because the TOKEN is part of every request URL",
    exampleEndpoint: DEFAULT_ENDPOINT
  });
  const { shown } = transport;
  function call(action, plaintext, signal) {
    return transport.send({
      action,
      // Verbatim, as the platform's API puts it (checkToken: it needs no encoding).
      path: `/openapi/${action}/${credentials.token}`,
      // Encrypted once: every retry sends the same bytes.
      body: JSON.stringify({ encrypt: cryptor.encrypt(plaintext, random?.()) }),
      signal,
      interpret
    });
  }
  function interpret(answer, call2) {
    if (answer.status !== 200) throw call2.unexpectedStatus(answer);
    const envelope = readEnvelope(answer.body);
    if (envelope === void 0) throw call2.notThePlatform(answer);
    if (envelope.code !== 0) {
      const info = describeCode(envelope.code);
      const said = envelope.message ? ` ("${envelope.message}")` : "";
      throw call2.fail(
        info.fatal ? "fatal" : "rejected",
        `${info.meaning}: code ${envelope.code}${said}.`,
        { code: envelope.code, httpStatus: answer.status, hint: info.todo }
      );
    }
    return { type: "done", value: envelope };
  }
  const managerOnly = xmlDocument([["managerid", credentials.managerId]]);
  return {
    async setAutoReply(entry, callOptions) {
      await call(
        "setautoreply",
        setAutoReplyXml(credentials.managerId, entry),
        callOptions?.signal
      );
    },
    async batchImportSkill(mode, entries2) {
      const skills = entries2.map(
        (entry) => [
          "skill",
          [
            ["skillname", entry.skill],
            ["title", entry.title],
            ...entry.questions.map((q) => ["question", q]),
            ["answer", entry.content]
          ]
        ]
      );
      await call(
        "batchimportskill",
        xmlDocument([["managerid", credentials.managerId], ["mode", String(mode)], ...skills])
      );
    },
    async publish() {
      await call("publish", managerOnly);
    },
    async publishProgress() {
      const envelope = await call("publish_progress", managerOnly);
      const progress = readProgress(envelope.data);
      if (progress === void 0) {
        throw transport.fail(
          "publish_progress",
          "fatal",
          `the answer from ${shown} has no valid progress and status.`,
          {
            hint: `${CHECK_ENDPOINT2}: something other than the platform's open API answers there.`
          }
        );
      }
      return progress;
    },
    close() {
      transport.close();
    }
  };
}
function readEnvelope(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return void 0;
  const record = json;
  const present = ["code", "errcode", "ret"].filter((k) => record[k] !== void 0);
  if (present.length === 0) return void 0;
  let code = 0;
  for (const key of present) {
    const value = readInteger(record[key]);
    if (value === void 0) return void 0;
    if (code === 0) code = value;
  }
  const text = record.errmsg ?? record.msg;
  const message = text === void 0 || text === null ? void 0 : typeof text === "string" ? text : JSON.stringify(text);
  return { code, message, data: record.data };
}
function readProgress(data) {
  if (typeof data !== "object" || data === null) return void 0;
  const record = data;
  const progress = readInteger(record.progress);
  const status = readInteger(record.status);
  if (progress === void 0 || progress < 0 || progress > 100) return void 0;
  if (status !== 0 && status !== 1 && status !== 2) return void 0;
  return { progress, status };
}

// src/platform/v2/codes.ts
var OPEN_API_PAGE2 = "the bot console's \u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API page";
var PERMISSION_HINT = `enable the open API for this bot on ${OPEN_API_PAGE2} (a bot without it refuses every v2 call), and check that FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (an administrator's user id) are the ones shown there.`;
var SIGNATURE_HINT = `check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then FAQOPS_TOKEN (the Token on ${OPEN_API_PAGE2}); a Token with stray characters signs wrongly.`;
var TOKEN_CALL_HINT = `check this machine's clock (every signature carries the time: sync it, e.g. with NTP), FAQOPS_TOKEN and FAQOPS_APPID against ${OPEN_API_PAGE2}, and FAQOPS_MANAGER_ID (the account: an administrator's user id, under \u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650).`;
var BAD_REQUEST2 = {
  meaning: "the platform could not read the request (bad request)",
  todo: "run `faqops check`; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
  outcome: "rejected"
};
var SERVER_FAULT = (what) => ({
  meaning: `the platform failed for now (${what})`,
  todo: "nothing to change: faqops retries it; if it persists, try again later.",
  outcome: "transient"
});
var CODES2 = /* @__PURE__ */ new Map([
  [
    110001,
    {
      // "Internal Server Error" in name only: the community saw it on /v2/token for a stale
      // timestamp and for a body signed in another form than the one sent ([c-token]).
      meaning: "the platform refused the request (a stale timestamp, a wrong signature or account)",
      todo: TOKEN_CALL_HINT,
      outcome: "fatal"
    }
  ],
  [110002, { ...BAD_REQUEST2, meaning: "a request parameter is wrong (bad request)" }],
  [
    110003,
    {
      meaning: "the content failed the platform's safety check (\u9EC4\u53CD)",
      todo: "change the wording of the entries in this request; the platform does not say which one it refused.",
      outcome: "rejected"
    }
  ],
  [210106, { ...BAD_REQUEST2, meaning: "the platform could not parse the request's JSON" }],
  [1000012, { ...BAD_REQUEST2, meaning: "the platform could not parse the request's data" }],
  [
    210202,
    {
      meaning: "no permission: the platform refused the access token",
      todo: PERMISSION_HINT,
      outcome: "permission"
    }
  ],
  [
    210205,
    {
      meaning: "calls too frequent",
      todo: "nothing to change: faqops backs off and retries; if it persists, lower --rate.",
      outcome: "transient"
    }
  ],
  [210201, SERVER_FAULT("a database error")],
  [1003001, SERVER_FAULT("a key-value store error")],
  [1110001, SERVER_FAULT("an internal error")]
]);
var ALREADY_PUBLISHING = 210205;
var KNOWN_V2_CODES = [...CODES2.keys()];
function describeV2Code(code) {
  return CODES2.get(code) ?? {
    meaning: `an error code faqops does not know (${code})`,
    todo: "see the platform's v2 error code page; this call's request was not applied.",
    outcome: "rejected"
  };
}
function isNoAuthMessage(message) {
  return message !== void 0 && /user has no auth to access api/i.test(message);
}

// src/platform/v2/sign.ts
import { createHash, randomBytes as randomBytes2, randomUUID as randomUUID2 } from "node:crypto";
function md5Hex(data) {
  return createHash("md5").update(data).digest("hex");
}
function signV2(token, timestamp, nonce, body) {
  return md5Hex(token + timestamp + nonce + md5Hex(body));
}
function signedHeaders(token, body, now = Date.now(), nonce = randomNonce()) {
  const timestamp = String(Math.floor(now / 1e3));
  return {
    request_id: randomUUID2(),
    timestamp,
    nonce,
    sign: signV2(token, timestamp, nonce, body)
  };
}
function randomNonce() {
  const bytes = randomBytes2(16);
  let out = "";
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}

// src/platform/v2/client.ts
var TOKEN_TTL_MS = 100 * 6e4;
var TASK_STATES = { 1: "running", 2: "succeeded", 3: "failed" };
var PUBLISH_STATUS = { 3: 0, 1: 1, 2: 2 };
function createV2Client(options) {
  const { credentials } = options;
  for (const [name, value] of Object.entries(credentials)) {
    if (typeof value !== "string" || value.trim() === "") {
      throw new ConfigError(`The v2 credential ${name} is empty.`, {
        hint: "set FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (see readV2Credentials)."
      });
    }
  }
  const now = options.now ?? Date.now;
  const nonce = options.nonce ?? randomNonce;
  const tokenTtlMs = options.tokenTtlMs ?? TOKEN_TTL_MS;
  const transport = createTransport({
    ...options,
    secrets: [credentials.token],
    redirectReason: "because every request carries a credential (the access token or a signature) in its headers",
    exampleEndpoint: DEFAULT_V2_ENDPOINT
  });
  const { shown } = transport;
  const sign = (body) => signedHeaders(credentials.token, body, now(), nonce());
  function interpreter(reading) {
    let refusedSignatures = 0;
    return (answer, call) => {
      const { status } = answer;
      if (status === 400) {
        refusedSignatures++;
        const said2 = shortText(answer.body);
        const error = call.fail(
          "fatal",
          `HTTP 400 from ${shown}${said2 ? ` ("${said2}")` : ""}: the platform refused the request's signature${refusedSignatures > 1 ? ", again after signing it afresh" : ""}.`,
          { httpStatus: status, hint: SIGNATURE_HINT }
        );
        if (refusedSignatures > 1) throw error;
        return {
          type: "retry",
          reason: "HTTP 400 (signature refused): signing afresh",
          immediate: true,
          exhausted: error
        };
      }
      if (status === 401 || status === 403) {
        const refused = call.fail(
          "fatal",
          reading.tokenCall ? `HTTP ${status} from ${shown}: the platform refused the token request.` : `HTTP ${status} from ${shown}: the platform refused the access token${reading.renewed ? ", a new one too" : ""}.`,
          { httpStatus: status, hint: reading.tokenCall ? TOKEN_CALL_HINT : PERMISSION_HINT }
        );
        if (reading.tokenCall) throw refused;
        return { type: "done", value: { type: "refused", error: refused } };
      }
      if (status !== 200) throw call.unexpectedStatus(answer);
      const envelope = readV2Envelope(answer.body);
      if (envelope === void 0) throw call.notThePlatform(answer);
      const { code, message } = envelope;
      const said = describeAnswer(envelope);
      if (isNoAuthMessage(message)) {
        throw call.fail("fatal", `the open API is not enabled for this bot: code ${code}${said}.`, {
          code,
          httpStatus: status,
          hint: PERMISSION_HINT
        });
      }
      if (code === 0) {
        return {
          type: "done",
          value: { type: "ok", value: reading.read(envelope.data, call, answer) }
        };
      }
      const accepted = reading.accept?.(code);
      if (accepted) return { type: "done", value: { type: "ok", value: accepted.value } };
      const info = describeV2Code(code);
      const details = { code, httpStatus: status, hint: info.todo };
      switch (info.outcome) {
        case "transient":
          return { type: "retry", reason: `code ${code} (${info.meaning})`, code };
        case "permission": {
          const renewed = reading.renewed ? ", with a new access token too" : "";
          const error = call.fail(
            "fatal",
            `${info.meaning}: code ${code}${said}${renewed}.`,
            details
          );
          if (reading.tokenCall) throw error;
          return { type: "done", value: { type: "refused", error } };
        }
        case "fatal":
        case "rejected":
          throw call.fail(
            reading.tokenCall ? "fatal" : info.outcome,
            `${info.meaning}: code ${code}${said}.`,
            reading.tokenCall && info.outcome === "rejected" ? { ...details, hint: TOKEN_CALL_HINT } : details
          );
      }
    };
  }
  let cached;
  let pending;
  async function exchange() {
    const body = JSON.stringify({ account: credentials.account });
    const reply = await transport.send({
      action: "/v2/token",
      path: "/v2/token",
      body,
      headers: () => ({ "X-APPID": credentials.appId, ...sign(body) }),
      secretHeaders: ["sign"],
      interpret: interpreter({ tokenCall: true, renewed: false, read: readAccessToken })
    });
    if (reply.type === "refused") throw reply.error;
    return reply.value;
  }
  function readAccessToken(data, call, answer) {
    const token = isRecord(data) ? data.access_token : void 0;
    if (typeof token === "string" && token.trim() !== "") transport.addSecret(token);
    if (typeof token !== "string" || token === "") {
      throw call.notThePlatform(
        answer,
        `the answer from ${shown} to /v2/token has no access_token.`
      );
    }
    if (!/^[\x21-\x7e]+$/.test(token)) {
      throw call.notThePlatform(
        answer,
        `the access_token from ${shown} cannot be sent in a header (it holds spaces, controls or non-ASCII characters).`
      );
    }
    return token;
  }
  async function lease(action, signal) {
    if (cached && now() < cached.expiresAt) return { token: cached.token, cached: true };
    if (!pending) {
      const started = now();
      const exchanged = exchange().then((token) => {
        cached = { token, expiresAt: started + tokenTtlMs };
        return token;
      });
      pending = exchanged;
      exchanged.then(
        () => {
          if (pending === exchanged) pending = void 0;
        },
        () => {
          if (pending === exchanged) pending = void 0;
        }
      );
    }
    return { token: await abortable(pending, signal, action), cached: false };
  }
  function forget(token) {
    if (cached?.token === token) cached = void 0;
  }
  function abortable(promise, signal, action) {
    if (!signal) return promise;
    const cancelled = () => transport.fail(action, "aborted", "the call was cancelled.", { cause: signal.reason });
    if (signal.aborted) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(cancelled());
      signal.addEventListener("abort", onAbort, { once: true });
      promise.then(
        (value) => {
          signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        }
      );
    });
  }
  async function authorized(path4, payload, read, extra = {}) {
    const { signal } = extra;
    const body = JSON.stringify(payload);
    let held = await lease(path4, signal);
    for (let renewed = false; ; renewed = true) {
      const { token } = held;
      const reply = await transport.send({
        action: path4,
        path: path4,
        body,
        // Verbatim, never URL-encoded: tokens hold "+" and "@" ([token], [fetch]).
        headers: () => ({ "X-OPENAI-TOKEN": token, ...sign(body) }),
        secretHeaders: ["sign"],
        signal,
        interpret: interpreter({ tokenCall: false, renewed, read, accept: extra.accept })
      });
      if (reply.type === "ok") return reply.value;
      if (renewed || !held.cached) throw reply.error;
      forget(token);
      held = await lease(path4, signal);
    }
  }
  const misshapen = (call, answer, what) => call.notThePlatform(answer, `the answer from ${shown} to ${call.action} ${what}.`);
  return {
    async importJson(mode, items, callOptions) {
      if (mode !== 0 && mode !== 1) {
        throw new InternalError(`importJson: mode must be 0 or 1; got ${String(mode)}.`);
      }
      const data = items.map((item) => wireItem(mode, item));
      return authorized(
        "/v2/bot/import/json",
        { mode, data },
        (answer, call, http4) => {
          const taskId = isRecord(answer) ? answer.task_id : void 0;
          if (typeof taskId === "string" && taskId.trim() !== "") return taskId;
          if (typeof taskId === "number" && Number.isSafeInteger(taskId)) return String(taskId);
          throw call.fail(
            "fatal",
            `the platform accepted the import but gave no task_id, so nothing can confirm it (the platform has answered so before while importing nothing).`,
            {
              httpStatus: http4.status,
              hint: "try again later; if it persists, check the bot's console for what was imported, and report it to the platform."
            }
          );
        },
        { signal: callOptions?.signal }
      );
    },
    async fetchTask(taskId, callOptions) {
      if (typeof taskId !== "string" || taskId.trim() === "") {
        throw new InternalError("fetchTask: the task id must be a non-empty string.");
      }
      return authorized(
        "/v2/async/fetch",
        { task_id: taskId },
        (data, call, answer) => readTask(data, call, answer),
        { signal: callOptions?.signal }
      );
    },
    async publish() {
      await authorized("/v2/bot/publish", {}, () => void 0, {
        // "The bot is already publishing" ([errors]): the caller polls progress either way.
        accept: (code) => code === ALREADY_PUBLISHING ? { value: void 0 } : void 0
      });
    },
    async publishProgress() {
      return authorized("/v2/bot/effective_progress", { env: "online" }, (data, call, answer) => {
        const record = isRecord(data) ? data : {};
        const status = PUBLISH_STATUS[readInteger(record.status) ?? -1];
        if (status === void 0) {
          throw misshapen(call, answer, "has no publish status the platform documents (1, 2, 3)");
        }
        const progress = readInteger(record.progress);
        if (progress !== void 0 && progress >= 0 && progress <= 100) return { progress, status };
        if (status === 2) return { progress: 0, status };
        throw misshapen(call, answer, "has no progress from 0 to 100");
      });
    },
    close() {
      transport.close();
    }
  };
  function readTask(data, call, answer) {
    if (!isRecord(data)) throw misshapen(call, answer, "has no task status");
    const state = TASK_STATES[readInteger(data.state)];
    if (state === void 0) {
      throw misshapen(call, answer, "has no task state the platform documents (1, 2, 3)");
    }
    const count = (key) => {
      const value = data[key];
      if (value === void 0 || value === null) return 0;
      const n2 = readInteger(value);
      if (n2 === void 0) throw misshapen(call, answer, `has a ${key} that is not a number`);
      return n2;
    };
    const imported = readImported(data.success_skill_info);
    if (imported === void 0) {
      throw misshapen(call, answer, "has a success_skill_info of a shape faqops does not know");
    }
    return {
      state,
      progress: count("progress"),
      message: typeof data.msg === "string" ? call.redact(data.msg) : "",
      totalCount: count("total_count"),
      successCount: count("success_count"),
      failCount: count("fail_count"),
      imported,
      failedSkills: readFailedSkills(data.fail_skill_info)
    };
  }
}
function wireItem(mode, item) {
  if (mode === 1 && item.oldIntent !== void 0) {
    throw new InternalError(
      `importJson: old_intent cannot go with mode 1 (a rename of "${item.oldIntent}" to "${item.intent}").`
    );
  }
  return {
    skill: item.skill,
    intent: item.intent,
    ...item.oldIntent === void 0 ? {} : { old_intent: item.oldIntent },
    ...item.threshold === void 0 ? {} : { threshold: item.threshold },
    ...item.disable === void 0 ? {} : { disable: item.disable },
    questions: [...item.questions],
    answers: [...item.answers]
  };
}
function readImported(value) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) return isRecord(value) ? [] : void 0;
  const imported = [];
  for (const skill of value) {
    if (!isRecord(skill) || typeof skill.name !== "string") return void 0;
    const intents = skill.intents ?? [];
    if (!Array.isArray(intents)) return void 0;
    for (const intent of intents) {
      if (!isRecord(intent) || typeof intent.name !== "string") return void 0;
      imported.push({
        skill: skill.name,
        intent: intent.name,
        skillId: readInteger(skill.id),
        intentId: readInteger(intent.id)
      });
    }
  }
  return imported;
}
function readFailedSkills(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap(
    (item) => isRecord(item) && typeof item.name === "string" ? [item.name] : []
  );
}
function readV2Envelope(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (!isRecord(json)) return void 0;
  const code = readInteger(json.code);
  if (code === void 0) return void 0;
  const { msg } = json;
  const message = msg === void 0 || msg === null ? void 0 : typeof msg === "string" ? msg : JSON.stringify(msg);
  return { code, message, data: json.data };
}
function describeAnswer(envelope) {
  const detail = isRecord(envelope.data) ? envelope.data.err_detail : void 0;
  const parts = [
    ...envelope.message ? [`"${envelope.message}"`] : [],
    ...typeof detail === "string" || typeof detail === "number" ? [`err_detail ${detail}`] : []
  ];
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
function shortText(body) {
  const text = body.trim();
  return text !== "" && text.length <= 100 && /^[\x20-\x7e]+$/.test(text) ? text : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/render/preview.ts
import { createHash as createHash2 } from "node:crypto";

// src/i18n/preview.ts
var EN = {
  // The page around the data.
  pageTitle: "faqops preview",
  pageTitleChanges: "faqops preview: changes",
  searchPlaceholder: "Search titles, questions and answers",
  searchLabel: "Search entries",
  noscript: "The preview is drawn by its script: allow JavaScript for this page.",
  // The entries page.
  headingEntries: "FAQ preview",
  entryOne: "{n} entry",
  entryOther: "{n} entries",
  skillOne: "{n} skill",
  skillOther: "{n} skills",
  draftsOne: ", {n} of them a draft (not synced)",
  draftsOther: ", {n} of them drafts (not synced)",
  summaryEntries: "{entries} in {skills}{drafts}. Tap a blue question to ask it.",
  emptyEntries: "The content has no entry.",
  badgeDraft: "draft: not synced",
  // The changes page.
  headingChanges: "FAQ changes",
  emptyChanges: "Nothing to review: no entry would be created, changed or renamed, and none is on the bot but not in the content.",
  sideBefore: "On the bot now",
  sideAfter: "After this change",
  beforeUnavailable: "Previous version not available",
  notLookedUp: "it was not looked up",
  notOnBotYet: "Not on the bot yet: a new entry.",
  notInContent: "Not in the content",
  badgeCreate: "new",
  badgeResend: "sent again (--resend-all)",
  badgeUpdate: "changed",
  badgeRenamed: "renamed",
  badgeMoved: "moved",
  badgeRemove: "not in the content",
  noteRenamed: "Renamed from {from} (same {by}); the old one stays on the bot until faqops apply --prune removes it.",
  noteMoved: "Moved from {from} (same {by}); the old one stays on the bot until faqops apply --prune removes it.",
  matchedById: "id",
  matchedByFile: "file",
  noteRemove: "{why}; still on the bot until faqops apply --prune removes it.",
  driftDeleted: "deleted",
  driftDraft: "now a draft",
  driftRenamed: 'renamed to "{title}"',
  driftMoved: 'moved to {skill} / "{title}"',
  // What the page's script writes.
  asks: "asks: {q}",
  askUnavailable: "The bot answers this with \u201C{title}\u201D, whose previous version is not available: {why}",
  askNone: "No entry answers \u201C{q}\u201D: the bot would not know what to reply.",
  similarQuestions: "Similar questions:",
  reset: "Reset conversation",
  noMatch: "No entry matches the search.",
  searchCount: "{shown} of {total}"
};
var ZH_CN = {
  pageTitle: "faqops \u9884\u89C8",
  pageTitleChanges: "faqops \u9884\u89C8\uFF1A\u53D8\u66F4",
  searchPlaceholder: "\u641C\u7D22\u6807\u9898\u3001\u95EE\u9898\u548C\u7B54\u6848",
  searchLabel: "\u641C\u7D22\u6761\u76EE",
  noscript: "\u9884\u89C8\u7531\u9875\u9762\u811A\u672C\u7ED8\u5236\uFF1A\u8BF7\u5141\u8BB8\u6B64\u9875\u9762\u8FD0\u884C JavaScript\u3002",
  headingEntries: "FAQ \u9884\u89C8",
  entryOne: "{n} \u4E2A\u6761\u76EE",
  entryOther: "{n} \u4E2A\u6761\u76EE",
  skillOne: "{n} \u4E2A\u6280\u80FD",
  skillOther: "{n} \u4E2A\u6280\u80FD",
  draftsOne: "\uFF0C\u5176\u4E2D {n} \u4E2A\u662F\u8349\u7A3F\uFF08\u4E0D\u540C\u6B65\uFF09",
  draftsOther: "\uFF0C\u5176\u4E2D {n} \u4E2A\u662F\u8349\u7A3F\uFF08\u4E0D\u540C\u6B65\uFF09",
  summaryEntries: "\u5171 {entries}\uFF0C\u5206\u5C5E {skills}{drafts}\u3002\u70B9\u51FB\u84DD\u8272\u95EE\u9898\u5373\u53EF\u63D0\u95EE\u3002",
  emptyEntries: "\u5185\u5BB9\u4E2D\u6CA1\u6709\u6761\u76EE\u3002",
  badgeDraft: "\u8349\u7A3F\uFF1A\u4E0D\u540C\u6B65",
  headingChanges: "FAQ \u53D8\u66F4",
  emptyChanges: "\u6CA1\u6709\u9700\u8981\u5BA1\u9605\u7684\u5185\u5BB9\uFF1A\u6CA1\u6709\u6761\u76EE\u4F1A\u88AB\u65B0\u5EFA\u3001\u4FEE\u6539\u6216\u91CD\u547D\u540D\uFF0C\u4E5F\u6CA1\u6709\u6761\u76EE\u5728\u673A\u5668\u4EBA\u4E0A\u5374\u4E0D\u5728\u5185\u5BB9\u4E2D\u3002",
  sideBefore: "\u673A\u5668\u4EBA\u4E0A\u7684\u73B0\u72B6",
  sideAfter: "\u672C\u6B21\u53D8\u66F4\u540E",
  beforeUnavailable: "\u4E4B\u524D\u7684\u7248\u672C\u65E0\u6CD5\u663E\u793A",
  notLookedUp: "\u6CA1\u6709\u67E5\u627E",
  notOnBotYet: "\u673A\u5668\u4EBA\u4E0A\u8FD8\u6CA1\u6709\uFF1A\u8FD9\u662F\u65B0\u6761\u76EE\u3002",
  notInContent: "\u4E0D\u5728\u5185\u5BB9\u4E2D",
  badgeCreate: "\u65B0\u5EFA",
  badgeResend: "\u91CD\u65B0\u53D1\u9001\uFF08--resend-all\uFF09",
  badgeUpdate: "\u5DF2\u4FEE\u6539",
  badgeRenamed: "\u5DF2\u91CD\u547D\u540D",
  badgeMoved: "\u5DF2\u79FB\u52A8",
  badgeRemove: "\u4E0D\u5728\u5185\u5BB9\u4E2D",
  noteRenamed: "\u7531 {from} \u91CD\u547D\u540D\u800C\u6765\uFF08{by}\u76F8\u540C\uFF09\uFF1B\u65E7\u6761\u76EE\u4ECD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u76F4\u5230 faqops apply --prune \u5C06\u5176\u79FB\u9664\u3002",
  noteMoved: "\u7531 {from} \u79FB\u52A8\u800C\u6765\uFF08{by}\u76F8\u540C\uFF09\uFF1B\u65E7\u6761\u76EE\u4ECD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u76F4\u5230 faqops apply --prune \u5C06\u5176\u79FB\u9664\u3002",
  matchedById: "id ",
  matchedByFile: "\u6587\u4EF6",
  noteRemove: "{why}\uFF1B\u5728 faqops apply --prune \u5C06\u5176\u79FB\u9664\u4E4B\u524D\uFF0C\u4ECD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\u3002",
  driftDeleted: "\u5DF2\u4ECE\u5185\u5BB9\u4E2D\u5220\u9664",
  driftDraft: "\u5DF2\u6539\u4E3A\u8349\u7A3F",
  driftRenamed: '\u5DF2\u91CD\u547D\u540D\u4E3A "{title}"',
  driftMoved: '\u5DF2\u79FB\u5230 {skill} / "{title}"',
  asks: "\u63D0\u95EE\uFF1A{q}",
  askUnavailable: "\u673A\u5668\u4EBA\u7528\u201C{title}\u201D\u56DE\u7B54\u8FD9\u4E2A\u95EE\u9898\uFF0C\u4F46\u5B83\u4E4B\u524D\u7684\u7248\u672C\u65E0\u6CD5\u663E\u793A\uFF1A{why}",
  askNone: "\u6CA1\u6709\u6761\u76EE\u56DE\u7B54\u201C{q}\u201D\uFF1A\u673A\u5668\u4EBA\u4E0D\u77E5\u9053\u8BE5\u5982\u4F55\u56DE\u590D\u3002",
  similarQuestions: "\u76F8\u4F3C\u95EE\u9898\uFF1A",
  reset: "\u91CD\u7F6E\u5BF9\u8BDD",
  noMatch: "\u6CA1\u6709\u4E0E\u641C\u7D22\u5339\u914D\u7684\u6761\u76EE\u3002",
  searchCount: "{shown} / {total}"
};
var PREVIEW_STRINGS = {
  en: EN,
  "zh-CN": ZH_CN
};
var PREVIEW_SCRIPT_KEYS = [
  "asks",
  "askUnavailable",
  "askNone",
  "similarQuestions",
  "reset",
  "noMatch",
  "searchCount"
];
function fillPlaceholders(template, values = {}) {
  return template.replace(
    /\{(\w+)\}/g,
    (whole2, name) => Object.hasOwn(values, name) ? String(values[name]) : whole2
  );
}
function previewText(lang, key, values) {
  return fillPlaceholders(PREVIEW_STRINGS[lang][key], values);
}
function previewCount(lang, n2, one, other) {
  return previewText(lang, n2 === 1 ? one : other, { n: n2 });
}
function previewScriptStrings(lang) {
  const strings = PREVIEW_STRINGS[lang];
  return Object.fromEntries(
    PREVIEW_SCRIPT_KEYS.map((key) => [key, strings[key]])
  );
}
function previewPhrase(kind, text, lang) {
  if (lang === "en") return text;
  const entries2 = registeredKinds()[kind];
  if (!Array.isArray(entries2)) return text;
  return translate(entries2, text)?.text ?? text;
}

// src/render/preview-assets.ts
var FONTS = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';
var PREVIEW_CSS = `
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #f7f7f7; color: rgba(0, 0, 0, 0.9);
  font-family: ${FONTS}; font-size: 15px; line-height: 1.5;
}
.top {
  position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center;
  gap: 8px 16px; padding: 12px 24px; background: rgba(237, 237, 237, 0.96);
  border-bottom: 1px solid rgba(0, 0, 0, 0.08);
}
.top h1 { margin: 0; font-size: 17px; font-weight: 600; }
.summary { color: rgba(0, 0, 0, 0.55); font-size: 13px; flex: 1 1 260px; }
.search {
  flex: 0 1 320px; min-width: 200px; height: 34px; padding: 0 12px; border: 0; border-radius: 6px;
  background: #fff; font: inherit; font-size: 14px; color: inherit;
}
.search:focus { outline: 2px solid #07c160; outline-offset: 0; }
.count { color: rgba(0, 0, 0, 0.5); font-size: 13px; min-width: 5em; }
main { padding: 8px 24px 48px; }
.group > h2 {
  margin: 20px 0 10px; font-size: 14px; font-weight: 500; color: rgba(0, 0, 0, 0.55);
  display: flex; align-items: center; gap: 8px;
}
.group > h2 .n { font-weight: 400; }
.entries { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); }
.mode-changes .entries { grid-template-columns: 1fr; }
.entry {
  background: #fff; border-radius: 8px; border: 1px solid rgba(0, 0, 0, 0.06); overflow: hidden;
  display: flex; flex-direction: column;
}
.entry-head {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; padding: 8px 12px;
  font-size: 12px; color: rgba(0, 0, 0, 0.5); border-bottom: 1px solid rgba(0, 0, 0, 0.05);
}
.source { overflow-wrap: anywhere; }
.badge {
  display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; line-height: 18px;
  background: rgba(0, 0, 0, 0.05); color: rgba(0, 0, 0, 0.65);
}
.badge-create { background: #e6f8ee; color: #06ad56; }
.badge-update { background: #fff4e0; color: #c87d0a; }
.badge-rename { background: #e8efff; color: #3c64c8; }
.badge-remove { background: #fdecec; color: #d9534f; }
.badge-draft { background: #f0f0f0; color: rgba(0, 0, 0, 0.5); }
.note { padding: 6px 12px 0; font-size: 13px; color: rgba(0, 0, 0, 0.6); overflow-wrap: anywhere; }
.sides { display: grid; grid-template-columns: 1fr; flex: 1; }
.sides.two { grid-template-columns: 1fr 1fr; }
.sides.two > .side + .side { border-left: 1px solid rgba(0, 0, 0, 0.06); }
.side { display: flex; flex-direction: column; min-width: 0; }
.side-label {
  display: flex; align-items: center; gap: 8px; padding: 6px 12px; font-size: 12px;
  font-weight: 500; color: rgba(0, 0, 0, 0.55);
}
.reset {
  margin-left: auto; border: 0; background: none; padding: 0; font: inherit; font-size: 12px;
  color: #576b95; cursor: pointer;
}
.questions { padding: 6px 12px 8px; font-size: 12px; color: rgba(0, 0, 0, 0.5); }
.questions-label { margin-right: 6px; }
.chip {
  display: inline-block; margin: 2px 4px 2px 0; padding: 0 6px; border-radius: 10px;
  background: #f2f2f2; color: rgba(0, 0, 0, 0.7); overflow-wrap: anywhere;
}
.chat {
  flex: 1; background: #ededed; padding: 14px 10px; display: flex; flex-direction: column;
  gap: 14px;
}
.row { display: flex; align-items: flex-start; gap: 8px; }
.row.user { flex-direction: row-reverse; }
.avatar {
  flex: none; width: 36px; height: 36px; border-radius: 4px; display: flex; align-items: center;
  justify-content: center; font-size: 12px; font-weight: 600; color: #fff; background: #07c160;
}
.avatar.user { background: #8aa0c8; font-size: 15px; }
.bubble {
  position: relative; max-width: calc(100% - 88px); padding: 8px 11px; border-radius: 4px;
  background: #fff; white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal;
}
.bubble.text::before {
  content: ""; position: absolute; top: 12px; left: -5px; width: 10px; height: 10px;
  background: inherit; transform: rotate(45deg); border-radius: 1px;
}
.row.user .bubble { background: #95ec69; }
.row.user .bubble.text::before { left: auto; right: -5px; }
.bubble.missing { color: rgba(0, 0, 0, 0.5); }
.link { color: #576b95; text-decoration: none; }
.link:hover { text-decoration: underline; }
.link.dead { color: rgba(0, 0, 0, 0.6); }
.ask {
  display: inline; margin: 0; padding: 0; border: 0; background: none; font: inherit;
  color: #576b95; cursor: pointer; text-align: inherit; white-space: inherit;
}
.ask:hover { text-decoration: underline; }
.card { padding: 0; white-space: normal; overflow: hidden; width: 260px; }
.article { display: block; padding: 12px 14px; color: inherit; text-decoration: none; }
.article + .article { border-top: 1px solid rgba(0, 0, 0, 0.06); }
.news-title { font-size: 16px; font-weight: 500; line-height: 1.4; overflow-wrap: anywhere; }
.news-body { display: flex; gap: 10px; margin-top: 6px; align-items: flex-start; }
.news-desc {
  flex: 1; font-size: 13px; color: rgba(0, 0, 0, 0.5); overflow-wrap: anywhere; min-width: 0;
}
.news-pic { flex: none; width: 56px; height: 56px; object-fit: cover; background: #f2f2f2; }
.news-tag { margin-top: 6px; font-size: 11px; color: rgba(0, 0, 0, 0.4); }
.photo { display: block; max-width: 100%; max-height: 320px; }
.card.image { width: auto; max-width: 220px; }
.placeholder {
  display: flex; flex-direction: column; gap: 4px; justify-content: center; min-height: 100px;
  padding: 12px; background: #f2f2f2; color: rgba(0, 0, 0, 0.45); font-size: 12px;
}
.placeholder code, .broken {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px;
  overflow-wrap: anywhere; word-break: break-all; color: rgba(0, 0, 0, 0.6);
}
.broken { display: block; padding: 6px; background: #f2f2f2; }
.news-pic.broken { width: 96px; height: auto; min-height: 56px; }
.card.mini { width: 240px; padding: 10px 12px 0; }
.mini-head { display: flex; align-items: center; gap: 6px; font-size: 12px; color: rgba(0, 0, 0, 0.5); }
.mini-logo {
  flex: none; width: 16px; height: 16px; border-radius: 50%; border: 3px solid #6467f0;
}
.mini-name { overflow-wrap: anywhere; }
.mini-title { margin: 6px 0 8px; font-size: 14px; line-height: 1.4; overflow-wrap: anywhere; }
.mini-cover { display: block; width: 100%; aspect-ratio: 5 / 4; object-fit: cover; background: #f2f2f2; }
.mini-cover.broken, .mini-cover.placeholder { aspect-ratio: auto; min-height: 100px; }
.card .placeholder { display: flex; }
.mini-foot {
  display: flex; align-items: center; gap: 4px; margin-top: 8px; padding: 5px 0;
  border-top: 1px solid rgba(0, 0, 0, 0.06); font-size: 11px; color: rgba(0, 0, 0, 0.45);
}
.mini-icon { width: 10px; height: 10px; border-radius: 50%; border: 2px solid #6467f0; }
.empty {
  flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 6px;
  padding: 24px 16px; background: #f7f7f7; color: rgba(0, 0, 0, 0.55); font-size: 13px;
  text-align: center;
}
.empty-title { font-weight: 500; }
.empty-why { font-size: 12px; color: rgba(0, 0, 0, 0.45); overflow-wrap: anywhere; }
.nothing { margin: 48px auto; text-align: center; color: rgba(0, 0, 0, 0.5); }
@media (max-width: 720px) {
  .top { position: static; }
  .top, main { padding-left: 12px; padding-right: 12px; }
  .sides.two { grid-template-columns: 1fr; }
  .sides.two > .side + .side { border-left: 0; border-top: 1px solid rgba(0, 0, 0, 0.06); }
  .entries { grid-template-columns: 1fr; }
}
`;
var PREVIEW_SCRIPT = `"use strict";
(() => {
  const data = JSON.parse(document.getElementById("faqops-data").textContent);
  const app = document.getElementById("app");
  const search = document.getElementById("search");
  const count = document.getElementById("count");
  const isWeb = (url) => typeof url === "string" && /^https?:\\/\\//i.test(url);
  const norm = (text) => text.normalize("NFKC").toLowerCase();
  // The page's own words, in its language: {name} placeholders filled with values, as text.
  const say = (key, values) =>
    data.ui[key].replace(/[{](\\w+)[}]/g, (whole, name) =>
      values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function openInNewTab(a, href) {
    a.setAttribute("href", href);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
  }

  // A remote image; when it cannot load, its URL as text instead.
  function remoteImage(image, className, alt) {
    if (!isWeb(image.src)) return el("div", className + " broken", image.url);
    const img = el("img", className);
    img.setAttribute("alt", alt);
    img.setAttribute("referrerpolicy", "no-referrer");
    img.addEventListener("error", () => img.replaceWith(el("div", className + " broken", image.url)), { once: true });
    img.setAttribute("src", image.src);
    return img;
  }

  function placeholder(className, kind, id) {
    const box = el("div", className + " placeholder");
    box.append(el("span", "placeholder-kind", kind), el("code", null, id));
    return box;
  }

  function row(who, bubble, asked) {
    const node = el("div", "row " + who + (asked ? " asked" : ""));
    node.append(el("div", "avatar " + who, who === "user" ? "\u6211" : "FAQ"), bubble);
    return node;
  }

  function textBubble(message, chat) {
    const bubble = el("div", "bubble text");
    for (const s of message.segments) {
      if (s.t === "text") {
        bubble.append(document.createTextNode(s.text));
      } else if (s.t === "link") {
        if (isWeb(s.href)) {
          const a = el("a", "link", s.label);
          openInNewTab(a, s.href);
          a.setAttribute("title", s.url);
          bubble.append(a);
        } else {
          bubble.append(el("span", "link dead", s.label + " (" + s.url + ")"));
        }
      } else {
        const button = el("button", "ask", s.label);
        button.setAttribute("type", "button");
        button.setAttribute("title", say("asks", { q: s.q }));
        button.addEventListener("click", () => chat.ask(s.q, s.to));
        bubble.append(button);
      }
    }
    return bubble;
  }

  function newsBubble(message) {
    const bubble = el("div", "bubble card news");
    for (const a of message.articles) {
      const article = el(isWeb(a.href) ? "a" : "div", "article");
      if (isWeb(a.href)) openInNewTab(article, a.href);
      article.setAttribute("title", a.url);
      article.append(el("div", "news-title", a.title));
      const body = el("div", "news-body");
      body.append(el("div", "news-desc", a.description));
      if (a.pic) body.append(remoteImage(a.pic, "news-pic", ""));
      article.append(body);
      if (!isWeb(a.href)) article.append(el("div", "broken", a.url));
      if (a.type === "mp") article.append(el("div", "news-tag", "\u516C\u4F17\u53F7\u6587\u7AE0"));
      bubble.append(article);
    }
    return bubble;
  }

  function imageBubble(message) {
    const bubble = el("div", "bubble card image");
    bubble.setAttribute("title", "media_id " + message.mediaId);
    bubble.append(
      message.image
        ? remoteImage(message.image, "photo", message.mediaId)
        : placeholder("photo", "\u56FE\u7247 \xB7 media_id", message.mediaId),
    );
    return bubble;
  }

  function miniBubble(message) {
    const bubble = el("div", "bubble card mini");
    bubble.setAttribute("title", message.appid + " \xB7 " + message.pagepath);
    const head = el("div", "mini-head");
    head.append(el("span", "mini-logo"), el("span", "mini-name", message.appid));
    const foot = el("div", "mini-foot");
    foot.append(el("span", "mini-icon"), el("span", null, "\u5C0F\u7A0B\u5E8F"));
    bubble.append(
      head,
      el("div", "mini-title", message.title),
      message.thumb
        ? remoteImage(message.thumb, "mini-cover", message.title)
        : placeholder("mini-cover", "\u5C01\u9762 \xB7 thumb_media_id", message.thumbMediaId),
      foot,
    );
    return bubble;
  }

  function bubble(message, chat) {
    switch (message.t) {
      case "text": return textBubble(message, chat);
      case "news": return newsBubble(message);
      case "image": return imageBubble(message);
      default: return miniBubble(message);
    }
  }

  // One conversation: the question, the answer, and whatever the reader taps after it.
  function conversation(answer, onAsk) {
    const node = el("div", "chat");
    const chat = {
      node,
      // A tapped recommended question: the user sends it, the bot answers in the same chat.
      ask(q, to) {
        const question = row("user", el("div", "bubble text", q), true);
        node.append(question);
        const target = to === null ? undefined : data.answers[to];
        if (target && target.unavailable !== undefined) {
          const text = say("askUnavailable", { title: target.title, why: target.unavailable });
          node.append(row("bot", el("div", "bubble text missing", text), true));
        } else if (target) {
          for (const m of target.messages) node.append(row("bot", bubble(m, chat), true));
        } else {
          const none = el("div", "bubble text missing", say("askNone", { q }));
          node.append(row("bot", none, true));
        }
        onAsk();
        question.scrollIntoView({ block: "nearest" });
      },
    };
    node.append(row("user", el("div", "bubble text", answer.title), false));
    for (const m of answer.messages) node.append(row("bot", bubble(m, chat), false));
    return node;
  }

  function side(s) {
    const box = el("section", "side");
    const label = el("div", "side-label", s.label);
    box.append(label);
    if (s.answer === undefined) {
      const empty = el("div", "empty");
      empty.append(el("div", "empty-title", s.empty));
      if (s.why) empty.append(el("div", "empty-why", s.why));
      box.append(empty);
      return box;
    }
    const answer = data.answers[s.answer];
    if (answer.questions.length > 0) {
      const questions = el("div", "questions");
      questions.append(el("span", "questions-label", say("similarQuestions")));
      for (const q of answer.questions) questions.append(el("span", "chip", q));
      box.append(questions);
    }
    // The label row holds the reset button; without a label it shows only while there is
    // something to reset.
    const reset = el("button", "reset", say("reset"));
    reset.setAttribute("type", "button");
    const showReset = (shown) => {
      reset.hidden = !shown;
      label.hidden = !shown && !s.label;
    };
    showReset(false);
    const chat = conversation(answer, () => showReset(true));
    reset.addEventListener("click", () => {
      for (const n of chat.querySelectorAll(".asked")) n.remove();
      showReset(false);
    });
    label.append(reset);
    box.append(chat);
    return box;
  }

  // What search looks in: titles, similar questions and answers, as shown (not what taps add).
  function answerText(answer) {
    const parts = [answer.title, ...answer.questions];
    for (const m of answer.messages) {
      if (m.t === "text") for (const s of m.segments) parts.push(s.t === "text" ? s.text : s.label);
      else if (m.t === "news") for (const a of m.articles) parts.push(a.title, a.description, a.url);
      else if (m.t === "image") parts.push(m.mediaId);
      else parts.push(m.title, m.appid, m.pagepath);
    }
    return norm(parts.join("\\n"));
  }

  function item(it) {
    const card = el("article", "entry kind-" + it.kind);
    const head = el("header", "entry-head");
    if (it.badge) head.append(el("span", "badge badge-" + it.kind, it.badge));
    if (it.source) head.append(el("span", "source", it.source));
    card.append(head);
    if (it.note) card.append(el("div", "note", it.note));
    const sides = el("div", it.sides.length > 1 ? "sides two" : "sides");
    for (const s of it.sides) sides.append(side(s));
    card.append(sides);
    const text = it.sides
      .filter((s) => s.answer !== undefined)
      .map((s) => answerText(data.answers[s.answer]))
      .join("\\n") + "\\n" + norm((it.source || "") + "\\n" + (it.note || ""));
    return { node: card, text };
  }

  document.body.classList.add("mode-" + data.mode);
  document.getElementById("heading").textContent = data.heading;
  document.getElementById("summary").textContent = data.summary;
  const groups = data.groups.map((g) => {
    const node = el("section", "group");
    const heading = el("h2", null, g.skill);
    const n = el("span", "n", String(g.items.length));
    heading.append(n);
    const list = el("div", "entries");
    const items = g.items.map(item);
    for (const i of items) list.append(i.node);
    node.append(heading, list);
    app.append(node);
    return { node, n, items };
  });
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const nothing = el("p", "nothing", total === 0 ? data.empty : say("noMatch"));
  nothing.hidden = total > 0;
  app.append(nothing);

  function filter() {
    const terms = norm(search.value).split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const g of groups) {
      let n = 0;
      for (const i of g.items) {
        const match = terms.every((t) => i.text.includes(t));
        i.node.hidden = !match;
        if (match) n++;
      }
      g.node.hidden = n === 0;
      g.n.textContent = String(n);
      shown += n;
    }
    count.textContent = terms.length === 0 ? "" : say("searchCount", { shown, total });
    nothing.hidden = shown > 0;
  }
  search.addEventListener("input", filter);
  filter();
})();
`;

// src/render/preview-model.ts
function webUrl(url) {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
function viewImage(url) {
  return url === "" ? null : { url, src: webUrl(url) };
}
var looseKey = askKey;
var AnswerWorld = class {
  #exact = /* @__PURE__ */ new Map();
  #loose = /* @__PURE__ */ new Map();
  #index = /* @__PURE__ */ new Map();
  #table;
  /** `askable`: the answers a tap can reach (drafts are not synced, so they are not among them). */
  constructor(table, askable) {
    this.#table = table;
    askable.forEach((source, order) => {
      const put = (map, key, rank) => {
        const list = map.get(key);
        const match = { source, rank, order };
        if (list) list.push(match);
        else map.set(key, [match]);
      };
      put(this.#exact, source.title.trim(), 0);
      put(this.#loose, looseKey(source.title), 2);
      for (const q of source.questions) {
        put(this.#exact, q.trim(), 1);
        put(this.#loose, looseKey(q), 3);
      }
    });
  }
  /**
   * The answer a tapped question gets: by title, then similar question, trimmed; then loosely.
   * Several matches: the best rank, then the asking entry's own skill, then content order.
   */
  find(question, fromSkill) {
    const matches = this.#exact.get(question.trim()) ?? this.#loose.get(looseKey(question));
    if (!matches) return void 0;
    const sorted = [...matches].sort(
      (a2, b) => a2.rank - b.rank || Number(b.source.skill === fromSkill) - Number(a2.source.skill === fromSkill) || a2.order - b.order
    );
    return sorted[0]?.source;
  }
  /** The answer's index in the table, adding it (and, later, what its questions ask) once. */
  add(source) {
    const known = this.#index.get(source);
    if (known !== void 0) return known;
    const index = this.#table.reserve(source.title, source.questions, source.unavailable);
    this.#index.set(source, index);
    this.#table.queue(() => this.#table.fill(index, this.#messages(source)));
    return index;
  }
  #messages(source) {
    return source.messages().map((m) => viewMessage(m, (q) => this.#ask(q, source.skill)));
  }
  #ask(question, fromSkill) {
    const target = this.find(question, fromSkill);
    return target ? this.add(target) : null;
  }
};
var AnswerTable = class {
  #answers = [];
  #pending = [];
  reserve(title, questions, unavailable) {
    const answer = { title, questions: [...questions], messages: [] };
    return this.#answers.push(unavailable === void 0 ? answer : { ...answer, unavailable }) - 1;
  }
  queue(task) {
    this.#pending.push(task);
  }
  fill(index, messages) {
    this.#answers[index].messages = messages;
  }
  /** Fills every reserved answer, including those the filled ones ask; returns them all. */
  drain() {
    for (let task = this.#pending.shift(); task; task = this.#pending.shift()) task();
    return this.#answers;
  }
};
function viewMessage(message, ask) {
  if (typeof message === "string") return { t: "text", segments: textSegments(message, ask) };
  if ("news" in message) {
    return {
      t: "news",
      articles: message.news.articles.map((a2) => ({
        title: a2.title,
        description: a2.description,
        url: a2.url,
        href: webUrl(a2.url),
        pic: viewImage(a2.picurl),
        type: a2.type
      }))
    };
  }
  if ("image" in message) {
    return { t: "image", mediaId: message.image.media_id, image: viewImage(message.image.url) };
  }
  const p = message.miniprogrampage;
  return {
    t: "miniprogram",
    title: p.title,
    appid: p.appid,
    pagepath: p.pagepath,
    thumbMediaId: p.thumb_media_id,
    thumb: viewImage(p.thumb_url)
  };
}
function textSegments(text, ask) {
  const segments = [];
  const plain = (s) => {
    if (s !== "") segments.push({ t: "text", text: s });
  };
  let last = 0;
  for (const match of text.matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)) {
    plain(text.slice(last, match.index));
    const [, url = "", label = ""] = match;
    const q = askedQuestion(url);
    segments.push(
      q === void 0 ? { t: "link", label, url, href: webUrl(url) } : { t: "ask", label, q, to: ask(q) }
    );
    last = match.index + match[0].length;
  }
  plain(text.slice(last));
  return segments;
}

// src/render/preview.ts
function entrySource(entry) {
  return {
    skill: entry.skill,
    title: entry.title,
    questions: entry.questions,
    // Read lazily: entries may load their answer from the compile cache on each read.
    messages: () => entry.messages
  };
}
function beforeSource(entry) {
  return { ...entry, messages: () => entry.messages };
}
function groupBySkill(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const { skill, item } of items) {
    const list = groups.get(skill);
    if (list) list.push(item);
    else groups.set(skill, [item]);
  }
  return [...groups].map(([skill, list]) => ({ skill, items: list }));
}
function entriesPageData(entries2, { lang = "en" } = {}) {
  const sorted = [...entries2].sort(
    (a2, b) => compareIdentity(a2, b) || compareStrings(a2.source, b.source)
  );
  const sources = new Map(sorted.map((e) => [e, entrySource(e)]));
  const table = new AnswerTable();
  const world = new AnswerWorld(
    table,
    sorted.filter((e) => !e.draft).map((e) => sources.get(e))
  );
  const items = sorted.map((entry) => ({
    skill: entry.skill,
    item: {
      kind: entry.draft ? "draft" : "entry",
      badge: entry.draft ? previewText(lang, "badgeDraft") : null,
      source: entry.source,
      note: null,
      sides: [{ label: "", answer: world.add(sources.get(entry)) }]
    }
  }));
  const drafts = entries2.filter((e) => e.draft).length;
  const skills = new Set(entries2.map((e) => e.skill)).size;
  return {
    mode: "entries",
    heading: previewText(lang, "headingEntries"),
    summary: previewText(lang, "summaryEntries", {
      entries: previewCount(lang, entries2.length, "entryOne", "entryOther"),
      skills: previewCount(lang, skills, "skillOne", "skillOther"),
      drafts: drafts > 0 ? previewCount(lang, drafts, "draftsOne", "draftsOther") : ""
    }),
    empty: previewText(lang, "emptyEntries"),
    answers: table.drain(),
    groups: groupBySkill(items),
    ui: previewScriptStrings(lang)
  };
}
function changesPageData(plan, before = /* @__PURE__ */ new Map(), { lang = "en" } = {}) {
  const why = (text) => previewPhrase("before-why", text, lang);
  const table = new AnswerTable();
  const afterSources = /* @__PURE__ */ new Map();
  const beforeSources = /* @__PURE__ */ new Map();
  const beforeAskable = [];
  for (const action of plan.actions) {
    if (action.kind !== "remove") {
      const source = entrySource(action.entry);
      afterSources.set(action.entry, source);
      if (action.kind === "unchanged") beforeAskable.push(source);
    }
    if (action.kind === "update" || action.kind === "rename" || action.kind === "remove") {
      const key = identityKey(action.previous);
      if (beforeSources.has(key)) continue;
      const found = before.get(key);
      const source = found?.found ? beforeSource(found.entry) : {
        skill: action.previous.skill,
        title: action.previous.title,
        questions: [],
        messages: () => [],
        unavailable: found && !found.found ? why(found.why) : previewText(lang, "notLookedUp")
      };
      beforeSources.set(key, source);
      beforeAskable.push(source);
    }
  }
  const afterWorld = new AnswerWorld(table, [...afterSources.values()]);
  const beforeWorld = new AnswerWorld(table, beforeAskable);
  const beforeSide = (action) => {
    const key = identityKey(action.previous);
    const source = beforeSources.get(key);
    if (source.unavailable === void 0) {
      return { label: previewText(lang, "sideBefore"), answer: beforeWorld.add(source) };
    }
    return {
      label: previewText(lang, "sideBefore"),
      empty: previewText(lang, "beforeUnavailable"),
      why: source.unavailable
    };
  };
  const afterSide = (entry) => ({
    label: previewText(lang, "sideAfter"),
    answer: afterWorld.add(afterSources.get(entry))
  });
  const items = [];
  for (const action of plan.actions) {
    const item = changeItem(action, beforeSide, afterSide, lang);
    if (item) items.push({ skill: identityOf(action).skill, item });
  }
  return {
    mode: "changes",
    heading: previewText(lang, "headingChanges"),
    summary: previewPhrase("plan-summary", planSummary(plan), lang),
    empty: previewText(lang, "emptyChanges"),
    answers: table.drain(),
    groups: groupBySkill(items),
    ui: previewScriptStrings(lang)
  };
}
function changeItem(action, beforeSide, afterSide, lang) {
  switch (action.kind) {
    case "unchanged":
      return void 0;
    case "create":
      return {
        kind: "create",
        badge: previewText(lang, "badgeCreate"),
        source: action.entry.source,
        note: null,
        sides: [
          {
            label: previewText(lang, "sideBefore"),
            empty: previewText(lang, "notOnBotYet"),
            why: null
          },
          afterSide(action.entry)
        ]
      };
    case "update":
      return {
        kind: "update",
        badge: previewText(lang, action.resend ? "badgeResend" : "badgeUpdate"),
        source: action.entry.source,
        note: null,
        sides: [beforeSide(action), afterSide(action.entry)]
      };
    case "rename": {
      const { previous, entry } = action;
      const renamed = previous.skill === entry.skill;
      const from = renamed ? `\u201C${previous.title}\u201D` : `${previous.skill} / \u201C${previous.title}\u201D`;
      return {
        kind: "rename",
        badge: previewText(lang, renamed ? "badgeRenamed" : "badgeMoved"),
        source: entry.source,
        note: previewText(lang, renamed ? "noteRenamed" : "noteMoved", {
          from,
          by: previewText(lang, action.matchedBy === "id" ? "matchedById" : "matchedByFile")
        }),
        sides: [beforeSide(action), afterSide(entry)]
      };
    }
    case "remove":
      return {
        kind: "remove",
        badge: previewText(lang, "badgeRemove"),
        source: action.previous.source,
        note: capitalise(previewText(lang, "noteRemove", { why: driftWhy2(action, lang) })),
        sides: [
          beforeSide(action),
          {
            label: previewText(lang, "sideAfter"),
            empty: previewText(lang, "notInContent"),
            why: driftWhy2(action, lang)
          }
        ]
      };
  }
}
function driftWhy2(action, lang) {
  const { to } = action;
  const values = { title: to?.title ?? "", skill: to?.skill ?? "" };
  switch (action.reason) {
    case "deleted":
      return previewText(lang, "driftDeleted");
    case "draft":
      return previewText(lang, "driftDraft");
    case "renamed":
      return previewText(lang, "driftRenamed", values);
    case "moved":
      return previewText(lang, "driftMoved", values);
  }
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function scriptJson(value) {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c3) => `\\u${c3.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function cspHash(text) {
  return `'sha256-${createHash2("sha256").update(text, "utf8").digest("base64")}'`;
}
var CSP = [
  "default-src 'none'",
  "img-src http: https:",
  `style-src ${cspHash(PREVIEW_CSS)}`,
  `script-src ${cspHash(PREVIEW_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");
function escapeHtml2(text) {
  return text.replace(
    /[&<>"]/g,
    (c3) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c3] ?? c3
  );
}
function renderPreviewPage(data, { lang = "en" } = {}) {
  const title = escapeHtml2(
    previewText(lang, data.mode === "changes" ? "pageTitleChanges" : "pageTitle")
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${PREVIEW_CSS}</style>
</head>
<body>
<header class="top">
<h1 id="heading">${title}</h1>
<span class="summary" id="summary"></span>
<input class="search" id="search" type="search" placeholder="${escapeHtml2(previewText(lang, "searchPlaceholder"))}" aria-label="${escapeHtml2(previewText(lang, "searchLabel"))}" autocomplete="off">
<span class="count" id="count" aria-live="polite"></span>
</header>
<main id="app"><noscript>${escapeHtml2(previewText(lang, "noscript"))}</noscript></main>
<script type="application/json" id="faqops-data">${scriptJson(data)}</script>
<script>${PREVIEW_SCRIPT}</script>
</body>
</html>
`;
}
function renderPreview(entries2, options = {}) {
  return renderPreviewPage(entriesPageData(entries2, options), options);
}
function renderChangesPreview(plan, before = /* @__PURE__ */ new Map(), options = {}) {
  return renderPreviewPage(changesPageData(plan, before, options), options);
}

export {
  paceGarbageCollection,
  escapeMarkdown,
  escapeHtml,
  answerMarkdown,
  helpText,
  helpTitle,
  helpExtraInfo,
  LANGS,
  LANG_VARIABLE,
  parseLang,
  resolveLang,
  localizeDiagnostic,
  localizeError,
  hintLabel,
  localizeText,
  localizeMarkdown,
  createTranslator,
  identityKey,
  serializeLockfile,
  planHasChanges,
  planSync,
  identityOf,
  diffEntry,
  isEmptyDiff,
  COLORS,
  NO_COLORS,
  colorWanted,
  diffStyleFor,
  diffHtml,
  plural,
  planSummary,
  actionWord,
  apiNotes,
  unpublishedPhrase,
  removeReason,
  driftWhy,
  driftRemedy,
  PUBLISH_REMEDY,
  renderPlanText,
  planJson,
  lockNotes,
  validateAcrossEntries,
  loadContent,
  readLockSnapshot,
  loadSyncInputs,
  applyPlan,
  publishLockfile,
  loadBefore,
  DecryptError,
  createCryptor,
  CREDENTIAL_VARIABLES,
  ENDPOINT_VARIABLE,
  readCredentials,
  V2_CREDENTIAL_VARIABLES,
  readV2Credentials,
  checkToken,
  resolveEndpoint,
  createClient,
  md5Hex,
  createV2Client,
  renderPreview,
  renderChangesPreview
};

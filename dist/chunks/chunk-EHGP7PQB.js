import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  TARGET_SUFFIX,
  entriesFor,
  loadCompiler
} from "./chunk-Q3VFALZA.js";
import {
  answerContent
} from "./chunk-ESS6Y6MW.js";
import {
  DEFAULT_THRESHOLD,
  thresholdText
} from "./chunk-YY5BEC45.js";
import {
  API_VARIABLE,
  DEFAULT_BATCH_SIZE,
  DEFAULT_PRUNE_MAX,
  TARGET_KEY_SPEC,
  environmentName,
  resolveSyncOptions
} from "./chunk-ABEDISZ2.js";
import {
  resolveContentOptions
} from "./chunk-2EK2HI3H.js";
import {
  askKey
} from "./chunk-ZHXO75XS.js";
import {
  compareStrings,
  displayPath
} from "./chunk-U4KXGS5A.js";
import {
  OPEN_API_PAGE
} from "./chunk-3HJ7SMYK.js";
import {
  PlatformError
} from "./chunk-GSDUINIL.js";
import {
  identityKey
} from "./chunk-EEC5CMMK.js";
import {
  writeFileAtomic
} from "./chunk-NGHB4DDL.js";
import {
  UNPREFIXED_VARIABLES,
  readVariable
} from "./chunk-ZV64R6GO.js";
import {
  plural
} from "./chunk-PKRPB7JT.js";
import {
  ConfigError,
  FaqopsError,
  InternalError,
  OptionConflictError,
  PruneRefusedError,
  StateFileError,
  UsageError
} from "./chunk-T6FUUJG6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SJR6QM7P.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path5, { windows } = {}) => {
      const segs = path5.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns2, options) => picomatch2(patterns2, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

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

// src/exit.ts
var EXIT_CODES = Object.freeze({
  success: 0,
  failure: 1,
  changes: 2,
  interrupted: 130
});
function exitCodeFor(error) {
  const { code, exitCode } = error instanceof Error ? error : {};
  if (typeof code === "string" && code.startsWith("commander.") && exitCode === 0) {
    return EXIT_CODES.success;
  }
  return EXIT_CODES.failure;
}
function exitCodeForApply(outcome) {
  switch (outcome) {
    case "nothing-to-do":
    case "done":
      return EXIT_CODES.success;
    case "interrupted":
      return EXIT_CODES.interrupted;
    case "partial":
    case "fatal":
      return EXIT_CODES.failure;
  }
}
function exitCodeForProblems(failures) {
  return failures > 0 ? EXIT_CODES.failure : EXIT_CODES.success;
}
function exitCodeForPlan(options) {
  return options.exitCode && options.changes ? EXIT_CODES.changes : EXIT_CODES.success;
}
function isBug(error) {
  return !(error instanceof FaqopsError) || error instanceof InternalError;
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
function translate(entries, text) {
  for (const entry of entries) {
    const { regex, holes } = compile(entry.en);
    const match = regex.exec(text);
    if (!match) continue;
    let complete = entry.partial !== true;
    const values = /* @__PURE__ */ new Map();
    holes.forEach((hole, i) => {
      const value = match[i + 1] ?? "";
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
  {
    en: "compile in worker threads: auto (when {{count}} files or more need compiling), on, or off (one thread, less memory)",
    zh: "\u662F\u5426\u5728\u5DE5\u4F5C\u7EBF\u7A0B\u4E2D\u7F16\u8BD1\uFF1Aauto\uFF08\u9700\u8981\u7F16\u8BD1 {{count}} \u4E2A\u6216\u66F4\u591A\u6587\u4EF6\u65F6\uFF09\u3001on \u6216 off\uFF08\u5355\u7EBF\u7A0B\uFF0C\u5360\u7528\u5185\u5B58\u66F4\u5C11\uFF09"
  },
  {
    en: "the state lockfile, relative to the working directory (default: {{file}}, or faqops.<target>.lock.json for a target, in the project root)",
    zh: "\u72B6\u6001\u9501\u6587\u4EF6\uFF0C\u76F8\u5BF9\u4E8E\u5F53\u524D\u5DE5\u4F5C\u76EE\u5F55\uFF08\u9ED8\u8BA4\uFF1A\u9879\u76EE\u6839\u76EE\u5F55\u4E0B\u7684 {{file}}\uFF0C\u76EE\u6807\u5219\u4E3A faqops.<\u76EE\u6807>.lock.json\uFF09"
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
  // --target (shared-options.ts addTargetOption), each command's
  {
    en: "plan only this target (default: every target, each under its own heading); targets are defined in faqops.config.yaml",
    zh: "\u53EA\u4E3A\u8FD9\u4E2A\u76EE\u6807\u751F\u6210\u8BA1\u5212\uFF08\u9ED8\u8BA4\uFF1A\u6240\u6709\u76EE\u6807\uFF0C\u5404\u81EA\u5217\u5728\u81EA\u5DF1\u7684\u6807\u9898\u4E0B\uFF09\uFF1B\u76EE\u6807\u5728 faqops.config.yaml \u4E2D\u5B9A\u4E49"
  },
  {
    en: "the target (bot) to sync; required when several are configured; targets are defined in faqops.config.yaml",
    zh: "\u8981\u540C\u6B65\u7684\u76EE\u6807\uFF08\u673A\u5668\u4EBA\uFF09\uFF1B\u914D\u7F6E\u4E86\u591A\u4E2A\u76EE\u6807\u65F6\u5FC5\u987B\u6307\u5B9A\uFF1B\u76EE\u6807\u5728 faqops.config.yaml \u4E2D\u5B9A\u4E49"
  },
  {
    en: "the target (bot) to publish; required when several are configured; targets are defined in faqops.config.yaml",
    zh: "\u8981\u53D1\u5E03\u7684\u76EE\u6807\uFF08\u673A\u5668\u4EBA\uFF09\uFF1B\u914D\u7F6E\u4E86\u591A\u4E2A\u76EE\u6807\u65F6\u5FC5\u987B\u6307\u5B9A\uFF1B\u76EE\u6807\u5728 faqops.config.yaml \u4E2D\u5B9A\u4E49"
  },
  {
    en: "show what this target's bot would answer (its entries only; --changed: against its lockfile); targets are defined in faqops.config.yaml",
    zh: "\u663E\u793A\u8FD9\u4E2A\u76EE\u6807\u7684\u673A\u5668\u4EBA\u4F1A\u600E\u6837\u56DE\u7B54\uFF08\u53EA\u542B\u5B83\u7684\u6761\u76EE\uFF1B\u52A0 --changed \u65F6\u4E0E\u5B83\u7684\u9501\u6587\u4EF6\u6BD4\u8F83\uFF09\uFF1B\u76EE\u6807\u5728 faqops.config.yaml \u4E2D\u5B9A\u4E49"
  },
  {
    en: "export only the entries this target takes; targets are defined in faqops.config.yaml",
    zh: "\u53EA\u5BFC\u51FA\u8FD9\u4E2A\u76EE\u6807\u63A5\u6536\u7684\u6761\u76EE\uFF1B\u76EE\u6807\u5728 faqops.config.yaml \u4E2D\u5B9A\u4E49"
  },
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
    en: "Write created, updated and renamed entries to the platform (v1: setautoreply, one request an entry; v2: batched imports), only what changed since the lockfile, and record every confirmed write. With a saved plan, apply exactly that plan, or refuse (sending nothing) when the content or the lockfile changed since it was made. Credentials come from FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY (v1 only) and FAQOPS_MANAGER_ID (not needed with --dry-run or --emulator); for a target, FAQOPS_<NAME>_APPID and so on first (docs/targets.md).",
    zh: "\u628A\u65B0\u5EFA\u3001\u66F4\u65B0\u548C\u91CD\u547D\u540D\u7684\u6761\u76EE\u5199\u5165\u5E73\u53F0\uFF08v1\uFF1Asetautoreply\uFF0C\u6BCF\u4E2A\u6761\u76EE\u4E00\u4E2A\u8BF7\u6C42\uFF1Bv2\uFF1A\u6279\u91CF\u5BFC\u5165\uFF09\uFF0C\u53EA\u5199\u81EA\u9501\u6587\u4EF6\u4EE5\u6765\u6539\u52A8\u7684\u90E8\u5206\uFF0C\u5E76\u8BB0\u5F55\u6BCF\u6B21\u786E\u8BA4\u7684\u5199\u5165\u3002\u7ED9\u51FA\u4FDD\u5B58\u7684\u8BA1\u5212\u65F6\uFF0C\u4E25\u683C\u6309\u8BE5\u8BA1\u5212\u6267\u884C\uFF1B\u82E5\u8BA1\u5212\u751F\u6210\u540E\u5185\u5BB9\u6216\u9501\u6587\u4EF6\u5DF2\u6539\u53D8\uFF0C\u5219\u62D2\u7EDD\u6267\u884C\uFF08\u4E0D\u53D1\u9001\u4EFB\u4F55\u8BF7\u6C42\uFF09\u3002\u51ED\u636E\u6765\u81EA FAQOPS_APPID\u3001FAQOPS_TOKEN\u3001FAQOPS_ENCODING_AES_KEY\uFF08\u4EC5 v1\uFF09\u548C FAQOPS_MANAGER_ID\uFF08\u4F7F\u7528 --dry-run \u6216 --emulator \u65F6\u4E0D\u9700\u8981\uFF09\uFF1B\u76EE\u6807\u7684\u51ED\u636E\u5148\u8BFB FAQOPS_<\u540D\u5B57>_APPID \u7B49\u53D8\u91CF\uFF08\u89C1 docs/targets.md\uFF09\u3002"
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
  { en: "binary data ({{value}})", zh: "\u4E8C\u8FDB\u5236\u6570\u636E\uFF08{{value}}\uFF09" },
  { en: "a date ({{value}})", zh: "\u65E5\u671F\uFF08{{value}}\uFF09" },
  { en: "binary data", zh: "\u4E8C\u8FDB\u5236\u6570\u636E" },
  { en: "a date", zh: "\u65E5\u671F" },
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
var targetsHint = [
  { en: "write it as a list: `targets: [{{name}}]`", zh: "\u8BF7\u5199\u6210\u5217\u8868 `targets: [{{name}}]`" },
  {
    en: "write a list of target names, such as `targets: [staging]`",
    zh: "\u8BF7\u5199\u76EE\u6807\u540D\u5B57\u7684\u5217\u8868\uFF0C\u4F8B\u5982 `targets: [staging]`"
  }
];
var configExpected = [
  { en: "one of {{choices:paths}}", zh: " {{choices}} \u4E4B\u4E00" },
  {
    en: "a URL such as https://chatbot.weixin.qq.com",
    zh: "\u7F51\u5740\uFF0C\u4F8B\u5982 https://chatbot.weixin.qq.com"
  },
  { en: "text", zh: "\u6587\u672C" },
  { en: "true or false", zh: " true \u6216 false" },
  { en: "a whole number from {{min:n}} to {{max:n}}", zh: " {{min}} \u5230 {{max}} \u4E4B\u95F4\u7684\u6574\u6570" },
  { en: "a number greater than 0 and at most {{max:n}}", zh: "\u5927\u4E8E 0\u3001\u4E0D\u8D85\u8FC7 {{max}} \u7684\u6570" },
  {
    en: "a share such as 25% or 0.25 (0 to 100%)",
    zh: "\u6BD4\u4F8B\uFF0C\u4F8B\u5982 25% \u6216 0.25\uFF080 \u5230 100%\uFF09"
  }
];
var configFix = [
  { en: "write it without quotes", zh: "\u8BF7\u53BB\u6389\u5F15\u53F7" },
  {
    en: "write `{{key}}: true` or `{{key2}}: false` (YAML 1.2 reads `{{word}}` as text)",
    zh: "\u8BF7\u5199 `{{key}}: true` \u6216 `{{key2}}: false`\uFF08YAML 1.2 \u628A `{{word}}` \u8BFB\u4F5C\u6587\u672C\uFF0C\u4E0D\u662F\u5E03\u5C14\u503C\uFF09"
  }
];
var configHint = [
  { en: "; {{fix:config-fix}}", zh: "\uFF1A{{fix}}" },
  { en: "", zh: "" }
];
var configItem = Object.values(TARGET_KEY_SPEC).flatMap(
  (spec) => spec.kind === "filter" ? [{ en: spec.item.en, zh: spec.item.zh }] : []
);
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
  "targets-hint": targetsHint,
  "config-expected": configExpected,
  "config-fix": configFix,
  "config-hint": configHint,
  "config-item": configItem,
  /** config/parse.ts: where an unknown key is. */
  "config-where": [
    { en: "at the top level", zh: "\u9876\u5C42" },
    { en: "in target `{{name}}`", zh: "\u76EE\u6807 `{{name}}` \u4E2D" },
    { en: "in `{{name}}`", zh: "`{{name}}` \u4E2D" }
  ],
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
      en: "this file was replaced by a symbolic link while faqops was reading the content: run faqops again",
      zh: "faqops \u8BFB\u53D6\u5185\u5BB9\u65F6\u8FD9\u4E2A\u6587\u4EF6\u88AB\u66FF\u6362\u6210\u4E86\u7B26\u53F7\u94FE\u63A5\uFF1A\u8BF7\u91CD\u65B0\u8FD0\u884C faqops"
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
      en: "`targets` must be a list of target names, but it is {{type:type-name}}; {{hint:targets-hint}}",
      zh: "`targets` \u5FC5\u987B\u662F\u76EE\u6807\u540D\u5B57\u7684\u5217\u8868\uFF0C\u4F46\u73B0\u5728\u662F{{type}}\uFF1A{{hint}}"
    },
    {
      en: "target {{index:n}} is {{type:type-name}}, not a target name: write names such as `staging`",
      zh: "\u7B2C {{index}} \u4E2A\u76EE\u6807\u662F{{type}}\uFF0C\u4E0D\u662F\u76EE\u6807\u540D\u5B57\uFF1A\u8BF7\u5199 `staging` \u8FD9\u6837\u7684\u540D\u5B57"
    },
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
  ],
  "targets-empty": [
    {
      en: "`targets` is an empty list, so no target would take the entry: name its targets, remove the key (every target), or write `draft: true` to keep it off every bot",
      zh: "`targets` \u662F\u7A7A\u5217\u8868\uFF0C\u6CA1\u6709\u54EA\u4E2A\u76EE\u6807\u4F1A\u63A5\u6536\u8FD9\u4E2A\u6761\u76EE\uFF1A\u8BF7\u5199\u51FA\u5B83\u7684\u76EE\u6807\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u952E\uFF08\u540C\u6B65\u5230\u6240\u6709\u76EE\u6807\uFF09\uFF0C\u6216\u5199 `draft: true` \u8BA9\u5B83\u4E0D\u8FDB\u5165\u4EFB\u4F55\u673A\u5668\u4EBA"
    }
  ],
  "target-none": [
    {
      en: "no target takes this entry (its front matter `targets`, and the targets' `skills` and `paths` in faqops.config.yaml, leave it out), so no bot answers it: name a target that takes it, change a target's `skills` or `paths`, or write `draft: true` if that is intended",
      zh: "\u6CA1\u6709\u54EA\u4E2A\u76EE\u6807\u63A5\u6536\u8FD9\u4E2A\u6761\u76EE\uFF08\u5B83\u7684 front matter `targets`\uFF0C\u4EE5\u53CA faqops.config.yaml \u4E2D\u5404\u76EE\u6807\u7684 `skills` \u548C `paths`\uFF0C\u90FD\u628A\u5B83\u6392\u9664\u5728\u5916\uFF09\uFF0C\u6240\u4EE5\u6CA1\u6709\u673A\u5668\u4EBA\u4F1A\u7528\u5B83\u56DE\u7B54\uFF1A\u8BF7\u5199\u4E00\u4E2A\u4F1A\u63A5\u6536\u5B83\u7684\u76EE\u6807\uFF0C\u6216\u4FEE\u6539\u67D0\u4E2A\u76EE\u6807\u7684 `skills` \u6216 `paths`\uFF1B\u5982\u679C\u672C\u610F\u5982\u6B64\uFF0C\u8BF7\u5199 `draft: true`"
    },
    {
      en: "no target takes this entry (the targets' `skills` and `paths` in faqops.config.yaml leave it out), so no bot answers it: change a target's `skills` or `paths` so that one takes it, or write `draft: true` if that is intended",
      zh: "\u6CA1\u6709\u54EA\u4E2A\u76EE\u6807\u63A5\u6536\u8FD9\u4E2A\u6761\u76EE\uFF08faqops.config.yaml \u4E2D\u5404\u76EE\u6807\u7684 `skills` \u548C `paths` \u628A\u5B83\u6392\u9664\u5728\u5916\uFF09\uFF0C\u6240\u4EE5\u6CA1\u6709\u673A\u5668\u4EBA\u4F1A\u7528\u5B83\u56DE\u7B54\uFF1A\u8BF7\u4FEE\u6539\u67D0\u4E2A\u76EE\u6807\u7684 `skills` \u6216 `paths`\uFF0C\u8BA9\u67D0\u4E2A\u76EE\u6807\u63A5\u6536\u5B83\uFF1B\u5982\u679C\u672C\u610F\u5982\u6B64\uFF0C\u8BF7\u5199 `draft: true`"
    }
  ],
  "target-unknown": [
    {
      en: '"{{name}}" is not a target name: names are lowercase letters, digits, `-` and `_`, starting with a letter, as in faqops.config.yaml',
      zh: '"{{name}}" \u4E0D\u662F\u76EE\u6807\u540D\u5B57\uFF1A\u76EE\u6807\u540D\u5B57\u7531\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001`-` \u548C `_` \u7EC4\u6210\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF0C\u4E0E faqops.config.yaml \u4E2D\u4E00\u81F4'
    },
    {
      en: '`targets` names "{{name}}", but no faqops.config.yaml defines targets: remove the key (the content then goes to the one bot), or define the targets in faqops.config.yaml (see docs/targets.md)',
      zh: '`targets` \u5199\u4E86 "{{name}}"\uFF0C\u4F46\u6CA1\u6709 faqops.config.yaml \u5B9A\u4E49\u76EE\u6807\uFF1A\u8BF7\u5220\u9664\u8FD9\u4E2A\u952E\uFF08\u5185\u5BB9\u4F1A\u540C\u6B65\u5230\u552F\u4E00\u7684\u673A\u5668\u4EBA\uFF09\uFF0C\u6216\u5728 faqops.config.yaml \u4E2D\u5B9A\u4E49\u76EE\u6807\uFF08\u89C1 docs/targets.md\uFF09'
    },
    {
      en: '"{{name}}" is not a target in {{file}}: did you mean `{{guess}}`? The targets are {{names:paths}}',
      zh: '"{{name}}" \u4E0D\u662F {{file}} \u4E2D\u7684\u76EE\u6807\uFF1A\u662F\u4E0D\u662F\u60F3\u5199 `{{guess}}`\uFF1F\u5DF2\u5B9A\u4E49\u7684\u76EE\u6807\u6709 {{names}}'
    },
    {
      en: '"{{name}}" is not a target in {{file}}; the targets are {{names:paths}}',
      zh: '"{{name}}" \u4E0D\u662F {{file}} \u4E2D\u7684\u76EE\u6807\uFF1B\u5DF2\u5B9A\u4E49\u7684\u76EE\u6807\u6709 {{names}}'
    }
  ],
  "config-yaml": [
    {
      en: "`{{key}}` is given twice (first on line {{line:n}}); keep one",
      zh: "`{{key}}` \u5199\u4E86\u4E24\u6B21\uFF08\u7B2C\u4E00\u6B21\u5728\u7B2C {{line}} \u884C\uFF09\uFF1A\u8BF7\u53EA\u4FDD\u7559\u4E00\u4E2A"
    },
    {
      en: 'the file is not valid YAML ({{why:yaml-problem}}); write `key: value` lines, and quote text holding ": "',
      zh: '\u8FD9\u4E2A\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 YAML\uFF08{{why}}\uFF09\uFF1A\u8BF7\u5199\u6210 `\u952E: \u503C` \u7684\u884C\uFF0C\u542B\u6709 ": " \u7684\u6587\u5B57\u8981\u52A0\u5F15\u53F7'
    }
  ],
  "config-key": [
    {
      en: "`{{key}}` is set per target, not at the top level: each target needs its own; move it under `targets: <name>:`",
      zh: "`{{key}}` \u8981\u6309\u76EE\u6807\u5206\u522B\u8BBE\u7F6E\uFF0C\u4E0D\u80FD\u5199\u5728\u9876\u5C42\uFF1A\u6BCF\u4E2A\u76EE\u6807\u90FD\u9700\u8981\u81EA\u5DF1\u7684\u503C\uFF0C\u8BF7\u628A\u5B83\u79FB\u5230 `targets: <\u540D\u5B57>:` \u4E0B"
    },
    {
      en: "unknown key `{{key}}` {{where:config-where}}: did you mean `{{guess}}`?",
      zh: "{{where}}\u6709\u672A\u77E5\u7684\u952E `{{key}}`\uFF1A\u662F\u4E0D\u662F\u60F3\u5199 `{{guess}}`\uFF1F"
    },
    {
      en: "unknown key `{{key}}` {{where:config-where}}; the keys are {{keys:paths}}",
      zh: "{{where}}\u6709\u672A\u77E5\u7684\u952E `{{key}}`\uFF1A\u53EF\u7528\u7684\u952E\u6709 {{keys}}"
    }
  ],
  "config-value": [
    {
      en: "the file must be `key: value` lines (a YAML mapping), such as `targets:`",
      zh: "\u8FD9\u4E2A\u6587\u4EF6\u5FC5\u987B\u662F `\u952E: \u503C` \u7684\u884C\uFF08YAML \u6620\u5C04\uFF09\uFF0C\u4F8B\u5982 `targets:`"
    },
    {
      en: "`targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)",
      zh: "`targets` \u662F\u7A7A\u7684\uFF1A\u8BF7\u81F3\u5C11\u5199\u4E00\u4E2A\u76EE\u6807\uFF0C\u4F8B\u5982 `staging: {}`\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u952E\uFF08\u53EA\u6709\u4E00\u4E2A\u673A\u5668\u4EBA\uFF09"
    },
    {
      en: "`targets` must be a mapping of target names to their settings, such as `staging: {}`, but it is {{type:type-name}}",
      zh: "`targets` \u5FC5\u987B\u662F\u76EE\u6807\u540D\u5B57\u5230\u5176\u8BBE\u7F6E\u7684\u6620\u5C04\uFF0C\u4F8B\u5982 `staging: {}`\uFF0C\u4F46\u73B0\u5728\u662F{{type}}"
    },
    {
      en: 'targets "{{a}}" and "{{b}}" would share the lockfile {{file}}, and each bot\'s state needs its own: give one another `lockfile`',
      zh: '\u76EE\u6807 "{{a}}" \u548C "{{b}}" \u4F1A\u5171\u7528\u9501\u6587\u4EF6 {{file}}\uFF0C\u800C\u6BCF\u4E2A\u673A\u5668\u4EBA\u7684\u72B6\u6001\u90FD\u9700\u8981\u81EA\u5DF1\u7684\u9501\u6587\u4EF6\uFF1A\u8BF7\u7ED9\u5176\u4E2D\u4E00\u4E2A\u53E6\u8BBE `lockfile`'
    },
    {
      en: "target `{{name}}` must be a mapping of its settings (`{{name2}}: {}` for none), but it is {{type:type-name}}",
      zh: "\u76EE\u6807 `{{name}}` \u5FC5\u987B\u662F\u5176\u8BBE\u7F6E\u7684\u6620\u5C04\uFF08\u6CA1\u6709\u8BBE\u7F6E\u65F6\u5199 `{{name2}}: {}`\uFF09\uFF0C\u4F46\u73B0\u5728\u662F{{type}}"
    },
    {
      en: "`{{key}}` must be {{expected:config-expected}}, but it is {{type:type-name}}{{hint:config-hint}}",
      zh: "`{{key}}` \u5FC5\u987B\u662F{{expected}}\uFF0C\u4F46\u73B0\u5728\u662F{{type}}{{hint}}"
    },
    {
      en: "`{{key}}` must be a list (only these) or `include:` and `exclude:` lists, but it is {{type:type-name}}",
      zh: "`{{key}}` \u5FC5\u987B\u662F\u4E00\u4E2A\u5217\u8868\uFF08\u53EA\u63A5\u6536\u8FD9\u4E9B\uFF09\uFF0C\u6216 `include:` \u548C `exclude:` \u4E24\u4E2A\u5217\u8868\uFF0C\u4F46\u73B0\u5728\u662F{{type}}"
    },
    {
      en: "`{{key}}.{{list}}` must be a list, each item {{item:config-item}}, such as `{{list2}}: [{{example}}]`",
      zh: "`{{key}}.{{list}}` \u5FC5\u987B\u662F\u5217\u8868\uFF0C\u6BCF\u4E00\u9879\u662F{{item}}\uFF0C\u4F8B\u5982 `{{list2}}: [{{example}}]`"
    },
    {
      en: "`{{key}}` is an empty list, so the target would take no entry: name what it takes, or remove the key (everything)",
      zh: "`{{key}}` \u662F\u7A7A\u5217\u8868\uFF0C\u76EE\u6807\u5C06\u4E0D\u63A5\u6536\u4EFB\u4F55\u6761\u76EE\uFF1A\u8BF7\u5199\u51FA\u8981\u63A5\u6536\u7684\u5185\u5BB9\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u952E\uFF08\u5168\u90E8\u63A5\u6536\uFF09"
    },
    {
      en: "item {{index:n}} of `{{key}}` must be {{item:config-item}}, but it is {{type:type-name}}",
      zh: "`{{key}}` \u7684\u7B2C {{index}} \u9879\u5FC5\u987B\u662F{{item}}\uFF0C\u4F46\u73B0\u5728\u662F{{type}}"
    }
  ],
  "config-target-name": [
    {
      en: '`{{name}}` is YAML\'s empty value, not a name: quote it (`"{{name2}}": {}`) or choose another name',
      zh: '`{{name}}` \u5728 YAML \u91CC\u8868\u793A\u7A7A\u503C\uFF0C\u4E0D\u662F\u540D\u5B57\uFF1A\u8BF7\u52A0\u4E0A\u5F15\u53F7\uFF08`"{{name}}": {}`\uFF09\uFF0C\u6216\u6362\u4E00\u4E2A\u540D\u5B57'
    },
    {
      en: '"{{name}}" is not a valid target name: use lowercase letters, digits, `-` and `_`, starting with a letter, at most 40 (it becomes part of variable names such as FAQOPS_STAGING_TOKEN)',
      zh: '"{{name}}" \u4E0D\u662F\u6709\u6548\u7684\u76EE\u6807\u540D\u5B57\uFF1A\u8BF7\u7528\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001`-` \u548C `_`\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF0C\u6700\u591A 40 \u4E2A\u5B57\u7B26\uFF08\u5B83\u4F1A\u6210\u4E3A FAQOPS_STAGING_TOKEN \u8FD9\u7C7B\u53D8\u91CF\u540D\u7684\u4E00\u90E8\u5206\uFF09'
    },
    {
      en: 'targets "{{a}}" and "{{b}}" would both read FAQOPS_{{prefix}}_* credentials: rename one',
      zh: '\u76EE\u6807 "{{a}}" \u548C "{{b}}" \u4F1A\u8BFB\u53D6\u540C\u4E00\u7EC4 FAQOPS_{{prefix}}_* \u51ED\u636E\uFF1A\u8BF7\u7ED9\u5176\u4E2D\u4E00\u4E2A\u6539\u540D'
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
  {
    en: '.unpublished must be true or "new" when present',
    zh: '.unpublished \u51FA\u73B0\u65F6\u5FC5\u987B\u662F true \u6216 "new"'
  },
  { en: ".mayBeDisabled must be true when present", zh: ".mayBeDisabled \u51FA\u73B0\u65F6\u5FC5\u987B\u662F true" },
  { en: ".prune is malformed", zh: ".prune \u683C\u5F0F\u4E0D\u5BF9" },
  { en: ".keeps is malformed", zh: ".keeps \u683C\u5F0F\u4E0D\u5BF9" },
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
var OPEN_API_PAGE2 = [
  { en: "the bot console's \u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API page", zh: OPEN_API_PAGE_ZH }
];
var CREDENTIALS_CHECK = [
  {
    en: "check {{appid:word}} and {{key:word}} against the bot's console",
    zh: "\u8BF7\u5BF9\u7167\u673A\u5668\u4EBA\u540E\u53F0\u68C0\u67E5 {{appid}} \u548C {{key}}"
  },
  {
    en: "check the action's `appid` and `encoding-aes-key` inputs against the bot's console",
    zh: "\u8BF7\u5BF9\u7167\u673A\u5668\u4EBA\u540E\u53F0\u68C0\u67E5 Action \u7684 `appid` \u548C `encoding-aes-key` \u8F93\u5165"
  }
];
var codeTodo = [
  {
    en: "{{check:credentials-check}}; if they are right, {{run:run-check}} (the content may hold characters XML cannot carry) and report it",
    zh: "{{check}}\uFF1B\u5982\u679C\u90FD\u6CA1\u9519\uFF0C{{run}}\uFF08\u5185\u5BB9\u91CC\u53EF\u80FD\u6709 XML \u65E0\u6CD5\u627F\u8F7D\u7684\u5B57\u7B26\uFF09\uFF0C\u5E76\u62A5\u544A\u8FD9\u4E2A\u95EE\u9898"
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
    en: "check {{token:word}} against the bot's console (it may have been reset)",
    zh: "\u8BF7\u5BF9\u7167\u673A\u5668\u4EBA\u540E\u53F0\u68C0\u67E5 {{token}}\uFF08\u5B83\u53EF\u80FD\u5DF2\u88AB\u91CD\u7F6E\uFF09"
  },
  {
    en: "check the action's `token` input against the bot's console (it may have been reset)",
    zh: "\u8BF7\u5BF9\u7167\u673A\u5668\u4EBA\u540E\u53F0\u68C0\u67E5 Action \u7684 `token` \u8F93\u5165\uFF08\u5B83\u53EF\u80FD\u5DF2\u88AB\u91CD\u7F6E\uFF09"
  },
  {
    en: "resolve the review in the bot's console, then sync again",
    zh: "\u8BF7\u5728\u673A\u5668\u4EBA\u540E\u53F0\u5904\u7406\u5BA1\u6838\u95EE\u9898\uFF0C\u7136\u540E\u91CD\u65B0\u540C\u6B65"
  },
  {
    en: "check {{id:word}}: the id of the bot's creator or an administrator",
    zh: "\u8BF7\u68C0\u67E5 {{id}}\uFF1A\u5E94\u4E3A\u673A\u5668\u4EBA\u521B\u5EFA\u8005\u6216\u7BA1\u7406\u5458\u7684 id"
  },
  {
    en: "check the action's `manager-id` input: the id of the bot's creator or an administrator",
    zh: "\u8BF7\u68C0\u67E5 Action \u7684 `manager-id` \u8F93\u5165\uFF1A\u5E94\u4E3A\u673A\u5668\u4EBA\u521B\u5EFA\u8005\u6216\u7BA1\u7406\u5458\u7684 id"
  },
  {
    en: "see the platform's documentation for this code; the entry was not written",
    zh: "\u8BF7\u67E5\u9605\u5E73\u53F0\u6587\u6863\u4E2D\u8FD9\u4E2A\u9519\u8BEF\u7801\u7684\u8BF4\u660E\uFF1B\u8BE5\u6761\u76EE\u6CA1\u6709\u5199\u5165"
  },
  {
    en: "{{run:run-check}}; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
    zh: "{{run}}\uFF1B\u5982\u679C\u5185\u5BB9\u68C0\u67E5\u901A\u8FC7\uFF0C\u8BF7\u628A\u5B83\u4F5C\u4E3A faqops \u7684\u7F3A\u9677\u62A5\u544A\uFF08\u8BF7\u6C42\u4F53\u4E0D\u7B26\u5408\u5E73\u53F0\u8981\u6C42\uFF09\u3002"
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
    en: "nothing to change: faqops backs off and retries; if it persists, {{lower:lower-rate}}.",
    zh: "\u65E0\u9700\u6539\u52A8\uFF1Afaqops \u4F1A\u653E\u6162\u5E76\u91CD\u8BD5\uFF1B\u5982\u679C\u4E00\u76F4\u8FD9\u6837\uFF0C\u8BF7{{lower}}\u3002"
  },
  {
    en: "see the platform's v2 error code page; this call's request was not applied.",
    zh: "\u8BF7\u67E5\u9605\u5E73\u53F0 v2 \u9519\u8BEF\u7801\u9875\u9762\uFF1B\u8FD9\u6B21\u8C03\u7528\u7684\u8BF7\u6C42\u6CA1\u6709\u751F\u6548\u3002"
  },
  {
    en: "enable the open API for this bot on {{page:open-api-page}} (a bot without it refuses every v2 call), and check that {{appid:word}}, {{token:word}} and {{id:word}} (an administrator's user id) are the ones shown there.",
    zh: `\u8BF7\u5728{{page}}\u4E3A\u8FD9\u4E2A\u673A\u5668\u4EBA\u5F00\u542F\u5F00\u653E API\uFF08\u6CA1\u6709\u5F00\u542F\u7684\u673A\u5668\u4EBA\u4F1A\u62D2\u7EDD\u6240\u6709 v2 \u8C03\u7528\uFF09\uFF0C\u5E76\u786E\u8BA4 {{appid}}\u3001{{token}} \u548C {{id}}\uFF08\u7BA1\u7406\u5458\u7684\u7528\u6237 id\uFF09\u4E0E\u8BE5\u9875\u9762\u663E\u793A\u7684\u4E00\u81F4\u3002`
  },
  {
    en: "enable the open API for this bot on {{page:open-api-page}} (a bot without it refuses every v2 call), and check that the action's inputs `appid`, `token` and `manager-id` (an administrator's user id) are the ones shown there.",
    zh: `\u8BF7\u5728{{page}}\u4E3A\u8FD9\u4E2A\u673A\u5668\u4EBA\u5F00\u542F\u5F00\u653E API\uFF08\u6CA1\u6709\u5F00\u542F\u7684\u673A\u5668\u4EBA\u4F1A\u62D2\u7EDD\u6240\u6709 v2 \u8C03\u7528\uFF09\uFF0C\u5E76\u786E\u8BA4 Action \u7684 \`appid\`\u3001\`token\` \u548C \`manager-id\` \u8F93\u5165\uFF08\u7BA1\u7406\u5458\u7684\u7528\u6237 id\uFF09\u4E0E\u8BE5\u9875\u9762\u663E\u793A\u7684\u4E00\u81F4\u3002`
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then {{token:word}} (the Token on {{page:open-api-page}}); a Token with stray characters signs wrongly.",
    zh: `\u8BF7\u5148\u68C0\u67E5\u672C\u673A\u65F6\u949F\uFF08\u6BCF\u4E2A\u7B7E\u540D\u90FD\u5E26\u6709\u65F6\u95F4\uFF1A\u8BF7\u6821\u51C6\uFF0C\u4F8B\u5982\u7528 NTP\uFF09\uFF0C\u518D\u68C0\u67E5 {{token}}\uFF08{{page}}\u4E0A\u7684 Token\uFF09\uFF1BToken \u91CC\u591A\u4E86\u5B57\u7B26\u4F1A\u5BFC\u81F4\u7B7E\u540D\u9519\u8BEF\u3002`
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then the action's `token` input (the Token on {{page:open-api-page}}); a Token with stray characters signs wrongly.",
    zh: `\u8BF7\u5148\u68C0\u67E5\u672C\u673A\u65F6\u949F\uFF08\u6BCF\u4E2A\u7B7E\u540D\u90FD\u5E26\u6709\u65F6\u95F4\uFF1A\u8BF7\u6821\u51C6\uFF0C\u4F8B\u5982\u7528 NTP\uFF09\uFF0C\u518D\u68C0\u67E5 Action \u7684 \`token\` \u8F93\u5165\uFF08{{page}}\u4E0A\u7684 Token\uFF09\uFF1BToken \u91CC\u591A\u4E86\u5B57\u7B26\u4F1A\u5BFC\u81F4\u7B7E\u540D\u9519\u8BEF\u3002`
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), {{token:word}} and {{appid:word}} against {{page:open-api-page}}, and {{id:word}} (the account: an administrator's user id, under \u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650).",
    zh: `\u8BF7\u68C0\u67E5\u672C\u673A\u65F6\u949F\uFF08\u6BCF\u4E2A\u7B7E\u540D\u90FD\u5E26\u6709\u65F6\u95F4\uFF1A\u8BF7\u6821\u51C6\uFF0C\u4F8B\u5982\u7528 NTP\uFF09\uFF0C\u5BF9\u7167{{page}}\u68C0\u67E5 {{token}} \u548C {{appid}}\uFF0C\u5E76\u68C0\u67E5 {{id}}\uFF08\u5373\u8D26\u53F7\uFF1A\u7BA1\u7406\u5458\u7684\u7528\u6237 id\uFF0C\u5728\u300C\u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650\u300D\u4E2D\uFF09\u3002`
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), the action's `token` and `appid` inputs against {{page:open-api-page}}, and its `manager-id` input (the account: an administrator's user id, under \u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650).",
    zh: `\u8BF7\u68C0\u67E5\u672C\u673A\u65F6\u949F\uFF08\u6BCF\u4E2A\u7B7E\u540D\u90FD\u5E26\u6709\u65F6\u95F4\uFF1A\u8BF7\u6821\u51C6\uFF0C\u4F8B\u5982\u7528 NTP\uFF09\uFF0C\u5BF9\u7167{{page}}\u68C0\u67E5 Action \u7684 \`token\` \u548C \`appid\` \u8F93\u5165\uFF0C\u5E76\u68C0\u67E5\u5B83\u7684 \`manager-id\` \u8F93\u5165\uFF08\u5373\u8D26\u53F7\uFF1A\u7BA1\u7406\u5458\u7684\u7528\u6237 id\uFF0C\u5728\u300C\u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650\u300D\u4E2D\uFF09\u3002`
  }
];
registerKinds({
  "lock-where": [{ en: "entries[{{index:n}}]", zh: "entries[{{index}}]" }],
  "open-api-page": OPEN_API_PAGE2,
  "credentials-check": CREDENTIALS_CHECK,
  /** render/remedy.ts: how to run the content's checks, for the CLI and for the action. */
  /** render/remedy.ts: how to name the content folder by its own path. */
  "content-folder-path": [
    { en: "pass --content with", zh: "\u7528 --content \u6307\u5B9A" },
    { en: "set the action's `content` input to", zh: "\u628A Action \u7684 `content` \u8F93\u5165\u8BBE\u4E3A" }
  ],
  "run-check": [
    { en: "run `faqops check`", zh: "\u8BF7\u8FD0\u884C `faqops check`" },
    { en: "run the action with `command: check`", zh: "\u8BF7\u7528 `command: check` \u8FD0\u884C Action" }
  ],
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
  /**
   * A list of names: the variables a missing credential may be set in (credentials.ts),
   * `FAQOPS_STAGING_TOKEN (or FAQOPS_TOKEN), …` → `FAQOPS_STAGING_TOKEN（或 FAQOPS_TOKEN）、…`;
   * a config's targets, `production, staging` → `production、staging`.
   */
  "name-list": {
    pattern: "[^]*?",
    zh: (value) => value.replace(/ \(or ([^()]*)\)/g, "\uFF08\u6216 $1\uFF09").replaceAll(", ", "\u3001")
  },
  /** commands/apply.ts: the target a run is for, or none. */
  "plan-target": [
    { en: "the unnamed bot", zh: "\u672A\u547D\u540D\u7684\u673A\u5668\u4EBA" },
    { en: "{{name:word}}", zh: " {{name}}" }
  ],
  /** commands/plan.ts: the flags that are one target's. */
  "one-target-flag": [
    { en: "--out", zh: "--out" },
    { en: "--lockfile", zh: "--lockfile" }
  ],
  /** cli/targets.ts selectTargets: what is one bot's. */
  "sync-publish": [
    { en: "sync", zh: "\u540C\u6B65" },
    { en: "publish", zh: "\u53D1\u5E03" },
    { en: "preview of changes", zh: "\u53D8\u66F4\u9884\u89C8" }
  ],
  /** action/inputs.ts selectActionTargets: what is one bot's. */
  "action-verb": [
    { en: "sync", zh: "\u540C\u6B65" },
    { en: "publish", zh: "\u53D1\u5E03" }
  ],
  "action-one-bot": [
    { en: "a sync", zh: "\u4E00\u6B21\u540C\u6B65" },
    { en: "a publish", zh: "\u4E00\u6B21\u53D1\u5E03" }
  ],
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
  { en: "check {{setting:endpoint-setting}}", zh: "\u8BF7\u68C0\u67E5 {{setting}}" }
];
var ENDPOINT_SETTING = [
  { en: "--endpoint / {{variable:word}}", zh: "--endpoint / {{variable}}" },
  {
    en: "the action's `endpoint` input / {{variable:word}}",
    zh: "Action \u7684 `endpoint` \u8F93\u5165 / {{variable}}"
  }
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
  "endpoint-setting": ENDPOINT_SETTING,
  /** render/remedy.ts: fewer requests a second, for the CLI and for the action. */
  "lower-rate": [
    { en: "lower --rate", zh: "\u8C03\u4F4E --rate" },
    { en: "lower the action's `rate` input", zh: "\u8C03\u4F4E Action \u7684 `rate` \u8F93\u5165" }
  ],
  /** render/remedy.ts: how to allow plain http://, for the CLI and for the action. */
  "allow-insecure-http": [
    { en: "pass --insecure-http", zh: "\u8BF7\u52A0 --insecure-http" },
    {
      en: "set the action's `insecure-http` input to true",
      zh: "\u8BF7\u628A Action \u7684 `insecure-http` \u8F93\u5165\u8BBE\u4E3A true"
    }
  ],
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
  {
    en: "a replace of the whole bot (import mode 1) was cut short: the bot lacks {{count:count-entries}} the content keeps, and a publish would take {{_:it-them}} off the live bot too.",
    zh: "\u4E00\u6B21\u66FF\u6362\u673A\u5668\u4EBA\u5168\u90E8\u5185\u5BB9\u7684\u5BFC\u5165\uFF08\u5BFC\u5165\u6A21\u5F0F 1\uFF09\u6CA1\u6709\u5B8C\u6210\uFF1A\u673A\u5668\u4EBA\u7F3A\u5C11\u5185\u5BB9\u4E2D\u4FDD\u7559\u7684 {{count}}\uFF0C\u6B64\u65F6\u53D1\u5E03\u4F1A\u8BA9\u7EBF\u4E0A\u673A\u5668\u4EBA\u4E5F\u5931\u53BB{{_}}\u3002"
  },
  // Usage: flags, options, action inputs (options/values.ts, lang.ts)
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
  {
    en: "`replace-all: true` is for `api: v2`: on v1, `prune: true` always replaces the whole bot.",
    zh: "`replace-all: true` \u53EA\u7528\u4E8E `api: v2`\uFF1A\u5728 v1 \u4E0A\uFF0C`prune: true` \u603B\u662F\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\u3002"
  },
  {
    en: "`replace-all: true` goes with `prune: true`: together they replace the whole bot (import mode 1).",
    zh: "`replace-all: true` \u8981\u548C `prune: true` \u4E00\u8D77\u7528\uFF1A\u4E24\u8005\u4E00\u8D77\u4F1A\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\uFF08\u5BFC\u5165\u6A21\u5F0F 1\uFF09\u3002"
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
    en: "the plan {{file}} was made without a target, and this run is for target {{name:word}}; make a new plan with --target {{name2:word}}.",
    zh: "\u8BA1\u5212 {{file}} \u751F\u6210\u65F6\u6CA1\u6709\u6307\u5B9A\u76EE\u6807\uFF0C\u800C\u8FD9\u6B21\u8FD0\u884C\u9488\u5BF9\u76EE\u6807 {{name}}\uFF1A\u8BF7\u7528 --target {{name}} \u91CD\u65B0\u751F\u6210\u8BA1\u5212\u3002"
  },
  {
    en: "the plan {{file}} was made for target {{planned:word}}, not {{used:plan-target}}; apply it with --target {{planned2:word}}, or make a new plan.",
    zh: "\u8BA1\u5212 {{file}} \u662F\u4E3A\u76EE\u6807 {{planned}} \u751F\u6210\u7684\uFF0C\u4E0D\u662F{{used}}\uFF1A\u8BF7\u7528 --target {{planned}} \u6765\u5E94\u7528\u5B83\uFF0C\u6216\u91CD\u65B0\u751F\u6210\u8BA1\u5212\u3002"
  },
  {
    en: "{{flag:one-target-flag}} is one target's: {{file}} defines {{count:n}} targets ({{names:name-list}}).",
    zh: "{{flag}} \u53EA\u5C5E\u4E8E\u4E00\u4E2A\u76EE\u6807\uFF0C\u800C {{file}} \u5B9A\u4E49\u4E86 {{count}} \u4E2A\u76EE\u6807\uFF08{{names}}\uFF09\u3002"
  },
  // Targets (cli/targets.ts, config/load.ts)
  {
    en: "--target {{name:word}}: {{file}} has errors, so its targets cannot all be read.",
    zh: "--target {{name}}\uFF1A{{file}} \u6709\u9519\u8BEF\uFF0C\u65E0\u6CD5\u8BFB\u51FA\u5B83\u7684\u5168\u90E8\u76EE\u6807\u3002"
  },
  {
    en: "--target {{name:word}}: {{file}} defines no targets.",
    zh: "--target {{name}}\uFF1A{{file}} \u6CA1\u6709\u5B9A\u4E49\u4EFB\u4F55\u76EE\u6807\u3002"
  },
  {
    en: "--target {{name:word}}: there is no faqops.config.yaml, which defines the targets.",
    zh: "--target {{name}}\uFF1A\u6CA1\u6709\u5B9A\u4E49\u76EE\u6807\u7684 faqops.config.yaml\u3002"
  },
  {
    en: "--target {{name:word}}: no such target in {{file}}; the targets are {{names:name-list}}.",
    zh: "--target {{name}}\uFF1A{{file}} \u91CC\u6CA1\u6709\u8FD9\u4E2A\u76EE\u6807\uFF1B\u73B0\u6709\u7684\u76EE\u6807\u662F {{names}}\u3002"
  },
  {
    en: "{{command:word}} needs --target: {{file}} defines {{count:n}} targets ({{names:name-list}}), and a {{what:sync-publish}} is one bot's.",
    zh: "{{command}} \u9700\u8981 --target\uFF1A{{file}} \u5B9A\u4E49\u4E86 {{count}} \u4E2A\u76EE\u6807\uFF08{{names}}\uFF09\uFF0C\u800C\u4E00\u6B21{{what}}\u53EA\u9488\u5BF9\u4E00\u4E2A\u673A\u5668\u4EBA\u3002"
  },
  {
    en: "preview --changed needs --target: {{file}} defines {{count:n}} targets ({{names:name-list}}), and a preview of changes is one bot's.",
    zh: "preview --changed \u9700\u8981 --target\uFF1A{{file}} \u5B9A\u4E49\u4E86 {{count}} \u4E2A\u76EE\u6807\uFF08{{names}}\uFF09\uFF0C\u800C\u4E00\u6B21\u53D8\u66F4\u9884\u89C8\u53EA\u9488\u5BF9\u4E00\u4E2A\u673A\u5668\u4EBA\u3002"
  },
  {
    en: "cannot read the configuration file {{file}}: {{detail}}",
    zh: "\u65E0\u6CD5\u8BFB\u53D6\u914D\u7F6E\u6587\u4EF6 {{file}}\uFF1A{{detail}}"
  },
  {
    en: "{{path}} is not in the content folder ({{folder}}); check reports on files and folders in it.",
    zh: "{{path}} \u4E0D\u5728\u5185\u5BB9\u6587\u4EF6\u5939\uFF08{{folder}}\uFF09\u91CC\uFF1Acheck \u53EA\u62A5\u544A\u8BE5\u6587\u4EF6\u5939\u91CC\u7684\u6587\u4EF6\u548C\u5B50\u6587\u4EF6\u5939\u3002"
  },
  // content/load.ts; before the generic "{{path}} does not exist." below, which would match too.
  { en: "content directory {{path}} does not exist.", zh: "\u5185\u5BB9\u6587\u4EF6\u5939 {{path}} \u4E0D\u5B58\u5728\u3002" },
  { en: "content directory {{path}} is not a directory.", zh: "\u5185\u5BB9\u6587\u4EF6\u5939 {{path}} \u4E0D\u662F\u6587\u4EF6\u5939\u3002" },
  {
    en: "content directory {{path}} leads outside the working directory through a symbolic link; faqops reads content only inside the repository it runs in.",
    zh: "\u5185\u5BB9\u6587\u4EF6\u5939 {{path}} \u7ECF\u7B26\u53F7\u94FE\u63A5\u901A\u5411\u5DE5\u4F5C\u76EE\u5F55\u4E4B\u5916\uFF1Bfaqops \u53EA\u8BFB\u53D6\u5B83\u6240\u8FD0\u884C\u7684\u4ED3\u5E93\u91CC\u7684\u5185\u5BB9\u3002"
  },
  { en: "{{path}} changed while faqops was running.", zh: "{{path}} \u5728 faqops \u8FD0\u884C\u671F\u95F4\u88AB\u6539\u52A8\u4E86\u3002" },
  {
    en: "the compile cache's copy of the answer of {{path}} is damaged (it no longer matches the entry), so it could not be read back.",
    zh: "\u7F16\u8BD1\u7F13\u5B58\u4E2D {{path}} \u7684\u7B54\u6848\u526F\u672C\u5DF2\u635F\u574F\uFF08\u4E0E\u6761\u76EE\u4E0D\u518D\u76F8\u7B26\uFF09\uFF0C\u65E0\u6CD5\u8BFB\u56DE\u3002"
  },
  {
    en: "run the command again: faqops removed the damaged cache and compiles the content anew",
    zh: "\u8BF7\u518D\u8FD0\u884C\u4E00\u6B21\u8BE5\u547D\u4EE4\uFF1Afaqops \u5DF2\u5220\u9664\u635F\u574F\u7684\u7F13\u5B58\uFF0C\u4F1A\u91CD\u65B0\u7F16\u8BD1\u5185\u5BB9"
  },
  {
    en: "{{path}} compiled to another answer from the same bytes.",
    zh: "{{path}} \u4ECE\u76F8\u540C\u7684\u5B57\u8282\u7F16\u8BD1\u51FA\u4E86\u4E0D\u540C\u7684\u7B54\u6848\u3002"
  },
  {
    en: "no answer was loaded for {{path}} (hash {{hash}}).",
    zh: "\u6CA1\u6709\u4E3A {{path}} \u8F7D\u5165\u7B54\u6848\uFF08\u54C8\u5E0C {{hash}}\uFF09\u3002"
  },
  {
    en: "delete .faqops-cache and run the command again",
    zh: "\u8BF7\u5220\u9664 .faqops-cache \u540E\u518D\u8FD0\u884C\u4E00\u6B21\u8BE5\u547D\u4EE4"
  },
  { en: "run the command again", zh: "\u8BF7\u518D\u8FD0\u884C\u4E00\u6B21\u8BE5\u547D\u4EE4" },
  {
    en: "a compiled file gave a line the cache cannot read",
    zh: "\u4E00\u4E2A\u6587\u4EF6\u7F16\u8BD1\u51FA\u7684\u7F13\u5B58\u884C\u65E0\u6CD5\u88AB\u8BFB\u56DE"
  },
  {
    en: "compiling in workers was asked for (workers: on), but the worker script compile-worker.js was not found",
    zh: "\u8981\u6C42\u5728\u5DE5\u4F5C\u7EBF\u7A0B\u4E2D\u7F16\u8BD1\uFF08workers: on\uFF09\uFF0C\u4F46\u627E\u4E0D\u5230\u5DE5\u4F5C\u7EBF\u7A0B\u811A\u672C compile-worker.js"
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
    en: "Missing {{_:credential-credentials}} for the v2 API: {{names:name-list}}.",
    zh: "\u7F3A\u5C11 v2 API \u7684\u51ED\u636E\uFF1A{{names}}\u3002"
  },
  {
    en: "Missing {{_:credential-credentials}}: {{names:name-list}}.",
    zh: "\u7F3A\u5C11\u51ED\u636E\uFF1A{{names}}\u3002"
  },
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
  // A refused prune (errors.ts PruneRefusedError), as render/prune.ts words it.
  { en: "--prune refused: {{why:prune-refusal}}", zh: "--prune \u88AB\u62D2\u7EDD\uFF1A{{why}}" },
  { en: "`prune: true` refused: {{why:prune-refusal}}", zh: "`prune: true` \u88AB\u62D2\u7EDD\uFF1A{{why}}" },
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
  {
    en: "Missing {{_:credential-credentials}} for apply to target {{name:word}}: {{names}}.",
    zh: "apply \u5230\u76EE\u6807 {{name}} \u7F3A\u5C11\u51ED\u636E\uFF1A{{names}}\u3002"
  },
  {
    en: "The lockfile input is one target's, and {{file}} defines {{count:n}} targets ({{names}}).",
    zh: "lockfile \u8F93\u5165\u53EA\u5C5E\u4E8E\u4E00\u4E2A\u76EE\u6807\uFF0C\u800C {{file}} \u5B9A\u4E49\u4E86 {{count}} \u4E2A\u76EE\u6807\uFF08{{names}}\uFF09\u3002"
  },
  {
    en: "The target input is {{name:word}}, but {{file}} has errors (see the annotations), so its targets cannot all be read.",
    zh: "target \u8F93\u5165\u662F {{name}}\uFF0C\u4F46 {{file}} \u6709\u9519\u8BEF\uFF08\u89C1\u6807\u6CE8\uFF09\uFF0C\u65E0\u6CD5\u8BFB\u51FA\u5B83\u7684\u5168\u90E8\u76EE\u6807\u3002"
  },
  {
    en: "command: {{command:word}} cannot tell which bot to {{what:action-verb}}: {{file}} has errors (see the annotations), so its targets cannot all be read.",
    zh: "command: {{command}} \u65E0\u6CD5\u786E\u5B9A\u8981{{what}}\u54EA\u4E2A\u673A\u5668\u4EBA\uFF1A{{file}} \u6709\u9519\u8BEF\uFF08\u89C1\u6807\u6CE8\uFF09\uFF0C\u65E0\u6CD5\u8BFB\u51FA\u5B83\u7684\u5168\u90E8\u76EE\u6807\u3002"
  },
  {
    en: "The target input is {{name:word}}, but {{file}} defines no targets.",
    zh: "target \u8F93\u5165\u662F {{name}}\uFF0C\u4F46 {{file}} \u6CA1\u6709\u5B9A\u4E49\u4EFB\u4F55\u76EE\u6807\u3002"
  },
  {
    en: "The target input is {{name:word}}, but there is no faqops.config.yaml, which defines the targets.",
    zh: "target \u8F93\u5165\u662F {{name}}\uFF0C\u4F46\u6CA1\u6709\u5B9A\u4E49\u76EE\u6807\u7684 faqops.config.yaml\u3002"
  },
  {
    en: "The target input is {{name:word}}, which is not a target of {{file}}; the targets are {{names}}.",
    zh: "target \u8F93\u5165\u662F {{name}}\uFF0C\u5B83\u4E0D\u662F {{file}} \u91CC\u7684\u76EE\u6807\uFF1B\u73B0\u6709\u7684\u76EE\u6807\u662F {{names}}\u3002"
  },
  {
    en: "command: {{command:word}} needs the target input: {{file}} defines {{count:n}} targets ({{names}}), and {{what:action-one-bot}} is one bot's.",
    zh: "command: {{command}} \u9700\u8981 target \u8F93\u5165\uFF1A{{file}} \u5B9A\u4E49\u4E86 {{count}} \u4E2A\u76EE\u6807\uFF08{{names}}\uFF09\uFF0C\u800C{{what}}\u53EA\u9488\u5BF9\u4E00\u4E2A\u673A\u5668\u4EBA\u3002"
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
  {
    en: "{{file}} changed on {{remote}}/{{branch}} while this run synced: the lockfile commit was not pushed, so as not to drop what the other change recorded.",
    zh: "\u672C\u6B21\u540C\u6B65\u671F\u95F4\uFF0C{{remote}}/{{branch}} \u4E0A\u7684 {{file}} \u88AB\u6539\u52A8\u4E86\uFF1A\u9501\u6587\u4EF6\u7684\u63D0\u4EA4\u6CA1\u6709\u63A8\u9001\uFF0C\u4EE5\u514D\u4E22\u6389\u53E6\u4E00\u5904\u6539\u52A8\u8BB0\u5F55\u7684\u5185\u5BB9\u3002"
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
  // Targets (cli/targets.ts, commands/plan.ts)
  {
    en: "add `targets:` to faqops.config.yaml in the repository root (see docs/targets.md), or leave --target out to sync the one bot.",
    zh: "\u8BF7\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u7684 faqops.config.yaml \u91CC\u52A0\u4E0A `targets:`\uFF08\u89C1 docs/targets.md\uFF09\uFF0C\u6216\u53BB\u6389 --target\uFF0C\u540C\u6B65\u552F\u4E00\u7684\u673A\u5668\u4EBA\u3002"
  },
  {
    en: "run `faqops {{command:word}} --target {{name:word}}`, one target at a time.",
    zh: "\u8BF7\u8FD0\u884C `faqops {{command}} --target {{name}}`\uFF0C\u4E00\u6B21\u4E00\u4E2A\u76EE\u6807\u3002"
  },
  {
    en: "run `faqops preview --changed --target {{name:word}}`, one target at a time.",
    zh: "\u8BF7\u8FD0\u884C `faqops preview --changed --target {{name}}`\uFF0C\u4E00\u6B21\u4E00\u4E2A\u76EE\u6807\u3002"
  },
  {
    en: "add --target, such as `faqops plan --target {{name:word}} \u2026`.",
    zh: "\u8BF7\u52A0\u4E0A --target\uFF0C\u4F8B\u5982 `faqops plan --target {{name}} \u2026`\u3002"
  },
  {
    en: "fix them (`faqops check` lists them), then run again.",
    zh: "\u8BF7\u5148\u4FEE\u6B63\u5B83\u4EEC\uFF08`faqops check` \u4F1A\u5217\u51FA\u5B83\u4EEC\uFF09\uFF0C\u7136\u540E\u518D\u8FD0\u884C\u3002"
  },
  {
    en: "fix them (the annotations show where), then run again.",
    zh: "\u8BF7\u5148\u4FEE\u6B63\u5B83\u4EEC\uFF08\u6807\u6CE8\u91CC\u6807\u51FA\u4E86\u4F4D\u7F6E\uFF09\uFF0C\u7136\u540E\u518D\u8FD0\u884C\u3002"
  },
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
    en: "use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, {{allow:allow-insecure-http}}, and only over a connection protected some other way, such as a VPN or an SSH tunnel.",
    zh: "\u8BF7\u4F7F\u7528 https://\uFF08\u5E73\u53F0\u81EA\u5DF1\u7684\u57FA\u7840\u7F51\u5740\u662F https://chatbot.weixin.qq.com\uFF09\uFF1B\u660E\u6587 http:// \u53EA\u5141\u8BB8\u7528\u4E8E localhost\u3001127.0.0.0/8 \u548C [::1]\uFF08\u6A21\u62DF\u5668\uFF09\uFF1B\u5982\u679C\u4E00\u5B9A\u8981\u7ECF\u7F51\u7EDC\u660E\u6587\u53D1\u9001\uFF0C{{allow}}\uFF0C\u5E76\u4E14\u53EA\u5728\u6709\u5176\u4ED6\u4FDD\u62A4\u7684\u8FDE\u63A5\u4E0A\u4F7F\u7528\uFF0C\u4F8B\u5982 VPN \u6216 SSH \u96A7\u9053\u3002"
  },
  { en: "upgrade faqops.", zh: "\u8BF7\u5347\u7EA7 faqops\u3002" },
  {
    en: "give paths under the content folder, or name another folder with --content DIR",
    zh: "\u8BF7\u7ED9\u51FA\u5185\u5BB9\u6587\u4EF6\u5939\u91CC\u7684\u8DEF\u5F84\uFF0C\u6216\u7528 --content DIR \u6307\u5B9A\u53E6\u4E00\u4E2A\u6587\u4EF6\u5939"
  },
  { en: "paths are relative to the working directory", zh: "\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u5F53\u524D\u5DE5\u4F5C\u76EE\u5F55" },
  // The API to use (options/sync.ts, worded by render/remedy.ts)
  {
    en: "pass --api v1 or --api v2, or set FAQOPS_API to one of them (for a target: FAQOPS_<TARGET>_API, or its `api` in faqops.config.yaml).",
    zh: "\u8BF7\u7528 --api v1 \u6216 --api v2\uFF0C\u6216\u628A FAQOPS_API \u8BBE\u4E3A\u5176\u4E2D\u4E4B\u4E00\uFF08\u67D0\u4E2A\u76EE\u6807\u7684\uFF1AFAQOPS_<TARGET>_API\uFF0C\u6216\u5B83\u5728 faqops.config.yaml \u91CC\u7684 `api`\uFF09\u3002"
  },
  {
    en: "set the action's `api` input to v1 or v2 (or FAQOPS_API, FAQOPS_<TARGET>_API, or the target's `api` in faqops.config.yaml).",
    zh: "\u8BF7\u628A Action \u7684 `api` \u8F93\u5165\u8BBE\u4E3A v1 \u6216 v2\uFF08\u6216 FAQOPS_API\u3001FAQOPS_<TARGET>_API\uFF0C\u6216\u76EE\u6807\u5728 faqops.config.yaml \u91CC\u7684 `api`\uFF09\u3002"
  },
  // The content folder (content/load.ts, worded by render/remedy.ts)
  {
    en: "run faqops in your repository's root, or pass --content DIR",
    zh: "\u8BF7\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u8FD0\u884C faqops\uFF0C\u6216\u7528 --content DIR \u6307\u5B9A\u5185\u5BB9\u6587\u4EF6\u5939"
  },
  {
    en: "check the repository out before this step (actions/checkout), or set the action's `content` input",
    zh: "\u8BF7\u5728\u8FD9\u4E00\u6B65\u4E4B\u524D\u68C0\u51FA\u4ED3\u5E93\uFF08actions/checkout\uFF09\uFF0C\u6216\u8BBE\u7F6E Action \u7684 `content` \u8F93\u5165"
  },
  {
    en: "replace the link with the folder, or {{how:content-folder-path}} the folder's own path",
    zh: "\u8BF7\u7528\u6587\u4EF6\u5939\u672C\u8EAB\u66FF\u6362\u8FD9\u4E2A\u94FE\u63A5\uFF0C\u6216{{how}}\u6587\u4EF6\u5939\u672C\u8EAB\u7684\u8DEF\u5F84"
  },
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
    en: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or set the action's `lockfile` input to that file's own path.",
    zh: "\u8BF7\u628A\u5B83\u6362\u6210\u666E\u901A\u6587\u4EF6\uFF08\u4ECE Git \u6062\u590D\uFF0C\u6216\u628A\u94FE\u63A5\u6307\u5411\u7684\u6587\u4EF6\u590D\u5236\u8FC7\u6765\u66FF\u6362\u5B83\uFF09\uFF0C\u6216\u628A Action \u7684 `lockfile` \u8F93\u5165\u8BBE\u4E3A\u90A3\u4E2A\u6587\u4EF6\u672C\u8EAB\u7684\u8DEF\u5F84\u3002"
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
    en: "check this machine's DNS and network, and the host in {{setting:endpoint-setting}}.",
    zh: "\u8BF7\u68C0\u67E5\u672C\u673A\u7684 DNS \u548C\u7F51\u7EDC\uFF0C\u4EE5\u53CA {{setting}} \u4E2D\u7684\u4E3B\u673A\u3002"
  },
  {
    en: "{{check:check-endpoint}} (its host and port), and that the platform \u2014 or the emulator \u2014 is up and reachable from here.",
    zh: "{{check}}\uFF08\u4E3B\u673A\u548C\u7AEF\u53E3\uFF09\uFF0C\u5E76\u786E\u8BA4\u5E73\u53F0\uFF08\u6216\u6A21\u62DF\u5668\uFF09\u6B63\u5728\u8FD0\u884C\u3001\u4ECE\u8FD9\u91CC\u53EF\u4EE5\u8BBF\u95EE\u3002"
  },
  {
    en: "check the host name in {{setting:endpoint-setting}}, and this machine's DNS and network.",
    zh: "\u8BF7\u68C0\u67E5 {{setting}} \u4E2D\u7684\u4E3B\u673A\u540D\uFF0C\u4EE5\u53CA\u672C\u673A\u7684 DNS \u548C\u7F51\u7EDC\u3002"
  },
  {
    en: "{{check:check-endpoint}}: https:// for the platform, and a host whose certificate is valid for that name; behind a proxy that re-signs TLS, give Node its CA with NODE_EXTRA_CA_CERTS.",
    zh: "{{check}}\uFF1A\u5E73\u53F0\u8981\u7528 https://\uFF0C\u4E14\u4E3B\u673A\u7684\u8BC1\u4E66\u5FC5\u987B\u5BF9\u8FD9\u4E2A\u540D\u79F0\u6709\u6548\uFF1B\u5982\u679C\u5728\u4F1A\u91CD\u65B0\u7B7E\u53D1 TLS \u8BC1\u4E66\u7684\u4EE3\u7406\u540E\u9762\uFF0C\u8BF7\u7528 NODE_EXTRA_CA_CERTS \u628A\u4EE3\u7406\u7684 CA \u544A\u8BC9 Node\u3002"
  },
  {
    en: "check this machine's network, firewall and proxy, and {{setting:endpoint-setting}}.",
    zh: "\u8BF7\u68C0\u67E5\u672C\u673A\u7684\u7F51\u7EDC\u3001\u9632\u706B\u5899\u548C\u4EE3\u7406\uFF0C\u4EE5\u53CA {{setting}}\u3002"
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
    en: "the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or {{lower:lower-rate}}.",
    zh: "\u5E73\u53F0\uFF08\u6216\u901A\u5F80\u5B83\u7684\u7F51\u7EDC\uFF09\u5B95\u673A\u6216\u8FC7\u8F7D\uFF0C\u6240\u4EE5\u8FD0\u884C\u5230\u6B64\u4E3A\u6B62\uFF1B\u8BF7\u7A0D\u540E\u518D\u8BD5\uFF08\u4E0B\u6B21\u8FD0\u884C\u53EA\u4F1A\u53D1\u9001\u6CA1\u6709\u786E\u8BA4\u7684\u5185\u5BB9\uFF09\uFF0C\u6216{{lower}}\u3002"
  },
  {
    en: "the platform (or the network to it) is failing or overloaded; try again later, or {{lower:lower-rate}}.",
    zh: "\u5E73\u53F0\uFF08\u6216\u901A\u5F80\u5B83\u7684\u7F51\u7EDC\uFF09\u51FA\u9519\u6216\u8FC7\u8F7D\uFF1B\u8BF7\u7A0D\u540E\u518D\u8BD5\uFF0C\u6216{{lower}}\u3002"
  },
  {
    en: "set {{appid:word}}, {{token:word}} and {{id:word}} (see readV2Credentials).",
    zh: "\u8BF7\u8BBE\u7F6E {{appid}}\u3001{{token}} \u548C {{id}}\uFF08\u89C1 readV2Credentials\uFF09\u3002"
  },
  {
    en: "set the action's `appid`, `token` and `manager-id` inputs.",
    zh: "\u8BF7\u8BBE\u7F6E Action \u7684 `appid`\u3001`token` \u548C `manager-id` \u8F93\u5165\u3002"
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
    en: "run apply once with the action's `api: v2`: it asks the platform how the tasks ended, then syncs.",
    zh: "\u8BF7\u7528 Action \u7684 `api: v2` \u8FD0\u884C\u4E00\u6B21 apply\uFF1A\u5B83\u4F1A\u5148\u5411\u5E73\u53F0\u8BE2\u95EE\u8FD9\u4E9B\u4EFB\u52A1\u7684\u7ED3\u679C\uFF0C\u7136\u540E\u518D\u540C\u6B65\u3002"
  },
  {
    en: "run `faqops apply --api v2` first: it writes back what the replace deleted; then publish.",
    zh: "\u8BF7\u5148\u8FD0\u884C `faqops apply --api v2`\uFF1A\u5B83\u4F1A\u5199\u56DE\u66FF\u6362\u5220\u9664\u7684\u6761\u76EE\uFF1B\u7136\u540E\u518D\u53D1\u5E03\u3002"
  },
  {
    en: "run apply first with the action's `api: v2`: it writes back what the replace deleted; then publish.",
    zh: "\u8BF7\u5148\u7528 Action \u7684 `api: v2` \u8FD0\u884C apply\uFF1A\u5B83\u4F1A\u5199\u56DE\u66FF\u6362\u5220\u9664\u7684\u6761\u76EE\uFF1B\u7136\u540E\u518D\u53D1\u5E03\u3002"
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
    en: "open the bot's console to see why, fix it, then run the action with `command: publish` again.",
    zh: "\u8BF7\u6253\u5F00\u673A\u5668\u4EBA\u540E\u53F0\u67E5\u770B\u539F\u56E0\u5E76\u4FEE\u6B63\uFF0C\u7136\u540E\u7528 `command: publish` \u518D\u8FD0\u884C\u4E00\u6B21 Action\u3002"
  },
  {
    en: "it may still finish: check the bot's console, or run `faqops publish` again later.",
    zh: "\u5B83\u53EF\u80FD\u4ECD\u4F1A\u5B8C\u6210\uFF1A\u8BF7\u67E5\u770B\u673A\u5668\u4EBA\u540E\u53F0\uFF0C\u6216\u7A0D\u540E\u518D\u8FD0\u884C `faqops publish`\u3002"
  },
  {
    en: "it may still finish: check the bot's console, or run the action with `command: publish` again later.",
    zh: "\u5B83\u53EF\u80FD\u4ECD\u4F1A\u5B8C\u6210\uFF1A\u8BF7\u67E5\u770B\u673A\u5668\u4EBA\u540E\u53F0\uFF0C\u6216\u7A0D\u540E\u7528 `command: publish` \u518D\u8FD0\u884C\u4E00\u6B21 Action\u3002"
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
    en: "run apply on push to a branch or a tag, set commit-branch, or set commit-lockfile: false.",
    zh: "\u8BF7\u5728\u63A8\u9001\u5230\u5206\u652F\u6216\u6807\u7B7E\u65F6\u8FD0\u884C apply\uFF0C\u6216\u8BBE\u7F6E commit-branch\uFF0C\u6216\u8BBE\u7F6E commit-lockfile: false\u3002"
  },
  {
    en: "pass them from the secrets of the job's environment (`environment: {{name:word}}`, e.g. `token: <the FAQOPS_TOKEN secret>`), or set FAQOPS_{{variable:word}}_TOKEN and the like in the job's env; plan and check need none.",
    zh: "\u8BF7\u4ECE\u4F5C\u4E1A\u6240\u7528\u73AF\u5883\u7684 secrets \u4F20\u5165\u5B83\u4EEC\uFF08`environment: {{name}}`\uFF0C\u4F8B\u5982 `token: <the FAQOPS_TOKEN secret>`\uFF09\uFF0C\u6216\u5728\u4F5C\u4E1A\u7684 env \u91CC\u8BBE\u7F6E FAQOPS_{{variable}}_TOKEN \u7B49\u53D8\u91CF\uFF1Bplan \u548C check \u4E0D\u9700\u8981\u51ED\u636E\u3002"
  },
  {
    en: "set the target input too, or leave lockfile blank: each target has its own.",
    zh: "\u8BF7\u540C\u65F6\u8BBE\u7F6E target \u8F93\u5165\uFF0C\u6216\u8BA9 lockfile \u7559\u7A7A\uFF1A\u6BCF\u4E2A\u76EE\u6807\u90FD\u6709\u81EA\u5DF1\u7684\u9501\u6587\u4EF6\u3002"
  },
  {
    en: "add `targets:` to faqops.config.yaml in the repository root (see docs/targets.md), or leave the target input blank to sync the one bot.",
    zh: "\u8BF7\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u7684 faqops.config.yaml \u91CC\u52A0\u4E0A `targets:`\uFF08\u89C1 docs/targets.md\uFF09\uFF0C\u6216\u8BA9 target \u8F93\u5165\u7559\u7A7A\uFF0C\u540C\u6B65\u552F\u4E00\u7684\u673A\u5668\u4EBA\u3002"
  },
  {
    en: "give each target a job of its own, with `target: {{name:word}}` and that target's environment for its secrets (see docs/targets.md).",
    zh: "\u8BF7\u4E3A\u6BCF\u4E2A\u76EE\u6807\u5355\u72EC\u8BBE\u4E00\u4E2A\u4F5C\u4E1A\uFF0C\u5199\u4E0A `target: {{name}}`\uFF0C\u5E76\u7528\u8BE5\u76EE\u6807\u7684\u73AF\u5883\u63D0\u4F9B\u5B83\u7684 secrets\uFF08\u89C1 docs/targets.md\uFF09\u3002"
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

// src/escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>|#~&@!]/g, (c) => MARKDOWN_ESCAPES[c] ?? `\\${c}`);
}
var MARKDOWN_ESCAPES = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "@": "@\u200B"
};
function escapeHtml(text) {
  return text.replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c] ?? c);
}
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "@": "@\u200B"
};

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
    const entries = CONTENT[inner?.[2] ?? ""];
    const translated = inner && entries ? translate(entries, inner[1]) : void 0;
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
  "target-line": [
    {
      en: "{{name:word}} ({{lockfile}}, {{api:word}}, emulator)",
      zh: "{{name}}\uFF08{{lockfile}}\uFF0C{{api}}\uFF0C\u6A21\u62DF\u5668\uFF09"
    },
    { en: "{{name:word}} ({{lockfile}}, {{api:word}})", zh: "{{name}}\uFF08{{lockfile}}\uFF0C{{api}}\uFF09" }
  ],
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
      en: "{{count:n}} on the bot but {{where:drift-where}}",
      zh: "{{count}} \u4E2A\u5728\u673A\u5668\u4EBA\u4E0A\u4F46{{where}}"
    }
  ],
  "drift-where": [
    { en: "not in the content or not for this target", zh: "\u4E0D\u5728\u5185\u5BB9\u91CC\u6216\u4E0D\u5C5E\u4E8E\u8FD9\u4E2A\u76EE\u6807" },
    { en: "not in the content", zh: "\u4E0D\u5728\u5185\u5BB9\u91CC" },
    { en: "not for this target", zh: "\u4E0D\u5C5E\u4E8E\u8FD9\u4E2A\u76EE\u6807" }
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
    },
    // The same for the action (render/plan.ts driftRemedy, audience "action").
    {
      en: "the v1 API removes entries only by replacing the whole bot: the action's `prune: true` does that (review a plan with `prune: true` first)",
      zh: "v1 API \u53EA\u80FD\u901A\u8FC7\u66FF\u6362\u6574\u4E2A\u673A\u5668\u4EBA\u6765\u5220\u9664\u6761\u76EE\uFF1AAction \u7684 `prune: true` \u4F1A\u8FD9\u6837\u505A\uFF08\u5148\u68C0\u67E5\u4E00\u6B21\u5E26 `prune: true` \u7684\u8BA1\u5212\uFF09"
    },
    {
      en: "the v2 API switches drift off, reversibly: the action's `prune: true` disables it (review a plan with `prune: true` first)",
      zh: "v2 API \u53EF\u4EE5\u53EF\u9006\u5730\u505C\u7528\u5B83\u4EEC\uFF1AAction \u7684 `prune: true` \u4F1A\u505C\u7528\uFF08\u5148\u68C0\u67E5\u4E00\u6B21\u5E26 `prune: true` \u7684\u8BA1\u5212\uFF09"
    }
  ],
  /** What writes every entry again: the CLI's flag, or the action's input (render/apply.ts). */
  "resend-how": [
    { en: "`faqops apply --resend-all`", zh: "`faqops apply --resend-all`" },
    { en: "the action's `resend-all: true`", zh: "Action \u7684 `resend-all: true`" }
  ],
  /** What publishes the writes (render/plan.ts publishRemedy): the CLI's commands, the action's inputs. */
  "publish-remedy": [
    {
      en: "`faqops publish` (or `faqops apply --publish`) publishes what is written",
      zh: PUBLISH_REMEDY_ZH
    },
    {
      en: "`publish: true` or `command: publish` publishes what is written",
      zh: "`publish: true` \u6216 `command: publish` \u4F1A\u53D1\u5E03\u5DF2\u5199\u5165\u7684\u5185\u5BB9"
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
    },
    {
      en: '{{count:count-entries}} with a rich answer (a card or several messages) {{_:was-were}} written through v1 and {{_2:is-are}} not written by this plan; the platform\'s v2 documentation does not say that import accepts rich answers: try them on a test bot before `resend-all: true` (docs/platform.md, "v1 or v2").',
      zh: "{{count}}\u5E26\u6709\u5BCC\u7B54\u6848\uFF08\u5361\u7247\u6216\u591A\u6761\u6D88\u606F\uFF09\uFF0C\u66FE\u7ECF\u7531 v1 \u5199\u5165\uFF0C\u672C\u6B21\u8BA1\u5212\u4E0D\u4F1A\u5199\u5165\u5B83\u4EEC\uFF1B\u5E73\u53F0\u7684 v2 \u6587\u6863\u6CA1\u6709\u8BF4\u660E\u5BFC\u5165\u63A5\u53E3\u63A5\u53D7\u5BCC\u7B54\u6848\uFF1A\u4F7F\u7528 `resend-all: true` \u4E4B\u524D\uFF0C\u8BF7\u5148\u5728\u6D4B\u8BD5\u673A\u5668\u4EBA\u4E0A\u8BD5\u4E00\u8BD5\uFF08docs/platform.md\uFF0C\u201Cv1 or v2\u201D\uFF09\u3002"
    }
  ]
});
var TEXT_LINES = [
  // check, compile, preview: the counts
  {
    en: "{{entries:count-entries}}, {{errors:count-errors}}, {{warnings:count-warnings}}",
    zh: "{{entries}}\uFF0C{{errors}}\uFF0C{{warnings}}"
  },
  // Errors (render/error.ts describeError)
  {
    en: "faqops: internal error: {{detail}}",
    zh: "faqops\uFF1A\u5185\u90E8\u9519\u8BEF\uFF1A{{detail}}"
  },
  {
    en: "hint: this is a bug in faqops; please report it with the lines above.",
    zh: "\u63D0\u793A\uFF1A\u8FD9\u662F faqops \u7684\u7F3A\u9677\uFF0C\u8BF7\u8FDE\u540C\u4E0A\u9762\u51E0\u884C\u4E00\u8D77\u62A5\u544A\u5B83\u3002"
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
  // plan of every target: each one's heading (commands/plan.ts targetHeading)
  {
    en: "Target {{name:word}} ({{lockfile}}, {{api:word}}):",
    zh: "\u76EE\u6807 {{name}}\uFF08{{lockfile}}\uFF0C{{api}}\uFF09\uFF1A"
  },
  {
    en: "No changes: the platform is up to date with the content.",
    zh: "\u6CA1\u6709\u6539\u52A8\uFF1A\u5E73\u53F0\u4E0E\u5185\u5BB9\u4E00\u81F4\u3002"
  },
  {
    en: "{{count:count-entry-is}} on the bot but {{where:drift-where}}: {{remedy:drift-remedy}}.",
    zh: "{{count}}\u5728\u673A\u5668\u4EBA\u4E0A\u4F46{{where}}\uFF1A{{remedy}}\u3002"
  },
  {
    en: "{{count:count-entries}} on the bot but {{where:drift-where}} {{_:was-were}} written since the last publish: a publish makes {{_2:it-them-they}} live as written, unless a prune removes {{_3:it-them-they}} first.",
    zh: "{{count}}\u5728\u673A\u5668\u4EBA\u4E0A\u4F46{{where}}\uFF0C\u4E14\u662F\u81EA\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684\uFF1A\u53D1\u5E03\u4F1A\u8BA9\u5B83\u4EEC\u6309\u5199\u5165\u7684\u6837\u5B50\u4E0A\u7EBF\uFF0C\u9664\u975E\u5148\u7528 prune \u5220\u9664\u5B83\u4EEC\u3002"
  },
  {
    en: "{{count:count-entry-was}} written but not published: the live bot still answers as at the last publish; {{remedy:publish-remedy}}.",
    zh: `{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4ECD\u6309\u4E0A\u6B21\u53D1\u5E03\u65F6\u7684\u5185\u5BB9\u56DE\u7B54\uFF1B{{remedy}}\u3002`
  },
  {
    en: "{{count:count-entry-is}} written but not published: the live bot still answers as at the last publish; {{remedy:publish-remedy}}.",
    zh: `{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4ECD\u6309\u4E0A\u6B21\u53D1\u5E03\u65F6\u7684\u5185\u5BB9\u56DE\u7B54\uFF1B{{remedy}}\u3002`
  },
  // plan: a v2 prune's entry that cannot be disabled (render/plan.ts pruneLines)
  {
    en: "  - {{entry}} ({{why:cannot-disable}})",
    zh: "  - {{entry}}\uFF08{{why}}\uFF09"
  },
  // plan: what a prune not yet published removed (render/plan.ts prunedUnpublishedLines)
  {
    en: "A replace that was cut short deleted {{count:count-entries}} the content keeps: the next apply writes {{_:it-them-they}} back, and a publish is refused until then.",
    zh: "\u4E00\u6B21\u6CA1\u6709\u5B8C\u6210\u7684\u66FF\u6362\u5220\u9664\u4E86\u5185\u5BB9\u4E2D\u4FDD\u7559\u7684 {{count}}\uFF1A\u4E0B\u4E00\u6B21 apply \u4F1A\u628A{{_}}\u5199\u56DE\uFF0C\u5728\u6B64\u4E4B\u524D\u53D1\u5E03\u4F1A\u88AB\u62D2\u7EDD\u3002"
  },
  {
    en: "{{count:count-entry-was}} removed by a prune not yet published: the live bot still answers as at the last publish; {{remedy:publish-remedy}}.",
    zh: "{{count}}\u5DF2\u88AB\u5C1A\u672A\u53D1\u5E03\u7684\u4FEE\u526A\u5220\u9664\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4ECD\u6309\u4E0A\u6B21\u53D1\u5E03\u65F6\u7684\u5185\u5BB9\u56DE\u7B54\uFF1B{{remedy}}\u3002"
  },
  // plan: a disable written but not published (render/plan.ts unpublishedLines)
  {
    en: "  {{entry}} (disabled: a publish takes it off the live bot)",
    zh: "  {{entry}}\uFF08\u5DF2\u505C\u7528\uFF1A\u53D1\u5E03\u540E\u7EBF\u4E0A\u673A\u5668\u4EBA\u4E0D\u518D\u7528\u5B83\u56DE\u7B54\uFF09"
  },
  // plan: the entries written but not published, past the ones named (render/plan.ts unpublishedLines)
  {
    en: "  \u2026 and {{count:n}} more (`faqops plan --json` lists every one)",
    zh: "  \u2026\u2026\u53E6\u6709 {{count}} \u4E2A\uFF08`faqops plan --json` \u4F1A\u5168\u90E8\u5217\u51FA\uFF09"
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
    en: "!!! It removes {{count:count-entries}} ({{share}} of what faqops knows on the platform), keeps {{keeps:n}}, and also removes anything added by hand in the console. !!!",
    zh: "!!! \u5C06\u5220\u9664 {{count}}\uFF08\u5360 faqops \u6240\u77E5\u5E73\u53F0\u4E0A\u6761\u76EE\u7684 {{share}}\uFF09\uFF0C\u4FDD\u7559 {{keeps}} \u4E2A\uFF0C\u5E76\u4E14\u4F1A\u5220\u9664\u5728\u540E\u53F0\u624B\u5DE5\u6DFB\u52A0\u7684\u6240\u6709\u5185\u5BB9\u3002!!!"
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
  {
    en: "{{indent:indent}}threshold: {{change}} (not sent: the v1 API has no threshold, so the bot uses its default)",
    zh: "{{indent}}threshold: {{change}}\uFF08\u4E0D\u4F1A\u53D1\u9001\uFF1Av1 API \u6CA1\u6709\u9608\u503C\uFF0C\u673A\u5668\u4EBA\u4F7F\u7528\u9ED8\u8BA4\u9608\u503C\uFF09"
  },
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
    en: "faqops knows the bot through the lockfile: if the bot was emptied or replaced since, {{how:resend-how}} writes every entry again.",
    zh: "faqops \u901A\u8FC7\u9501\u6587\u4EF6\u4E86\u89E3\u673A\u5668\u4EBA\u7684\u72B6\u6001\uFF1A\u5982\u679C\u4E4B\u540E\u673A\u5668\u4EBA\u88AB\u6E05\u7A7A\u6216\u66FF\u6362\u8FC7\uFF0C{{how}} \u4F1A\u91CD\u65B0\u5199\u5165\u6240\u6709\u6761\u76EE\u3002"
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
    en: "Not disabled: {{count:count-entries}} (another run fails the same way until what each says is done):",
    zh: "\u672A\u505C\u7528\uFF1A{{count}}\uFF08\u5728\u5B8C\u6210\u5404\u6761\u6240\u8BF4\u7684\u64CD\u4F5C\u4E4B\u524D\uFF0C\u518D\u8FD0\u884C\u4E5F\u4F1A\u540C\u6837\u5931\u8D25\uFF09\uFF1A"
  },
  {
    en: "Interrupted: {{written:n}} written before the stop; run apply again to send the rest.",
    zh: "\u5DF2\u4E2D\u65AD\uFF1A\u505C\u6B62\u524D\u5199\u5165\u4E86 {{written}} \u4E2A\uFF1B\u8BF7\u518D\u6B21\u8FD0\u884C apply \u53D1\u9001\u5176\u4F59\u7684\u3002"
  },
  {
    en: "{{count:count-entry-is}} still on the bot but {{where:drift-where}}:",
    zh: "{{count}}\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4F46{{where}}\uFF1A"
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
    en: "Published: the live bot no longer answers with {{disabled:count-entries}} disabled since the last publish.",
    zh: "\u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4E0D\u518D\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u505C\u7528\u7684 {{disabled}}\u56DE\u7B54\u3002"
  },
  {
    en: "Published: the live bot now answers with {{count:count-entries}} written since the last publish, and no longer with {{off:published-off}}.",
    zh: "\u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u73B0\u5728\u4F1A\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684 {{count}}\u56DE\u7B54\uFF0C\u5E76\u4E14\u4E0D\u518D\u7528{{off}}\u56DE\u7B54\u3002"
  },
  {
    en: "Published: the live bot no longer answers with {{off:published-off}}.",
    zh: "\u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4E0D\u518D\u7528{{off}}\u56DE\u7B54\u3002"
  },
  {
    en: "Published: nothing was written since the last publish; the live bot answers as before.",
    zh: "\u5DF2\u53D1\u5E03\uFF1A\u81EA\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\uFF0C\u7EBF\u4E0A\u673A\u5668\u4EBA\u7684\u56DE\u7B54\u4E0D\u53D8\u3002"
  },
  {
    en: "Not published: the writes stopped. {{count:n}} written, not yet published; {{remedy:publish-remedy}}.",
    zh: `\u672A\u53D1\u5E03\uFF1A\u5199\u5165\u5DF2\u505C\u6B62\u3002{{count}} \u4E2A\u5DF2\u5199\u5165\u3001\u5C1A\u672A\u53D1\u5E03\uFF1B{{remedy}}\u3002`
  },
  { en: "Not published: the writes stopped.", zh: "\u672A\u53D1\u5E03\uFF1A\u5199\u5165\u5DF2\u505C\u6B62\u3002" },
  { en: "{{lockfile:lockfile-line}}", zh: "{{lockfile}}" },
  // publish, progress
  { en: "publish: {{percent:n}}%{{done:publish-done}}", zh: "\u53D1\u5E03\uFF1A{{percent}}%{{done}}" },
  {
    en: "Publish failed: {{owed:unpublished-phrase}} (still marked in the lockfile). {{lockfile:lockfile-line}}",
    zh: "\u53D1\u5E03\u5931\u8D25\uFF1A{{owed}}\uFF08\u9501\u6587\u4EF6\u4E2D\u4ECD\u6709\u6807\u8BB0\uFF09\u3002{{lockfile}}"
  },
  { en: "apply: writing {{count:count-entries}}\u2026", zh: "apply\uFF1A\u6B63\u5728\u5199\u5165 {{count}}\u2026\u2026" },
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
    en: "Written again: {{count:count-entries}} this plan found unchanged, which the replace settled first had deleted from the bot.",
    zh: "\u91CD\u65B0\u5199\u5165\u4E86 {{count}}\uFF1A\u672C\u6B21\u8BA1\u5212\u8BA4\u4E3A\u5B83\u4EEC\u6CA1\u6709\u53D8\u5316\uFF0C\u4F46\u5148\u4E86\u7ED3\u7684\u66FF\u6362\u5DF2\u628A\u5B83\u4EEC\u4ECE\u673A\u5668\u4EBA\u4E0A\u5220\u9664\u3002"
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
  {
    en: "  - {{title}} ({{why:drift-why}}; removed from the bot, the live bot answers with it until a publish)",
    zh: "  - {{title}}\uFF08{{why}}\uFF1B\u5DF2\u4ECE\u673A\u5668\u4EBA\u79FB\u9664\uFF0C\u53D1\u5E03\u4E4B\u524D\u7EBF\u4E0A\u673A\u5668\u4EBA\u4ECD\u4F1A\u7528\u5B83\u56DE\u7B54\uFF09"
  },
  { en: "    - {{title}} ({{why:drift-why}})", zh: "    - {{title}}\uFF08{{why}}\uFF09" },
  { en: "    \u2026 and {{count:n}} more", zh: "    \u2026\u2026\u53E6\u5916\u8FD8\u6709 {{count}} \u4E2A" },
  {
    en: "  {{file:word}} ({{skill:skill}} / {{title}}): {{message:failure-message}}",
    zh: "  {{file}}\uFF08{{skill}} / {{title}}\uFF09\uFF1A{{message}}"
  },
  // apply: publishing (render/apply.ts publishLines)
  {
    en: "  {{count:count-entry-is}} written but not live; the lockfile keeps {{_:it-them-they}} marked unpublished, and {{remedy:publish-remedy}}.",
    zh: `  {{count}}\u5DF2\u5199\u5165\u4F46\u672A\u4E0A\u7EBF\uFF1B\u9501\u6587\u4EF6\u4ECD\u628A\u5B83\u4EEC\u6807\u8BB0\u4E3A\u672A\u53D1\u5E03\uFF0C{{remedy}}\u3002`
  },
  { en: "Publish failed: {{message:error-message}}", zh: "\u53D1\u5E03\u5931\u8D25\uFF1A{{message}}" },
  // apply: progress and what happens on the way (cli/progress.ts, commands/apply.ts)
  { en: "apply: {{line:progress-line}}", zh: "apply\uFF1A{{line}}" },
  // plan, apply and publish: which bot a named target's run talks to (cli/targets.ts targetLine)
  { en: "target: {{line:target-line}}", zh: "\u76EE\u6807\uFF1A{{line}}" },
  { en: "[{{done:word}}{{todo:word}}] {{line:progress-line}}", zh: "[{{done}}{{todo}}] {{line}}" },
  {
    en: "failed: {{file:word}} ({{skill:skill}} / {{title}}): {{message:failure-message}}",
    zh: "\u5931\u8D25\uFF1A{{file}}\uFF08{{skill}} / {{title}}\uFF09\uFF1A{{message}}"
  },
  {
    en: "prune: replacing the bot's content with {{keeps:count-entries}} (removes {{removes:n}})\u2026",
    zh: "\u4FEE\u526A\uFF1A\u6B63\u5728\u7528 {{keeps}}\u66FF\u6362\u673A\u5668\u4EBA\u7684\u5185\u5BB9\uFF08\u5220\u9664 {{removes}} \u4E2A\uFF09\u2026\u2026"
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
    en: "{{n:n}}. The workflow syncs two bots, {{staging:word}} on every merge and {{production:word}} on a release tag: name them",
    zh: "{{n}}. \u5DE5\u4F5C\u6D41\u540C\u6B65\u4E24\u4E2A\u673A\u5668\u4EBA\uFF1A\u6BCF\u6B21\u5408\u5E76\u540C\u6B65 {{staging}}\uFF0C\u53D1\u5E03\u6807\u7B7E\u65F6\u540C\u6B65 {{production}}\u3002\u8BF7\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u7684"
  },
  {
    en: "   in faqops.config.yaml, in the repository root: `{{config}}` (docs/targets.md).",
    zh: "   faqops.config.yaml \u91CC\u5199\u4E0A\u5B83\u4EEC\uFF1A`{{config}}`\uFF08\u89C1 docs/targets.md\uFF09\u3002"
  },
  {
    en: "{{n:n}}. Create the environments {{staging:word}} and {{production:word}} (Settings \u2192 Environments; give {{reviewed:word}} required",
    zh: "{{n}}. \u521B\u5EFA {{staging}} \u548C {{production}} \u4E24\u4E2A\u73AF\u5883\uFF08`Settings \u2192 Environments`\uFF1B\u7ED9 {{reviewed}} \u8BBE\u7F6E\u5FC5\u9700\u7684\u5BA1\u6838\u4EBA\uFF09\uFF0C"
  },
  {
    en: "   reviewers), each with these secrets from its bot's console on the WeChat Dialogue Open Platform;",
    zh: "   \u6BCF\u4E2A\u73AF\u5883\u91CC\u521B\u5EFA\u4EE5\u4E0B secret\uFF0C\u53D6\u503C\u6765\u81EA\u5FAE\u4FE1\u5BF9\u8BDD\u5F00\u653E\u5E73\u53F0\u4E0A\u8BE5\u73AF\u5883\u5BF9\u5E94\u673A\u5668\u4EBA\u7684\u540E\u53F0\uFF1B"
  },
  { en: "   pull requests need none of them:", zh: "   \u62C9\u53D6\u8BF7\u6C42\u4E0D\u9700\u8981\u5176\u4E2D\u4EFB\u4F55\u4E00\u4E2A\uFF1A" },
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
    en: "The content has {{count:count-errors}} (see the annotations); nothing was planned or sent.",
    zh: "\u5185\u5BB9\u6709 {{count}}\uFF08\u89C1\u6807\u6CE8\uFF09\uFF1A\u6CA1\u6709\u751F\u6210\u8BA1\u5212\uFF0C\u4E5F\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  { en: "--prune refused: {{why:prune-refusal}}", zh: "--prune \u88AB\u62D2\u7EDD\uFF1A{{why}}" },
  { en: "`prune: true` refused: {{why:prune-refusal}}", zh: "`prune: true` \u88AB\u62D2\u7EDD\uFF1A{{why}}" },
  {
    en: "{{skill:skill}} / {{title}}: {{message:failure-message}}",
    zh: "{{skill}} / {{title}}\uFF1A{{message}}"
  },
  { en: "Writing {{count:n}} entries\u2026", zh: "\u6B63\u5728\u5199\u5165 {{count}} \u4E2A\u6761\u76EE\u2026\u2026" },
  { en: "Publishing: {{progress}}", zh: "\u6B63\u5728\u53D1\u5E03\uFF1A{{progress}}" },
  {
    en: "{{count:count-entry-is}} still on the bot but {{where:drift-where}} ({{list:drift-list}}). {{remedy:action-drift-remedy}}",
    zh: "{{count}}\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4F46{{where}}\uFF08{{list}}\uFF09\u3002{{remedy}}"
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
  {
    en: "{{file}} has {{count:count-errors}} (see the annotations); nothing was published.",
    zh: "{{file}} \u6709 {{count}}\uFF08\u89C1\u6807\u6CE8\uFF09\uFF1A\u6CA1\u6709\u53D1\u5E03\u4EFB\u4F55\u5185\u5BB9\u3002"
  },
  { en: "Target {{name:word}}: {{why}}", zh: "\u76EE\u6807 {{name}}\uFF1A{{why}}" },
  {
    en: "Planning from {{branch}}'s {{file}} ({{sha:word}}), not the checked-out commit's: it is the newest record of what the bot holds.",
    zh: "\u6309 {{branch}} \u4E0A\u7684 {{file}}\uFF08{{sha}}\uFF09\u751F\u6210\u8BA1\u5212\uFF0C\u800C\u4E0D\u662F\u68C0\u51FA\u7684\u63D0\u4EA4\u91CC\u7684\u90A3\u4EFD\uFF1A\u5B83\u662F\u673A\u5668\u4EBA\u73B0\u6709\u5185\u5BB9\u7684\u6700\u65B0\u8BB0\u5F55\u3002"
  },
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
  { en: "faqops: where the internal error happened", zh: "faqops\uFF1A\u5185\u90E8\u9519\u8BEF\u53D1\u751F\u7684\u4F4D\u7F6E" },
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
  "published-off": [
    {
      en: "{{disabled:count-entries}} disabled and {{removed:count-entries}} removed by a prune",
      zh: "\u505C\u7528\u7684 {{disabled}}\u548C\u88AB prune \u5220\u9664\u7684 {{removed}}"
    },
    { en: "{{disabled:count-entries}} disabled", zh: "\u505C\u7528\u7684 {{disabled}}" },
    { en: "{{removed:count-entries}} removed by a prune", zh: "\u88AB prune \u5220\u9664\u7684 {{removed}}" }
  ],
  "publish-done": [
    { en: " (done)", zh: "\uFF08\u5B8C\u6210\uFF09" },
    { en: "", zh: "" }
  ],
  "y-ies": [
    { en: "y", zh: "" },
    { en: "ies", zh: "" }
  ],
  "prune-how": [
    { en: "batchimportskill mode 1", zh: "batchimportskill \u6A21\u5F0F 1" },
    { en: "import mode 1", zh: "\u5BFC\u5165\u6A21\u5F0F 1" }
  ],
  /** Why a prune was refused (render/prune.ts pruneRefusalText). */
  "prune-refusal": [
    {
      en: "the content has no entry to keep: a prune would empty the bot.",
      zh: "\u5185\u5BB9\u91CC\u6CA1\u6709\u8981\u4FDD\u7559\u7684\u6761\u76EE\uFF1A\u4FEE\u526A\u4F1A\u6E05\u7A7A\u673A\u5668\u4EBA\u3002"
    },
    {
      en: "the content has no entry to keep: a prune would switch off every entry faqops knows on the bot.",
      zh: "\u5185\u5BB9\u91CC\u6CA1\u6709\u8981\u4FDD\u7559\u7684\u6761\u76EE\uFF1A\u4FEE\u526A\u4F1A\u505C\u7528 faqops \u6240\u77E5\u673A\u5668\u4EBA\u4E0A\u7684\u6240\u6709\u6761\u76EE\u3002"
    },
    {
      en: "it would disable {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than --prune-max {{max}}; add --force if that is intended.",
      zh: "\u5B83\u4F1A\u505C\u7528 faqops \u6240\u77E5\u5E73\u53F0\u4E0A {{known}} \u4E2A\u6761\u76EE\u4E2D\u7684 {{count}} \u4E2A\uFF08{{share}}\uFF09\uFF0C\u8D85\u8FC7\u4E86 --prune-max {{max}}\uFF1B\u5982\u679C\u786E\u5B9E\u8981\u8FD9\u6837\uFF0C\u8BF7\u52A0 --force\u3002"
    },
    {
      en: "it would disable {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than the action's `prune-max` input ({{max}}); set `force: true` if that is intended.",
      zh: "\u5B83\u4F1A\u505C\u7528 faqops \u6240\u77E5\u5E73\u53F0\u4E0A {{known}} \u4E2A\u6761\u76EE\u4E2D\u7684 {{count}} \u4E2A\uFF08{{share}}\uFF09\uFF0C\u8D85\u8FC7\u4E86 Action \u7684 `prune-max` \u8F93\u5165\uFF08{{max}}\uFF09\uFF1B\u5982\u679C\u786E\u5B9E\u8981\u8FD9\u6837\uFF0C\u8BF7\u8BBE\u7F6E `force: true`\u3002"
    },
    {
      en: "it would remove {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than --prune-max {{max}}; add --force if that is intended.",
      zh: "\u5B83\u4F1A\u5220\u9664 faqops \u6240\u77E5\u5E73\u53F0\u4E0A {{known}} \u4E2A\u6761\u76EE\u4E2D\u7684 {{count}} \u4E2A\uFF08{{share}}\uFF09\uFF0C\u8D85\u8FC7\u4E86 --prune-max {{max}}\uFF1B\u5982\u679C\u786E\u5B9E\u8981\u8FD9\u6837\uFF0C\u8BF7\u52A0 --force\u3002"
    },
    {
      en: "it would remove {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than the action's `prune-max` input ({{max}}); set `force: true` if that is intended.",
      zh: "\u5B83\u4F1A\u5220\u9664 faqops \u6240\u77E5\u5E73\u53F0\u4E0A {{known}} \u4E2A\u6761\u76EE\u4E2D\u7684 {{count}} \u4E2A\uFF08{{share}}\uFF09\uFF0C\u8D85\u8FC7\u4E86 Action \u7684 `prune-max` \u8F93\u5165\uFF08{{max}}\uFF09\uFF1B\u5982\u679C\u786E\u5B9E\u8981\u8FD9\u6837\uFF0C\u8BF7\u8BBE\u7F6E `force: true`\u3002"
    }
  ]
});
var DRIFT_WHY = [
  { en: "deleted", zh: "\u5DF2\u4ECE\u5185\u5BB9\u4E2D\u5220\u9664" },
  { en: "now a draft", zh: "\u5DF2\u6539\u4E3A\u8349\u7A3F" },
  { en: "not for this target", zh: "\u4E0D\u5C5E\u4E8E\u8FD9\u4E2A\u76EE\u6807" },
  // A disabled entry a replace deletes (render/apply.ts).
  { en: "disabled", zh: "\u5DF2\u505C\u7528" },
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
  /** render/plan.ts cannotDisableText. */
  "cannot-disable": [
    {
      en: "cannot be disabled: its last synced version is not in Git ({{why:before-why}}), and a disable must carry its questions and answer; commit that version, or take it off with --prune --replace-all",
      zh: "\u65E0\u6CD5\u505C\u7528\uFF1A\u5B83\u4E0A\u6B21\u540C\u6B65\u7684\u7248\u672C\u4E0D\u5728 Git \u4E2D\uFF08{{why}}\uFF09\uFF0C\u800C\u505C\u7528\u65F6\u5FC5\u987B\u5E26\u4E0A\u5B83\u7684\u76F8\u4F3C\u95EE\u6CD5\u548C\u7B54\u6848\uFF1B\u8BF7\u63D0\u4EA4\u90A3\u4E2A\u7248\u672C\uFF0C\u6216\u7528 --prune --replace-all \u628A\u5B83\u79FB\u9664"
    },
    {
      en: "cannot be disabled: its last synced version is not in Git ({{why:before-why}}), and a disable must carry its questions and answer; commit that version, or take it off with `prune: true` and `replace-all: true`",
      zh: "\u65E0\u6CD5\u505C\u7528\uFF1A\u5B83\u4E0A\u6B21\u540C\u6B65\u7684\u7248\u672C\u4E0D\u5728 Git \u4E2D\uFF08{{why}}\uFF09\uFF0C\u800C\u505C\u7528\u65F6\u5FC5\u987B\u5E26\u4E0A\u5B83\u7684\u76F8\u4F3C\u95EE\u6CD5\u548C\u7B54\u6848\uFF1B\u8BF7\u63D0\u4EA4\u90A3\u4E2A\u7248\u672C\uFF0C\u6216\u7528 `prune: true` \u548C `replace-all: true` \u628A\u5B83\u79FB\u9664"
    }
  ],
  /** A plan's note on one entry (plan.ts actionLine). */
  "plan-why": [
    { en: "new", zh: "\u65B0\u5EFA" },
    { en: "changed", zh: "\u6709\u6539\u52A8" },
    { en: "disabled on the bot: enable", zh: "\u673A\u5668\u4EBA\u4E0A\u5DF2\u505C\u7528\uFF1A\u542F\u7528" },
    {
      en: "v1 wrote it over a disabled entry, which may have left it disabled: enable",
      zh: "v1 \u66FE\u5728\u5DF2\u505C\u7528\u7684\u6761\u76EE\u4E0A\u5199\u5165\u5B83\uFF0C\u5B83\u53EF\u80FD\u4ECD\u662F\u505C\u7528\u7684\uFF1A\u542F\u7528"
    },
    {
      en: "disabled on the bot: written through v1, which may not switch it back on: not documented; --api v2 does",
      zh: "\u673A\u5668\u4EBA\u4E0A\u5DF2\u505C\u7528\uFF1A\u5C06\u901A\u8FC7 v1 \u5199\u5165\uFF0C\u4F46 v1 \u4E0D\u4E00\u5B9A\u4F1A\u91CD\u65B0\u542F\u7528\u5B83\uFF1A\u6587\u6863\u6CA1\u6709\u8BF4\u660E\uFF1B--api v2 \u4F1A\u542F\u7528"
    },
    { en: "unchanged; sent again: --resend-all", zh: "\u672A\u53D8\uFF1B\u91CD\u65B0\u53D1\u9001\uFF1A--resend-all" },
    {
      en: "changed; v1 cannot send its threshold ({{threshold}}): the bot goes back to the default",
      zh: "\u6709\u6539\u52A8\uFF1Bv1 \u65E0\u6CD5\u53D1\u9001\u5B83\u7684\u9608\u503C\uFF08{{threshold}}\uFF09\uFF1A\u673A\u5668\u4EBA\u4F1A\u6539\u56DE\u9ED8\u8BA4\u9608\u503C"
    },
    {
      en: "unchanged; sent again: --resend-all; v1 cannot send its threshold ({{threshold}}): the bot goes back to the default",
      zh: "\u672A\u53D8\uFF1B\u91CD\u65B0\u53D1\u9001\uFF1A--resend-all\uFF1Bv1 \u65E0\u6CD5\u53D1\u9001\u5B83\u7684\u9608\u503C\uFF08{{threshold}}\uFF09\uFF1A\u673A\u5668\u4EBA\u4F1A\u6539\u56DE\u9ED8\u8BA4\u9608\u503C"
    },
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
    {
      en: "{{why:drift-why}}; still on the bot, `prune: true` removes it",
      zh: "{{why}}\uFF1B\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C`prune: true` \u4F1A\u5220\u9664\u5B83"
    },
    {
      en: "{{why:drift-why}}; still on the bot, `prune: true` disables it",
      zh: "{{why}}\uFF1B\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C`prune: true` \u4F1A\u505C\u7528\u5B83"
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
    { en: "switched on, in case v1 had left it disabled", zh: "\u5DF2\u542F\u7528\uFF0C\u4EE5\u9632 v1 \u8BA9\u5B83\u4FDD\u6301\u505C\u7528" },
    {
      en: "written through v1, which may not switch it back on: not documented; --api v2 does",
      zh: "\u5DF2\u901A\u8FC7 v1 \u5199\u5165\uFF0C\u4F46 v1 \u4E0D\u4E00\u5B9A\u4F1A\u91CD\u65B0\u542F\u7528\u5B83\uFF1A\u6587\u6863\u6CA1\u6709\u8BF4\u660E\uFF1B--api v2 \u4F1A\u542F\u7528"
    },
    {
      en: "written through v1, which may not switch it back on: not documented; `api: v2` does",
      zh: "\u5DF2\u901A\u8FC7 v1 \u5199\u5165\uFF0C\u4F46 v1 \u4E0D\u4E00\u5B9A\u4F1A\u91CD\u65B0\u542F\u7528\u5B83\uFF1A\u6587\u6863\u6CA1\u6709\u8BF4\u660E\uFF1B`api: v2` \u4F1A\u542F\u7528"
    },
    { en: "its threshold, which v1 could not send", zh: "\u8865\u53D1 v1 \u65E0\u6CD5\u53D1\u9001\u7684\u9608\u503C" },
    { en: "sent again: --resend-all", zh: "\u91CD\u65B0\u53D1\u9001\uFF1A--resend-all" },
    { en: "sent again: `resend-all: true`", zh: "\u91CD\u65B0\u53D1\u9001\uFF1A`resend-all: true`" },
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
var DRIFT_ITEM = /\(((?:deleted|now a draft|not for this target|renamed to "[^"]*"|moved to [^()]* \/ "[^"]*"))\)(?=, |$)/g;
registerKinds({
  "drift-list": {
    pattern: "[^]*?",
    zh: (value) => value.replace(DRIFT_ITEM, (all, why) => {
      const translated = translate(DRIFT_WHY, why);
      return translated ? `\uFF08${translated.text}\uFF09` : all;
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
    },
    {
      en: "the branch moved since checkout; making the lockfile commit again on its tip",
      zh: "\u68C0\u51FA\u4E4B\u540E\u5206\u652F\u6709\u4E86\u65B0\u7684\u63D0\u4EA4\uFF1B\u6B63\u5728\u5B83\u7684\u6700\u65B0\u63D0\u4EA4\u4E0A\u91CD\u65B0\u751F\u6210\u9501\u6587\u4EF6\u7684\u63D0\u4EA4"
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
function escapedApplyLine(prefixes, code) {
  const reescape = (text) => code ? escapeKeepingCode(text) : escapeCell(text);
  return {
    pattern: "[^]*?",
    zh: (value) => {
      const plain = unescapeMarkdown(value);
      for (const prefix of prefixes) {
        const translated = translate(TEXT_LINES, `${prefix}${plain}`);
        if (translated?.text.startsWith(prefix)) {
          return reescape(translated.text.slice(prefix.length));
        }
      }
      const message = translate(ERROR_MESSAGES, plain);
      return message ? reescape(message.text) : value;
    }
  };
}
function escapeCell(text) {
  return escapeMarkdown(text).replace(/\r?\n/g, "<br>");
}
function escapeKeepingCode(text) {
  return text.split(/(`[^`\n]*`)/).map((part, i) => i % 2 === 1 ? part.replace(/\|/g, "\\|") : escapeCell(part)).join("");
}
var DIFF_LABELS = [
  [/<b>message (\d+)<\/b>: unchanged/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF1A\u672A\u53D8"],
  [/<b>message (\d+)<\/b> \(added\):/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF08\u65B0\u589E\uFF09\uFF1A"],
  [/<b>message (\d+)<\/b> \(removed\):/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF08\u5220\u9664\uFF09\uFF1A"],
  [/<b>message (\d+)<\/b> \(changed\):/g, "<b>\u7B2C $1 \u6761\u6D88\u606F</b>\uFF08\u6539\u52A8\uFF09\uFF1A"],
  [
    /<i>\(not sent: the v1 API has no threshold, so the bot uses its default\)<\/i>/g,
    "<i>\uFF08\u4E0D\u4F1A\u53D1\u9001\uFF1Av1 API \u6CA1\u6709\u9608\u503C\uFF0C\u673A\u5668\u4EBA\u4F7F\u7528\u9ED8\u8BA4\u9608\u503C\uFF09</i>"
  ]
];
registerKinds({
  /** The label of a change in the tables (summary.ts LABEL). */
  "summary-label": [
    { en: "\u{1F195} new", zh: "\u{1F195} \u65B0\u5EFA" },
    { en: "\u270F\uFE0F changed", zh: "\u270F\uFE0F \u6709\u6539\u52A8" },
    { en: "\u21AA\uFE0F renamed", zh: "\u21AA\uFE0F \u5DF2\u91CD\u547D\u540D" },
    { en: "\u26A0\uFE0F on the bot, not in content", zh: "\u26A0\uFE0F \u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4E0D\u5728\u5185\u5BB9\u91CC" },
    { en: "\u26A0\uFE0F on the bot, not for this target", zh: "\u26A0\uFE0F \u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u4E0D\u5C5E\u4E8E\u8FD9\u4E2A\u76EE\u6807" },
    { en: "\u{1F51B} enabled again", zh: "\u{1F51B} \u91CD\u65B0\u542F\u7528" },
    {
      en: "\u270F\uFE0F written over a disabled entry (v1 may not switch it on)",
      zh: "\u270F\uFE0F \u8986\u76D6\u5199\u5165\u5DF2\u505C\u7528\u7684\u6761\u76EE\uFF08v1 \u4E0D\u4E00\u5B9A\u4F1A\u542F\u7528\u5B83\uFF09"
    },
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
  /** Apply's sentences and list lines (render/apply.ts renderApplyMarkdown). */
  "md-apply-line": escapedApplyLine(["", "  "], true),
  "md-apply-item": escapedApplyLine(["  ", "    "], false),
  "md-apply-icon": [
    { en: "\u2705 ", zh: "\u2705 " },
    { en: "\u26A0\uFE0F ", zh: "\u26A0\uFE0F " },
    { en: "\u274C ", zh: "\u274C " },
    { en: "", zh: "" }
  ],
  "md-apply-list": [
    { en: "Written", zh: "\u5DF2\u5199\u5165" },
    { en: "Disabled", zh: "\u5DF2\u505C\u7528" },
    { en: "Removed", zh: "\u5DF2\u5220\u9664" },
    { en: "Failed", zh: "\u5931\u8D25" },
    { en: "Still on the bot", zh: "\u4ECD\u5728\u673A\u5668\u4EBA\u4E0A" }
  ],
  "cell-error": escapedSentence(["error-message", "failure-message"]),
  "cell-plan-why": escapedSentence(["plan-why"]),
  "cell-prune-refusal": escapedSentence(["prune-refusal"]),
  "html-before-why": escapedSentence(["before-why"], true),
  "diff-html": {
    pattern: "[^]*?",
    zh: (value) => DIFF_LABELS.reduce((text, [from, to]) => text.replace(from, to), value)
  },
  /** summary.ts unpublishedDetails' list: names as they are, a disable's note translated. */
  "unpublished-list": {
    pattern: "[^]*?",
    zh: (value) => value.replaceAll(
      " (disabled: a publish takes it off the live bot)",
      "\uFF08\u5DF2\u505C\u7528\uFF1A\u53D1\u5E03\u540E\u7EBF\u4E0A\u673A\u5668\u4EBA\u4E0D\u518D\u7528\u5B83\u56DE\u7B54\uFF09"
    )
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
  // What apply did: see the end (render/apply.ts renderApplyMarkdown)
  { en: "| | \u2026 and {{count:n}} more |", zh: "| | \u2026\u2026\u53E6\u5916\u8FD8\u6709 {{count}} \u4E2A |" },
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
  // A target's section (summary.ts targetHeading, sectionLines)
  {
    en: "#### Target `{{name}}` (`{{lockfile}}`, {{api:word}})",
    zh: "#### \u76EE\u6807 `{{name}}`\uFF08`{{lockfile}}`\uFF0C{{api}}\uFF09"
  },
  {
    en: "\u274C **No plan for this target:** {{why:cell-error}}",
    zh: "\u274C **\u8FD9\u4E2A\u76EE\u6807\u6CA1\u6709\u8BA1\u5212\uFF1A**{{why}}"
  },
  // The plan
  { en: "**Plan:** {{summary:plan-summary}}", zh: "**\u8BA1\u5212\uFF1A**{{summary}}" },
  { en: "**Planned:** {{summary:plan-summary}}", zh: "**\u5DF2\u8BA1\u5212\uFF1A**{{summary}}" },
  {
    en: "No changes: the platform is up to date with the content.",
    zh: "\u6CA1\u6709\u6539\u52A8\uFF1A\u5E73\u53F0\u4E0E\u5185\u5BB9\u4E00\u81F4\u3002"
  },
  {
    en: "\u26A0\uFE0F {{count:count-entries}} on the bot but {{where:drift-where}} {{_:was-were}} written since the last publish: a publish makes {{_2:it-them-they}} live as written, unless a prune removes {{_3:it-them-they}} first.",
    zh: "\u26A0\uFE0F {{count}}\u5728\u673A\u5668\u4EBA\u4E0A\u4F46{{where}}\uFF0C\u4E14\u662F\u81EA\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684\uFF1A\u53D1\u5E03\u4F1A\u8BA9\u5B83\u4EEC\u6309\u5199\u5165\u7684\u6837\u5B50\u4E0A\u7EBF\uFF0C\u9664\u975E\u5148\u7528 prune \u5220\u9664\u5B83\u4EEC\u3002"
  },
  {
    en: "{{count:count-entry-was}} written but not published: the live bot still answers as at the last publish (`publish: true` or `command: publish`).",
    zh: "{{count}}\u5DF2\u5199\u5165\u4F46\u672A\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4ECD\u6309\u4E0A\u6B21\u53D1\u5E03\u65F6\u7684\u5185\u5BB9\u56DE\u7B54\uFF08`publish: true` \u6216 `command: publish`\uFF09\u3002"
  },
  {
    en: "{{count:count-entry-was}} removed by a prune not yet published: the live bot still answers as at the last publish (`publish: true` or `command: publish`).",
    zh: "{{count}}\u5DF2\u88AB\u5C1A\u672A\u53D1\u5E03\u7684\u4FEE\u526A\u5220\u9664\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4ECD\u6309\u4E0A\u6B21\u53D1\u5E03\u65F6\u7684\u5185\u5BB9\u56DE\u7B54\uFF08`publish: true` \u6216 `command: publish`\uFF09\u3002"
  },
  {
    en: "<details><summary>Removed by the prune ({{count:n}})</summary>{{list}}</details>",
    zh: "<details><summary>\u88AB\u4FEE\u526A\u5220\u9664\u7684\u6761\u76EE\uFF08{{count}} \u4E2A\uFF09</summary>{{list}}</details>"
  },
  {
    en: "<details><summary>Removed by the prune (the first {{shown:n}} of {{count:n}})</summary>{{list}}</details>",
    zh: "<details><summary>\u88AB\u4FEE\u526A\u5220\u9664\u7684\u6761\u76EE\uFF08\u5171 {{count}} \u4E2A\u4E2D\u7684\u524D {{shown}} \u4E2A\uFF09</summary>{{list}}</details>"
  },
  {
    en: "<details><summary>Written since the last publish ({{count:n}})</summary>{{list:unpublished-list}}</details>",
    zh: "<details><summary>\u81EA\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684\u6761\u76EE\uFF08{{count}} \u4E2A\uFF09</summary>{{list}}</details>"
  },
  {
    en: "<details><summary>Written since the last publish (the first {{shown:n}} of {{count:n}})</summary>{{list:unpublished-list}}</details>",
    zh: "<details><summary>\u81EA\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684\u6761\u76EE\uFF08\u5171 {{count}} \u4E2A\u4E2D\u7684\u524D {{shown}} \u4E2A\uFF09</summary>{{list}}</details>"
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
  // What apply did (render/apply.ts renderApplyMarkdown): its lists, then its sentences, last
  // because their holes take any line (a line no entry above fits).
  {
    en: "<details><summary>{{name:md-apply-list}}: {{count:n}}</summary>",
    zh: "<details><summary>{{name}}\uFF1A{{count}}</summary>"
  },
  { en: "| Skill | Entry |", zh: "| \u6280\u80FD | \u6761\u76EE |" },
  // publish (action/main.ts publishAndCommit)
  {
    en: "\u2705 Published: the live bot now answers with {{count:count-entries}} written since the last publish.",
    zh: "\u2705 \u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u73B0\u5728\u4F1A\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684 {{count}}\u56DE\u7B54\u3002"
  },
  {
    en: "\u2705 Published: the live bot no longer answers with {{disabled:count-entries}} disabled since the last publish.",
    zh: "\u2705 \u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4E0D\u518D\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u505C\u7528\u7684 {{disabled}}\u56DE\u7B54\u3002"
  },
  {
    en: "\u2705 Published: the live bot now answers with {{count:count-entries}} written since the last publish, and no longer with {{off:published-off}}.",
    zh: "\u2705 \u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u73B0\u5728\u4F1A\u7528\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u5199\u5165\u7684 {{count}}\u56DE\u7B54\uFF0C\u5E76\u4E14\u4E0D\u518D\u7528{{off}}\u56DE\u7B54\u3002"
  },
  {
    en: "\u2705 Published: the live bot no longer answers with {{off:published-off}}.",
    zh: "\u2705 \u5DF2\u53D1\u5E03\uFF1A\u7EBF\u4E0A\u673A\u5668\u4EBA\u4E0D\u518D\u7528{{off}}\u56DE\u7B54\u3002"
  },
  {
    en: "\u2705 Published: nothing was written since the last publish; the live bot answers as before.",
    zh: "\u2705 \u5DF2\u53D1\u5E03\uFF1A\u81EA\u4E0A\u6B21\u53D1\u5E03\u4EE5\u6765\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\uFF0C\u7EBF\u4E0A\u673A\u5668\u4EBA\u7684\u56DE\u7B54\u4E0D\u53D8\u3002"
  },
  { en: "\u274C The publish failed: {{why}}", zh: "\u274C \u53D1\u5E03\u5931\u8D25\uFF1A{{why}}" },
  // Apply's list lines and sentences: last, since their holes take any line.
  { en: "| {{skill}} | {{item:md-apply-item}} |", zh: "| {{skill}} | {{item}} |" },
  { en: "{{icon:md-apply-icon}}{{text:md-apply-line}}", zh: "{{icon}}{{text}}" }
];

// src/i18n/index.ts
function localizeDiagnostic(d, lang) {
  if (lang === "en") return d;
  const translated = translateDiagnostic(d);
  return translated ? { ...d, message: translated.text } : d;
}
function translateDiagnostic(d) {
  const entries = DIAGNOSTIC_CATALOGUE[d.ruleId];
  if (!entries) return void 0;
  const suffix = TARGET_SUFFIX.exec(d.message);
  const rest = suffix && translate(entries, d.message.slice(0, suffix.index));
  if (rest) {
    return { ...rest, text: `${rest.text}\uFF08\u4EC5\u5728\u76EE\u6807 ${suffix[1].replaceAll(", ", "\u3001")} \u4E2D\uFF09` };
  }
  return translate(entries, d.message);
}
function localizeError(error, lang) {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof FaqopsError ? error.hint : void 0;
  if (!(error instanceof FaqopsError)) return { message, hint };
  return localizeErrorText({ message, hint }, lang);
}
function localizeErrorText(text, lang) {
  const { message, hint } = text;
  if (lang === "en") return { message, hint };
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
    else if (closes) next = next.filter((c) => !closes(Number(c)));
    else if (!next.includes(code)) next.push(code);
  }
  return next;
}
var isForeground = (c) => c >= 30 && c <= 38 || c >= 90 && c <= 97;
var isBackground = (c) => c >= 40 && c <= 48 || c >= 100 && c <= 107;
var CLOSES = {
  "22": (c) => c === 1 || c === 2,
  "23": (c) => c === 3,
  "24": (c) => c === 4,
  "27": (c) => c === 7,
  "28": (c) => c === 8,
  "29": (c) => c === 9,
  "39": isForeground,
  "49": isBackground
};
function closeOf(code) {
  const n = Number(code);
  if (n === 1 || n === 2) return "22";
  if (isForeground(n)) return "39";
  if (isBackground(n)) return "49";
  if (n >= 3 && n <= 9) return String(n + 20);
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
    const open = run.codes.map((c) => `\x1B[${c}m`).join("");
    const close = [...run.codes].reverse().map((c) => `\x1B[${closeOf(c)}m`).join("");
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

// src/render/words.ts
function percent(share) {
  return `${Math.round(share * 1e3) / 10}%`;
}

// src/render/prune.ts
function pruneRefusalText(refusal, audience) {
  switch (refusal.reason) {
    case "empties-bot":
      return refusal.mode === "disable" ? "the content has no entry to keep: a prune would switch off every entry faqops knows on the bot." : "the content has no entry to keep: a prune would empty the bot.";
    case "over-limit": {
      const verb = refusal.mode === "disable" ? "disable" : "remove";
      const removes = `it would ${verb} ${refusal.removes} of the ${refusal.known} entries faqops knows on the platform (${percent(refusal.share)})`;
      return audience === "action" ? `${removes}, more than the action's \`prune-max\` input (${percent(refusal.max)}); set \`force: true\` if that is intended.` : `${removes}, more than --prune-max ${percent(refusal.max)}; add --force if that is intended.`;
    }
  }
}
function pruneRefusedText(refusal, audience) {
  const prune = audience === "action" ? "`prune: true`" : "--prune";
  return `${prune} refused: ${pruneRefusalText(refusal, audience)}`;
}

// src/render/remedy.ts
function remedyText(remedy, audience) {
  const action = audience === "action";
  switch (remedy.kind) {
    case "settle-v2-tasks":
      return action ? "run apply once with the action's `api: v2`: it asks the platform how the tasks ended, then syncs." : "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs.";
    case "finish-replace":
      return action ? "run apply first with the action's `api: v2`: it writes back what the replace deleted; then publish." : "run `faqops apply --api v2` first: it writes back what the replace deleted; then publish.";
    case "lockfile-not-a-link":
      return `make it a regular file (restore it from Git, or copy the file the link points to in its place), or ${action ? "set the action's `lockfile` input to" : "pass --lockfile with"} that file's own path.`;
    case "publish-again": {
      const publish = action ? "run the action with `command: publish`" : "run `faqops publish`";
      return remedy.when === "failed" ? `open the bot's console to see why, fix it, then ${publish} again.` : `it may still finish: check the bot's console, or ${publish} again later.`;
    }
    // Saved plans are the CLI's alone (`plan --out`, `apply PLAN`): the action reads none.
    case "make-plan":
      return "make one with `faqops plan --out FILE`.";
    case "remake-plan":
      return `make a new plan (\`faqops plan${planFlags(remedy.options)} --out ${remedy.file}\`), review it, and apply that one.`;
    case "check-endpoint":
      return endpointText(
        remedy.check,
        remedy.example,
        endpointSetting(audience, remedy.variables)
      );
    case "lower-rate":
      return LOWER_RATE[remedy.when](action ? "lower the action's `rate` input" : "lower --rate");
    case "check-credentials":
      return action ? ACTION_CREDENTIALS[remedy.check] : cliCredentials(remedy.check, remedy.variables ?? UNPREFIXED_VARIABLES);
    case "check-content-then-report":
      return `${action ? "run the action with `command: check`" : "run `faqops check`"}; if the content passes, report it as a faqops bug (the request body did not suit the platform).`;
    case "content-folder":
      if (remedy.problem === "missing") {
        return action ? "check the repository out before this step (actions/checkout), or set the action's `content` input" : "run faqops in your repository's root, or pass --content DIR";
      }
      return `replace the link with the folder, or ${action ? "set the action's `content` input to" : "pass --content with"} the folder's own path`;
    case "choose-api":
      return action ? "set the action's `api` input to v1 or v2 (or FAQOPS_API, FAQOPS_<TARGET>_API, or the target's `api` in faqops.config.yaml)." : "pass --api v1 or --api v2, or set FAQOPS_API to one of them (for a target: FAQOPS_<TARGET>_API, or its `api` in faqops.config.yaml).";
    case "allow-insecure-http":
      return `use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, ${action ? "set the action's `insecure-http` input to true" : "pass --insecure-http"}, and only over a connection protected some other way, such as a VPN or an SSH tunnel.`;
  }
}
var CLOCK = "check this machine's clock (every signature carries the time: sync it, e.g. with NTP)";
function cliCredentials(check, v) {
  switch (check) {
    case "appid-and-key":
      return `check ${v.appId} and ${v.encodingAesKey} against the bot's console`;
    case "appid-and-key-then-content":
      return `check ${v.appId} and ${v.encodingAesKey} against the bot's console; if they are right, run \`faqops check\` (the content may hold characters XML cannot carry) and report it`;
    case "token":
      return `check ${v.token} against the bot's console (it may have been reset)`;
    case "manager-id":
      return `check ${v.managerId}: the id of the bot's creator or an administrator`;
    case "v2-permission":
      return `enable the open API for this bot on ${OPEN_API_PAGE} (a bot without it refuses every v2 call), and check that ${v.appId}, ${v.token} and ${v.managerId} (an administrator's user id) are the ones shown there.`;
    case "v2-signature":
      return `${CLOCK}, then ${v.token} (the Token on ${OPEN_API_PAGE}); a Token with stray characters signs wrongly.`;
    case "v2-token-call":
      return `${CLOCK}, ${v.token} and ${v.appId} against ${OPEN_API_PAGE}, and ${v.managerId} (the account: an administrator's user id, under \u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650).`;
    case "v2-set":
      return `set ${v.appId}, ${v.token} and ${v.managerId} (see readV2Credentials).`;
  }
}
var ACTION_CREDENTIALS = {
  "appid-and-key": "check the action's `appid` and `encoding-aes-key` inputs against the bot's console",
  "appid-and-key-then-content": "check the action's `appid` and `encoding-aes-key` inputs against the bot's console; if they are right, run the action with `command: check` (the content may hold characters XML cannot carry) and report it",
  token: "check the action's `token` input against the bot's console (it may have been reset)",
  "manager-id": "check the action's `manager-id` input: the id of the bot's creator or an administrator",
  "v2-permission": `enable the open API for this bot on ${OPEN_API_PAGE} (a bot without it refuses every v2 call), and check that the action's inputs \`appid\`, \`token\` and \`manager-id\` (an administrator's user id) are the ones shown there.`,
  "v2-signature": `${CLOCK}, then the action's \`token\` input (the Token on ${OPEN_API_PAGE}); a Token with stray characters signs wrongly.`,
  "v2-token-call": `${CLOCK}, the action's \`token\` and \`appid\` inputs against ${OPEN_API_PAGE}, and its \`manager-id\` input (the account: an administrator's user id, under \u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650).`,
  "v2-set": "set the action's `appid`, `token` and `manager-id` inputs."
};
var LOWER_RATE = {
  "too-frequent": (lower) => `nothing to change: faqops backs off and retries; if it persists, ${lower}.`,
  failing: (lower) => `the platform (or the network to it) is failing or overloaded; try again later, or ${lower}.`,
  down: (lower) => `the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or ${lower}.`
};
function endpointSetting(audience, variables) {
  const variable = (variables ?? UNPREFIXED_VARIABLES).endpoint;
  return audience === "action" ? `the action's \`endpoint\` input / ${variable}` : `--endpoint / ${variable}`;
}
function endpointText(check, example, setting) {
  const checkIt = `check ${setting}`;
  switch (check) {
    case "not-the-api":
      return `${checkIt}: something other than the platform's open API answers there.`;
    case "redirect":
      return `${checkIt}: set it to the address that answers the API itself (often the https:// form of the same URL).`;
    case "base-url":
      return `${checkIt}: it should be the platform's base URL, such as ${example}, with no path.`;
    case "proxy":
      return `${checkIt}, and any proxy between here and the platform.`;
    case "time-out":
      return `the platform is down, or something between here and it swallows the requests: ${checkIt}, and that the host answers from this machine.`;
    case "reset":
      return `${checkIt}: its scheme (http:// or https://) and port, and any proxy in between.`;
    case "dns-for-now":
      return `check this machine's DNS and network, and the host in ${setting}.`;
    case "refused":
      return `${checkIt} (its host and port), and that the platform \u2014 or the emulator \u2014 is up and reachable from here.`;
    case "host-name":
      return `check the host name in ${setting}, and this machine's DNS and network.`;
    case "tls":
      return `${checkIt}: https:// for the platform, and a host whose certificate is valid for that name; behind a proxy that re-signs TLS, give Node its CA with NODE_EXTRA_CA_CERTS.`;
    case "no-route":
      return `check this machine's network, firewall and proxy, and ${setting}.`;
    case "not-http":
      return `${checkIt}: its scheme (http:// or https://) and port.`;
    case "unknown":
      return `${checkIt} and the network; report it if they are right.`;
  }
}
function planFlags(options) {
  const flags = [];
  if (options.target !== void 0) flags.push(`--target ${options.target}`);
  if (options.api !== "v1") flags.push(`--api ${options.api}`);
  if (options.prune) flags.push("--prune");
  if (options.prune && options.pruneMax !== DEFAULT_PRUNE_MAX)
    flags.push(`--prune-max ${options.pruneMax}`);
  if (options.force) flags.push("--force");
  if (options.replaceAll) flags.push("--replace-all");
  if (options.resendAll) flags.push("--resend-all");
  return flags.map((f) => ` ${f}`).join("");
}

// src/render/error.ts
function describeError(error, lang, options) {
  const colon = lang === "en" ? ": " : "\uFF1A";
  if (!isBug(error) && error instanceof FaqopsError) {
    const { message, hint } = localizeErrorText(errorWords(error, options.audience), lang);
    if (options.form === "lines") {
      return `faqops${colon}${message}${hint ? `
${hintLabel(lang)}${colon}${hint}` : ""}`;
    }
    if (!hint) return message;
    return lang === "en" ? `${message} (${hintLabel(lang)}: ${hint})` : `${message}\uFF08${hintLabel(lang)}\uFF1A${hint}\uFF09`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  const debug = options.debug ?? false;
  if (options.form === "inline") {
    const stack2 = debug && error instanceof Error ? `
${error.stack}` : "";
    return localizeText(
      `internal error: ${detail}${stack2} \u2014 this is a bug in faqops; please report it.`,
      lang
    );
  }
  const frames = bugFrames(error);
  const stack = debug && error instanceof Error ? `
${error.stack}` : frames.length > 0 ? `
${frames.map((frame) => `    ${frame}`).join("\n")}` : "";
  return localizeText(
    `faqops: internal error: ${detail}${stack}
hint: this is a bug in faqops; please report it with the lines above.`,
    lang
  );
}
var MAX_FRAMES = 12;
function bugFrames(error) {
  if (!(error instanceof Error) || typeof error.stack !== "string") return [];
  const { message, stack } = error;
  let start;
  if (message === "") {
    start = stack.indexOf("\n") + 1;
  } else {
    const at = stack.indexOf(`: ${message}
`);
    if (at === -1 || stack.slice(0, at).includes("\n")) return [];
    start = at + message.length + 3;
  }
  if (start <= 0) return [];
  return stack.slice(start).split("\n").filter((line) => /^\s+at /.test(line)).map((line) => line.trim()).slice(0, MAX_FRAMES);
}
function errorWords(error, audience) {
  const hint = error.remedy ? remedyText(error.remedy, audience) : error.hint;
  if (error instanceof PruneRefusedError) {
    return { message: pruneRefusedText(error.refusal, audience), hint };
  }
  if (error instanceof OptionConflictError) {
    return { message: optionConflictText(error.conflict, audience), hint };
  }
  return { message: error.message, hint };
}
function optionConflictText(conflict, audience) {
  const action = audience === "action";
  switch (conflict) {
    case "replace-all-on-v1":
      return action ? "`replace-all: true` is for `api: v2`: on v1, `prune: true` always replaces the whole bot." : "--replace-all is for --api v2: on v1, --prune always replaces the whole bot.";
    case "replace-all-without-prune":
      return action ? "`replace-all: true` goes with `prune: true`: together they replace the whole bot (import mode 1)." : "--replace-all goes with --prune: `--prune --replace-all` replaces the whole bot (import mode 1).";
  }
}

// src/sync/journal.ts
import { closeSync, constants, fdatasyncSync, openSync, writeSync } from "node:fs";
import { readFile as readFile2, rm } from "node:fs/promises";

// src/fs/state-file.ts
import { lstat, readlink, stat } from "node:fs/promises";
async function checkStateFile(file, {
  name,
  missing,
  hint,
  remedy
}) {
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
      { hint, remedy }
    );
  }
  if (!info.isFile()) {
    throw new StateFileError(
      `${name} is not a regular file: faqops keeps its state only in a regular file.`,
      { hint, remedy }
    );
  }
  return true;
}

// src/sync/lockfile.ts
import { readFile } from "node:fs/promises";
var LOCKFILE_VERSION = 4;
var READABLE_VERSIONS = [1, 2, 3, 4];
var STATUSES = ["synced", "removed", "disabled"];
function owesLiveChange(entry) {
  return entry.unpublished !== void 0 && !(entry.status === "disabled" && entry.unpublished === "new");
}
function unpublishedCounts(entries) {
  let written = 0;
  let disabled = 0;
  for (const e of entries) {
    if (!e.unpublished) continue;
    if (e.status !== "disabled") written++;
    else if (e.unpublished === true) disabled++;
  }
  return { written, disabled };
}
function prunedEntries(removes) {
  return removes.map(({ skill, title, source }) => ({ skill, title, source }));
}
function pruneRecordOf(value) {
  if (!isObject(value)) return void 0;
  const { at, removed, kept } = value;
  if (typeof at !== "string" || typeof removed !== "number" || typeof kept !== "number")
    return void 0;
  const unpublished = namedEntriesOf(value.unpublished);
  const missing = namedEntriesOf(value.missing);
  if (unpublished === null || missing === null) return void 0;
  return {
    at,
    removed,
    kept,
    ...unpublished ? { unpublished } : {},
    ...missing ? { missing } : {}
  };
}
function namedEntriesOf(value) {
  if (value === void 0) return void 0;
  const entry = (e) => isObject(e) && typeof e.skill === "string" && typeof e.title === "string" && typeof e.source === "string";
  if (!Array.isArray(value) || !value.every(entry)) return null;
  return value.map(({ skill, title, source }) => ({ skill, title, source }));
}
function emptyLockfile() {
  return { version: LOCKFILE_VERSION, entries: [] };
}
function compareIdentity(a, b) {
  return compareStrings(a.skill, b.skill) || compareStrings(a.title, b.title);
}
var entryAt = (index) => `entries[${index}]`;
async function readLockfileIfAny(file, displayName = file) {
  const state = {
    name: `the lockfile ${displayName}`,
    missing: "a missing lockfile that resends everything",
    remedy: { kind: "lockfile-not-a-link" }
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
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  const raws = data.entries;
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    if (!isObject(raw)) fail(`${entryAt(index)} is not an object`);
    const problem = lockEntryProblem2(raw);
    if (problem) fail(`${entryAt(index)}${problem}`);
    const entry = raw;
    const key = identityKey(entry);
    if (seen.has(key))
      fail(`${entryAt(index)} repeats the entry "${entry.skill} / ${entry.title}"`);
    seen.add(key);
    entries.push(entry);
  }
  let pruned;
  if (data.pruned !== void 0) {
    pruned = pruneRecordOf(data.pruned);
    if (pruned === void 0) return fail('"pruned" is malformed');
  }
  let tasks;
  if (data.tasks !== void 0) {
    if (!Array.isArray(data.tasks)) return fail('"tasks" is not a list');
    tasks = [];
    for (const [index, raw] of data.tasks.entries()) {
      const problem = pendingTaskProblem(raw);
      if (problem) return fail(`tasks[${index}]${problem}`);
      tasks.push(checkedTask(raw));
    }
  }
  return {
    version: LOCKFILE_VERSION,
    pruned,
    entries: entries.sort(compareIdentity),
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
  if (raw.unpublished !== void 0 && raw.unpublished !== true && raw.unpublished !== "new") {
    return '.unpublished must be true or "new" when present';
  }
  if (raw.mayBeDisabled !== void 0 && raw.mayBeDisabled !== true) {
    return ".mayBeDisabled must be true when present";
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
  if (raw.prune !== void 0 && pruneRecordOf(raw.prune) === void 0)
    return ".prune is malformed";
  if (namedEntriesOf(raw.keeps) === null) return ".keeps is malformed";
  return void 0;
}
function checkedTask(raw) {
  const { prune, keeps, ...rest } = raw;
  return {
    ...rest,
    ...prune === void 0 ? {} : { prune: pruneRecordOf(prune) },
    ...keeps === void 0 ? {} : { keeps: namedEntriesOf(keeps) ?? [] }
  };
}
function orderedEntry(e) {
  return {
    skill: e.skill,
    title: e.title,
    hash: e.hash,
    source: e.source,
    ...e.id === void 0 ? {} : { id: e.id },
    status: e.status,
    ...e.unpublished ? { unpublished: e.unpublished } : {},
    ...e.mayBeDisabled ? { mayBeDisabled: true } : {},
    ...e.api === "v2" ? { api: "v2" } : {},
    ...e.skillId === void 0 ? {} : { skillId: e.skillId },
    ...e.intentId === void 0 ? {} : { intentId: e.intentId }
  };
}
function versionFor(lock) {
  const tasks = lock.tasks ?? [];
  const v4 = lock.entries.some((e) => e.unpublished === "new" || e.mayBeDisabled) || lock.pruned?.missing !== void 0 || tasks.some(
    (t) => t.prune !== void 0 || t.keeps !== void 0 || t.items.some((i) => i.entry.unpublished === "new")
  );
  if (v4) return 4;
  const v3 = tasks.length > 0 || lock.entries.some((e) => e.status === "disabled" || e.api === "v2");
  return v3 ? 3 : 2;
}
function serializeLockfile(lock) {
  const entries = [...lock.entries].sort(compareIdentity).map((e) => JSON.stringify(orderedEntry(e)));
  const lines = [`  "version": ${versionFor(lock)},`];
  if (lock.pruned) lines.push(`  "pruned": ${JSON.stringify(lock.pruned)},`);
  const tasks = lock.tasks ?? [];
  lines.push(
    (entries.length === 0 ? '  "entries": []' : `  "entries": [
    ${entries.join(",\n    ")}
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
        })),
        ...t.prune === void 0 ? {} : { prune: t.prune },
        ...t.keeps === void 0 ? {} : { keeps: t.keeps }
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

// src/sync/journal.ts
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
    const { entries } = record;
    const prune = pruneRecordOf(record.prune);
    if (prune === void 0 || !Array.isArray(entries)) return void 0;
    if (!entries.every(isLockEntry)) return void 0;
    return { prune, entries };
  }
  if ("task" in record) {
    return pendingTaskProblem(record.task) === void 0 ? { task: checkedTask(record.task) } : void 0;
  }
  if ("settled" in record) {
    const { settled, entries, renamed, replace } = record;
    if (typeof settled !== "string" || !Array.isArray(entries) || !Array.isArray(renamed))
      return void 0;
    if (!entries.every(isLockEntry)) return void 0;
    const identities = renamed.every(
      (r) => typeof r === "object" && r !== null && typeof r.skill === "string" && typeof r.title === "string"
    );
    if (!identities) return void 0;
    const whole = replace === void 0 ? void 0 : pruneRecordOf(replace);
    if (replace !== void 0 && whole === void 0) return void 0;
    return {
      settled,
      entries,
      renamed,
      ...whole === void 0 ? {} : { replace: whole }
    };
  }
  return void 0;
}
function isLockEntry(value) {
  return lockEntryProblem2(value) === void 0;
}

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
      const task = this.#tasks.get(record.settled);
      this.#tasks.delete(record.settled);
      const before = record.replace ? [...this.#entries.values()] : [];
      if (record.replace) this.#entries.clear();
      for (const old of record.renamed) this.#entries.delete(identityKey(old));
      for (const e of record.entries) this.#set(e);
      if (record.replace) {
        const deleted = before.filter((e) => !this.#entries.has(identityKey(e)));
        const missing = (task?.keeps ?? []).filter((e) => !this.#entries.has(identityKey(e)));
        this.#pruned = this.#sinceLastPublish({
          ...record.replace,
          unpublished: liveRemovals(deleted).sort(compareIdentity),
          ...missing.length > 0 ? { missing: missing.sort(compareIdentity) } : {}
        });
      }
      this.#revision++;
    } else if ("prune" in record) {
      this.#entries.clear();
      for (const e of record.entries) this.#set(e);
      this.#pruned = this.#sinceLastPublish(record.prune);
    } else {
      for (const [key, e] of this.#entries) {
        if (e.unpublished) this.#entries.set(key, withoutMarker(e));
      }
      if (this.#pruned?.unpublished) {
        const { unpublished: _, ...published } = this.#pruned;
        this.#pruned = published;
      }
      this.#revision++;
    }
  }
  /** Entries written but not published since (not a disable of one the live bot never had). */
  get unpublished() {
    let n = 0;
    for (const e of this.#entries.values()) if (owesLiveChange(e)) n++;
    return n;
  }
  /** Whether a publish would change what the live bot answers: writes or prune removals since. */
  get owesPublish() {
    return this.unpublished > 0 || this.prunedUnpublished > 0;
  }
  /**
   * What a publish now changes on the live bot: `entries` written since the last one start
   * answering as written; `disabled` (v2) entries it answered with stop; so do the `removed`
   * entries a prune removed since. A disabled entry it never answered with is in none.
   */
  get publishEffect() {
    const { written, disabled } = unpublishedCounts(this.#entries.values());
    return { entries: written, disabled, removed: this.prunedUnpublished };
  }
  /**
   * Entries the prunes since the last publish removed that a publish has not yet taken off the
   * live bot, less those written again since (the content brought them back), as the plan
   * counts them.
   */
  get prunedUnpublished() {
    let n = 0;
    for (const e of this.#pruned?.unpublished ?? []) if (!this.#entries.has(identityKey(e))) n++;
    return n;
  }
  /** Entries the state marks removed (still on the platform). */
  get removed() {
    let n = 0;
    for (const e of this.#entries.values()) if (e.status === "removed") n++;
    return n;
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
  /** Entries a replace cut short deleted that the content keeps, not yet written back. */
  get missing() {
    let n = 0;
    for (const e of this.#pruned?.missing ?? []) if (!this.#entries.has(identityKey(e))) n++;
    return n;
  }
  /** The lockfile to write now. */
  toLockfile() {
    const held = (e) => this.#entries.has(identityKey(e));
    let pruned = this.#pruned;
    if (pruned?.unpublished?.some(held))
      pruned = { ...pruned, unpublished: pruned.unpublished.filter((e) => !held(e)) };
    if (pruned?.missing?.some(held)) {
      const { missing, ...rest } = pruned;
      const still = missing.filter((e) => !held(e));
      pruned = still.length > 0 ? { ...rest, missing: still } : rest;
    }
    return {
      version: LOCKFILE_VERSION,
      pruned,
      entries: [...this.#entries.values()].sort(compareIdentity),
      ...this.#tasks.size > 0 ? { tasks: [...this.#tasks.values()] } : {}
    };
  }
  /**
   * A prune's record, its removals joined by those of earlier prunes not yet published: the live
   * bot still answers with those too, unless the content brought them back (the state holds them
   * again). Called once the prune's entries are in the state.
   */
  #sinceLastPublish(prune) {
    const earlier = this.#pruned?.unpublished ?? [];
    if (earlier.length === 0) return prune;
    const named = /* @__PURE__ */ new Map();
    for (const e of earlier) if (!this.#entries.has(identityKey(e))) named.set(identityKey(e), e);
    for (const e of prune.unpublished ?? []) named.set(identityKey(e), e);
    return { ...prune, unpublished: [...named.values()].sort(compareIdentity) };
  }
  #set(entry) {
    this.#entries.set(identityKey(entry), entry);
    this.#revision++;
  }
};
function writtenMarkers(plan) {
  let stillLive;
  return (action, how) => {
    if (action.kind !== "create" && (action.kind !== "rename" || how?.inPlace === true)) {
      return action.previous.unpublished === "new" ? "new" : true;
    }
    if (plan.firstSync) return true;
    stillLive ??= new Set(plan.prunedUnpublished.map(identityKey));
    return stillLive.has(identityKey(action.entry)) ? true : "new";
  };
}
function liveRemovals(removes) {
  return prunedEntries(
    removes.filter(
      (e) => e.unpublished !== "new" && (e.status !== "disabled" || e.unpublished === true)
    )
  );
}
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
    this.#written = onDisk && { lock: onDisk };
  }
  state;
  file;
  journal;
  #chain = Promise.resolve();
  /** The revision last written; undefined before the first flush, which always compares text. */
  #writtenRevision;
  /** The text on disk; until the first flush, the lockfile the run found (serialised then). */
  #written;
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
      if (this.#written && "lock" in this.#written) {
        this.#written = { text: serializeLockfile(this.#written.lock) };
      }
      if (text === this.#written?.text) return;
      await writeFileAtomic(this.file.path, text).catch((error) => {
        throw new StateFileError(
          `cannot write the lockfile ${this.file.display}: ${error.message}`,
          { cause: error }
        );
      });
      this.#written = { text };
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

// src/sync/index.ts
async function readLockSnapshot(lockfile) {
  const [read, records] = await Promise.all([
    readLockfileIfAny(lockfile.path, lockfile.display),
    readJournal(journalFile(lockfile))
  ]);
  return {
    lock: foldRecords(read ?? emptyLockfile(), records),
    exists: read !== void 0,
    onDisk: read,
    // A submitted task is not a confirmation: plan reports it as a pending task instead.
    journaled: records.filter((r) => !("task" in r)).length
  };
}
function journalFile(lockfile) {
  return { path: journalPath(lockfile.path), display: `${lockfile.display}.journal` };
}

// src/config/load.ts
import { readFile as readFile3 } from "node:fs/promises";
import path from "node:path";
var CONFIG_FILE = "faqops.config.yaml";
async function readProjectConfig(root, cwd) {
  const file = path.join(root, CONFIG_FILE);
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") {
      return { config: void 0, diagnostics: [] };
    }
    throw new ConfigError(
      `cannot read the configuration file ${displayPath(cwd, file)}: ${error.message}`,
      { cause: error }
    );
  }
  const { parseProjectConfig } = await import("./parse-IZWDM5MV.js");
  return parseProjectConfig(text, { path: file, display: displayPath(cwd, file) });
}

// src/config/project.ts
import path3 from "node:path";

// src/config/targets.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import path2 from "node:path";
function projectTargets(config) {
  const defaults = config?.defaults ?? {};
  if (!config || config.targets.length === 0) {
    return [makeTarget(void 0, {}, defaults)];
  }
  return config.targets.map((t) => makeTarget(t.name, t.settings, defaults));
}
function contentTargets(config) {
  if (!config) return void 0;
  return {
    configFile: config.display,
    complete: !config.incomplete,
    scopes: projectTargets(config).filter((t) => t.name !== void 0).map((t) => t.scope)
  };
}
function makeTarget(name, own, defaults) {
  const settings = { ...defaults, ...own };
  return {
    name,
    settings,
    defaults,
    own,
    variables: { target: name === void 0 ? void 0 : environmentName(name) },
    scope: { name: name ?? "", takes: selector(name, settings) }
  };
}
function selector(name, settings) {
  const skills = settings.skills;
  const paths2 = settings.paths && globs(settings.paths);
  return (entry) => {
    if (name !== void 0 && entry.targets !== void 0 && !entry.targets.includes(name)) {
      return false;
    }
    if (skills && entry.skill !== void 0) {
      if (skills.include && !skills.include.includes(entry.skill)) return false;
      if (skills.exclude?.includes(entry.skill)) return false;
    }
    if (paths2) {
      if (paths2.include && !paths2.include(entry.source)) return false;
      if (paths2.exclude?.(entry.source)) return false;
    }
    return true;
  };
}
function globs(filter) {
  const matcher = (patterns2) => (0, import_picomatch.default)([...patterns2], { dot: true });
  return {
    ...filter.include && { include: matcher(filter.include) },
    ...filter.exclude && { exclude: matcher(filter.exclude) }
  };
}
function targetSyncInputs(target, config, raw, env) {
  const root = raw.root ?? raw.cwd;
  const { settings } = target;
  const text = (value) => value === void 0 ? void 0 : value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  const fromConfig = (value) => value === void 0 ? void 0 : path2.resolve(root, value);
  const where = (key, own) => `${config?.display ?? "faqops.config.yaml"} ${own && target.name ? `targets.${target.name}.` : ""}${key}`;
  return {
    ...raw,
    content: raw.content ?? fromConfig(config?.content),
    // A rehearsal never reads or writes a real lockfile (options/paths.ts, EMULATOR_DIR).
    lockfile: raw.lockfile ?? (isOn(raw.emulator) ? void 0 : fromConfig(settings.lockfile)),
    api: raw.api ?? targetVariable(env, API_VARIABLE, target) ?? target.own.api ?? readVariable(env, API_VARIABLE)?.value ?? target.defaults.api,
    publish: raw.publish ?? settings.publish,
    prune: raw.prune ?? settings.prune,
    pruneMax: raw.pruneMax ?? text(settings.pruneMax),
    rate: raw.rate ?? text(settings.rate),
    concurrency: raw.concurrency ?? text(settings.concurrency),
    batchSize: raw.batchSize ?? text(settings.batchSize),
    target: {
      name: target.name,
      variables: target.variables,
      endpoints: {
        target: target.own.endpoint ? { url: target.own.endpoint, name: where("endpoint", true) } : void 0,
        defaults: target.defaults.endpoint ? { url: target.defaults.endpoint, name: where("endpoint", false) } : void 0
      }
    }
  };
}
function targetVariable(env, variable, target) {
  if (target.name === void 0) return void 0;
  const read = readVariable(env, variable, target.variables);
  return read && read.from !== variable ? read.value : void 0;
}
function isOn(value) {
  return value === true || typeof value === "string" && /^(true|yes|1|on)$/i.test(value.trim());
}

// src/config/project.ts
async function loadProject(root, cwd) {
  const { config, diagnostics } = await readProjectConfig(root, cwd);
  return { root, config, diagnostics };
}
function projectContentOptions(project, io, flags) {
  const options = resolveContentOptions({
    cwd: io.cwd,
    root: project.root,
    ...flags,
    content: flags.content ?? configContent(project)
  });
  return Object.freeze({ ...options, targets: contentTargets(project.config) });
}
function projectSyncOptions(project, target, io, flags) {
  const options = resolveSyncOptions(
    targetSyncInputs(target, project.config, { cwd: io.cwd, root: project.root, ...flags }, io.env)
  );
  return Object.freeze({ ...options, targets: contentTargets(project.config) });
}
async function loadTargetInputs(content, target, options) {
  const snapshot = await readLockSnapshot(options.lockfile);
  const entries = entriesFor(content.entries, content.entryTargets, target.scope);
  const taken = new Set(entries);
  const notTaken = content.entries.filter((entry) => !taken.has(entry));
  return { content: { ...content, entries }, notTaken, ...snapshot };
}
function configContent(project) {
  const content = project.config?.content;
  return content === void 0 ? void 0 : path3.resolve(project.root, content);
}

// src/sync/plan.ts
function planHasChanges(plan) {
  return plan.writes > 0 || plan.stillOnPlatform.length > 0 || plan.unpublished > 0 || plan.prunedUnpublished.length > 0 || plan.pendingTasks > 0 || plan.prune !== void 0 && plan.prune.removes.length > 0;
}
function actionEffect(action, plan) {
  if (action.kind === "update" && action.enable) return plan.api === "v2" ? "enable" : "update";
  if (action.kind === "remove" && plan.prune?.mode === "disable" && !plan.prune.refusal)
    return "disable";
  return action.kind;
}
var KIND_ORDER = {
  remove: 0,
  rename: 1,
  create: 2,
  update: 3,
  unchanged: 4
};
function planSync(entries, lock, options = {}, notTaken = []) {
  const lockKeys = lock.entries.map(identityKey);
  const lockByIdentity = new Map(lock.entries.map((e, i) => [lockKeys[i], e]));
  const lockIndex = once(() => {
    const byId = /* @__PURE__ */ new Map();
    const bySource = /* @__PURE__ */ new Map();
    for (const e of lock.entries) {
      if (e.id !== void 0) byId.set(e.id, e);
      const other = bySource.get(e.source);
      if (!other || other.status === "removed" && e.status === "synced")
        bySource.set(e.source, e);
    }
    return { byId, bySource };
  });
  const live = entries.filter((e) => !e.draft);
  const liveKeys = live.map(identityKey);
  const liveIdentities = new Set(liveKeys);
  const claimed = /* @__PURE__ */ new Set();
  const actions = [];
  const v2 = options.api === "v2";
  const unmatched = [];
  for (let index = 0; index < live.length; index++) {
    const entry = live[index];
    const { hash } = entry;
    const key = liveKeys[index];
    const previous = lockByIdentity.get(key);
    if (!previous) {
      unmatched.push(entry);
      continue;
    }
    claimed.add(key);
    const reset = options.api !== "v2" && previous.api === "v2" && entry.threshold !== void 0 && entry.threshold !== DEFAULT_THRESHOLD ? { thresholdReset: true } : {};
    const disabled = previous.status === "disabled" || v2 && previous.mayBeDisabled === true;
    actions.push(
      disabled ? { kind: "update", entry, hash, previous, enable: true } : previous.hash !== hash ? { kind: "update", entry, hash, previous, ...reset } : options.resendAll ? { kind: "update", entry, hash, previous, resend: true, ...reset } : options.api === "v2" && previous.api !== "v2" && entry.threshold !== void 0 ? { kind: "update", entry, hash, previous, thresholdUnsent: true } : { kind: "unchanged", entry, hash, previous }
    );
  }
  const renamedTo = /* @__PURE__ */ new Map();
  const renamedInPlace = /* @__PURE__ */ new Set();
  const renameCandidate = (previous) => {
    if (previous?.status !== "synced") return void 0;
    const key = identityKey(previous);
    return claimed.has(key) || renamedTo.has(key) || liveIdentities.has(key) ? void 0 : previous;
  };
  for (const entry of unmatched) {
    const { hash } = entry;
    const byId = entry.id === void 0 ? void 0 : renameCandidate(lockIndex().byId.get(entry.id));
    const bySource = byId ? void 0 : renameCandidate(lockIndex().bySource.get(entry.source));
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
  const liveIndex = once(() => {
    const byId = /* @__PURE__ */ new Map();
    const bySource = /* @__PURE__ */ new Map();
    const createdByTitle = /* @__PURE__ */ new Map();
    for (const e of live) {
      if (e.id !== void 0) byId.set(e.id, e);
      bySource.set(e.source, e);
    }
    const byTitle = /* @__PURE__ */ new Map();
    for (const e of live) {
      const same = byTitle.get(e.title);
      if (same) same.push(e);
      else byTitle.set(e.title, [e]);
    }
    for (const a of actions) {
      if (a.kind !== "create") continue;
      createdByTitle.set(a.entry.title, createdByTitle.has(a.entry.title) ? null : a.entry);
    }
    return { byId, bySource, byTitle, createdByTitle };
  });
  const draftIndex = once(() => {
    const drafts = entries.filter((e) => e.draft);
    return {
      identities: new Set(drafts.map(identityKey)),
      sources: new Set(drafts.map((e) => e.source)),
      ids: new Set(drafts.flatMap((e) => e.id === void 0 ? [] : [e.id]))
    };
  });
  const notTakenIndex = once(() => ({
    identities: new Set(notTaken.map(identityKey)),
    sources: new Set(notTaken.map((e) => e.source)),
    ids: new Set(notTaken.flatMap((e) => e.id === void 0 ? [] : [e.id]))
  }));
  for (let index = 0; index < lock.entries.length; index++) {
    const previous = lock.entries[index];
    const key = lockKeys[index];
    if (claimed.has(key) || renamedInPlace.has(key) || previous.status === "disabled") continue;
    const now = liveIndex();
    const to = renamedTo.get(key) ?? (previous.id === void 0 ? void 0 : now.byId.get(previous.id)) ?? now.bySource.get(previous.source) ?? movedTo(now.createdByTitle.get(previous.title), previous) ?? movedFile(now.byTitle.get(previous.title), previous);
    if (to) {
      const reason = to.skill === previous.skill ? "renamed" : "moved";
      actions.push({ kind: "remove", previous, reason, to: { skill: to.skill, title: to.title } });
      continue;
    }
    const drafts = draftIndex();
    const drafted = drafts.identities.has(key) || drafts.sources.has(previous.source) || previous.id !== void 0 && drafts.ids.has(previous.id);
    if (drafted) {
      actions.push({ kind: "remove", previous, reason: "draft" });
      continue;
    }
    const others = notTaken.length > 0 ? notTakenIndex() : void 0;
    const excluded = others !== void 0 && (others.identities.has(key) || others.sources.has(previous.source) || previous.id !== void 0 && others.ids.has(previous.id));
    actions.push({ kind: "remove", previous, reason: excluded ? "excluded" : "deleted" });
  }
  actions.sort(
    (a, b) => compareIdentity(identityOf(a), identityOf(b)) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  );
  const counts = {
    create: 0,
    update: 0,
    unchanged: 0,
    rename: 0,
    remove: 0
  };
  for (const action of actions) counts[action.kind]++;
  const stillOnPlatform = actions.flatMap((a) => a.kind === "remove" ? [a.previous] : []);
  const unpublishedEntries = lock.entries.filter(owesLiveChange).sort(compareIdentity);
  const plan = {
    actions,
    counts,
    writes: counts.create + counts.update + counts.rename,
    stillOnPlatform,
    unpublished: unpublishedEntries.length,
    unpublishedEntries,
    // One written again since (the content brought it back) is the bot's again: not removed.
    prunedUnpublished: (lock.pruned?.unpublished ?? []).filter((e) => !lockByIdentity.has(identityKey(e))).sort(compareIdentity),
    missing: (lock.pruned?.missing ?? []).filter((e) => !lockByIdentity.has(identityKey(e))),
    api: v2 ? "v2" : "v1",
    pendingTasks: lock.tasks?.length ?? 0,
    firstSync: lock.entries.length === 0 && lock.pruned === void 0
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
  const max = options.pruneMax ?? DEFAULT_PRUNE_MAX;
  let refusal;
  if (keeps === 0) {
    refusal = { reason: "empties-bot", mode };
  } else if (share > max && !options.force) {
    refusal = { reason: "over-limit", mode, removes: removes.length, known, share, max };
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
function once(make) {
  let made;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

// src/render/answer.ts
function plainText(text) {
  return text.replace(/<a href="[^"]*">([^<]*)<\/a>/g, "$1");
}
function cardLabel(card) {
  if ("news" in card) return `[news: ${card.news.articles.map((a) => a.title).join(" | ")}]`;
  if ("image" in card) return `[image: ${card.image.media_id}]`;
  return `[mini program: ${card.miniprogrampage.title}]`;
}
function previewAnswer(messages, max = 60) {
  const text = messages.map((m) => typeof m === "string" ? plainText(m) : cardLabel(m)).join(" \u23CE ").replace(/\s*\n\s*/g, " \u23CE ").replace(/\s+/g, " ").trim();
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function markdownUrl(url) {
  if (!/^https?:\/\//i.test(url)) return void 0;
  return url.replace(
    /[\s()<>|"\\`[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
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
      (a) => `\u{1F4F0} **${link(a.title, a.url)}**${a.description ? ` \u2014 ${escapeMarkdown(a.description)}` : ""}`
    ).join("\n");
  }
  if ("image" in card) {
    const url = card.image.url ? markdownUrl(card.image.url) : void 0;
    return `\u{1F5BC}\uFE0F image ${codeSpan(card.image.media_id)}${url ? ` ([view](${url}))` : card.image.url ? ` ${codeSpan(card.image.url)}` : ""}`;
  }
  const p = card.miniprogrampage;
  return `\u{1F537} mini program **${escapeMarkdown(p.title)}** (${codeSpan(p.appid)}, ${codeSpan(p.pagepath)})`;
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
  addToPath(path5, added, removed, oldPosInc, options) {
    const last = path5.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path5.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path5.oldPos + oldPosInc,
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
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
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
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
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
function diffEntry(before, after, api = "v2") {
  const b = before?.questions ?? [];
  const a = after?.questions ?? [];
  const unsent = api === "v1" ? { unsent: true } : {};
  return {
    skill: before && after && before.skill !== after.skill ? { from: before.skill, to: after.skill } : void 0,
    title: before && after && before.title !== after.title ? { from: before.title, to: after.title } : void 0,
    threshold: before && after && before.threshold !== after.threshold ? {
      from: thresholdShown(before.threshold),
      to: thresholdShown(after.threshold),
      ...unsent
    } : !before && after?.threshold !== void 0 ? { from: "", to: thresholdShown(after.threshold), ...unsent } : void 0,
    questionsAdded: a.filter((q) => !b.includes(q)),
    questionsRemoved: b.filter((q) => !a.includes(q)),
    messages: diffMessages(before?.messages ?? [], after?.messages ?? [])
  };
}
var THRESHOLD_UNSENT = "(not sent: the v1 API has no threshold, so the bot uses its default)";
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
      (a) => [
        `[news] ${a.title}`,
        `  description: ${a.description}`,
        `  url: ${a.url}`,
        ...a.picurl ? [`  picture: ${a.picurl}`] : [],
        `  type: ${a.type}`
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
  let a = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk) continue;
    const next = chunks[i + 1];
    if (chunk.removed && next?.added) {
      const oldKinds = kinds(before.slice(b, b + chunk.count));
      const newKinds = kinds(after.slice(a, a + next.count));
      const pairs = Math.min(chunk.value.length, next.value.length);
      let k = 0;
      for (; k < pairs && oldKinds[k] === newKinds[k]; k++) {
        out.push({ kind: "changed", pieces: diffWords(chunk.value[k] ?? "", next.value[k] ?? "") });
      }
      for (const text of chunk.value.slice(k)) out.push({ kind: "del", text });
      for (const text of next.value.slice(k)) out.push({ kind: "add", text });
      b += chunk.count;
      a += next.count;
      i++;
      continue;
    }
    const kind = chunk.added ? "add" : chunk.removed ? "del" : "same";
    for (const text of chunk.value) out.push({ kind, text });
    if (!chunk.added) b += chunk.count;
    if (!chunk.removed) a += chunk.count;
  }
  return out;
}
function messageKind(message) {
  return typeof message === "string" ? "text" : Object.keys(message)[0] ?? "card";
}
var segmenter;
function diffWords(before, after) {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const cut = segmenter;
  const words = (text) => [...cut.segment(text)].map((s) => s.segment);
  const pieces = [];
  for (const chunk of diffArrays(words(before), words(after))) {
    const kind = chunk.added ? "add" : chunk.removed ? "del" : "same";
    const text = chunk.value.join("");
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
      (diff.threshold.from === "" ? `${indent}threshold: ${style.add(diff.threshold.to)}` : `${indent}threshold: ${style.del(diff.threshold.from)} \u2192 ${style.add(diff.threshold.to)}`) + (diff.threshold.unsent ? ` ${THRESHOLD_UNSENT}` : "")
    );
  for (const q of diff.questionsRemoved) lines.push(`${indent}- question: ${style.del(q)}`);
  for (const q of diff.questionsAdded) lines.push(`${indent}+ question: ${style.add(q)}`);
  diff.messages.forEach((m, i) => {
    const head = `${indent}message ${i + 1}`;
    const body = (text, mark = (l) => l) => text.split("\n").map((l) => l === "" ? "" : `${indent}  ${mark(l)}`);
    switch (m.kind) {
      case "same":
        lines.push(`${head}: unchanged`);
        break;
      case "add":
        lines.push(`${head} (added):`, ...body(m.text, style.add));
        break;
      case "del":
        lines.push(`${head} (removed):`, ...body(m.text, style.del));
        break;
      case "changed":
        lines.push(
          `${head} (changed):`,
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
      (diff.threshold.from === "" ? `threshold: ${ins(diff.threshold.to)}` : `threshold: ${del(diff.threshold.from)} \u2192 ${ins(diff.threshold.to)}`) + (diff.threshold.unsent ? ` <i>${THRESHOLD_UNSENT}</i>` : "")
    );
  for (const q of diff.questionsRemoved) parts.push(`\u2212 question: ${del(q)}`);
  for (const q of diff.questionsAdded) parts.push(`+ question: ${ins(q)}`);
  diff.messages.forEach((m, i) => {
    const head = `<b>message ${i + 1}</b>`;
    switch (m.kind) {
      case "same":
        parts.push(`${head}: unchanged`);
        break;
      case "add":
        parts.push(`${head} (added):<br>${ins(m.text)}`);
        break;
      case "del":
        parts.push(`${head} (removed):<br>${del(m.text)}`);
        break;
      case "changed":
        parts.push(
          `${head} (changed):<br>${m.pieces.map((p) => p.kind === "same" ? html(p.text) : p.kind === "add" ? ins(p.text) : del(p.text)).join("")}`
        );
        break;
    }
  });
  return parts.join("<br>");
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
  const c = plan.counts;
  const owed = plan.unpublished > 0 ? ` ${unpublishedPhrase(plan.unpublished)}.` : "";
  const enables = plan.api === "v2" ? plan.actions.filter((a) => a.kind === "update" && a.enable).length : 0;
  const updates = `${c.update - enables} to update${enables > 0 ? `, ${enables} to enable` : ""}`;
  const disabling = plan.prune?.mode === "disable" && !plan.prune.refusal;
  const drift = disabling ? `${c.remove} to disable` : `${c.remove} on the bot but ${driftWhere(plan.actions)}`;
  return `${c.create} to create, ${updates}, ${c.rename} to rename, ${drift}, ${c.unchanged} unchanged.${owed}`;
}
function driftWhere(actions) {
  let removes = 0;
  let excluded = 0;
  for (const a of actions) {
    if (a.kind !== "remove") continue;
    removes++;
    if (a.reason === "excluded") excluded++;
  }
  if (excluded === 0) return "not in the content";
  return excluded === removes ? "not for this target" : "not in the content or not for this target";
}
function apiNotes(plan, answers, audience) {
  if (plan.api !== "v2") return [];
  const isRich = (entry) => richAnswer(answers.read(entry).messages);
  let rich = 0;
  for (const a of plan.actions) {
    if (a.kind === "create" || a.kind === "update" || a.kind === "rename") {
      if (isRich(a.entry)) rich++;
    }
  }
  const notes = [];
  let richFromV1 = 0;
  for (const a of plan.actions) {
    if (a.kind !== "unchanged" || a.previous.api === "v2") continue;
    if (isRich(a.entry)) richFromV1++;
  }
  if (richFromV1 > 0) {
    notes.push(
      `${plural(richFromV1, "entry", "entries")} with a rich answer (a card or several messages) ${richFromV1 === 1 ? "was" : "were"} written through v1 and ${richFromV1 === 1 ? "is" : "are"} not written by this plan; the platform's v2 documentation does not say that import accepts rich answers: try them on a test bot before \`${audience === "action" ? "resend-all: true" : "--resend-all"}\` (docs/platform.md, "v1 or v2").`
    );
  }
  if (rich === 0) return notes;
  return [
    ...notes,
    `${plural(rich, "entry to write carries", "entries to write carry")} a rich answer (a card or several messages), sent as the same JSON string v1 sends; the platform's v2 documentation does not say that import accepts rich answers: after publishing, check ${rich === 1 ? "it" : "them"} on the bot (docs/platform.md, "v1 or v2").`
  ];
}
function richAnswer(messages) {
  return messages.length !== 1 || typeof messages[0] !== "string";
}
function cannotDisableText(why, audience) {
  const replace = audience === "action" ? "`prune: true` and `replace-all: true`" : "--prune --replace-all";
  return `cannot be disabled: its last synced version is not in Git (${why}), and a disable must carry its questions and answer; commit that version, or take it off with ${replace}`;
}
function disableBlocked(plan, previous, befores) {
  if (plan.prune?.mode !== "disable") return void 0;
  const before = befores?.get(identityKey(previous));
  return before !== void 0 && !before.found ? before.why : void 0;
}
function disablesOf(plan, befores) {
  const removes = plan.prune?.removes ?? [];
  return removes.filter((e) => disableBlocked(plan, e, befores) === void 0).length;
}
function disableShare(plan, disables) {
  const prune = plan.prune;
  return prune === void 0 || prune.removes.length === 0 ? 0 : prune.share * disables / prune.removes.length;
}
function unpublishedDrift(plan) {
  if (plan.prune && !plan.prune.refusal) return [];
  return plan.actions.filter((a) => a.kind === "remove" && a.previous.unpublished !== void 0);
}
function unpublishedDriftLine(plan) {
  const drift = unpublishedDrift(plan);
  const n = drift.length;
  if (n === 0) return void 0;
  return `${plural(n, "entry", "entries")} on the bot but ${driftWhere(drift)} ${n === 1 ? "was" : "were"} written since the last publish: a publish makes ${n === 1 ? "it" : "them"} live as written, unless a prune removes ${n === 1 ? "it" : "them"} first.`;
}
var DISABLED_UNPUBLISHED = "(disabled: a publish takes it off the live bot)";
var UNPUBLISHED_SHOWN = 10;
function unpublishedLines(plan) {
  return namedEntries(
    plan.unpublishedEntries,
    (e) => e.status === "disabled" ? ` ${DISABLED_UNPUBLISHED}` : ""
  );
}
function namedEntries(entries, note = () => "") {
  const lines = entries.slice(0, UNPUBLISHED_SHOWN).map((e) => `  ${e.skill} / ${e.title}${note(e)}`);
  const more = entries.length - UNPUBLISHED_SHOWN;
  if (more > 0) lines.push(`  \u2026 and ${more} more (\`faqops plan --json\` lists every one)`);
  return lines;
}
function prunedUnpublishedLines(plan) {
  const removed = plan.prunedUnpublished;
  if (removed.length === 0) return [];
  return [prunedUnpublishedSentence(removed.length, PUBLISH_REMEDY), ...namedEntries(removed)];
}
function prunedUnpublishedSentence(count, remedy) {
  return `${plural(count, "entry was", "entries were")} removed by a prune not yet published: the live bot still answers as at the last publish; ${remedy}.`;
}
function unpublishedPhrase(count) {
  return `${count} written, not yet published`;
}
function removeReason(action, plan, audience) {
  if (plan.prune?.mode === "disable" && !plan.prune.refusal)
    return `${driftWhy(action)}; disabled by this prune`;
  if (plan.prune?.mode === "replace" && !plan.prune.refusal)
    return `${driftWhy(action)}; removed by this prune`;
  const prune = audience === "action" ? "`prune: true`" : "--prune";
  return `${driftWhy(action)}; still on the bot, ${prune} ${plan.api === "v2" ? "disables" : "removes"} it`;
}
function driftWhy(action) {
  const { to } = action;
  switch (action.reason) {
    case "deleted":
      return "deleted";
    case "draft":
      return "now a draft";
    case "excluded":
      return "not for this target";
    case "renamed":
      return `renamed to "${to?.title}"`;
    case "moved":
      return `moved to ${to?.skill} / "${to?.title}"`;
  }
}
var DRIFT_REMEDY = "the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first)";
var DRIFT_REMEDY_V2 = "the v2 API switches drift off, reversibly: `faqops apply --api v2 --prune` disables it (review `faqops plan --api v2 --prune` first)";
function driftRemedy(plan, audience = "cli") {
  if (audience === "action") {
    return plan.api === "v2" ? "the v2 API switches drift off, reversibly: the action's `prune: true` disables it (review a plan with `prune: true` first)" : "the v1 API removes entries only by replacing the whole bot: the action's `prune: true` does that (review a plan with `prune: true` first)";
  }
  return plan.api === "v2" ? DRIFT_REMEDY_V2 : DRIFT_REMEDY;
}
function pendingTasksLine(plan) {
  if (plan.pendingTasks === 0) return void 0;
  const one = plan.pendingTasks === 1;
  const tasks = `${plural(plan.pendingTasks, "import task", "import tasks")} sent by an interrupted run ${one ? "is" : "are"} not yet settled`;
  return plan.api === "v2" ? `${tasks}: the next apply asks the platform how ${one ? "it" : "they"} ended before sending anything else.` : `${tasks} (v2): run \`faqops apply --api v2\` to settle ${one ? "it" : "them"}; a v1 apply refuses to run until then.`;
}
var PUBLISH_REMEDY = "`faqops publish` (or `faqops apply --publish`) publishes what is written";
function publishRemedy(audience) {
  return audience === "cli" ? PUBLISH_REMEDY : "`publish: true` or `command: publish` publishes what is written";
}
function renderPlanText(plan, answers, options = {}) {
  const colors = options.colors ?? NO_COLORS;
  const preview = (entry) => previewAnswer(answers.read(entry).messages);
  const signed = (action, line) => {
    const sign = SIGN[action.kind];
    return `${colors[SIGN_COLOR[action.kind]](sign)}${line.slice(sign.length)}`;
  };
  const lines = [];
  const bySkill2 = /* @__PURE__ */ new Map();
  for (const action of plan.actions) {
    if (action.kind === "unchanged") continue;
    const skill = identityOf(action).skill;
    bySkill2.set(skill, [...bySkill2.get(skill) ?? [], action]);
  }
  for (const skill of [...bySkill2.keys()].sort(compareStrings)) {
    lines.push(colors.bold(skill));
    for (const action of bySkill2.get(skill) ?? []) {
      if (!options.details) {
        lines.push(`  ${signed(action, actionLine(action, plan, preview, options.befores))}`);
        continue;
      }
      lines.push(
        `  ${signed(action, actionHead(action, plan, options.details.befores))}`,
        ...detailLines(action, plan.api, answers, options.details)
      );
    }
    lines.push("");
  }
  if (!planHasChanges(plan))
    lines.push(colors.green("No changes: the platform is up to date with the content."), "");
  lines.push(`${colors.bold("Plan:")} ${planSummary(plan)}`);
  if (plan.stillOnPlatform.length > 0 && !plan.prune) {
    lines.push(
      `${plural(plan.stillOnPlatform.length, "entry is", "entries are")} on the bot but ${driftWhere(plan.actions)}: ${driftRemedy(plan)}.`
    );
  }
  const pending = pendingTasksLine(plan);
  if (pending) lines.push(pending);
  const unpublishedDrift2 = unpublishedDriftLine(plan);
  if (unpublishedDrift2) lines.push(unpublishedDrift2);
  if (plan.unpublished > 0) {
    lines.push(
      `${plural(plan.unpublished, "entry was", "entries were")} written but not published: the live bot still answers as at the last publish; ${PUBLISH_REMEDY}.`,
      ...unpublishedLines(plan)
    );
  }
  const missing = plan.missing.length;
  if (missing > 0) {
    lines.push(
      `A replace that was cut short deleted ${plural(missing, "entry", "entries")} the content keeps: the next apply writes ${missing === 1 ? "it" : "them"} back, and a publish is refused until then.`
    );
  }
  lines.push(...prunedUnpublishedLines(plan));
  if (plan.prune)
    lines.push(...pruneLines(plan, colors, options.details?.befores ?? options.befores));
  return `${lines.join("\n")}
`;
}
function actionHead(action, plan, befores) {
  const line = actionLine(action, plan, () => "", befores);
  if (action.kind === "remove" || action.kind === "unchanged") return line;
  return line.slice(0, line.lastIndexOf("  "));
}
function detailLines(action, api, answers, details) {
  if (action.kind === "remove" || action.kind === "unchanged") return [];
  const after = { ...action.entry, messages: answers.read(action.entry).messages };
  if (action.kind === "create") {
    return diffLines(diffEntry(void 0, after, api), details.style, "      ");
  }
  const before = details.befores.get(identityKey(action.previous));
  if (!before?.found) {
    return [
      `      (the previous version cannot be shown: ${before?.why ?? "it was not looked up"}; the new one in full:)`,
      ...diffLines(diffEntry(void 0, after, api), details.style, "      ")
    ];
  }
  const diff = diffEntry(before.entry, after, api);
  if (isEmptyDiff(diff)) return ["      (the same as on the bot)"];
  return diffLines(diff, details.style, "      ");
}
function actionLine(action, plan, preview, befores) {
  const sign = SIGN[action.kind];
  switch (action.kind) {
    case "create":
      return `${sign} ${action.entry.title}  (new)  ${preview(action.entry)}`;
    case "update": {
      const base = action.enable ? plan.api === "v2" ? action.previous.status === "disabled" ? "disabled on the bot: enable" : "v1 wrote it over a disabled entry, which may have left it disabled: enable" : "disabled on the bot: written through v1, which may not switch it back on: not documented; --api v2 does" : action.resend ? "unchanged; sent again: --resend-all" : action.thresholdUnsent ? "written through v1, which cannot send its threshold: sent again" : "changed";
      const why = action.thresholdReset ? `${base}; v1 cannot send its threshold (${thresholdText(action.entry)}): the bot goes back to the default` : base;
      return `${sign} ${action.entry.title}  (${why})  ${preview(action.entry)}`;
    }
    case "rename": {
      const from = action.previous;
      const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
      const how = action.oldIntent === void 0 ? "" : ", renamed in place (old_intent)";
      return `${sign} ${action.entry.title}  (renamed from "${old}", same ${action.matchedBy === "id" ? "id" : "file"}${how})  ${preview(action.entry)}`;
    }
    case "remove": {
      const blocked = plan.prune?.refusal ? void 0 : disableBlocked(plan, action.previous, befores);
      if (blocked !== void 0)
        return `${sign} ${action.previous.title}  (${driftWhy(action)}; ${cannotDisableText(blocked, "cli")})`;
      return `${sign} ${action.previous.title}  (${removeReason(action, plan, "cli")})`;
    }
    case "unchanged":
      return `${sign} ${action.entry.title}`;
  }
}
function pruneLines(plan, colors, befores) {
  const prune = plan.prune;
  if (!prune) return [];
  if (prune.removes.length === 0)
    return ["--prune: nothing to remove; the sync stays incremental."];
  if (prune.mode === "disable") {
    const missing = (e) => disableBlocked(plan, e, befores);
    const disables = disablesOf(plan, befores);
    const lines2 = [
      "",
      `--prune (v2): ${plural(disables, "entry", "entries")} (${percent(disableShare(plan, disables))} of what faqops knows on the platform) will be DISABLED (disable: true): kept on the bot, switched off once published; bringing one back into the content switches it on again. Nothing faqops does not know is touched.`,
      ...prune.removes.map((e) => {
        const why = missing(e);
        return why === void 0 ? `  - ${e.skill} / ${e.title}` : `  - ${e.skill} / ${e.title} (${cannotDisableText(why, "cli")})`;
      })
    ];
    if (prune.refusal)
      lines2.push(`${colors.red("Refused:")} ${pruneRefusalText(prune.refusal, "cli")}`);
    return lines2;
  }
  const lines = [
    "",
    colors.red(
      `!!! PRUNE: the whole bot's content will be REPLACED (${plan.api === "v2" ? "import mode 1" : "batchimportskill mode 1"}) !!!`
    ),
    colors.red(
      `!!! It removes ${plural(prune.removes.length, "entry", "entries")} (${percent(prune.share)} of what faqops knows on the platform), keeps ${prune.keeps}, and also removes anything added by hand in the console. !!!`
    ),
    ...prune.removes.map((e) => `  - ${e.skill} / ${e.title}`)
  ];
  if (prune.refusal)
    lines.push(`${colors.red("Refused:")} ${pruneRefusalText(prune.refusal, "cli")}`);
  return lines;
}
function planJson(plan, answers, befores) {
  const beforeOf = (previous) => {
    if (!befores) return {};
    const before = befores.get(identityKey(previous));
    return {
      before: before?.found ? before.entry : { unavailable: before?.why ?? "not looked up" }
    };
  };
  const afterOf = (entry, messages) => befores ? {
    after: {
      skill: entry.skill,
      title: entry.title,
      questions: entry.questions,
      messages,
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
    // What a publish changes on the live bot: each entry written since the last one.
    unpublished: plan.unpublishedEntries.map((e) => ({
      skill: e.skill,
      title: e.title,
      source: e.source,
      ...e.status === "disabled" ? { disabled: true } : {}
    })),
    // Removed by a prune not yet published: the live bot may still answer with them.
    prunedUnpublished: plan.prunedUnpublished,
    // Kept by the content, deleted by a replace cut short: publish refuses until written back.
    missing: plan.missing,
    changes: plan.actions.flatMap((a) => {
      switch (a.kind) {
        case "unchanged":
          return [];
        case "remove":
          return [
            {
              action: actionEffect(a, plan),
              skill: a.previous.skill,
              title: a.previous.title,
              source: a.previous.source,
              reason: a.reason,
              ...a.to ? { to: a.to } : {},
              hash: a.previous.hash,
              ...beforeOf(a.previous)
            }
          ];
        default: {
          const answer = answers.read(a.entry);
          return [
            {
              action: actionEffect(a, plan),
              skill: a.entry.skill,
              title: a.entry.title,
              source: a.entry.source,
              ...a.entry.id === void 0 ? {} : { id: a.entry.id },
              hash: a.hash,
              ...a.kind === "create" ? {} : { previousHash: a.previous.hash },
              ...a.kind === "update" && a.resend ? { resend: true } : {},
              ...a.kind === "update" && a.thresholdUnsent ? { thresholdUnsent: true } : {},
              ...a.kind === "update" && a.thresholdReset ? { thresholdReset: true } : {},
              // v1 over an entry v2 disabled: whether the write switches it on is not documented.
              ...a.kind === "update" && a.enable && plan.api !== "v2" ? { writtenOverDisabled: true } : {},
              ...a.kind === "rename" ? {
                from: { skill: a.previous.skill, title: a.previous.title },
                matchedBy: a.matchedBy,
                ...a.oldIntent === void 0 ? {} : { oldIntent: a.oldIntent }
              } : {},
              questions: a.entry.questions,
              ...a.entry.threshold === void 0 ? {} : { threshold: a.entry.threshold },
              content: answer.content,
              ...a.kind === "create" ? {} : beforeOf(a.previous),
              ...afterOf(a.entry, answer.messages)
            }
          ];
        }
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
        // The CLI's words: the JSON is `faqops plan --json`'s, whichever shell writes it.
        refused: plan.prune.refusal ? pruneRefusalText(plan.prune.refusal, "cli") : null
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

// src/render/apply.ts
var LIST_LIMIT = 20;
function describeApply(result, options) {
  const { plan } = result;
  const them = (n) => n === 1 ? "it" : "them";
  const blocks = [
    { kind: "sentence", tone: headlineTone(result), text: headline(result, options.audience) }
  ];
  if (result.resumed && result.resumed.tasks > 0) {
    blocks.push({ kind: "sentence", tone: "neutral", text: settledFirstSentence(result.resumed) });
  }
  if (result.restored && result.restored.length > 0) {
    blocks.push({
      kind: "sentence",
      tone: "success",
      text: `Written again: ${plural(result.restored.length, "entry", "entries")} this plan found unchanged, which the replace settled first had deleted from the bot.`
    });
  }
  const disabling = plan.prune?.mode === "disable";
  if (result.writes.length > 0 && (!result.pruned || disabling)) {
    blocks.push(
      grouped(
        "Written",
        "success",
        result.writes,
        (a) => result.writtenAnew?.includes(a) && a.kind === "rename" ? `${writeSign(a)} ${a.entry.title} (renamed from "${a.previous.title}": the bot has no intent by that title to rename, so it was written anew)` : `${writeSign(a)} ${a.entry.title}${writeNote(a, options.audience, plan.api)}`
      )
    );
  }
  if (result.disabled.length > 0) {
    blocks.push(
      grouped(
        "Disabled",
        "neutral",
        result.disabled,
        (a) => `- ${a.previous.title} (${driftWhy(a)}; disabled, reversibly)`
      )
    );
  }
  if (result.pruned && !result.dryRun && !disabling) {
    const removed = plan.actions.filter((a) => a.kind === "remove");
    const published = result.publish.status === "done";
    const list = grouped(
      "Removed",
      "neutral",
      removed,
      (a) => (
        // One created since the last publish was never live.
        !published && a.previous.unpublished !== "new" ? `- ${a.previous.title} (${driftWhy(a)}; removed from the bot, the live bot answers with it until a publish)` : `- ${a.previous.title} (${driftWhy(a)}; removed)`
      )
    );
    const disabled = (plan.prune?.removes ?? []).filter((e) => e.status === "disabled");
    const items = disabled.map((e) => ({
      skill: e.skill,
      text: !published && e.unpublished === true ? `- ${e.title} (disabled; removed from the bot, the live bot answers with it until a publish)` : `- ${e.title} (disabled; removed)`
    }));
    blocks.push({ ...list, items: bySkill([...list.items, ...items]) });
  }
  if (result.failures.length > 0) {
    blocks.push({
      kind: "list",
      name: "Failed",
      style: "flat",
      tone: "failure",
      // A disable that cannot be sent fails the same way on every run until its cause is fixed.
      heading: result.failures.every((f) => f.kind === "cannot-disable") ? `Not disabled: ${plural(result.failures.length, "entry", "entries")} (another run fails the same way until what each says is done):` : `Failed: ${plural(result.failures.length, "entry", "entries")} (the next run retries ${them(result.failures.length)}):`,
      items: result.failures.map((f) => ({
        skill: f.entry.skill,
        text: `${f.entry.path} (${f.entry.skill} / ${f.entry.title}): ${failureText(f, options.audience)}`
      }))
    });
  }
  if (result.fatal) blocks.push({ kind: "fatal", message: result.fatal.message });
  if (result.outcome === "interrupted") {
    blocks.push({
      kind: "sentence",
      tone: "warning",
      text: `Interrupted: ${result.written} written before the stop; run apply again to send the rest.`
    });
  }
  if ((result.pendingTasks ?? 0) > 0) {
    const n = result.pendingTasks ?? 0;
    blocks.push({
      kind: "sentence",
      tone: "warning",
      text: `${plural(n, "import task was", "import tasks were")} in flight and ${n === 1 ? "is" : "are"} recorded in the lockfile: the platform may still be importing ${them(n)}; the next apply asks how ${n === 1 ? "it" : "they"} ended before sending anything else.`
    });
  }
  if (result.drift.length > 0) {
    blocks.push({
      ...grouped(
        "Still on the bot",
        "warning",
        result.drift,
        (a) => `- ${a.previous.title} (${driftWhy(a)})`
      ),
      heading: `${plural(result.drift.length, "entry is", "entries are")} still on the bot but ${driftWhere(result.drift)}:`,
      footer: `To remove ${them(result.drift.length)}: ${driftRemedy(plan, options.audience)}.`
    });
  }
  blocks.push(...publishBlocks(result, options.audience));
  if (!result.dryRun && options.lockfile !== void 0) {
    blocks.push({
      kind: "sentence",
      tone: "neutral",
      text: result.lockfileChanged ? `Lockfile ${options.lockfile} updated.` : `Lockfile ${options.lockfile} unchanged.`
    });
  }
  return blocks;
}
function renderApplyText(result, options) {
  const limit = options.quiet ? 0 : options.limit ?? LIST_LIMIT;
  const lines = [];
  for (const block of describeApply(result, { audience: "cli", lockfile: options.lockfile })) {
    if (block.kind === "fatal") continue;
    if (block.kind === "sentence") {
      lines.push(block.text);
      continue;
    }
    if (block.style === "flat") {
      if (block.heading !== void 0) lines.push(block.heading);
      const shown = options.quiet ? [] : block.items.slice(0, Math.max(limit, 1));
      for (const item of shown) lines.push(`  ${item.text}`);
      if (block.items.length > shown.length)
        lines.push(`  \u2026 and ${block.items.length - shown.length} more`);
      continue;
    }
    const indent = block.heading === void 0 ? "" : "  ";
    if (block.heading !== void 0) lines.push(block.heading);
    lines.push(...groupedLines(block.items, limit, indent));
    if (block.footer !== void 0) lines.push(`  ${block.footer}`);
  }
  return `${lines.join("\n")}
`;
}
function renderApplyMarkdown(result, options) {
  const { cell, sentence } = options;
  const lines = [];
  for (const block of describeApply(result, { audience: "action" })) {
    if (block.kind === "fatal") {
      lines.push(`${ICON.failure}${sentence(block.message)}`, "");
    } else if (block.kind === "sentence") {
      const [first, ...rest] = block.text.split("\n");
      lines.push(`${ICON[block.tone]}${sentence(first ?? "")}`);
      for (const line of rest) lines.push(sentence(line.trim()));
      lines.push("");
    } else {
      if (block.heading !== void 0)
        lines.push(`${ICON[block.tone]}${sentence(block.heading)}`, "");
      lines.push(
        `<details><summary>${cell(block.name)}: ${block.items.length}</summary>`,
        "",
        "| Skill | Entry |",
        "| --- | --- |"
      );
      for (const item of block.items.slice(0, options.limit))
        lines.push(`| ${cell(item.skill)} | ${cell(item.text)} |`);
      if (block.items.length > options.limit)
        lines.push(`| | \u2026 and ${block.items.length - options.limit} more |`);
      lines.push("", "</details>", "");
      if (block.footer !== void 0) lines.push(sentence(block.footer), "");
    }
  }
  return lines;
}
var ICON = {
  success: "\u2705 ",
  warning: "\u26A0\uFE0F ",
  failure: "\u274C ",
  neutral: ""
};
function headlineTone(result) {
  if (result.dryRun) return "neutral";
  switch (result.outcome) {
    case "nothing-to-do":
      return "neutral";
    case "done":
      return "success";
    case "partial":
    case "interrupted":
      return "warning";
    case "fatal":
      return "failure";
  }
}
function grouped(name, tone, actions, line) {
  const items = actions.map((a) => ({ skill: identityOf(a).skill, text: line(a) }));
  return { kind: "list", name, style: "grouped", tone, items: bySkill(items) };
}
function bySkill(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const list = groups.get(item.skill);
    if (list) list.push(item);
    else groups.set(item.skill, [item]);
  }
  return [...groups.keys()].sort(compareStrings).flatMap((skill) => groups.get(skill) ?? []);
}
function headline(result, audience) {
  const { plan } = result;
  const disabling = plan.prune?.mode === "disable";
  const seconds = (result.elapsedMs / 1e3).toFixed(1);
  const c = plan.counts;
  const enables = plan.api === "v2" ? plan.actions.filter((a) => a.kind === "update" && a.enable).length : 0;
  const kinds = `${c.create} new, ${c.update - enables} changed, ${enables > 0 ? `${enables} enabled, ` : ""}${c.rename} renamed`;
  const requests = plan.api === "v2" ? "" : `; ${plural(plan.writes, "request", "requests")}`;
  if (result.dryRun) {
    if (plan.prune?.mode === "disable" && plan.prune.removes.length > 0) {
      return `Dry run: would write ${plural(plan.writes, "entry", "entries")} (${kinds}) and disable ${plural(plan.prune.removes.length, "entry", "entries")}. Nothing was sent. ${planSummary(plan)}`;
    }
    if (result.pruned) {
      return `Dry run: would replace the bot's content with ${plural(result.written, "entry", "entries")}, removing ${plural(plan.prune?.removes.length ?? 0, "entry", "entries")} (${plan.api === "v2" ? "import mode 1" : "1 request"}). Nothing was sent.`;
    }
    return `Dry run: would write ${plural(plan.writes, "entry", "entries")} (${kinds}${requests}). Nothing was sent. ${planSummary(plan)}`;
  }
  if (result.outcome === "nothing-to-do") {
    if (result.drift.length === 0 && result.unpublished === 0 && !result.prunedUnpublished) {
      return `Nothing to do: the platform is up to date with the content (0 requests sent). ${planSummary(plan)}
faqops knows the bot through the lockfile: if the bot was emptied or replaced since, ${audience === "cli" ? "`faqops apply --resend-all`" : "the action's `resend-all: true`"} writes every entry again.`;
    }
    return `Nothing to write (0 requests sent). ${planSummary(plan)}`;
  }
  if (result.outcome === "fatal") {
    return result.written === 0 ? `Stopped before anything was written: a platform error (see below). ${plural(plan.writes, "entry was", "entries were")} to be written.` : `Stopped by a platform error (see below) after writing ${result.written} of ${plural(plan.writes, "entry", "entries")}.`;
  }
  if (disabling && result.disabled.length > 0) {
    const disabled = `disabled ${result.disabled.length} of ${plural(plan.stillOnPlatform.length, "entry", "entries")}`;
    return plan.writes === 0 ? `${disabled[0]?.toUpperCase()}${disabled.slice(1)} in ${seconds} s; ${c.unchanged} unchanged.` : `Wrote ${result.written} of ${plural(plan.writes, "entry", "entries")} (${kinds}) and ${disabled} in ${seconds} s; ${c.unchanged} unchanged.`;
  }
  if (result.pruned && !disabling) {
    return `Pruned: replaced the bot's content with ${plural(result.written, "entry", "entries")}, removing ${plural(plan.prune?.removes.length ?? 0, "entry", "entries")} (${plan.api === "v2" ? "import mode 1" : "1 request"}, ${seconds} s).`;
  }
  if (plan.writes === 0) return `Nothing to write (0 entries); ${c.unchanged} unchanged.`;
  return `Wrote ${result.written} of ${plural(plan.writes, "entry", "entries")} (${kinds}) in ${seconds} s; ${c.unchanged} unchanged.`;
}
function settledFirstSentence(resumed) {
  const them = resumed.tasks === 1 ? "it" : "them";
  return `Settled first: ${plural(resumed.tasks, "import task", "import tasks")} an interrupted run left in flight (${plural(resumed.confirmed, "entry", "entries")} confirmed by ${them}).`;
}
function publishedSentence(publish) {
  const { entries, disabled, removed } = publish;
  const off = [
    ...disabled > 0 ? [`${plural(disabled, "entry", "entries")} disabled`] : [],
    ...removed > 0 ? [`${plural(removed, "entry", "entries")} removed by a prune`] : []
  ].join(" and ");
  if (entries === 0 && off === "")
    return "Published: nothing was written since the last publish; the live bot answers as before.";
  if (off === "")
    return `Published: the live bot now answers with ${plural(entries, "entry", "entries")} written since the last publish.`;
  if (entries === 0 && removed === 0)
    return `Published: the live bot no longer answers with ${off} since the last publish.`;
  if (entries === 0) return `Published: the live bot no longer answers with ${off}.`;
  return `Published: the live bot now answers with ${plural(entries, "entry", "entries")} written since the last publish, and no longer with ${off}.`;
}
function publishBlocks(result, audience) {
  const { publish } = result;
  const owed = result.unpublished;
  const remedy = publishRemedy(audience);
  const sentence = (tone, text) => [
    { kind: "sentence", tone, text }
  ];
  const removed = result.dryRun ? 0 : result.prunedUnpublished ?? 0;
  const removals = (tone) => removed === 0 ? [] : sentence(tone, prunedUnpublishedSentence(removed, remedy));
  switch (publish.status) {
    case "done":
      return sentence("success", publishedSentence(publish));
    case "failed":
      return [
        ...sentence(
          "failure",
          owed === 0 ? `Publish failed: ${publish.error.message}` : `Publish failed: ${publish.error.message}
  ${plural(owed, "entry is", "entries are")} written but not live; the lockfile keeps ${owed === 1 ? "it" : "them"} marked unpublished, and ${remedy}.`
        ),
        ...removals("failure")
      ];
    case "skipped":
      return [
        ...sentence(
          "warning",
          owed === 0 ? "Not published: the writes stopped." : `Not published: the writes stopped. ${unpublishedPhrase(owed)}; ${remedy}.`
        ),
        ...removals("warning")
      ];
    default:
      if (result.dryRun) return [];
      return [
        ...owed === 0 ? [] : sentence(
          "neutral",
          `${plural(owed, "entry is", "entries are")} written but not published: the live bot still answers as at the last publish; ${remedy}.`
        ),
        ...removals("neutral")
      ];
  }
}
function failureText(failure, audience) {
  return failure.kind === "cannot-disable" ? `not disabled, it stays on the bot: ${cannotDisableText(failure.why, audience)}.` : failure.message;
}
function writeSign(action) {
  return { create: "+", update: "~", rename: "\u2192" }[action.kind];
}
function writeNote(action, audience, api) {
  if (action.kind === "rename") {
    const from = action.previous;
    const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
    return ` (renamed from "${old}"${action.oldIntent === void 0 ? "" : ", in place"})`;
  }
  if (action.kind === "update" && action.enable)
    return api === "v2" ? action.previous.status === "disabled" ? " (enabled again)" : " (switched on, in case v1 had left it disabled)" : audience === "action" ? " (written through v1, which may not switch it back on: not documented; `api: v2` does)" : " (written through v1, which may not switch it back on: not documented; --api v2 does)";
  if (action.kind === "update" && action.thresholdUnsent)
    return " (its threshold, which v1 could not send)";
  if (action.kind === "update" && action.resend)
    return audience === "action" ? " (sent again: `resend-all: true`)" : " (sent again: --resend-all)";
  return action.kind === "create" ? " (new)" : " (changed)";
}
function groupedLines(items, limit, indent) {
  if (limit === 0) return [];
  const lines = [];
  let shown = 0;
  let skill;
  for (const item of items) {
    if (shown >= limit) break;
    if (item.skill !== skill) {
      skill = item.skill;
      lines.push(`${indent}${skill}`);
    }
    lines.push(`${indent}  ${item.text}`);
    shown++;
  }
  if (items.length > shown) lines.push(`${indent}  \u2026 and ${items.length - shown} more`);
  return lines;
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
        const delay = strict ? delayResult.delay : delayResult;
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
        if (delay > 0) {
          timeoutId = setTimeout(execute, delay);
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

// src/sync/apply-v2.ts
import { setTimeout as sleep } from "node:timers/promises";
async function importAll(plan, state, writer, client, options) {
  const failures = [];
  const confirmedWrites = /* @__PURE__ */ new Set();
  const confirmedDisables = /* @__PURE__ */ new Set();
  const restored = [];
  const restoring = /* @__PURE__ */ new Set();
  const writtenAnew = /* @__PURE__ */ new Set();
  const replace = plan.prune?.mode === "replace" && plan.prune.removes.length > 0;
  let confirmedCount = 0;
  const interrupted = () => options.signal?.aborted === true;
  const writes = plan.actions.filter(
    (a) => a.kind === "create" || a.kind === "update" || a.kind === "rename"
  );
  const result = (outcome, resumed2, fatal) => {
    failures.sort((a, b) => compareStrings(a.entry.source, b.entry.source));
    const done2 = writes.filter((a) => confirmedWrites.has(a));
    return {
      outcome,
      // A replace sends every entry, unchanged ones too: each confirmed one is written.
      written: replace ? confirmedCount : done2.length,
      writes: done2,
      disabled: plan.actions.filter(
        (a) => a.kind === "remove" && confirmedDisables.has(a)
      ),
      failures,
      fatal,
      resumed: resumed2,
      writtenAnew: done2.filter((a) => writtenAnew.has(a)),
      restored
    };
  };
  const pending = await settlePendingTasks(state, writer, client, options);
  const { resumed } = pending;
  if (pending.stopped) return result(pending.stopped.outcome, resumed, pending.stopped.error);
  const sendables = [];
  const alreadyThere = (action) => {
    const now = state.get(action.entry);
    return now !== void 0 && (action.kind === "create" || now !== action.previous) && now.status === "synced" && now.hash === action.hash && now.api === "v2";
  };
  const marker = writtenMarkers(plan);
  if (replace) {
    for (const action of plan.actions) {
      if (action.kind === "remove") continue;
      sendables.push(writeSendable(action, options.answers, marker, { inPlace: false }));
    }
  } else {
    for (const action of writes) {
      if (resumed.tasks > 0 && alreadyThere(action)) {
        confirmedWrites.add(action);
        continue;
      }
      sendables.push(writeSendable(action, options.answers, marker, { inPlace: true }));
    }
    if (pending.replaced) {
      for (const action of plan.actions) {
        if (action.kind !== "unchanged" || state.get(action.entry)?.hash === action.hash) continue;
        const sendable = writeSendable(action, options.answers, marker, { inPlace: false });
        restoring.add(sendable);
        sendables.push(sendable);
      }
    }
    if (plan.prune?.mode === "disable" && !plan.prune.refusal) {
      for (const action of plan.actions) {
        if (action.kind !== "remove") continue;
        const now = state.get(action.previous);
        if (now?.status === "disabled" || now === void 0) {
          if (now) confirmedDisables.add(action);
          continue;
        }
        const before = options.befores?.get(identityKey(action.previous));
        if (!before?.found) {
          failures.push({
            kind: "cannot-disable",
            entry: entryOfLock(action.previous),
            why: before?.why ?? "not looked up"
          });
          continue;
        }
        sendables.push(disableSendable(action, before.entry, marker(action)));
      }
    }
  }
  options.onEvent?.({ type: "start", total: sendables.length });
  let done = 0;
  const retried = [];
  const runBatches = async (all, firstMode) => {
    for (let start = 0; start < all.length; start += options.batchSize) {
      if (interrupted()) {
        options.onEvent?.({ type: "interrupted" });
        return result("interrupted", resumed);
      }
      const batch = all.slice(start, start + options.batchSize);
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
          items: batch.map((s) => s.task),
          // Whichever run settles it records the prune it carries out, and what it keeps.
          ...mode === 1 ? { prune: replaceRecord(plan), keeps: keptEntries(plan) } : {}
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
      const settled = settle(task, status);
      writer.record(settled.record);
      for (const [index, s] of batch.entries()) {
        if (settled.confirmed[index]) {
          if (s.action.kind === "remove") confirmedDisables.add(s.action);
          else if (restoring.has(s)) restored.push(s.entry);
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
    failures.push({ kind: "error", entry: s.entry, message });
    options.onEvent?.({ type: "failed", entry: s.entry, message });
  };
  const stopped = await runBatches(sendables, replace ? 1 : 0);
  if (stopped) return stopped;
  if (retried.length > 0) {
    const again = retried.map(
      (s) => writeSendable(s.action, options.answers, marker, {
        inPlace: false,
        dropsOld: true
      })
    );
    const stoppedAgain = await runBatches(again, 0);
    if (stoppedAgain) return stoppedAgain;
    for (const s of again)
      if (confirmedWrites.has(s.action)) writtenAnew.add(s.action);
  }
  return result(failures.length > 0 ? "partial" : "done", resumed);
}
async function settlePendingTasks(state, writer, client, options) {
  let resumed = { tasks: 0, confirmed: 0 };
  let replaced = false;
  for (const task of state.tasks) {
    if (options.signal?.aborted) return { resumed, replaced, stopped: { outcome: "interrupted" } };
    try {
      const status = await waitForTask(client, task.id, options);
      const settled = settle(task, status);
      writer.record(settled.record);
      if (settled.record.replace) replaced = true;
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
        return { resumed, replaced, stopped: { outcome: "interrupted" } };
      if (error instanceof PlatformError || error instanceof TaskTimeoutError)
        return { resumed, replaced, stopped: { outcome: "fatal", error } };
      throw error;
    }
  }
  return { resumed, replaced };
}
function writeSendable(action, answers, marker, how) {
  const { entry } = action;
  const oldIntent = how.inPlace && action.kind === "rename" ? action.oldIntent : void 0;
  const dropped = how.dropsOld && action.kind === "rename" ? action.oldIntent : void 0;
  const unpublished = action.kind === "unchanged" ? action.previous.unpublished : marker(action, { inPlace: oldIntent !== void 0 });
  const written = lockEntryOf(entry, action.hash);
  return {
    item: {
      skill: entry.skill,
      intent: entry.title,
      ...oldIntent === void 0 ? {} : { oldIntent },
      threshold: thresholdText(entry),
      disable: false,
      questions: entry.questions,
      answers: [answers.read(entry).content]
    },
    task: {
      entry: { ...written, ...unpublished ? { unpublished } : {}, api: "v2" },
      ...(oldIntent ?? dropped) === void 0 ? {} : { renamedFrom: oldIntent ?? dropped }
    },
    // A replace's unchanged entries are counted as written (see `written` in importAll's result).
    action,
    entry
  };
}
function disableSendable(action, before, unpublished) {
  const { previous } = action;
  return {
    item: {
      skill: previous.skill,
      intent: previous.title,
      disable: true,
      questions: before.questions,
      answers: [answerContent(before.messages)]
    },
    // "new" stays "new": a publish changes nothing for it (the counts leave it out), and should
    // the content bring it back, the live bot still has never had it.
    task: { entry: { ...previous, status: "disabled", unpublished, api: "v2" } },
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
    hash: previous.hash
  };
}
function keptEntries(plan) {
  return prunedEntries(plan.actions.flatMap((a) => a.kind === "remove" ? [] : [a.entry]));
}
function replaceRecord(plan) {
  const kept = plan.actions.filter((a) => a.kind !== "remove").length;
  const removes = plan.prune?.removes ?? [];
  return {
    at: (/* @__PURE__ */ new Date()).toISOString(),
    removed: removes.length,
    kept,
    unpublished: liveRemovals(removes)
  };
}
function settle(task, status) {
  const imported = new Map(
    status.imported.map((i) => [identityKey({ skill: i.skill, title: i.intent }), i])
  );
  const allOk = status.state === "succeeded" && status.failCount === 0 && status.imported.length === 0;
  const confirmed = task.items.map((item) => allOk || imported.has(identityKey(item.entry)));
  const entries = [];
  const renamed = [];
  for (const [index, item] of task.items.entries()) {
    if (!confirmed[index]) continue;
    const ids = imported.get(identityKey(item.entry));
    entries.push({
      ...item.entry,
      ...ids?.skillId === void 0 ? {} : { skillId: ids.skillId },
      ...ids?.intentId === void 0 ? {} : { intentId: ids.intentId }
    });
    if (item.renamedFrom !== void 0)
      renamed.push({ skill: item.entry.skill, title: item.renamedFrom });
  }
  const whole = task.mode === 1 && status.state === "succeeded";
  const record = whole ? { ...task.prune ?? { removed: 0, kept: task.items.length }, at: (/* @__PURE__ */ new Date()).toISOString() } : void 0;
  return {
    confirmed,
    record: { settled: task.id, entries, renamed, ...record ? { replace: record } : {} }
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
        remedy: { kind: "publish-again", when: "failed" }
      });
    }
    if (Date.now() + waitMs > deadline) {
      throw new PublishError(
        `publishing did not finish within ${Math.round(timeoutMs / 1e3)} s (last progress ${progress.progress}%).`,
        { remedy: { kind: "publish-again", when: "timed-out" } }
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
  if (prune?.refusal) throw new PruneRefusedError(prune.refusal);
  if (plan.api === "v1" && plan.pendingTasks > 0) {
    throw unsettledTasksError(plan.pendingTasks);
  }
  const writes = plan.actions.filter(isWrite);
  const drift = plan.actions.filter(isRemove);
  const disabling = prune?.mode === "disable";
  const result = (run) => ({
    plan,
    dryRun: options.dryRun,
    drift: run.pruned && !disabling ? [] : drift.filter((a) => !(run.disabled ?? []).includes(a)),
    lockfileChanged: false,
    disabled: [],
    ...run,
    elapsedMs: Date.now() - started
  });
  if (options.dryRun) {
    const publishes = options.publish && (writes.length > 0 || prune || plan.unpublished > 0 || plan.prunedUnpublished.length > 0);
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
  const mustPublish = options.publish && (writes.length > 0 || prune !== void 0 || state.owesPublish);
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
      prunedUnpublished: state.prunedUnpublished,
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
    const turn = throttle(async () => {
    });
    const beforeWrite = async () => {
      await turn();
      if (options.signal?.aborted) throw new NotSentError();
    };
    let run;
    if (plan.api === "v2") {
      if (!options.connectV2) throw new Error("applyPlan: a v2 plan needs connectV2");
      const v2 = options.connectV2({ beforeRequest: turn });
      client = v2;
      const timer = setInterval(
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
        clearInterval(timer);
      }
    } else {
      const v1 = options.connect({ beforeRequest: beforeWrite });
      client = v1;
      run = prune ? await pruneAll(plan, writer, v1, options) : await writeAll(plan, writes, writer, v1, options);
    }
    await writer.flush();
    let publish = { status: options.publish ? "not-needed" : "not-asked" };
    if (mustPublish && (run.outcome === "fatal" || run.outcome === "interrupted" || state.missing > 0)) {
      publish = { status: "skipped" };
    } else if (mustPublish && state.owesPublish) {
      publish = await publishState(client, writer, state, options);
    }
    await writer.close();
    const failed = run.outcome === "done" && publish.status === "failed";
    return result({
      ...run,
      // Drift is what the state still holds as removed: not what a prune removed or a disable
      // switched off, nor what a replace an interrupted run left deleted (settled first).
      drift: drift.filter((a) => state.get(a.previous)?.status === "removed"),
      outcome: failed ? "partial" : run.outcome,
      pruned: Boolean(prune) && run.fatal === void 0 && run.outcome !== "interrupted",
      publish,
      unpublished: state.unpublished,
      prunedUnpublished: state.prunedUnpublished,
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
  const { entries, disabled, removed } = state.publishEffect;
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
  return { status: "done", entries, disabled, removed };
}
async function pruneAll(plan, writer, client, options) {
  const live = plan.actions.flatMap((a) => a.kind === "remove" ? [] : [a]);
  const writes = plan.actions.filter(isWrite);
  const removes = plan.prune?.removes ?? plan.stillOnPlatform;
  options.onEvent?.({ type: "prune", removes: removes.length, keeps: live.length });
  try {
    await client.batchImportSkill(
      1,
      live.map((a) => autoReply(a.entry, options.answers))
    );
  } catch (error) {
    if (error instanceof NotSentError) {
      return { outcome: "interrupted", written: 0, writes: [], failures: [] };
    }
    if (!(error instanceof PlatformError)) throw error;
    return { outcome: "fatal", written: 0, writes: [], failures: [], fatal: error };
  }
  const marker = writtenMarkers(plan);
  writer.record({
    prune: {
      at: (/* @__PURE__ */ new Date()).toISOString(),
      removed: removes.length,
      kept: live.length,
      // Until a publish the live bot still has what the replace removed (what it had).
      unpublished: liveRemovals(removes)
    },
    entries: live.map((a) => {
      const entry = lockEntryOf(a.entry, a.hash);
      const unpublished = a.kind === "unchanged" ? a.previous.unpublished : marker(a);
      return unpublished ? { ...entry, unpublished } : entry;
    })
  });
  return { outcome: "done", written: live.length, writes, failures: [] };
}
var NotSentError = class extends Error {
  name = "NotSentError";
};
async function writeAll(plan, writes, writer, client, options) {
  const stop = new AbortController();
  setMaxListeners(options.concurrency * 4 + 10, stop.signal);
  const failures = [];
  const confirmed = /* @__PURE__ */ new Set();
  let fatal;
  let written = 0;
  const interrupted = () => options.signal?.aborted === true;
  const limit = pLimit(options.concurrency);
  const marker = writtenMarkers(plan);
  options.onEvent?.({ type: "start", total: writes.length });
  const timer = setInterval(
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
            await client.setAutoReply(autoReply(action.entry, options.answers), {
              signal: stop.signal
            });
          } catch (error) {
            if (error instanceof NotSentError) return;
            if (fatal) return;
            if (error instanceof PlatformError && error.fatal) {
              fatal = error;
              stop.abort();
              return;
            }
            const message = error instanceof Error ? error.message : String(error);
            failures.push({ kind: "error", entry: action.entry, message });
            options.onEvent?.({ type: "failed", entry: action.entry, message });
            return;
          }
          writer.record({ write: writtenEntry(action, marker) });
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
    clearInterval(timer);
  }
  failures.sort((a, b) => compareStrings(a.entry.source, b.entry.source));
  const done = writes.filter((a) => confirmed.has(a));
  if (fatal) return { outcome: "fatal", written, writes: done, failures, fatal };
  if (interrupted()) {
    options.onEvent?.({ type: "interrupted" });
    return { outcome: "interrupted", written, writes: done, failures };
  }
  return { outcome: failures.length > 0 ? "partial" : "done", written, writes: done, failures };
}
function writtenEntry(action, marker) {
  const mayBeDisabled = action.kind === "update" && (action.enable === true || action.previous.mayBeDisabled === true);
  return {
    ...lockEntryOf(action.entry, action.hash),
    unpublished: marker(action),
    ...mayBeDisabled ? { mayBeDisabled: true } : {}
  };
}
function autoReply(entry, answers) {
  const { skill, title, questions } = entry;
  return { skill, title, questions, content: answers.read(entry).content };
}
function isRemove(action) {
  return action.kind === "remove";
}
function isWrite(action) {
  return action.kind === "create" || action.kind === "update" || action.kind === "rename";
}
function unsettledTasksError(tasks) {
  return new UsageError(
    `the lockfile records ${tasks === 1 ? "a v2 import task" : `${tasks} v2 import tasks`} not yet settled (a v2 run was interrupted); v1 cannot settle ${tasks === 1 ? "it" : "them"}.`,
    { remedy: { kind: "settle-v2-tasks" } }
  );
}
async function publishLockfile(snapshot, options) {
  const tasks = snapshot.lock.tasks?.length ?? 0;
  const { state, writer } = await openLockWriter(snapshot, options.lockfile);
  const client = options.connect({ beforeRequest: async () => {
  } });
  try {
    let resumed;
    if (tasks > 0) {
      const { fetchTask } = client;
      if (!fetchTask) throw unsettledTasksError(tasks);
      const settled = await settlePendingTasks(
        state,
        writer,
        { fetchTask: fetchTask.bind(client) },
        options
      );
      resumed = settled.resumed;
      if (settled.stopped?.outcome === "interrupted") {
        throw new PlatformError("async/fetch: the call was cancelled.", {
          action: "async/fetch",
          kind: "aborted"
        });
      }
      if (settled.stopped) {
        await writer.close();
        throw settled.stopped.error;
      }
    }
    if (state.missing > 0) {
      await writer.close();
      throw new UsageError(
        `a replace of the whole bot (import mode 1) was cut short: the bot lacks ${plural(state.missing, "entry", "entries")} the content keeps, and a publish would take ${state.missing === 1 ? "it" : "them"} off the live bot too.`,
        { remedy: { kind: "finish-replace" } }
      );
    }
    const publish = await publishState(client, writer, state, options);
    await writer.close();
    return { publish, resumed, unpublished: state.unpublished, lockfileChanged: writer.changed };
  } finally {
    client.close();
    await writer.close().catch(() => {
    });
  }
}

// src/sync/before.ts
import { execFile, spawn } from "node:child_process";
import path4 from "node:path";
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
  const head = await git(root, ["rev-parse", "--verify", "-q", "HEAD"]);
  const commits = [lastSync.stdout.trim(), head.stdout.trim()].filter(
    (c, i, all) => c !== "" && all.indexOf(c) === i
  );
  if (commits.length === 0) return missing("the repository has no commit yet");
  const blobs = new BlobReader(root);
  try {
    for (const [key, previous] of wanted) {
      const file = contentDir === "" ? previous.source : `${contentDir}/${previous.source}`;
      let found = await findVersion(blobs, commits, file, previous);
      if (!found) {
        const history = await git(root, ["log", `-n${HISTORY_DEPTH}`, "--format=%H", "--", file]);
        const more = history.stdout.split("\n").filter((c) => c !== "" && !commits.includes(c));
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
    const { compileFile } = await loadCompiler();
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
    this.#child.stdout.on("data", (chunk) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
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
      const n = length(this.#buffer);
      if (n !== void 0) {
        const out = this.#buffer.subarray(0, n);
        this.#buffer = this.#buffer.subarray(n);
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
  return path4.relative(root, absolute).split(path4.sep).join("/");
}

// src/render/preview.ts
import { createHash } from "node:crypto";

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
  emptyChangesPending: "Nothing to review in the content: no entry would be created, changed or renamed. But the live bot still answers as at the last publish, until a publish: since then {pending} (`faqops plan` names them).",
  pendingWritten: "{entries} written",
  pendingDisabled: "{entries} disabled",
  pendingRemoved: "{entries} removed by a prune",
  pendingTasks: "{tasks} of an interrupted run not yet settled",
  taskOne: "{n} import task",
  taskOther: "{n} import tasks",
  pendingJoin: " and ",
  sideBefore: "On the bot now",
  sideBeforeUnpublished: "Written to the bot, not yet published (the live bot may still answer otherwise)",
  sideAfter: "After this change",
  beforeUnavailable: "Previous version not available",
  notLookedUp: "it was not looked up",
  notOnBotYet: "Not on the bot yet: a new entry.",
  notInContent: "Not in the content",
  notForTarget: "Not for this target",
  badgeCreate: "new",
  badgeResend: "sent again ({resend})",
  badgeUpdate: "changed",
  badgeRenamed: "renamed",
  badgeMoved: "moved",
  badgeRemove: "not in the content",
  badgeExcluded: "not for this target",
  noteRenamed: "Renamed from {from} (same {by}); the old one stays on the bot until {prune} removes it.",
  noteMoved: "Moved from {from} (same {by}); the old one stays on the bot until {prune} removes it.",
  matchedById: "id",
  matchedByFile: "file",
  noteRemove: "{why}; still on the bot until {prune} removes it.",
  // What sends every entry again, and what takes drift off: the CLI's flags, the action's inputs.
  resendCli: "--resend-all",
  resendAction: "resend-all: true",
  pruneCli: "faqops apply --prune",
  pruneAction: "an apply with prune: true",
  driftDeleted: "deleted",
  driftDraft: "now a draft",
  driftExcluded: "not for this target",
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
  emptyChangesPending: "\u5185\u5BB9\u4E2D\u6CA1\u6709\u9700\u8981\u5BA1\u9605\u7684\u6539\u52A8\uFF1A\u6CA1\u6709\u6761\u76EE\u4F1A\u88AB\u65B0\u5EFA\u3001\u4FEE\u6539\u6216\u91CD\u547D\u540D\u3002\u4F46\u5728\u53D1\u5E03\u4E4B\u524D\uFF0C\u7EBF\u4E0A\u673A\u5668\u4EBA\u4ECD\u6309\u4E0A\u6B21\u53D1\u5E03\u65F6\u7684\u5185\u5BB9\u56DE\u7B54\uFF1A\u6B64\u540E{pending}\uFF08`faqops plan` \u4F1A\u5217\u51FA\u5B83\u4EEC\uFF09\u3002",
  pendingWritten: "\u5199\u5165\u4E86 {entries}",
  pendingDisabled: "\u505C\u7528\u4E86 {entries}",
  pendingRemoved: "\u88AB prune \u5220\u9664\u4E86 {entries}",
  pendingTasks: "\u4E2D\u65AD\u7684\u8FD0\u884C\u7559\u4E0B {tasks}\u5C1A\u672A\u786E\u8BA4\u7ED3\u679C",
  taskOne: "{n} \u4E2A\u5BFC\u5165\u4EFB\u52A1",
  taskOther: "{n} \u4E2A\u5BFC\u5165\u4EFB\u52A1",
  pendingJoin: "\uFF0C",
  sideBefore: "\u673A\u5668\u4EBA\u4E0A\u7684\u73B0\u72B6",
  sideBeforeUnpublished: "\u5DF2\u5199\u5165\u673A\u5668\u4EBA\uFF0C\u5C1A\u672A\u53D1\u5E03\uFF08\u7EBF\u4E0A\u673A\u5668\u4EBA\u53EF\u80FD\u4ECD\u6309\u4E4B\u524D\u7684\u7248\u672C\u56DE\u7B54\uFF09",
  sideAfter: "\u672C\u6B21\u53D8\u66F4\u540E",
  beforeUnavailable: "\u4E4B\u524D\u7684\u7248\u672C\u65E0\u6CD5\u663E\u793A",
  notLookedUp: "\u6CA1\u6709\u67E5\u627E",
  notOnBotYet: "\u673A\u5668\u4EBA\u4E0A\u8FD8\u6CA1\u6709\uFF1A\u8FD9\u662F\u65B0\u6761\u76EE\u3002",
  notInContent: "\u4E0D\u5728\u5185\u5BB9\u4E2D",
  notForTarget: "\u4E0D\u5C5E\u4E8E\u8FD9\u4E2A\u76EE\u6807",
  badgeCreate: "\u65B0\u5EFA",
  badgeResend: "\u91CD\u65B0\u53D1\u9001\uFF08{resend}\uFF09",
  badgeUpdate: "\u5DF2\u4FEE\u6539",
  badgeRenamed: "\u5DF2\u91CD\u547D\u540D",
  badgeMoved: "\u5DF2\u79FB\u52A8",
  badgeRemove: "\u4E0D\u5728\u5185\u5BB9\u4E2D",
  badgeExcluded: "\u4E0D\u5C5E\u4E8E\u8FD9\u4E2A\u76EE\u6807",
  noteRenamed: "\u7531 {from} \u91CD\u547D\u540D\u800C\u6765\uFF08{by}\u76F8\u540C\uFF09\uFF1B\u65E7\u6761\u76EE\u4ECD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u76F4\u5230 {prune} \u5C06\u5176\u79FB\u9664\u3002",
  noteMoved: "\u7531 {from} \u79FB\u52A8\u800C\u6765\uFF08{by}\u76F8\u540C\uFF09\uFF1B\u65E7\u6761\u76EE\u4ECD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\uFF0C\u76F4\u5230 {prune} \u5C06\u5176\u79FB\u9664\u3002",
  matchedById: "id ",
  matchedByFile: "\u6587\u4EF6",
  noteRemove: "{why}\uFF1B\u5728 {prune} \u5C06\u5176\u79FB\u9664\u4E4B\u524D\uFF0C\u4ECD\u7559\u5728\u673A\u5668\u4EBA\u4E0A\u3002",
  resendCli: "--resend-all",
  resendAction: "resend-all: true",
  pruneCli: "faqops apply --prune",
  pruneAction: "\u5E26 prune: true \u7684 apply",
  driftDeleted: "\u5DF2\u4ECE\u5185\u5BB9\u4E2D\u5220\u9664",
  driftDraft: "\u5DF2\u6539\u4E3A\u8349\u7A3F",
  driftExcluded: "\u4E0D\u5C5E\u4E8E\u8FD9\u4E2A\u76EE\u6807",
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
    (whole, name) => Object.hasOwn(values, name) ? String(values[name]) : whole
  );
}
function previewText(lang, key, values) {
  return fillPlaceholders(PREVIEW_STRINGS[lang][key], values);
}
function previewCount(lang, n, one, other) {
  return previewText(lang, n === 1 ? one : other, { n });
}
function previewScriptStrings(lang) {
  const strings = PREVIEW_STRINGS[lang];
  return Object.fromEntries(
    PREVIEW_SCRIPT_KEYS.map((key) => [key, strings[key]])
  );
}
function previewPhrase(kind, text, lang) {
  if (lang === "en") return text;
  const entries = registeredKinds()[kind];
  if (!Array.isArray(entries)) return text;
  return translate(entries, text)?.text ?? text;
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
      (a, b) => a.rank - b.rank || Number(b.source.skill === fromSkill) - Number(a.source.skill === fromSkill) || a.order - b.order
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
      articles: message.news.articles.map((a) => ({
        title: a.title,
        description: a.description,
        url: a.url,
        href: webUrl(a.url),
        pic: viewImage(a.picurl),
        type: a.type
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
function entrySource(entry, answers) {
  return {
    skill: entry.skill,
    title: entry.title,
    questions: entry.questions,
    // Read only when shown: an answer may be read from the compile cache.
    messages: () => answers.read(entry).messages
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
function entriesPageData(entries, answers, { lang = "en" } = {}) {
  const sorted = [...entries].sort(
    (a, b) => compareIdentity(a, b) || compareStrings(a.source, b.source)
  );
  const sources = new Map(sorted.map((e) => [e, entrySource(e, answers)]));
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
  const drafts = entries.filter((e) => e.draft).length;
  const skills = new Set(entries.map((e) => e.skill)).size;
  return {
    mode: "entries",
    heading: previewText(lang, "headingEntries"),
    summary: previewText(lang, "summaryEntries", {
      entries: previewCount(lang, entries.length, "entryOne", "entryOther"),
      skills: previewCount(lang, skills, "skillOne", "skillOther"),
      drafts: drafts > 0 ? previewCount(lang, drafts, "draftsOne", "draftsOther") : ""
    }),
    empty: previewText(lang, "emptyEntries"),
    answers: table.drain(),
    groups: groupBySkill(items),
    ui: previewScriptStrings(lang)
  };
}
function changesPageData(plan, answers, before = /* @__PURE__ */ new Map(), { lang = "en", audience = "cli" } = {}) {
  const why = (text) => previewPhrase("before-why", text, lang);
  const table = new AnswerTable();
  const afterSources = /* @__PURE__ */ new Map();
  const beforeSources = /* @__PURE__ */ new Map();
  const beforeAskable = [];
  for (const action of plan.actions) {
    if (action.kind !== "remove") {
      const source = entrySource(action.entry, answers);
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
  const prunes = plan.prune !== void 0 && plan.prune.refusal === void 0;
  const drift = prunes ? [] : plan.actions.flatMap(
    (a) => a.kind === "remove" ? [beforeSources.get(identityKey(a.previous))] : []
  );
  const afterWorld = new AnswerWorld(table, [...afterSources.values(), ...drift]);
  const beforeWorld = new AnswerWorld(table, beforeAskable);
  const beforeSide = (action) => {
    const key = identityKey(action.previous);
    const source = beforeSources.get(key);
    const label = previewText(
      lang,
      action.previous.unpublished ? "sideBeforeUnpublished" : "sideBefore"
    );
    if (source.unavailable === void 0) return { label, answer: beforeWorld.add(source) };
    return {
      label,
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
    const item = changeItem(action, beforeSide, afterSide, lang, audience);
    if (item) items.push({ skill: identityOf(action).skill, item });
  }
  return {
    mode: "changes",
    heading: previewText(lang, "headingChanges"),
    summary: previewPhrase("plan-summary", planSummary(plan), lang),
    empty: emptyChanges(plan, lang),
    answers: table.drain(),
    groups: groupBySkill(items),
    ui: previewScriptStrings(lang)
  };
}
function emptyChanges(plan, lang) {
  const count = (n) => previewCount(lang, n, "entryOne", "entryOther");
  const { written, disabled } = unpublishedCounts(plan.unpublishedEntries);
  const pending = [
    ...written > 0 ? [previewText(lang, "pendingWritten", { entries: count(written) })] : [],
    ...disabled > 0 ? [previewText(lang, "pendingDisabled", { entries: count(disabled) })] : [],
    ...plan.prunedUnpublished.length > 0 ? [
      previewText(lang, "pendingRemoved", {
        entries: count(plan.prunedUnpublished.length)
      })
    ] : [],
    ...plan.pendingTasks > 0 ? [
      previewText(lang, "pendingTasks", {
        tasks: previewCount(lang, plan.pendingTasks, "taskOne", "taskOther")
      })
    ] : []
  ];
  if (pending.length === 0) return previewText(lang, "emptyChanges");
  return previewText(lang, "emptyChangesPending", {
    pending: pending.join(previewText(lang, "pendingJoin"))
  });
}
function changeItem(action, beforeSide, afterSide, lang, audience) {
  const inputs = audience === "action";
  const prune = previewText(lang, inputs ? "pruneAction" : "pruneCli");
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
        badge: action.resend ? previewText(lang, "badgeResend", {
          resend: previewText(lang, inputs ? "resendAction" : "resendCli")
        }) : previewText(lang, "badgeUpdate"),
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
          by: previewText(lang, action.matchedBy === "id" ? "matchedById" : "matchedByFile"),
          prune
        }),
        sides: [beforeSide(action), afterSide(entry)]
      };
    }
    case "remove": {
      const excluded = action.reason === "excluded";
      return {
        kind: "remove",
        badge: previewText(lang, excluded ? "badgeExcluded" : "badgeRemove"),
        source: action.previous.source,
        note: capitalise(previewText(lang, "noteRemove", { why: driftWhy2(action, lang), prune })),
        sides: [
          beforeSide(action),
          {
            label: previewText(lang, "sideAfter"),
            empty: previewText(lang, excluded ? "notForTarget" : "notInContent"),
            why: driftWhy2(action, lang)
          }
        ]
      };
    }
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
    case "excluded":
      return previewText(lang, "driftExcluded");
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
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function cspHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
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
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c
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
function renderPreview(entries, answers, options = {}) {
  return renderPreviewPage(entriesPageData(entries, answers, options), options);
}
function renderChangesPreview(plan, answers, before = /* @__PURE__ */ new Map(), options = {}) {
  return renderPreviewPage(changesPageData(plan, answers, before, options), options);
}

export {
  EXIT_CODES,
  exitCodeFor,
  exitCodeForApply,
  exitCodeForProblems,
  exitCodeForPlan,
  isBug,
  escapeMarkdown,
  escapeHtml,
  helpText,
  helpTitle,
  helpExtraInfo,
  LANGS,
  LANG_VARIABLE,
  parseLang,
  resolveLang,
  localizeDiagnostic,
  localizeText,
  localizeMarkdown,
  createTranslator,
  pruneRefusalText,
  pruneRefusedText,
  describeError,
  bugFrames,
  errorWords,
  serializeLockfile,
  readLockSnapshot,
  CONFIG_FILE,
  projectTargets,
  contentTargets,
  loadProject,
  projectContentOptions,
  projectSyncOptions,
  loadTargetInputs,
  planHasChanges,
  actionEffect,
  planSync,
  answerMarkdown,
  diffEntry,
  isEmptyDiff,
  COLORS,
  NO_COLORS,
  colorWanted,
  diffStyleFor,
  diffHtml,
  planSummary,
  driftWhere,
  apiNotes,
  cannotDisableText,
  disableBlocked,
  disablesOf,
  disableShare,
  unpublishedDriftLine,
  DISABLED_UNPUBLISHED,
  unpublishedPhrase,
  removeReason,
  driftWhy,
  renderPlanText,
  planJson,
  lockNotes,
  renderApplyText,
  renderApplyMarkdown,
  settledFirstSentence,
  publishedSentence,
  applyPlan,
  publishLockfile,
  loadBefore,
  renderPreview,
  renderChangesPreview
};

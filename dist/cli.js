#!/usr/bin/env node
import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  COLORS,
  CREDENTIAL_VARIABLES,
  DecryptError,
  ENDPOINT_VARIABLE,
  LANGS,
  LANG_VARIABLE,
  NO_COLORS,
  PUBLISH_REMEDY,
  apiNotes,
  applyPlan,
  checkToken,
  colorWanted,
  createClient,
  createCryptor,
  createV2Client,
  diffStyleFor,
  driftRemedy,
  driftWhy,
  helpExtraInfo,
  helpText,
  helpTitle,
  hintLabel,
  identityKey,
  identityOf,
  loadBefore,
  loadContent,
  loadSyncInputs,
  localizeDiagnostic,
  localizeError,
  localizeText,
  lockNotes,
  md5Hex,
  paceGarbageCollection,
  planHasChanges,
  planJson,
  planSummary,
  planSync,
  plural,
  publishLockfile,
  readCredentials,
  readLockSnapshot,
  readV2Credentials,
  renderChangesPreview,
  renderPlanText,
  renderPreview,
  resolveEndpoint,
  resolveLang,
  serializeLockfile,
  unpublishedPhrase,
  validateAcrossEntries
} from "./chunks/chunk-CCLUT7UY.js";
import {
  API_VARIABLE,
  CACHE_DIR,
  ContentError,
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  DEFAULT_LOCKFILE,
  DEFAULT_RATE,
  DEFAULT_THRESHOLD,
  DEFAULT_V2_ENDPOINT,
  EMULATOR_DIR,
  FRONT_MATTER_KEYS,
  FaqopsError,
  ID_PATTERN,
  LIMITS,
  RULES,
  StateFileError,
  THRESHOLD_DECIMALS,
  UsageError,
  VERSION,
  alike,
  answerContent,
  booleanValue,
  characterCount,
  choiceValue,
  cleanText,
  compareStrings,
  compileFile,
  countDiagnostics,
  displayPath,
  exitCodeFor,
  findEntryFiles,
  integerValue,
  isInside,
  numberValue,
  oneLine,
  require_dist,
  resolveContentOptions,
  resolveSyncOptions,
  scanContentFolder,
  shareValue,
  sortDiagnostics,
  stringValue,
  temporaryPathBeside,
  thresholdText,
  writeFileAtomic
} from "./chunks/chunk-NAALL5NT.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-SJR6QM7P.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode2, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode2;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line2) => {
          const chunks = line2.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path15 = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write2) => write2(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode2, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode2, code, message));
        }
        process2.exit(exitCode2);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path15.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path15.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path15.resolve(
            path15.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path15.basename(
              this._scriptPath,
              path15.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path15.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode2 = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode2, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path15.basename(filename, path15.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path16) {
        if (path16 === void 0) return this._executableDir;
        this._executableDir = path16;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text2 = helper.formatHelp(this, helper);
        if (context.hasColors) return text2;
        return this._outputConfiguration.stripColor(text2);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write2 = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write: write2, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode2 = Number(process2.exitCode ?? 0);
        if (exitCode2 === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode2 = 1;
        }
        this._exit(exitCode2, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text2) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text2 === "function") {
            helpStr = text2({ error: context.error, command: context.command });
          } else {
            helpStr = text2;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/commands/apply.ts
import path5 from "node:path";

// src/render/apply.ts
var LIST_LIMIT = 20;
function renderApplyText(result, options) {
  const { plan } = result;
  const limit = options.quiet ? 0 : options.limit ?? LIST_LIMIT;
  const lines = [headline(result)];
  if (result.resumed && result.resumed.tasks > 0) {
    lines.push(
      `Settled first: ${plural(result.resumed.tasks, "import task", "import tasks")} an interrupted run left in flight (${plural(result.resumed.confirmed, "entry", "entries")} confirmed by ${result.resumed.tasks === 1 ? "it" : "them"}).`
    );
  }
  const disabling = plan.prune?.mode === "disable";
  if (result.writes.length > 0 && (!result.pruned || disabling)) {
    lines.push(
      ...grouped(
        result.writes,
        limit,
        (a) => `${writeSign(a)} ${a.entry.title}${result.writtenAnew?.includes(a) && a.kind === "rename" ? ` (renamed from "${a.previous.title}": the bot has no intent by that title to rename, so it was written anew)` : writeNote(a)}`
      )
    );
  }
  if (result.disabled.length > 0) {
    lines.push(
      ...grouped(
        result.disabled,
        limit,
        (a) => `- ${a.previous.title} (${driftWhy(a)}; disabled, reversibly)`
      )
    );
  }
  if (result.pruned && !result.dryRun && !disabling) {
    const removed = plan.actions.filter((a) => a.kind === "remove");
    lines.push(
      ...grouped(removed, limit, (a) => `- ${a.previous.title} (${driftWhy(a)}; removed)`)
    );
  }
  if (result.failures.length > 0) {
    lines.push(
      `Failed: ${plural(result.failures.length, "entry", "entries")} (the next run retries ${result.failures.length === 1 ? "it" : "them"}):`
    );
    const shown = options.quiet ? [] : result.failures.slice(0, Math.max(limit, 1));
    for (const f of shown)
      lines.push(`  ${f.entry.path} (${f.entry.skill} / ${f.entry.title}): ${f.message}`);
    if (result.failures.length > shown.length)
      lines.push(`  \u2026 and ${result.failures.length - shown.length} more`);
  }
  if (result.outcome === "interrupted") {
    lines.push(
      `Interrupted: ${result.written} written before the stop; run apply again to send the rest.`
    );
  }
  if ((result.pendingTasks ?? 0) > 0) {
    const n = result.pendingTasks ?? 0;
    lines.push(
      `${plural(n, "import task was", "import tasks were")} in flight and ${n === 1 ? "is" : "are"} recorded in the lockfile: the platform may still be importing ${n === 1 ? "it" : "them"}; the next apply asks how ${n === 1 ? "it" : "they"} ended before sending anything else.`
    );
  }
  if (result.drift.length > 0) {
    lines.push(
      `${plural(result.drift.length, "entry is", "entries are")} still on the bot but not in the content:`,
      ...grouped(result.drift, limit, (a) => `- ${a.previous.title} (${driftWhy(a)})`, "  "),
      `  To remove ${result.drift.length === 1 ? "it" : "them"}: ${driftRemedy(plan)}.`
    );
  }
  lines.push(...publishLines(result));
  if (!result.dryRun) {
    lines.push(
      result.lockfileChanged ? `Lockfile ${options.lockfile} updated.` : `Lockfile ${options.lockfile} unchanged.`
    );
  }
  return `${lines.join("\n")}
`;
}
function headline(result) {
  const { plan } = result;
  const disabling = plan.prune?.mode === "disable";
  const seconds = (result.elapsedMs / 1e3).toFixed(1);
  const c = plan.counts;
  const enables = plan.actions.filter((a) => a.kind === "update" && a.enable).length;
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
    if (result.drift.length === 0 && result.unpublished === 0) {
      return `Nothing to do: the platform is up to date with the content (0 requests sent). ${planSummary(plan)}
faqops knows the bot through the lockfile: if the bot was emptied or replaced since, \`faqops apply --resend-all\` writes every entry again.`;
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
  if (result.pruned) {
    return `Pruned: replaced the bot's content with ${plural(result.written, "entry", "entries")}, removing ${plural(plan.prune?.removes.length ?? 0, "entry", "entries")} (${plan.api === "v2" ? "import mode 1" : "1 request"}, ${seconds} s).`;
  }
  if (plan.writes === 0) return `Nothing to write (0 entries); ${c.unchanged} unchanged.`;
  return `Wrote ${result.written} of ${plural(plan.writes, "entry", "entries")} (${kinds}) in ${seconds} s; ${c.unchanged} unchanged.`;
}
function publishLines(result) {
  const { publish } = result;
  const owed = result.unpublished;
  switch (publish.status) {
    case "done":
      return [
        `Published: the live bot now answers with ${plural(publish.entries, "entry", "entries")} written since the last publish.`
      ];
    case "failed":
      return [
        `Publish failed: ${publish.error.message}`,
        `  ${plural(owed, "entry is", "entries are")} written but not live; the lockfile keeps ${owed === 1 ? "it" : "them"} marked unpublished, and ${PUBLISH_REMEDY}.`
      ];
    case "skipped":
      return [`Not published: the writes stopped. ${unpublishedPhrase(owed)}; ${PUBLISH_REMEDY}.`];
    default:
      if (owed === 0 || result.dryRun) return [];
      return [
        `${plural(owed, "entry is", "entries are")} written but not published: the live bot does not answer with ${owed === 1 ? "it" : "them"} yet; ${PUBLISH_REMEDY}.`
      ];
  }
}
function writeSign(action) {
  return { create: "+", update: "~", rename: "\u2192" }[action.kind];
}
function writeNote(action) {
  if (action.kind === "rename") {
    const from = action.previous;
    const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
    return ` (renamed from "${old}"${action.oldIntent === void 0 ? "" : ", in place"})`;
  }
  if (action.kind === "update" && action.enable) return " (enabled again)";
  if (action.kind === "update" && action.thresholdUnsent)
    return " (its threshold, which v1 could not send)";
  if (action.kind === "update" && action.resend) return " (sent again: --resend-all)";
  return action.kind === "create" ? " (new)" : " (changed)";
}
function grouped(actions, limit, line2, indent = "") {
  if (limit === 0) return [];
  const bySkill = /* @__PURE__ */ new Map();
  for (const action of actions) {
    const skill = identityOf(action).skill;
    const list2 = bySkill.get(skill);
    if (list2) list2.push(action);
    else bySkill.set(skill, [action]);
  }
  const lines = [];
  let shown = 0;
  for (const skill of [...bySkill.keys()].sort(compareStrings)) {
    if (shown >= limit) break;
    lines.push(`${indent}${skill}`);
    for (const action of bySkill.get(skill) ?? []) {
      if (shown >= limit) break;
      lines.push(`${indent}  ${line2(action)}`);
      shown++;
    }
  }
  if (actions.length > shown) lines.push(`${indent}  \u2026 and ${actions.length - shown} more`);
  return lines;
}

// src/sync/saved-plan.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
var SAVED_PLAN_FORMAT = "faqops-plan/1";
var StalePlanError = class extends FaqopsError {
  name = "StalePlanError";
};
function planInputs(entries, lock) {
  const files = {};
  const sources = entries.map((e) => e.source).sort(compareStrings);
  const bySource = new Map(entries.map((e) => [e.source, e]));
  const whole = createHash("sha256");
  for (const source of sources) {
    const e = bySource.get(source);
    const digest = sha256(JSON.stringify([e.skill, e.title, e.hash, e.id ?? null, e.draft])).slice(
      0,
      16
    );
    files[source] = digest;
    whole.update(`${source}	${digest}
`);
  }
  return {
    content: { fingerprint: whole.digest("hex"), files },
    lockfile: { fingerprint: sha256(serializeLockfile(lock)) }
  };
}
function savedPlanText(plan, options, inputs) {
  const saved = {
    format: SAVED_PLAN_FORMAT,
    faqops: VERSION,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    options,
    inputs,
    plan: planJson(plan)
  };
  return `${JSON.stringify(saved, null, 2)}
`;
}
function savedPlanOptions(options) {
  return {
    prune: options.prune ?? false,
    pruneMax: options.pruneMax ?? 0.25,
    force: options.force ?? false,
    resendAll: options.resendAll ?? false,
    api: options.api ?? "v1",
    replaceAll: options.replaceAll ?? false
  };
}
async function readSavedPlan(file, name) {
  let text2;
  try {
    text2 = await readFile(file, "utf8");
  } catch (error) {
    throw new StateFileError(`cannot read the plan file ${name}: ${error.message}`, {
      cause: error
    });
  }
  const fail = (what) => {
    throw new StateFileError(`${name} is not a faqops plan file: ${what}.`, {
      hint: "make one with `faqops plan --out FILE`."
    });
  };
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    return fail("it is not JSON");
  }
  if (!isObject(data) || data.format !== SAVED_PLAN_FORMAT)
    return fail(`no "format": "${SAVED_PLAN_FORMAT}"`);
  const { options, inputs } = data;
  if (!isObject(options) || typeof options.prune !== "boolean" || typeof options.pruneMax !== "number" || typeof options.force !== "boolean" || typeof options.resendAll !== "boolean" || options.api !== void 0 && options.api !== "v1" && options.api !== "v2" || options.replaceAll !== void 0 && typeof options.replaceAll !== "boolean") {
    return fail('"options" is malformed');
  }
  if (!isObject(inputs) || !isObject(inputs.content) || typeof inputs.content.fingerprint !== "string" || !isObject(inputs.content.files) || !isObject(inputs.lockfile) || typeof inputs.lockfile.fingerprint !== "string") {
    return fail('"inputs" is malformed');
  }
  if (!isObject(data.plan)) return fail('"plan" is missing');
  const saved = data;
  return {
    ...saved,
    options: {
      ...saved.options,
      api: saved.options.api ?? "v1",
      replaceAll: saved.options.replaceAll ?? false
    }
  };
}
function checkSavedPlan(saved, fresh, names) {
  const remake = `make a new plan (\`faqops plan${planFlags(saved.options)} --out ${names.file}\`), review it, and apply that one.`;
  if (saved.inputs.content.fingerprint !== fresh.inputs.content.fingerprint) {
    const what = firstDifference(saved.inputs.content.files, fresh.inputs.content.files);
    throw new StalePlanError(
      `the content changed since the plan ${names.file} was made${what ? `: ${names.content}/${what}` : ""}; nothing was sent.`,
      { hint: remake }
    );
  }
  const freshJson = planJson(fresh.plan);
  if (saved.inputs.lockfile.fingerprint !== fresh.inputs.lockfile.fingerprint) {
    const what = firstChangedAction(saved.plan, freshJson);
    throw new StalePlanError(
      `the lockfile ${names.lockfile} changed since the plan ${names.file} was made (another apply ran?)${what ? `; the plan for ${what} is no longer the same` : ""}; nothing was sent.`,
      { hint: remake }
    );
  }
  if (JSON.stringify(freshJson) !== JSON.stringify(saved.plan)) {
    const what = firstChangedAction(saved.plan, freshJson);
    throw new StalePlanError(
      `the plan ${names.file} (made by faqops ${saved.faqops}) differs from what this faqops (${VERSION}) plans from the same content and lockfile${what ? `, first at ${what}` : ""}; nothing was sent.`,
      { hint: remake }
    );
  }
}
function planFlags(options) {
  const flags = [];
  if (options.api !== "v1") flags.push(`--api ${options.api}`);
  if (options.prune) flags.push("--prune");
  if (options.prune && options.pruneMax !== 0.25) flags.push(`--prune-max ${options.pruneMax}`);
  if (options.force) flags.push("--force");
  if (options.replaceAll) flags.push("--replace-all");
  if (options.resendAll) flags.push("--resend-all");
  return flags.map((f) => ` ${f}`).join("");
}
function firstDifference(before, after) {
  const paths = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareStrings);
  for (const path15 of paths) {
    if (before[path15] === after[path15]) continue;
    if (before[path15] === void 0) return `${path15} was added`;
    if (after[path15] === void 0) return `${path15} was removed`;
    return `${path15} changed`;
  }
  return void 0;
}
function firstChangedAction(saved, fresh) {
  const key = (c) => `${c.skill} / ${c.title}`;
  const index = (plan) => {
    const changes = isObject(plan) && Array.isArray(plan.changes) ? plan.changes : [];
    return new Map(
      changes.filter(isObject).map((c) => [`${c.action} ${key(c)}`, JSON.stringify(c)])
    );
  };
  const a = index(saved);
  const b = index(fresh);
  const keys = [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort(compareStrings);
  const first = keys.find((k) => a.get(k) !== b.get(k));
  return first === void 0 ? void 0 : `"${first.slice(first.indexOf(" ") + 1)}"`;
}
function sha256(text2) {
  return createHash("sha256").update(text2).digest("hex");
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/cli/platform.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";

// src/platform/emulator/index.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/platform/emulator/v2-import.ts
var FIRST_IDS = Object.freeze({
  nextSkillId: 1001,
  nextIntentId: 500001
});
function applyImport(entries, ids, mode, items, rejectTexts = []) {
  if (mode === 1) entries.clear();
  const skillIds = /* @__PURE__ */ new Map();
  for (const e of entries.values()) {
    if (e.skillId !== void 0 && !skillIds.has(e.skill)) skillIds.set(e.skill, e.skillId);
  }
  const skillIdOf = (skill) => {
    let id = skillIds.get(skill);
    if (id === void 0) {
      id = ids.nextSkillId++;
      skillIds.set(skill, id);
    }
    return id;
  };
  const succeeded = [];
  const failed = [];
  const written = [];
  let replaced = 0;
  const unsafe = (item) => rejectTexts.find(
    (t) => [item.intent, ...item.questions, ...item.answers].some((text2) => text2.includes(t))
  );
  for (const item of items) {
    const key = identityKey({ skill: item.skill, title: item.intent });
    const refused = unsafe(item);
    if (refused !== void 0) {
      failed.push({
        skill: item.skill,
        intent: item.intent,
        msg: `content failed the safety check (110003): "${refused}"`
      });
      continue;
    }
    let previous = entries.get(key);
    if (item.oldIntent !== void 0 && item.oldIntent !== item.intent) {
      const oldKey = identityKey({ skill: item.skill, title: item.oldIntent });
      const renamed = entries.get(oldKey);
      if (!renamed) {
        failed.push({
          skill: item.skill,
          intent: item.intent,
          msg: `old_intent "${item.oldIntent}" does not exist in skill "${item.skill}"`
        });
        continue;
      }
      if (previous) {
        failed.push({
          skill: item.skill,
          intent: item.intent,
          msg: `cannot rename "${item.oldIntent}": intent "${item.intent}" already exists in skill "${item.skill}"`
        });
        continue;
      }
      entries.delete(oldKey);
      previous = renamed;
    } else if (item.oldIntent !== void 0 && !previous) {
      failed.push({
        skill: item.skill,
        intent: item.intent,
        msg: `old_intent "${item.oldIntent}" does not exist in skill "${item.skill}"`
      });
      continue;
    }
    if (previous) replaced++;
    const entry = entryOf(item, skillIdOf(item.skill), previous?.intentId ?? ids.nextIntentId++);
    entries.set(key, entry);
    written.push(entry);
    succeeded.push({
      skill: entry.skill,
      skillId: entry.skillId,
      intent: entry.title,
      intentId: entry.intentId
    });
  }
  return { succeeded, failed, replaced, written };
}
function entryOf(item, skillId, intentId) {
  return {
    skill: item.skill,
    title: item.intent,
    // faqops sends one answer; v1's single `content` holds it, `answers` keeps several.
    content: item.answers[0],
    questions: [...item.questions],
    ...item.answers.length > 1 ? { answers: [...item.answers] } : {},
    ...item.threshold !== void 0 ? { threshold: item.threshold } : {},
    ...item.disable ? { disabled: true } : {},
    skillId,
    intentId
  };
}

// src/platform/emulator/v2-tasks.ts
var MAX_TASKS = 1e3;
function fetchTask(task, taskSteps, now) {
  const fetches = task.fetches + 1;
  if (task.fetches < taskSteps) {
    return {
      task: { ...task, fetches },
      report: {
        ...base(task),
        end: 0,
        progress: Math.round(task.fetches * 100 / taskSteps),
        state: 1,
        total_count: task.total
      }
    };
  }
  const end = task.end === 0 ? Math.max(task.start, now) : task.end;
  const everyItemFailed = task.total > 0 && task.succeeded.length === 0;
  return {
    task: { ...task, fetches, end },
    report: {
      ...base(task),
      end,
      fail_count: task.failed.length,
      fail_skill_info: nullIfEmpty(failedSkills(task.failed)),
      msg: everyItemFailed ? `every item failed (${task.failed.length})` : "",
      progress: 100,
      replace_count: task.replaced,
      state: everyItemFailed ? 3 : 2,
      success_count: task.succeeded.length,
      success_skill_info: nullIfEmpty(importedSkills(task.succeeded)),
      total_count: task.total
    }
  };
}
function base(task) {
  return {
    end: 0,
    fail_count: 0,
    fail_skill_info: null,
    import_export_time: null,
    msg: "",
    progress: 0,
    replace_count: 0,
    start: task.start,
    state: 1,
    success_count: 0,
    success_skill_info: null,
    success_upload_count: 0,
    total_count: 0,
    url: ""
  };
}
var nullIfEmpty = (list2) => list2.length === 0 ? null : list2;
function importedSkills(intents) {
  const skills = /* @__PURE__ */ new Map();
  for (const i of intents) {
    let skill = skills.get(i.skill);
    if (!skill) {
      skill = { id: i.skillId, name: i.skill, intents: [] };
      skills.set(i.skill, skill);
    }
    skill.intents.push({ id: i.intentId, name: i.intent });
  }
  return [...skills.values()];
}
function failedSkills(items) {
  const skills = /* @__PURE__ */ new Map();
  for (const i of items) {
    let skill = skills.get(i.skill);
    if (!skill) {
      skill = { name: i.skill, intents: [] };
      skills.set(i.skill, skill);
    }
    skill.intents.push({ name: i.intent, msg: i.msg });
  }
  return [...skills.values()];
}

// src/platform/emulator/bot.ts
var ok = (extra = {}) => ({ errcode: 0, msg: "Success", ...extra });
var ok2 = (data, msg = "success") => ({ code: 0, data, msg });
var refuse2 = (code, msg, data = null) => ({
  code,
  data,
  msg
});
function sortEntries(entries) {
  return [...entries].sort(
    (a, b) => a.skill === b.skill ? compare(a.title, b.title) : compare(a.skill, b.skill)
  );
}
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function createBot(options) {
  const { publishSteps } = options;
  const taskSteps = options.taskSteps ?? 1;
  const entries = new Map(
    (options.state?.entries ?? []).map((e) => [identityKey(e), e])
  );
  let published = options.state?.published ? [...options.state.published] : void 0;
  let publishing;
  let ids = { ...FIRST_IDS, ...pickIds(options.state?.v2) };
  const tasks = new Map((options.state?.v2?.tasks ?? []).map((t) => [t.id, t]));
  const write2 = (written) => {
    for (const entry of written) {
      const key = identityKey(entry);
      const previous = entries.get(key);
      entries.set(
        key,
        previous?.intentId === void 0 ? entry : { ...entry, skillId: previous.skillId, intentId: previous.intentId }
      );
    }
  };
  const startPublish = (fails) => {
    publishing = {
      snapshot: sortEntries(entries.values()).filter((e) => !e.disabled),
      polls: 0,
      progress: 0,
      fails
    };
  };
  function poll() {
    if (!publishing) return { progress: { progress: 100, status: 1 }, changed: false };
    const count = publishing.polls++;
    if (count < publishSteps) {
      publishing.progress = Math.round(count * 100 / publishSteps);
      return { progress: { progress: publishing.progress, status: 0 }, changed: false };
    }
    const { snapshot, fails, progress } = publishing;
    publishing = void 0;
    if (fails) return { progress: { progress, status: 2 }, changed: false };
    published = snapshot;
    return { progress: { progress: 100, status: 1 }, changed: true };
  }
  return {
    perform(call, performOptions = {}) {
      switch (call.action) {
        case "setautoreply":
          write2([call.entry]);
          return { answer: ok(), changed: true, written: [call.entry] };
        case "batchimportskill":
          if (call.mode === 1) entries.clear();
          write2(call.entries);
          return { answer: { code: 0, msg: "success" }, changed: true, written: call.entries };
        case "publish":
          startPublish(Boolean(performOptions.publishFails));
          return {
            answer: { code: 0, errcode: 0, msg: "publishing" },
            changed: false,
            written: []
          };
        case "publish_progress": {
          const { progress, changed } = poll();
          return {
            answer: { code: 0, errcode: 0, msg: "ok", data: progress },
            changed,
            written: []
          };
        }
        case "v2/import": {
          const outcome = applyImport(
            entries,
            ids,
            call.mode,
            call.items,
            performOptions.rejectTexts
          );
          tasks.set(call.taskId, {
            id: call.taskId,
            start: call.now,
            end: 0,
            fetches: 0,
            total: call.items.length,
            replaced: outcome.replaced,
            succeeded: outcome.succeeded,
            failed: outcome.failed
          });
          for (const id of tasks.keys()) {
            if (tasks.size <= MAX_TASKS) break;
            tasks.delete(id);
          }
          return {
            answer: ok2({ task_id: call.taskId }, ""),
            changed: true,
            written: outcome.written
          };
        }
        case "v2/fetch": {
          const task = tasks.get(call.taskId);
          if (!task)
            return { answer: refuse2(110002, "task not found"), changed: false, written: [] };
          const fetched = fetchTask(task, taskSteps, call.now);
          tasks.set(task.id, fetched.task);
          return { answer: ok2(fetched.report), changed: true, written: [] };
        }
        case "v2/publish":
          if (publishing) {
            return {
              answer: refuse2(210205, "the bot is already publishing"),
              changed: false,
              written: []
            };
          }
          startPublish(Boolean(performOptions.publishFails));
          return { answer: ok2({ task_id: call.taskId }), changed: false, written: [] };
        case "v2/progress": {
          if (call.env === "debug") {
            return {
              answer: ok2({ end_time: "", progress: 100, status: 1 }),
              changed: false,
              written: []
            };
          }
          const { progress, changed } = poll();
          const status = progress.status === 0 ? 3 : progress.status;
          return {
            answer: ok2({ end_time: "", progress: progress.progress, status }),
            changed,
            written: []
          };
        }
      }
    },
    entries: () => sortEntries(entries.values()),
    published: () => published ? [...published] : void 0,
    state() {
      const state = { entries: sortEntries(entries.values()), published };
      const used = tasks.size > 0 || ids.nextSkillId !== FIRST_IDS.nextSkillId || ids.nextIntentId !== FIRST_IDS.nextIntentId;
      return used ? { ...state, v2: { ...ids, tasks: [...tasks.values()] } } : state;
    },
    reset() {
      entries.clear();
      published = void 0;
      publishing = void 0;
      ids = { ...FIRST_IDS };
      tasks.clear();
    }
  };
}
function pickIds(v2) {
  return v2 ? { nextSkillId: v2.nextSkillId, nextIntentId: v2.nextIntentId } : {};
}

// src/seeded-random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/platform/emulator/faults.ts
function createFaults(options) {
  const random = seededRandom(options.seed);
  let faults = {};
  let schedule = [];
  let admitted = [];
  let counts = { failed: 0, dropped: 0, rateLimited: 0 };
  const set = (next) => {
    faults = { ...next };
    schedule = [...next.failNext ?? []];
  };
  set(options.faults ?? {});
  const status = (code, retryAfter) => ({
    code,
    retryAfter: retryAfter ?? (code === 429 || code === 503 ? faults.retryAfter ?? 1 : void 0)
  });
  function step(now) {
    const next = schedule.shift();
    if (next) {
      if ("drop" in next) {
        counts.dropped++;
        return { drop: true };
      }
      if ("status" in next) {
        counts.failed++;
        return { status: status(next.status, next.retryAfter) };
      }
      if ("errcode" in next) {
        return {
          errcode: {
            errcode: next.errcode,
            errmsg: next.errmsg ?? "error injected by the emulator"
          }
        };
      }
      return { latencyMs: next.latencyMs };
    }
    if (faults.rateLimit !== void 0) {
      admitted = admitted.filter((t) => now - t < 1e3);
      if (admitted.length >= faults.rateLimit) {
        counts.rateLimited++;
        return { status: status(429, faults.retryAfter ?? 1) };
      }
      admitted.push(now);
    }
    if (faults.dropRate && random() < faults.dropRate) {
      counts.dropped++;
      return { drop: true };
    }
    if (faults.failRate && random() < faults.failRate) {
      counts.failed++;
      return { status: status(faults.failStatus ?? 500) };
    }
    return {};
  }
  return {
    set,
    pick(now) {
      const picked = step(now);
      return { ...picked, latencyMs: (picked.latencyMs ?? 0) + (faults.latencyMs ?? 0) };
    },
    publishFails: () => Boolean(faults.publishFails),
    rejectTexts: () => faults.rejectTexts ?? [],
    counts: () => ({ ...counts }),
    reset() {
      set({});
      admitted = [];
      counts = { failed: 0, dropped: 0, rateLimited: 0 };
    }
  };
}

// src/platform/emulator/server.ts
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

// src/platform/emulator/http.ts
var MAX_BODY_BYTES = 16 * 1024 * 1024;
function rawPath(target) {
  const path15 = target.startsWith("/") ? target : new URL(target, "http://emulator").pathname;
  return path15.split(/[?#]/, 1)[0];
}
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return void 0;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function send(res, status, body, type, headers = {}) {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    ...headers
  });
  res.end(body);
}
function sendJson(res, status, value, headers) {
  send(
    res,
    status,
    `${JSON.stringify(value, null, 2)}
`,
    "application/json; charset=utf-8",
    headers
  );
}

// src/platform/emulator/page.ts
var escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function renderPage(entries, published) {
  const fingerprint = (e) => JSON.stringify([e.skill, e.title, e.content, e.questions, e.answers, e.threshold]);
  const live = new Set((published ?? []).map(fingerprint));
  const rows = entries.map((e) => {
    const cells = [
      e.skill,
      e.title,
      e.questions.join("\n"),
      e.content,
      // A disabled entry is never published: say why it is not live.
      live.has(fingerprint(e)) ? "yes" : e.disabled ? "no (disabled)" : "no"
    ];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`;
  }).join("\n");
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>faqops emulator</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;white-space:pre-wrap}</style>
</head><body>
<h1>faqops emulator</h1>
<p>${entries.length} entries; ${published ? `${published.length} published` : "never published"}. JSON: <a href="/entries">/entries</a>, <a href="/stats">/stats</a>.</p>
<table><thead><tr><th>skill</th><th>title</th><th>similar questions</th><th>answer</th><th>published</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}

// src/platform/emulator/xml.ts
var XmlSyntaxError = class extends Error {
  name = "XmlSyntaxError";
};
var ILLEGAL = new RegExp("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|\\p{Cs}", "u");
var NAME_START = ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
var NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
var NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, "uy");
var SPACE = /[ \t\n\r]*/y;
var MARKUP = /[<&]/g;
var DECLARATION = /<\?xml[ \t\n\r][^?]*\?>/y;
var PREDEFINED = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'"
};
function isXmlChar(code) {
  return code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
}
function readXml(source) {
  const illegal = ILLEGAL.exec(source);
  if (illegal) {
    const code = illegal[0].codePointAt(0);
    throw new XmlSyntaxError(
      `character U+${code.toString(16).toUpperCase().padStart(4, "0")} at offset ${illegal.index} is not allowed in XML`
    );
  }
  const text2 = source.replace(/\r\n?/g, "\n");
  let at = 0;
  const fail = (what) => {
    throw new XmlSyntaxError(`${what} at offset ${at}`);
  };
  const startsWith2 = (token) => text2.startsWith(token, at);
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text2);
    at = SPACE.lastIndex;
  };
  const readName = () => {
    NAME.lastIndex = at;
    const match = NAME.exec(text2);
    if (!match) return fail("expected a name");
    at = NAME.lastIndex;
    return match[0];
  };
  const until = (end, what) => {
    const close = text2.indexOf(end, at);
    if (close < 0) return fail(`unclosed ${what}`);
    const body = text2.slice(at, close);
    at = close + end.length;
    return body;
  };
  const readMisc = () => {
    if (startsWith2("<!--")) {
      at += 4;
      const body = until("-->", "comment");
      if (body.includes("--") || body.endsWith("-")) fail('"--" inside a comment');
      return true;
    }
    if (startsWith2("<?")) fail("a processing instruction (not part of the format)");
    if (startsWith2("<!DOCTYPE")) fail("a DOCTYPE (not part of the format)");
    return false;
  };
  const readReference = () => {
    const body = until(";", "reference");
    if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body];
    const numeric = /^#(?:([0-9]+)|x([0-9A-Fa-f]+))$/.exec(body);
    if (!numeric) return fail(`undefined entity "&${body.slice(0, 20)};"`);
    const code = numeric[1] !== void 0 ? Number(numeric[1]) : Number.parseInt(numeric[2], 16);
    if (!isXmlChar(code)) {
      return fail(`a reference to U+${code.toString(16).toUpperCase()}, not allowed in XML,`);
    }
    return String.fromCodePoint(code);
  };
  const readAttributeValue = () => {
    const quote = text2[at];
    if (quote !== '"' && quote !== "'") return fail("expected a quoted attribute value");
    at++;
    let value = "";
    for (; ; ) {
      const c = text2[at];
      if (c === void 0) return fail("unclosed attribute value");
      at++;
      if (c === quote) return value;
      if (c === "<") fail('"<" inside an attribute value');
      value += c === "&" ? readReference() : c;
    }
  };
  const readElement = () => {
    at++;
    const name = readName();
    const attributes = [];
    for (; ; ) {
      const before = at;
      skipSpace();
      if (startsWith2("/>")) {
        at += 2;
        return { name, attributes, children: [], text: "" };
      }
      if (startsWith2(">")) {
        at++;
        break;
      }
      if (at === before) fail(`expected ">" or an attribute in <${name}>`);
      const attribute = readName();
      if (attributes.includes(attribute)) fail(`attribute ${attribute} twice in <${name}>`);
      skipSpace();
      if (!startsWith2("=")) fail(`expected "=" after attribute ${attribute}`);
      at++;
      skipSpace();
      readAttributeValue();
      attributes.push(attribute);
    }
    const children = [];
    let content = "";
    for (; ; ) {
      if (at >= text2.length) return fail(`unclosed <${name}>`);
      if (startsWith2("</")) {
        at += 2;
        const end = readName();
        if (end !== name) fail(`</${end}> closes <${name}>`);
        skipSpace();
        if (!startsWith2(">")) fail(`expected ">" to end </${end}>`);
        at++;
        return { name, attributes, children, text: content };
      }
      if (startsWith2("<![CDATA[")) {
        at += 9;
        content += until("]]>", "CDATA section");
      } else if (startsWith2("<")) {
        if (!readMisc()) children.push(readElement());
      } else if (startsWith2("&")) {
        at++;
        content += readReference();
      } else {
        MARKUP.lastIndex = at;
        const next = MARKUP.exec(text2)?.index ?? text2.length;
        const run = text2.slice(at, next);
        const terminator = run.indexOf("]]>");
        if (terminator >= 0) {
          at += terminator;
          fail('"]]>" outside a CDATA section');
        }
        content += run;
        at = next;
      }
    }
  };
  DECLARATION.lastIndex = 0;
  if (DECLARATION.exec(text2)) at = DECLARATION.lastIndex;
  skipSpace();
  while (readMisc()) skipSpace();
  if (!startsWith2("<")) fail("expected the root element");
  const root = readElement();
  skipSpace();
  while (readMisc()) skipSpace();
  if (at < text2.length) fail("content after the root element");
  return root;
}

// src/platform/emulator/request.ts
var ACTIONS = ["setautoreply", "batchimportskill", "publish", "publish_progress"];
var one = (name) => ({ name, required: true, repeated: false });
var MANAGERID = one("managerid");
var QUESTIONS = { name: "question", required: false, repeated: true };
var FIELDS = {
  setautoreply: [MANAGERID, one("skillname"), one("title"), one("content"), QUESTIONS],
  batchimportskill: [
    MANAGERID,
    one("mode"),
    {
      name: "skill",
      required: false,
      repeated: true,
      fields: [
        one("skillname"),
        one("title"),
        QUESTIONS,
        { name: "answer", required: true, repeated: true }
      ]
    }
  ],
  publish: [MANAGERID],
  publish_progress: [MANAGERID]
};
var refuse = (errcode, errmsg) => ({
  refusal: { errcode, errmsg }
});
function openRequest(body, credentials) {
  let encrypted;
  try {
    encrypted = JSON.parse(body)?.encrypt;
  } catch {
    encrypted = void 0;
  }
  if (typeof encrypted !== "string") {
    return refuse(1019, 'request body must be {"encrypt": "..."}');
  }
  let plaintext;
  try {
    plaintext = createCryptor(credentials).decrypt(encrypted);
  } catch (error) {
    if (error instanceof DecryptError && error.reason === "appid") {
      return refuse(1009, "appid check failed");
    }
    if (error instanceof DecryptError && error.reason === "encoding") {
      return refuse(1019, "decrypted request is not UTF-8");
    }
    return refuse(1013, `decrypt failed: ${error.message}`);
  }
  let root;
  try {
    root = readXml(plaintext);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return refuse(1019, `decrypted request is not well-formed XML: ${error.message}`);
  }
  if (root.name !== "xml") {
    return refuse(1019, `decrypted request's root is <${root.name}>, not <xml>`);
  }
  return { root };
}
function readCall(action, root, managerId) {
  const read = readFields(root, FIELDS[action], action);
  if (typeof read === "string") return refuse(1007, read);
  const mode = text(read, "mode");
  if (action === "batchimportskill" && mode !== "0" && mode !== "1") {
    return refuse(1007, "mode must be 0 or 1");
  }
  if (text(read, "managerid") !== managerId) return refuse(1015, "managerid is not valid");
  switch (action) {
    case "setautoreply":
      return { call: { action, entry: entryOf2(read, text(read, "content")) } };
    case "batchimportskill": {
      const entries = (read.get("skill") ?? []).map((skill) => {
        const fields2 = skill;
        return entryOf2(fields2, text(fields2, "answer"));
      });
      return { call: { action, mode: mode === "1" ? 1 : 0, entries } };
    }
    default:
      return { call: { action } };
  }
}
function text(fields2, name) {
  return fields2.get(name)?.[0] ?? "";
}
function entryOf2(fields2, content) {
  return {
    skill: text(fields2, "skillname"),
    title: text(fields2, "title"),
    content,
    questions: fields2.get("question") ?? []
  };
}
function readFields(element, fields2, where) {
  const order = `${where}'s fields are, in order: ${fields2.map((f) => f.repeated ? `${f.name}\u2026` : f.name).join(", ")}`;
  if (element.attributes.length > 0) {
    return `<${element.name}> has attributes (${element.attributes.join(", ")}); ${order}`;
  }
  if (!/^[ \t\n\r]*$/.test(element.text)) {
    return `text outside the fields in <${element.name}>; ${order}`;
  }
  let last = -1;
  for (const child of element.children) {
    const index = fields2.findIndex((f) => f.name === child.name);
    if (index < 0) return `unknown element <${child.name}> in <${element.name}>; ${order}`;
    if (index < last) {
      return `<${child.name}> is out of order: it comes after <${fields2[last].name}>; ${order}`;
    }
    if (index === last && !fields2[index].repeated) {
      return `<${child.name}> appears more than once; ${order}`;
    }
    last = index;
  }
  const read = /* @__PURE__ */ new Map();
  for (const field of fields2) {
    const present = element.children.filter((c) => c.name === field.name);
    if (field.required && present.length === 0) return `${field.name} cannot be empty`;
    const values = [];
    for (const child of present) {
      if (field.fields) {
        const inner = readFields(child, field.fields, `<${field.name}>`);
        if (typeof inner === "string") return inner;
        values.push(inner);
        continue;
      }
      if (child.attributes.length > 0) {
        return `<${child.name}> has attributes (${child.attributes.join(", ")}); fields are text only`;
      }
      if (child.children.length > 0) {
        return `<${child.name}> holds <${child.children[0].name}>; fields are text only`;
      }
      if (field.required && child.text === "") return `${field.name} cannot be empty`;
      values.push(child.text);
    }
    read.set(field.name, values);
  }
  return read;
}

// src/platform/emulator/v2-request.ts
var V2_ACTIONS = [
  "v2/token",
  "v2/bot/import/json",
  "v2/async/fetch",
  "v2/bot/publish",
  "v2/bot/effective_progress"
];
var ACTION_SET = new Set(V2_ACTIONS);
function v2ActionOf(path15) {
  const action = path15.slice(1);
  return ACTION_SET.has(action) ? action : void 0;
}
var DEFAULT_MAX_IMPORT_ITEMS = 100;
var MAX_SKILL_LENGTH = 30;
var MAX_SKEW_SECONDS = 300;
var VISIBLE_ASCII = /^[\x21-\x7e]{1,64}$/;
var FORMATS = [
  ["request_id", VISIBLE_ASCII, "1 to 64 visible ASCII characters, such as a UUID"],
  ["timestamp", /^(?:0|[1-9][0-9]{0,18})$/, "unix seconds in decimal"],
  ["nonce", VISIBLE_ASCII, "1 to 64 visible ASCII characters (10 to 32 recommended)"],
  ["sign", /^[0-9a-f]{32}$/, "32 lower-case hex characters"]
];
var paramError = (msg) => ({ answer: refuse2(110002, msg), why: msg });
var tokenRefused = (why) => ({
  answer: refuse2(110001, "Internal Server Error", { err_detail: 210202 }),
  why
});
function echoedRequestId(headers) {
  const values = headers.request_id;
  return values?.length === 1 ? values[0] : "";
}
function readV2Headers(action, headers) {
  const single = (name) => {
    const values = headers[name];
    if (values === void 0 || values.length === 0) return void 0;
    if (values.length > 1) return paramError(`header ${name} is sent more than once`);
    return values[0];
  };
  const read = {};
  for (const name of ["x-appid", "x-openai-token", "content-type"]) {
    const value = single(name);
    if (typeof value === "object") return { refusal: value };
    read[name] = value;
  }
  for (const [name, format, expected] of FORMATS) {
    const value = single(name);
    if (typeof value === "object") return { refusal: value };
    if (value === void 0) return { refusal: paramError(`header ${name} is missing`) };
    if (!format.test(value)) return { refusal: paramError(`header ${name} must be ${expected}`) };
    read[name] = value;
  }
  const isToken2 = action === "v2/token";
  const wrong = isToken2 ? "x-openai-token" : "x-appid";
  if (read[wrong] !== void 0) {
    return {
      refusal: paramError(
        isToken2 ? "X-OPENAI-TOKEN is not sent to /v2/token (X-APPID and X-OPENAI-TOKEN are exclusive)" : "X-APPID is sent to /v2/token only (X-APPID and X-OPENAI-TOKEN are exclusive)"
      )
    };
  }
  return {
    headers: {
      requestId: read.request_id,
      timestamp: read.timestamp,
      nonce: read.nonce,
      sign: read.sign,
      credential: read[isToken2 ? "x-appid" : "x-openai-token"] ?? "",
      contentType: read["content-type"]
    }
  };
}
function signatureProblem(headers, body, token, now) {
  const skew = Math.abs(Math.floor(now / 1e3) - Number(headers.timestamp));
  if (skew > MAX_SKEW_SECONDS) {
    return `timestamp is ${skew} s from the emulator's clock (at most ${MAX_SKEW_SECONDS})`;
  }
  const expected = md5Hex(token + headers.timestamp + headers.nonce + md5Hex(body));
  return expected === headers.sign ? void 0 : "the signature does not match the body";
}
function checkTokenCall(headers, body, credentials, now) {
  if (headers.credential !== credentials.appId) {
    return tokenRefused(
      headers.credential === "" ? "X-APPID is missing" : "X-APPID is not the APPID"
    );
  }
  const problem = signatureProblem(headers, body, credentials.token, now);
  return problem === void 0 ? void 0 : tokenRefused(problem);
}
function checkAccount(account, managerId) {
  return account === managerId ? void 0 : tokenRefused("account is not the administrator");
}
function checkSignature(headers, body, token, now) {
  const problem = signatureProblem(headers, body, token, now);
  return problem === void 0 ? void 0 : { badSign: true, why: problem };
}
function readV2Call(action, headers, body, limits = {}) {
  let value;
  if (body.length === 0 && action === "v2/bot/publish") {
    value = {};
  } else {
    const json = readJson(body, headers.contentType);
    if ("refusal" in json) return json;
    value = json.value;
  }
  const problem = (msg) => ({ refusal: paramError(msg) });
  switch (action) {
    case "v2/token": {
      const fields2 = objectWith(value, { account: "string" }, ["account"], "the body");
      if (typeof fields2 === "string") return problem(fields2);
      return { call: { action, account: fields2.account } };
    }
    case "v2/bot/import/json": {
      const read = readImport(value, limits.maxImportItems ?? DEFAULT_MAX_IMPORT_ITEMS);
      return typeof read === "string" ? problem(read) : { call: { action, ...read } };
    }
    case "v2/async/fetch": {
      const fields2 = objectWith(value, { task_id: "string" }, ["task_id"], "the body");
      if (typeof fields2 === "string") return problem(fields2);
      if (fields2.task_id === "") return problem("task_id is empty");
      return { call: { action, taskId: fields2.task_id } };
    }
    case "v2/bot/publish": {
      const fields2 = objectWith(value, {}, [], "publish's body");
      return typeof fields2 === "string" ? problem(fields2) : { call: { action } };
    }
    case "v2/bot/effective_progress": {
      const fields2 = objectWith(value, { env: "string" }, ["env"], "the body");
      if (typeof fields2 === "string") return problem(fields2);
      const env = fields2.env;
      if (env !== "online" && env !== "debug") return problem('env must be "online" or "debug"');
      return { call: { action, env } };
    }
  }
}
function readJson(body, contentType) {
  if (!/^application\/json[ \t]*(?:;[ \t]*charset="?utf-8"?[ \t]*)?$/i.test(contentType ?? "")) {
    return { refusal: paramError("content-type must be application/json") };
  }
  const parseError = (msg) => ({
    refusal: { answer: refuse2(210106, `JSON parse failed: ${msg}`), why: msg }
  });
  let text2;
  try {
    text2 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return parseError("the body is not UTF-8");
  }
  try {
    return { value: JSON.parse(text2) };
  } catch (error) {
    return parseError(error.message);
  }
}
var typeOf = (value) => value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
function objectWith(value, fields2, required, where) {
  if (typeOf(value) !== "object") return `${where} must be a JSON object, not ${typeOf(value)}`;
  const object = value;
  const known = Object.keys(fields2);
  for (const key of Object.keys(object)) {
    if (!Object.hasOwn(fields2, key)) {
      return `${where} has an unknown key "${key}" (${known.length > 0 ? `it takes ${known.join(", ")}` : "it takes none"})`;
    }
    const type = typeOf(object[key]);
    if (type !== fields2[key]) {
      return `${where}'s ${key} must be ${fields2[key] === "array" ? "an" : "a"} ${fields2[key]}, not ${type}`;
    }
  }
  for (const key of required) if (!(key in object)) return `${where} has no ${key}`;
  return object;
}
var ITEM_FIELDS = {
  skill: "string",
  intent: "string",
  old_intent: "string",
  threshold: "string",
  disable: "boolean",
  questions: "array",
  answers: "array"
};
var ITEM_REQUIRED = ["skill", "intent", "answers"];
var THRESHOLD = /^(?:0(?:\.[0-9]+)?|1(?:\.0+)?)$/;
var isBlank = (s) => s.trim() === "";
function readImport(value, maxItems) {
  const body = objectWith(value, { mode: "number", data: "array" }, ["mode", "data"], "the body");
  if (typeof body === "string") return body;
  const mode = body.mode;
  if (mode !== 0 && mode !== 1) return "mode must be 0 or 1";
  const data = body.data;
  if (data.length > maxItems) {
    return `data has ${data.length} items; at most ${maxItems} per call`;
  }
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  const renamed = /* @__PURE__ */ new Set();
  for (const [index, raw] of data.entries()) {
    const where = `data[${index}]`;
    const item = objectWith(raw, ITEM_FIELDS, ITEM_REQUIRED, where);
    if (typeof item === "string") return item;
    const { skill, intent, old_intent: oldIntent, threshold } = item;
    if (isBlank(skill)) return `${where}.skill is empty`;
    if ([...skill].length > MAX_SKILL_LENGTH) {
      return `${where}.skill is longer than ${MAX_SKILL_LENGTH} characters`;
    }
    if (isBlank(intent)) return `${where}.intent is empty`;
    if (oldIntent !== void 0) {
      if (mode === 1) return `${where}.old_intent cannot be sent with mode 1`;
      if (isBlank(oldIntent)) return `${where}.old_intent is empty`;
    }
    if (threshold !== void 0 && !THRESHOLD.test(threshold)) {
      return `${where}.threshold must be a string holding a number from 0 to 1, such as "0.9"`;
    }
    const questions = strings(item.questions ?? [], `${where}.questions`);
    if (typeof questions === "string") return questions;
    const answers = strings(item.answers, `${where}.answers`);
    if (typeof answers === "string") return answers;
    if (answers.length === 0) return `${where}.answers is empty: an intent needs an answer`;
    const key = JSON.stringify([skill, intent]);
    if (seen.has(key)) return `${where}: intent "${intent}" of skill "${skill}" appears twice`;
    seen.add(key);
    if (oldIntent !== void 0) {
      const from = JSON.stringify([skill, oldIntent]);
      if (renamed.has(from)) {
        return `${where}: old_intent "${oldIntent}" of skill "${skill}" is renamed twice`;
      }
      renamed.add(from);
    }
    items.push({
      skill,
      intent,
      ...oldIntent !== void 0 ? { oldIntent } : {},
      ...threshold !== void 0 ? { threshold } : {},
      disable: item.disable === true,
      questions,
      answers
    });
  }
  return { mode, items };
}
function strings(list2, where) {
  for (const [index, value] of list2.entries()) {
    if (typeof value !== "string")
      return `${where}[${index}] must be a string, not ${typeOf(value)}`;
    if (isBlank(value)) return `${where}[${index}] is empty`;
  }
  return list2;
}

// src/platform/emulator/v2.ts
function createV2Handler(parts) {
  const { credentials, bot, tokens, faults, store, counters, log, now, newTaskId } = parts;
  const limits = { maxImportItems: parts.maxImportItems };
  async function perform(action, headers, body) {
    const at = now();
    const read = readV2Headers(action, headers);
    if ("refusal" in read) return read.refusal;
    const h = read.headers;
    if (action === "v2/token") {
      const refused = checkTokenCall(h, body, credentials, at);
      if (refused) return refused;
    } else {
      if (!tokens.valid(h.credential, at)) {
        return {
          // The reference's answer for a call without permission ([fetch]), and its safe
          // default for an expired token.
          answer: refuse2(210202, "\u6743\u9650\u4E0D\u8DB3"),
          why: h.credential === "" ? "X-OPENAI-TOKEN is missing" : "unknown or expired token"
        };
      }
      const refused = checkSignature(h, body, credentials.token, at);
      if (refused) return refused;
    }
    const called = readV2Call(action, h, body, limits);
    if ("refusal" in called) return called.refusal;
    const { call } = called;
    const seconds = Math.floor(at / 1e3);
    let botCall;
    switch (call.action) {
      case "v2/token": {
        const refused = checkAccount(call.account, credentials.managerId);
        if (refused) return refused;
        const token = tokens.issue(at);
        await store.save();
        return { answer: ok2({ access_token: token }) };
      }
      case "v2/bot/import/json":
        botCall = {
          action: "v2/import",
          mode: call.mode,
          items: call.items,
          taskId: newTaskId(),
          now: seconds
        };
        break;
      case "v2/async/fetch":
        botCall = { action: "v2/fetch", taskId: call.taskId, now: seconds };
        break;
      case "v2/bot/publish":
        botCall = { action: "v2/publish", taskId: newTaskId() };
        break;
      case "v2/bot/effective_progress":
        botCall = { action: "v2/progress", env: call.env };
        break;
    }
    const outcome = bot.perform(botCall, {
      publishFails: faults.publishFails(),
      rejectTexts: faults.rejectTexts()
    });
    counters.wrote(outcome.written);
    if (call.action === "v2/bot/publish" && outcome.answer.code === 0) counters.published();
    if (outcome.changed) await store.save();
    return { answer: outcome.answer };
  }
  return async (req, res, action, admitted) => {
    const requestId = echoedRequestId(req.headersDistinct);
    const outcome = admitted.errcode ? {
      answer: refuse2(admitted.errcode.errcode, admitted.errcode.errmsg),
      why: "fault"
    } : await perform(action, req.headersDistinct, admitted.body);
    if ("badSign" in outcome) {
      counters.rejected();
      log(`${action}: HTTP 400 invalid sign request (${outcome.why})`);
      return send(res, 400, "invalid sign request", "text/plain; charset=utf-8");
    }
    const code = Number(outcome.answer.code);
    if (code !== 0) counters.rejected();
    const why = outcome.why ?? String(outcome.answer.msg);
    log(`${action}: ${code === 0 ? "ok" : `code ${code} (${why})`}`);
    sendJson(res, 200, { ...outcome.answer, request_id: requestId });
  };
}

// src/platform/emulator/server.ts
function createCounters(key) {
  const empty = () => ({
    total: 0,
    byAction: {},
    writes: /* @__PURE__ */ new Map(),
    rejected: 0,
    publishes: 0
  });
  let counts = empty();
  return {
    request(action) {
      counts.total++;
      counts.byAction[action] = (counts.byAction[action] ?? 0) + 1;
    },
    wrote(entries) {
      for (const entry of entries) {
        const k = key(entry);
        counts.writes.set(k, (counts.writes.get(k) ?? 0) + 1);
      }
    },
    rejected() {
      counts.rejected++;
    },
    published() {
      counts.publishes++;
    },
    stats: (faults) => ({
      requests: { total: counts.total, byAction: { ...counts.byAction } },
      writes: Object.fromEntries(counts.writes),
      rejected: counts.rejected,
      faults: { ...faults },
      publishes: counts.publishes
    }),
    reset() {
      counts = empty();
    }
  };
}
function createEmulatorServer(parts) {
  const { credentials, bot, faults, store, counters, log, stopping } = parts;
  const actions = new Set(ACTIONS);
  const handleV2 = createV2Handler(parts);
  async function admit(req, res, action) {
    counters.request(action);
    const body = await readBody(req);
    if (body === void 0) {
      sendJson(res, 413, { error: "request body too large" });
      return void 0;
    }
    const fault = faults.pick(parts.now());
    if (fault.latencyMs > 0) {
      await sleep(fault.latencyMs, void 0, { signal: stopping }).catch(() => {
      });
      if (res.destroyed || req.socket.destroyed) {
        log(`${action}: client left during latency`);
        return void 0;
      }
    }
    if (fault.drop) {
      log(`${action}: connection dropped (fault)`);
      req.socket.destroy();
      return void 0;
    }
    if (fault.status) {
      const { code, retryAfter } = fault.status;
      log(`${action}: HTTP ${code} (fault)`);
      sendJson(
        res,
        code,
        { error: "fault injected by the emulator" },
        retryAfter === void 0 ? {} : { "retry-after": String(retryAfter) }
      );
      return void 0;
    }
    return { body, errcode: fault.errcode };
  }
  async function handleCall(req, res, action, token) {
    const admitted = await admit(req, res, action);
    if (!admitted) return;
    const body = admitted.body.toString("utf8");
    let answer;
    if (admitted.errcode) {
      answer = admitted.errcode;
    } else if (token !== credentials.token) {
      answer = { errcode: 1001, errmsg: "TOKEN is not valid" };
    } else {
      answer = await perform(action, body);
    }
    const errcode = Number(answer.errcode ?? answer.code ?? 0);
    if (errcode !== 0) counters.rejected();
    log(`${action}: ${errcode === 0 ? "ok" : `errcode ${errcode} (${answer.errmsg})`}`);
    sendJson(res, 200, answer);
  }
  async function perform(action, body) {
    const opened = openRequest(body, credentials);
    if ("refusal" in opened) return opened.refusal;
    const read = readCall(action, opened.root, credentials.managerId);
    if ("refusal" in read) return read.refusal;
    const outcome = bot.perform(read.call, { publishFails: faults.publishFails() });
    counters.wrote(outcome.written);
    if (read.call.action === "publish") counters.published();
    if (outcome.changed) await store.save();
    return outcome.answer;
  }
  async function handleV2Call(req, res, action) {
    const admitted = await admit(req, res, action);
    if (admitted) await handleV2(req, res, action, admitted);
  }
  async function handle(req, res) {
    const path15 = rawPath(req.url ?? "/");
    const call = /^\/openapi\/([^/]+)\/([^/]*)$/.exec(path15);
    if (call) {
      const action = call[1];
      if (!actions.has(action)) return sendJson(res, 404, { error: `no such action: ${action}` });
      if (req.method !== "POST") {
        return sendJson(res, 405, { error: "use POST" }, { allow: "POST" });
      }
      return handleCall(req, res, action, call[2]);
    }
    if (path15.startsWith("/v2/")) {
      const action = v2ActionOf(path15);
      if (!action) return sendJson(res, 404, { error: `no such v2 call: ${path15}` });
      if (req.method !== "POST") {
        return sendJson(res, 405, { error: "use POST" }, { allow: "POST" });
      }
      return handleV2Call(req, res, action);
    }
    if (req.method !== "GET") return sendJson(res, 405, { error: "use GET" }, { allow: "GET" });
    if (path15 === "/entries") {
      return sendJson(res, 200, { entries: bot.entries(), published: bot.published() ?? null });
    }
    if (path15 === "/stats") return sendJson(res, 200, counters.stats(faults.counts()));
    if (path15 === "/") {
      return send(res, 200, renderPage(bot.entries(), bot.published()), "text/html; charset=utf-8");
    }
    return sendJson(res, 404, { error: "not found" });
  }
  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      log(`internal error: ${error.message}`);
      if (!res.headersSent) sendJson(res, 500, { error: error.message });
      else res.destroy();
    });
  });
}

// src/platform/emulator/storage.ts
import { readFile as readFile2 } from "node:fs/promises";
var STATE_VERSION = 1;
var DAMAGED_HINT = "fix or delete it; the emulator then starts with an empty bot.";
var isString = (v) => typeof v === "string";
var isStrings = (v) => Array.isArray(v) && v.every(isString);
var isId = (v) => Number.isSafeInteger(v) && v > 0;
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isEntry(value) {
  if (!isObject2(value)) return false;
  const e = value;
  return isString(e.skill) && isString(e.title) && isString(e.content) && isStrings(e.questions) && (e.threshold === void 0 || isString(e.threshold)) && (e.disabled === void 0 || e.disabled === true) && (e.skillId === void 0 || isId(e.skillId)) && (e.intentId === void 0 || isId(e.intentId)) && (e.answers === void 0 || isStrings(e.answers));
}
function isTask(value) {
  if (!isObject2(value)) return false;
  const t = value;
  const count = (v) => Number.isSafeInteger(v) && v >= 0;
  return isString(t.id) && count(t.start) && count(t.end) && count(t.fetches) && count(t.total) && count(t.replaced) && Array.isArray(t.succeeded) && t.succeeded.every(
    (i) => isObject2(i) && isString(i.skill) && isId(i.skillId) && isString(i.intent) && isId(i.intentId)
  ) && Array.isArray(t.failed) && t.failed.every((i) => isObject2(i) && isString(i.skill) && isString(i.intent) && isString(i.msg));
}
var isToken = (value) => isObject2(value) && isString(value.token) && Number.isSafeInteger(value.expiresAt);
function readV2(value) {
  if (value === void 0) return void 0;
  if (!isObject2(value) || !isId(value.nextSkillId) || !isId(value.nextIntentId) || !Array.isArray(value.tasks) || !value.tasks.every(isTask) || !Array.isArray(value.tokens) || !value.tokens.every(isToken)) {
    return null;
  }
  const { nextSkillId, nextIntentId, tasks, tokens } = value;
  return { bot: { nextSkillId, nextIntentId, tasks }, tokens };
}
async function loadState(file) {
  let raw;
  try {
    raw = await readFile2(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") {
      return { bot: { entries: [], published: void 0 }, tokens: [] };
    }
    throw new StateFileError(`Cannot read the emulator state file ${file}.`, { cause: error });
  }
  let json;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new StateFileError(`The emulator state file ${file} is not valid JSON.`, {
      cause: error,
      hint: DAMAGED_HINT
    });
  }
  const state = json;
  const published = state?.published;
  const v2 = readV2(state?.v2);
  if (typeof state !== "object" || state === null || state.version !== STATE_VERSION || !Array.isArray(state.entries) || !state.entries.every(isEntry) || !(published === null || Array.isArray(published) && published.every(isEntry)) || v2 === null) {
    throw new StateFileError(
      `The emulator state file ${file} is not a version ${STATE_VERSION} state (entries, published, v2).`,
      { hint: DAMAGED_HINT }
    );
  }
  const bot = {
    entries: state.entries,
    published: published ?? void 0
  };
  return {
    bot: v2?.bot ? { ...bot, v2: v2.bot } : bot,
    tokens: v2?.tokens ?? []
  };
}
function render(state) {
  const { entries, published, v2 } = state.bot;
  const hasV2 = v2 !== void 0 || state.tokens.length > 0;
  const file = {
    version: STATE_VERSION,
    entries,
    published: published ?? null,
    ...hasV2 ? {
      v2: {
        nextSkillId: v2?.nextSkillId ?? FIRST_IDS.nextSkillId,
        nextIntentId: v2?.nextIntentId ?? FIRST_IDS.nextIntentId,
        tasks: v2?.tasks ?? [],
        tokens: state.tokens
      }
    } : {}
  };
  return `${JSON.stringify(file, null, 2)}
`;
}
function createStore(file, state) {
  let saving = Promise.resolve();
  let queued;
  return {
    save() {
      if (!file) return Promise.resolve();
      if (queued) return queued;
      const next = saving.then(async () => {
        queued = void 0;
        const text2 = render(state());
        try {
          await writeFileAtomic(file, text2);
        } catch (error) {
          throw new StateFileError(`Cannot write the emulator state file ${file}.`, {
            cause: error
          });
        }
      });
      queued = next;
      saving = next.catch(() => {
      });
      return next;
    },
    settled: () => saving
  };
}

// src/platform/emulator/v2-tokens.ts
import { randomBytes } from "node:crypto";
var DEFAULT_TOKEN_TTL_MS = 2 * 60 * 60 * 1e3;
function createTokenStore(options) {
  const { ttlMs, mint = mintAccessToken } = options;
  const tokens = new Map((options.tokens ?? []).map((t) => [t.token, t.expiresAt]));
  return {
    issue(now) {
      for (const [token2, expiresAt] of tokens) if (expiresAt <= now) tokens.delete(token2);
      const token = mint();
      tokens.set(token, now + ttlMs);
      return token;
    },
    valid(token, now) {
      const expiresAt = tokens.get(token);
      return expiresAt !== void 0 && now < expiresAt;
    },
    state: () => [...tokens].map(([token, expiresAt]) => ({ token, expiresAt })),
    reset() {
      tokens.clear();
    }
  };
}
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function mintAccessToken() {
  const alnum = (n) => [...randomBytes(n)].map((b) => ALNUM[b % ALNUM.length]).join("");
  return `${alnum(16)}+${alnum(1)}-${alnum(12)}@${randomBytes(10).toString("hex")}`;
}

// src/platform/emulator/index.ts
var DEFAULT_EMULATOR_CREDENTIALS = Object.freeze({
  appId: "wxfaqopsemulator",
  token: "faqopsEmulatorToken",
  encodingAesKey: "ZmFxb3BzLWVtdWxhdG9yLWtleS0wMTIzNDU2Nzg5YWI",
  managerId: "emulator-admin"
});
async function startEmulator(options = {}) {
  const credentials = Object.freeze({
    ...DEFAULT_EMULATOR_CREDENTIALS,
    ...options.credentials
  });
  checkToken(credentials.token);
  createCryptor(credentials);
  const maxImportItems = options.maxImportItems ?? DEFAULT_MAX_IMPORT_ITEMS;
  if (!Number.isSafeInteger(maxImportItems) || maxImportItems < 1) {
    throw new RangeError(
      `maxImportItems must be a whole number of at least 1, not ${maxImportItems}`
    );
  }
  const saved = options.statePath ? await loadState(options.statePath) : void 0;
  const bot = createBot({
    publishSteps: options.publishSteps ?? 3,
    taskSteps: options.taskSteps ?? 1,
    state: saved?.bot
  });
  const tokens = createTokenStore({
    ttlMs: options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
    tokens: saved?.tokens
  });
  const faults = createFaults({ seed: options.seed ?? Date.now(), faults: options.faults });
  const store = createStore(options.statePath, () => ({
    bot: bot.state(),
    tokens: tokens.state()
  }));
  const counters = createCounters(identityKey);
  const stopping = new AbortController();
  const server = createEmulatorServer({
    credentials,
    bot,
    faults,
    store,
    counters,
    tokens,
    log: options.log ?? (() => {
    }),
    stopping: stopping.signal,
    now: Date.now,
    newTaskId: () => randomBytes2(16).toString("hex"),
    maxImportItems
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const bound = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  const host = address.family === "IPv6" ? `[${bound}]` : bound;
  return {
    url: `http://${host}:${address.port}`,
    credentials,
    entries: () => bot.entries(),
    published: () => bot.published(),
    stats: () => counters.stats(faults.counts()),
    setFaults: (next) => faults.set(next),
    async reset() {
      bot.reset();
      tokens.reset();
      faults.reset();
      counters.reset();
      await store.save();
    },
    async stop() {
      stopping.abort();
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.settled();
    }
  };
}

// src/cli/platform.ts
async function openTarget(io, options, flags, onRetry) {
  const retryHook = (info) => {
    onRetry?.();
    if (flags.verbose) {
      io.stderr(
        `retry: ${info.action} attempt ${info.attempt + 1} in ${Math.round(info.delayMs)} ms (${info.reason})
`
      );
    }
  };
  if (options.emulator) {
    const statePath = path.resolve(options.cwd, EMULATOR_DIR, "platform.json");
    await mkdir(path.dirname(statePath), { recursive: true });
    const emulator = await startEmulator({
      port: 0,
      statePath,
      maxImportItems: Math.max(100, options.batchSize)
    });
    io.stderr(
      `emulator: rehearsing the ${options.api} API against ${emulator.url} (state in ${EMULATOR_DIR}/)
`
    );
    const { appId, token, managerId } = emulator.credentials;
    return withPublisher(options, {
      connect: (hooks) => createClient({
        endpoint: emulator.url,
        credentials: emulator.credentials,
        onRetry: retryHook,
        ...hooks
      }),
      connectV2: (hooks) => createV2Client({
        endpoint: emulator.url,
        credentials: { appId, token, account: managerId },
        onRetry: retryHook,
        ...hooks
      }),
      close: () => emulator.stop()
    });
  }
  const endpoint = resolveEndpoint(
    { url: flags.endpoint, insecureHttp: flags.insecureHttp },
    io.env,
    options.api === "v2" ? DEFAULT_V2_ENDPOINT : void 0
  );
  return withPublisher(options, {
    connect: (hooks) => createClient({
      endpoint,
      credentials: readCredentials(io.env),
      onRetry: retryHook,
      ...hooks
    }),
    connectV2: (hooks) => createV2Client({
      endpoint,
      credentials: readV2Credentials(io.env),
      onRetry: retryHook,
      ...hooks
    }),
    close: async () => {
    }
  });
}
function withPublisher(options, target) {
  return {
    ...target,
    connectPublisher: (hooks) => options.api === "v2" ? target.connectV2(hooks) : target.connect(hooks)
  };
}

// src/cli/progress.ts
function createProgress(io, options = {}) {
  let total = 0;
  let done = 0;
  let firstWrittenAt = 0;
  let failed = 0;
  let retries = 0;
  let lastDraw = 0;
  let drawn = false;
  let printedFinal = false;
  const intervalMs = options.intervalMs ?? (io.isTty ? 100 : 5e3);
  const line2 = () => {
    const seconds = (Date.now() - firstWrittenAt) / 1e3;
    const measured = done >= 2 && seconds > 0 ? (done - 1) / seconds : 0;
    const rate = Math.min(measured, options.rate ?? Number.POSITIVE_INFINITY);
    const left = rate > 0 ? Math.ceil((total - done - failed) / rate) : void 0;
    const pct = total === 0 ? 100 : Math.floor((done + failed) / total * 100);
    const parts = [
      `${done + failed}/${total} (${pct}%)`,
      `${done} written`,
      ...failed ? [`${failed} failed`] : [],
      ...retries ? [`${retries} retries`] : [],
      ...rate > 0 ? [`${rate.toFixed(1)}/s`] : [],
      ...left !== void 0 && left > 0 ? [`about ${left} s left`] : []
    ];
    return parts.join(", ");
  };
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < intervalMs) return;
    lastDraw = now;
    if (io.isTty) {
      const width = 24;
      const filled = total === 0 ? width : Math.round((done + failed) / total * width);
      io.stdout(`\r\x1B[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${line2()}`);
      drawn = true;
    } else {
      io.stdout(`apply: ${line2()}
`);
      printedFinal = done + failed === total;
    }
  };
  const clear = () => {
    if (io.isTty && drawn) io.stdout("\r\x1B[2K");
    drawn = false;
  };
  return {
    onEvent(event) {
      switch (event.type) {
        case "start":
          total = event.total;
          lastDraw = io.isTty ? 0 : Date.now();
          if (io.isTty) draw(true);
          else io.stdout(`apply: writing ${total} entr${total === 1 ? "y" : "ies"}\u2026
`);
          break;
        case "written":
          if (done === 0) firstWrittenAt = Date.now();
          done = event.done;
          draw(done === total);
          break;
        case "failed":
          failed++;
          clear();
          io.stderr(
            `failed: ${event.entry.path} (${event.entry.skill} / ${event.entry.title}): ${event.message}
`
          );
          draw(true);
          break;
        case "prune":
          io.stdout(
            `prune: replacing the bot's content with ${event.keeps} entries (removes ${event.removes})\u2026
`
          );
          break;
        case "publish":
          clear();
          io.stdout(
            `publish: ${event.progress.progress}%${event.progress.status === 1 ? " (done)" : ""}
`
          );
          break;
        case "interrupted":
          clear();
          break;
      }
    },
    onRetry() {
      retries++;
    },
    end() {
      if (total > 0 && !io.isTty && !printedFinal) io.stdout(`apply: ${line2()}
`);
      clear();
    }
  };
}

// src/cli/root.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
var CONFIG_FILE = "faqops.config.yaml";
function findProjectRoot(cwd) {
  for (let dir2 = path2.resolve(cwd); ; dir2 = path2.dirname(dir2)) {
    if (existsSync(path2.join(dir2, DEFAULT_LOCKFILE)) || existsSync(path2.join(dir2, CONFIG_FILE))) {
      return { dir: dir2, repository: repositoryRoot(dir2) };
    }
    if (existsSync(path2.join(dir2, ".git"))) return { dir: dir2, repository: dir2 };
    if (path2.dirname(dir2) === dir2) break;
  }
  const dir = path2.resolve(cwd);
  return { dir, repository: dir };
}
function repositoryRoot(dir) {
  for (let at = path2.resolve(dir); ; at = path2.dirname(at)) {
    if (existsSync(path2.join(at, ".git"))) return at;
    if (path2.dirname(at) === at) return path2.resolve(dir);
  }
}

// src/cli/report.ts
import path3 from "node:path";

// src/render/diagnostics-github.ts
function diagnosticsGithub(diagnostics) {
  return diagnostics.map((d) => {
    const properties = [
      `title=${escapeProperty(`faqops ${d.ruleId}`)}`,
      `file=${escapeProperty(d.file)}`,
      `line=${d.line}`,
      `col=${d.column}`
    ].join(",");
    return `::${d.severity} ${properties}::${escapeData(d.message)}
`;
  }).join("");
}
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/render/diagnostics-json.ts
var DIAGNOSTICS_JSON_VERSION = 1;
function diagnosticsJson(diagnostics, files) {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return {
    version: DIAGNOSTICS_JSON_VERSION,
    files,
    errors,
    warnings,
    diagnostics: diagnostics.map((d) => ({
      path: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      rule: d.ruleId,
      message: d.message
    }))
  };
}

// src/render/diagnostics-rules.ts
var RULE_HELP = {
  "invalid-utf8": {
    meaning: "the file is not valid UTF-8 (points at the first bad byte)",
    fix: "save the file as UTF-8"
  },
  "file-unreadable": {
    meaning: "a file or folder that cannot be read: no permission, a broken symbolic link, a named pipe or device named `.md`, a path that is not valid UTF-8",
    fix: "make it readable, fix or remove the link, rename it"
  },
  "file-ignored": {
    meaning: "a file that looks like an entry but is not read: `FAQ.MD`, `a.markdown`, `a.md.txt`, or a `.md` file in a hidden folder",
    fix: "rename it to end in `.md` (or move it out of the hidden folder); start its name with `_` to keep it out silently"
  },
  "file-symlink-outside": {
    meaning: "a symbolic link to a file or folder outside the content folder; it is not read",
    fix: "copy the file into the content folder, or remove the link"
  },
  "file-symlink-folder": {
    meaning: "a symbolic link to a folder inside the content folder; it is not followed (it would read entries twice, or loop)",
    fix: "remove the link; to share an entry, link its file"
  },
  "cache-symlink": {
    meaning: "`.faqops-cache` (or its `compile.ndjson`) is a symbolic link; the compile cache is neither read nor written",
    fix: "delete the link"
  },
  "front-matter-missing": {
    meaning: "the file does not start with a `---` line",
    fix: "start the file with `---`, the keys, and `---`"
  },
  "front-matter-unclosed": {
    meaning: "no closing `---` line after the front matter",
    fix: "add the `---` line after the last key"
  },
  "front-matter-yaml": {
    meaning: "the front matter is not valid YAML",
    fix: "fix the syntax; quote text containing `: `"
  },
  "front-matter-shape": {
    meaning: "the front matter is not `key: value` lines",
    fix: "write one `key: value` per line"
  },
  "key-duplicate": {
    meaning: "a key is given twice",
    fix: "keep one"
  },
  "unknown-key": {
    meaning: "a key that does not exist (with the nearest valid one)",
    fix: "fix the spelling or remove it"
  },
  "key-type": {
    meaning: 'a value of the wrong type (a number for `title`, text for `draft`, text for `questions`, text such as `"0.85"` for `threshold`)',
    fix: "quote text, write `true`/`false`, write a list, write the threshold without quotes"
  },
  "title-required": {
    meaning: "`title` is missing or empty",
    fix: "add the standard question"
  },
  "title-multiline": {
    meaning: "`title` has several lines",
    fix: "make it one line"
  },
  "skill-missing": {
    meaning: "an entry directly in `content/` without `skill:`",
    fix: "move it into a skill folder or add `skill:`"
  },
  "skill-length": {
    meaning: "the skill (or the folder name used as skill) is empty or longer than 30 characters",
    fix: "shorten it"
  },
  "skill-multiline": {
    meaning: "`skill` has several lines",
    fix: "make it one line"
  },
  "question-empty": {
    meaning: "an empty similar question",
    fix: "remove it"
  },
  "question-multiline": {
    meaning: "a similar question has several lines",
    fix: "make it one line"
  },
  "question-duplicate": {
    meaning: "two similar questions of the entry are alike",
    fix: "remove one"
  },
  "question-alike-title": {
    meaning: "a similar question is alike to the title",
    fix: "remove it"
  },
  "id-format": {
    meaning: "`id` has characters other than ASCII letters, digits, `-`, `_`, `/`",
    fix: "rename it"
  },
  "threshold-range": {
    meaning: "`threshold` is not from 0 to 1 (`1.5`, `85`, `-0.1`, `.inf`, `.nan`)",
    fix: "write a number from 0 to 1, such as `0.85`"
  },
  "threshold-precision": {
    meaning: "`threshold` has more than 4 decimal places (`0.12345`)",
    fix: "round it (`0.1235`)"
  },
  "title-length": {
    meaning: 'the title is longer than 128 characters (see "Limits")',
    fix: "shorten it; put the explanation in the answer"
  },
  "question-length": {
    meaning: "a similar question is longer than 128 characters",
    fix: "shorten it"
  },
  "question-count": {
    meaning: "more than 200 similar questions (points at the 201st)",
    fix: "keep the ones that differ most, or split the entry"
  },
  "xml-char": {
    meaning: 'a control character, U+FFFE/U+FFFF, half a surrogate pair, or a carriage return in a value (see "Characters that cannot be sent")',
    fix: "delete it, or the escape or reference that wrote it"
  },
  "answer-empty": {
    meaning: "the entry has no message",
    fix: "write the answer below the front matter"
  },
  "link-url": {
    meaning: 'a link (or link definition) address that is not an absolute http(s) URL, or contains a space, `"`, `<`, `>`',
    fix: "use a full `https://` address; percent-encode"
  },
  "ask-text": {
    meaning: 'an `:ask` with an empty label, or a label/`q`/`id` with `"`, `<`, `>`, `&` or a line break, or a link inside, or inside a link',
    fix: "fix the text"
  },
  "ask-attribute": {
    meaning: "an `:ask` attribute other than `q` and `id`",
    fix: 'use `q="\u2026"` and `id="\u2026"`; quote values with spaces'
  },
  "ask-syntax": {
    meaning: "an `:ask` that cannot be read (unclosed `[`, broken `{\u2026}`)",
    fix: "close the brackets and quotes on the same line, or write `\\:ask`"
  },
  "unsupported-markdown": {
    meaning: "raw HTML, an image, a table or a footnote",
    fix: 'see "Not supported"'
  },
  "card-unknown": {
    meaning: "a `::name` line that is not `news`, `image` or `miniprogram`",
    fix: "fix the name (a suggestion is given)"
  },
  "card-attribute": {
    meaning: "a card attribute that does not exist for that card",
    fix: "fix the spelling (a suggestion is given)"
  },
  "card-required": {
    meaning: "a required card attribute is missing or empty",
    fix: "add it"
  },
  "card-url": {
    meaning: "`url`, `picurl` or `thumb_url` is not an absolute http(s) URL",
    fix: "use a full `https://` address"
  },
  "card-appid": {
    meaning: "`appid` is not `wx` and 16 lower-case hex digits",
    fix: "copy the AppID from the mini program's settings"
  },
  "card-label": {
    meaning: "a card with a `[label]`",
    fix: "move the text into an attribute"
  },
  "card-nested": {
    meaning: "a card inside a list or a quote",
    fix: "move it to a line of its own at the top level"
  },
  "card-syntax": {
    meaning: "a line starting with a card's name (`::news \u2026`) or with `::name{`/`::name[` that cannot be read as a card (text after `}`, an unclosed quote, attributes over several lines)",
    fix: "write the card on one line, alone"
  },
  "news-type": {
    meaning: "`type` is not `h5` or `mp`",
    fix: "use `h5` or `mp`, or leave it out"
  },
  "news-too-many": {
    meaning: "more than 8 news articles in one message",
    fix: "put a `---` line to start another message"
  },
  "container-directive": {
    meaning: "a `:::name` block",
    fix: "write plain Markdown"
  },
  "text-markup": {
    meaning: 'text that would reach the answer as an HTML tag or character reference (`\\<a \u2026\\>`, `&lt;a&gt;`, `` `<b>` ``, `a<b`, `&amp;lt;`; see "Text that looks like HTML")',
    fix: "reword it: a space after `<` or `&`, or the full-width `\uFF1C`"
  },
  "answer-size": {
    meaning: "a text message longer than 2,048 bytes, or a `content` longer than 16,384 bytes",
    fix: "shorten it, or split it with `---`"
  },
  "front-matter-too-large": {
    meaning: "front matter longer than 32,000 characters; it is not read (points where it passes that)",
    fix: "keep the title and the questions users ask; move text into the answer"
  },
  "front-matter-too-deep": {
    meaning: "front matter nested more than 20 levels (mappings, lists, `[\u2026]`, `{\u2026}`); it is not read",
    fix: "write `key: value` lines and one `questions:` list; quote text that starts with `[` or `{`"
  },
  "answer-too-large": {
    meaning: "an answer past what faqops reads: more than 20,000 characters, 1,000 lines, 1,000 `*` and `_`, or 1,000 `[`; it is not read (points where it passes that). Parsing Markdown takes time that grows faster than its length, so every file is checked in bounded time",
    fix: "split it into several entries, or link to a page"
  },
  "answer-too-deep": {
    meaning: "lists, quotes and `:::` blocks nested more than 20 levels",
    fix: "flatten them: a chat shows two or three levels"
  },
  "entry-duplicate": {
    meaning: "another entry has an alike skill and title",
    fix: "change a title or merge the entries"
  },
  "question-conflict": {
    meaning: "a similar question is alike to another entry's title or question in the same skill",
    fix: "reword or remove one"
  },
  "id-duplicate": {
    meaning: "another entry has the same `id`",
    fix: "make the ids unique"
  },
  "skill-spelling": {
    meaning: "skills that are alike but written differently (`FAQ` and `faq`); the platform would make two skills",
    fix: "write the skill the same way everywhere"
  },
  "ask-target": {
    meaning: "an `:ask` question that no synced entry has as its title or a similar question (final punctuation aside)",
    fix: "add it as a similar question, or fix `q`"
  }
};

// src/render/diagnostics-sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function diagnosticsSarif(diagnostics, tool) {
  const ids = Object.keys(RULES);
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "faqops",
            version: tool.version,
            semanticVersion: tool.version,
            rules: ids.map(sarifRule)
          }
        },
        // faqops counts columns as editors do: UTF-16 code units (docs/content-format.md).
        columnKind: "utf16CodeUnits",
        results: diagnostics.map((d) => {
          const ruleIndex = index.get(d.ruleId);
          return {
            ruleId: d.ruleId,
            ...ruleIndex === void 0 ? {} : { ruleIndex },
            level: d.severity,
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(d.file), uriBaseId: "%SRCROOT%" },
                  region: { startLine: d.line, startColumn: d.column }
                }
              }
            ]
          };
        })
      }
    ]
  };
}
function sarifRule(id) {
  const help = RULE_HELP[id];
  return {
    id,
    shortDescription: { text: plainText(help.meaning) },
    help: {
      text: `${plainText(help.meaning)}. Fix: ${plainText(help.fix)}.`,
      markdown: `${help.meaning}.

**Fix:** ${help.fix}.`
    },
    defaultConfiguration: { level: RULES[id] }
  };
}
function plainText(markdown) {
  const unescaped = (text2) => text2.replace(/\\([!-/:-@[-`{-~])/g, "$1");
  let out = "";
  let last = 0;
  for (const m of markdown.matchAll(CODE_SPAN)) {
    const code = m[2] ?? "";
    out += unescaped(markdown.slice(last, m.index));
    out += code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "" ? code.slice(1, -1) : code;
    last = m.index + m[0].length;
  }
  return out + unescaped(markdown.slice(last));
}
var CODE_SPAN = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
function fileUri(file) {
  return file.split("/").map((segment) => segment === ".." || segment === "." ? segment : encodeURIComponent(segment)).join("/");
}

// src/cli/io.ts
function localizedIo(io, lang, stdoutIsData = () => false) {
  const localize = (write2, isData) => (text2) => {
    const current = lang();
    const untouched = current === "en" || isData() || isJsonDocument(text2);
    write2(untouched ? text2 : localizeText(text2, current));
  };
  return {
    stdout: localize(io.stdout, stdoutIsData),
    stderr: localize(io.stderr, () => false),
    isTty: io.isTty,
    ...io.stderrIsTty === void 0 ? {} : { stderrIsTty: io.stderrIsTty },
    env: io.env,
    cwd: io.cwd,
    get lang() {
      return lang();
    }
  };
}
function isJsonDocument(text2) {
  const trimmed = text2.trim();
  const first = trimmed[0];
  const last = trimmed.at(-1);
  return first === "{" && last === "}" || first === "[" && last === "]";
}
function colorsFor(io, stream) {
  const isTty = stream === "stdout" ? io.isTty : io.stderrIsTty === true;
  return colorWanted(isTty, io.env) ? COLORS : NO_COLORS;
}
function processIo() {
  return {
    stdout: writerUntilClosed(process.stdout),
    stderr: writerUntilClosed(process.stderr),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd()
  };
}
var writers = /* @__PURE__ */ new Map();
function writerUntilClosed(stream) {
  const known = writers.get(stream);
  if (known) return known;
  let closed = false;
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
      closed = true;
      return;
    }
    throw error;
  });
  const writer = (text2) => {
    if (!closed) stream.write(text2);
  };
  writers.set(stream, writer);
  return writer;
}

// src/cli/report.ts
var DIAGNOSTIC_FORMATS = ["text", "json", "sarif", "github"];
function reportOrder(diagnostics) {
  return [
    ...diagnostics.filter((d) => d.severity === "error"),
    ...diagnostics.filter((d) => d.severity !== "error")
  ];
}
function renderDiagnostics(diagnostics, colors = NO_COLORS) {
  return reportOrder(diagnostics).map((d) => {
    const where = colors.bold(`${oneLine(d.file)}:${d.line}:${d.column}:`);
    const severity = d.severity === "error" ? colors.red(d.severity) : colors.yellow(d.severity);
    return `${where} ${severity} ${colors.dim(d.ruleId)} ${oneLine(d.message)}
`;
  }).join("");
}
function summary(entries, diagnostics, colors = NO_COLORS) {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return [
    plural(entries, "entry", "entries"),
    errors > 0 ? colors.red(plural(errors, "error", "errors")) : plural(errors, "error", "errors"),
    warnings > 0 ? colors.yellow(plural(warnings, "warning", "warnings")) : plural(warnings, "warning", "warnings")
  ].join(", ");
}
function formatReport(io, stream, report, options) {
  const ordered = reportOrder(report.diagnostics);
  const counts = (colors) => options.summary ? `${summary(report.files, ordered, colors)}
` : "";
  const lang = io.lang ?? "en";
  const forPeople = (diagnostics) => diagnostics.map((d) => localizeDiagnostic(d, lang));
  switch (options.format) {
    case "text": {
      const colors = colorsFor(io, stream);
      const relative = relocate(forPeople(ordered), report.root, io.cwd);
      return `${renderDiagnostics(relative, colors)}${counts(colors)}`;
    }
    case "json": {
      const document = diagnosticsJson(relocate(ordered, report.root, io.cwd), report.files);
      return `${JSON.stringify(document, null, 2)}
`;
    }
    case "sarif": {
      const relative = relocate(ordered, report.root, repositoryRoot(report.root));
      return `${JSON.stringify(diagnosticsSarif(relative, { version: VERSION }), null, 2)}
`;
    }
    case "github": {
      const relative = relocate(forPeople(ordered), report.root, repositoryRoot(report.root));
      return `${diagnosticsGithub(relative)}${counts(NO_COLORS)}`;
    }
  }
}
function relocate(diagnostics, from, to) {
  if (path3.resolve(from) === path3.resolve(to)) return diagnostics;
  return diagnostics.map((d) => ({ ...d, file: displayPath(to, path3.resolve(from, d.file)) }));
}

// src/cli/sync-inputs.ts
async function loadCheckedInputs(io, options, format = "text") {
  const inputs = await loadSyncInputs(options);
  const { diagnostics, fileCount } = inputs.content;
  io.stderr(
    formatReport(io, "stderr", { diagnostics, files: fileCount, root: options.cwd }, { format })
  );
  for (const note of lockNotes(inputs, options.lockfile.display)) io.stderr(`note: ${note}
`);
  const { errors } = countDiagnostics(inputs.content.diagnostics);
  if (errors > 0) {
    throw new ContentError(
      `the content has ${plural(errors, "error", "errors")}; nothing was planned or sent.`,
      {
        hint: "fix the errors above (`faqops check` lists them), then run again."
      }
    );
  }
  return inputs;
}

// src/cli/commands/emulate.ts
import path4 from "node:path";
var DEFAULT_EMULATOR_PORT = 8787;
var DEFAULT_TOKEN_TTL_S = 7200;
var MAX_TOKEN_TTL_S = 7 * 24 * 3600;
function registerEmulate(program2, context) {
  const d = DEFAULT_EMULATOR_CREDENTIALS;
  program2.command("emulate").summary("run a local emulator of the platform").description(
    "Run a local emulator of the platform's open API on 127.0.0.1: v1 (setautoreply, batchimportskill, publish, publish_progress) and, at the same URL, v2 (/v2/token, /v2/bot/import/json, /v2/async/fetch, /v2/bot/publish, /v2/bot/effective_progress), on one bot. It prints the FAQOPS_* variables to use it from another terminal."
  ).option(
    "--port <n>",
    `port to listen on; 0 picks a free one (default: ${DEFAULT_EMULATOR_PORT})`
  ).option("--host <address>", "address to listen on (default: 127.0.0.1)").option("--state <file>", "keep the bot's entries in this JSON file (default: in memory)").option("--appid <id>", `app id to accept (default: ${d.appId})`).option("--token <token>", `TOKEN to accept (default: ${d.token})`).option("--encoding-aes-key <key>", "EncodingAESKey to accept, 43 base64 characters").option("--manager-id <id>", `managerid to accept (default: ${d.managerId})`).option("--publish-steps <n>", "progress polls before a publish is done (default: 3)").option("--publish-fail", "make every publish end with status 2 (failed)").option(
    "--token-ttl <s>",
    `seconds a v2 access token is accepted (default: ${DEFAULT_TOKEN_TTL_S}, the platform's 2 h)`
  ).option(
    "--task-steps <n>",
    "v2 async/fetch answers that report an import running before its end (default: 1)"
  ).option(
    "--max-import-items <n>",
    "intents a v2 import may carry; more is refused with 110002 (default: 100, the reference's safe default)"
  ).option(
    "--fail-rate <share>",
    "answer this share of calls (e.g. 0.2 or 20%) with --fail-status"
  ).option("--fail-status <status>", "HTTP status of those failures (default: 500)").option("--drop-rate <share>", "drop the connection of this share of calls without an answer").option("--latency <ms>", "wait this long before answering each call").option("--rate-limit <n>", "answer more than n calls per second with 429 and Retry-After").option("--retry-after <s>", "seconds sent in Retry-After with 429 and 503 (default: 1)").option("--seed <n>", "seed of the fault rates' random generator, to replay a run").option("--quiet", "do not log each call").action(async (flags) => {
    const options = readEmulateOptions(flags, context.io.cwd);
    const { io } = context;
    const emulator = await startEmulator({
      ...options,
      log: flags.quiet ? void 0 : (line2) => io.stderr(`${line2}
`)
    }).catch((error) => {
      if (error.code === "EADDRINUSE") {
        throw new UsageError(
          `Port ${options.port} is in use; pick another with --port (0 picks a free one).`
        );
      }
      throw error;
    });
    io.stdout(describeStart(emulator.url, emulator.credentials, options));
    const signal = await untilSignal();
    io.stdout(`
${signal}: stopping the emulator\u2026
`);
    await emulator.stop();
    io.stdout("stopped.\n");
    context.result.code = 0;
  });
}
function readEmulateOptions(flags, cwd) {
  const given = {
    appId: stringValue("appid", flags.appid),
    token: stringValue("token", flags.token),
    encodingAesKey: stringValue("encoding-aes-key", flags.encodingAesKey),
    managerId: stringValue("manager-id", flags.managerId)
  };
  const credentials = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== void 0)
  );
  const optional = (name, value, range) => stringValue(name, value) === void 0 ? void 0 : integerValue(name, value, 0, range);
  const share = (name, value) => stringValue(name, value) === void 0 ? void 0 : shareValue(name, value, 0);
  const faults = {
    failRate: share("fail-rate", flags.failRate),
    failStatus: optional("fail-status", flags.failStatus, { min: 400, max: 599 }),
    dropRate: share("drop-rate", flags.dropRate),
    latencyMs: optional("latency", flags.latency, { min: 0, max: 6e5 }),
    rateLimit: optional("rate-limit", flags.rateLimit, { min: 1, max: 1e6 }),
    retryAfter: optional("retry-after", flags.retryAfter, { min: 0, max: 86400 }),
    publishFails: flags.publishFail === true
  };
  const state = stringValue("state", flags.state);
  const tokenTtl = stringValue("token-ttl", flags.tokenTtl);
  return {
    port: integerValue("port", flags.port, DEFAULT_EMULATOR_PORT, { min: 0, max: 65535 }),
    host: stringValue("host", flags.host) ?? "127.0.0.1",
    credentials,
    statePath: state === void 0 ? void 0 : path4.resolve(cwd, state),
    publishSteps: optional("publish-steps", flags.publishSteps, { min: 0, max: 1e3 }),
    // Seconds, decimals allowed (0.5), so a token's expiry can be tried by hand.
    tokenTtlMs: tokenTtl === void 0 ? void 0 : Math.round(
      numberValue("token-ttl", flags.tokenTtl, DEFAULT_TOKEN_TTL_S, MAX_TOKEN_TTL_S) * 1e3
    ),
    taskSteps: optional("task-steps", flags.taskSteps, { min: 0, max: 1e3 }),
    maxImportItems: optional("max-import-items", flags.maxImportItems, { min: 1, max: 1e5 }),
    seed: optional("seed", flags.seed, { min: 0, max: 2 ** 32 - 1 }),
    faults
  };
}
function describeStart(url, credentials, options) {
  const variables = [
    [ENDPOINT_VARIABLE, url],
    [CREDENTIAL_VARIABLES.appId, credentials.appId],
    [CREDENTIAL_VARIABLES.token, credentials.token],
    [CREDENTIAL_VARIABLES.encodingAesKey, credentials.encodingAesKey],
    [CREDENTIAL_VARIABLES.managerId, credentials.managerId]
  ];
  const ttlSeconds = (options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_S * 1e3) / 1e3;
  const f = options.faults ?? {};
  const faults = [
    f.failRate ? `fail ${Math.round(f.failRate * 100)}% with HTTP ${f.failStatus ?? 500}` : "",
    f.dropRate ? `drop ${Math.round(f.dropRate * 100)}%` : "",
    f.latencyMs ? `${f.latencyMs} ms latency` : "",
    f.rateLimit ? `at most ${f.rateLimit} calls/s` : "",
    f.publishFails ? "publishing fails" : ""
  ].filter(Boolean);
  return [
    `faqops emulator listening on ${url}`,
    `  entries: ${url}/ (JSON: ${url}/entries, counts: ${url}/stats)`,
    `  state:   ${options.statePath ?? "in memory"}`,
    `  faults:  ${faults.length > 0 ? faults.join(", ") : "none"}`,
    `  v2:      the same URL serves /v2/\u2026 on the same bot (X-APPID = ${CREDENTIAL_VARIABLES.appId}, Token = ${CREDENTIAL_VARIABLES.token},`,
    `           account = ${CREDENTIAL_VARIABLES.managerId}; access tokens last ${describeSeconds(ttlSeconds)})`,
    "Use it from another terminal:",
    `export ${variables.map(([name, value]) => `${name}=${shellQuote(value)}`).join(" ")}`,
    "Press Ctrl-C to stop.",
    ""
  ].join("\n");
}
function describeSeconds(seconds) {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
function shellQuote(value) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
function untilSignal() {
  return new Promise((resolve) => {
    const on = (signal) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}

// src/cli/commands/shared-options.ts
function addContentOption(command) {
  return command.option(
    "--content <dir>",
    "the content directory, relative to the working directory (default: content, in the project root)"
  ).option("--no-cache", `compile every file afresh, without reading or writing ${CACHE_DIR}/`).addOption(
    new Option("--workers <mode>", "compile in worker threads: auto, on, off").hideHelp()
  );
}
function addLockfileOptions(command) {
  return command.option(
    "--lockfile <file>",
    `the state lockfile, relative to the working directory (default: ${DEFAULT_LOCKFILE}, in the project root)`
  ).option(
    "--emulator",
    `rehearse against a local emulator started for this run, with state in ${EMULATOR_DIR}/ (no credentials needed)`
  );
}
function addPruneOptions(command) {
  return command.option(
    "--prune",
    "take entries no longer in the content off the bot: v1 replaces the bot's whole content; v2 disables them (reversible)"
  ).option(
    "--prune-max <share>",
    "refuse a prune that removes more than this share of the bot (default: 25%)"
  ).option("--force", "allow a prune above --prune-max").option(
    "--replace-all",
    "with --api v2 --prune: replace the whole bot (import mode 1) instead of disabling what the content no longer has"
  ).option(
    "--resend-all",
    "write every entry again, whatever the lockfile says (a new or emptied bot, or a lockfile you cannot trust)"
  );
}
function addPlatformOptions(command) {
  return command.option(
    "--endpoint <url>",
    "the platform's base URL (default: $FAQOPS_ENDPOINT, else https://chatbot.weixin.qq.com)"
  ).option(
    "--insecure-http",
    "allow an http:// endpoint on another host than this machine: the TOKEN, part of every request URL, then crosses the network in clear text"
  ).option("--concurrency <n>", `requests in flight at once (default: ${DEFAULT_CONCURRENCY})`).option("--rate <n>", `requests per second at most (default: ${DEFAULT_RATE})`).option("--verbose", "print every retry");
}
function addApiOption(command) {
  return command.option(
    "--api <v1|v2>",
    `the platform's open API: v1 (setautoreply, one request an entry) or v2 (batched import, renames in place, reversible removal) (default: $${API_VARIABLE}, else v1)`
  );
}
function addBatchOption(command) {
  return command.option(
    "--batch-size <n>",
    `with --api v2: intents per import call, 1 to 1000 (default: ${DEFAULT_BATCH_SIZE})`
  );
}
function addFormatOption(command, where) {
  return command.option(
    "--format <format>",
    `print diagnostics${where} as ${DIAGNOSTIC_FORMATS.join(", ")} (default: text): json for scripts, sarif for GitHub code scanning, github for workflow annotations`
  );
}

// src/cli/commands/apply.ts
var EXIT_INTERRUPTED = 130;
function registerApply(program2, { io, result }) {
  const command = program2.command("apply").summary("write what changed to the platform").argument("[plan-file]", "a plan saved by `faqops plan --out FILE`: apply exactly it").description(
    "Write created, updated and renamed entries to the platform (v1: setautoreply, one request an entry; v2: batched imports), only what changed since the lockfile, and record every confirmed write. With a saved plan, apply exactly that plan, or refuse (sending nothing) when the content or the lockfile changed since it was made. Credentials come from FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY (v1 only) and FAQOPS_MANAGER_ID (not needed with --dry-run or --emulator)."
  ).option("--dry-run", "do everything but send requests (no credentials needed)").option(
    "--publish",
    "publish after writing (also entries written earlier and not yet published), and wait until it is done"
  ).option("--quiet", "print only the counts, not the entries written, failed or left over");
  addContentOption(command);
  addLockfileOptions(command);
  addApiOption(command);
  addBatchOption(command);
  addPlatformOptions(command);
  addPruneOptions(command);
  command.addOption(new Option("--task-poll-ms <ms>", "first v2 task poll after").hideHelp());
  command.action(
    async (planFile2, flags) => {
      const options = resolveSyncOptions({
        cwd: io.cwd,
        root: findProjectRoot(io.cwd).dir,
        ...flags,
        api: flags.api ?? io.env[API_VARIABLE]
      });
      const inputs = await loadCheckedInputs(io, options);
      const plan = planFile2 === void 0 ? planSync(inputs.content.entries, inputs.lock, options) : await savedPlan(planFile2, flags, inputs, options, io.cwd);
      for (const note of apiNotes(plan)) io.stderr(`note: ${note}
`);
      const befores = plan.prune?.mode === "disable" && plan.prune.removes.length > 0 && !options.dryRun ? await loadBefore(plan, {
        cwd: io.cwd,
        contentDir: options.contentDir,
        lockfilePath: options.lockfile.path
      }) : void 0;
      const progress = createProgress(io, { rate: options.rate });
      const target = await openTarget(io, options, flags, progress.onRetry);
      const stop = trapSignals(io);
      try {
        const outcome = await applyPlan(plan, inputs, {
          ...options,
          connect: target.connect,
          connectV2: target.connectV2,
          taskPoll: taskPollOption(flags.taskPollMs),
          befores,
          signal: stop.signal,
          onEvent: progress.onEvent
        });
        progress.end();
        io.stdout(
          renderApplyText(outcome, {
            lockfile: options.lockfile.display,
            quiet: flags.quiet === true
          })
        );
        result.code = exitCode(outcome);
        if (options.emulator) io.stderr(emulatorHint(io.cwd, options.cwd));
        if (outcome.fatal) throw outcome.fatal;
      } finally {
        stop.release();
        await target.close();
      }
    }
  );
}
async function savedPlan(file, flags, inputs, options, cwd) {
  const planFlags2 = ["prune", "pruneMax", "force", "resendAll", "replaceAll"].filter(
    (name2) => flags[name2] !== void 0
  );
  if (planFlags2.length > 0) {
    throw new UsageError(
      `a saved plan already decides ${planFlags2.map((f) => `--${kebab(f)}`).join(", ")}; make the plan with ${planFlags2.length === 1 ? "it" : "them"} instead (\`faqops plan --out FILE \u2026\`).`
    );
  }
  const absolute = path5.resolve(cwd, file);
  const name = displayPath(cwd, absolute);
  const saved = await readSavedPlan(absolute, name);
  if (saved.options.api !== options.api) {
    throw new UsageError(
      `the plan ${name} was made for the ${saved.options.api} API, and this run uses ${options.api} (--api / FAQOPS_API); apply it with --api ${saved.options.api}, or make a new plan.`
    );
  }
  const plan = planSync(inputs.content.entries, inputs.lock, saved.options);
  checkSavedPlan(
    saved,
    { plan, inputs: planInputs(inputs.content.entries, inputs.lock) },
    {
      content: displayPath(cwd, options.contentDir),
      lockfile: options.lockfile.display,
      file: name
    }
  );
  return plan;
}
function emulatorHint(cwd, root) {
  const state = displayPath(cwd, path5.resolve(root, EMULATOR_DIR, "platform.json"));
  return `emulator: the rehearsal bot is kept in ${state}; to look at it, run \`faqops emulate --state ${state}\` and open http://127.0.0.1:${DEFAULT_EMULATOR_PORT}/
`;
}
function taskPollOption(value) {
  if (value === void 0) return void 0;
  const firstPollMs = integerValue("task-poll-ms", value, 1e3, { min: 1, max: 6e4 });
  return { firstPollMs, maxPollMs: Math.max(firstPollMs, 5e3) };
}
function kebab(name) {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function trapSignals(io) {
  const controller = new AbortController();
  const onSignal = (name) => {
    if (controller.signal.aborted) {
      io.stderr(`
${name} again: quitting now.
`);
      process.exit(EXIT_INTERRUPTED);
    }
    io.stderr(
      `
${name}: stopping after the requests in flight; saving the lockfile\u2026 (again to quit now)
`
    );
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}
function exitCode(outcome) {
  switch (outcome.outcome) {
    case "nothing-to-do":
    case "done":
      return 0;
    case "interrupted":
      return EXIT_INTERRUPTED;
    default:
      return 1;
  }
}

// src/cli/commands/check.ts
import { stat } from "node:fs/promises";
import path6 from "node:path";
function registerCheck(program2, context) {
  const command = program2.command("check").argument(
    "[paths...]",
    "files or folders in the content folder to report on (default: all); every entry is still read, for the rules across entries"
  ).description(
    "check every FAQ entry and print every problem found (exit 1 on any error); with paths, only the problems in those files"
  );
  addContentOption(command);
  addFormatOption(command, "");
  command.action(async (paths, flags) => {
    const { io } = context;
    const { format: formatFlag, ...content } = flags;
    const format = choiceValue("format", formatFlag, DIAGNOSTIC_FORMATS, "text");
    const options = resolveContentOptions({
      cwd: io.cwd,
      root: findProjectRoot(io.cwd).dir,
      ...content
    });
    const result = await loadContent(options);
    const only = await resolvePaths(paths, io.cwd, options.contentDir);
    const report = only === void 0 ? { diagnostics: result.diagnostics, files: result.fileCount, root: options.cwd } : {
      diagnostics: result.diagnostics.filter(
        (d) => isUnder(path6.resolve(options.cwd, d.file), only)
      ),
      files: (await findEntryFiles(options.contentDir)).filter(
        (source) => isUnder(path6.join(options.contentDir, ...source.split("/")), only)
      ).length,
      root: options.cwd
    };
    io.stdout(formatReport(io, "stdout", report, { format, summary: true }));
    context.result.code = countDiagnostics(report.diagnostics).errors > 0 ? 1 : 0;
  });
}
async function resolvePaths(paths, cwd, contentDir) {
  if (paths.length === 0) return void 0;
  const resolved = [];
  for (const given of paths) {
    const absolute = path6.resolve(cwd, given);
    if (!isInside(contentDir, absolute)) {
      throw new UsageError(
        `${given} is not in the content folder (${displayPath(cwd, contentDir)}); check reports on files and folders in it.`,
        { hint: "give paths under the content folder, or name another folder with --content DIR" }
      );
    }
    if (!await stat(absolute).catch(() => void 0)) {
      throw new UsageError(`${given} does not exist.`, {
        hint: "paths are relative to the working directory"
      });
    }
    resolved.push(absolute);
  }
  return resolved;
}
function isUnder(file, paths) {
  return paths.some((p) => isInside(p, file));
}

// src/cli/commands/compile.ts
function registerCompile(program2, context) {
  const command = program2.command("compile").description(
    "compile every FAQ entry and print what would be sent (nothing when any has an error)"
  ).option("--json", "print a JSON array of entries, sorted by source");
  addContentOption(command).action(
    async (flags) => {
      const { io } = context;
      const { json, ...content } = flags;
      const options = resolveContentOptions({
        cwd: io.cwd,
        root: findProjectRoot(io.cwd).dir,
        ...content
      });
      const result = await loadContent(options);
      const errors = countDiagnostics(result.diagnostics).errors > 0;
      io.stderr(
        formatReport(
          io,
          "stderr",
          { diagnostics: result.diagnostics, files: result.fileCount, root: options.cwd },
          { format: "text", summary: errors }
        )
      );
      if (errors) {
        context.result.code = 1;
        return;
      }
      io.stdout(
        json ? `${JSON.stringify(result.entries, null, 2)}
` : result.entries.map(renderEntry).join("\n")
      );
    }
  );
}
function renderEntry(entry) {
  const lines = [
    `${entry.source}${entry.draft ? " (draft: not synced)" : ""}`,
    `  skill: ${entry.skill}`,
    `  title: ${entry.title}`
  ];
  for (const q of entry.questions) lines.push(`  question: ${q}`);
  if (entry.id !== void 0) lines.push(`  id: ${entry.id}`);
  entry.messages.forEach((message, i) => {
    const label = entry.messages.length > 1 ? `  message ${i + 1}:` : "  answer:";
    const text2 = typeof message === "string" ? message : JSON.stringify(message);
    lines.push(label, ...text2.split("\n").map((line2) => line2 === "" ? "" : `    ${line2}`));
  });
  return `${lines.join("\n")}
`;
}

// src/import/template.ts
var TEMPLATE_COLUMNS = [
  { column: "skill", chinese: "\u6280\u80FD\u540D\u79F0", english: "Name of Skill", aliases: ["\u6280\u80FD", "skill"] },
  {
    column: "title",
    chinese: "\u6807\u51C6\u95EE\u9898",
    english: "Standard question",
    aliases: ["\u6807\u51C6\u95EE\u6CD5", "title", "intent", "\u610F\u56FE"]
  },
  {
    column: "threshold",
    chinese: "\u6807\u51C6\u95EE\u9898\u7684\u76F8\u4F3C\u5EA6\u9608\u503C",
    english: "Similarity threshold of standard problem",
    aliases: ["\u76F8\u4F3C\u5EA6\u9608\u503C", "\u9608\u503C", "threshold", "similarity threshold"]
  },
  {
    column: "questions",
    chinese: "\u8865\u5145\u7528\u6237\u95EE\u6CD5\uFF08\u591A\u4E2A\u7528##\u5206\u9694\uFF09",
    english: "Supplementary User Questions",
    aliases: ["\u76F8\u4F3C\u95EE\u6CD5", "\u76F8\u4F3C\u95EE\u9898", "questions", "similar questions"]
  },
  {
    column: "answers",
    chinese: "\u673A\u5668\u4EBA\u56DE\u7B54\uFF08\u591A\u4E2A\u7528##\u5206\u9694\uFF09",
    english: "The robot answered",
    aliases: ["\u56DE\u7B54", "\u7B54\u6848", "answer", "answers", "robot answer"]
  },
  { column: "priority", chinese: "\u610F\u56FE\u4F18\u5148\u7EA7", aliases: ["priority", "intent priority"] },
  { column: "disabled", chinese: "\u662F\u5426\u7981\u7528", aliases: ["\u7981\u7528", "disabled", "disable"] }
];
var EXPORT_COLUMNS = [
  "skill",
  "title",
  "threshold",
  "questions",
  "answers"
];
var LIST_SEPARATOR = "##";
function headerKey(text2) {
  return text2.normalize("NFKC").replace(/\([^)]*\)/g, "").toLowerCase().replace(/\s+/g, "");
}
var BY_KEY = new Map(
  TEMPLATE_COLUMNS.flatMap(
    (spec) => [spec.chinese, spec.english ?? "", ...spec.aliases].filter((name) => name !== "").map((name) => [headerKey(name), spec.column])
  )
);
function columnOfHeader(text2) {
  return BY_KEY.get(headerKey(text2));
}
function columnHeader(column) {
  return TEMPLATE_COLUMNS.find((spec) => spec.column === column).chinese;
}

// src/export/csv.ts
function csvText(header, rows) {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r
`;
}
function csvField(text2) {
  return /[",\r\n]|^\s|\s$/.test(text2) ? `"${text2.replaceAll('"', '""')}"` : text2;
}

// src/export/rows.ts
var EXPORT_RULES = {
  "export-separator": "error",
  "export-rich": "warning"
};
function exportRows(entries) {
  const problems = [];
  const rows = [];
  let drafts = 0;
  const sorted = [...entries].sort(
    (a, b) => compareStrings(a.skill, b.skill) || compareStrings(a.source, b.source)
  );
  for (const entry of sorted) {
    if (entry.draft) {
      drafts++;
      continue;
    }
    const problem = (ruleId, message) => {
      problems.push({
        file: entry.path,
        line: 1,
        column: 1,
        severity: EXPORT_RULES[ruleId],
        ruleId,
        message: oneLine(message)
      });
    };
    const content = entry.content;
    const separated = [
      ...entry.questions.filter((q) => q.includes(LIST_SEPARATOR)).map((q) => `the similar question "${q}"`),
      ...content.includes(LIST_SEPARATOR) ? ["the answer"] : []
    ];
    if (separated.length > 0) {
      problem(
        "export-separator",
        `${separated.join(" and ")} ${separated.length === 1 ? "holds" : "hold"} "##", which the console's template reads as the separator of several questions or answers: this entry is left out of the export; reword it (for example with "# #" or "\uFF03\uFF03")`
      );
      continue;
    }
    const messages = entry.messages;
    if (messages.length > 1 || messages.some((m) => typeof m !== "string")) {
      problem(
        "export-rich",
        `the answer ${messages.length > 1 ? `has ${messages.length} messages` : "is a card"}, which the console's template cannot hold (its answers are text): it is written as the JSON the platform receives, which \`faqops import\` reads back, but the console would show as text`
      );
    }
    rows.push([
      entry.skill,
      entry.title,
      thresholdText(entry) ?? "",
      entry.questions.join(LIST_SEPARATOR),
      content
    ]);
  }
  return { rows, problems: sortDiagnostics(problems), drafts };
}

// src/export/xlsx.ts
var WIDTHS = [14, 30, 12, 40, 60];
var THRESHOLD2 = EXPORT_COLUMNS.indexOf("threshold");
async function xlsxBytes(header, rows) {
  const { default: ExcelJS } = await import("./chunks/excel-7QIWJLHO.js");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "faqops";
  workbook.created = /* @__PURE__ */ new Date(0);
  workbook.modified = /* @__PURE__ */ new Date(0);
  const sheet = workbook.addWorksheet("FAQ");
  sheet.columns = header.map((name, i) => ({ header: name, width: WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values = row.map((cell, i) => i === THRESHOLD2 && cell !== "" ? Number(cell) : cell);
    const added = sheet.addRow(values);
    added.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

// src/export/options.ts
import path7 from "node:path";
var EXPORT_FORMATS = ["csv", "xlsx"];
function resolveExportOptions(raw) {
  const outText = stringValue("out", raw.out);
  const out = outText === void 0 || outText === "-" ? void 0 : path7.resolve(raw.cwd, outText);
  const inferred = out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
  const format = choiceValue("format", raw.format, EXPORT_FORMATS, inferred);
  if (format === "xlsx" && out === void 0) {
    throw new UsageError(
      "--format xlsx needs --out FILE: a workbook is not written to the terminal.",
      {
        hint: "faqops export --out faq.xlsx"
      }
    );
  }
  return Object.freeze({
    content: resolveContentOptions(raw),
    format,
    out: out === void 0 ? void 0 : Object.freeze({ path: out, display: displayPath(raw.cwd, out) })
  });
}

// src/export/write.ts
import { mkdir as mkdir2, rename, rm, writeFile } from "node:fs/promises";
import path8 from "node:path";
async function writeExportFile(file, bytes) {
  await mkdir2(path8.dirname(file), { recursive: true });
  const tmp = temporaryPathBeside(file);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

// src/export/index.ts
async function runExport(options) {
  const content = await loadContent(options.content);
  if (countDiagnostics(content.diagnostics).errors > 0) return { ok: false, content };
  const { rows, problems, drafts } = exportRows(content.entries);
  const header = EXPORT_COLUMNS.map(columnHeader);
  const bytes = options.format === "xlsx" ? await xlsxBytes(header, rows) : Buffer.from(csvText(header, rows), "utf8");
  return {
    ok: true,
    bytes,
    entries: rows.length,
    drafts,
    problems: [...content.diagnostics, ...problems]
  };
}

// src/cli/commands/export.ts
function registerExport(program2, context) {
  const command = program2.command("export").summary("write the content as the console's bulk-import template (CSV or .xlsx)").description(
    "Write every entry (drafts aside) in the console's bulk-import template: skill, standard question, threshold, similar questions and answer, for a bulk upload in the console or a backup. CSV is UTF-8 with a byte-order mark, so Excel opens it; without --out it goes to standard output. Nothing is written when the content has errors. See docs/import-export.md."
  ).option("--format <csv|xlsx>", "the file's format (default: from --out's extension, else csv)").option("--out <file>", "the file to write (default: standard output, for CSV)");
  addContentOption(command).action(async (flags) => {
    const { io } = context;
    const root = findProjectRoot(io.cwd).dir;
    const options = resolveExportOptions({ cwd: io.cwd, root, ...flags });
    const result = await runExport(options);
    if (!result.ok) {
      const diagnostics = relocate(result.content.diagnostics, options.content.cwd, io.cwd);
      io.stderr(renderDiagnostics(diagnostics));
      io.stderr(`${summary(result.content.fileCount, diagnostics)}: nothing exported
`);
      context.result.code = 1;
      return;
    }
    io.stderr(renderDiagnostics(relocate(result.problems, options.content.cwd, io.cwd)));
    if (options.out) await writeExportFile(options.out.path, result.bytes);
    else io.stdout(Buffer.from(result.bytes).toString("utf8"));
    const left = result.problems.filter((p) => p.ruleId === "export-separator").length;
    const notes = [
      result.drafts > 0 && `${plural(result.drafts, "draft", "drafts")} not exported`,
      left > 0 && `${plural(left, "entry", "entries")} left out (see above)`
    ].filter((n) => n !== false);
    io.stderr(
      `${options.out ? `wrote ${options.out.display}` : "exported"} (${options.format}): ${plural(result.entries, "entry", "entries")}${notes.length > 0 ? `; ${notes.join(", ")}` : ""}
`
    );
    context.result.code = left > 0 ? 1 : 0;
  });
}

// src/import/index.ts
import { mkdir as mkdir3, readdir, readFile as readFile3, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import path10 from "node:path";

// src/import/errors.ts
var ImportFileError = class extends FaqopsError {
  name = "ImportFileError";
};

// src/import/rules.ts
var IMPORT_RULES = {
  // The file
  "import-sheet": "warning",
  "import-header": "warning",
  "import-column": "warning",
  // Cells
  "import-cell": "error",
  "import-link": "warning",
  "import-skill": "error",
  "import-title": "error",
  "import-threshold": "error",
  "import-disabled": "error",
  "import-answer-empty": "error",
  "import-answers": "warning",
  "import-answer-trimmed": "warning",
  "import-question-dropped": "warning",
  "import-rich": "error",
  // Rows against each other and against the content folder
  "import-duplicate": "error",
  "import-conflict": "warning",
  "import-exists": "error",
  // The written file does not compile back to the row (a gap in escape.ts: a bug)
  "import-roundtrip": "error"
};
function importDiagnostic(ruleId, display, row, column, message) {
  const severity = ruleId in IMPORT_RULES ? IMPORT_RULES[ruleId] : RULES[ruleId];
  return { file: display, line: row, column, severity, ruleId, message: oneLine(message) };
}
function columnLetter(column) {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + (n - 1) % 26) + out;
  }
  return out;
}

// src/import/columns.ts
var HEADER_SEARCH_ROWS = 10;
var REQUIRED = ["skill", "title", "answers"];
function templateRows(table, display) {
  const problems = [...table.problems];
  const filled = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const names = (r) => r.cells.map((c) => columnOfHeader(c));
  const isHeaderRow = (r) => names(r).filter((c) => c !== void 0).length >= 2;
  const headerIndex = filled.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderRow);
  const isHeader = headerIndex !== -1;
  const first = isHeader ? filled[headerIndex] : filled[0];
  const named = first ? names(first) : [];
  for (const above of filled.slice(0, Math.max(headerIndex, 0))) {
    problems.push(
      importDiagnostic(
        "import-header",
        display,
        above.row,
        1,
        `row ${above.row} is above the header row (row ${first?.row}): it is not imported`
      )
    );
  }
  const byColumn = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  if (first && isHeader) {
    named.forEach((column, index) => {
      const header = first.cells[index].trim();
      if (column === void 0) {
        if (header !== "") skipped.set(index + 1, `"${header}"`);
        return;
      }
      const earlier = byColumn.get(column);
      if (earlier !== void 0) {
        throw new ImportFileError(
          `${display}: the header row (row ${first.row}) names the column "${columnHeader(column)}" twice, in columns ${columnLetter(earlier)} and ${columnLetter(index + 1)}.`,
          { hint: "rename or delete one of them" }
        );
      }
      byColumn.set(column, index + 1);
    });
    const missing = REQUIRED.filter((c) => !byColumn.has(c));
    if (missing.length > 0) {
      throw new ImportFileError(
        `${display}: the header row (row ${first.row}) has no column ${missing.map((c) => `"${columnHeader(c)}"`).join(", ")}.`,
        {
          hint: `name the columns as the console's template does: ${TEMPLATE_COLUMNS.slice(0, 5).map((s) => s.chinese).join(", ")} (or their English names)`
        }
      );
    }
  } else {
    TEMPLATE_COLUMNS.forEach((spec, index) => {
      byColumn.set(spec.column, index + 1);
    });
  }
  const priority = byColumn.get("priority");
  if (priority !== void 0) {
    byColumn.delete("priority");
    skipped.set(priority, `"${columnHeader("priority")}" (faqops has no intent priority)`);
  }
  const data = isHeader ? filled.slice(headerIndex + 1) : filled;
  const warned = /* @__PURE__ */ new Set();
  const rows = data.map((tableRow) => {
    const cells = {};
    for (const [column, number] of byColumn) {
      const text2 = tableRow.cells[number - 1];
      if (text2 !== void 0) cells[column] = { text: text2, column: number };
    }
    tableRow.cells.forEach((text2, index) => {
      const number = index + 1;
      if (text2.trim() === "" || warned.has(number)) return;
      const known = [...byColumn.values()].includes(number);
      if (known) return;
      warned.add(number);
      const what = skipped.get(number) ?? (isHeader ? "without a header" : `past the template's ${TEMPLATE_COLUMNS.length} columns`);
      problems.push(
        importDiagnostic(
          "import-column",
          display,
          tableRow.row,
          number,
          `column ${columnLetter(number)} ${what} is not imported: its values (this is the first) are left out of every entry`
        )
      );
    });
    return { row: tableRow.row, cells };
  });
  return { header: isHeader ? first?.row : void 0, rows, problems };
}

// src/import/plan.ts
import { isDeepStrictEqual } from "node:util";

// src/import/escape.ts
var FORMAT_LINK = /<a href="([^"<>\s]*)">([^<>\n]*)<\/a>/g;
var ASK_PREFIX = "weixin://bizmsgmenu?msgmenucontent=";
var ASK_ID = "&msgmenuid=";
function segments(text2) {
  const out = [];
  let last = 0;
  for (const match of text2.matchAll(FORMAT_LINK)) {
    const link = linkSegment(match[1], match[2]);
    if (!link) continue;
    if (match.index > last) out.push({ kind: "text", text: text2.slice(last, match.index) });
    out.push(link);
    last = match.index + match[0].length;
  }
  if (last < text2.length) out.push({ kind: "text", text: text2.slice(last) });
  return out;
}
function linkSegment(href, label) {
  if (href.startsWith(ASK_PREFIX)) {
    const rest = href.slice(ASK_PREFIX.length);
    const at = rest.indexOf(ASK_ID);
    if (at === -1) return void 0;
    const q = rest.slice(0, at);
    const id = rest.slice(at + ASK_ID.length);
    if ([label, q, id].some((v) => v.trim() === "" || /["<>&\n]/.test(v))) return void 0;
    return { kind: "ask", label, q, id };
  }
  if (!/^https?:\/\/\S+$/i.test(href)) return void 0;
  return { kind: "link", url: href, label };
}
function escapeMessage(text2) {
  const lines = splitLines(segments(text2));
  const out = [];
  let empty = 0;
  for (const line2 of lines) {
    if (line2.length === 0) {
      empty++;
      continue;
    }
    if (empty > 0) out.push("", ...Array(empty - 1).fill("\\"));
    empty = 0;
    out.push(escapeLine(line2));
  }
  return out.join("\n");
}
function splitLines(pieces) {
  const lines = [[]];
  for (const piece of pieces) {
    if (piece.kind !== "text") {
      lines.at(-1).push(piece);
      continue;
    }
    piece.text.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== "") lines.at(-1).push({ kind: "text", text: part });
    });
  }
  return lines;
}
var ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]/;
var ALWAYS = /* @__PURE__ */ new Set(["*", "_", "`", "[", "]", "<"]);
var REFERENCE_START = /&(?:#|[A-Za-z0-9]+;)/y;
var DIRECTIVE_START = /:[^\p{P}\p{S}\s](?:[^\p{P}\p{S}\s]|[-_])*[[{]/uy;
var TABLE_DELIMITER = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?\|?\s*$|^\s*\|?\s*:?-+:?\s*\|\s*$/;
function escapeLine(line2) {
  const plain = line2.map((s) => s.kind === "text" ? s.text : "L").join("");
  const first = line2[0];
  const startsWithSpace = first.kind === "text" && /^[ \t]/.test(first.text);
  const table = TABLE_DELIMITER.test(plain);
  return line2.map((segment, index) => {
    if (segment.kind !== "text") return linkMarkdown(segment);
    return escapeText(segment.text, {
      lineStart: index === 0,
      lineEnd: index === line2.length - 1,
      before: line2[index - 1]?.kind,
      after: line2[index + 1]?.kind,
      startEscape: index === 0 && !startsWithSpace ? lineStartEscape(plain) : void 0,
      table
    });
  }).join("");
}
function lineStartEscape(plain) {
  if (/^[#>]/.test(plain) || plain.startsWith("~~~") || plain.startsWith("::")) return 0;
  if (/^[-+](?:[ \t]|$)/.test(plain) || /^-[- \t]*$/.test(plain) || /^=+[ \t]*$/.test(plain)) {
    return 0;
  }
  const ordered = /^\d{1,9}(?=[.)](?:[ \t]|$))/.exec(plain);
  return ordered ? ordered[0].length : void 0;
}
function escapeText(text2, where) {
  const leading = where.lineStart ? /^[ \t]*/.exec(text2)?.[0].length ?? 0 : 0;
  const following = where.after === "link" ? "[" : where.after === "ask" ? ":" : "";
  const ahead = text2 + following;
  const pieces = [];
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    const last = i === text2.length - 1;
    if (i < leading || where.lineEnd && last && (c === " " || c === "	")) {
      pieces.push(c === " " ? "&#32;" : "&#9;");
    } else if (i === where.startEscape || ALWAYS.has(c) || c === "|" && where.table) {
      pieces.push(`\\${c}`);
    } else if (c === "&" && startsAt(REFERENCE_START, text2, i)) {
      pieces.push("\\&");
    } else if (c === ":" && (startsAt(DIRECTIVE_START, ahead, i) || last && following === ":")) {
      pieces.push("\\:");
    } else if (c === "!" && last && following === "[") {
      pieces.push("\\!");
    } else if (c === "{" && i === 0 && where.before === "ask") {
      pieces.push("\\{");
    } else {
      pieces.push(c);
    }
  }
  return pieces.map((piece, i) => {
    if (piece !== "\\") return piece;
    const next = pieces[i + 1];
    return next === void 0 || ASCII_PUNCTUATION.test(next) ? "\\\\" : piece;
  }).join("");
}
function startsAt(pattern, text2, index) {
  pattern.lastIndex = index;
  return pattern.test(text2);
}
function linkMarkdown(segment) {
  const label = escapeText(segment.label, { lineStart: false, lineEnd: false, table: false });
  if (segment.kind === "link") {
    const url = segment.url.replace(/[()\\]|&(?=#|[A-Za-z0-9]+;)/g, (c) => `\\${c}`);
    return `[${label}](${url})`;
  }
  const q = segment.q === segment.label.trim() ? "" : ` q="${segment.q}"`;
  const id = segment.id === segment.q ? "" : ` id="${segment.id}"`;
  return `:ask[${label}]${q || id ? `{${`${q}${id}`.trim()}}` : ""}`;
}

// src/import/cards.ts
var CARDS = {
  news: { json: "news", required: ["title", "url"], optional: ["description", "picurl", "type"] },
  image: { json: "image", required: ["media_id"], optional: ["url"] },
  miniprogram: {
    json: "miniprogrampage",
    required: ["title", "appid", "pagepath", "thumb_media_id"],
    optional: ["thumb_url"]
  }
};
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function richAnswer(text2) {
  if (!text2.startsWith("{") || !text2.endsWith("}")) return void 0;
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return void 0;
  }
  if (!isObject3(value)) return void 0;
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || !["news", "image", "miniprogrampage", "multimsg"].includes(key)) {
    return void 0;
  }
  try {
    const messages = key === "multimsg" ? multimsg(value.multimsg) : [card(value, "the answer")];
    return { ok: true, markdown: messagesMarkdown(messages), content: answerContent(messages) };
  } catch (error) {
    if (error instanceof RichProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
var RichProblem = class extends Error {
};
function multimsg(items) {
  if (!Array.isArray(items) || items.length === 0) {
    throw new RichProblem('"multimsg" is not a list of messages');
  }
  return items.map((item, index) => {
    if (typeof item === "string") {
      const text2 = item.replace(/\r\n?/g, "\n");
      if (text2.trim() === "" || text2.trim() !== text2) {
        throw new RichProblem(
          `message ${index + 1} of "multimsg" ${text2.trim() === "" ? "is empty" : "starts or ends with white space"}, which a text message cannot: faqops sends text messages trimmed`
        );
      }
      return text2;
    }
    if (isObject3(item)) return card(item, `message ${index + 1}`);
    throw new RichProblem(`message ${index + 1} of "multimsg" is neither text nor a card`);
  });
}
function card(value, what) {
  const keys = Object.keys(value);
  if (keys.length !== 1) throw new RichProblem(`${what} is not one card`);
  const key = keys[0];
  const body = value[key];
  if (key === "news") {
    const articles = isObject3(body) ? body.articles : void 0;
    if (!Array.isArray(articles) || articles.length === 0) {
      throw new RichProblem(`${what}: "news" has no "articles"`);
    }
    return {
      news: {
        articles: articles.map((a, i) => {
          const v = fields(a, "news", `${what}, article ${i + 1}`);
          const type = v.type || "h5";
          if (type !== "h5" && type !== "mp") {
            throw new RichProblem(`${what}: the news type "${type}" is not h5 or mp`);
          }
          return {
            title: v.title ?? "",
            description: v.description ?? "",
            url: v.url ?? "",
            picurl: v.picurl ?? "",
            type
          };
        })
      }
    };
  }
  if (key === "image") {
    const v = fields(body, "image", what);
    return { image: { media_id: v.media_id ?? "", url: v.url ?? "" } };
  }
  if (key === "miniprogrampage") {
    const v = fields(body, "miniprogram", what);
    return {
      miniprogrampage: {
        title: v.title ?? "",
        appid: v.appid ?? "",
        pagepath: v.pagepath ?? "",
        thumb_media_id: v.thumb_media_id ?? "",
        thumb_url: v.thumb_url ?? ""
      }
    };
  }
  throw new RichProblem(
    `${what}: "${key}" is not a card faqops knows (news, image, miniprogrampage)`
  );
}
function fields(value, directive2, what) {
  if (!isObject3(value)) throw new RichProblem(`${what} is not an object`);
  const spec = CARDS[directive2];
  const known = [...spec.required, ...spec.optional];
  const out = {};
  for (const [name, v] of Object.entries(value)) {
    if (!known.includes(name)) {
      throw new RichProblem(`${what}: "${spec.json}" has no field "${name}" in the format`);
    }
    if (typeof v !== "string") throw new RichProblem(`${what}: "${name}" is not text`);
    out[name] = v;
  }
  return out;
}
function messagesMarkdown(messages) {
  let out = "";
  let previous;
  for (const message of messages) {
    const kind = typeof message === "string" ? "text" : "news" in message ? "news" : "card";
    if (previous !== void 0) {
      out += kind === previous && kind !== "card" ? "\n\n---\n\n" : "\n\n";
    }
    out += typeof message === "string" ? escapeMessage(message) : cardMarkdown(message);
    previous = kind;
  }
  return out;
}
function cardMarkdown(card2) {
  if ("news" in card2) {
    return card2.news.articles.map((a) => directive("news", { ...a, type: a.type === "h5" ? "" : a.type })).join("\n");
  }
  if ("image" in card2) return directive("image", card2.image);
  return directive("miniprogram", card2.miniprogrampage);
}
function directive(name, values) {
  const spec = CARDS[name];
  const attributes = [
    ...spec.required.map((key) => [key, values[key] ?? ""]),
    ...spec.optional.map((key) => [key, values[key] ?? ""]).filter(([, v]) => v !== "")
  ];
  return `::${name}{${attributes.map(([key, v]) => `${key}="${attributeValue(v)}"`).join(" ")}}`;
}
function attributeValue(value) {
  return value.replace(/&(?=#|[A-Za-z0-9]+;)/g, "&amp;").replaceAll('"', "&quot;").replaceAll("\n", "&#10;");
}

// src/import/entries.ts
var SEPARATOR = /\s*##\s*/;
var TRUE_WORDS = ["true", "1", "yes", "y", "\u662F", "\u7981\u7528"];
var FALSE_WORDS = ["false", "0", "no", "n", "\u5426", "\u542F\u7528", ""];
function rowEntry(row, display, problems) {
  let errors = 0;
  const report = (ruleId, cell, message) => {
    const column = typeof cell === "string" ? row.cells[cell]?.column ?? 1 : cell.column;
    const problem = importDiagnostic(ruleId, display, row.row, column, message);
    if (problem.severity === "error") errors++;
    problems.push(problem);
  };
  const text2 = (column) => row.cells[column]?.text ?? "";
  const skill = cleanText(text2("skill"));
  const skillLength = characterCount(skill);
  if (skill === "") {
    report("import-skill", "skill", "the skill is empty: every entry belongs to a skill");
  } else if (skill.includes("\n")) {
    report("import-skill", "skill", "the skill has several lines: make it one line");
  } else if (skillLength > LIMITS.skillCharacters) {
    report(
      "import-skill",
      "skill",
      `the skill is ${skillLength} characters long; the console allows ${LIMITS.skillCharacters}`
    );
  }
  const badSkill = errors > 0;
  const title = cleanText(text2("title"));
  if (title === "") {
    report("import-title", "title", "the standard question (the title) is empty");
  }
  const threshold = readThreshold(row.cells.threshold, report);
  const disabled = readDisabled(row.cells.disabled, report);
  const questions = readQuestions(title, row.cells.questions, report);
  const answerCell = row.cells.answers;
  const answers = splitList(text2("answers"));
  if (answers.length === 0) {
    report("import-answer-empty", "answers", "the answer is empty: an entry needs an answer");
  } else if (answerCell && (/^\s/.test(answerCell.text) || answers.length === 1 && /\s$/.test(answerCell.text))) {
    report(
      "import-answer-trimmed",
      answerCell,
      "the answer starts or ends with white space, which is not kept: faqops sends every text message trimmed"
    );
  }
  if (answers.length > 1 && answerCell) {
    report(
      "import-answers",
      answerCell,
      `the cell holds ${answers.length} answers (separated by ##), of which the console sends one at random; faqops sends one answer, the first, and keeps the ${answers.length === 2 ? "other one" : `other ${answers.length - 1}`} as a comment in the file's front matter: choose one, or merge them`
    );
  }
  if (badSkill || title === "" || answers.length === 0) return void 0;
  const columns2 = Object.fromEntries(
    Object.entries(row.cells).map(([column, cell]) => [column, cell.column])
  );
  return {
    row: row.row,
    columns: columns2,
    skill,
    title,
    questions,
    threshold,
    disabled,
    answer: answers[0],
    otherAnswers: answers.slice(1),
    valid: errors === 0
  };
}
function splitList(text2) {
  return text2.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== "");
}
function readThreshold(cell, report) {
  const text2 = cell?.text.trim() ?? "";
  if (!cell || text2 === "") return void 0;
  const match = /^(?:\d+(?:\.(\d*))?|\.(\d+))$/.exec(text2);
  const value = match ? Number(text2) : Number.NaN;
  if (!match || !(value >= 0 && value <= 1)) {
    const hint = match && value >= 10 && value <= 100 ? `: did you mean ${value / 100}?` : "";
    report(
      "import-threshold",
      cell,
      `the similarity threshold "${text2}" is not a number from 0 to 1${hint}`
    );
    return void 0;
  }
  const places = (match[1] ?? match[2] ?? "").replace(/0+$/, "").length;
  if (places > THRESHOLD_DECIMALS) {
    report(
      "import-threshold",
      cell,
      `the similarity threshold ${text2} has more than ${THRESHOLD_DECIMALS} decimal places, which faqops does not keep: round it`
    );
    return void 0;
  }
  return value === DEFAULT_THRESHOLD ? void 0 : value;
}
function readDisabled(cell, report) {
  if (!cell) return void 0;
  const word = cell.text.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return word === "" ? void 0 : false;
  report("import-disabled", cell, `"${cell.text.trim()}" is not true or false`);
  return void 0;
}
function readQuestions(title, cell, report) {
  if (!cell) return [];
  const seen = /* @__PURE__ */ new Map([[alike(title), "the title"]]);
  const out = [];
  for (const part of splitList(cell.text)) {
    const question = cleanText(part);
    const key = alike(question);
    const same = seen.get(key);
    if (same !== void 0) {
      report(
        "import-question-dropped",
        cell,
        `the similar question "${question}" is left out: it is alike to ${same}, which the bot matches already`
      );
      continue;
    }
    seen.set(key, `"${question}"`);
    out.push(question);
  }
  return out;
}

// src/import/entry-file.ts
var import_yaml = __toESM(require_dist(), 1);
function entryFile(keys, body) {
  const lines = ["---"];
  const columns2 = ["title"];
  const add = (column, value) => {
    for (const line2 of (0, import_yaml.stringify)(value, { lineWidth: 0 }).trimEnd().split("\n")) {
      lines.push(line2);
      columns2.push(column);
    }
  };
  add("title", { title: keys.title });
  if (keys.questions.length > 0) add("questions", { questions: keys.questions });
  if (keys.skill !== void 0) add("skill", { skill: keys.skill });
  if (keys.id !== void 0) add("title", { id: keys.id });
  if (keys.draft) add("disabled", { draft: true });
  if (keys.threshold !== void 0) add("threshold", { threshold: keys.threshold });
  for (const line2 of otherAnswersComment(keys.otherAnswers)) {
    lines.push(line2);
    columns2.push("answers");
  }
  lines.push("---", "");
  columns2.push("title", "answers");
  for (const line2 of body.split("\n")) {
    lines.push(line2);
    columns2.push("answers");
  }
  return { text: `${lines.join("\n")}
`, lineColumns: columns2 };
}
function otherAnswersComment(answers) {
  if (answers.length === 0) return [];
  const lines = [
    `# ${answers.length + 1} answers were imported for this entry: the console sends one of them at`,
    "# random, faqops sends one, the answer below. The others, as they were imported:"
  ];
  answers.forEach((answer, index) => {
    lines.push(`# answer ${index + 2}:`);
    for (const line2 of answer.split("\n")) lines.push(line2 === "" ? "#" : `#   ${line2}`);
  });
  return lines;
}

// src/import/names.ts
var MAX_NAME_CHARACTERS = 50;
var RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d|readme)$/i;
function safeName(text2) {
  const name = text2.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, "-").replace(/-{2,}/g, "-");
  const short = [...name].slice(0, MAX_NAME_CHARACTERS).join("");
  const trimmed = short.replace(/^[-_.]+|[-_.]+$/g, "");
  if (trimmed === "") return "entry";
  return RESERVED.test(trimmed) ? `${trimmed}-entry` : trimmed;
}
var TakenNames = class {
  keys = /* @__PURE__ */ new Set();
  constructor(paths) {
    for (const p of paths) this.keys.add(pathKey(p));
  }
  has(path15) {
    return this.keys.has(pathKey(path15));
  }
  add(path15) {
    this.keys.add(pathKey(path15));
  }
  /** Gives a path back (its row was not imported), for a later row to take. */
  release(path15) {
    this.keys.delete(pathKey(path15));
  }
  /**
   * A free path `${folder}/${stem}${suffix}` (or without the folder when it is ""): the stem
   * itself, else `stem-2`, `stem-3`… in the order names are asked for, so the same rows give
   * the same names. The path is taken.
   */
  allocate(folder, stem, suffix = "") {
    const join = (name) => folder === "" ? name : `${folder}/${name}`;
    let candidate = join(`${stem}${suffix}`);
    for (let n = 2; this.has(candidate); n++) candidate = join(`${stem}-${n}${suffix}`);
    this.add(candidate);
    return candidate;
  }
};
function pathKey(path15) {
  return alike(path15);
}

// src/import/plan.ts
function planImport(input) {
  const { display, existing } = input;
  const problems = [...input.table.problems];
  const entries = input.table.rows.flatMap((row) => rowEntry(row, display, problems) ?? []);
  const unreadable = new Set(
    input.table.problems.filter((p) => p.severity === "error").map((p) => p.line)
  );
  const byKey = /* @__PURE__ */ new Map();
  for (const e of [...existing.entries].sort((a, b) => compareStrings(a.source, b.source))) {
    if (!byKey.has(entryKey(e))) byKey.set(entryKey(e), e);
  }
  const names = new TakenNames(existing.paths);
  const folders = new SkillFolders(existing.entries);
  const seen = /* @__PURE__ */ new Map();
  const files = [];
  const results = [];
  for (const entry of entries) {
    const key = entryKey(entry);
    const earlier = seen.get(key);
    if (earlier !== void 0) {
      problems.push(
        importDiagnostic(
          "import-duplicate",
          display,
          entry.row,
          entry.columns.title ?? 1,
          `row ${earlier} has the same skill and standard question; the platform keeps one entry per skill and question: merge the rows or change one question`
        )
      );
      continue;
    }
    seen.set(key, entry.row);
    const match = byKey.get(key);
    const source = match?.source ?? names.allocate(folders.folderFor(entry.skill), safeName(entry.title), ".md");
    const planned = planFile(entry, source, match, input);
    problems.push(...planned.problems);
    if (planned.file && planned.result && entry.valid && !unreadable.has(entry.row)) {
      files.push(planned.file);
      results.push({ entry, result: planned.result });
    } else if (!match) {
      names.release(source);
    }
  }
  problems.push(...conflicts(results, input));
  const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.line));
  return {
    files,
    problems: sortDiagnostics(problems),
    rowCount: input.table.rows.length,
    failedRows: [...failed].sort((a, b) => a - b)
  };
}
function entryKey(e) {
  return `${alike(e.skill)}\0${alike(e.title)}`;
}
var SkillFolders = class {
  bySkill = /* @__PURE__ */ new Map();
  claimed = /* @__PURE__ */ new Map();
  constructor(entries) {
    const sorted = [...entries].sort((a, b) => compareStrings(a.source, b.source));
    for (const e of sorted) {
      const slash = e.source.indexOf("/");
      const skill = alike(e.skill);
      if (slash === -1 || this.bySkill.has(skill)) continue;
      this.bySkill.set(skill, e.source.slice(0, slash));
    }
  }
  folderFor(skill) {
    const key = alike(skill);
    const known = this.bySkill.get(key);
    if (known !== void 0) return known;
    const stem = safeName(skill);
    let folder = stem;
    for (let n = 2; ; n++) {
      const owner = this.claimed.get(alike(folder));
      if (owner === void 0 || owner === key) break;
      folder = `${stem}-${n}`;
    }
    this.claimed.set(alike(folder), key);
    this.bySkill.set(key, folder);
    return folder;
  }
};
function planFile(entry, source, match, input) {
  const { display } = input;
  const problems = [];
  const at = (column) => entry.columns[column] ?? 1;
  const rich = richAnswer(entry.answer);
  if (rich && !rich.ok) {
    problems.push(
      importDiagnostic(
        "import-rich",
        display,
        entry.row,
        at("answers"),
        `the answer looks like a rich answer (JSON) but cannot be written as cards: ${rich.problem}`
      )
    );
    return { problems };
  }
  const body = rich ? rich.markdown : escapeMessage(entry.answer);
  const content = rich ? rich.content : entry.answer;
  const slash = source.indexOf("/");
  const folderSkill = slash === -1 ? void 0 : cleanText(source.slice(0, slash));
  const draft = entry.disabled ?? match?.draft ?? false;
  const threshold = entry.threshold ?? (match?.threshold !== void 0 ? DEFAULT_THRESHOLD : void 0);
  const file = entryFile(
    {
      title: entry.title,
      questions: entry.questions,
      skill: folderSkill === entry.skill ? void 0 : entry.skill,
      id: match?.id,
      draft,
      threshold,
      otherAnswers: entry.otherAnswers
    },
    body
  );
  const path15 = `${input.contentPath === "." ? "" : `${input.contentPath}/`}${source}`;
  const result = compileFile({ source, path: path15, bytes: Buffer.from(file.text, "utf8") });
  for (const d of result.diagnostics) {
    const column = file.lineColumns[d.line - 1] ?? "answers";
    problems.push({ ...d, file: display, line: entry.row, column: at(column) });
  }
  const compiled = result.entry;
  if (!compiled) return { problems };
  const differs = [
    compiled.skill !== entry.skill && "skill",
    compiled.title !== entry.title && "title",
    !isDeepStrictEqual(compiled.questions, entry.questions) && "similar questions",
    compiled.threshold !== threshold && "threshold",
    compiled.draft !== draft && "draft",
    compiled.content !== content && "answer"
  ].filter((d) => d !== false);
  if (differs.length > 0) {
    problems.push(
      importDiagnostic(
        "import-roundtrip",
        display,
        entry.row,
        at(differs.includes("answer") ? "answers" : "title"),
        `faqops cannot write this row so that it compiles back unchanged (the ${differs.join(", ")} would differ): this is a bug in faqops; please report it with the row`
      )
    );
    return { problems };
  }
  return {
    file: { row: entry.row, source, path: path15, text: file.text, replaces: match !== void 0 },
    result,
    problems
  };
}
function conflicts(results, input) {
  const byPath = new Map(results.map((r) => [r.result.path, r]));
  return validateAcrossEntries(results.map((r) => r.result)).filter((d) => d.ruleId !== "ask-target").map((d) => {
    const own = byPath.get(d.file);
    const isQuestion = own?.result.keys.questions.some((q) => q.line === d.line) ?? false;
    const column = own?.entry.columns[isQuestion ? "questions" : "title"] ?? 1;
    let message = d.message;
    for (const [path15, other] of byPath) {
      message = message.replaceAll(path15, `row ${other.entry.row}`);
    }
    return importDiagnostic(
      "import-conflict",
      input.display,
      own?.entry.row ?? 1,
      column,
      `${message} (\`check\` reports this as \`${d.ruleId}\`)`
    );
  });
}

// src/import/cells.ts
function lineBreaks(text2) {
  return text2.includes("\r") ? text2.replace(/\r\n?/g, "\n") : text2;
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns2) {
  const normalizedColumns = [];
  for (let i = 0, l = columns2.length; i < l; i++) {
    const column = columns2[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line2) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line2] === void 0) info[code].lines[line2] = 0;
      info[code].lines[line2]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns: columns2,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns2 === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns2 === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns2 === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns2.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns2 !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns2[i] === void 0 || columns2[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns2[i].name)) {
              if (Array.isArray(obj[columns2[i].name])) {
                obj[columns2[i].name] = obj[columns2[i].name].concat(record[i]);
              } else {
                obj[columns2[i].name] = [obj[columns2[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns2[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns: columns2, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns2);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns: columns2, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns2 === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns: columns2 } = this.options;
      const isColumns = Array.isArray(columns2);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns2.length > this.state.record.length ? columns2[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/import/csv.ts
function parseCsv(text2, display) {
  try {
    return parse(text2, {
      bom: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // Every line ending, whichever the first record has: csv-parse otherwise takes the
      // first one it meets as the only one.
      record_delimiter: ["\r\n", "\n", "\r"]
    });
  } catch (cause) {
    const where = cause instanceof CsvError && cause.lines ? `, line ${cause.lines}` : "";
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ImportFileError(`${display}${where}: cannot read the CSV: ${reason}`, {
      cause,
      hint: 'a cell that starts with a quote must end with one; write a quote inside it as two ("")'
    });
  }
}

// src/import/decode.ts
var utf8 = (bytes) => {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return void 0;
  }
};
function decodeCsv(bytes, display) {
  if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
    throw new ImportFileError(`${display} is UTF-16 text, which faqops does not read.`, {
      hint: 'in Excel, save it as "CSV UTF-8 (Comma delimited)" (or as .xlsx)'
    });
  }
  const bom = startsWith(bytes, [239, 187, 191]);
  const text2 = utf8(bom ? bytes.subarray(3) : bytes);
  if (text2 !== void 0) return { text: text2, encoding: bom ? "UTF-8 with BOM" : "UTF-8" };
  if (bom) {
    throw new ImportFileError(
      `${display} starts with a UTF-8 byte-order mark but is not valid UTF-8.`,
      { hint: 'save it again as "CSV UTF-8", or as .xlsx' }
    );
  }
  let decoder;
  try {
    decoder = new TextDecoder("gb18030", { fatal: true });
  } catch (cause) {
    throw new ImportFileError(
      `${display} is not UTF-8, and this Node.js cannot decode GB18030 (GBK): it was built without full ICU.`,
      { cause, hint: 'save the file as "CSV UTF-8", or use an official Node.js build' }
    );
  }
  try {
    return { text: decoder.decode(bytes), encoding: "GB18030 (GBK)" };
  } catch (cause) {
    throw new ImportFileError(`${display} is neither UTF-8 nor GB18030 (GBK) text.`, {
      cause,
      hint: 'save it as "CSV UTF-8 (Comma delimited)", or as .xlsx'
    });
  }
}
function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}

// src/import/xlsx.ts
async function readXlsx(bytes, display) {
  const { default: ExcelJS } = await import("./chunks/excel-7QIWJLHO.js");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes));
  } catch (cause) {
    throw new ImportFileError(`${display} cannot be read as an .xlsx workbook.`, {
      cause,
      hint: "open it in Excel and save it again as .xlsx, or as CSV UTF-8"
    });
  }
  const [sheet, ...others] = workbook.worksheets;
  if (!sheet) throw new ImportFileError(`${display} has no worksheet.`);
  const problems = [];
  const ignored = others.filter((s) => s.actualRowCount > 0).map((s) => `"${s.name}"`);
  if (ignored.length > 0) {
    problems.push(
      importDiagnostic(
        "import-sheet",
        display,
        1,
        1,
        `only the first sheet, "${sheet.name}", is imported; ${ignored.join(", ")} ${ignored.length === 1 ? "holds" : "hold"} rows that are not: move them to the first sheet, or import each sheet saved as its own file`
      )
    );
  }
  return {
    format: "xlsx",
    readAs: `.xlsx, sheet "${sheet.name}"`,
    rows: sheetRows(sheet, display, problems),
    problems
  };
}
function sheetRows(sheet, display, problems) {
  const rows = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const at = (message, severity = "error") => problems.push(
        importDiagnostic(
          severity === "error" ? "import-cell" : "import-link",
          display,
          r,
          c,
          message
        )
      );
      cells.push(lineBreaks(cellText(row.getCell(c).value, at)));
    }
    rows.push({ row: r, cells });
  }
  return rows;
}
function cellText(value, problem) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) {
    problem(
      "the cell holds a date, not text (Excel turns text such as 3-1 into a date): format the column as text and type the cell again"
    );
    return "";
  }
  if ("error" in value) {
    problem(`the cell holds the error value ${value.error}, not text`);
    return "";
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    const text2 = cellText(value.text, problem);
    if (value.hyperlink && value.hyperlink !== text2) {
      problem(
        `the cell's link to ${value.hyperlink} is not imported, only its text: write the link into the text`,
        "warning"
      );
    }
    return text2;
  }
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === void 0) {
      problem(
        "the cell holds a formula whose value was not saved: open the file in Excel and save it again"
      );
      return "";
    }
    return cellText(value.result, problem);
  }
  return "";
}

// src/import/table.ts
var ZIP = [80, 75, 3, 4];
var OLE = [208, 207, 17, 224];
async function readTable(bytes, display) {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, display);
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError(
      `${display} is an Excel 97\u20132003 workbook (.xls), which faqops does not read.`,
      {
        hint: "save it as .xlsx, or as CSV UTF-8"
      }
    );
  }
  const decoded = decodeCsv(bytes, display);
  const records = parseCsv(decoded.text, display);
  return {
    format: "csv",
    readAs: decoded.encoding,
    rows: records.map((cells, index) => ({ row: index + 1, cells: cells.map(lineBreaks) })),
    problems: []
  };
}

// src/import/options.ts
import path9 from "node:path";
function resolveImportOptions(raw) {
  const file = stringValue("file", raw.file);
  if (file === void 0) {
    throw new UsageError("import needs the file to read: faqops import FILE (.csv or .xlsx).");
  }
  const absolute = path9.resolve(raw.cwd, file);
  return Object.freeze({
    cwd: raw.cwd,
    content: resolveContentOptions({ cwd: raw.cwd, root: raw.root, content: raw.content }),
    file: absolute,
    display: displayPath(raw.cwd, absolute),
    force: booleanValue("force", raw.force, false),
    dryRun: booleanValue("dry-run", raw.dryRun, false)
  });
}

// src/import/index.ts
async function runImport(options) {
  const bytes = await readFile3(options.file).catch((cause) => {
    throw new UsageError(
      `cannot read ${options.display}: ${cause.code === "ENOENT" ? "no such file" : cause.message}`,
      { cause }
    );
  });
  const table = await readTable(bytes, options.display);
  const rows = templateRows(table, options.display);
  const { contentDir } = options.content;
  const plan = planImport({
    display: options.display,
    contentPath: displayPath(options.cwd, contentDir),
    table: rows,
    existing: await readExisting(options)
  });
  const problems = [...plan.problems];
  const failed = new Set(plan.failedRows);
  const files = [];
  for (const file of plan.files) {
    const absolute = path10.join(contentDir, ...file.source.split("/"));
    const current = await readFile3(absolute, "utf8").catch(() => void 0);
    let action = file.replaces || current !== void 0 ? "replaced" : "created";
    if (current === file.text) {
      action = "unchanged";
    } else if (current !== void 0 && !options.force) {
      action = "exists";
    } else if (!options.dryRun) {
      action = await write(absolute, file.text, action);
    }
    if (action === "exists") {
      failed.add(file.row);
      problems.push(
        importDiagnostic(
          "import-exists",
          options.display,
          file.row,
          1,
          `${file.path} already holds this entry, with other text: nothing was written; run again with --force to replace it (the file's id is kept)`
        )
      );
    }
    files.push({ row: file.row, path: file.path, action });
  }
  return {
    readAs: table.readAs,
    header: rows.header,
    rowCount: plan.rowCount,
    files,
    problems: sortDiagnostics(problems),
    failedRows: [...failed].sort((a, b) => a - b),
    dryRun: options.dryRun
  };
}
async function write(absolute, text2, action) {
  await mkdir3(path10.dirname(absolute), { recursive: true });
  if (action === "replaced") {
    await writeFileAtomic(absolute, text2);
    return action;
  }
  try {
    await writeFile2(absolute, text2, { flag: "wx" });
    return action;
  } catch (error) {
    if (error.code === "EEXIST") return "exists";
    throw error;
  }
}
async function readExisting(options) {
  const { contentDir } = options.content;
  const info = await stat2(contentDir).catch(() => void 0);
  if (!info) return { entries: [], paths: [] };
  const content = await loadContent(options.content);
  const entries = content.entries.map((e) => ({
    source: e.source,
    skill: e.skill,
    title: e.title,
    id: e.id,
    draft: e.draft,
    threshold: e.threshold
  }));
  const paths = [];
  for (const top of await list(contentDir)) {
    paths.push(top.name);
    if (!top.isDirectory()) continue;
    for (const inner of await list(path10.join(contentDir, top.name))) {
      paths.push(`${top.name}/${inner.name}`);
    }
  }
  return { entries, paths };
}
async function list(folder) {
  return readdir(folder, { withFileTypes: true }).catch(() => []);
}

// src/cli/commands/import.ts
function registerImport(program2, context) {
  program2.command("import").argument(
    "<file>",
    "the console's bulk-import template or export: .csv (UTF-8 or GBK) or .xlsx"
  ).summary("turn the console's bulk-import file (CSV or .xlsx) into Markdown entries").description(
    "Read the console's bulk-import template (or its export, or `faqops export`'s file) and write one Markdown file per row under the content folder: content/<skill>/<title>.md. Every file is compiled back and compared with its row; rows that cannot be written unchanged are reported with their row numbers and not written. Files already there are never written over without --force. See docs/import-export.md."
  ).option(
    "--content <dir>",
    "the content directory to write into, relative to the working directory (default: content, in the project root)"
  ).option("--force", "replace files that hold an entry with the same skill and title").option("--dry-run", "say what would be written, and write nothing").action(async (file, flags) => {
    const { io } = context;
    const options = resolveImportOptions({
      cwd: io.cwd,
      root: findProjectRoot(io.cwd).dir,
      file,
      content: flags.content,
      force: flags.force,
      dryRun: flags.dryRun
    });
    const report = await runImport(options);
    io.stdout(renderImport(report, options.display));
    context.result.code = countDiagnostics(report.problems).errors > 0 ? 1 : 0;
  });
}
var VERBS = {
  created: ["created", "would create"],
  replaced: ["replaced", "would replace"],
  unchanged: ["unchanged", "unchanged"],
  exists: ["not replaced", "would not replace"]
};
function renderImport(report, display) {
  const header = report.header === void 0 ? "no header row: columns taken in the template's order" : `header in row ${report.header}`;
  const lines = [
    `read ${display} as ${report.readAs}: ${plural(report.rowCount, "row", "rows")}, ${header}`
  ];
  for (const file of report.files) {
    lines.push(`${VERBS[file.action][report.dryRun ? 1 : 0]} ${file.path} (row ${file.row})`);
  }
  const count = (action) => report.files.filter((f) => f.action === action).length;
  const failed = report.failedRows;
  const counts = [
    `${plural(count("created"), "file", "files")} ${report.dryRun ? "to create" : "created"}`,
    `${count("replaced")} ${report.dryRun ? "to replace" : "replaced"}`,
    `${count("unchanged")} unchanged`,
    failed.length === 0 ? "every row imported" : `${plural(failed.length, "row", "rows")} not imported (${rowList(failed)})`
  ];
  const summary2 = `${counts.join(", ")}${report.dryRun ? " (dry run: nothing written)" : ""}`;
  return `${lines.join("\n")}
${renderDiagnostics(report.problems)}${summary2}
`;
}
function rowList(rows) {
  const shown = rows.slice(0, 10).map(String);
  if (rows.length > 10) return `rows ${shown.join(", ")} and ${rows.length - 10} more`;
  const words = shown.length === 1 ? shown : [shown.slice(0, -1).join(", "), shown.at(-1)];
  return `${shown.length === 1 ? "row" : "rows"} ${words.join(" and ")}`;
}

// src/cli/commands/init.ts
import { statSync } from "node:fs";
import path12 from "node:path";

// src/init/disk.ts
import { existsSync as existsSync2, lstatSync, readFileSync } from "node:fs";
import { appendFile, mkdir as mkdir4, writeFile as writeFile3 } from "node:fs/promises";
import path11 from "node:path";

// src/content/front-matter-spec.ts
var FRONT_MATTER_SPEC = {
  title: {
    kind: "line",
    required: true,
    maxCharacters: LIMITS.titleCharacters,
    overMax: "warning",
    label: { en: "Title", zh: "\u6807\u9898" },
    description: {
      en: `The standard question, on one line, as a user would ask it. Required. faqops check warns past ${LIMITS.titleCharacters} characters.`,
      zh: `\u6807\u51C6\u95EE\u9898\uFF0C\u5199\u6210\u4E00\u884C\uFF0C\u7528\u7528\u6237\u63D0\u95EE\u7684\u8BF4\u6CD5\u3002\u5FC5\u586B\u3002\u8D85\u8FC7 ${LIMITS.titleCharacters} \u4E2A\u5B57\u7B26\u65F6 faqops check \u4F1A\u8B66\u544A\u3002`
    }
  },
  skill: {
    kind: "line",
    required: false,
    maxCharacters: LIMITS.skillCharacters,
    overMax: "error",
    label: { en: "Skill", zh: "\u6280\u80FD" },
    description: {
      en: `The skill, 1 to ${LIMITS.skillCharacters} characters on one line. Leave it out to use the name of the entry's first-level folder.`,
      zh: `\u6280\u80FD\u540D\uFF0C1 \u5230 ${LIMITS.skillCharacters} \u4E2A\u5B57\u7B26\uFF0C\u4E00\u884C\u3002\u4E0D\u5199\u65F6\u4F7F\u7528\u6761\u76EE\u6240\u5728\u7B2C\u4E00\u5C42\u6587\u4EF6\u5939\u7684\u540D\u5B57\u3002`
    }
  },
  questions: {
    kind: "lines",
    maxItems: LIMITS.questionCount,
    maxCharacters: LIMITS.questionCharacters,
    label: { en: "Similar questions", zh: "\u76F8\u4F3C\u95EE\u9898" },
    description: {
      en: `Other ways users ask the same question: a list, one line each, none the same as the title or another question (faqops check also ignores full-width/half-width and letter case when comparing). faqops check warns past ${LIMITS.questionCount} questions or ${LIMITS.questionCharacters} characters in one.`,
      zh: `\u7528\u6237\u95EE\u540C\u4E00\u4E2A\u95EE\u9898\u7684\u5176\u4ED6\u8BF4\u6CD5\uFF1A\u5217\u8868\uFF0C\u6BCF\u9879\u4E00\u884C\uFF0C\u4E0D\u80FD\u4E0E\u6807\u9898\u6216\u5176\u4ED6\u76F8\u4F3C\u95EE\u9898\u76F8\u540C\uFF08faqops check \u6BD4\u8F83\u65F6\u8FD8\u5FFD\u7565\u5168\u89D2/\u534A\u89D2\u548C\u5927\u5C0F\u5199\uFF09\u3002\u8D85\u8FC7 ${LIMITS.questionCount} \u4E2A\uFF0C\u6216\u5355\u4E2A\u8D85\u8FC7 ${LIMITS.questionCharacters} \u4E2A\u5B57\u7B26\u65F6 faqops check \u4F1A\u8B66\u544A\u3002`
    }
  },
  id: {
    kind: "pattern",
    pattern: ID_PATTERN,
    label: { en: "Id", zh: "\u7F16\u53F7" },
    description: {
      en: "A stable name for the entry, unique in the content: ASCII letters, digits, -, _ and / (such as card/apply).",
      zh: "\u6761\u76EE\u7684\u56FA\u5B9A\u540D\u79F0\uFF0C\u5728\u5168\u90E8\u5185\u5BB9\u4E2D\u552F\u4E00\uFF1A\u53EA\u80FD\u7528\u82F1\u6587\u5B57\u6BCD\u3001\u6570\u5B57\u3001-\u3001_ \u548C /\uFF08\u4F8B\u5982 card/apply\uFF09\u3002"
    }
  },
  draft: {
    kind: "boolean",
    label: { en: "Draft", zh: "\u8349\u7A3F" },
    description: {
      en: "true keeps the entry off the bot; it is still checked like any other. Write true or false, without quotes.",
      zh: "\u5199 true \u8868\u793A\u8349\u7A3F\uFF1A\u4E0D\u540C\u6B65\u5230\u673A\u5668\u4EBA\uFF0C\u4F46\u7167\u5E38\u68C0\u67E5\u3002\u5199 true \u6216 false\uFF0C\u4E0D\u52A0\u5F15\u53F7\u3002"
    }
  },
  threshold: {
    kind: "number",
    minimum: 0,
    maximum: 1,
    decimals: THRESHOLD_DECIMALS,
    label: { en: "Similarity threshold", zh: "\u76F8\u4F3C\u5EA6\u9608\u503C" },
    description: {
      en: `How close a user's question must be to the title or a similar question: a number from 0 to 1 with at most ${THRESHOLD_DECIMALS} decimal places, without quotes (0.85). Higher is stricter; the platform's default is ${DEFAULT_THRESHOLD}. Sent only through the v2 API.`,
      zh: `\u7528\u6237\u7684\u95EE\u9898\u4E0E\u6807\u9898\u6216\u76F8\u4F3C\u95EE\u9898\u8981\u591A\u63A5\u8FD1\u624D\u7528\u8FD9\u6761\u56DE\u7B54\uFF1A0 \u5230 1 \u4E4B\u95F4\u7684\u6570\u5B57\uFF0C\u6700\u591A ${THRESHOLD_DECIMALS} \u4F4D\u5C0F\u6570\uFF0C\u4E0D\u52A0\u5F15\u53F7\uFF080.85\uFF09\u3002\u8D8A\u9AD8\u8D8A\u4E25\u683C\uFF1B\u5E73\u53F0\u9ED8\u8BA4 ${DEFAULT_THRESHOLD}\u3002\u53EA\u5728\u4F7F\u7528 v2 \u63A5\u53E3\u65F6\u53D1\u9001\u3002`
    }
  }
};
function frontMatterSpecs() {
  return FRONT_MATTER_KEYS.map((key) => [key, FRONT_MATTER_SPEC[key]]);
}

// src/init/schema.ts
var SCHEMA_COPY = ".faqops/faqops-entry.schema.json";
var ONE_LINE_PATTERN = String.raw`^\s*\S[^\n]*(?:\n\s*)?$`;
function entrySchema() {
  const specs = frontMatterSpecs();
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $comment: "Generated from src/content/front-matter-spec.ts by `npm run schema`; do not edit. faqops check is the last word: it also compares questions across entries.",
    title: "faqops FAQ entry front matter",
    description: bilingual({
      en: "The YAML front matter of one FAQ entry (a Markdown file in content/): the standard question, similar questions and options. An empty value (key: or ~) counts as not set.",
      zh: "\u4E00\u6761 FAQ\uFF08content/ \u4E2D\u7684\u4E00\u4E2A Markdown \u6587\u4EF6\uFF09\u5F00\u5934\u7684 YAML \u5C5E\u6027\uFF1A\u6807\u51C6\u95EE\u9898\u3001\u76F8\u4F3C\u95EE\u9898\u548C\u9009\u9879\u3002\u7A7A\u503C\uFF08key: \u6216 ~\uFF09\u7B49\u4E8E\u6CA1\u5199\u3002"
    }),
    type: "object",
    required: specs.filter(([, spec]) => spec.kind === "line" && spec.required).map(([k]) => k),
    additionalProperties: false,
    properties: Object.fromEntries(specs.map(([key, spec]) => [key, keySchema(spec)]))
  };
}
function keySchema(spec) {
  const text2 = {
    title: `${spec.label.en} / ${spec.label.zh}`,
    description: bilingual(spec.description)
  };
  switch (spec.kind) {
    case "line":
      return {
        ...text2,
        type: spec.required ? "string" : ["string", "null"],
        ...line(spec.maxCharacters)
      };
    case "lines":
      return {
        ...text2,
        type: ["array", "null"],
        maxItems: spec.maxItems,
        // Equal questions; the compiler also refuses ones that differ only in width or case.
        uniqueItems: true,
        items: { type: "string", ...line(spec.maxCharacters) }
      };
    case "pattern":
      return { ...text2, type: ["string", "null"], pattern: spec.pattern.source };
    case "boolean":
      return { ...text2, type: ["boolean", "null"] };
    case "number":
      return {
        ...text2,
        type: ["number", "null"],
        minimum: spec.minimum,
        maximum: spec.maximum,
        // Exact in decimal, not in binary: validators need a tolerance (docs/editors.md).
        multipleOf: 1 / 10 ** spec.decimals
      };
  }
}
function line(max) {
  return { minLength: 1, maxLength: max, pattern: ONE_LINE_PATTERN };
}
function bilingual(text2) {
  return `${text2.en}

${text2.zh}`;
}
function entrySchemaText() {
  return `${JSON.stringify(entrySchema(), null, 2)}
`;
}

// src/init/templates.ts
var WORKFLOW_FILE = ".github/workflows/faq.yml";
var WORKFLOW = `name: FAQ
on:
  pull_request:
    paths: ["content/**", "faqops.lock.json", ".github/workflows/faq.yml"]
  push:
    branches: [main]
    paths: ["content/**", ".github/workflows/faq.yml"]
# One sync at a time, never cancelled halfway.
concurrency:
  group: faq-\${{ github.event_name == 'pull_request' && github.ref || 'sync' }}
  cancel-in-progress: false
permissions:
  contents: write       # the lockfile commit
  pull-requests: write  # the plan comment
jobs:
  plan:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: faqops/faqops@v1   # command: plan on pull requests; needs no secrets
        id: faqops
      - uses: actions/upload-artifact@v4   # the preview of the changes, for reviewers
        with:
          name: faq-preview
          path: \${{ steps.faqops.outputs.preview }}
  sync:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5   # keep persist-credentials (the default): the push uses it
      - uses: faqops/faqops@v1      # command: apply on push
        with:
          appid: \${{ secrets.FAQOPS_APPID }}
          token: \${{ secrets.FAQOPS_TOKEN }}
          encoding-aes-key: \${{ secrets.FAQOPS_ENCODING_AES_KEY }}
          manager-id: \${{ secrets.FAQOPS_MANAGER_ID }}
          publish: true
`;
var WORKFLOW_ACTION = "faqops/faqops@v1";
var SECRETS = [
  { name: "FAQOPS_APPID", what: "the bot's APPID" },
  { name: "FAQOPS_TOKEN", what: "the bot's TOKEN" },
  {
    name: "FAQOPS_ENCODING_AES_KEY",
    what: "the bot's EncodingAESKey, 43 characters (v1 API only; not needed with api: v2)"
  },
  { name: "FAQOPS_MANAGER_ID", what: "the id of an administrator of the bot" }
];
var EXAMPLE_FILE = "content/\u793A\u4F8B/\u8425\u4E1A\u65F6\u95F4.md";
var EXAMPLE = `---
# \u793A\u4F8B\uFF1Afaqops init \u653E\u7684\u793A\u4F8B\u95EE\u7B54\u3002draft: true \u8868\u793A\u8349\u7A3F\uFF0C\u53EA\u68C0\u67E5\uFF0C\u4E0D\u540C\u6B65\u5230\u673A\u5668\u4EBA\u3002
# \u53C2\u7167\u5B83\u5199\u597D\u81EA\u5DF1\u7684\u95EE\u7B54\u540E\uFF0C\u5220\u6389\u8FD9\u4E2A\u6587\u4EF6\uFF08\u6216\u5220\u6389 draft \u8FD9\u4E00\u884C\uFF0C\u5E76\u628A\u6587\u4EF6\u5939\u6539\u6210\u4F60\u7684\u6280\u80FD\u540D\uFF09\u3002
title: \u8425\u4E1A\u65F6\u95F4\u662F\u51E0\u70B9\uFF1F
questions:
  - \u51E0\u70B9\u5F00\u95E8
  - \u5468\u672B\u8425\u4E1A\u5417
draft: true
---

\u5468\u4E00\u81F3\u5468\u4E94 9:00-18:00\uFF0C\u5468\u516D 10:00-16:00\uFF0C\u5468\u65E5\u4F11\u606F\u3002

\u8282\u5047\u65E5\u5B89\u6392\u89C1[\u8425\u4E1A\u516C\u544A](https://example.com/notice)\u3002
`;
var CONTENT_README_FILE = "content/README.md";
function keyTable() {
  const rows = frontMatterSpecs().map(([key, spec]) => {
    const required = spec.kind === "line" && spec.required ? "\u662F" : "\u5426";
    return `| \`${key}\` | ${spec.label.zh}\uFF1A${spec.description.zh} | ${required} |`;
  });
  return ["| \u5C5E\u6027 | \u5199\u4EC0\u4E48 | \u5FC5\u586B |", "| --- | --- | --- |", ...rows].join("\n");
}
var CONTENT_README = `# FAQ \u5185\u5BB9\uFF1A\u5199\u7ED9\u7F16\u8F91

\u8FD9\u4E2A\u6587\u4EF6\u5939\u91CC\u7684\u6BCF\u4E2A \`.md\` \u6587\u4EF6\u662F\u804A\u5929\u673A\u5668\u4EBA\u7684\u4E00\u6761\u95EE\u7B54\uFF08FAQ\uFF09\u3002\u6539\u52A8\u5408\u5E76\u5230 \`main\` \u5206\u652F\u540E\uFF0C
\u4F1A\u81EA\u52A8\u540C\u6B65\u5230\u5FAE\u4FE1\u5BF9\u8BDD\u5F00\u653E\u5E73\u53F0\u3002

## \u4E00\u6761\u95EE\u7B54

\`\`\`markdown
---
title: \u8425\u4E1A\u65F6\u95F4\u662F\u51E0\u70B9\uFF1F
questions:
  - \u51E0\u70B9\u5F00\u95E8
  - \u5468\u672B\u8425\u4E1A\u5417
---

\u5468\u4E00\u81F3\u5468\u4E94 9:00-18:00\u3002
\`\`\`

- \u6587\u4EF6\u7B2C\u4E00\u884C\u5FC5\u987B\u662F \`---\`\u3002\u4E24\u884C \`---\` \u4E4B\u95F4\u662F**\u5C5E\u6027**\uFF08YAML\uFF09\uFF1A\`title\` \u662F\u6807\u51C6\u95EE\u9898\uFF0C
  \`questions\` \u662F\u76F8\u4F3C\u95EE\u9898\uFF08\u7528\u6237\u95EE\u540C\u4E00\u4EF6\u4E8B\u7684\u5176\u4ED6\u8BF4\u6CD5\uFF09\u3002
- \u4E0B\u9762\u662F**\u7B54\u6848**\uFF0C\u7528 Markdown \u5199\u3002
- \`\u793A\u4F8B/\u8425\u4E1A\u65F6\u95F4.md\` \u662F\u4E00\u4E2A\u793A\u4F8B\uFF08\`draft: true\`\uFF0C\u4E0D\u4F1A\u540C\u6B65\uFF09\u3002\u7167\u7740\u5B83\u5199\u597D\u81EA\u5DF1\u7684\u95EE\u7B54\u540E\u5220\u6389\u5B83\u3002

## \u6587\u4EF6\u548C\u6587\u4EF6\u5939

- \u7B2C\u4E00\u5C42\u6587\u4EF6\u5939\u540D\u5C31\u662F\u6280\u80FD\u540D\uFF1A\`\u8D26\u6237/\u5F00\u6237.md\` \u5C5E\u4E8E\u6280\u80FD\u201C\u8D26\u6237\u201D\uFF1B\`\u8D26\u6237/\u65E7/\u9500\u6237.md\` \u4E5F\u662F\u3002
  \u4E5F\u53EF\u4EE5\u5728\u5C5E\u6027\u91CC\u5199 \`skill:\` \u6307\u5B9A\u6280\u80FD\u3002
- \u6587\u4EF6\u540D\u4EE5 \`_\` \u6216 \`.\` \u5F00\u5934\u7684\u6587\u4EF6\u548C README.md \u4E0D\u4F1A\u540C\u6B65\uFF1A\u53EF\u4EE5\u7528\u6765\u653E\u6A21\u677F\uFF08\u5982 \`_\u6A21\u677F.md\`\uFF09\u548C\u8BF4\u660E\u3002
- \u6587\u4EF6\u7528 UTF-8 \u4FDD\u5B58\uFF0C\u6587\u4EF6\u540D\u4EE5\u5C0F\u5199 \`.md\` \u7ED3\u5C3E\u3002

## \u5C5E\u6027

${keyTable()}

- \u5C5E\u6027\u7684\u503C\u662F YAML\u3002\u5305\u542B \`: \`\uFF08\u5192\u53F7\u52A0\u7A7A\u683C\uFF09\u6216\u4EE5 \`[\`\u3001\`{\`\u3001\`"\`\u3001\`'\`\u3001\`&\`\u3001\`*\`\u3001\`!\`\u3001\`|\`\u3001\`>\`\u3001\`%\`\u3001\`@\` \u5F00\u5934\u7684\u6587\u5B57\u8981\u52A0\u5F15\u53F7\uFF1A
  \`title: "\u8425\u4E1A\u65F6\u95F4: \u51E0\u70B9"\`\u3002
- \u7C7B\u578B\u4E0D\u4F1A\u81EA\u52A8\u8F6C\u6362\uFF1A\u6807\u9898\u771F\u7684\u662F\u6570\u5B57\u65F6\u5199 \`title: "12"\`\uFF1B\`draft: true\` \u4E0D\u52A0\u5F15\u53F7\uFF1B\`threshold: 0.85\` \u4E0D\u52A0\u5F15\u53F7\u3002
- \u7A7A\u503C\uFF08\`questions:\` \u540E\u9762\u4EC0\u4E48\u90FD\u4E0D\u5199\uFF0C\u6216 \`~\`\uFF09\u7B49\u4E8E\u6CA1\u5199\u3002
- \u76F8\u4F3C\u95EE\u9898\u4E0D\u80FD\u548C\u6807\u9898\u6216\u5176\u4ED6\u76F8\u4F3C\u95EE\u9898\u76F8\u540C\uFF1B\u6BD4\u8F83\u65F6\u4E0D\u533A\u5206\u5168\u89D2/\u534A\u89D2\u548C\u5927\u5C0F\u5199\uFF08\`\uFF1F\` \u548C \`?\` \u76F8\u540C\uFF09\u3002
  \u540C\u4E00\u6280\u80FD\u91CC\uFF0C\u4E0D\u540C\u95EE\u7B54\u7684\u6807\u9898\u548C\u76F8\u4F3C\u95EE\u9898\u4E5F\u4E0D\u80FD\u76F8\u540C\u3002

## \u7B54\u6848

- \u6BB5\u843D\u3001\u6807\u9898\u3001\u5217\u8868\u3001\`**\u52A0\u7C97**\`\u3001\`*\u5F3A\u8C03*\` \u90FD\u53D8\u6210\u7EAF\u6587\u672C\uFF1A\u804A\u5929\u91CC\u6CA1\u6709\u683C\u5F0F\uFF0C\u7B26\u53F7\u4F1A\u53BB\u6389\uFF1B\`- \u9879\u76EE\` \u53D8\u6210 \`\u2022 \u9879\u76EE\`\u3002
- \u76F4\u63A5\u56DE\u8F66\u5C31\u662F\u6362\u884C\u3002\u6BB5\u843D\u4E4B\u95F4\u7A7A\u4E00\u884C\u3002
- \u53EA\u6709 \`---\` \u7684\u4E00\u884C\u628A\u7B54\u6848\u5206\u6210\u51E0\u6761\u6D88\u606F\uFF0C\u4F9D\u6B21\u53D1\u7ED9\u7528\u6237\u3002
- \u94FE\u63A5\u8981\u5199\u5B8C\u6574\u5730\u5740\uFF1A\`[\u5B98\u7F51](https://example.com)\`\u3002\`/help\`\u3001\`www.example.com\` \u8FD9\u6837\u7684\u5730\u5740\u4F1A\u62A5\u9519\u3002
- \u4E0D\u652F\u6301 HTML\uFF08\u5982 \`<br>\`\uFF09\u3001\u56FE\u7247 \`![](\u2026)\`\u3001\u8868\u683C\uFF1A\u6362\u884C\u76F4\u63A5\u56DE\u8F66\uFF1B\u56FE\u7247\u7528\u4E0B\u9762\u7684 \`::image\` \u5361\u7247\uFF1B\u8868\u683C\u6539\u6210\u5217\u8868\u3002

### \u63A8\u8350\u95EE\u9898 \`:ask\`

\`\`\`markdown
\u4F60\u8FD8\u53EF\u4EE5\u95EE\uFF1A:ask[\u4FE1\u7528\u5361\u600E\u4E48\u8FD8\u6B3E]
:ask[\u4EBA\u5DE5\u670D\u52A1]{q="\u5BA2\u670D\u7535\u8BDD\u662F\u591A\u5C11"}
\`\`\`

\u7528\u6237\u70B9\u4E00\u4E0B\u5C31\u4F1A\u53D1\u51FA\u8FD9\u4E2A\u95EE\u9898\u3002\u65B9\u62EC\u53F7\u91CC\u662F\u663E\u793A\u7684\u6587\u5B57\uFF1B\`q\` \u662F\u5B9E\u9645\u53D1\u51FA\u7684\u95EE\u9898\uFF08\u4E0D\u5199\u5C31\u662F\u65B9\u62EC\u53F7\u91CC\u7684\u6587\u5B57\uFF09\u3002
\u8FD9\u4E2A\u95EE\u9898\u5E94\u5F53\u662F\u67D0\u6761\u95EE\u7B54\u7684\u6807\u9898\u6216\u76F8\u4F3C\u95EE\u9898\uFF0C\u5426\u5219 \`faqops check\` \u4F1A\u8B66\u544A\uFF08\u7528\u6237\u70B9\u4E86\u5F97\u4E0D\u5230\u56DE\u7B54\uFF09\u3002

### \u5361\u7247

\u5361\u7247\u5355\u72EC\u5360\u4E00\u884C\uFF0C\u4EE5 \`::\` \u5F00\u5934\uFF0C\u653E\u5728\u7B54\u6848\u7684\u6700\u5916\u5C42\uFF08\u4E0D\u5728\u5217\u8868\u6216\u5F15\u7528\u91CC\uFF09\uFF1A

\`\`\`markdown
::news{title="\u5468\u4E09\u7F8E\u98DF\u4E94\u6298" url="https://example.com/promo" picurl="https://example.com/food.jpg"}
::image{media_id="MEDIA_ID"}
::miniprogram{title="\u4FE1\u7528\u5361\u8FD8\u6B3E" appid="wx3f5c8a1b2d4e6f70" pagepath="pages/repay/index" thumb_media_id="THUMB_ID"}
\`\`\`

- \`::news\`\uFF1A\u56FE\u6587\u3002\u5FC5\u586B \`title\`\u3001\`url\`\uFF1B\u53EF\u9009 \`description\`\u3001\`picurl\`\u3001\`type\`\uFF08\u7F51\u9875 \`h5\`\uFF0C\u9ED8\u8BA4\uFF1B\u516C\u4F17\u53F7\u6587\u7AE0 \`mp\`\uFF09\u3002
  \u8FDE\u7EED\u51E0\u884C \`::news\` \u662F\u540C\u4E00\u6761\u6D88\u606F\uFF0C\u6700\u591A 8 \u7BC7\u3002
- \`::image\`\uFF1A\u56FE\u7247\u3002\u5FC5\u586B \`media_id\`\uFF08\u5E73\u53F0\u7D20\u6750\u5E93\u91CC\u7684\u7F16\u53F7\uFF09\u3002
- \`::miniprogram\`\uFF1A\u5C0F\u7A0B\u5E8F\u5361\u7247\u3002\u5FC5\u586B \`title\`\u3001\`appid\`\uFF08\`wx\` \u52A0 16 \u4F4D\u5C0F\u5199\u5341\u516D\u8FDB\u5236\uFF09\u3001\`pagepath\`\u3001\`thumb_media_id\`\u3002
- \u4E00\u5F20\u5361\u7247\u81EA\u5DF1\u5C31\u662F\u4E00\u6761\u6D88\u606F\u3002\u503C\u91CC\u6709\u7A7A\u683C\u65F6\u52A0\u53CC\u5F15\u53F7\u3002

## \u68C0\u67E5\u548C\u9884\u89C8

- \`npx faqops check\`\uFF1A\u68C0\u67E5\u6240\u6709\u6587\u4EF6\uFF0C\u6BCF\u4E2A\u95EE\u9898\u4E00\u884C\uFF1A\`\u6587\u4EF6:\u884C:\u5217: error \u89C4\u5219 \u8BF4\u660E\`\u3002\u6709\u9519\u8BEF\u7684\u6587\u4EF6\u4E0D\u4F1A\u540C\u6B65\u3002
- \`npx faqops preview\`\uFF1A\u751F\u6210\u4E00\u4E2A\u7F51\u9875\uFF0C\u50CF\u5FAE\u4FE1\u5BF9\u8BDD\u4E00\u6837\u663E\u793A\u6BCF\u6761\u95EE\u7B54\uFF08\u6253\u5370\u51FA\u7F51\u9875\u7684\u4F4D\u7F6E\uFF0C\u7528\u6D4F\u89C8\u5668\u6253\u5F00\uFF09\u3002
- \`npx faqops plan\`\uFF1A\u5408\u5E76\u540E\u4F1A\u65B0\u589E\u3001\u4FEE\u6539\u54EA\u4E9B\u95EE\u7B54\u3002
- \u63D0\u4EA4 Pull Request \u540E\uFF0C\u4F1A\u5728 PR \u91CC\u81EA\u52A8\u8BC4\u8BBA\u8FD9\u6B21\u6539\u52A8\u7684\u8BA1\u5212\uFF1B\u6539\u52A8\u7684\u9884\u89C8\u5728\u8FD9\u6B21\u8FD0\u884C\uFF08Actions\uFF09\u7684 \`faq-preview\` \u9644\u4EF6\u91CC\u3002
- \u5728\u7F16\u8F91\u5668\u91CC\u8FB9\u5199\u8FB9\u68C0\u67E5\u5C5E\u6027\uFF1A\u4ED3\u5E93\u91CC\u7684 \`.remarkrc.json\` \u914D\u597D\u4E86\u5C5E\u6027\u68C0\u67E5\uFF0C\u914D\u5408 VS Code \u7684 remark \u6269\u5C55
  \uFF08\`unifiedjs.vscode-remark\`\uFF09\u4F7F\u7528\uFF0C\u8BBE\u7F6E\u65B9\u6CD5\u89C1 faqops \u6587\u6863 docs/editors.md\u3002

\u5B8C\u6574\u5199\u6CD5\u89C1 faqops \u6587\u6863 docs/content-format.md\u3002
`;
var REMARK_CONFIG_FILE = ".remarkrc.json";
var AJV_OPTIONS = { multipleOfPrecision: 9 };
var REMARK_CONFIG = {
  plugins: [
    "remark-frontmatter",
    [
      "remark-lint-frontmatter-schema",
      { schemas: { [SCHEMA_COPY]: ["content/**/*.md"] }, ajvOptions: AJV_OPTIONS }
    ]
  ]
};
var REMARK_CONFIG_NAMES = [
  ".remarkrc",
  ".remarkrc.json",
  ".remarkrc.yaml",
  ".remarkrc.yml",
  ".remarkrc.js",
  ".remarkrc.cjs",
  ".remarkrc.mjs"
];
var REMARK_PACKAGES = [
  "remark-cli",
  "remark-frontmatter",
  "remark-lint-frontmatter-schema"
];
var VSCODE_EXTENSIONS_FILE = ".vscode/extensions.json";
var REMARK_EXTENSION = "unifiedjs.vscode-remark";
var GITIGNORE_FILE = ".gitignore";
var GITIGNORE_LINE = `${CACHE_DIR}/`;
var GITIGNORE_BLOCK = `# faqops: the compile cache and previews, rebuilt when missing
${GITIGNORE_LINE}
`;
function jsonText(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

// src/init/plan.ts
var INIT_PATHS = [
  CONTENT_README_FILE,
  EXAMPLE_FILE,
  WORKFLOW_FILE,
  SCHEMA_COPY,
  REMARK_CONFIG_FILE,
  VSCODE_EXTENSIONS_FILE,
  GITIGNORE_FILE
];
function planInit(state) {
  const at = (path15) => state.paths.get(path15) ?? { kind: "absent" };
  const steps = [];
  const createOrKeep = (path15, text2, note) => {
    const existing = at(path15);
    if (existing.kind === "absent") {
      steps.push({ kind: "create", path: path15, text: text2 });
    } else {
      const why = note?.(existing);
      steps.push(why ? { kind: "keep", path: path15, note: why } : { kind: "keep", path: path15 });
    }
  };
  createOrKeep(CONTENT_README_FILE, CONTENT_README);
  if (state.contentHasEntries && at(EXAMPLE_FILE).kind === "absent") {
    steps.push({
      kind: "skip",
      path: EXAMPLE_FILE,
      note: "the content folder already has entries"
    });
  } else {
    createOrKeep(EXAMPLE_FILE, EXAMPLE);
  }
  createOrKeep(WORKFLOW_FILE, WORKFLOW);
  createOrKeep(
    SCHEMA_COPY,
    entrySchemaText(),
    (existing) => existing.kind === "file" && !sameJson(existing.text, entrySchema()) ? "it differs from this faqops's schema: delete it and run `faqops init` again to update it" : ""
  );
  if (state.otherRemarkConfig && at(REMARK_CONFIG_FILE).kind === "absent") {
    steps.push({
      kind: "skip",
      path: REMARK_CONFIG_FILE,
      note: `${state.otherRemarkConfig} configures remark: add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)`
    });
  } else {
    createOrKeep(
      REMARK_CONFIG_FILE,
      jsonText(REMARK_CONFIG),
      (existing) => existing.kind === "file" && !existing.text.includes("remark-lint-frontmatter-schema") ? "add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)" : ""
    );
  }
  createOrKeep(
    VSCODE_EXTENSIONS_FILE,
    jsonText({ recommendations: [REMARK_EXTENSION] }),
    (e) => e.kind === "file" && !e.text.includes(REMARK_EXTENSION) ? `add "${REMARK_EXTENSION}" to its recommendations` : ""
  );
  steps.push(gitignoreStep(at(GITIGNORE_FILE)));
  const warnings = state.insideGit ? [] : [
    "this folder is not in a Git repository: faqops plan reads what the bot holds from Git, and the workflow runs on GitHub; run `git init` here, then commit these files"
  ];
  return { steps, warnings };
}
function gitignoreStep(existing) {
  const path15 = GITIGNORE_FILE;
  if (existing.kind === "absent") return { kind: "create", path: path15, text: GITIGNORE_BLOCK };
  if (existing.kind === "other") {
    return { kind: "keep", path: path15, note: `not a regular file: add ${GITIGNORE_LINE} to it yourself` };
  }
  if (ignoresCache(existing.text)) return { kind: "keep", path: path15 };
  const text2 = existing.text;
  const separator = text2 === "" ? "" : text2.endsWith("\n") ? "\n" : "\n\n";
  return {
    kind: "append",
    path: path15,
    text: `${separator}${GITIGNORE_BLOCK}`,
    note: `added ${GITIGNORE_LINE}`
  };
}
function ignoresCache(gitignore) {
  const name = GITIGNORE_LINE.replace(/\/$/, "");
  const forms = /* @__PURE__ */ new Set([name, `${name}/`, `/${name}`, `/${name}/`, `${name}/*`, `/${name}/*`]);
  return gitignore.split(/\r?\n/).some((line2) => forms.has(line2.trim()));
}
function sameJson(text2, value) {
  try {
    return JSON.stringify(JSON.parse(text2)) === JSON.stringify(value);
  } catch {
    return false;
  }
}

// src/init/disk.ts
var CONTENT_DIR = "content";
function readRepoState(dir) {
  const paths = /* @__PURE__ */ new Map();
  for (const rel of INIT_PATHS) paths.set(rel, pathState(path11.join(dir, rel)));
  const content = path11.join(dir, CONTENT_DIR);
  const contentHasEntries = pathState(content).kind !== "absent" && scanContentFolder(content, dir).sources.length > 0;
  return {
    paths,
    contentHasEntries,
    insideGit: insideGit(dir),
    otherRemarkConfig: otherRemarkConfig(dir)
  };
}
function pathState(file) {
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    return { kind: "absent" };
  }
  if (!stats.isFile()) return { kind: "other" };
  try {
    return { kind: "file", text: readFileSync(file, "utf8") };
  } catch {
    return { kind: "other" };
  }
}
function insideGit(dir) {
  for (let at = path11.resolve(dir); ; at = path11.dirname(at)) {
    if (existsSync2(path11.join(at, ".git"))) return true;
    if (path11.dirname(at) === at) return false;
  }
}
function otherRemarkConfig(dir) {
  for (const name of REMARK_CONFIG_NAMES) {
    if (name !== REMARK_CONFIG_FILE && existsSync2(path11.join(dir, name))) return name;
  }
  const pkg = pathState(path11.join(dir, "package.json"));
  if (pkg.kind === "file") {
    try {
      const json = JSON.parse(pkg.text);
      if (json.remarkConfig !== void 0) return "package.json (remarkConfig)";
    } catch {
    }
  }
  return void 0;
}
async function applyInit(dir, plan) {
  const done = [];
  for (const step of plan.steps) {
    const file = path11.join(dir, step.path);
    try {
      if (step.kind === "create") {
        await mkdir4(path11.dirname(file), { recursive: true });
        try {
          await writeFile3(file, step.text, { flag: "wx" });
        } catch (error) {
          if (error.code !== "EEXIST") throw error;
          done.push({ kind: "keep", path: step.path });
          continue;
        }
      } else if (step.kind === "append") {
        await appendFile(file, step.text);
      }
    } catch (error) {
      throw new FaqopsError(`cannot write ${step.path}: ${error.message}`, {
        cause: error,
        hint: "files that were there are as they were; fix what is in the way and run faqops init again"
      });
    }
    done.push(step);
  }
  return done;
}

// src/init/render.ts
var LABELS = {
  create: "created",
  append: "updated",
  keep: "kept",
  skip: "skipped"
};
function renderSteps(steps) {
  const width = Math.max(...steps.map((s) => LABELS[s.kind].length));
  const lines = steps.map((step) => {
    const label = LABELS[step.kind].padEnd(width);
    const detail = step.kind === "keep" ? ` (exists, left as is${step.note ? `; ${step.note}` : ""})` : step.kind === "append" || step.kind === "skip" ? ` (${step.note})` : "";
    return `  ${label}  ${step.path}${detail}`;
  });
  return `${lines.join("\n")}
`;
}
function renderNextSteps(steps) {
  const written = steps.filter((s) => s.kind === "create" || s.kind === "append");
  const out = ["", "Next steps:"];
  let n = 0;
  const step = (...lines) => {
    n += 1;
    out.push(`${n}. ${lines[0]}`, ...lines.slice(1).map((l) => `   ${l}`));
  };
  if (written.some((s) => s.path === WORKFLOW_FILE)) {
    step(
      `In ${WORKFLOW_FILE}, replace ${WORKFLOW_ACTION} with where you get faqops from (faqops's README, "Use it in your repository").`
    );
  }
  const width = Math.max(...SECRETS.map((s) => s.name.length));
  step(
    "Create these repository secrets (Settings \u2192 Secrets and variables \u2192 Actions) from the bot's",
    "console on the WeChat Dialogue Open Platform; pull requests need none of them:",
    ...SECRETS.map((s) => `  ${s.name.padEnd(width)}  ${s.what}`)
  );
  step(
    "Write entries in content/ (content/README.md tells editors how, in Chinese), then run:",
    "  npx faqops check   every problem in every file",
    "  npx faqops plan    what a merge to main would change on the bot"
  );
  step(
    "To check front matter as you type in VS Code (docs/editors.md):",
    `  npm install --save-dev ${REMARK_PACKAGES.join(" ")}`,
    `  and the recommended extension ${REMARK_EXTENSION}`
  );
  if (written.length > 0) {
    const tops = [...new Set(written.map((s) => s.path.split("/")[0]))];
    step(`Commit what init wrote: git add ${tops.join(" ")} && git commit -m "Set up faqops"`);
  }
  return `${out.join("\n")}
`;
}

// src/cli/commands/init.ts
function registerInit(program2, context) {
  program2.command("init").description(
    "set faqops up in this repository: content/ with an example entry and a guide for editors, the GitHub workflow, front matter checks in the editor, and .gitignore; creates only missing files, never overwrites one"
  ).option("--dir <dir>", "the repository's folder (default: the current folder)").action(async (flags) => {
    const { io } = context;
    const dir = path12.resolve(io.cwd, stringValue("dir", flags.dir) ?? ".");
    if (!isDirectory(dir)) {
      throw new UsageError(`--dir: ${dir} is not a folder`, {
        hint: "run faqops init in the repository, or give --dir an existing folder"
      });
    }
    const plan = planInit(readRepoState(dir));
    for (const warning of plan.warnings) io.stderr(`faqops: warning: ${warning}
`);
    const done = await applyInit(dir, plan);
    io.stdout(`faqops init in ${dir}:
${renderSteps(done)}${renderNextSteps(done)}`);
  });
}
function isDirectory(dir) {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

// src/cli/commands/plan.ts
import path13 from "node:path";
function registerPlan(program2, { io, result }) {
  const command = program2.command("plan").summary("show what a sync would change (needs no credentials)").description(
    "Compare the content with the lockfile and show what `apply` would do: entries to create, update or rename, entries on the bot that the content no longer has (drift), and writes not yet published. Sends nothing; needs no credentials."
  ).option("--json", "print the plan as JSON (each change with `before` and `after`)").option("--brief", "one line per entry instead of each change's diff").option(
    "--exit-code",
    "exit 0 when the bot matches the content, 2 when anything is pending (writes, drift, an unpublished write), 1 on error"
  ).option(
    "--out <file>",
    "also save the plan to this file; `faqops apply FILE` then applies exactly it, or refuses if the content or lockfile changed"
  );
  addContentOption(command);
  addLockfileOptions(command);
  addApiOption(command);
  addPruneOptions(command);
  addFormatOption(command, " (on stderr; the plan itself is text, or JSON with --json)");
  command.action(async (flags) => {
    const { format: formatFlag, ...rest } = flags;
    const format = choiceValue("format", formatFlag, DIAGNOSTIC_FORMATS, "text");
    const options = resolveSyncOptions({
      cwd: io.cwd,
      root: findProjectRoot(io.cwd).dir,
      ...rest,
      api: flags.api ?? io.env[API_VARIABLE]
    });
    const out = stringValue("out", flags.out);
    const inputs = await loadCheckedInputs(io, options, format);
    const plan = planSync(inputs.content.entries, inputs.lock, options);
    for (const note of apiNotes(plan)) io.stderr(`note: ${note}
`);
    const befores = flags.brief && !flags.json && plan.prune?.mode !== "disable" ? /* @__PURE__ */ new Map() : await loadBefore(plan, {
      cwd: io.cwd,
      contentDir: options.contentDir,
      lockfilePath: options.lockfile.path
    });
    io.stdout(
      flags.json ? `${JSON.stringify(planJson(plan, befores), null, 2)}
` : renderPlanText(plan, {
        details: flags.brief ? void 0 : { befores, style: diffStyleFor(io.isTty, io.env) },
        befores,
        colors: colorsFor(io, "stdout")
      })
    );
    if (out !== void 0) {
      const file = path13.resolve(io.cwd, out);
      await writeFileAtomic(
        file,
        savedPlanText(
          plan,
          savedPlanOptions(options),
          planInputs(inputs.content.entries, inputs.lock)
        )
      );
      io.stderr(
        `Saved the plan to ${displayPath(io.cwd, file)}: \`faqops apply ${displayPath(io.cwd, file)}\` applies exactly it.
`
      );
    }
    result.code = flags.exitCode && planHasChanges(plan) ? 2 : 0;
  });
}

// src/cli/commands/preview.ts
import path14 from "node:path";
var DEFAULT_PREVIEW_DIR = `${CACHE_DIR}/preview`;
function registerPreview(program2, { io, result }) {
  const command = program2.command("preview").summary("write an HTML page showing each entry as a WeChat conversation").description(
    "Write a self-contained page (<out>/index.html) that shows every entry as a WeChat conversation: the question, the answer's messages and cards, and recommended questions you can tap. With --changed, only what a sync would change (as `faqops plan` computes it), before and after side by side. Prints the page's path."
  ).option("--out <dir>", `the folder to write index.html in (default: ${DEFAULT_PREVIEW_DIR})`).option("--changed", "show only the plan's changes, before and after, instead of every entry");
  addContentOption(command);
  addLockfileOptions(command);
  command.action(async (flags) => {
    const { out: outFlag, changed, ...rest } = flags;
    const options = resolveSyncOptions({ cwd: io.cwd, root: findProjectRoot(io.cwd).dir, ...rest });
    const outGiven = stringValue("out", outFlag);
    const out = outGiven === void 0 ? path14.resolve(options.cwd, DEFAULT_PREVIEW_DIR) : path14.resolve(io.cwd, outGiven);
    const lang = io.lang ?? "en";
    let html;
    if (changed) {
      const inputs = await loadCheckedInputs(io, options);
      const plan = planSync(inputs.content.entries, inputs.lock, options);
      const before = await loadBefore(plan, {
        cwd: io.cwd,
        contentDir: options.contentDir,
        lockfilePath: options.lockfile.path
      });
      html = renderChangesPreview(plan, before, { lang });
    } else {
      const content = await loadContent(options);
      io.stderr(
        formatReport(
          io,
          "stderr",
          { diagnostics: content.diagnostics, files: content.fileCount, root: options.cwd },
          { format: "text" }
        )
      );
      const { errors } = countDiagnostics(content.diagnostics);
      if (errors > 0) {
        throw new ContentError(
          `the content has ${plural(errors, "error", "errors")}; no preview was written.`,
          { hint: "fix the errors above (`faqops check` lists them), then run again." }
        );
      }
      html = renderPreview(content.entries, { lang });
    }
    const file = path14.join(out, "index.html");
    await writeFileAtomic(file, html);
    const shown = displayPath(io.cwd, file);
    io.stdout(`${shown.startsWith("../") ? file : shown}
`);
    result.code = 0;
  });
}

// src/cli/commands/publish.ts
function registerPublish(program2, { io, result }) {
  const command = program2.command("publish").summary("make written content live").description(
    "Call publish, then poll its progress (v1 publish_progress, v2 effective_progress) until the publish is done (exit 0) or failed (exit 1). On success the lockfile's entries written but not yet published are marked live; on failure they stay marked, and `plan` keeps reporting them."
  ).option("--timeout <seconds>", "give up waiting after this long (default: 600)");
  addLockfileOptions(command);
  addApiOption(command);
  addPlatformOptions(command);
  command.action(async (flags) => {
    const options = resolveSyncOptions({
      cwd: io.cwd,
      root: findProjectRoot(io.cwd).dir,
      emulator: flags.emulator,
      lockfile: flags.lockfile,
      api: flags.api ?? io.env[API_VARIABLE]
    });
    const timeoutS = integerValue("timeout", flags.timeout, 600, { min: 1, max: 86400 });
    const snapshot = await readLockSnapshot(options.lockfile);
    const target = await openTarget(io, options, flags);
    try {
      const run = await publishLockfile(snapshot, {
        lockfile: options.lockfile,
        connect: target.connectPublisher,
        publishOptions: { timeoutMs: timeoutS * 1e3 },
        onEvent: (event) => {
          if (event.type !== "publish") return;
          const p = event.progress;
          io.stdout(`publish: ${p.progress}%${p.status === 1 ? " (done)" : ""}
`);
        }
      });
      const lockfile = `Lockfile ${options.lockfile.display} ${run.lockfileChanged ? "updated" : "unchanged"}.`;
      if (run.publish.status === "failed") {
        io.stdout(
          `Publish failed: ${unpublishedPhrase(run.unpublished)} (still marked in the lockfile). ${lockfile}
`
        );
        throw run.publish.error;
      }
      io.stdout(`Published: the content is live. ${lockfile}
`);
      result.code = 0;
    } finally {
      await target.close();
    }
  });
}

// src/cli/commands/index.ts
function registerCommands(program2, context) {
  for (const register of [
    registerCheck,
    registerCompile,
    registerPlan,
    registerApply,
    registerPublish,
    registerPreview,
    registerEmulate,
    registerInit,
    registerImport,
    registerExport
  ]) {
    register(program2, context);
  }
}

// src/cli/main.ts
var DATA_ON_STDOUT = /* @__PURE__ */ new Set(["export"]);
async function main(argv, io = processIo()) {
  const { program: program2, context, lang } = createProgram(io, argv);
  try {
    await program2.parseAsync(argv, { from: "user" });
    return context.result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 1;
    }
    io.stderr(`${describeError(error, lang())}
`);
    return exitCodeFor(error);
  }
}
function createProgram(io, argv = []) {
  let lang = "en";
  let stdoutIsData = false;
  const program2 = new Command("faqops").configureHelp(localizedHelp(helpLang(argv, io.env))).description("Run a WeChat Dialogue Open Platform FAQ from Git.").version(VERSION, "-V, --version").option(
    "--lang <lang>",
    `the language of messages: ${LANGS.join(" or ")} (default: ${LANG_VARIABLE}, else the locale, else en)`
  ).showSuggestionAfterError(true).showHelpAfterError("(run with --help for usage)").configureOutput({
    writeOut: (s) => io.stdout(s),
    writeErr: (s) => io.stderr(s)
  }).exitOverride().hook("preAction", (root, command) => {
    lang = resolveLang({ flag: root.opts().lang, env: io.env });
    stdoutIsData = DATA_ON_STDOUT.has(command.name());
  });
  const context = {
    io: localizedIo(
      io,
      () => lang,
      () => stdoutIsData
    ),
    result: { code: 0 }
  };
  registerCommands(program2, context);
  return { program: program2, context, lang: () => lang };
}
function helpLang(argv, env) {
  let flag;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    if (arg === "--lang") flag = argv[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) flag = arg.slice("--lang=".length);
  }
  try {
    return resolveLang({ flag, env });
  } catch {
    return "en";
  }
}
function localizedHelp(lang) {
  if (lang === "en") return {};
  const base2 = Help.prototype;
  return {
    // A Chinese character takes two columns: lines wrap at the terminal's width, not past it.
    displayWidth(text2) {
      return columns(text2);
    },
    // Chinese has no spaces to wrap at: a line may also break after any Chinese character.
    boxWrap(text2, width) {
      if (width < (this.minWidthToWrap ?? 40)) return text2;
      return text2.split(/\r\n|\n/).flatMap((line2) => {
        const chunks = line2.match(CHUNK);
        if (!chunks) return [""];
        const lines = [];
        let current = chunks.shift() ?? "";
        for (const chunk of chunks) {
          if (columns(current + chunk) <= width) current += chunk;
          else {
            lines.push(current);
            current = chunk.trimStart();
          }
        }
        lines.push(current);
        return lines;
      }).join("\n");
    },
    styleTitle(title) {
      return base2.styleTitle.call(this, helpTitle(title, lang));
    },
    commandDescription(command) {
      return helpText(base2.commandDescription.call(this, command), lang);
    },
    subcommandDescription(command) {
      return helpText(base2.subcommandDescription.call(this, command), lang);
    },
    optionDescription(option) {
      const description = helpText(option.description, lang);
      const full = base2.optionDescription.call(this, option);
      return joinExtra(description, full.slice(option.description.length), lang);
    },
    argumentDescription(argument) {
      const description = helpText(argument.description, lang);
      const full = base2.argumentDescription.call(this, argument);
      return joinExtra(description, full.slice(argument.description.length), lang);
    }
  };
}
var WIDE_CLASS = "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6";
var WIDE = new RegExp(`[${WIDE_CLASS}]`, "g");
function columns(text2) {
  return PLAIN_HELP.displayWidth(text2) + (text2.match(WIDE)?.length ?? 0);
}
var PLAIN_HELP = new Help();
var CLOSING = "\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF09\u300D\u300F\u300B\u3011";
var CHUNK = new RegExp(`\\s*(?:[${WIDE_CLASS}]|[^\\s${WIDE_CLASS}]+)[${CLOSING}]*`, "g");
function joinExtra(description, extra, lang) {
  if (extra === "") return description;
  const translated = helpExtraInfo(extra, lang);
  return description === "" ? translated.replace(/^ /, "") : `${description}${translated}`;
}
function describeError(error, lang = "en") {
  const colon = lang === "en" ? ": " : "\uFF1A";
  if (error instanceof FaqopsError) {
    const { message, hint } = localizeError(error, lang);
    return `faqops${colon}${message}${hint ? `
${hintLabel(lang)}${colon}${hint}` : ""}`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  const stack = process.env.FAQOPS_DEBUG && error instanceof Error ? `
${error.stack}` : "";
  return localizeText(
    `faqops: internal error: ${detail}${stack}
hint: this is a bug in faqops; set FAQOPS_DEBUG=1 for details and report it.`,
    lang
  );
}

// src/cli/index.ts
paceGarbageCollection();
process.exitCode = await main(process.argv.slice(2));

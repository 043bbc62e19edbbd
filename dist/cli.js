#!/usr/bin/env node
import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  EXPORT_COLUMNS,
  LIST_SEPARATOR,
  columnHeader
} from "./chunks/chunk-3RWPDPUK.js";
import {
  COLORS,
  EXIT_CODES,
  LANGS,
  LANG_VARIABLE,
  NO_COLORS,
  apiNotes,
  applyPlan,
  colorWanted,
  contentTargets,
  describeError,
  diffStyleFor,
  exitCodeFor,
  exitCodeForApply,
  exitCodeForPlan,
  exitCodeForProblems,
  helpExtraInfo,
  helpText,
  helpTitle,
  loadBefore,
  loadProject,
  loadTargetInputs,
  localizeDiagnostic,
  localizeText,
  lockNotes,
  planHasChanges,
  planJson,
  planSync,
  projectContentOptions,
  projectSyncOptions,
  projectTargets,
  publishLockfile,
  publishedSentence,
  readLockSnapshot,
  renderApplyText,
  renderChangesPreview,
  renderPlanText,
  renderPreview,
  resolveLang,
  serializeLockfile,
  settledFirstSentence,
  unpublishedPhrase
} from "./chunks/chunk-EHGP7PQB.js";
import {
  entriesFor,
  loadContent,
  paceGarbageCollection
} from "./chunks/chunk-Q3VFALZA.js";
import "./chunks/chunk-ESS6Y6MW.js";
import {
  findEntryFiles,
  isInside
} from "./chunks/chunk-BBWA665H.js";
import {
  thresholdText
} from "./chunks/chunk-YY5BEC45.js";
import {
  API_VARIABLE,
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  DEFAULT_PRUNE_MAX,
  DEFAULT_RATE
} from "./chunks/chunk-ABEDISZ2.js";
import {
  PARALLEL_MIN_FILES,
  resolveContentOptions
} from "./chunks/chunk-2EK2HI3H.js";
import "./chunks/chunk-ZHXO75XS.js";
import {
  CACHE_DIR,
  DEFAULT_LOCKFILE,
  EMULATOR_DIR,
  RULES,
  compareStrings,
  countDiagnostics,
  defaultLockfile,
  displayPath,
  oneLine,
  sortDiagnostics
} from "./chunks/chunk-U4KXGS5A.js";
import "./chunks/chunk-3HJ7SMYK.js";
import "./chunks/chunk-GSDUINIL.js";
import {
  VERSION
} from "./chunks/chunk-UXF3VMGE.js";
import {
  DEFAULT_EMULATOR_CREDENTIALS
} from "./chunks/chunk-SPRSK6QT.js";
import "./chunks/chunk-EEC5CMMK.js";
import {
  temporaryPathBeside,
  writeFileAtomic
} from "./chunks/chunk-NGHB4DDL.js";
import {
  CREDENTIAL_VARIABLES,
  DEFAULT_V2_ENDPOINT,
  ENDPOINT_VARIABLE,
  platformVariables,
  readCredentials,
  readV2Credentials,
  resolveEndpoint
} from "./chunks/chunk-ZV64R6GO.js";
import {
  plural
} from "./chunks/chunk-PKRPB7JT.js";
import {
  choiceValue,
  integerValue,
  numberValue,
  shareValue,
  stringValue
} from "./chunks/chunk-ZJPHJTQF.js";
import {
  ConfigError,
  ContentError,
  FaqopsError,
  StateFileError,
  UsageError
} from "./chunks/chunk-T6FUUJG6.js";
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
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
        this.exitCode = exitCode;
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
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
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
    var path13 = __require("node:path");
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
          outputError: (str, write) => write(str),
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
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code2, message));
        }
        process2.exit(exitCode);
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
          const localBin = path13.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path13.extname(baseName))) return void 0;
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
          executableDir = path13.resolve(
            path13.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path13.basename(
              this._scriptPath,
              path13.extname(this._scriptPath)
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
        launchWithNode = sourceExt.includes(path13.extname(executableFile));
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
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError2(
                code2,
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
        const exitCode = config.exitCode || 1;
        const code2 = config.code || "commander.error";
        this._exit(exitCode, code2, message);
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
        this._name = path13.basename(filename, path13.extname(filename));
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
      executableDir(path14) {
        if (path14 === void 0) return this._executableDir;
        this._executableDir = path14;
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
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
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
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
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
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
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
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
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
import path6 from "node:path";

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
function savedPlanText(planJson2, options, inputs) {
  const saved = {
    format: SAVED_PLAN_FORMAT,
    faqops: VERSION,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    options,
    inputs,
    plan: planJson2
  };
  return `${JSON.stringify(saved, null, 2)}
`;
}
function savedPlanOptions(options, target) {
  return {
    ...target !== void 0 && { target },
    prune: options.prune ?? false,
    pruneMax: options.pruneMax ?? DEFAULT_PRUNE_MAX,
    force: options.force ?? false,
    resendAll: options.resendAll ?? false,
    api: options.api ?? "v1",
    replaceAll: options.replaceAll ?? false
  };
}
async function readSavedPlan(file, name) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new StateFileError(`cannot read the plan file ${name}: ${error.message}`, {
      cause: error
    });
  }
  const fail = (what) => {
    throw new StateFileError(`${name} is not a faqops plan file: ${what}.`, {
      remedy: { kind: "make-plan" }
    });
  };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return fail("it is not JSON");
  }
  if (!isObject(data) || data.format !== SAVED_PLAN_FORMAT)
    return fail(`no "format": "${SAVED_PLAN_FORMAT}"`);
  const { options, inputs } = data;
  if (!isObject(options) || typeof options.prune !== "boolean" || typeof options.pruneMax !== "number" || typeof options.force !== "boolean" || typeof options.resendAll !== "boolean" || options.api !== void 0 && options.api !== "v1" && options.api !== "v2" || options.replaceAll !== void 0 && typeof options.replaceAll !== "boolean" || options.target !== void 0 && typeof options.target !== "string") {
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
  const remake = {
    remedy: { kind: "remake-plan", options: saved.options, file: names.file }
  };
  if (saved.inputs.content.fingerprint !== fresh.inputs.content.fingerprint) {
    const what = firstDifference(saved.inputs.content.files, fresh.inputs.content.files);
    throw new StalePlanError(
      `the content changed since the plan ${names.file} was made${what ? `: ${names.content}/${what}` : ""}; nothing was sent.`,
      remake
    );
  }
  const freshJson = fresh.json();
  if (saved.inputs.lockfile.fingerprint !== fresh.inputs.lockfile.fingerprint) {
    const what = firstChangedAction(saved.plan, freshJson);
    throw new StalePlanError(
      `the lockfile ${names.lockfile} changed since the plan ${names.file} was made (another apply ran?)${what ? `; the plan for ${what} is no longer the same` : ""}; nothing was sent.`,
      remake
    );
  }
  if (JSON.stringify(freshJson) !== JSON.stringify(saved.plan)) {
    const what = firstChangedAction(saved.plan, freshJson);
    throw new StalePlanError(
      `the plan ${names.file} (made by faqops ${saved.faqops}) differs from what this faqops (${VERSION}) plans from the same content and lockfile${what ? `, first at ${what}` : ""}; nothing was sent.`,
      remake
    );
  }
}
function firstDifference(before, after) {
  const paths = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareStrings);
  for (const path13 of paths) {
    if (before[path13] === after[path13]) continue;
    if (before[path13] === void 0) return `${path13} was added`;
    if (after[path13] === void 0) return `${path13} was removed`;
    return `${path13} changed`;
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
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/cli/connect.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
async function openTarget(io, options, flags, onRetry) {
  const [{ createClient }, { createV2Client }] = await Promise.all([
    import("./chunks/client-AKX2NFFS.js"),
    import("./chunks/client-3Q5KVTA6.js")
  ]);
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
    const statePath = path.join(options.emulatorDir, "platform.json");
    await mkdir(path.dirname(statePath), { recursive: true });
    const { startEmulator } = await import("./chunks/emulator-VMLGKQ6A.js");
    const emulator = await startEmulator({
      port: 0,
      statePath,
      maxImportItems: Math.max(100, options.batchSize)
    });
    io.stderr(
      `emulator: rehearsing the ${options.api} API against ${emulator.url} (state in ${displayPath(io.cwd, options.emulatorDir)}/)
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
    {
      url: flags.endpoint,
      name: "--endpoint",
      insecureHttp: flags.insecureHttp,
      scope: options.target.variables,
      configured: options.target.endpoints
    },
    io.env,
    options.api === "v2" ? DEFAULT_V2_ENDPOINT : void 0
  );
  const variables = platformVariables(io.env, options.target.variables);
  return withPublisher(options, {
    connect: (hooks) => createClient({
      endpoint,
      credentials: readCredentials(io.env, options.target.variables),
      variables,
      onRetry: retryHook,
      ...hooks
    }),
    connectV2: (hooks) => createV2Client({
      endpoint,
      credentials: readV2Credentials(io.env, options.target.variables),
      variables,
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
  const now = options.now ?? Date.now;
  let total = 0;
  let done = 0;
  let firstWrittenAt = 0;
  let failed = 0;
  let retries = 0;
  let lastDraw = 0;
  let drawn = false;
  let printedFinal = false;
  const intervalMs = options.intervalMs ?? (io.isTty ? 100 : 5e3);
  const line = () => {
    const seconds = (now() - firstWrittenAt) / 1e3;
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
    const at = now();
    if (!force && at - lastDraw < intervalMs) return;
    lastDraw = at;
    if (io.isTty) {
      const width = 24;
      const filled = total === 0 ? width : Math.round((done + failed) / total * width);
      io.stdout(`\r\x1B[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${line()}`);
      drawn = true;
    } else {
      io.stdout(`apply: ${line()}
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
          lastDraw = io.isTty ? 0 : now();
          if (io.isTty) draw(true);
          else io.stdout(`apply: writing ${plural(total, "entry", "entries")}\u2026
`);
          break;
        case "written":
          if (done === 0) firstWrittenAt = now();
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
            `prune: replacing the bot's content with ${plural(event.keeps, "entry", "entries")} (removes ${event.removes})\u2026
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
      if (total > 0 && !io.isTty && !printedFinal) io.stdout(`apply: ${line()}
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

// src/cli/sync-inputs.ts
import { existsSync as existsSync2 } from "node:fs";
import path4 from "node:path";

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
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
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
  "targets-empty": {
    meaning: "`targets` is an empty list, so no target would take the entry",
    fix: "name its targets, remove the key (every target), or write `draft: true`"
  },
  "target-unknown": {
    meaning: "`targets` names a target faqops.config.yaml does not define (or there is no faqops.config.yaml), or a name that cannot be one",
    fix: "use a target name from faqops.config.yaml, or define the target there"
  },
  "target-none": {
    meaning: "no target takes the entry: its front matter `targets` and the targets' `skills` and `paths` in faqops.config.yaml leave it out of every one, so no bot answers it",
    fix: "name a target that takes it, change a target's `skills` or `paths`, or write `draft: true`"
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
  },
  "config-yaml": {
    meaning: "faqops.config.yaml is not valid YAML, or gives a key twice",
    fix: "write `key: value` lines, quote text holding `: `, and give each key once"
  },
  "config-key": {
    meaning: "faqops.config.yaml has a key faqops does not know, or a per-target key (`lockfile`) at the top level",
    fix: "fix the spelling (the message suggests the closest key), or move the key under its target"
  },
  "config-value": {
    meaning: "a value in faqops.config.yaml has the wrong type or is out of range, a list of what a target takes is empty, or two targets share a lockfile",
    fix: "write the value the message names, such as `publish: true` or `prune-max: 25%`"
  },
  "config-target-name": {
    meaning: "a target's name is not lowercase letters, digits, `-` and `_` starting with a letter, or two names would read the same FAQOPS_<NAME>_* variables",
    fix: "rename the target"
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
  const unescaped = (text) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
  let out = "";
  let last = 0;
  for (const m of markdown.matchAll(CODE_SPAN)) {
    const code2 = m[2] ?? "";
    out += unescaped(markdown.slice(last, m.index));
    out += code2.startsWith(" ") && code2.endsWith(" ") && code2.trim() !== "" ? code2.slice(1, -1) : code2;
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
  const localize = (write, isData) => (text) => {
    const current = lang();
    const untouched = current === "en" || isData() || isJsonDocument(text);
    write(untouched ? text : localizeText(text, current));
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
function isJsonDocument(text) {
  const trimmed = text.trim();
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
  const writer = (text) => {
    if (!closed) stream.write(text);
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
async function loadCheckedContent(io, project, options, format = "text") {
  const loaded = await loadContent(options);
  const content = {
    ...loaded,
    diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics])
  };
  const { diagnostics, fileCount } = content;
  io.stderr(
    formatReport(io, "stderr", { diagnostics, files: fileCount, root: options.cwd }, { format })
  );
  const { errors } = countDiagnostics(diagnostics);
  if (errors > 0) {
    throw new ContentError(
      `the content has ${plural(errors, "error", "errors")}; nothing was planned or sent.`,
      {
        hint: "fix the errors above (`faqops check` lists them), then run again."
      }
    );
  }
  return content;
}
async function targetInputs(io, project, content, target, options) {
  const inputs = await loadTargetInputs(content, target, options);
  for (const note of lockNotes(inputs, options.lockfile.display)) io.stderr(`note: ${note}
`);
  const leftover = leftoverLockfile(project, target, options, inputs.exists);
  if (leftover) io.stderr(`note: ${leftover}
`);
  return inputs;
}
function leftoverLockfile(project, target, options, exists) {
  if (target.name === void 0 || exists || options.emulator) return void 0;
  const old = path4.join(project.root, DEFAULT_LOCKFILE);
  const claimed = projectTargets(project.config).some(
    (t) => t.settings.lockfile !== void 0 && path4.resolve(project.root, t.settings.lockfile) === old
  );
  if (claimed || !existsSync2(old)) return void 0;
  const own = defaultLockfile(target.name);
  return `${displayPath(options.cwd, old)} is the lockfile of the bot synced before targets: if target ${target.name} is that bot, set \`lockfile: ${DEFAULT_LOCKFILE}\` on it in faqops.config.yaml, or \`git mv ${DEFAULT_LOCKFILE} ${own}\` (docs/targets.md).`;
}

// src/cli/targets.ts
function selectTargets(config, requested, command) {
  const all = projectTargets(config);
  const named = all.filter((t) => t.name !== void 0).map((t) => t.name);
  const name = stringValue("target", requested);
  if (name !== void 0) {
    if (named.length === 0 && !config?.incomplete) {
      throw new UsageError(
        config ? `--target ${name}: ${config.display} defines no targets.` : `--target ${name}: there is no faqops.config.yaml, which defines the targets.`,
        {
          hint: "add `targets:` to faqops.config.yaml in the repository root (see docs/targets.md), or leave --target out to sync the one bot."
        }
      );
    }
    const found = all.find((t) => t.name === name);
    if (!found && config?.incomplete) {
      throw new ConfigError(
        `--target ${name}: ${config.display} has errors, so its targets cannot all be read.`,
        { hint: "fix them (`faqops check` lists them), then run again." }
      );
    }
    if (!found) {
      throw new UsageError(
        `--target ${name}: no such target in ${config.display}; the targets are ${named.join(", ")}.`
      );
    }
    return [found];
  }
  if (command !== "plan" && all.length > 1) {
    throw new UsageError(
      `${command} needs --target: ${config.display} defines ${all.length} targets (${named.join(", ")}), and a ${command === "apply" ? "sync" : command === "publish" ? "publish" : "preview of changes"} is one bot's.`,
      { hint: `run \`faqops ${command} --target ${named[0]}\`, one target at a time.` }
    );
  }
  return all;
}
function targetLine(target, options) {
  return `${target.name} (${options.lockfile.display}, ${options.api}${options.emulator ? ", emulator" : ""})`;
}

// src/cli/commands/emulate.ts
import path5 from "node:path";
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
    const { startEmulator } = await import("./chunks/emulator-VMLGKQ6A.js");
    const emulator = await startEmulator({
      ...options,
      log: flags.quiet ? void 0 : (line) => io.stderr(`${line}
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
    context.result.code = EXIT_CODES.success;
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
    statePath: state === void 0 ? void 0 : path5.resolve(cwd, state),
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
  ).option("--no-cache", `compile every file afresh, without reading or writing ${CACHE_DIR}/`).option(
    "--workers <mode>",
    `compile in worker threads: auto (when ${grouped(PARALLEL_MIN_FILES)} files or more need compiling), on, or off (one thread, less memory)`
  );
}
function addLockfileOptions(command) {
  return command.option(
    "--lockfile <file>",
    `the state lockfile, relative to the working directory (default: ${DEFAULT_LOCKFILE}, or faqops.<target>.lock.json for a target, in the project root)`
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
function addPlatformOptions(command, { throughput }) {
  command.option(
    "--endpoint <url>",
    "the platform's base URL (default: $FAQOPS_ENDPOINT, else https://chatbot.weixin.qq.com)"
  ).option(
    "--insecure-http",
    "allow an http:// endpoint on another host than this machine: the TOKEN, part of every request URL, then crosses the network in clear text"
  );
  if (throughput) {
    command.option("--concurrency <n>", `requests in flight at once (default: ${DEFAULT_CONCURRENCY})`).option("--rate <n>", `requests per second at most (default: ${DEFAULT_RATE})`);
  }
  return command.option("--verbose", "print every retry");
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
function addTargetOption(command, what) {
  return command.option("--target <name>", `${what}; targets are defined in faqops.config.yaml`);
}
function grouped(n) {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

// src/cli/commands/apply.ts
function registerApply(program2, { io, result }) {
  const command = program2.command("apply").summary("write what changed to the platform").argument("[plan-file]", "a plan saved by `faqops plan --out FILE`: apply exactly it").description(
    "Write created, updated and renamed entries to the platform (v1: setautoreply, one request an entry; v2: batched imports), only what changed since the lockfile, and record every confirmed write. With a saved plan, apply exactly that plan, or refuse (sending nothing) when the content or the lockfile changed since it was made. Credentials come from FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY (v1 only) and FAQOPS_MANAGER_ID (not needed with --dry-run or --emulator); for a target, FAQOPS_<NAME>_APPID and so on first (docs/targets.md)."
  ).option("--dry-run", "do everything but send requests (no credentials needed)").option(
    "--publish",
    "publish after writing (also entries written earlier and not yet published), and wait until it is done"
  ).option("--quiet", "print only the counts, not the entries written, failed or left over");
  addContentOption(command);
  addLockfileOptions(command);
  addApiOption(command);
  addBatchOption(command);
  addPlatformOptions(command, { throughput: true });
  addPruneOptions(command);
  command.addOption(new Option("--task-poll-ms <ms>", "first v2 task poll after").hideHelp());
  addTargetOption(command, "the target (bot) to sync; required when several are configured");
  command.action(
    async (planFile, flags) => {
      const { target: targetFlag, ...rest } = flags;
      const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
      const saved = planFile === void 0 ? void 0 : await readPlanFile(planFile, flags, io.cwd);
      const target = planTarget(project, targetFlag, saved);
      const options = projectSyncOptions(project, target, io, rest);
      const content = await loadCheckedContent(io, project, options);
      const inputs = await targetInputs(io, project, content, target, options);
      const plan = saved === void 0 ? planSync(inputs.content.entries, inputs.lock, options, inputs.notTaken) : checkedPlan(saved, inputs, options, io.cwd);
      const { answers } = inputs.content;
      for (const note of apiNotes(plan, answers, "cli")) io.stderr(`note: ${note}
`);
      if (target.name !== void 0) io.stderr(`target: ${targetLine(target, options)}
`);
      const befores = plan.prune?.mode === "disable" && plan.prune.removes.length > 0 && !options.dryRun ? await loadBefore(plan, {
        cwd: io.cwd,
        contentDir: options.contentDir,
        lockfilePath: options.lockfile.path
      }) : void 0;
      const progress = createProgress(io, { rate: options.rate });
      const platform = await openTarget(io, options, flags, progress.onRetry);
      const stop = trapSignals(io);
      try {
        const outcome = await applyPlan(plan, inputs, {
          ...options,
          answers,
          connect: platform.connect,
          connectV2: platform.connectV2,
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
        result.code = exitCodeForApply(outcome.outcome);
        if (options.emulator) io.stderr(emulatorHint(io.cwd, options.emulatorDir));
        if (outcome.fatal) throw outcome.fatal;
      } finally {
        stop.release();
        await platform.close();
      }
    }
  );
}
async function readPlanFile(file, flags, cwd) {
  const planFlags = ["prune", "pruneMax", "force", "resendAll", "replaceAll"].filter(
    (name2) => flags[name2] !== void 0
  );
  if (planFlags.length > 0) {
    throw new UsageError(
      `a saved plan already decides ${planFlags.map((f) => `--${kebab(f)}`).join(", ")}; make the plan with ${planFlags.length === 1 ? "it" : "them"} instead (\`faqops plan --out FILE \u2026\`).`
    );
  }
  const absolute = path6.resolve(cwd, file);
  const name = displayPath(cwd, absolute);
  return { saved: await readSavedPlan(absolute, name), name };
}
function planTarget(project, flag, plan) {
  const planned = plan?.saved.options.target;
  const [target] = selectTargets(project.config, flag ?? planned, "apply");
  if (plan && planned !== target.name) {
    throw new UsageError(
      planned === void 0 ? `the plan ${plan.name} was made without a target, and this run is for target ${target.name}; make a new plan with --target ${target.name}.` : `the plan ${plan.name} was made for target ${planned}, not ${target.name ?? "the unnamed bot"}; apply it with --target ${planned}, or make a new plan.`
    );
  }
  return target;
}
function checkedPlan({ saved, name }, inputs, options, cwd) {
  if (saved.options.api !== options.api) {
    throw new UsageError(
      `the plan ${name} was made for the ${saved.options.api} API, and this run uses ${options.api} (--api / FAQOPS_API); apply it with --api ${saved.options.api}, or make a new plan.`
    );
  }
  const plan = planSync(inputs.content.entries, inputs.lock, saved.options, inputs.notTaken);
  checkSavedPlan(
    saved,
    {
      json: () => planJson(plan, inputs.content.answers),
      inputs: planInputs(inputs.content.entries, inputs.lock)
    },
    {
      content: displayPath(cwd, options.contentDir),
      lockfile: options.lockfile.display,
      file: name
    }
  );
  return plan;
}
function emulatorHint(cwd, emulatorDir) {
  const state = displayPath(cwd, path6.join(emulatorDir, "platform.json"));
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
      process.exit(EXIT_CODES.interrupted);
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

// src/cli/commands/check.ts
import { stat } from "node:fs/promises";
import path7 from "node:path";
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
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const options = projectContentOptions(project, io, content);
    const loaded = await loadContent(options);
    const result = {
      ...loaded,
      diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics])
    };
    const only = await resolvePaths(paths, io.cwd, options.contentDir);
    const report = only === void 0 ? { diagnostics: result.diagnostics, files: result.fileCount, root: options.cwd } : {
      diagnostics: result.diagnostics.filter(
        (d) => project.diagnostics.includes(d) || isUnder(path7.resolve(options.cwd, d.file), only)
      ),
      files: (await findEntryFiles(options.contentDir)).filter(
        (source) => isUnder(path7.join(options.contentDir, ...source.split("/")), only)
      ).length,
      root: options.cwd
    };
    io.stdout(formatReport(io, "stdout", report, { format, summary: true }));
    context.result.code = exitCodeForProblems(countDiagnostics(report.diagnostics).errors);
  });
}
async function resolvePaths(paths, cwd, contentDir) {
  if (paths.length === 0) return void 0;
  const resolved = [];
  for (const given of paths) {
    const absolute = path7.resolve(cwd, given);
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
      const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
      const options = projectContentOptions(project, io, content);
      const loaded = await loadContent(options);
      const result = {
        ...loaded,
        diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics])
      };
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
        context.result.code = EXIT_CODES.failure;
        return;
      }
      const withAnswer = (entry) => ({
        ...entry,
        ...result.answers.read(entry)
      });
      io.stdout(
        json ? `${JSON.stringify(result.entries.map(withAnswer), null, 2)}
` : result.entries.map((entry) => renderEntry(withAnswer(entry))).join("\n")
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
    const text = typeof message === "string" ? message : JSON.stringify(message);
    lines.push(label, ...text.split("\n").map((line) => line === "" ? "" : `    ${line}`));
  });
  return `${lines.join("\n")}
`;
}

// src/export/csv.ts
function csvText(header, rows) {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r
`;
}
function csvField(text) {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// src/export/rows.ts
var EXPORT_RULES = {
  "export-separator": "error",
  "export-rich": "warning"
};
function exportRows(entries, answers) {
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
    const { content, messages } = answers.read(entry);
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
var THRESHOLD = EXPORT_COLUMNS.indexOf("threshold");
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
    const values = row.map((cell, i) => i === THRESHOLD && cell !== "" ? Number(cell) : cell);
    const added = sheet.addRow(values);
    added.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return pinZipDates(new Uint8Array(buffer));
}
var DOS_DATE = 0 << 9 | 1 << 5 | 1;
var DOS_TIME = 0;
var LOCAL_HEADER = 67324752;
var CENTRAL_HEADER = 33639248;
var END_OF_CENTRAL_DIRECTORY = 101010256;
function pinZipDates(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) return zip;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const pins = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return zip;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > end || view.getUint32(local, true) !== LOCAL_HEADER) return zip;
    pins.push(at + 12, local + 10);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  for (const pin of pins) {
    view.setUint16(pin, DOS_TIME, true);
    view.setUint16(pin + 2, DOS_DATE, true);
  }
  return zip;
}

// src/export/options.ts
import path8 from "node:path";
var EXPORT_FORMATS = ["csv", "xlsx"];
function resolveExportOptions(raw) {
  const outText = stringValue("out", raw.out);
  const out = outText === void 0 || outText === "-" ? void 0 : path8.resolve(raw.cwd, outText);
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
    content: Object.freeze({ ...resolveContentOptions(raw), targets: raw.targets }),
    target: raw.target,
    format,
    out: out === void 0 ? void 0 : Object.freeze({ path: out, display: displayPath(raw.cwd, out) })
  });
}

// src/export/write.ts
import { mkdir as mkdir2, rename, rm, writeFile } from "node:fs/promises";
import path9 from "node:path";
async function writeExportFile(file, bytes) {
  await mkdir2(path9.dirname(file), { recursive: true });
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
  const entries = options.target ? entriesFor(content.entries, content.entryTargets, options.target) : content.entries;
  const { rows, problems, drafts } = exportRows(entries, content.answers);
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
  addTargetOption(command, "export only the entries this target takes");
  addContentOption(command).action(async (flags) => {
    const { io } = context;
    const { target: targetFlag, ...rest } = flags;
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const [target, ...others] = targetFlag === void 0 ? [] : selectTargets(project.config, targetFlag, "plan");
    const options = resolveExportOptions({
      cwd: io.cwd,
      root: project.root,
      ...rest,
      content: rest.content ?? projectContentOptions(project, io, {}).contentDir,
      targets: contentTargets(project.config),
      target: others.length === 0 ? target?.scope : void 0
    });
    const result = await runExport(options);
    if (!result.ok) {
      const diagnostics = relocate(result.content.diagnostics, options.content.cwd, io.cwd);
      io.stderr(renderDiagnostics(diagnostics));
      io.stderr(`${summary(result.content.fileCount, diagnostics)}: nothing exported
`);
      context.result.code = EXIT_CODES.failure;
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
    context.result.code = exitCodeForProblems(left);
  });
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
    const { resolveImportOptions, runImport } = await import("./chunks/import-JPOK6JK7.js");
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const options = resolveImportOptions({
      cwd: io.cwd,
      root: project.root,
      file,
      content: flags.content ?? projectContentOptions(project, io, {}).contentDir,
      targets: contentTargets(project.config),
      force: flags.force,
      dryRun: flags.dryRun
    });
    const report = await runImport(options);
    io.stdout(renderImport(report, options.display));
    context.result.code = exitCodeForProblems(countDiagnostics(report.problems).errors);
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
import path10 from "node:path";
function registerInit(program2, context) {
  program2.command("init").description(
    "set faqops up in this repository: content/ with an example entry and a guide for editors, the GitHub workflow, front matter checks in the editor, and .gitignore; creates only missing files, never overwrites one"
  ).option("--dir <dir>", "the repository's folder (default: the current folder)").action(async (flags) => {
    const { io } = context;
    const dir = path10.resolve(io.cwd, stringValue("dir", flags.dir) ?? ".");
    if (!isDirectory(dir)) {
      throw new UsageError(`--dir: ${dir} is not a folder`, {
        hint: "run faqops init in the repository, or give --dir an existing folder"
      });
    }
    const [{ applyInit, readRepoState }, { planInit }, { renderNextSteps, renderSteps }] = await Promise.all([
      import("./chunks/disk-6FVL6XFD.js"),
      import("./chunks/plan-WXNWBRBG.js"),
      import("./chunks/render-AKRPOVB4.js")
    ]);
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
import path11 from "node:path";
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
  addTargetOption(
    command,
    "plan only this target (default: every target, each under its own heading)"
  );
  addFormatOption(command, " (on stderr; the plan itself is text, or JSON with --json)");
  command.action(async (flags) => {
    const { format: formatFlag, target: targetFlag, ...rest } = flags;
    const format = choiceValue("format", formatFlag, DIAGNOSTIC_FORMATS, "text");
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const targets = selectTargets(project.config, targetFlag, "plan");
    const several = targets.length > 1;
    const out = stringValue("out", flags.out);
    if (several && (out !== void 0 || stringValue("lockfile", flags.lockfile) !== void 0)) {
      throw new UsageError(
        `${out !== void 0 ? "--out" : "--lockfile"} is one target's: ${project.config.display} defines ${targets.length} targets (${targets.map((t) => t.name).join(", ")}).`,
        { hint: `add --target, such as \`faqops plan --target ${targets[0].name} \u2026\`.` }
      );
    }
    const content = await loadCheckedContent(
      io,
      project,
      projectContentOptions(project, io, rest),
      format
    );
    const colors = colorsFor(io, "stdout");
    const results = [];
    for (const [index, target] of targets.entries()) {
      const options = projectSyncOptions(project, target, io, rest);
      if (several && !flags.json) {
        io.stdout(`${index > 0 ? "\n" : ""}${colors.bold(targetHeading(target, options))}
`);
      } else if (target.name !== void 0) {
        io.stderr(`target: ${targetLine(target, options)}
`);
      }
      const inputs = await targetInputs(io, project, content, target, options);
      const plan = planSync(inputs.content.entries, inputs.lock, options, inputs.notTaken);
      const { answers } = inputs.content;
      for (const note of apiNotes(plan, answers, "cli")) io.stderr(`note: ${note}
`);
      const befores = flags.brief && !flags.json && plan.prune?.mode !== "disable" ? /* @__PURE__ */ new Map() : await loadBefore(plan, {
        cwd: io.cwd,
        contentDir: options.contentDir,
        lockfilePath: options.lockfile.path
      });
      results.push({ target, plan, befores });
      if (!flags.json) {
        io.stdout(
          renderPlanText(plan, answers, {
            details: flags.brief ? void 0 : { befores, style: diffStyleFor(io.isTty, io.env) },
            befores,
            colors
          })
        );
      }
      if (out !== void 0) {
        const file = path11.resolve(io.cwd, out);
        await writeFileAtomic(
          file,
          savedPlanText(
            planJson(plan, answers),
            savedPlanOptions(options, target.name),
            planInputs(inputs.content.entries, inputs.lock)
          )
        );
        io.stderr(
          `Saved the plan to ${displayPath(io.cwd, file)}: \`faqops apply ${displayPath(io.cwd, file)}\` applies exactly it.
`
        );
      }
    }
    if (flags.json) {
      const json = (r) => ({
        ...r.target.name !== void 0 && { target: r.target.name },
        ...planJson(r.plan, content.answers, r.befores)
      });
      const value = several ? { targets: results.map(json) } : json(results[0]);
      io.stdout(`${JSON.stringify(value, null, 2)}
`);
    }
    result.code = exitCodeForPlan({
      exitCode: Boolean(flags.exitCode),
      changes: results.some((r) => planHasChanges(r.plan))
    });
  });
}
function targetHeading(target, options) {
  return `Target ${target.name} (${options.lockfile.display}, ${options.api}):`;
}

// src/cli/commands/preview.ts
import path12 from "node:path";
var DEFAULT_PREVIEW_DIR = `${CACHE_DIR}/preview`;
function registerPreview(program2, { io, result }) {
  const command = program2.command("preview").summary("write an HTML page showing each entry as a WeChat conversation").description(
    "Write a self-contained page (<out>/index.html) that shows every entry as a WeChat conversation: the question, the answer's messages and cards, and recommended questions you can tap. With --changed, only what a sync would change (as `faqops plan` computes it), before and after side by side. Prints the page's path."
  ).option("--out <dir>", `the folder to write index.html in (default: ${DEFAULT_PREVIEW_DIR})`).option("--changed", "show only the plan's changes, before and after, instead of every entry");
  addContentOption(command);
  addLockfileOptions(command);
  addTargetOption(
    command,
    "show what this target's bot would answer (its entries only; --changed: against its lockfile)"
  );
  command.action(async (flags) => {
    const { out: outFlag, changed, target: targetFlag, ...rest } = flags;
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const targets = selectTargets(
      project.config,
      targetFlag,
      changed ? "preview --changed" : "plan"
    );
    const target = targets.length === 1 ? targets[0] : void 0;
    const options = target === void 0 ? { ...projectContentOptions(project, io, rest), cwd: project.root } : projectSyncOptions(project, target, io, rest);
    const outGiven = stringValue("out", outFlag);
    const out = outGiven === void 0 ? path12.resolve(options.cwd, DEFAULT_PREVIEW_DIR) : path12.resolve(io.cwd, outGiven);
    const lang = io.lang ?? "en";
    let html;
    if (changed && target !== void 0 && "lockfile" in options) {
      const content = await loadCheckedContent(io, project, options);
      const inputs = await targetInputs(io, project, content, target, options);
      const plan = planSync(inputs.content.entries, inputs.lock, options, inputs.notTaken);
      const before = await loadBefore(plan, {
        cwd: io.cwd,
        contentDir: options.contentDir,
        lockfilePath: options.lockfile.path
      });
      html = renderChangesPreview(plan, inputs.content.answers, before, { lang });
    } else {
      const loaded = await loadContent(options);
      const content = {
        ...loaded,
        diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics])
      };
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
      const entries = target === void 0 ? content.entries : entriesFor(content.entries, content.entryTargets, target.scope);
      html = renderPreview(entries, content.answers, { lang });
    }
    const file = path12.join(out, "index.html");
    await writeFileAtomic(file, html);
    const shown = displayPath(io.cwd, file);
    io.stdout(`${shown.startsWith("../") ? file : shown}
`);
    result.code = EXIT_CODES.success;
  });
}

// src/cli/commands/publish.ts
function registerPublish(program2, { io, result }) {
  const command = program2.command("publish").summary("make written content live").description(
    "Call publish, then poll its progress (v1 publish_progress, v2 effective_progress) until the publish is done (exit 0) or failed (exit 1). On success the lockfile's entries written but not yet published are marked live; on failure they stay marked, and `plan` keeps reporting them."
  ).option("--timeout <seconds>", "give up waiting after this long (default: 600)").addOption(new Option("--task-poll-ms <ms>", "first v2 task poll after").hideHelp());
  addLockfileOptions(command);
  addApiOption(command);
  addPlatformOptions(command, { throughput: false });
  addTargetOption(command, "the target (bot) to publish; required when several are configured");
  command.action(async (flags) => {
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const [target] = selectTargets(project.config, flags.target, "publish");
    const options = projectSyncOptions(project, target, io, {
      emulator: flags.emulator,
      lockfile: flags.lockfile,
      api: flags.api
    });
    if (target.name !== void 0) io.stderr(`target: ${targetLine(target, options)}
`);
    const timeoutS = integerValue("timeout", flags.timeout, 600, { min: 1, max: 86400 });
    const snapshot = await readLockSnapshot(options.lockfile);
    const platform = await openTarget(io, options, flags);
    try {
      const run = await publishLockfile(snapshot, {
        lockfile: options.lockfile,
        connect: platform.connectPublisher,
        publishOptions: { timeoutMs: timeoutS * 1e3 },
        taskPoll: taskPollOption(flags.taskPollMs),
        onEvent: (event) => {
          if (event.type !== "publish") return;
          const p = event.progress;
          io.stdout(`publish: ${p.progress}%${p.status === 1 ? " (done)" : ""}
`);
        }
      });
      if (run.resumed && run.resumed.tasks > 0) io.stdout(`${settledFirstSentence(run.resumed)}
`);
      const lockfile = `Lockfile ${options.lockfile.display} ${run.lockfileChanged ? "updated" : "unchanged"}.`;
      if (run.publish.status === "failed") {
        io.stdout(
          `Publish failed: ${unpublishedPhrase(run.unpublished)} (still marked in the lockfile). ${lockfile}
`
        );
        throw run.publish.error;
      }
      io.stdout(`${publishedSentence(run.publish)}
${lockfile}
`);
      result.code = EXIT_CODES.success;
    } finally {
      await platform.close();
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
    if (error instanceof CommanderError) return exitCodeFor(error);
    const debug = Boolean(io.env.FAQOPS_DEBUG);
    io.stderr(`${describeError(error, lang(), { form: "lines", audience: "cli", debug })}
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
  const base = Help.prototype;
  return {
    // A Chinese character takes two columns: lines wrap at the terminal's width, not past it.
    displayWidth(text) {
      return columns(text);
    },
    // Chinese has no spaces to wrap at: a line may also break after any Chinese character.
    boxWrap(text, width) {
      if (width < (this.minWidthToWrap ?? 40)) return text;
      return text.split(/\r\n|\n/).flatMap((line) => {
        const chunks = line.match(CHUNK);
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
      return base.styleTitle.call(this, helpTitle(title, lang));
    },
    commandDescription(command) {
      return helpText(base.commandDescription.call(this, command), lang);
    },
    subcommandDescription(command) {
      return helpText(base.subcommandDescription.call(this, command), lang);
    },
    optionDescription(option) {
      const description = helpText(option.description, lang);
      const full = base.optionDescription.call(this, option);
      return joinExtra(description, full.slice(option.description.length), lang);
    },
    argumentDescription(argument) {
      const description = helpText(argument.description, lang);
      const full = base.argumentDescription.call(this, argument);
      return joinExtra(description, full.slice(argument.description.length), lang);
    }
  };
}
var WIDE_CLASS = "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6";
var WIDE = new RegExp(`[${WIDE_CLASS}]`, "g");
function columns(text) {
  return PLAIN_HELP.displayWidth(text) + (text.match(WIDE)?.length ?? 0);
}
var PLAIN_HELP = new Help();
var CLOSING = "\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF09\u300D\u300F\u300B\u3011";
var CHUNK = new RegExp(`\\s*(?:[${WIDE_CLASS}]|[^\\s${WIDE_CLASS}]+)[${CLOSING}]*`, "g");
function joinExtra(description, extra, lang) {
  if (extra === "") return description;
  const translated = helpExtraInfo(extra, lang);
  return description === "" ? translated.replace(/^ /, "") : `${description}${translated}`;
}

// src/cli/index.ts
paceGarbageCollection();
var code = await main(process.argv.slice(2));
await Promise.all([process.stdout, process.stderr].map(flushed));
process.exit(code);
function flushed(stream) {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write("", () => resolve());
  });
}

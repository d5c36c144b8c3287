import { suggest } from '../core/links/suggest.ts';

/**
 * One line for an error of `util.parseArgs`, in statusdocs' words, without
 * Node's advice about `--`: ``Unknown option `--fromat`; did you mean `--format`?``.
 * Candidates for the did-you-mean are the options the command's help lists.
 */
export function describeParseArgsError(error: Error & { code: string }, help: string): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = quoted.split('=')[0] ?? quoted;
    return `Unknown option \`${name}\`${didYouMean(name, optionsIn(help))}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = quoted.replace(/ <.*$/, '').replace(/^-\w, /, '');
    return /argument missing/.test(error.message)
      ? `Option \`${option}\` needs a value`
      : `Option \`${option}\` takes no value`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `Unexpected argument \`${quoted}\``;
  }
  return (error.message.split(/\. /)[0] ?? error.message).replace(/'([^']*)'/g, '`$1`');
}

/** `; did you mean `--format`?` when one candidate is close, else ''. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const [best] = suggest(value, candidates, { threshold: 0.6, limit: 1 });
  return best === undefined ? '' : `; did you mean \`${best}\`?`;
}

/** The long and short options a help text lists (`--format`, `-h`). */
function optionsIn(help: string): string[] {
  return [...new Set(help.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? [])];
}

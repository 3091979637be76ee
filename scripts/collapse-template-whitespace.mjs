// A TypeScript transformer for the build: drops the indentation between block-level tags in Lit's html``
// templates. Written for whoever reads the source, it is a whitespace-only text node in every rendered prompt, each
// one cloned, walked past by Lit and kept in memory (about 120 of the first screen's 300 nodes), and it renders as
// nothing: whitespace next to a block box collapses away. Runs before @lit-labs/compiler, which then prepares the
// smaller templates.
//
// Only a run that holds a line break and touches a block-level tag (opening or closing) on at least one side goes;
// a run between a binding and inline content ("${sentence}\n  <a ...>") is a space the reader sees, and stays. None
// of these tags is styled inline or with preserved whitespace in the elements' styles (script-tag.test.ts compares
// the built prompt's text and boxes with the source's).
import ts from 'typescript';

// Block-level by default (not `pre`, whose whitespace shows).
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

// Stands for a binding while the template's pieces are read as one text: no whitespace run crosses it.
const BINDING = '\u0000';
const LINE_BREAK_RUN = /\s*\n\s*/g;
const TAG_NAME = /^<\/?([a-zA-Z][\w-]*)/;

/** The name of the tag that ends just before `index` (at a `>`; it may have begun before a binding), or undefined. */
function tagBefore(text, index) {
  if (text[index - 1] !== '>') return undefined;
  const start = text.lastIndexOf('<', index - 1);
  return start < 0 ? undefined : TAG_NAME.exec(text.slice(start))?.[1]?.toLowerCase();
}

/** The name of the tag that starts at `index`, or undefined. */
function tagAt(text, index) {
  return text[index] === '<' ? TAG_NAME.exec(text.slice(index))?.[1]?.toLowerCase() : undefined;
}

/** The template's pieces with the whitespace around block-level tags removed. */
export function collapsePieces(pieces) {
  const text = pieces.join(BINDING);
  const collapsed = text.replace(LINE_BREAK_RUN, (run, offset) => {
    const before = tagBefore(text, offset);
    const after = tagAt(text, offset + run.length);
    return BLOCK_TAGS.has(before) || BLOCK_TAGS.has(after) ? '' : run;
  });
  return collapsed.split(BINDING);
}

/** @returns {ts.TransformerFactory<ts.SourceFile>} */
export function collapseTemplateWhitespace() {
  return (context) => {
    const { factory } = context;
    const rewrite = (template) => {
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Escapes would make the raw and cooked text differ: such a template is left as written.
      if (literals.some((literal) => literal.rawText === undefined || literal.rawText.includes('\\'))) return template;
      const pieces = collapsePieces(literals.map((literal) => literal.text));
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        return factory.createNoSubstitutionTemplateLiteral(pieces[0], pieces[0]);
      }
      const last = template.templateSpans.length - 1;
      return factory.createTemplateExpression(
        factory.createTemplateHead(pieces[0], pieces[0]),
        template.templateSpans.map((span, index) =>
          factory.createTemplateSpan(
            span.expression,
            index === last
              ? factory.createTemplateTail(pieces[index + 1], pieces[index + 1])
              : factory.createTemplateMiddle(pieces[index + 1], pieces[index + 1]),
          ),
        ),
      );
    };
    const visit = (node) => {
      const visited = ts.visitEachChild(node, visit, context);
      if (ts.isTaggedTemplateExpression(visited) && ts.isIdentifier(visited.tag) && visited.tag.text === 'html') {
        return factory.updateTaggedTemplateExpression(
          visited,
          visited.tag,
          visited.typeArguments,
          rewrite(visited.template),
        );
      }
      return visited;
    };
    return (sourceFile) => ts.visitNode(sourceFile, visit);
  };
}

package org.conflictkg.source;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text and title of an HTML page: markup, scripts, styles and page furniture (navigation, footers, asides,
 * forms) dropped, block elements as paragraphs, entities decoded (a NUL character reference becomes U+FFFD).
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "table", "section", "article", "header", "footer", "blockquote", "pre", "main", "aside",
            "nav", "figure", "figcaption", "dl", "dt", "dd", "form", "hr", "address", "caption", "td", "th");

    final String title;
    final String text;

    private HtmlText(String title, String text) {
        this.title = title;
        this.text = text;
    }

    static HtmlText parse(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, svg, iframe, object, nav, footer, aside, form, button")
                .remove();
        StringBuilder out = new StringBuilder();
        page.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String chunk = textNode.text();
                    if (!chunk.isBlank()) {
                        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                                && Character.isWhitespace(textNode.getWholeText().charAt(0))) {
                            out.append(' ');
                        }
                        out.append(chunk.strip());
                        if (Character.isWhitespace(textNode.getWholeText().charAt(
                                textNode.getWholeText().length() - 1))) {
                            out.append(' ');
                        }
                    }
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        String text = out.toString()
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .replace('\0', '\uFFFD')
                .strip();
        return new HtmlText(page.title().strip(), text);
    }
}

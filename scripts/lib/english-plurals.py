#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the plural forms of translations/supadesk_en.ts from the English sources.

Sources are written with a count placeholder and a marked ending, "%n step(s)", "%n entry(ies)",
"%n index(es)". English needs a catalogue only for these: the singular drops the ending, the plural
spells it out ("1 step", "3 steps"). Only the ending right after %n follows the count; an ending that
belongs to another placeholder is left as written. Finished forms (edited by hand) are kept.
"""
import html
import re
import sys

BLOCK = re.compile(r'(<message numerus="yes">\s*<source>)(.*?)(</source>\s*)(.*?</translation>)', re.S)
ENDING = re.compile(r'(\w+)\((s|es|ies)\)')


def forms(source):
    at = source.find('%n')
    match = ENDING.search(source, at) if at >= 0 else None
    if not match:
        return source, source
    word, ending = match.group(1), match.group(2)
    plural = word[:-1] + 'ies' if ending == 'ies' else word + ending
    before, after = source[:match.start()], source[match.end():]
    return before + word + after, before + plural + after


def escape(text):
    return html.escape(text, quote=False).replace("'", '&apos;').replace('"', '&quot;')


def fill(match):
    translation = match.group(4)
    if 'type="unfinished"' not in translation and '<numerusform></numerusform>' not in translation:
        return match.group(0)
    singular, plural = forms(html.unescape(match.group(2)))
    filled = ('<translation>\n            <numerusform>%s</numerusform>\n'
              '            <numerusform>%s</numerusform>\n        </translation>') % (escape(singular),
                                                                                    escape(plural))
    return match.group(1) + match.group(2) + match.group(3) + filled


def main(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    with open(path, 'w', encoding='utf-8') as f:
        f.write(BLOCK.sub(fill, text))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'translations/supadesk_en.ts')

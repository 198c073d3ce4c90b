#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Make the tables of the words charts and maps print, in every language.

Charts and maps choose their language per drawing, not per process (an
English interface exports a Russian chart), so they cannot ask gettext at
run time. Their words are written in English in a C file, marked for
extraction:

    static const char * const strings_en[N] = {
      [ID] = NC_("chart", "Source:"),
      ...
    };

For each such array NAME_en this script writes NAME[][DQ_N_LANGUAGES] into a
header that the C file includes: the English text, then its translation from
each catalogue given, in the order of DqLanguage. A word that a catalogue
lacks, has empty or has fuzzy fails the build, naming the catalogue and the
word.

Usage: make-string-table.py OUTPUT SOURCE.c LANG.po...
"""

import os
import re
import sys

C_STRING = r'"(?:[^"\\]|\\.)*"'
ARRAY = re.compile(r'static const char \* const (\w+)_en\[[^\]]*\] = \{(.*?)\n\};', re.S)
CALL = re.compile(r'(?:\[(\w+)\]\s*=\s*)?(NC_|N_)\(\s*((?:%s\s*)+?)(?:,\s*((?:%s\s*)+))?\)'
                  % (C_STRING, C_STRING))
ESCAPES = {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}


class Failure(Exception):
    pass


def unquote(literals):
    """The text of one or more adjacent C or PO string literals."""
    text = []
    for literal in re.findall(C_STRING, literals):
        body = literal[1:-1]
        i = 0
        while i < len(body):
            if body[i] == '\\':
                if body[i + 1] not in ESCAPES:
                    raise Failure('unsupported escape \\%s in %s' % (body[i + 1], literal))
                text.append(ESCAPES[body[i + 1]])
                i += 2
            else:
                text.append(body[i])
                i += 1
    return ''.join(text)


def quote(text):
    return '"%s"' % text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')


def read_arrays(path):
    """[(name, [(designator or None, context or None, msgid)])] of PATH."""
    with open(path, encoding='utf-8') as f:
        source = f.read()
    arrays = []
    for array in ARRAY.finditer(source):
        body = re.sub(r'/\*.*?\*/', '', array.group(2), flags=re.S)
        entries = []
        for call in CALL.finditer(body):
            designator, keyword, first, second = call.groups()
            if keyword == 'NC_':
                if second is None:
                    raise Failure('%s: NC_ without a context in %s_en' % (path, array.group(1)))
                entries.append((designator, unquote(first), unquote(second)))
            else:
                entries.append((designator, None, unquote(first)))
        if len(entries) != len(re.findall(r'\b(?:NC_|N_)\(', body)):
            raise Failure('%s: %s_en has an entry this script cannot read' % (path, array.group(1)))
        arrays.append((array.group(1), entries))
    if not arrays:
        raise Failure('%s: no array NAME_en of marked strings' % path)
    return arrays


def read_catalogue(path):
    """{(context, msgid): (msgstr, fuzzy)} of the PO file at PATH."""
    catalogue = {}
    with open(path, encoding='utf-8') as f:
        blocks = f.read().split('\n\n')
    for block in blocks:
        fields = {}
        fuzzy = False
        key = None
        for line in block.split('\n'):
            if line.startswith('#,'):
                fuzzy = fuzzy or 'fuzzy' in [flag.strip() for flag in line[2:].split(',')]
            elif line.startswith('#') or not line.strip():
                continue
            elif line.startswith('"'):
                if key is None:
                    raise Failure('%s: a string outside an entry: %s' % (path, line))
                fields[key] += line
            else:
                key, _, rest = line.partition(' ')
                fields[key] = rest
        if 'msgid' not in fields or 'msgstr' not in fields:
            continue
        context = unquote(fields['msgctxt']) if 'msgctxt' in fields else None
        catalogue[(context, unquote(fields['msgid']))] = (unquote(fields['msgstr']), fuzzy)
    return catalogue


def translate(entry, po_path, catalogue):
    _, context, msgid = entry
    where = 'msgid %s%s' % (quote(msgid), ' (msgctxt %s)' % quote(context) if context else '')
    if (context, msgid) not in catalogue:
        raise Failure('%s: no translation of %s' % (po_path, where))
    msgstr, fuzzy = catalogue[(context, msgid)]
    if fuzzy:
        raise Failure('%s: the translation of %s is fuzzy' % (po_path, where))
    if not msgstr:
        raise Failure('%s: %s is not translated' % (po_path, where))
    # The formats reach printf: a translation must keep every "%s".
    if msgstr.count('%s') != msgid.count('%s'):
        raise Failure('%s: the translation of %s does not keep its %%s' % (po_path, where))
    return msgstr


def main(argv):
    if len(argv) < 4:
        raise Failure('usage: make-string-table.py OUTPUT SOURCE.c LANG.po...')
    output, source, po_paths = argv[1], argv[2], argv[3:]
    catalogues = [read_catalogue(path) for path in po_paths]
    languages = ['en'] + [os.path.splitext(os.path.basename(p))[0] for p in po_paths]

    errors = []
    lines = [
        '/* Generated by po/make-string-table.py from %s with %s. Do not edit:'
        % (os.path.basename(source), ', '.join('po/' + os.path.basename(p) for p in po_paths)),
        ' * change the English words in the source and their translations in po/. */',
        '',
        'G_STATIC_ASSERT (DQ_N_LANGUAGES == %d); /* %s */' % (len(languages),
                                                             ', '.join(languages)),
    ]
    for name, entries in read_arrays(source):
        lines += ['', 'static const char * const %s[G_N_ELEMENTS (%s_en)][DQ_N_LANGUAGES] = {'
                  % (name, name)]
        for entry in entries:
            texts = [entry[2]]
            for po_path, catalogue in zip(po_paths, catalogues):
                try:
                    texts.append(translate(entry, po_path, catalogue))
                except Failure as failure:
                    errors.append(str(failure))
                    texts.append(entry[2])
            designator = '[%s] = ' % entry[0] if entry[0] else ''
            lines.append('  %s{ %s },' % (designator, ', '.join(quote(t) for t in texts)))
        lines.append('};')

    if errors:
        raise Failure('the words of %s need translations:\n  %s'
                      % (source, '\n  '.join(errors)))

    with open(output, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    try:
        main(sys.argv)
    except (Failure, OSError) as failure:
        sys.stderr.write('make-string-table.py: %s\n' % failure)
        sys.exit(1)

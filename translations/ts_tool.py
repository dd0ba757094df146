#!/usr/bin/env python3
"""Bulk work on a .ts file next to Qt Linguist (a developer tool; the build does not need it).

  ts_tool.py unfinished translations/pmsbridge_es.ts OUT.json
      writes the unfinished entries as [{id, context, source, plural, comment}] for a translator
  ts_tool.py apply translations/pmsbridge_es.ts IN.json [IN.json ...]
      takes back [{id, translation}] files (ids from 'unfinished' on the same .ts; a plural entry
      gives [singular, plural]) and marks those entries finished
  ts_tool.py stats translations/pmsbridge_es.ts

Run 'cmake --build build --target update_translations' first so the .ts knows every string;
tests/scripts/test_translations.sh fails while any entry is unfinished.
"""
import json
import sys
import xml.etree.ElementTree as ET


def live_messages(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr.get('type') in ('obsolete', 'vanished'):
                continue
            yield name, msg, tr


def unfinished(tree):
    for name, msg, tr in live_messages(tree):
        if tr.get('type') == 'unfinished':
            yield name, msg, tr


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, path = argv[1], argv[2]
    tree = ET.parse(path)
    if cmd == 'stats':
        live = list(live_messages(tree))
        print(f'{len(live)} messages, {sum(1 for _, _, t in live if t.get("type") == "unfinished")} unfinished')
        return 0
    if cmd == 'unfinished':
        items = []
        for i, (name, msg, _) in enumerate(unfinished(tree)):
            c = msg.find('comment')
            items.append({'id': i, 'context': name, 'source': msg.find('source').text or '',
                          'plural': msg.get('numerus') == 'yes', 'comment': c.text if c is not None else None})
        with open(argv[3], 'w', encoding='utf-8') as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
        print(f'{len(items)} unfinished entries written to {argv[3]}')
        return 0
    if cmd == 'apply':
        given = {}
        for file in argv[3:]:
            with open(file, encoding='utf-8') as f:
                for o in json.load(f):
                    given[o['id']] = o['translation']
        done = 0
        for i, (_, msg, tr) in enumerate(list(unfinished(tree))):
            t = given.get(i)
            if t is None:
                continue
            for child in list(tr):
                tr.remove(child)
            if msg.get('numerus') == 'yes':
                tr.text = None
                for form in t:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = t
            del tr.attrib['type']
            done += 1
        tree.write(path, encoding='utf-8', xml_declaration=True)
        print(f'{done} entries translated')
        return 0
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))

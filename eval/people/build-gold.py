#!/usr/bin/env python3
"""Builds eval/people/gold.json: which officials of the development corpus's gold files are the same person.

Names and document ids only (no article text). Identity = the official's name folded (case, accents,
punctuation, honorifics); the surname-only names of the Reuters and CoNLL sets are linked to a full name
only where a reader of the article can tell it is that person (reviewed by hand, see LINKS; 'hussein' in
conll-train-185 is King Hussein, not Saddam Hussein, and stays apart); a name shared by two people
is split (SPLITS). Identities that span sets were checked by title and date of the articles. Country is not used: the gold
files often leave it out.

    python3 eval/people/build-gold.py ../shared/corpus/dev > eval/people/gold.json
"""
import collections, glob, json, os, re, sys, unicodedata

LINKS = {  # surname-only or variant name -> the full name it stands for in these documents
    'allawi': 'eyad allawi', 'arafat': 'yasser arafat', 'bush': 'george w bush', 'chirac': 'jacques chirac',
    'clinton': 'bill clinton', 'kohl': 'helmut kohl', 'levy': 'david levy', 'musharraf': 'pervez musharraf',
    'reagan': 'ronald reagan', 'weizman': 'ezer weizman', 'leonid d kuchma': 'leonid kuchma',
}
SPLITS = {  # (name, document) that is another person of the same name
    ('glyn davies', 'bbc/council-tax-rise-reasonable'): 'glyn davies (welsh assembly member)',  # the conll one is a US spokesman
}

def fold(name):
    n = unicodedata.normalize('NFKD', name)
    n = ''.join(c for c in n if not unicodedata.combining(c)).lower().replace("'", '').replace('\u2019', '')
    return ' '.join(w for w in re.split(r'[^\w]+', n) if w and w not in ('mr', 'mrs', 'ms', 'dr', 'sir'))

def doc_key(gold_file, gold):
    sub = os.path.basename(os.path.dirname(gold_file))
    base = os.path.splitext(os.path.basename(gold['file']))[0] if gold.get('file') else gold['id']
    return f'{sub}/{base}'

def main(root):
    people = collections.defaultdict(list)
    display = {}
    for f in sorted(glob.glob(os.path.join(root, '*', '*.gold.json'))):
        g = json.load(open(f, encoding='utf8'))
        for o in g.get('officials', []):
            key = fold(o['name'])
            key = LINKS.get(key, key)
            key = SPLITS.get((key, doc_key(f, g)), key)
            if len(o['name']) > len(display.get(key, '')): display[key] = o['name']
            people[key].append({'doc': doc_key(f, g), 'name': o['name']})
    identities = [{'person': display[k], 'mentions': people[k]} for k in sorted(people)]
    out = {
        'about': 'Cross-document identities of the officials in the development corpus gold files: each identity lists the (document, name) pairs that are one person. Built by eval/people/build-gold.py; see the README section on people across documents.',
        'identities': identities,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')

main(sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus/dev')

import json, os
OUT = os.path.join(os.path.dirname(__file__), '..')
def emit(fname, rows, default_lang=None):
    path = os.path.join(OUT, fname)
    with open(path, 'w', encoding='utf-8') as f:
        for i, r in enumerate(rows, 1):
            if len(r) == 3:
                cat, lang, text = r
            else:
                cat, text = r; lang = default_lang
            label = 'benign' if cat.startswith('benign') else 'injection'
            obj = {"text": text.strip('\n'), "label": label, "category": cat,
                   "source": f"probe:{fname}#{i}", "lang": lang}
            f.write(json.dumps(obj, ensure_ascii=False) + '\n')
    print(fname, len(rows))

# -*- coding: utf-8 -*-
import unicodedata, re

ENTRIES = {}
ORDER = []

def add(lang, form, eng):
    form = re.sub(r'\s+', ' ', form.strip().lower())
    eng = re.sub(r'\s+', ' ', eng.strip().lower())
    if not form or not eng:
        return
    key = (lang, form)
    if key in ENTRIES:
        return
    ENTRIES[key] = eng
    ORDER.append(key)

# ---------------- English inflection ----------------
EN_IRR = {
 'be': ('is','was','been','being'), 'have': ('has','had','had','having'),
 'do': ('does','did','done','doing'), 'hold': ('holds','held','held','holding'),
 'keep': ('keeps','kept','kept','keeping'), 'run': ('runs','ran','run','running'),
 'say': ('says','said','said','saying'), 'write': ('writes','wrote','written','writing'),
 'sell': ('sells','sold','sold','selling'), 'build': ('builds','built','built','building'),
 'rise': ('rises','rose','risen','rising'), 'fall': ('falls','fell','fallen','falling'),
 'lose': ('loses','lost','lost','losing'), 'get': ('gets','got','gotten','getting'),
 'give': ('gives','gave','given','giving'), 'make': ('makes','made','made','making'),
 'take': ('takes','took','taken','taking'), 'buy': ('buys','bought','bought','buying'),
 'grow': ('grows','grew','grown','growing'), 'begin': ('begins','began','begun','beginning'),
 'become': ('becomes','became','become','becoming'), 'come': ('comes','came','come','coming'),
 'go': ('goes','went','gone','going'), 'know': ('knows','knew','known','knowing'),
 'mean': ('means','meant','meant','meaning'), 'choose': ('chooses','chose','chosen','choosing'),
 'seek': ('seeks','sought','sought','seeking'), 'lead': ('leads','led','led','leading'),
 'leave': ('leaves','left','left','leaving'), 'spend': ('spends','spent','spent','spending'),
 'split': ('splits','split','split','splitting'), 'cost': ('costs','cost','cost','costing'),
 'set': ('sets','set','set','setting'), 'put': ('puts','put','put','putting'),
 'cut': ('cuts','cut','cut','cutting'), 'bring': ('brings','brought','brought','bringing'),
 'pay': ('pays','paid','paid','paying'), 'win': ('wins','won','won','winning'),
 'find': ('finds','found','found','finding'), 'send': ('sends','sent','sent','sending'),
 'show': ('shows','showed','shown','showing'), 'tell': ('tells','told','told','telling'),
 'think': ('thinks','thought','thought','thinking'), 'drive': ('drives','drove','driven','driving'),
 'forbid': ('forbids','forbade','forbidden','forbidding'), 'undertake': ('undertakes','undertook','undertaken','undertaking'),
 'withdraw': ('withdraws','withdrew','withdrawn','withdrawing'), 'let': ('lets','let','let','letting'),
 'see': ('sees','saw','seen','seeing'), 'read': ('reads','read','read','reading'),
 'speak': ('speaks','spoke','spoken','speaking'), 'break': ('breaks','broke','broken','breaking'),
 'stand': ('stands','stood','stood','standing'), 'hit': ('hits','hit','hit','hitting'),
 'shrink': ('shrinks','shrank','shrunk','shrinking'), 'sink': ('sinks','sank','sunk','sinking'),
 'overtake': ('overtakes','overtook','overtaken','overtaking'), 'lay': ('lays','laid','laid','laying'),
 'deal': ('deals','dealt','dealt','dealing'), 'raise': ('raises','raised','raised','raising'),
 'feed': ('feeds','fed','fed','feeding'), 'bet': ('bets','bet','bet','betting'),
 'draw': ('draws','drew','drawn','drawing'), 'understand': ('understands','understood','understood','understanding'),
 'arise': ('arises','arose','arisen','arising'), 'upgrade': ('upgrades','upgraded','upgraded','upgrading'),
 'can': ('can','could','been able','being able'),
}
DOUBLE = {'stop','cap','ship','commit','plan','drop','permit','admit','submit','transfer','prefer',
          'control','occur','refer','scrap','top','omit','emit','remit','regret','step','plug','tap','shop','swap','ban'}

def en_forms(base):
    parts = base.split(' ', 1)
    v = parts[0]; rest = (' ' + parts[1]) if len(parts) > 1 else ''
    if v in EN_IRR:
        s3, past, pp, ing = EN_IRR[v]
    else:
        if re.search(r'(s|x|z|ch|sh)$', v): s3 = v + 'es'
        elif re.search(r'[^aeiou]y$', v): s3 = v[:-1] + 'ies'
        else: s3 = v + 's'
        if v in DOUBLE: past = v + v[-1] + 'ed'; ing = v + v[-1] + 'ing'
        elif v.endswith('e'): past = v + 'd'; ing = (v + 'ing') if v.endswith('ee') else v[:-1] + 'ing'
        elif re.search(r'[^aeiou]y$', v): past = v[:-1] + 'ied'; ing = v + 'ing'
        else: past = v + 'ed'; ing = v + 'ing'
        pp = past
    return {'base': base, 's3': s3 + rest, 'past': past + rest, 'pp': pp + rest, 'ing': ing + rest}

SLOT_EN = {
 'inf': 'base', 'p3s': 's3', 'p3p': 'base', 'pret3s': 'past', 'pret3p': 'past',
 'impf3s': 'past', 'impf3p': 'past', 'fut3s': 'fut', 'fut3p': 'fut', 'cond3s': 'cond',
 'cond3p': 'cond', 'pp': 'pp', 'ger': 'ing', 'subj3s': 'base', 'subj3p': 'base',
 'subjimp3s': 'past', 'subjimp3p': 'past', 'extra': 'base', 'zu': 'to', 'past3s': 'past', 'past3p': 'past',
 'p1p': 'base', 'p2s': 'base', 'p2p': 'base', 'p1s': 'base', 'ppx': 'pp', 'finx': 'past',
}

def en_for(base, slot):
    f = en_forms(base)
    k = SLOT_EN[slot]
    if k == 'fut': return 'will ' + base
    if k == 'cond': return 'would ' + base
    if k == 'to': return 'to ' + base
    return f[k]

def parse_spec(spec):
    """'pagar{p3s=x/y;pp=z}' -> ('pagar', {'p3s':['x','y'],'pp':['z']})"""
    spec = spec.strip()
    m = re.match(r'^([^{]+)(\{(.*)\})?$', spec)
    inf = m.group(1).strip()
    ov = {}
    if m.group(3):
        for part in m.group(3).split(';'):
            part = part.strip()
            if not part: continue
            if '=' in part:
                k, v = part.split('=', 1)
                ov[k.strip()] = [x.strip() for x in v.split('/') if x.strip()]
            else:
                ov[part] = True
    return inf, ov

def strip_accents(s, lang):
    if lang == 'de':
        t = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
        return t
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

def parse_block(lang, text, inflect=None):
    """lines 'english = form, form, ...'"""
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith('#'): continue
        if '=' not in line:
            raise ValueError('bad line %s: %r' % (lang, line))
        eng, forms = line.split('=', 1); eng = eng.strip()
        forms = forms.replace('\\,', '\x00')
        for f in forms.split(','):
            f = f.strip().replace('\x00', ',')
            if not f: continue
            outs = inflect(f) if inflect else [f]
            for g in outs:
                if isinstance(g, tuple):
                    add(lang, g[0], en_plural(eng) if g[1] else eng)
                else:
                    add(lang, g, eng)

def write(path):
    # add unaccented and typographic-apostrophe variants after everything
    extra = []
    for (lang, form) in list(ORDER):
        eng = ENTRIES[(lang, form)]
        u = strip_accents(form, lang)
        if u != form:
            extra.append((lang, u, eng))
        if "'" in form:
            extra.append((lang, form.replace("'", "\u2019"), eng))
            if u != form:
                extra.append((lang, u.replace("'", "\u2019"), eng))
    for lang, f, e in extra:
        add(lang, f, e)
    with open(path, 'w', encoding='utf-8') as fh:
        for (lang, form) in ORDER:
            fh.write('%s\t%s\t%s\n' % (lang, form, ENTRIES[(lang, form)]))

def parse_verbs(lang, text, gen):
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith('#'): continue
        eng, specs = line.split('=', 1)
        eng = eng.strip()
        # split on commas not inside braces
        depth = 0; cur = ''; parts = []
        for ch in specs:
            if ch == '{': depth += 1
            elif ch == '}': depth -= 1
            if ch == ',' and depth == 0:
                parts.append(cur); cur = ''
            else:
                cur += ch
        parts.append(cur)
        for p in parts:
            p = p.strip()
            if not p: continue
            inf, ov = parse_spec(p)
            for slot, form in gen(inf, ov):
                add(lang, form, en_for(eng, slot))

def apply_ov(f, ov):
    for k, v in ov.items():
        if v is True: continue
        if k == 'extra':
            f.setdefault('extra', []).extend(v)
        elif k == 'ppx':
            f.setdefault('ppx', []).extend(v)
        elif k == 'finx':
            f.setdefault('finx', []).extend(v)
        else:
            f[k] = v
    return f

SLOT_ORDER = ['inf','p3s','p3p','pret3s','pret3p','pp','ppx','fut3s','fut3p','cond3s','cond3p','impf3s','impf3p',
              'ger','subj3s','subj3p','subjimp3s','subjimp3p','past3s','past3p','zu','finx','p1p','p2s','p2p','p1s','extra']

def flatten(f):
    out = []
    for s in SLOT_ORDER:
        for x in f.get(s, []):
            out.append((s, x))
    return out

def rom_adj(w, lang):
    """adjective macro 'word~'"""
    if lang in ('es', 'pt'):
        if w.endswith('o'): return [w, w[:-1]+'a', w+'s', w[:-1]+'as']
        if w.endswith('e'): return [w, w+'s']
        if lang == 'pt':
            if w.endswith('vel'): return [w, w[:-3]+'veis']
            if w.endswith('al'): return [w, w[:-2]+'ais']
            if w.endswith('il'): return [w, w[:-2]+'is']
            if w.endswith('ol'): return [w, w[:-2]+'óis']
            if w.endswith('m'): return [w, w[:-1]+'ns']
            if w.endswith('ês'): return [w, w[:-2]+'esa', w[:-2]+'eses', w[:-2]+'esas']
            return [w, w+'es']
        # es consonant
        base = w
        tr = str.maketrans('áéíóú', 'aeiou')
        if re.search(r'[áéíóú][nsl]$', w): base = w.translate(tr)
        if w.endswith('z'): return [w, w[:-1]+'ces']
        if w.endswith('ón'): return [w, base+'a', base+'es', base+'as']
        if w.endswith('or'): return [w, w+'es', w+'a', w+'as']
        return [w, base+'es']
    if lang == 'it':
        if w.endswith('co'): return [w, w[:-1]+'a', w[:-1]+'i', w[:-1]+'he']
        if w.endswith('go'): return [w, w[:-1]+'a', w[:-1]+'hi', w[:-1]+'he']
        if w.endswith('io'): return [w, w[:-1]+'a', w[:-1], w[:-1]+'e']
        if w.endswith('o'): return [w, w[:-1]+'a', w[:-1]+'i', w[:-1]+'e']
        if w.endswith('e'): return [w, w[:-1]+'i']
        return [w]
    if lang == 'fr':
        if w.endswith('e'): return [w, w+'s']
        if w.endswith('if'): return [w, w[:-1]+'ve', w+'s', w[:-1]+'ves']
        if w.endswith('el'): return [w, w+'le', w+'s', w+'les']
        if w.endswith('al'): return [w, w+'e', w[:-1]+'ux', w+'es']
        if w.endswith('eux'): return [w, w[:-1]+'se', w[:-1]+'ses']
        if w.endswith('ien'): return [w, w+'ne', w+'s', w+'nes']
        if w.endswith('er'): return [w, w[:-2]+'ère', w+'s', w[:-2]+'ères']
        if w.endswith('s'): return [w, w+'e', w+'es']
        return [w, w+'e', w+'s', w+'es']
    if lang == 'de':
        return [w, w+'e', w+'en', w+'er', w+'es', w+'em']
    return [w]

def rom_noun(w, lang):
    """noun macro 'word+'"""
    tr = str.maketrans('áéíóú', 'aeiou')
    if lang == 'es':
        if w.endswith('ción') or w.endswith('sión') or re.search(r'[áéíóú]n$', w):
            return [w, w.translate(tr)+'es'] if not w.endswith('ión') else [w, w[:-3]+'iones']
        if w.endswith('z'): return [w, w[:-1]+'ces']
        if w[-1] in 'aeiouáéó': return [w, w+'s']
        if w.endswith('s') or w.endswith('x'): return [w]
        return [w, w+'es']
    if lang == 'pt':
        if w.endswith('ção') or w.endswith('são'): return [w, w[:-2]+'ões']
        if w.endswith('ão'): return [w, w[:-2]+'ões']
        if w.endswith('al'): return [w, w[:-2]+'ais']
        if w.endswith('el'): return [w, w[:-2]+'éis']
        if w.endswith('il'): return [w, w[:-2]+'is']
        if w.endswith('ol'): return [w, w[:-2]+'óis']
        if w.endswith('m'): return [w, w[:-1]+'ns']
        if w.endswith('r') or w.endswith('z'): return [w, w+'es']
        if w.endswith('ês'): return [w, w[:-2]+'eses']
        if w.endswith('s'): return [w]
        return [w, w+'s']
    if lang == 'it':
        if re.search(r'[àèéìòù]$', w) or not re.search(r'[aeiou]$', w): return [w]
        if w.endswith('ca'): return [w, w[:-1]+'he']
        if w.endswith('ga'): return [w, w[:-1]+'he']
        if w.endswith('co'): return [w, w[:-1]+'hi']
        if w.endswith('go'): return [w, w[:-1]+'hi']
        if w.endswith('io'): return [w, w[:-1]]
        if w.endswith('a'): return [w, w[:-1]+'e']
        return [w, w[:-1]+'i']
    if lang == 'fr':
        if w.endswith('al'): return [w, w[:-2]+'aux']
        if w.endswith('eau') or w.endswith('eu'): return [w, w+'x']
        if re.search(r'[sxz]$', w): return [w]
        return [w, w+'s']
    return [w]

UNCOUNT = set('''revenue software hardware research infrastructure compute computing funding growth equity capital
security cybersecurity access data information news media money power flexibility intelligence ai agi audio
competition supply demand control exclusivity autonomy independence predictability certainty uncertainty - 
sales licensing cooperation collaboration management leadership performance spending deployment integration
innovation development cloud property intellectual property'''.split())

def en_plural(eng):
    if eng in UNCOUNT or eng.endswith('s') or eng.split()[-1] in UNCOUNT:
        return eng
    parts = eng.rsplit(' ', 1)
    w = parts[-1]
    if re.search(r'[^aeiou]y$', w): w = w[:-1] + 'ies'
    elif re.search(r'(x|z|ch|sh)$', w): w = w + 'es'
    else: w = w + 's'
    return (parts[0] + ' ' + w) if len(parts) > 1 else w

def make_inflect(lang):
    def inf(f):
        # multiword: macro applies to the last char only if on the whole token
        if f.endswith('~'):
            core = f[:-1]
            if ' ' in core:
                head, last = core.rsplit(' ', 1)
                return [head + ' ' + x for x in rom_adj(last, lang)]
            return rom_adj(core, lang)
        if f.endswith('+'):
            core = f[:-1]
            if ' ' in core:
                # pluralize first word: 'centro de datos+' -> 'centros de datos'
                first, rest = core.split(' ', 1)
                return [(x + ' ' + rest, i > 0) for i, x in enumerate(rom_noun(first, lang))]
            return [(x, i > 0) for i, x in enumerate(rom_noun(core, lang))]
        return [f]
    return inf

def multi(gen):
    def g(inf, ov):
        if ' ' in inf:
            first, rest = inf.split(' ', 1)
            out = []
            for slot, x in gen(first, ov):
                if x.startswith('se ') and slot != 'inf':
                    out.append((slot, x + ' ' + rest))
                else:
                    out.append((slot, x + ' ' + rest))
            return out
        return gen(inf, ov)
    return g

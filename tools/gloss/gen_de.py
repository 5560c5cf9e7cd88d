# -*- coding: utf-8 -*-
from lib import *
import re

def de_noun(w):
    """returns list of (form, plural)"""
    if re.search(r'(ung|heit|keit|ion|tät|schaft|ik|ur|enz|anz|ei)$', w):
        return [(w, False), (w+'en', True)]
    if w.endswith('in') and len(w) > 5:
        return [(w, False), (w+'nen', True)]
    if w.endswith('e'): return [(w, False), (w+'n', True)]
    if w.endswith('en'): return [(w, False), (w+'s', False)]
    if re.search(r'(er|el)$', w): return [(w, False), (w+'n', True), (w+'s', False)]
    return [(w, False), (w+'e', True), (w+'en', True), (w+'s', False), (w+'es', False)]

def de_inflect(f):
    if f.endswith('~'):
        core = f[:-1]
        if ' ' in core:
            head, last = core.rsplit(' ', 1)
            return [head + ' ' + x for x in rom_adj(last, 'de')]
        return rom_adj(core, 'de')
    if f.endswith('+'):
        core = f[:-1]
        if ' ' in core:
            head, last = core.rsplit(' ', 1)
            return [(head + ' ' + x, p) for x, p in de_noun(last)]
        return de_noun(core)
    return [f]

INSEP = ('be', 'ver', 'er', 'ent', 'zer', 'ge', 'emp', 'miss', 'über', 'unter', 'hinter', 'wider', 'voll')

def de_verb(spec, ov):
    sep = ''
    if '|' in spec:
        sep, core = spec.split('|')
    else:
        core = spec
    if core.endswith('eln') or core.endswith('ern'):
        stem = core[:-1]
    else:
        stem = core[:-2]
    e = 'e' if re.search(r'(t|d|chn|ffn|gn|dm|tm|ichn)$', stem) else ''
    p3s = [stem + e + 't']
    past = [stem + e + 'te']
    no_ge = core.startswith(INSEP) or core.endswith('ieren')
    pp = [sep + ('' if no_ge else 'ge') + stem + e + 't']
    if 'p3s' in ov: p3s = ov['p3s']
    if 'past' in ov: past = ov['past']
    if 'pp' in ov: pp = ov['pp']
    pastp = [p + ('n' if p.endswith('e') else 'en') for p in past]
    out = [('inf', sep + core)]
    for x in p3s:
        out.append(('p3s', x))
        if sep: out.append(('p3s', x + ' ' + sep))
    if sep:
        out.append(('p3p', core + ' ' + sep))
    else:
        pass
    for x in past:
        out.append(('past3s', x))
        if sep: out.append(('past3s', x + ' ' + sep))
    for x in pastp:
        out.append(('past3p', x))
        if sep: out.append(('past3p', x + ' ' + sep))
    for x in pp:
        out.append(('pp', x))
        if not x.endswith('en'):
            out += [('pp', x + s) for s in ('e', 'en', 'er', 'es')]
    out.append(('zu', (sep + 'zu' + core) if sep else ('zu ' + core)))
    out.append(('ger', sep + core + 'd'))
    if sep:
        out.append(('p3p', core))
    for x in ov.get('extra', []):
        out.append(('extra', x))
    return out

QUESTIONS = """
until when = bis wann, bis zu welchem datum, bis zu welchem jahr, bis zu welchem zeitpunkt, bis in welches jahr
since when = seit wann, ab wann, seit welchem jahr, seit welchem datum
for how long = für wie lange, wie lange noch
how long = wie lange, wie viele jahre, wie lang
how long ago = vor wie langer zeit
in what year = in welchem jahr, im welchem jahr
what year = welches jahr, welchem jahr
on what date = an welchem datum, an welchem tag, zu welchem datum
what date = welches datum, welcher tag, welchem tag
in what month = in welchem monat
what month = welcher monat
when = wann, zu welchem zeitpunkt
in what order = in welcher reihenfolge
what order = welche reihenfolge
which came first = was kam zuerst, was geschah zuerst, was passierte zuerst, was war zuerst, was kam früher, welches kam zuerst, welche kam zuerst, welcher kam zuerst, was erfolgte zuerst, was davon kam zuerst, was geschah früher
first = zuerst, als erstes, als erste, als erster, zuvorderst
is it true that = stimmt es\, dass, stimmt es dass, ist es wahr\, dass, ist es wahr dass, ist es richtig\, dass, ist es richtig dass, trifft es zu\, dass, trifft es zu dass, stimmt es, stimmt es also
is it true = ist es wahr, ist das wahr, ist es richtig, stimmt das, trifft es zu
right = oder?, nicht wahr, nicht wahr?, richtig?, stimmt's, stimmts, gell, gelt, ne?, nicht?
true = wahr, richtig, zutreffend, korrekt
false = falsch, unzutreffend
what = was
what is = was ist, wie lautet, wie hoch ist
what are = was sind, wie lauten
what was = was war, wie lautete, wie hoch war
which = welche, welcher, welches, welchen, welchem
who = wer
whom = wen, wem
whose = wessen
with whom = mit wem
for whom = für wen
how much = wie viel, wieviel, wie hoch, wie viel geld, wie hohe, wie hoher, wie hohen, in welcher höhe, welche summe, welchen betrag, wie groß
how many = wie viele, wieviele
what percentage = wie viel prozent, wieviel prozent, welcher prozentsatz, welchen prozentsatz, welchen anteil, welcher anteil, wie hoch ist der anteil, wie groß ist der anteil
where = wo, wohin, woher
why = warum, weshalb, wieso, weswegen, aus welchem grund
how = wie, auf welche weise, in welcher weise
in what = worin, in welchem, in welcher
of what = wovon, woraus
about what = worüber, worum
for what = wofür, wozu
with what = womit
through what = wodurch
on what = worauf, woran
by how much = um wie viel, um wieviel, um wie viel prozent
at what price = zu welchem preis
at what valuation = zu welcher bewertung, bei welcher bewertung, mit welcher bewertung
how often = wie oft, wie häufig
to what extent = inwiefern, inwieweit, in welchem umfang, in welchem maße
"""

AUX = """
is = ist, sei, liegt, befindet sich
are = sind, seien
was = war, wurde, gewesen war
were = waren, wurden
will be = wird sein, werden sein
would be = wäre, wären, würde sein
been = gewesen, worden
being = seiend
its = sein, seine, seinen, seinem, seiner, seines, ihr, ihre, ihren, ihrem, ihrer, ihres, dessen, deren
has = hat, habe, besitzt
have = haben
had = hatte, hatten, gehabt, hätte gehabt
would have = hätte, hätten
will = wird, werden
would = würde, würden
become = geworden, werde
there is = es gibt, gibt es, existiert, existieren
there was = gab es, es gab
there will be = wird es geben, es wird geben
does = tut, macht
do = tun, machen
did = tat, taten, machte, machten
done = getan, gemacht
can = kann, können, könne
could = konnte, konnten, könnte, könnten, gekonnt
must = muss, muß, müssen, müsse
had to = musste, mussten, mußte, müsste, müssten
should = soll, sollen, sollte, sollten, solle
may = darf, dürfen, durfte, durften, dürfte, dürften, mag
wants = will, wollen, wollte, wollten, möchte, möchten
let = lässt, lassen, ließ, ließen, gelassen
still is = ist noch, ist immer noch, ist weiterhin, bleibt, bleiben, sind noch, sind weiterhin, sind immer noch
is no longer = ist nicht mehr, sind nicht mehr, ist kein, ist keine
no longer = nicht mehr, kein mehr, keine mehr, nicht länger, nicht weiter
not yet = noch nicht, noch kein, noch keine
stops = hört auf, hören auf
stopped = hörte auf, hörten auf, aufgehört
need = braucht, brauchen, brauchte, benötigt, benötigen
"""

FUNC = """
- = der, die, das, den, dem, des, sich, es, denn, doch, eigentlich, eben, halt, mal, ja, zu
a = ein, eine, einen, einem, einer, eines
to the = zum, zur, ans
in the = im, ins
on the = am, aufs
from the = vom
at the = beim
for the = fürs
through the = durchs
over the = übers
in = in, innerhalb, binnen
on = auf, an
at = bei
with = mit
without = ohne
for = für
by = durch, von
of = von
from = aus, ab, von seiten, seitens
since = seit, seitdem, ab dem, ab der
until = bis, bis zum, bis zur, bis ende, bis zu
up to = bis zu, maximal, höchstens
between = zwischen
against = gegen, gegenüber
toward = in richtung, hin zu
under = unter, gemäß
over = über, oberhalb
after = nach, nachdem, danach, anschließend, im anschluss an
before = vor, bevor, vorher, zuvor, davor, ehe
according to = laut, gemäß, zufolge, nach angaben von, nach angaben
through = durch, mittels, über, via
within = innerhalb von, binnen, im rahmen
outside = außerhalb
about = über, bezüglich, hinsichtlich, betreffend, zum thema, in bezug auf, rund um, um
instead of = statt, anstatt, anstelle von, anstelle
in addition to = neben, zusätzlich zu, außer
along with = zusammen mit, samt, sowie
despite = trotz, ungeachtet, obwohl
due to = wegen, aufgrund, aufgrund von, infolge, dank
per = pro, je
versus = gegenüber, im vergleich zu, verglichen mit, im gegensatz zu
and = und, sowie
or = oder, beziehungsweise, bzw., bzw
but = aber, sondern, jedoch, allerdings
nor = weder
that = dass, daß, diese, dieser, dieses, diesen, diesem, jene, jener, jenes
because = weil, da, denn
although = obwohl, obgleich, wenngleich
if = wenn, falls, sofern
whether = ob
while = während, wohingegen
during = während, im laufe, im verlauf
as = als, wie
so = also, deshalb, daher, deswegen, somit, folglich
however = jedoch, allerdings, dennoch, trotzdem
also = auch, ebenfalls, zudem, außerdem, ferner, darüber hinaus
even = sogar, selbst
only = nur, lediglich, bloß, ausschließlich, allein, erst
still = noch, immer noch, noch immer, weiterhin, nach wie vor, weiter, stets noch
already = schon, bereits
now = jetzt, nun, nunmehr, inzwischen, mittlerweile, heute, aktuell, derzeit, gegenwärtig, momentan, zurzeit, fortan, künftig
then = dann, damals
today = heute
yesterday = gestern
tomorrow = morgen
soon = bald, demnächst, in kürze
recently = kürzlich, jüngst, neulich, vor kurzem, unlängst, zuletzt
currently = derzeit, aktuell, zurzeit
previously = früher, zuvor, bisher, bislang, vorher, ehemals, vormals, einst, ehemalig
later = später, nachher, künftig
again = wieder, erneut, nochmals, noch einmal
ever = je, jemals
never = nie, niemals
always = immer, stets
more = mehr, mehrere
less = weniger, minder
more than = mehr als, über
less than = weniger als, unter
at least = mindestens, wenigstens, zumindest
at most = höchstens, maximal
very = sehr
much = viel, viele, vielen, vieler
many = viele
few = wenige, wenig
too = zu viel, zu
almost = fast, beinahe, nahezu, knapp
approximately = etwa, rund, ungefähr, circa, ca., ca, zirka, etwa bei, gut
exactly = genau, exakt
all = alle, alles, allen, aller, gesamt, ganz, ganze, ganzen
each = jede, jeder, jedes, jeden, jedem
both = beide, beiden, beider, beides
other = andere, anderen, anderer, anderes, anderem, weitere, weiteren
same = gleiche, gleichen, gleicher, dieselbe, derselbe, dasselbe, denselben
such = solche, solcher, solches, solchen
this = dies, diese, dieser, dieses, diesem, diesen
which = welche, die, der
here = hier
there = dort, da
yes = ja, doch
not = nicht
no = kein, keine, keinen, keinem, keiner, keines, nein
nothing = nichts
no one = niemand
something = etwas
someone = jemand
i = ich
you = du, ihr, sie
he = er
she = sie
it = es
we = wir
they = sie
one = man
him = ihm, ihn
them = ihnen
my = mein, meine, meinen, meinem, meiner
your = dein, deine, euer, eure, ihr
our = unser, unsere, unseren, unserem, unserer
itself = selbst, selber
each other = einander, gegenseitig
together = zusammen, gemeinsam
there = darin, dabei, daran, darauf, dafür, dazu, damit, davon, darüber
"""

NUMS = """
one = eins
two = zwei, zwo
three = drei
four = vier
five = fünf
six = sechs
seven = sieben
eight = acht
nine = neun
ten = zehn
eleven = elf
twelve = zwölf
thirteen = dreizehn
fourteen = vierzehn
fifteen = fünfzehn
sixteen = sechzehn
seventeen = siebzehn
eighteen = achtzehn
nineteen = neunzehn
twenty = zwanzig
thirty = dreißig
forty = vierzig
fifty = fünfzig
sixty = sechzig
seventy = siebzig
eighty = achtzig
ninety = neunzig
hundred = hundert, einhundert
hundreds = hunderte
thousand = tausend, eintausend
thousands = tausende
million = million, millionen, mio, mio.
billion = milliarde, milliarden, mrd, mrd., mia, mia.
trillion = billion, billionen, bio, bio.
percent = prozent, %, v.h., vh
percentage points = prozentpunkte, prozentpunkten
dollars = dollar, us-dollar, usd, $, dollars
euros = euro, €, eur
yuan = yuan, renminbi
half = hälfte, halb, halbe, halben
third = drittel
one-third = ein drittel, einem drittel
two-thirds = zwei drittel
quarter = viertel
double = doppelt, doppelte, doppelten, zweifach
first = erste, erster, erstes, ersten, erstem, 1.
second = zweite, zweiter, zweites, zweiten
third = dritte, dritter, drittes, dritten
fourth = vierte, vierter, vierten
fifth = fünfte, fünfter, fünften
sixth = sechste, sechsten
seventh = siebte, siebten
eighth = achte, achten
ninth = neunte, neunten
tenth = zehnte, zehnten
last = letzte, letzter, letztes, letzten, letztem
january = januar, jänner, jan, jan.
february = februar, feber, feb, feb., febr.
march = märz, mär, mrz, mrz.
april = april, apr, apr.
may = mai
june = juni, jun, jun.
july = juli, jul, jul.
august = august, aug, aug.
september = september, sep, sep., sept, sept.
october = oktober, okt, okt.
november = november, nov, nov.
december = dezember, dez, dez.
monday = montag
tuesday = dienstag
wednesday = mittwoch
thursday = donnerstag
friday = freitag
saturday = samstag, sonnabend
sunday = sonntag
year = jahr, jahres, jahrs
years = jahre, jahren
month = monat, monats
months = monate, monaten
week = woche
weeks = wochen
day = tag, tages, tags
days = tage, tagen
quarter = quartal, quartals
quarters = quartale, quartalen
decade = jahrzehnt, jahrzehnts, jahrzehnte
fiscal year = geschäftsjahr, geschäftsjahres, geschäftsjahrs, fiskaljahr, finanzjahr
"""

DE_PLURALS = """
contracts = verträge, verträgen, lizenzverträge, lizenzverträgen
deals = geschäfte, geschäften, deals
models = modelle, modellen, ki-modelle, ki-modellen
language models = sprachmodelle, sprachmodellen, großen sprachmodelle
products = produkte, produkten
services = dienste, diensten
customers = kunden, kundinnen
shareholders = aktionäre, aktionären
investors = investoren
companies = konzerne, konzernen, firmen
tech giants = tech-konzerne, tech-konzernen, technologiekonzerne, technologiekonzernen, tech-giganten
markets = märkte, märkten
datacenters = rechenzentren, datenzentren
images = bilder, bildern
devices = geräte, geräten
goals = ziele, zielen
plans = pläne, plänen
amounts = beträge, beträgen
purchases = käufe
rights = rechte, rechten
values = werte, werten
chips = chips
analysts = analysten
competitors = konkurrenten
giants = giganten
assistants = assistenten, sprachassistenten, ki-assistenten
agents = agenten, ki-agenten
"""

DOMAIN = """
agreement = vereinbarung+, abkommen+, übereinkunft, übereinkommen+, einigung+, absprache+, abmachung+
contract = vertrag, vertrags, vertrages, verträge, verträgen, kontrakt+
deal = deal+, geschäft, geschäfts, geschäfte, geschäften, transaktion+
business = geschäftsbereich+, unternehmensbereich+, geschäftstätigkeit
partnership = partnerschaft+, kooperationsvereinbarung+, partnerschaftsvereinbarung+, partnerschaftsvertrag
alliance = allianz+, bündnis, bündnisses, bündnisse
collaboration = zusammenarbeit
cooperation = kooperation+
relationship = beziehung+, verhältnis, verhältnisses, verhältnisse, geschäftsbeziehung+
partner = partner+, partnerin, partnerinnen, partnerunternehmen
license = lizenz+
licensing = lizenzierung+, lizenzvergabe, lizenzvergaben, lizenzgeschäft
license agreement = lizenzvereinbarung+, lizenzvertrag, lizenzvertrags, lizenzvertrages, lizenzverträge, lizenzverträgen, lizenzabkommen
license fees = lizenzgebühr+, lizenzzahlung+, lizenzeinnahmen
license rights = lizenzrecht+, nutzungsrecht+, verwertungsrecht+
revenue = umsatz, umsatzes, umsätze, umsätzen, erlös+, einnahme+, einkünfte, einnahmen, umsatzerlöse, umsatzerlösen, ertrag, ertrags, erträge, erträgen
sales = verkauf, verkäufe, verkäufen, absatz, vertriebserlöse
revenue share = umsatzbeteiligung+, umsatzanteil+, umsatzaufteilung+, umsatzteilung+, erlösbeteiligung+, erlösanteil+, erlösaufteilung+, einnahmenbeteiligung+, einnahmenanteil+, einnahmenaufteilung+, beteiligung am umsatz, beteiligung an den umsätzen, anteil am umsatz, anteil an den umsätzen, anteil an den einnahmen, anteil an den erlösen, beteiligung an den erlösen, beteiligung an den einnahmen, umsatzbeteiligungsquote+, umsatzanteilsquote+, umsatzbeteiligungssatz
revenue share agreement = umsatzbeteiligungsvereinbarung+, umsatzbeteiligungsvertrag, erlösbeteiligungsvereinbarung+
revenue sharing = gewinnbeteiligung+, gewinnaufteilung+, gewinnteilung+, umsatzteilungsmodell
stake = beteiligung+, anteil, anteile, anteilen, anteils, kapitalbeteiligung+, unternehmensbeteiligung+, minderheitsbeteiligung+, mehrheitsbeteiligung+, eigentumsanteil+, aktienanteil+, firmenanteil+, gesellschaftsanteil+, beteiligungsquote+
equity stake = eigenkapitalbeteiligung+, kapitalanteil+
shares = aktien, aktie
share = quote+, anteilsquote+, teil, teile, teilen
shareholder = aktionär, aktionärs, aktionäre, aktionären, anteilseigner+, gesellschafter+, teilhaber+, großaktionär, hauptaktionär, anteilsinhaber+
investor = investor, investors, investoren, geldgeber+, kapitalgeber+, anleger+
investment = investition+, investment+, beteiligungsinvestition+, kapitalspritze+, geldspritze+, finanzspritze+, investitionssumme+, investitionen
capital = kapital, kapitals
equity = eigenkapital, eigenkapitals
valuation = bewertung+, unternehmensbewertung+, firmenbewertung+, marktbewertung+, bewertungsbasis
value = wert, werte, werten, werts, wertes
book value = buchwert+, bilanzwert+
market value = marktwert+, börsenwert+, marktkapitalisierung+
cap = obergrenze+, höchstgrenze+, deckelung+, deckel+, kappungsgrenze+, limitierung+, begrenzung+, höchstbetrag, höchstbetrags, höchstbeträge, obergrenzen, umsatzobergrenze+, zahlungsobergrenze+
limit = grenze+, limit+, schranke+
threshold = schwelle+, schwellenwert+, grenzwert+
tranche = tranche+, teilzahlung+, rate+
first tranche = erste tranche, ersten tranche, erste rate, ersten rate, erste teilzahlung, ersten teilzahlung
payment = zahlung+, bezahlung+, vergütung+, auszahlung+, zahlungsverpflichtung+, zahlungsströme, zahlungsstrom
money = geld, geldes, gelder, mittel, finanzmittel
funding = finanzierung+, förderung+, mittelbeschaffung
funding round = finanzierungsrunde+, investitionsrunde+
round = runde+
company = unternehmen+, firma, firmen, konzern, konzerns, konzerne, konzernen, gesellschaft+, betrieb+
firm = unternehmensgruppe+
startup = startup+, start-up+, jungunternehmen+
giant = riese+, gigant, giganten, konzernriese+
tech giant = tech-riese+, techriese+, tech-konzern, tech-konzerns, tech-konzerne, tech-konzernen, techkonzern, technologiekonzern, technologiekonzerns, technologiekonzerne, technologiekonzernen, tech-gigant, tech-giganten, softwarekonzern, softwareriese+, internetkonzern
provider = anbieter+, provider+, dienstleister+, bereitsteller+
vendor = lieferant, lieferanten, hersteller+, händler+, verkäufer+
cloud = cloud, clouds, wolke
cloud provider = cloud-anbieter+, cloudanbieter+, cloud-provider+, cloudprovider+, cloud-dienstleister+, cloud-dienstanbieter+, cloud-dienste-anbieter+, cloud-hoster+, cloud-plattformanbieter+, cloud-partner+, hyperscaler+
primary cloud provider = hauptanbieter+, haupt-cloud-anbieter+, primärer cloud-anbieter, bevorzugter cloud-anbieter
cloud computing = cloud-computing, cloudcomputing, cloud-geschäft, cloudgeschäft, cloud-sparte
cloud services = cloud-dienst+, clouddienst+, cloud-dienste, cloud-services, cloud-service, cloud-leistungen, cloud-angebot+
cloud platform = cloud-plattform+, cloudplattform+
cloud infrastructure = cloud-infrastruktur+, cloudinfrastruktur+
cloud capacity = cloud-kapazität+, cloud-kapazitäten
multi-cloud = multi-cloud, multicloud, multi-cloud-strategie
datacenter = rechenzentrum, rechenzentrums, rechenzentren, datenzentrum, datenzentren, datacenter+, data-center+
infrastructure = infrastruktur+, ki-infrastruktur+, recheninfrastruktur+
compute = rechenleistung+, rechenkapazität+, rechenkapazitäten, rechenressource+, rechenressourcen, rechenpower, compute
computing = computing, datenverarbeitung, rechnen
chip = chip+, chips, prozessor+, halbleiter+, grafikprozessor+, ki-chip+, gpu, gpus
server = server+
supercomputer = supercomputer+, großrechner+
model = modell, modells, modelle, modellen, ki-modell, ki-modells, ki-modelle, ki-modellen
language model = sprachmodell, sprachmodells, sprachmodelle, sprachmodellen, großes sprachmodell, großen sprachmodelle
frontier model = spitzenmodell+, frontier-modell+, grenzmodell+
artificial intelligence = künstliche intelligenz, künstlichen intelligenz
ai = ki, k.i.
agi = agi, allgemeine künstliche intelligenz, allgemeinen künstlichen intelligenz, künstliche allgemeine intelligenz, starke ki
intelligence = intelligenz
artificial = künstlich~
product = produkt, produkts, produktes, produkte, produkten, ki-produkt+
service = dienst, dienstes, dienste, diensten, dienstleistung+, service+
customer = kunde, kunden, kundin, kundinnen, unternehmenskunde+, geschäftskunde+, endkunde+, kundschaft
user = nutzer+, nutzerin, nutzerinnen, anwender+, benutzer+
developer = entwickler+, entwicklerin, entwicklerinnen, softwareentwickler+
platform = plattform+
technology = technologie+, technik+
tech = tech, technologisch~, technisch~
intellectual property = geistiges eigentum, geistigen eigentums, geistigem eigentum, geistige eigentum, geistigen eigentum, ip-rechte, ip, immaterialgüterrecht+, schutzrecht+
property = eigentum, eigentums
intellectual = geistig~
rights = rechte, rechten, rechts
right = recht
exclusive rights = exklusivrecht+, exklusivrechte, alleinrecht+, exklusivlizenz+
exclusivity = exklusivität, ausschließlichkeit, exklusivitätsklausel+, exklusivstatus
exclusive = exklusiv~, ausschließlich~, alleinig~
non-exclusive = nicht-exklusiv~, nichtexklusiv~, nicht exklusiv~, nicht ausschließlich~
exclusively = exklusiv
clause = klausel+, vertragsklausel+, bestimmung+, regelung+
terms = bedingungen, konditionen, vertragsbedingungen, vertragskonditionen, geschäftsbedingungen, vertragsbestimmungen, modalitäten
term = laufzeit+, vertragslaufzeit+, frist+, dauer, zeitraum, zeitraums, zeiträume
long-term = langfristig~, dauerhaft~, mehrjährig~
date = datum, datums, daten, stichtag+, termin+
deadline = frist, fristen, enddatum
timeline = zeitplan, zeitplans, zeitpläne, zeitleiste+, zeitrahmen+, chronologie
roadmap = roadmap+, fahrplan, fahrplans
restructuring = umstrukturierung+, restrukturierung+, neuordnung+, neustrukturierung+, umbau, umbaus
recapitalization = rekapitalisierung+
revision = überarbeitung+, revision+, neufassung+, anpassung+
change = änderung+, veränderung+, wechsel+, vertragsänderung+
amendment = ergänzung+, zusatzvereinbarung+, nachtrag, nachtrags, nachträge
renegotiation = neuverhandlung+, nachverhandlung+
negotiation = verhandlung+, gespräch+
announcement = ankündigung+, bekanntgabe+, mitteilung+, bekanntmachung+
statement = erklärung+, stellungnahme+, aussage+, äußerung+
press release = pressemitteilung+, presseerklärung+
post = blogbeitrag+, blogpost+, beitrag+, blog-beitrag+, blog-post+, blogeintrag+
blog = blog+
memo = memo+, interne notiz, interne mitteilung, rundschreiben+, notiz+
report = bericht+, meldung+, medienbericht+
source = quelle+, insider+
analyst = analyst, analysten
ceo = ceo, ceos, chef, chefs, vorstandschef+, konzernchef+, firmenchef+, unternehmenschef+, geschäftsführer+, vorstandsvorsitzende, vorstandsvorsitzender, vorstandsvorsitzenden
chief = leiter+, leiterin
founder = gründer+, mitgründer+, mitbegründer+
executive = manager+, führungskraft, führungskräfte, vorstand, vorstands, vorstände
board = aufsichtsrat, aufsichtsrats, verwaltungsrat, verwaltungsrats, board
management = management, führung, unternehmensführung, leitung, geschäftsleitung
team = team+, mannschaft+
group = gruppe+
market = markt, markts, marktes, märkte, märkten, ki-markt
industry = branche+, industrie+, sektor+
competitor = wettbewerber+, konkurrent, konkurrenten, konkurrentin, rivale+, mitbewerber+
competition = wettbewerb, wettbewerbs, konkurrenz, konkurrenzkampf
rivalry = rivalität+
advantage = vorteil+, vorsprung, vorsprungs
benefit = nutzen
profit = gewinn, gewinns, gewinnes, gewinne, gewinnen, profit+, überschuss, überschusses
gains = zugewinn+, wertzuwachs
loss = verlust+
growth = wachstum, wachstums, zuwachs, zuwachses
demand = nachfrage, bedarf, bedarfs
supply = versorgung, angebot, angebots, lieferung+, bereitstellung+
supply chain = lieferkette+
risk = risiko, risikos, risiken
security = sicherheit
cybersecurity = cybersicherheit, it-sicherheit, cybersecurity
control = kontrolle+, steuerung
independence = unabhängigkeit, eigenständigkeit
autonomy = autonomie, selbstständigkeit
flexibility = flexibilität, spielraum, spielräume, handlungsspielraum
freedom = freiheit+
strategy = strategie+, ki-strategie+, unternehmensstrategie+
strategic = strategisch~
financial = finanziell~
economic = wirtschaftlich~, ökonomisch~
commercial = kommerziell~, geschäftlich~
primary = primär~, vorrangig~, bevorzugt~, haupt
main = wichtigst~
new = neu~
previous = bisherig~, vorherig~, früher~, alt~, vorig~, ehemalig~
prior = vorangegangen~, vorausgegangen~
latest = neuest~, jüngst~
recent = aktuell~
current = derzeitig~, gegenwärtig~, geltend~, gültig~
future = zukünftig~, künftig~, zukunft
next = nächst~, kommend~, folgend~
major = groß, große, großen, großer, großes, großem, wichtig~, bedeutend~, wesentlich~
largest = größte, größten, größter, größtes, größtem, wichtigste
greater = größer~
large = umfangreich~
small = klein~
significant = erheblich~, beträchtlich~, signifikant~, deutlich~, maßgeblich~
key = zentral~, schlüssel
crucial = entscheidend~, essenziell~, wesentlich~
total = gesamt~, gesamtsumme, gesamtbetrag, insgesamt
cumulative = kumuliert~, kumulativ~, aufsummiert~
global = global~, weltweit~
open = offen~
open-source = open-source, open source, quelloffen~
closed = geschlossen~
public = öffentlich~
private = privat~
internal = intern~
external = extern~
third-party = dritte, dritten, drittanbieter+, drittanbieter-
own = eigen~
joint = gemeinsam~
jointly = gemeinschaftlich
independent = unabhängig~, eigenständig~
limited = begrenzt~, beschränkt~, limitiert~
unlimited = unbegrenzt~, unbeschränkt~
unchanged = unverändert~
valid = gültig, gültige, gültigen, in kraft
nonprofit = gemeinnützig~, non-profit, nonprofit, non-profit-organisation, gemeinnützige organisation
for-profit = gewinnorientiert~, kommerziell ausgerichtet, for-profit
foundation = stiftung+
entity = einheit+, gesellschaft, rechtsträger+, tochtergesellschaft+, tochter
structure = struktur+, unternehmensstruktur+, konzernstruktur+
public benefit corporation = public benefit corporation, gemeinwohlorientierte gesellschaft
assistant = assistent, assistenten, assistentin, sprachassistent, sprachassistenten, ki-assistent, ki-assistenten
agent = agent, agenten, ki-agent, ki-agenten
glasses = brille+, datenbrille+, ki-brille+
smart glasses = smarte brille, smarten brille, intelligente brille, smart glasses
smart = smart~, intelligent~
device = gerät, geräts, geräte, geräten, endgerät+
wearable = wearable+, tragbar~
mobile = mobil~, handy+, smartphone+
voice = stimme+, sprache
audio = audio
image = bild, bilds, bildes, bilder, bildern
text = text+
email = e-mail+, email+, mail+
inbox = posteingang, posteingangs, postfach
desktop = desktop+, desktop-rechner, pc
application = anwendung+, app+
search = suche+
search engine = suchmaschine+
browser = browser+
code = code+, quellcode+
software = software
hardware = hardware
ecosystem = ökosystem+
innovation = innovation+, neuerung+
research = forschung, forschungs
development = entwicklung+, weiterentwicklung+
research and development = forschung und entwicklung, f&e
deployment = einsatz, einsatzes, bereitstellung, implementierung+, einführung+
integration = integration+, einbindung+
capabilities = fähigkeit+, funktionen, leistungsfähigkeit
capacity = kapazität+
performance = leistung+
scale = skalierung+, größenordnung+, maßstab
large-scale = großangelegt~, in großem maßstab
power = strom, energie, leistung
spending = ausgabe+, investitionsausgaben
cost = kosten
price = preis+
fee = gebühr+, entgelt+
royalties = lizenzgebühren, tantiemen
obligations = pflicht+, verpflichtung+
commitment = zusage+, verpflichtung, investitionszusage+
restriction = einschränkung+, beschränkung+, auflage+
prohibition = verbot+
permission = erlaubnis, genehmigung+
authorization = autorisierung+, zulassung+, berechtigung+
access = zugriff+, zugang, zugangs, zugänge, zugriffsrecht+, zugangsrecht+
use = nutzung+, verwendung+, einsatz
milestone = meilenstein+
phase = phase+, stufe+, etappe+
version = version+, ausgabe
update = update+, aktualisierung+
launch = markteinführung+, start, starts, veröffentlichung+, produkteinführung+, launch
event = veranstaltung+, ereignis, ereignisse
conference = konferenz+, tagung+, messe+
forum = forum, foren
expo = ausstellung+, messe
comment = kommentar+
question = frage+
reply = antwort+
trend = trend+
landscape = landschaft+
context = kontext+, hintergrund, hintergrunds
tensions = spannung+
conflict = konflikt+, streit, streits
concern = sorge+, bedenken
uncertainty = unsicherheit+, ungewissheit+
certainty = sicherheit, planungssicherheit, gewissheit
predictability = vorhersehbarkeit, berechenbarkeit, planbarkeit
implications = auswirkung+, folge+, konsequenz+, implikation+
impact = einfluss, einflusses, wirkung+
role = rolle+
position = position+, stellung+
situation = situation+, lage
field = bereich+, feld, felder, gebiet+
area = region+
distributor = vertriebspartner+, distributor+, händler
channel = kanal, kanäle, vertriebskanal, vertriebskanäle
early access = frühzugang, vorabzugang, früher zugang
directly = direkt
officially = offiziell
publicly = öffentlich
formally = formell, förmlich
immediately = sofort, unmittelbar, umgehend
significantly = erheblich, deutlich, signifikant
nearly = beinahe
rapidly = rasch, schnell
simultaneously = gleichzeitig, zeitgleich
dependence = abhängigkeit+
lock-in = lock-in, anbieterbindung
percentage = prozentsatz, prozentsatzes, prozentsätze, prozentanteil+, anteilssatz
rate = satz, quote, rate
amount = betrag, betrags, beträge, beträgen, summe+, höhe, gesamtsumme+
figure = zahl+, ziffer+
number = anzahl
data = daten
information = information+, angaben
news = nachricht+, neuigkeit+
article = artikel+
media = medien
background = hintergrund
basis = grundlage+, basis
goal = ziel, ziels, ziele, zielen
plan = plan, plans, pläne, plänen, vorhaben
opportunities = chance+, möglichkeit+, gelegenheit+
pressure = druck
status = status
era = ära, zeitalter
beginning = beginn, anfang, anfangs
end = ende, endes, ablauf, vertragsende, auslaufen
expiration = auslaufen, ablauf
extension = verlängerung+, erweiterung+, ausweitung+
increase = erhöhung+, anstieg, anstiegs, steigerung+, zuwachs
decrease = senkung+, rückgang, rückgangs, verringerung+, reduzierung+, reduktion+, kürzung+
leak = leak+, durchgesickert~
purchase = kauf, kaufs, käufe, erwerb, erwerbs
acquisition = übernahme+, akquisition+, zukauf
conversion = umwandlung+
transition = übergang, übergangs
exit = ausstieg, ausstiegs
dispute = streitigkeit+, rechtsstreit
lawsuit = klage+
regulator = regulierer+, aufsichtsbehörde+, kartellbehörde+, wettbewerbshüter+
regulation = regulierung+
approval = genehmigung, zustimmung+
antitrust = kartellrecht, kartellrechtlich~
training = training, trainings
inference = inferenz
weights = gewichte, modellgewichte
microsoft's = microsofts
openai's = openais
"""

VERBS = """
pay = zahlen, bezahlen, aus|zahlen, überweisen{p3s=überweist;past=überwies;pp=überwiesen}, ab|führen, vergüten
receive = erhalten{p3s=erhält;past=erhielt;pp=erhalten}, empfangen{p3s=empfängt;past=empfing;pp=empfangen}, beziehen{past=bezog;pp=bezogen}, kassieren
get = bekommen{p3s=bekommt;past=bekam;pp=bekommen}, kriegen
earn = verdienen, erwirtschaften, erzielen, ein|nehmen{p3s=nimmt;past=nahm;pp=eingenommen}
invest = investieren, an|legen, stecken, pumpen
own = besitzen{past=besaß;pp=besessen}
hold = halten{p3s=hält;past=hielt;pp=gehalten}, innehaben
keep = behalten{p3s=behält;past=behielt;pp=behalten}
retain = bei|behalten{p3s=behält;past=behielt;pp=beibehalten}
maintain = aufrecht|erhalten{p3s=erhält;past=erhielt;pp=aufrechterhalten}, wahren
continue = fort|setzen, weiter|führen, fort|führen, fort|bestehen{p3s=besteht;past=bestand;pp=fortbestanden}, an|dauern, weiter|laufen{p3s=läuft;past=lief;pp=weitergelaufen}, weiter|gehen{p3s=geht;past=ging;pp=weitergegangen}, weiter|zahlen
remain = bleiben{p3s=bleibt;past=blieb;pp=geblieben}, verbleiben{p3s=verbleibt;past=verblieb;pp=verblieben}, bestehen{p3s=besteht;past=bestand;pp=bestanden}
stop = stoppen, auf|hören, ein|stellen
end = beenden, enden, aus|laufen{p3s=läuft;past=lief;pp=ausgelaufen}
expire = ab|laufen{p3s=läuft;past=lief;pp=abgelaufen}, verfallen{p3s=verfällt;past=verfiel;pp=verfallen}, erlöschen{p3s=erlischt;past=erlosch;pp=erloschen}
last = dauern, währen
run = laufen{p3s=läuft;past=lief;pp=gelaufen}
apply = gelten{p3s=gilt;past=galt;pp=gegolten}, an|wenden
announce = an|kündigen, bekannt|geben{p3s=gibt;past=gab;pp=bekanntgegeben}, verkünden, bekannt|machen
say = sagen, äußern
state = erklären, mit|teilen, fest|stellen, betonen, an|geben{p3s=gibt;past=gab;pp=angegeben}, verlautbaren
report = berichten, melden
write = schreiben{past=schrieb;pp=geschrieben}
publish = veröffentlichen, publizieren
sell = verkaufen, vertreiben{past=vertrieb;pp=vertrieben}, vermarkten, veräußern
offer = an|bieten{past=bot;pp=angeboten}, bieten{past=bot;pp=geboten}
ship = aus|liefern, liefern, versenden
launch = starten, ein|führen, lancieren, heraus|bringen{past=brachte;pp=herausgebracht}, launchen
release = frei|geben{p3s=gibt;past=gab;pp=freigegeben}
unveil = vor|stellen, präsentieren, enthüllen
use = nutzen, benutzen, verwenden, ein|setzen, gebrauchen, nützen
build = bauen, auf|bauen, errichten
develop = entwickeln, weiter|entwickeln
co-develop = mit|entwickeln, gemeinsam entwickeln
allow = erlauben, zu|lassen{p3s=lässt;past=ließ;pp=zugelassen}, gestatten
enable = ermöglichen
prohibit = verbieten{past=verbot;pp=verboten}, untersagen
prevent = verhindern
restrict = beschränken, ein|schränken
change = ändern, verändern, wechseln
adjust = an|passen
revise = überarbeiten, revidieren, neu|fassen
increase = erhöhen, steigern, an|heben{past=hob;pp=angehoben}, vergrößern, auf|stocken
rise = steigen{past=stieg;pp=gestiegen}, an|steigen{past=stieg;pp=angestiegen}, zu|nehmen{p3s=nimmt;past=nahm;pp=zugenommen}
grow = wachsen{p3s=wächst;past=wuchs;pp=gewachsen}
expand = aus|weiten, erweitern, aus|bauen
decrease = ab|nehmen{p3s=nimmt;past=nahm;pp=abgenommen}
reduce = senken, verringern, reduzieren, kürzen, herab|setzen
fall = sinken{past=sank;pp=gesunken}, fallen{p3s=fällt;past=fiel;pp=gefallen}, zurück|gehen{p3s=geht;past=ging;pp=zurückgegangen}
cap = deckeln, kappen
limit = begrenzen, limitieren
sign = unterzeichnen, unterschreiben{past=unterschrieb;pp=unterschrieben}
conclude = ab|schließen{p3s=schließt;past=schloss;pp=abgeschlossen}
agree = vereinbaren, einigen, zu|stimmen, verständigen, aus|handeln, überein|kommen{p3s=kommt;past=kam;pp=übereingekommen}
leak = durch|sickern, leaken
commit = verpflichten, zu|sagen
value = bewerten
estimate = schätzen, beziffern, veranschlagen
gain = gewinnen{past=gewann;pp=gewonnen}, zu|legen
lose = verlieren{past=verlor;pp=verloren}
give = geben{p3s=gibt;past=gab;pp=gegeben}, ab|geben{p3s=gibt;past=gab;pp=abgegeben}
grant = gewähren, ein|räumen, erteilen, vergeben{p3s=vergibt;past=vergab;pp=vergeben}
happen = geschehen{p3s=geschieht;past=geschah;pp=geschehen}, passieren, erfolgen
take place = statt|finden{past=fand;pp=stattgefunden}
compare = vergleichen{past=verglich;pp=verglichen}
remove = entfernen, streichen{past=strich;pp=gestrichen}, ab|schaffen
lift = auf|heben{past=hob;pp=aufgehoben}
replace = ersetzen, ab|lösen
share = teilen
split = auf|teilen, verteilen
buy = kaufen, zu|kaufen
acquire = erwerben{p3s=erwirbt;past=erwarb;pp=erworben}
take over = übernehmen{p3s=übernimmt;past=übernahm;pp=übernommen}
provide = bereit|stellen, liefern
host = hosten
operate = betreiben{past=betrieb;pp=betrieben}
train = trainieren
access = zu|greifen{past=griff;pp=zugegriffen}
renegotiate = nach|verhandeln
negotiate = verhandeln
restructure = umstrukturieren, restrukturieren
convert = um|wandeln
confirm = bestätigen
reaffirm = bekräftigen
integrate = integrieren, ein|binden{past=band;pp=eingebunden}
support = unterstützen
serve = bedienen, dienen, versorgen
require = erfordern, verlangen, voraus|setzen, vor|schreiben{past=schrieb;pp=vorgeschrieben}
include = enthalten{p3s=enthält;past=enthielt;pp=enthalten}, umfassen, ein|schließen{p3s=schließt;past=schloss;pp=eingeschlossen}, beinhalten
exclude = aus|schließen{p3s=schließt;past=schloss;pp=ausgeschlossen}
control = kontrollieren, steuern, beherrschen
compete = konkurrieren
license = lizenzieren
distribute = verteilen
reach = erreichen
exceed = überschreiten{past=überschritt;pp=überschritten}, übersteigen{past=überstieg;pp=überstiegen}, übertreffen{p3s=übertrifft;past=übertraf;pp=übertroffen}
double = verdoppeln
cost = kosten
fund = finanzieren
amend = ergänzen, nach|bessern{pp=nachgebessert}
update = aktualisieren
terminate = kündigen, auf|kündigen, auf|lösen
cancel = stornieren, ab|sagen, widerrufen{past=widerrief;pp=widerrufen}
renew = erneuern
extend = verlängern
begin = beginnen{past=begann;pp=begonnen}, an|fangen{p3s=fängt;past=fing;pp=angefangen}
complete = vollenden, fertig|stellen
close = schließen{p3s=schließt;past=schloss;pp=geschlossen}
open = öffnen
expect = erwarten, rechnen
plan = planen, vor|haben{p3s=hat;past=hatte;pp=vorgehabt}, beabsichtigen
decide = entscheiden{past=entschied;pp=entschieden}, beschließen{p3s=beschließt;past=beschloss;pp=beschlossen}
choose = wählen, aus|wählen
seek = suchen, an|streben
explore = erkunden, prüfen, sondieren
diversify = diversifizieren
rely = verlassen{p3s=verlässt;past=verließ;pp=verlassen}, setzen
benefit = profitieren
affect = betreffen{p3s=betrifft;past=betraf;pp=betroffen}, beeinflussen, berühren
lead = führen, leiten
move = verlagern, um|ziehen{past=zog;pp=umgezogen}
shift = verschieben{past=verschob;pp=verschoben}
notify = benachrichtigen, informieren
tie = knüpfen, koppeln, binden{past=band;pp=gebunden}
calculate = berechnen
cover = ab|decken, decken
approve = genehmigen, billigen
reject = ab|lehnen
create = schaffen{past=schuf;pp=geschaffen}, erstellen, erzeugen
spend = aus|geben{p3s=gibt;past=gab;pp=ausgegeben}
contribute = bei|tragen{p3s=trägt;past=trug;pp=beigetragen}, ein|bringen{past=brachte;pp=eingebracht}
allocate = zu|weisen{past=wies;pp=zugewiesen}, zu|teilen
transfer = übertragen{p3s=überträgt;past=übertrug;pp=übertragen}
owe = schulden
guarantee = garantieren, gewährleisten, zu|sichern
secure = sichern
strengthen = stärken, festigen
represent = dar|stellen, repräsentieren
reflect = wider|spiegeln
accelerate = beschleunigen
improve = verbessern
raise = ein|sammeln
exit = aus|steigen{past=stieg;pp=ausgestiegen}
join = bei|treten{p3s=tritt;past=trat;pp=beigetreten}
partner = kooperieren, zusammen|arbeiten
appear = erscheinen{past=erschien;pp=erschienen}
mention = erwähnen, nennen{past=nannte;pp=genannt}
describe = beschreiben{past=beschrieb;pp=beschrieben}
know = wissen{p3s=weiß;past=wusste;pp=gewusst}, kennen{past=kannte;pp=gekannt}
exist = existieren
count = zählen
participate = beteiligen, teil|nehmen{p3s=nimmt;past=nahm;pp=teilgenommen}
take = nehmen{p3s=nimmt;past=nahm;pp=genommen}
bring = bringen{past=brachte;pp=gebracht}
become = werden{p3s=wird;past=wurde;pp=geworden}
"""

FIXED = """
provide = zur verfügung stellen, stellt zur verfügung, stellte zur verfügung, zur verfügung gestellt
launch = auf den markt bringen, bringt auf den markt, brachte auf den markt, auf den markt gebracht
renegotiate = neu verhandeln, neu verhandelt, neu ausgehandelt, neu ausverhandelt
agreed = einigten sich, einigte sich, haben sich geeinigt, hat sich geeinigt
happened = ist passiert, ist geschehen, ist erfolgt
take effect = tritt in kraft, trat in kraft, in kraft getreten, in kraft treten, inkrafttreten
in force = in kraft
expire = läuft aus, lief aus, läuft ab, lief ab
owner = eigentümer+, besitzer+, inhaber+
rely = setzt auf, setzte auf, setzen auf, verlässt sich auf
compete = im wettbewerb stehen, steht im wettbewerb
co-develop = gemeinsam entwickelt
"""

EXTRA = """
parties = parteien, vertragsparteien, seiten, beteiligten
arrangement = arrangement+, regelung
system = system+
signal = signal+, zeichen
potential = potenzial~, potentiell~, potenziell~, möglich~
pace = tempo, geschwindigkeit
legal = rechtlich~, juristisch~, legal~
full = voll~, vollständig~, komplett~
foundational = grundlegend~, fundamental~
adjustment = anpassung+, justierung+
ability = fähigkeit
web = web, internet
surge = anstieg, boom, sprung, höhenflug
silicon = silizium
resource = ressource+
ratio = verhältnis, quote, anteil
progress = fortschritt+
policy = politik, richtlinie+, policy
player = akteur+, spieler+, player
ongoing = laufend~, andauernd~, fortlaufend~
official = offiziell~
necessary = notwendig~, nötig~, erforderlich~
involvement = beteiligung, engagement, einbindung
interaction = interaktion+
general = allgemein~
flexible = flexibel, flexible, flexiblen, flexibler, flexibles
feature = funktion+, feature+, merkmal+
evening = abend+
edge = edge, rand
edge-side = edge-seitig~, auf dem gerät, lokal
different = unterschiedlich~, verschieden~, anders
delivery = auslieferung+, lieferung
defenses = verteidigung+, abwehr
deep = tief~
critical = kritisch~
core = kern, kerns, kerngeschäft
conversational = konversationell~, dialogfähig~
content = inhalt+
construction = bau, errichtung+, aufbau
complex = komplex~
competitive = wettbewerbsfähig~, kompetitiv~
center = zentrum, zentren
aspect = aspekt+
api = api, schnittstelle+
widespread = verbreitet~, weitverbreitet~
widely = weithin, breit
vast = riesig~, enorm~, gewaltig~
unprecedented = beispiellos~, noch nie dagewesen
unclear = unklar~
unaffected = unberührt~, nicht betroffen
unable = nicht in der lage, unfähig~
transformative = transformativ~, bahnbrechend~
topic = thema, themen
strong = stark~, solide~
specific = spezifisch~, konkret~, bestimmt~
special = speziell~, besonder~
social = sozial~
single = einzig~, einzeln~
several = mehrere, einige, verschiedene
self-developed = selbst entwickelt, eigenentwicklung+, selbstentwickelt~, hauseigen~
in-house = intern, hausintern~, eigen
scaling = skalierung
principles = prinzip+, grundsatz, grundsätze
promotion = förderung, werbung
predictable = vorhersehbar~, planbar~, berechenbar~
path = weg+, pfad+
past = vergangenheit, vergangen~
overall = insgesamt
operations = betrieb, geschäftsbetrieb
offerings = angebote
nature = natur, art
multiple = mehrfach~, vielfach~
multi-year = mehrjährig
moment = moment+, zeitpunkt+
local = lokal~, örtlich~
light = leicht~, licht
level = ebene+, niveau+, stufe
leadership = führungsrolle, führerschaft
late = ende, spät~
early = anfang, früh~
mid = mitte
issues = problem+, frage
imperative = zwingend~, unabdingbar~
home = zuhause, heim
further = weiter~
additional = zusätzlich~, weiter
evolution = evolution, entwicklung
entire = ganz~
enterprise = unternehmens, unternehmensweit~
efforts = bemühung+, anstrengung+
dynamic = dynamisch~
dual = dual~, doppelt
discontinued = eingestellt~
completely = vollständig, komplett, völlig, gänzlich
central = zentral
cash = barmittel, liquidität, bargeld, cash
available = verfügbar~, erhältlich~
alignment = ausrichtung+, abstimmung+
constraints = einschränkung
"""

EXTRA_VERBS = """
enhance = verbessern, stärken, aufwerten
address = an|gehen{p3s=geht;past=ging;pp=angegangen}, an|sprechen{p3s=spricht;past=sprach;pp=angesprochen}, adressieren
advance = voran|treiben{past=trieb;pp=vorangetrieben}, voran|kommen{p3s=kommt;past=kam;pp=vorangekommen}
identify = identifizieren, erkennen{past=erkannte;pp=erkannt}
ask = fragen
emphasize = unterstreichen{past=unterstrich;pp=unterstrichen}, hervor|heben{past=hob;pp=hervorgehoben}
suggest = nahe|legen, vor|schlagen{p3s=schlägt;past=schlug;pp=vorgeschlagen}, hin|deuten
imply = implizieren, bedeuten
involve = beinhalten
design = entwerfen{p3s=entwirft;past=entwarf;pp=entworfen}, gestalten, konzipieren
evolve = entfalten
iterate = iterieren
reshape = um|gestalten, neu|gestalten
redefine = neu|definieren
revamp = um|bauen
simplify = vereinfachen
mitigate = mildern, ab|mildern, ab|federn
alleviate = lindern, entlasten
leverage = aus|nutzen
foster = fördern
ensure = sicher|stellen
preserve = bewahren, erhalten
emerge = entstehen{past=entstand;pp=entstanden}, auf|tauchen
arrive = an|kommen{p3s=kommt;past=kam;pp=angekommen}, ein|treffen{p3s=trifft;past=traf;pp=eingetroffen}
acknowledge = an|erkennen{past=erkannte;pp=anerkannt}, ein|räumen
delete = löschen
discontinue = ein|stellen
avoid = vermeiden{past=vermied;pp=vermieden}
express = aus|drücken
follow = folgen
come = kommen{p3s=kommt;past=kam;pp=gekommen}
leave = verlassen
solidify = festigen
inject = ein|speisen
prioritize = priorisieren
"""

def build():
    parse_block('de', QUESTIONS)
    parse_block('de', AUX)
    parse_block('de', FUNC)
    parse_block('de', NUMS)
    parse_block('de', DE_PLURALS)
    parse_block('de', DOMAIN, de_inflect)
    parse_verbs('de', VERBS, de_verb)
    parse_block('de', FIXED, de_inflect)
    parse_block('de', EXTRA, de_inflect)
    parse_verbs('de', EXTRA_VERBS, de_verb)

# -*- coding: utf-8 -*-
from lib import *

def it_verb(inf, ov):
    f = {'inf': [inf]}
    if inf.endswith('are'):
        stem = inf[:-3]
        fst = stem
        if stem.endswith('c') or stem.endswith('g'): fst = stem + 'h'
        elif stem.endswith('ci') or stem.endswith('gi'): fst = stem[:-1]
        f.update(p3s=[stem+'a'], p3p=[stem+'ano'], pret3s=[stem+'ò'], pret3p=[stem+'arono'],
                 impf3s=[stem+'ava'], impf3p=[stem+'avano'], fut3s=[fst+'erà'], fut3p=[fst+'eranno'],
                 cond3s=[fst+'erebbe'], cond3p=[fst+'erebbero'], pp=[stem+'ato'], ger=[stem+'ando'],
                 subjimp3s=[stem+'asse'], subjimp3p=[stem+'assero'])
        if stem.endswith('i'):
            f.update(subj3s=[stem], subj3p=[stem+'no'])
        else:
            f.update(subj3s=[fst+'i'], subj3p=[fst+'ino'])
    elif inf.endswith('ere'):
        stem = inf[:-3]
        f.update(p3s=[stem+'e'], p3p=[stem+'ono'], pret3s=[stem+'é'], pret3p=[stem+'erono'],
                 impf3s=[stem+'eva'], impf3p=[stem+'evano'], fut3s=[stem+'erà'], fut3p=[stem+'eranno'],
                 cond3s=[stem+'erebbe'], cond3p=[stem+'erebbero'], pp=[stem+'uto'], ger=[stem+'endo'],
                 subj3s=[stem+'a'], subj3p=[stem+'ano'], subjimp3s=[stem+'esse'], subjimp3p=[stem+'essero'])
    elif inf.endswith('ire'):
        stem = inf[:-3]
        isc = 'isc' in ov
        f.update(p3s=[stem+('isce' if isc else 'e')], p3p=[stem+('iscono' if isc else 'ono')],
                 pret3s=[stem+'ì'], pret3p=[stem+'irono'], impf3s=[stem+'iva'], impf3p=[stem+'ivano'],
                 fut3s=[stem+'irà'], fut3p=[stem+'iranno'], cond3s=[stem+'irebbe'], cond3p=[stem+'irebbero'],
                 pp=[stem+'ito'], ger=[stem+'endo'], subj3s=[stem+('isca' if isc else 'a')],
                 subj3p=[stem+('iscano' if isc else 'ano')], subjimp3s=[stem+'isse'], subjimp3p=[stem+'issero'])
    ov = {k: v for k, v in ov.items() if k != 'isc'}
    apply_ov(f, ov)
    px = []
    for p in f['pp']:
        if p.endswith('o'): px += [p[:-1]+'a', p[:-1]+'i', p[:-1]+'e']
    f['ppx'] = px + f.get('ppx', [])
    return flatten(f)

def it_refl(gen):
    def g(inf, ov):
        first = inf.split(' ', 1)[0]
        if first.endswith('rsi'):
            rest = inf[len(first):]
            base = first[:-3] + 're'
            out = gen(base + rest, ov)
            more = []
            for slot, x in out:
                if slot == 'inf':
                    more.append((slot, first + rest))
                elif slot in ('p3s','p3p','fut3s','fut3p','cond3s','cond3p','impf3s','impf3p','subj3s','subj3p','pret3s','pret3p'):
                    more.append((slot, 'si ' + x))
            return more + out
        return gen(inf, ov)
    return g

I = make_inflect('it')

QUESTIONS = """
until when = fino a quando, fino a quand', fin quando, sino a quando, fino a che data, fino a quale data, fino a che anno, fino a quale anno, entro quando
since when = da quando, a partire da quando, da che anno, da quale data
for how long = per quanto tempo, per quanti anni
how long = quanto tempo, quanti anni, quanto dura, quanto durerà
how long ago = quanto tempo fa
in what year = in che anno, in quale anno
what year = che anno, quale anno
on what date = in che data, in quale data
what date = che data, quale data, che giorno, quale giorno
in what month = in che mese, in quale mese
when = quando, in che momento
in what order = in che ordine, in quale ordine
what order = quale ordine
which came first = cosa è successo prima, cosa è venuto prima, quale è venuto prima, quale è successo prima, cosa è accaduto prima, quale è arrivato prima, chi è arrivato prima, cos'è successo prima
first = per primo, per prima, prima di tutto
is it true that = è vero che, è corretto che, corrisponde al vero che
is it true = è vero, è corretto, è giusto
right = vero?, giusto?, no?, non è vero, non è così, dico bene
true = vero, vera, veri, vere, corretto
false = falso, falsa
- = forse
what = cosa, che cosa, che, cos'
what is = cos'è, che cos'è, qual è, quale è, cosa è
what are = quali sono, cosa sono
what was = qual era, quale era, qual è stato, qual è stata, cosa era, cos'era
which = quale, quali, qual
who = chi
whom = a chi
whose = di chi
with whom = con chi
for whom = per chi
how much = quanto, quanta, quanto denaro, quanti soldi, a quanto, a quanto ammonta
how many = quanti, quante
what percentage = quale percentuale, che percentuale, quanto per cento, quale quota, quale parte
where = dove, dov', da dove
where is = dov'è
why = perché, perche, per quale motivo, per quale ragione, come mai
how = come, in che modo, in quale modo, in che maniera
in what = in che, in cosa, in quale
of what = di cosa, di che
about what = su cosa, riguardo a cosa
by how much = di quanto
at what price = a quale prezzo, a che prezzo
at what valuation = a quale valutazione
how often = con quale frequenza, quante volte, ogni quanto
"""

AUX = """
is = è, e', sia, si trova
are = sono, siano
was = era, fu, è stato, è stata, sia stato, sia stata, fosse, stava
were = erano, furono, sono stati, sono state, fossero
will be = sarà, saranno
would be = sarebbe, sarebbero
been = stato, stata, stati, state
being = essendo
be = essere, stare
has = ha, abbia, possiede
have = hanno, abbiano, avere, ho, abbiamo
had = aveva, avevano, ebbe, ebbero, avuto, avuta, avesse, avrebbe avuto
will have = avrà, avranno
would have = avrebbe, avrebbero
having = avendo
there is = c'è, ci sono, esiste, esistono, vi è, vi sono
there was = c'era, c'erano, c'è stato, c'è stata, ci fu
there will be = ci sarà, ci saranno
does = fa
do = fanno, fare, faccia, facciano
did = faceva, fece, fecero, ha fatto, hanno fatto
will do = farà, faranno
would do = farebbe, farebbero
done = fatto, fatta, fatti, fatte
doing = facendo
can = può, possono, potere, possa, possano, puo
could = poteva, potevano, potrebbe, potrebbero, poté, potuto, potesse
will be able = potrà, potranno
must = deve, devono, debba, debbano, dovere, bisogna, occorre
had to = doveva, dovevano, ha dovuto, hanno dovuto, dovette, dovuto
will have to = dovrà, dovranno
should = dovrebbe, dovrebbero
will = andrà a, sta per, stanno per
wants = vuole, vogliono, voleva, ha voluto
still is = è ancora, sono ancora, rimane, rimangono, resta, restano, continua a essere, continua ad essere
will still be = sarà ancora, resterà, rimarrà
is no longer = non è più, non sono più, non sarà più
no longer = non più
stops = smette di, smettono di, cessa di, cessano di
stopped = ha smesso di, hanno smesso di, ha cessato di, smise di, ha smesso
will stop = smetterà di, smetteranno di, cesserà di
would stop = smetterebbe di, cesserebbe di
need = ha bisogno di, hanno bisogno di, bisogno
"""

FUNC = """
- = il, lo, la, i, gli, le, l', si, ci, vi, ne, sì che, ebbene
a = un, uno, una, un'
some = alcuni, alcune, qualche
of the = del, dello, della, dei, degli, delle, dell'
to the = al, allo, alla, ai, agli, alle, all'
from the = dal, dallo, dalla, dai, dagli, dalle, dall'
in the = nel, nello, nella, nei, negli, nelle, nell'
on the = sul, sullo, sulla, sui, sugli, sulle, sull'
with the = col, coi, con il, con la
for the = per il, per la
of = di, d'
to = a, ad
in = in
on = su
with = con
without = senza
for = per
by = da parte di
from = da
since = da, dal, dalla, sin da, fin da, a partire da, a partire dal, a decorrere da, dal momento che
until = fino a, fino al, fino alla, fino all', sino a, finché, fino, fin
between = tra, fra
against = contro
toward = verso
under = sotto, ai sensi di, in base a, secondo i termini di, nell'ambito di
after = dopo, dopo che, in seguito a, a seguito di
before = prima, prima di, prima che, anteriormente
according to = secondo, stando a, in base a quanto
through = attraverso, tramite, mediante, grazie a, per mezzo di
via = via
within = entro, all'interno di, dentro
outside = fuori, al di fuori di
about = circa, riguardo, riguardo a, su di, in merito a, relativamente a, a proposito di, per quanto riguarda, rispetto a
instead of = invece di, al posto di
in addition to = oltre a, in aggiunta a
along with = insieme a, insieme con, assieme a
despite = nonostante, malgrado, sebbene
due to = a causa di, dovuto a, per via di, in virtù di
per = ogni, a testa
versus = rispetto a, contro, in confronto a, comparato a
and = e, ed
or = o, oppure, ovvero
but = ma, però, bensì
nor = né
that = che, quel, quello, quella, quei, quegli, quelle, ciò
because = perché, poiché, in quanto, dato che, visto che, giacché
although = anche se, benché, sebbene, pur
if = se
whether = se o meno
while = mentre, mentre che
during = durante, nel corso di
so = quindi, dunque, perciò, pertanto, così, allora
however = tuttavia, comunque, ciononostante, eppure
also = anche, inoltre, pure, altresì
even = perfino, persino, addirittura
only = solo, soltanto, solamente, unicamente, esclusivamente, sola, soli, sole
still = ancora, tuttora, continua a, continuano a, continua ad, ancor oggi, sempre ancora
no longer = non più
not yet = non ancora, ancora no
already = già
now = ora, adesso, attualmente, oggi, ormai, oramai, al momento, d'ora in poi
then = poi, allora, quindi, in seguito
today = oggi
yesterday = ieri
tomorrow = domani
soon = presto, a breve, prossimamente
recently = recentemente, di recente, da poco, ultimamente
currently = attualmente, al momento, correntemente
previously = in precedenza, precedentemente, prima d'ora, finora, fino ad ora, in passato
later = più tardi, successivamente, in seguito, dopo
again = di nuovo, ancora una volta, nuovamente
ever = mai
never = mai, non mai
always = sempre
more = più, maggiore, maggiori
less = meno, minore, minori
more than = più di, più del, più della, oltre
less than = meno di, meno del, meno della
at least = almeno, quantomeno, come minimo
at most = al massimo, al più
very = molto
much = molto, molta, tanto
many = molti, molte, tanti, tante
few = pochi, poche
little = poco, poca
too = troppo
almost = quasi, pressoché
approximately = circa, approssimativamente, all'incirca, intorno a, attorno a, più o meno
exactly = esattamente, proprio, precisamente
all = tutto, tutta, tutti, tutte
each = ogni, ciascuno, ciascuna, ognuno
both = entrambi, entrambe, ambedue, tutti e due, tutte e due
other = altro, altra, altri, altre
same = stesso, stessa, stessi, stesse, medesimo
such = tale, tali
this = questo, questa, ciò
these = questi, queste
those = quelli
which = cui, il quale, la quale, i quali, le quali
here = qui, qua
there = lì, là
yes = sì, si'
not = non
nothing = niente, nulla
none = nessuno, nessuna, nessun
no one = nessuno
something = qualcosa
someone = qualcuno
i = io
you = tu, voi, lei, ti
he = lui, egli
she = essa
it = esso
we = noi
they = loro, essi, esse
them = li, gli stessi
my = mio, mia, miei, mie
your = tuo, tua, tuoi, tue, vostro, vostra
its = suo, sua, suoi, sue, proprio, propria, propri, proprie
their = loro
our = nostro, nostra, nostri, nostre
itself = sé stesso, se stesso, sé stessa
each other = reciprocamente, a vicenda
"""

NUMS = """
one = uno, una
two = due
three = tre
four = quattro
five = cinque
six = sei
seven = sette
eight = otto
nine = nove
ten = dieci
eleven = undici
twelve = dodici
thirteen = tredici
fourteen = quattordici
fifteen = quindici
sixteen = sedici
seventeen = diciassette
eighteen = diciotto
nineteen = diciannove
twenty = venti
thirty = trenta
forty = quaranta
fifty = cinquanta
sixty = sessanta
seventy = settanta
eighty = ottanta
ninety = novanta
hundred = cento, centinaio
hundreds = centinaia
thousand = mille, mila, migliaio
thousands = migliaia
million = milione, milioni, mln, mio
billion = miliardo, miliardi, mld, mrd, mld.
billions = miliardi di
trillion = bilione, bilioni, mille miliardi
percent = per cento, percento, %, punti percentuali
dollars = dollaro, dollari, usd, $, dollari statunitensi, dollari usa
euros = euro, €
yuan = yuan
half = metà, mezzo, mezza
third = terzo, terza, terzi, terze
one-third = un terzo
two-thirds = due terzi
quarter = quarto, quarta
double = doppio, doppia
first = primo, prima, primi, prime, 1°
second = secondo, seconda, secondi, seconde
fourth = quarti
fifth = quinto, quinta
sixth = sesto, sesta
seventh = settimo, settima
eighth = ottavo, ottava
ninth = nono, nona
tenth = decimo, decima
last = ultimo, ultima, ultimi, ultime
january = gennaio, gen, genn
february = febbraio, feb, febbr
march = marzo, mar
april = aprile, apr
may = maggio, mag
june = giugno, giu
july = luglio, lug
august = agosto, ago
september = settembre, set, sett
october = ottobre, ott
november = novembre, nov
december = dicembre, dic
monday = lunedì
tuesday = martedì
wednesday = mercoledì
thursday = giovedì
friday = venerdì
saturday = sabato
sunday = domenica
year = anno
years = anni
month = mese
months = mesi
week = settimana
weeks = settimane
day = giorno
days = giorni
quarter = trimestre
quarters = trimestri
decade = decennio
fiscal year = anno fiscale, esercizio, esercizio fiscale
"""

DOMAIN = """
agreement = accordo+, intesa+, convenzione+
contract = contratto+
deal = affare+, operazione+, transazione+, deal
business = attività, affari, business
partnership = partnership, partenariato+, sodalizio+
alliance = alleanza+
collaboration = collaborazione+
cooperation = cooperazione+
relationship = rapporto+, relazione+, rapporti commerciali
partner = partner, socio+, socia
license = licenza+
licensing = concessione di licenze, concessione in licenza, licenze d'uso, licensing
license agreement = accordo di licenza+, contratto di licenza+
revenue = ricavo+, entrate, fatturato+, introiti, proventi
sales = vendite, vendita
revenue share = quota di ricavi, quota dei ricavi, quota delle entrate, condivisione dei ricavi, condivisione delle entrate, ripartizione dei ricavi, ripartizione delle entrate, compartecipazione ai ricavi, partecipazione ai ricavi, percentuale dei ricavi, percentuale sui ricavi, revenue share, spartizione dei ricavi, divisione dei ricavi, quota sui ricavi
revenue sharing = condivisione degli utili, ripartizione degli utili
stake = partecipazione+, quota azionaria, quota di partecipazione, partecipazione azionaria, partecipazione al capitale
equity stake = partecipazione nel capitale
shares = azioni
share = quota+, azione, parte, fetta+
shareholder = azionista, azionisti
investor = investitore+, investitrice
investment = investimento+
capital = capitale+
equity = capitale proprio, patrimonio netto
valuation = valutazione+
value = valore+
book value = valore contabile, valore di libro, valore di bilancio
market value = valore di mercato, capitalizzazione
cap = tetto+, tetto massimo, massimale+, plafond
limit = limite+
threshold = soglia+
tranche = tranche, rata+
first tranche = prima tranche, prima rata
payment = pagamento+, versamento+
money = denaro, soldi, fondi
funding = finanziamento+
funding round = round di finanziamento, giro di finanziamento, raccolta fondi
round = round, giro
company = azienda+, società, compagnia+, impresa+
firm = ditta+, gruppo tecnologico
startup = startup, start-up
giant = gigante+, colosso+
tech giant = gigante tecnologico, giganti tecnologici, colosso tecnologico, colossi tecnologici, big tech
provider = fornitore+, provider, fornitrice, gestore+
vendor = venditore+
cloud = cloud, nuvola, nuvole, nube
cloud provider = fornitore cloud, fornitori cloud, fornitore di cloud, fornitori di cloud, fornitore di servizi cloud, fornitori di servizi cloud, provider cloud, cloud provider, fornitore di nuvola
cloud computing = cloud computing, elaborazione in cloud
cloud services = servizi cloud, servizi di cloud
multi-cloud = multicloud, multi-cloud
datacenter = data center, datacenter, centro dati, centri dati, centro di elaborazione dati
infrastructure = infrastruttura+
compute = calcolo, capacità di calcolo, potenza di calcolo, risorse di calcolo
computing = informatica, elaborazione
chip = chip, processore+, semiconduttore+
server = server
model = modello+
language model = modello linguistico, modelli linguistici, modello di linguaggio
ai model = modello di ia, modelli di ia, modello di intelligenza artificiale, modelli di intelligenza artificiale
frontier model = modelli di frontiera, modello di frontiera
artificial intelligence = intelligenza artificiale
ai = ia, i.a.
agi = intelligenza artificiale generale, iag
intelligence = intelligenza
artificial = artificiale~
product = prodotto+
service = servizio+
customer = cliente+, clientela
user = utente+
developer = sviluppatore+, sviluppatrice+
platform = piattaforma+
technology = tecnologia+
tech = tecnologico~, tech
intellectual property = proprietà intellettuale, proprietà intellettuali
property = proprietà
intellectual = intellettuale~
rights = diritti
right = diritto
exclusive rights = diritti esclusivi, diritti di esclusiva
exclusivity = esclusiva, esclusività
exclusive = esclusivo~
non-exclusive = non esclusivo~, non-esclusivo~, senza esclusiva
exclusively = esclusivamente, in esclusiva
clause = clausola+
terms = termini, condizioni, termini e condizioni
term = durata, termine, scadenza+
long-term = lungo termine, a lungo termine, pluriennale~
duration = durata contrattuale
date = data+
deadline = scadenza, termine ultimo
timeline = tempistica+, calendario+, cronoprogramma
roadmap = tabella di marcia, roadmap
restructuring = ristrutturazione+, riorganizzazione+
recapitalization = ricapitalizzazione+
revision = revisione+
change = cambiamento+, modifica+, cambio+, variazione+
amendment = emendamento+
renegotiation = rinegoziazione+
negotiation = negoziazione+, trattativa+, negoziato+
announcement = annuncio+
statement = dichiarazione+, comunicato+, nota+
press release = comunicato stampa
post = post, articolo del blog
blog = blog
memo = memo, promemoria, nota interna, memorandum
report = rapporto, relazione, resoconto+
source = fonte+
analyst = analista, analisti
ceo = amministratore delegato, ad, ceo, a.d., numero uno
president = presidente+
chief = capo+, direttore+, dirigente+
founder = fondatore+, fondatrice
executive = manager, dirigenti
board = consiglio di amministrazione, cda, consiglio
management = gestione, direzione, management
team = squadra+, team
group = gruppo+
market = mercato+
industry = industria+, settore+
competitor = concorrente+, rivale+
competition = concorrenza, competizione
rivalry = rivalità
advantage = vantaggio+
benefit = beneficio+
profit = profitto+, utile+, guadagno+
gains = plusvalenza+
loss = perdita+
growth = crescita
demand = domanda+
supply = fornitura+, offerta
supply chain = catena di approvvigionamento, filiera
risk = rischio+
security = sicurezza
cybersecurity = cybersicurezza, sicurezza informatica, cybersecurity
control = controllo+
independence = indipendenza
autonomy = autonomia
flexibility = flessibilità
freedom = libertà
strategy = strategia, strategie
strategic = strategico~
financial = finanziario~
economic = economico~
commercial = commerciale~
primary = principale~, primario~, privilegiato~
new = nuovo~
previous = precedente~, anteriore~, vecchio, vecchia
prior = preventivo~
latest = più recente, più recenti
recent = recente~
current = attuale~, vigente~, in vigore, corrente~
future = futuro~
next = prossimo~, successivo~
major = importante~, grande~, grandi, gran, maggiore
largest = più grande, più grandi, il maggiore, la maggiore
large = ampio~, vasto~
small = piccolo~
significant = significativo~, considerevole~, notevole~, sostanziale~, rilevante~
key = chiave
crucial = cruciale~, fondamentale~, essenziale~
total = totale~, complessivo~
cumulative = cumulativo~, cumulato~, cumulata
global = globale~, mondiale~
open = aperto~
open-source = open source, codice aperto, a codice aperto
closed = chiuso~
public = pubblico~
private = privato~
internal = interno~
external = esterno~
third-party = terze parti, di terze parti, terzi
own = proprio
joint = congiunto~, comune~
jointly = congiuntamente, insieme
independent = indipendente~
limited = limitato~, ristretto~
unlimited = illimitato~
unchanged = invariato~, immutato~, inalterato~
valid = valido~
nonprofit = senza scopo di lucro, no profit, non profit, organizzazione no profit, ente non profit
for-profit = a scopo di lucro, for-profit, lucrativo~
foundation = fondazione+
entity = entità
structure = struttura+
public benefit corporation = società benefit, public benefit corporation
assistant = assistente+
agent = agente+
glasses = occhiali
smart glasses = occhiali intelligenti, occhiali smart
smart = intelligente~, smart
device = dispositivo+
wearable = indossabile~, dispositivo indossabile, dispositivi indossabili, wearable
mobile = mobile~, cellulare~
phone = telefono+, smartphone
voice = voce, voci, vocale~
audio = audio
image = immagine+
text = testo+
email = email, e-mail, posta elettronica, mail
inbox = casella di posta, posta in arrivo
desktop = desktop, computer fisso
application = applicazione+, app
search = ricerca online
search engine = motore di ricerca, motori di ricerca
browser = browser
code = codice+
software = software
hardware = hardware
ecosystem = ecosistema, ecosistemi
innovation = innovazione+
research = ricerca+
development = sviluppo+
deployment = implementazione+, distribuzione+, rilascio+
integration = integrazione+
capabilities = capacità
performance = prestazioni, prestazione, performance
scale = scala+
large-scale = su larga scala, larga scala
power = potenza, energia
spending = spesa+
cost = costo+
price = prezzo+
fee = commissione+, tariffa+, canone+
royalties = royalty, royalties, diritti d'autore
obligations = obbligo, obblighi
commitment = impegno+
restriction = restrizione+, vincolo+
prohibition = divieto+
permission = permesso+
authorization = autorizzazione+
access = accesso+
use = uso+, utilizzo+, impiego
milestone = traguardo+, pietra miliare
phase = fase+, tappa+
version = versione+
update = aggiornamento+
launch = lancio+, debutto+
event = evento+
conference = conferenza+
forum = forum
expo = fiera+, esposizione+, expo
comment = commento+
question = domanda+
reply = risposta+
trend = tendenza+
landscape = panorama+, scenario, scenari
context = contesto+
tensions = tensione+
conflict = conflitto+
concern = preoccupazione+
uncertainty = incertezza+
certainty = certezza+
predictability = prevedibilità
implications = implicazioni, conseguenze, ripercussioni
impact = impatto+
role = ruolo+
position = posizione+
situation = situazione+
field = campo+, ambito+
area = area+, settore
distributor = distributore+
channel = canale+
early access = accesso anticipato
directly = direttamente
officially = ufficialmente
publicly = pubblicamente
formally = formalmente
immediately = immediatamente, subito
significantly = significativamente, notevolmente, sensibilmente
nearly = quasi
rapidly = rapidamente
simultaneously = simultaneamente, contemporaneamente
dependence = dipendenza
lock-in = lock-in, vincolo al fornitore
percentage = percentuale+
rate = tasso+, aliquota+
amount = importo+, somma+, ammontare
figure = cifra+
number = numero+
data = dati
information = informazione+
news = notizia+
article = articolo+
media = media, stampa
background = sfondo
basis = base+
goal = obiettivo+
plan = piano+, progetto+
opportunities = opportunità
pressure = pressione+
status = stato, status
era = epoca, ere
beginning = inizio+
end = fine, termine del contratto
expiration = scadenza contrattuale
extension = proroga+, estensione+, prolungamento+
increase = aumento+, incremento+, rialzo+
decrease = diminuzione+, riduzione+, calo+, ribasso+
leak = fuga di notizie, indiscrezione+
purchase = acquisto+
acquisition = acquisizione+
conversion = conversione+, trasformazione+
transition = transizione+
departure = uscita+
dispute = disputa+, contenzioso+, controversia+
lawsuit = causa legale
regulator = regolatore+, autorità
regulation = regolamentazione+, normativa+
approval = approvazione+, via libera
antitrust = antitrust
training = addestramento+
inference = inferenza+
weights = pesi
microsoft's = di microsoft
openai's = di openai
"""

VERBS = """
pay = pagare, versare, corrispondere{pp=corrisposto}
receive = ricevere, percepire{isc;pp=percepito}, incassare
earn = guadagnare
invest = investire
own = possedere{p3s=possiede;p3p=possiedono;subj3s=possieda}, detenere{p3s=detiene;p3p=detengono;pret3s=detenne;pret3p=detennero;fut3s=deterrà;fut3p=deterranno;cond3s=deterrebbe;cond3p=deterrebbero;pp=detenuto;subj3s=detenga;subj3p=detengano}
hold = tenere{p3s=tiene;p3p=tengono;pret3s=tenne;fut3s=terrà;fut3p=terranno;cond3s=terrebbe;pp=tenuto;subj3s=tenga}
keep = conservare, tenersi{p3s=tiene;p3p=tengono;pret3s=tenne;fut3s=terrà;cond3s=terrebbe;pp=tenuto;subj3s=tenga}
retain = mantenere{p3s=mantiene;p3p=mantengono;pret3s=mantenne;pret3p=mantennero;fut3s=manterrà;fut3p=manterranno;cond3s=manterrebbe;cond3p=manterrebbero;pp=mantenuto;subj3s=mantenga;subj3p=mantengano}, trattenere{p3s=trattiene;p3p=trattengono;fut3s=tratterrà;pp=trattenuto}
continue = continuare, proseguire
remain = rimanere{p3s=rimane;p3p=rimangono;pret3s=rimase;pret3p=rimasero;fut3s=rimarrà;fut3p=rimarranno;cond3s=rimarrebbe;cond3p=rimarrebbero;pp=rimasto;subj3s=rimanga;subj3p=rimangano}, restare, permanere{p3s=permane;p3p=permangono;pp=permaso}
stop = fermare, interrompere{pp=interrotto;pret3s=interruppe}, sospendere{pp=sospeso;pret3s=sospese}, bloccare
cease = cessare, smettere{pp=smesso;pret3s=smise;pret3p=smisero}
end = terminare, finire{isc}, concludere{pp=concluso;pret3s=concluse;pret3p=conclusero}
expire = scadere{fut3s=scadrà;fut3p=scadranno;cond3s=scadrebbe;pret3s=scadde}, decadere{fut3s=decadrà;pret3s=decadde}
last = durare
run = estendersi{pp=esteso;pret3s=estese}
announce = annunciare, comunicare
say = dire{p3s=dice;p3p=dicono;pret3s=disse;pret3p=dissero;impf3s=diceva;impf3p=dicevano;fut3s=dirà;fut3p=diranno;cond3s=direbbe;cond3p=direbbero;pp=detto;ger=dicendo;subj3s=dica;subj3p=dicano}
state = affermare, dichiarare, sostenere{p3s=sostiene;p3p=sostengono;pret3s=sostenne;fut3s=sosterrà;pp=sostenuto}, precisare, sottolineare, spiegare, indicare
report = riportare, riferire{isc}, segnalare
write = scrivere{pp=scritto;pret3s=scrisse;pret3p=scrissero}
publish = pubblicare, diffondere{pp=diffuso;pret3s=diffuse}
sell = vendere, commercializzare, cedere
offer = offrire{pp=offerto;pret3s=offrì}, proporre{p3s=propone;p3p=propongono;pret3s=propose;impf3s=proponeva;fut3s=proporrà;cond3s=proporrebbe;pp=proposto;ger=proponendo;subj3s=proponga}
launch = lanciare, avviare
ship = spedire{isc}, consegnare
release = rilasciare
unveil = presentare, svelare, rivelare
debut = debuttare
use = usare, utilizzare, impiegare, sfruttare, adoperare
build = costruire{isc}, creare, realizzare
develop = sviluppare, elaborare
co-develop = co-sviluppare, sviluppare congiuntamente
allow = permettere{pp=permesso;pret3s=permise;pret3p=permisero}, consentire
authorize = autorizzare
prohibit = vietare, proibire{isc}, impedire{isc}
restrict = limitare, restringere{pp=ristretto;pret3s=restrinse}
change = cambiare, mutare
modify = modificare, rivedere{pp=rivisto;fut3s=rivedrà;pret3s=rivide}, ritoccare
revise = revisionare, riformulare
increase = aumentare, incrementare, alzare, innalzare
rise = salire{p3s=sale;p3p=salgono;subj3s=salga}, crescere{pp=cresciuto;pret3s=crebbe;pret3p=crebbero}
expand = ampliare, espandere{pp=espanso}, estendere{pp=esteso;pret3s=estese;pret3p=estesero}
decrease = diminuire{isc}, calare
reduce = ridurre{p3s=riduce;p3p=riducono;pret3s=ridusse;pret3p=ridussero;impf3s=riduceva;fut3s=ridurrà;fut3p=ridurranno;cond3s=ridurrebbe;pp=ridotto;ger=riducendo;subj3s=riduca}, tagliare
fall = scendere{pp=sceso;pret3s=scese}, cadere{fut3s=cadrà;pret3s=cadde}
cap = plafonare, fissare un tetto
limit = circoscrivere{pp=circoscritto}
sign = firmare, sottoscrivere{pp=sottoscritto;pret3s=sottoscrisse;pret3p=sottoscrissero}, siglare, stipulare
agree = concordare, accordarsi, convenire{p3s=conviene;p3p=convengono;pret3s=convenne;fut3s=converrà;pp=convenuto}, accettare, pattuire{isc}
leak = trapelare, divulgare
commit = impegnarsi
value = valutare, stimare
gain = guadagnare terreno, ottenere profitti
lose = perdere{pp=perso;pret3s=perse;pret3p=persero}
get = ottenere{p3s=ottiene;p3p=ottengono;pret3s=ottenne;pret3p=ottennero;fut3s=otterrà;fut3p=otterranno;cond3s=otterrebbe;cond3p=otterrebbero;pp=ottenuto;subj3s=ottenga;subj3p=ottengano}, conseguire
give = dare{p3s=dà;p3p=danno;pret3s=diede/dette;pret3p=diedero;impf3s=dava;impf3p=davano;fut3s=darà;fut3p=daranno;cond3s=darebbe;cond3p=darebbero;subj3s=dia;subj3p=diano;subjimp3s=desse}
grant = concedere{pp=concesso;pret3s=concesse;pret3p=concessero}, accordare, attribuire{isc}
happen = succedere{pp=successo;pret3s=successe}, accadere{pp=accaduto;pret3s=accadde;fut3s=accadrà}, avvenire{p3s=avviene;p3p=avvengono;pret3s=avvenne;fut3s=avverrà;pp=avvenuto;subj3s=avvenga}, capitare, verificarsi
compare = confrontare, paragonare
remove = rimuovere{p3s=rimuove;p3p=rimuovono;pp=rimosso;pret3s=rimosse}, eliminare, togliere{p3s=toglie;p3p=tolgono;pp=tolto;pret3s=tolse;fut3s=toglierà}, cancellare
lift = revocare
replace = sostituire{isc}, rimpiazzare
share = condividere{pp=condiviso;pret3s=condivise}, spartire{isc}, ripartire{isc}
split = dividere{pp=diviso;pret3s=divise}
buy = comprare, acquistare
acquire = acquisire{isc}, rilevare
provide = fornire{isc}
host = ospitare
train = addestrare, allenare
run on = eseguire
access = accedere{pp=acceduto}
renegotiate = rinegoziare
negotiate = negoziare, trattare
restructure = ristrutturare, riorganizzare
convert = convertire, trasformare
become = diventare, divenire{p3s=diviene;p3p=divengono;pret3s=divenne;fut3s=diverrà;pp=divenuto}
confirm = confermare
reaffirm = riaffermare, ribadire{isc}
deliver = consegnare
deploy = implementare, distribuire{isc}, dispiegare
integrate = integrare, incorporare
support = supportare, sostenere, appoggiare
serve = servire
require = richiedere{pp=richiesto;pret3s=richiese}, esigere{pp=esatto}, necessitare
include = includere{pp=incluso;pret3s=incluse;pret3p=inclusero}, comprendere{pp=compreso;pret3s=comprese}
exclude = escludere{pp=escluso;pret3s=escluse}
control = controllare
compete = competere, concorrere{pp=concorso}
license = licenziare
distribute = diffondere
reach = raggiungere{pp=raggiunto;pret3s=raggiunse;pret3p=raggiunsero}
exceed = superare, eccedere
double = raddoppiare
cost = costare
fund = finanziare
amend = emendare
update = aggiornare
terminate = rescindere{pp=rescisso}, risolvere{pp=risolto}
cancel = annullare, disdire
renew = rinnovare
extend = prorogare, prolungare
begin = iniziare, cominciare
complete = completare, ultimare
close = chiudere{pp=chiuso;pret3s=chiuse;pret3p=chiusero}
open = aprire{pp=aperto;pret3s=aprì}
estimate = calcolare
expect = aspettarsi, prevedere{pp=previsto;fut3s=prevedrà;pret3s=previde}
plan = pianificare, programmare, intendere{pp=inteso}
decide = decidere{pp=deciso;pret3s=decise;pret3p=decisero}
choose = scegliere{p3s=sceglie;p3p=scelgono;pp=scelto;pret3s=scelse;pret3p=scelsero;subj3s=scelga}
select = selezionare
seek = cercare, puntare
explore = esplorare
diversify = diversificare
rely = affidarsi, dipendere{pp=dipeso;pret3s=dipese}, contare su
benefit = beneficiare
affect = influire{isc}, incidere{pp=inciso}
lead = guidare, dirigere{pp=diretto;pret3s=diresse}
move = spostare, trasferire{isc}
shift = passare
notify = notificare, informare, avvisare
tie = legare, vincolare
calculate = conteggiare
cover = coprire{pp=coperto;pret3s=coprì}
approve = approvare
reject = respingere{pp=respinto;pret3s=respinse}, rifiutare
create = generare
produce = produrre{p3s=produce;p3p=producono;pret3s=produsse;impf3s=produceva;fut3s=produrrà;cond3s=produrrebbe;pp=prodotto;ger=producendo;subj3s=produca}
spend = spendere{pp=speso;pret3s=spese}
contribute = contribuire{isc}, apportare
allocate = allocare, assegnare, stanziare
transfer = trasferire
guarantee = garantire{isc}
secure = assicurarsi
strengthen = rafforzare, consolidare
represent = rappresentare
reflect = riflettere{pp=riflesso}, rispecchiare
accelerate = accelerare
boost = potenziare, spingere{pp=spinto}
improve = migliorare
raise = raccogliere{p3s=raccoglie;p3p=raccolgono;pp=raccolto;pret3s=raccolse;fut3s=raccoglierà}
exit = uscire{p3s=esce;p3p=escono;subj3s=esca}
enter = entrare
join = unirsi{isc}, aderire{isc}
partner = allearsi, associarsi
collaborate = collaborare, cooperare
appear = apparire{p3s=appare;p3p=appaiono;pp=apparso;pret3s=apparve}, comparire{isc;pp=comparso}
mention = menzionare, citare
describe = descrivere{pp=descritto;pret3s=descrisse}
know = sapere{p3s=sa;p3p=sanno;pret3s=seppe;fut3s=saprà;cond3s=saprebbe;subj3s=sappia}, conoscere{pp=conosciuto;pret3s=conobbe}
exist = esistere{pp=esistito}
apply = applicare, applicarsi
count = contare
operate = operare, funzionare
"""

FIXED = """
end = porre fine, pone fine, ha posto fine, porrà fine, porrebbe fine, mettere fine, mette fine, ha messo fine
take effect = entra in vigore, è entrato in vigore, è entrata in vigore, entrerà in vigore, entrata in vigore
take place = ha luogo, ha avuto luogo, avrà luogo
reveal = rendere noto, rende noto, ha reso noto, hanno reso noto, renderà noto, reso noto
provide = mette a disposizione, ha messo a disposizione, metterà a disposizione
complete = porta a termine, ha portato a termine
benefit = trae vantaggio, ha tratto vantaggio
cap = fissa un tetto, ha fissato un tetto, pone un tetto, ha posto un tetto
own = è proprietario di, è proprietaria di, sono proprietari di
owner = proprietario, proprietaria, proprietari, titolare, titolari, detentore, detentori
committed = si è impegnata, si è impegnato, si sono impegnati, si sono impegnate
agreed = si sono accordati, si sono accordate, hanno concordato, ha concordato
happened = è successo, è successa, è accaduto, è accaduta, è avvenuto, è avvenuta, si è verificato, si è verificata
take part = partecipare, partecipa, partecipano, ha partecipato, parteciperà
"""

EXTRA = """
parties = parti, parti contraenti
arrangement = accomodamento, sistemazione
system = sistema, sistemi
signal = segnale+
potential = potenziale~
pace = ritmo+
legal = legale~, giuridico~
full = completo~, pieno~, intero~
foundational = fondativo~, di base, fondazionale~
adjustment = aggiustamento+, adeguamento+
ability = abilità, capacità di
web = web
surge = impennata+, boom, balzo+
silicon = silicio
resource = risorsa+
ratio = rapporto percentuale, proporzione+
progress = progresso+, avanzamento+
policy = politica, politiche, policy
player = attore+, operatore+, player
ongoing = in corso, continuo~
official = ufficiale~
necessary = necessario~
involvement = coinvolgimento+
interaction = interazione+
general = generale~
flexible = flessibile~
feature = funzionalità, caratteristica+, funzione+
evening = sera, serata+
edge = periferia, bordo
edge-side = lato dispositivo, in locale, sul dispositivo
different = diverso~, differente~
delivery = consegna+
defenses = difesa+
deep = profondo~
critical = critico~
core = nucleo+, cuore
conversational = conversazionale~
content = contenuto+
construction = costruzione+
complex = complesso~
competitive = competitivo~
center = centro+
aspect = aspetto+
api = api
widespread = diffuso~
widely = ampiamente
vast = vasto~
unprecedented = senza precedenti, inedito~
unclear = poco chiaro, poco chiara, incerto~
unaffected = non interessato~, non toccato~
unable = incapace~, non in grado
transformative = trasformativo~
topic = tema, temi, argomento+
strong = forte~, solido~
specific = specifico~
special = speciale~
social = sociale~
single = unico~, singolo~
several = diversi, diverse, parecchi, vari, varie
self-developed = sviluppato internamente, sviluppo interno, proprietario~, fatto in casa
in-house = interno, internamente, in casa
scaling = scalabilità, scalare
principles = principi, principio
promotion = promozione+
predictable = prevedibile~
path = percorso+, strada+, via
past = passato~
overall = nel complesso, complessivamente
operations = operazioni, attività operative
offerings = offerta, offerte
nature = natura+
multiple = multiplo~, molteplice~
multi-year = pluriennale~
moment = momento+
local = locale~
light = leggero~, luce
level = livello+
leadership = leadership
late = fine, alla fine di, tardivo~
early = inizio, all'inizio di, ai primi di, inizi di
mid = metà, a metà, a metà di
issues = problema, problemi, questione+
imperative = imperativo~
home = casa, abitazione
further = ulteriore~
additional = aggiuntivo~, supplementare~
evolution = evoluzione+
entire = intera
enterprise = aziendale~, enterprise
efforts = sforzo+
dynamic = dinamico~
dual = duale~, doppio
discontinued = dismesso~, interrotto
completely = completamente, totalmente, del tutto
central = centrale~
cash = liquidità, contanti
available = disponibile~
alignment = allineamento+
constraints = vincolo+
"""

EXTRA_VERBS = """
enhance = migliorare, potenziare
address = affrontare
advance = avanzare
identify = identificare, individuare
ask = chiedere{pp=chiesto;pret3s=chiese;pret3p=chiesero}, domandare
emphasize = enfatizzare, evidenziare, rimarcare
suggest = suggerire{isc}
imply = implicare, comportare
involve = coinvolgere{pp=coinvolto;pret3s=coinvolse}
design = progettare
evolve = evolvere{pp=evoluto}
iterate = iterare
reshape = rimodellare, ridisegnare
redefine = ridefinire{isc}
revamp = rinnovare completamente
simplify = semplificare, snellire{isc}
mitigate = mitigare, attenuare
alleviate = alleviare
leverage = fare leva{p3s=fa;p3p=fanno;pret3s=fece;pret3p=fecero;fut3s=farà;fut3p=faranno;cond3s=farebbe;pp=fatto;impf3s=faceva;ger=facendo;subj3s=faccia}
foster = favorire{isc}, promuovere{pp=promosso;pret3s=promosse}
ensure = assicurare
preserve = preservare, salvaguardare
emerge = emergere{pp=emerso;pret3s=emerse}
arrive = arrivare, giungere{pp=giunto;pret3s=giunse}
acknowledge = riconoscere{pp=riconosciuto;pret3s=riconobbe}, ammettere{pp=ammesso;pret3s=ammise}
delete = cancellare
discontinue = dismettere{pp=dismesso;pret3s=dismise}
avoid = evitare
express = esprimere{pp=espresso;pret3s=espresse}
follow = seguire
come = venire{p3s=viene;p3p=vengono;pret3s=venne;pret3p=vennero;fut3s=verrà;fut3p=verranno;cond3s=verrebbe;pp=venuto;subj3s=venga}
leave = lasciare, abbandonare
solidify = solidificare
underscore = mettere in evidenza
inject = iniettare, immettere{pp=immesso}
prioritize = privilegiare, dare priorità{p3s=dà;p3p=danno;pret3s=diede;fut3s=darà;cond3s=darebbe;subj3s=dia}
"""

def build():
    parse_block('it', QUESTIONS)
    parse_block('it', AUX)
    parse_block('it', FUNC)
    parse_block('it', NUMS)
    parse_block('it', DOMAIN, I)
    parse_verbs('it', VERBS, it_refl(multi(it_verb)))
    parse_block('it', FIXED)
    parse_block('it', EXTRA, I)
    parse_verbs('it', EXTRA_VERBS, it_refl(multi(it_verb)))

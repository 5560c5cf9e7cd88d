# -*- coding: utf-8 -*-
from lib import *

def fr_pp_forms(p):
    if p.endswith('é') or p.endswith('i') or p.endswith('u') or p.endswith('t'):
        return [p+'e', p+'s', p+'es']
    if p.endswith('s'):
        return [p+'e', p+'es']
    return []

def fr_verb(inf, ov):
    f = {'inf': [inf]}
    if 'g3' in ov or inf.endswith('re'):
        stem = inf[:-2]
        if stem.endswith('d'):
            p3s = stem
        else:
            p3s = stem + 't'
        f.update(p3s=[p3s], p3p=[stem+'ent'], pp=[stem+'u'], fut3s=[stem+'ra'], fut3p=[stem+'ront'],
                 cond3s=[stem+'rait'], cond3p=[stem+'raient'], impf3s=[stem+'ait'], impf3p=[stem+'aient'],
                 ger=[stem+'ant'], pret3s=[stem+'it'], pret3p=[stem+'irent'], subj3s=[stem+'e'], subj3p=[stem+'ent'])
    elif inf.endswith('er'):
        stem = inf[:-2]
        soft = stem
        if stem.endswith('c'): soft = stem[:-1]+'ç'
        elif stem.endswith('g'): soft = stem+'e'
        f.update(p3s=[stem+'e'], p3p=[stem+'ent'], pp=[stem+'é'], fut3s=[inf+'a'], fut3p=[inf+'ont'],
                 cond3s=[inf+'ait'], cond3p=[inf+'aient'], impf3s=[soft+'ait'], impf3p=[soft+'aient'],
                 ger=[soft+'ant'], pret3s=[soft+'a'], pret3p=[stem+'èrent'], subj3s=[stem+'e'], subj3p=[stem+'ent'],
                 p1p=[soft+'ons'])
    elif inf.endswith('ir'):
        stem = inf[:-2]
        f.update(p3s=[stem+'it'], p3p=[stem+'issent'], pp=[stem+'i'], fut3s=[inf+'a'], fut3p=[inf+'ont'],
                 cond3s=[inf+'ait'], cond3p=[inf+'aient'], impf3s=[stem+'issait'], impf3p=[stem+'issaient'],
                 ger=[stem+'issant'], pret3s=[stem+'it'], pret3p=[stem+'irent'], subj3s=[stem+'isse'], subj3p=[stem+'issent'])
    ov = {k: v for k, v in ov.items() if k != 'g3'}
    if (inf.endswith('ir') or inf.endswith('re')) and any(v is not True for v in ov.values()):
        f = {'inf': [inf]}
    apply_ov(f, ov)
    px = []
    for p in f.get('pp', []):
        px += fr_pp_forms(p)
    f['ppx'] = px + f.get('ppx', [])
    out = flatten(f)
    # inversion forms
    inv = []
    for slot, x in out:
        if slot in ('p3s', 'fut3s', 'cond3s', 'pret3s'):
            if x[-1] in 'aeiouéè':
                inv += [(slot, x+'-t-il'), (slot, x+'-t-elle'), (slot, x+'-t-on')]
            else:
                inv += [(slot, x+'-il'), (slot, x+'-elle'), (slot, x+'-on')]
        elif slot in ('p3p', 'fut3p', 'cond3p'):
            inv += [(slot, x+'-ils'), (slot, x+'-elles')]
    return out + inv

def fr_refl(gen):
    def g(inf, ov):
        if inf.startswith("s'") or inf.startswith('se '):
            base = inf[2:] if inf.startswith("s'") else inf[3:]
            out = gen(base, ov)
            more = []
            for slot, x in out:
                if slot == 'inf':
                    more.append((slot, inf))
                elif slot in ('p3s','p3p','fut3s','fut3p','cond3s','cond3p','impf3s','impf3p','subj3s','subj3p','pret3s','pret3p') and '-' not in x:
                    more.append((slot, ("s'" if x[0] in 'aeiouéèh' else 'se ') + x))
            return more + out
        return gen(inf, ov)
    return g

I = make_inflect('fr')

QUESTIONS = """
until when = jusqu'à quand, jusqu'à quelle date, jusqu'en quelle année, jusqu'à quelle année, jusqu'à quel moment
since when = depuis quand, depuis quelle date, depuis quelle année
for how long = pendant combien de temps, pour combien de temps, pendant combien d'années, pour combien d'années
how long = combien de temps, combien d'années, quelle durée
how long ago = il y a combien de temps
in what year = en quelle année
what year = quelle année
on what date = à quelle date
what date = quelle date, quel jour
in what month = en quel mois, au cours de quel mois
when = quand, à quel moment, lorsque, lors de quel
in what order = dans quel ordre
what order = quel ordre
which came first = qu'est-ce qui est arrivé en premier, lequel est arrivé en premier, laquelle est arrivée en premier, qu'est-ce qui s'est passé en premier, qui est venu en premier, lequel a eu lieu en premier, laquelle a eu lieu en premier, lequel est venu en premier
first = en premier, d'abord
is it true that = est-il vrai que, est-ce vrai que, c'est vrai que, il est vrai que
is it true = est-ce vrai, est-ce exact, c'est vrai
right = n'est-ce pas, non ?, pas vrai, c'est bien ça, c'est ça, hein
true = vrai, vraie, exact, exacte
false = faux, fausse
- = est-ce que, est-ce qu', qu'est-ce que, qu'est-ce qu', -t-il, -t-elle
what = qu'est-ce qui, quoi, ce que, ce qu', ce qui, quel, quelle, quels, quelles
what is = qu'est-ce que c'est, quel est, quelle est, qu'est-ce
what are = quels sont, quelles sont
what was = quel était, quelle était, quel a été, quelle a été
which = lequel, laquelle, lesquels, lesquelles, duquel, de laquelle, auquel, à laquelle
who = qui, qui est-ce qui
whom = à qui, qui est-ce que
whose = à qui appartient, dont
with whom = avec qui, avec lequel, avec laquelle, avec lesquels
for whom = pour qui
how much = combien, combien d'argent, à combien, quel montant
how many = combien de, combien d'
what percentage = quel pourcentage, combien de pour cent, quelle part, quelle proportion
what share = quelle part, quelle quote-part
where = où, d'où, par où
why = pourquoi, pour quelle raison
how = comment, de quelle manière, de quelle façon
in what = dans quel, dans quelle, en quoi
of what = de quoi
about what = sur quoi, à propos de quoi
by how much = de combien
at what price = à quel prix
at what valuation = à quelle valorisation
how often = à quelle fréquence, combien de fois
"""

AUX = """
is = est, soit, se trouve, c'est
are = sont, soient
was = était, fut, a été, était-il, était-elle, ait été
were = étaient, furent, ont été
will be = sera, seront, va être, vont être
would be = serait, seraient
been = été
being = étant
be = être
is it = est-il, est-elle, est-ce, c'est
are they = sont-ils, sont-elles
will it be = sera-t-il, sera-t-elle
would it be = serait-il, serait-elle
has = a, ait, possède
have = ont, aient, avoir, ai, avons
has it = a-t-il, a-t-elle, a-t-on
have they = ont-ils, ont-elles
had = avait, avaient, eu, eut, aurait eu
will have = aura, auront
would have = aurait, auraient
will it have = aura-t-il, aura-t-elle
having = ayant
there is = il y a, il existe, y a-t-il, existe-t-il
there was = il y avait, il y a eu, y a-t-il eu
there will be = il y aura, y aura-t-il
does = fait, fait-il, fait-elle
do = font, faire, fasse, fassent
did = faisait, fit
will do = fera, feront
would do = ferait, feraient
done = fait, faite, faits, faites
doing = faisant
can = peut, peuvent, pouvoir, puisse, puissent, peut-il, peut-elle, peut-on, peuvent-ils, peuvent-elles
could = pouvait, pouvaient, pourrait, pourraient, a pu, ont pu, pu, pourrait-il, pourrait-elle, pourraient-ils
will be able = pourra, pourront, pourra-t-il, pourra-t-elle
must = doit, doivent, devoir, doive, doivent-ils, doit-il, doit-elle, il faut, faut-il
had to = devait, devaient, a dû, ont dû, dû
will have to = devra, devront, devra-t-il, devra-t-elle
should = devrait, devraient, devrait-il, devrait-elle
will = va, vont, va-t-il, va-t-elle, vont-ils, vont-elles, allait, allaient
wants = veut, veulent, voulait, a voulu
still is = reste, demeure, est toujours, est encore, sont toujours, sont encore
is no longer = n'est plus, ne sont plus, ne sera plus
no longer = ne plus, n'a plus, n'ont plus, ne plus
stops = cesse de, cessent de, arrête de, arrêtent de
stopped = a cessé de, ont cessé de, a arrêté de, cessa de
will stop = cessera de, cesseront de, arrêtera de
would stop = cesserait de, arrêterait de
need = besoin, a besoin de, ont besoin de
"""

FUNC = """
- = le, la, les, l', un, une, pas, se, s', y, il, elle, ils, elles, on, ce, c', d'
some = quelques, certains, certaines, plusieurs
of the = du, des, de la, de l'
to the = au, aux, à la, à l'
of = de, d'
to = à, a
in = dans, en, au sein de, au sein du
on = sur, le jour de
with = avec
without = sans
for = pour
by = par
from = de la part de, à partir de, dès
since = depuis, depuis que, dès que, dès, à compter de, à compter du
until = jusqu'à, jusqu'au, jusqu'aux, jusqu'en, jusqu'à ce que, jusque
between = entre
against = contre
toward = vers, envers
under = sous, en vertu de, aux termes de, selon les termes de
after = après, après que, à la suite de, suite à
before = avant, avant de, avant que, avant le, auparavant
according to = selon, d'après, conformément à
through = par le biais de, à travers, grâce à, via, au moyen de
within = dans un délai de, d'ici
outside = en dehors de, hors de
about = au sujet de, à propos de, concernant, en ce qui concerne, quant à, relatif à, relative à, environ
instead of = au lieu de, à la place de
in addition to = en plus de, outre
along with = ainsi que, de même que, avec
despite = malgré, en dépit de
due to = en raison de, à cause de, du fait de
per = par, chaque
versus = par rapport à, face à, comparé à, contre
and = et
or = ou, ou bien, soit
but = mais, cependant
nor = ni
that = que, qu', ce, cet, cette, cela, ça
because = parce que, parce qu', car, puisque
although = bien que, quoique, même si
if = si, s'il, s'ils
whether = si oui ou non
while = pendant que, alors que, tandis que
during = pendant, au cours de, lors de, durant
so = donc, ainsi, alors, par conséquent
however = cependant, toutefois, néanmoins, pourtant
also = aussi, également, de plus, en outre
even = même
only = seulement, uniquement, ne que, n' que, exclusivement, seul, seule
still = toujours, encore, continue de, continue à, continuent de, reste, restent, demeure
no longer = plus désormais, ne plus jamais
not yet = pas encore, toujours pas
already = déjà
now = maintenant, désormais, actuellement, aujourd'hui, à présent, dorénavant
then = puis, ensuite, alors
today = aujourd'hui
yesterday = hier
tomorrow = demain
soon = bientôt, prochainement
recently = récemment, dernièrement, il y a peu
currently = actuellement, en ce moment
previously = auparavant, précédemment, jusqu'ici, jusqu'alors, autrefois, antérieurement
later = plus tard, ultérieurement, par la suite
again = encore une fois, à nouveau, de nouveau
ever = jamais, déjà
never = jamais, ne jamais
always = toujours
more = plus, davantage
less = moins
more than = plus de, plus que, plus d'
less than = moins de, moins que, moins d'
at least = au moins, au minimum
at most = au maximum, au plus
very = très
much = beaucoup
many = nombreux, nombreuses, beaucoup de
few = peu de, quelques-uns
too = trop
almost = presque, quasiment
approximately = environ, approximativement, à peu près, près de, autour de
exactly = exactement, précisément
all = tout, toute, tous, toutes
each = chaque, chacun, chacune
both = les deux, tous les deux, toutes les deux
other = autre, autres
same = même, mêmes
such = tel, telle, tels, telles
this = ce, cet, cette, ceci
these = ces, ceux-ci
those = ceux, celles, ceux-là
which = dont, qui, lequel
here = ici
there = là, là-bas
yes = oui, si
not = ne, n', ne pas, n' pas, non
nothing = rien, ne rien
none = aucun, aucune, nul, nulle
no one = personne
something = quelque chose
i = je, j'
you = tu, vous, toi
he = il, lui
she = elle
we = nous
they = ils, elles, eux
them = eux
my = mon, ma, mes
your = ton, ta, tes, votre, vos
its = son, sa, ses
their = leur, leurs
our = notre, nos
itself = lui-même, elle-même, soi-même
each other = mutuellement, l'un l'autre
"""

NUMS = """
one = un, une
two = deux
three = trois
four = quatre
five = cinq
six = six
seven = sept
eight = huit
nine = neuf
ten = dix
eleven = onze
twelve = douze
thirteen = treize
fourteen = quatorze
fifteen = quinze
sixteen = seize
seventeen = dix-sept
eighteen = dix-huit
nineteen = dix-neuf
twenty = vingt
thirty = trente
forty = quarante
fifty = cinquante
sixty = soixante
seventy = soixante-dix
eighty = quatre-vingts, quatre-vingt
ninety = quatre-vingt-dix
hundred = cent, cents, centaine
hundreds = centaines
thousand = mille, millier
thousands = milliers
million = million, millions, mio, mln, m
billion = milliard, milliards, mrd, mds, md, mdr
billions = des milliards
trillion = billion, billions, mille milliards
percent = pour cent, pourcent, %, pct
percentage points = points de pourcentage
dollars = dollar, dollars, usd, $, dollars américains
euros = euro, euros, €
yuan = yuans
half = moitié, demi, demie
third = tiers
one-third = un tiers
two-thirds = deux tiers
quarter = quart
double = double
first = premier, première, premiers, premières, 1er, 1re, 1ère
second = deuxième, second, seconde, 2e
third = troisième, 3e
fourth = quatrième
fifth = cinquième
sixth = sixième
seventh = septième
eighth = huitième
ninth = neuvième
tenth = dixième
last = dernier, dernière, derniers, dernières
january = janvier, janv, janv.
february = février, févr, févr., fév
march = mars
april = avril, avr, avr.
may = mai
june = juin
july = juillet, juil, juil.
august = août, aout
september = septembre, sept, sept.
october = octobre, oct, oct.
november = novembre, nov, nov.
december = décembre, déc, déc.
monday = lundi
tuesday = mardi
wednesday = mercredi
thursday = jeudi
friday = vendredi
saturday = samedi
sunday = dimanche
year = an, année
years = ans, années
month = mois
week = semaine
weeks = semaines
day = jour, journée
days = jours
quarter = trimestre
quarters = trimestres
decade = décennie
fiscal year = exercice, exercice fiscal, année fiscale
"""

DOMAIN = """
agreement = accord+, entente+, convention+
contract = contrat+
deal = deal+, transaction+, opération+, marché conclu
business = affaires, activité+, entreprise commerciale
partnership = partenariat+
alliance = alliance+
collaboration = collaboration+
cooperation = coopération+
relationship = relation+, rapport+, relations commerciales
partner = partenaire+, associé+, associée+
license = licence+, license+
licensing = octroi de licences, concession de licences, licences, attribution de licences
license agreement = accord de licence+, contrat de licence+
revenue = revenu+, recettes, chiffre d'affaires
sales = ventes, vente
revenue share = partage des revenus, partage de revenus, partage du chiffre d'affaires, part des revenus, part de revenus, quote-part des revenus, participation aux revenus, répartition des revenus, reversement de revenus, partage des recettes, intéressement
revenue sharing = partage des bénéfices, partage des profits
stake = participation+, participation au capital, prise de participation, part du capital
equity stake = participation en capital
shares = actions, parts
share = part+, action, quote-part
shareholder = actionnaire+
investor = investisseur+
investment = investissement+, placement+
capital = capital, capitaux
equity = fonds propres, capitaux propres
valuation = valorisation+, évaluation+
value = valeur+
book value = valeur comptable, valeur nette comptable, valeur au bilan
market value = valeur de marché, capitalisation boursière
cap = plafond+, plafonnement+
limit = limite+
threshold = seuil+
tranche = tranche+
first tranche = première tranche
payment = paiement+, versement+, règlement+
money = argent, fonds
funding = financement+
funding round = tour de financement, levée de fonds
round = tour+
company = entreprise+, société+, compagnie+
firm = firme+, groupe technologique
startup = start-up, startup, startups, jeune pousse
giant = géant+
tech giant = géant de la tech, géants de la tech, géant technologique, géants technologiques
provider = fournisseur+, prestataire+, opérateur+
vendor = vendeur+, éditeur+
cloud = cloud, nuage, nuages, infonuagique, informatique en nuage
cloud provider = fournisseur de cloud+, fournisseur cloud, fournisseurs cloud, fournisseur de services cloud, fournisseurs de services cloud, fournisseur de nuage, fournisseur infonuagique, hébergeur cloud
cloud computing = informatique en nuage, cloud computing, infonuagique
cloud services = services cloud, services en nuage, services infonuagiques
multi-cloud = multicloud, multi-cloud
datacenter = centre de données+, centre de calcul+, datacenter+, data center+
infrastructure = infrastructure+
compute = calcul, capacité de calcul, puissance de calcul, ressources de calcul
computing = informatique
chip = puce+, processeur+, semi-conducteur+, semiconducteur+
server = serveur+
model = modèle+
language model = modèle de langage+, modèle linguistique
ai model = modèle d'ia, modèles d'ia, modèle d'intelligence artificielle, modèles d'intelligence artificielle
frontier model = modèle de pointe, modèles de pointe, modèles frontières
artificial intelligence = intelligence artificielle
ai = ia, i.a.
agi = intelligence artificielle générale, iag
intelligence = intelligence
artificial = artificiel~
product = produit+
service = service+
customer = client+, cliente+, clientèle
user = utilisateur+, utilisatrice+, usager+
developer = développeur+, développeuse+
platform = plateforme+, plate-forme+
technology = technologie+
tech = technologique~, tech
intellectual property = propriété intellectuelle, propriétés intellectuelles, pi
property = propriété+
intellectual = intellectuel~
rights = droits
right = droit
exclusive rights = droits exclusifs, droits d'exclusivité
exclusivity = exclusivité+
exclusive = exclusif~
non-exclusive = non exclusif~, non-exclusif~, non exclusive, non-exclusive, sans exclusivité
exclusively = exclusivement, en exclusivité
clause = clause+
terms = conditions, termes, modalités
term = durée, terme, échéance+
long-term = long terme, à long terme
duration = durée de validité
date = date+
deadline = date limite, échéance
timeline = calendrier+, échéancier+
roadmap = feuille de route
restructuring = restructuration+
recapitalization = recapitalisation+
revision = révision+
change = changement+, modification+
amendment = amendement+, avenant+
renegotiation = renégociation+
negotiation = négociation+
announcement = annonce+
statement = déclaration+, communiqué+
press release = communiqué de presse
post = billet+, publication+, article de blog
blog = blog+
memo = mémo+, note interne, notes internes, mémorandum
report = rapport+, compte rendu
source = source+
analyst = analyste+
ceo = pdg, p.-d.g., directeur général, directrice générale, président-directeur général, ceo, patron, patronne
president = président+, présidente
chief = chef+, directeur+, directrice+, dirigeant+
founder = fondateur+, fondatrice
executive = cadre+, responsable+
board = conseil d'administration, conseil
management = direction, gestion
team = équipe+
group = groupe+
market = marché+
industry = industrie+, secteur+
competitor = concurrent+, concurrente+, rival, rivaux, rivale
competition = concurrence, compétition
rivalry = rivalité+
advantage = avantage+
benefit = bénéfice+
profit = profit+, bénéfices nets
gains = gain+
loss = perte+
growth = croissance
demand = demande+
supply = approvisionnement+
offer = offre, offres
supply chain = chaîne d'approvisionnement
risk = risque+
security = sécurité
cybersecurity = cybersécurité
control = contrôle+
independence = indépendance
autonomy = autonomie
flexibility = flexibilité, souplesse
freedom = liberté+
strategy = stratégie+
strategic = stratégique~
financial = financier~
economic = économique~
commercial = commercial~
primary = principal~, primaire~, privilégié~
new = nouveau, nouvel, nouvelle, nouveaux, nouvelles, neuf
previous = précédent~, antérieur~, ancien, ancienne, anciens, anciennes
prior = préalable~
latest = plus récent, plus récente, dernier en date
recent = récent~
current = actuel~, en vigueur, présent~
future = futur~, à venir
next = prochain~, suivant~
major = majeur~, important~, grand~, gros, grosse
largest = plus grand, plus grande, plus important
large = vaste~
small = petit~
significant = significatif~, considérable~, notable~, substantiel~
key = clé, clés, clef
crucial = crucial~, essentiel~, fondamental~
total = total~, global, globale
cumulative = cumulé~, cumulatif~, cumul
global = mondial~
open = ouvert~
open-source = open source, code source ouvert, en source ouverte
free = libre, libres, gratuit~
freely = librement
closed = fermé~
public = public, publique, publics, publiques
private = privé~
internal = interne~
external = externe~
third-party = tiers, tierce, tierces, parties tierces
own = propre~
joint = commun~, conjoint~
jointly = conjointement, ensemble
independent = indépendant~
limited = limité~, restreint~
unlimited = illimité~
unchanged = inchangé~
valid = valable~, valide~
nonprofit = à but non lucratif, organisation à but non lucratif, association à but non lucratif
for-profit = à but lucratif, lucratif~
foundation = fondation+
entity = entité+
structure = structure+
public benefit corporation = société d'intérêt public, entreprise à mission, société à mission, public benefit corporation
assistant = assistant+, assistante
agent = agent+
glasses = lunettes
smart glasses = lunettes intelligentes, lunettes connectées
smart = intelligent~, connecté~
device = appareil+, dispositif+
wearable = objet connecté, objets connectés, accessoire connecté, accessoires connectés, wearable, wearables, objet portable, vêtement connecté
mobile = mobile~, téléphone portable, portable~
phone = téléphone+, smartphone+
voice = voix, vocal~
audio = audio
image = image+
text = texte+
email = courriel+, e-mail+, email+, mail+, messagerie
inbox = boîte de réception, boîte mail
desktop = ordinateur de bureau, bureautique
office = bureau, bureaux
application = application+, app+, appli+
search = recherche+
search engine = moteur de recherche+
browser = navigateur+
code = code+
software = logiciel+
hardware = matériel+
ecosystem = écosystème+
innovation = innovation+
research = recherche fondamentale, travaux de recherche
development = développement+
deployment = déploiement+
integration = intégration+
capabilities = capacités
capacity = capacité
performance = performance+
scale = échelle+
large-scale = à grande échelle
power = puissance, énergie, électricité
spending = dépense+
cost = coût+
price = prix, tarif+
fee = frais, redevance+, commission+
royalties = royalties, redevances
obligations = obligation+
commitment = engagement+
restriction = restriction+
prohibition = interdiction+
permission = permission+
authorization = autorisation+
access = accès
use = utilisation+, usage+, emploi
milestone = étape clé, étapes clés, jalon+
phase = phase+, étape+
version = version+
update = mise à jour, mises à jour
launch = lancement+, sortie+
event = événement+, évènement+
conference = conférence+, salon+
forum = forum+
expo = exposition+, salon professionnel
comment = commentaire+
question = question+
reply = réponse+
trend = tendance+
landscape = paysage+
context = contexte+
tensions = tension+
conflict = conflit+
concern = inquiétude+, préoccupation+
uncertainty = incertitude+
certainty = certitude+
predictability = prévisibilité
implications = implications, conséquences, répercussions
impact = impact+
role = rôle+
position = position+
situation = situation+
field = domaine+
area = zone+
distributor = distributeur+
channel = canal
early access = accès anticipé
directly = directement
officially = officiellement
publicly = publiquement
formally = formellement
immediately = immédiatement
significantly = considérablement, sensiblement, significativement
nearly = près de, presque
rapidly = rapidement
simultaneously = simultanément
dependence = dépendance
lock-in = verrouillage, dépendance vis-à-vis
percentage = pourcentage+
rate = taux
amount = montant+, somme+
figure = chiffre+
number = nombre+
data = données
information = information+
news = nouvelle+, actualité+
article = article+
media = médias, presse
background = toile de fond
basis = base+
goal = objectif+, but+
plan = plan+, projet+
opportunities = opportunité+
pressure = pression+
status = statut+, état
era = ère+
beginning = début+, commencement
end = fin
expiration = expiration+
extension = prolongation+, extension+
increase = augmentation+, hausse+, relèvement
decrease = diminution+, baisse+, réduction+
leak = fuite+
purchase = achat+
acquisition = acquisition+, rachat+
conversion = conversion+
transition = transition+
exit = sortie du capital
departure = départ+
dispute = litige+, différend+
lawsuit = procès, poursuite
regulator = régulateur+
regulation = réglementation+, régulation
approval = approbation+, feu vert
antitrust = antitrust, concurrence
training = entraînement+, formation
inference = inférence+
weights = poids
microsoft's = de microsoft
openai's = d'openai
"""

VERBS = """
pay = payer{p3s=paie/paye;p3p=paient/payent;fut3s=paiera/payera;fut3p=paieront/payeront;cond3s=paierait/payerait;cond3p=paieraient/payeraient;subj3s=paie;subj3p=paient}, verser, régler{p3s=règle;p3p=règlent}
receive = recevoir{p3s=reçoit;p3p=reçoivent;pp=reçu;fut3s=recevra;fut3p=recevront;cond3s=recevrait;cond3p=recevraient;impf3s=recevait;impf3p=recevaient;ger=recevant;pret3s=reçut;pret3p=reçurent;subj3s=reçoive;subj3p=reçoivent}, percevoir{p3s=perçoit;p3p=perçoivent;pp=perçu;fut3s=percevra;cond3s=percevrait;impf3s=percevait;ger=percevant;subj3s=perçoive}, toucher, encaisser
earn = gagner de l'argent
invest = investir, placer
own = posséder{p3s=possède;p3p=possèdent;fut3s=possédera;subj3s=possède}, détenir{p3s=détient;p3p=détiennent;pp=détenu;fut3s=détiendra;fut3p=détiendront;cond3s=détiendrait;cond3p=détiendraient;impf3s=détenait;impf3p=détenaient;ger=détenant;pret3s=détint;subj3s=détienne;subj3p=détiennent}
hold = tenir{p3s=tient;p3p=tiennent;pp=tenu;fut3s=tiendra;fut3p=tiendront;cond3s=tiendrait;impf3s=tenait;ger=tenant;pret3s=tint;subj3s=tienne}
keep = garder
retain = conserver, retenir{p3s=retient;p3p=retiennent;pp=retenu;fut3s=retiendra;cond3s=retiendrait;impf3s=retenait;ger=retenant;subj3s=retienne}
maintain = maintenir{p3s=maintient;p3p=maintiennent;pp=maintenu;fut3s=maintiendra;fut3p=maintiendront;cond3s=maintiendrait;impf3s=maintenait;ger=maintenant;pret3s=maintint;subj3s=maintienne}
continue = continuer, poursuivre{g3;p3s=poursuit;p3p=poursuivent;pp=poursuivi;fut3s=poursuivra;fut3p=poursuivront;cond3s=poursuivrait;impf3s=poursuivait;ger=poursuivant;pret3s=poursuivit;subj3s=poursuive}
remain = rester, demeurer
stop = arrêter, stopper, interrompre, suspendre
cease = cesser
end = terminer
expire = expirer, arriver à échéance, échoir
last = durer
run = courir{p3s=court;p3p=courent;pp=couru;fut3s=courra;cond3s=courrait;impf3s=courait;ger=courant;subj3s=coure}
announce = annoncer, dévoiler
say = dire{g3;p3s=dit;p3p=disent;pp=dit;fut3s=dira;fut3p=diront;cond3s=dirait;cond3p=diraient;impf3s=disait;impf3p=disaient;ger=disant;pret3s=dit;pret3p=dirent;subj3s=dise;subj3p=disent}
state = déclarer, affirmer, indiquer, préciser, souligner, expliquer, assurer
report = rapporter, signaler, relater
write = écrire{g3;p3s=écrit;p3p=écrivent;pp=écrit;fut3s=écrira;fut3p=écriront;cond3s=écrirait;impf3s=écrivait;impf3p=écrivaient;ger=écrivant;pret3s=écrivit;subj3s=écrive}, rédiger
publish = publier, diffuser
sell = vendre, commercialiser, céder{p3s=cède;p3p=cèdent}
offer = offrir{p3s=offre;p3p=offrent;pp=offert;fut3s=offrira;cond3s=offrirait;impf3s=offrait;impf3p=offraient;ger=offrant;pret3s=offrit;subj3s=offre;subj3p=offrent}, proposer
launch = lancer
ship = livrer, expédier
release = sortir{p3s=sort;p3p=sortent;pp=sorti;impf3s=sortait;ger=sortant;subj3s=sorte}
unveil = présenter, révéler{p3s=révèle;p3p=révèlent}
use = utiliser, employer{p3s=emploie;p3p=emploient;fut3s=emploiera;cond3s=emploierait}, se servir de, exploiter
build = construire{g3;p3s=construit;p3p=construisent;pp=construit;fut3s=construira;cond3s=construirait;impf3s=construisait;impf3p=construisaient;ger=construisant;pret3s=construisit;subj3s=construise}, bâtir
develop = développer, concevoir{p3s=conçoit;p3p=conçoivent;pp=conçu;fut3s=concevra;impf3s=concevait;ger=concevant;subj3s=conçoive}
co-develop = codévelopper, développer conjointement
allow = permettre{g3;p3s=permet;p3p=permettent;pp=permis;fut3s=permettra;fut3p=permettront;cond3s=permettrait;cond3p=permettraient;impf3s=permettait;ger=permettant;pret3s=permit;subj3s=permette}, laisser
authorize = autoriser
prohibit = interdire{g3;p3s=interdit;p3p=interdisent;pp=interdit;fut3s=interdira;cond3s=interdirait;impf3s=interdisait;ger=interdisant;pret3s=interdit;subj3s=interdise}, prohiber
prevent = empêcher
restrict = restreindre{g3;p3s=restreint;p3p=restreignent;pp=restreint;fut3s=restreindra;impf3s=restreignait;ger=restreignant;subj3s=restreigne}
change = changer
modify = modifier, ajuster
revise = réviser, revoir{p3s=revoit;p3p=revoient;pp=revu;fut3s=reverra;cond3s=reverrait;impf3s=revoyait;ger=revoyant;pret3s=revit;subj3s=revoie}, remanier
increase = augmenter, accroître{g3;p3s=accroît;p3p=accroissent;pp=accru;fut3s=accroîtra;impf3s=accroissait;ger=accroissant}, relever{p3s=relève;p3p=relèvent;fut3s=relèvera}, hausser
rise = monter, progresser
grow = croître{g3;p3s=croît;p3p=croissent;pp=crû;fut3s=croîtra;impf3s=croissait;ger=croissant}, grandir
expand = élargir, étendre, agrandir
decrease = diminuer, baisser
reduce = réduire{g3;p3s=réduit;p3p=réduisent;pp=réduit;fut3s=réduira;fut3p=réduiront;cond3s=réduirait;impf3s=réduisait;ger=réduisant;pret3s=réduisit;subj3s=réduise}
fall = chuter, reculer
cap = plafonner
limit = limiter
sign = signer, conclure{g3;p3s=conclut;p3p=concluent;pp=conclu;fut3s=conclura;cond3s=conclurait;impf3s=concluait;ger=concluant;pret3s=conclut;subj3s=conclue}
agree = convenir{p3s=convient;p3p=conviennent;pp=convenu;fut3s=conviendra;cond3s=conviendrait;impf3s=convenait;ger=convenant;pret3s=convint;subj3s=convienne}, accepter, s'accorder, consentir{p3s=consent;p3p=consentent;pp=consenti}
leak = fuiter, divulguer, filtrer
commit = s'engager{p3s=engage;p3p=engagent}, engager
value = valoriser, évaluer, estimer
gain = gagner
lose = perdre
get = obtenir{p3s=obtient;p3p=obtiennent;pp=obtenu;fut3s=obtiendra;fut3p=obtiendront;cond3s=obtiendrait;cond3p=obtiendraient;impf3s=obtenait;ger=obtenant;pret3s=obtint;subj3s=obtienne}, recevoir en échange
give = donner, accorder
grant = octroyer{p3s=octroie;p3p=octroient;fut3s=octroiera;cond3s=octroierait}, concéder{p3s=concède;p3p=concèdent}
happen = se passer, se produire{g3;p3s=produit;p3p=produisent;pp=produit;fut3s=produira;impf3s=produisait;subj3s=produise}, arriver, survenir{p3s=survient;p3p=surviennent;pp=survenu;fut3s=surviendra;impf3s=survenait}
compare = comparer
remove = supprimer, retirer, enlever{p3s=enlève;p3p=enlèvent;fut3s=enlèvera}, éliminer
lift = lever{p3s=lève;p3p=lèvent;fut3s=lèvera}
replace = remplacer
share = partager
split = répartir, diviser
buy = acheter{p3s=achète;p3p=achètent;fut3s=achètera;cond3s=achèterait;subj3s=achète}
acquire = acquérir{p3s=acquiert;p3p=acquièrent;pp=acquis;fut3s=acquerra;cond3s=acquerrait;impf3s=acquérait;ger=acquérant;pret3s=acquit;subj3s=acquière}, racheter{p3s=rachète;p3p=rachètent;fut3s=rachètera}
provide = fournir, apporter, procurer
host = héberger
train = entraîner, former
run on = exécuter
access = accéder
renegotiate = renégocier
negotiate = négocier
restructure = restructurer
convert = convertir, transformer
become = devenir{p3s=devient;p3p=deviennent;pp=devenu;fut3s=deviendra;fut3p=deviendront;cond3s=deviendrait;impf3s=devenait;ger=devenant;pret3s=devint;subj3s=devienne}
confirm = confirmer
reaffirm = réaffirmer, réitérer{p3s=réitère}
deploy = déployer{p3s=déploie;p3p=déploient;fut3s=déploiera;cond3s=déploierait}
integrate = intégrer{p3s=intègre;p3p=intègrent}
support = soutenir{p3s=soutient;p3p=soutiennent;pp=soutenu;fut3s=soutiendra;impf3s=soutenait;ger=soutenant;subj3s=soutienne}, appuyer{p3s=appuie;p3p=appuient}
serve = servir{p3s=sert;p3p=servent;pp=servi;impf3s=servait;ger=servant;subj3s=serve}, desservir{p3s=dessert;p3p=desservent}
require = exiger, nécessiter, requérir{p3s=requiert;p3p=requièrent;pp=requis}
include = inclure{g3;p3s=inclut;p3p=incluent;pp=inclus;fut3s=inclura;impf3s=incluait;ger=incluant;subj3s=inclue}, comprendre{g3;p3s=comprend;p3p=comprennent;pp=compris;fut3s=comprendra;impf3s=comprenait;ger=comprenant;subj3s=comprenne}, comporter
exclude = exclure{g3;p3s=exclut;p3p=excluent;pp=exclu;fut3s=exclura;impf3s=excluait;ger=excluant;subj3s=exclue}
control = contrôler
compete = concurrencer, rivaliser
license = licencier
distribute = distribuer
reach = atteindre{g3;p3s=atteint;p3p=atteignent;pp=atteint;fut3s=atteindra;fut3p=atteindront;cond3s=atteindrait;impf3s=atteignait;ger=atteignant;pret3s=atteignit;subj3s=atteigne}
exceed = dépasser, excéder{p3s=excède;p3p=excèdent}
double = doubler
cost = coûter
fund = financer
amend = amender
update = actualiser
terminate = résilier
cancel = annuler, révoquer
renew = renouveler{p3s=renouvelle;p3p=renouvellent;fut3s=renouvellera;cond3s=renouvellerait;subj3s=renouvelle}
extend = prolonger
begin = commencer, débuter
complete = achever{p3s=achève;p3p=achèvent}, finaliser, compléter{p3s=complète}
close = fermer, clôturer, boucler
open = ouvrir{p3s=ouvre;p3p=ouvrent;pp=ouvert;fut3s=ouvrira;impf3s=ouvrait;ger=ouvrant;subj3s=ouvre}
estimate = chiffrer
expect = attendre, prévoir{p3s=prévoit;p3p=prévoient;pp=prévu;fut3s=prévoira;cond3s=prévoirait;impf3s=prévoyait;ger=prévoyant;pret3s=prévit;subj3s=prévoie}
plan = planifier, envisager, compter
decide = décider
choose = choisir
select = sélectionner
seek = chercher, rechercher, viser
explore = explorer
diversify = diversifier
rely = s'appuyer{p3s=appuie;p3p=appuient}, compter sur, dépendre de
benefit = bénéficier, profiter
affect = affecter, toucher à
lead = diriger, mener{p3s=mène;p3p=mènent}
move = déplacer, transférer{p3s=transfère;p3p=transfèrent}
shift = basculer
notify = notifier, informer, avertir
tie = lier
calculate = calculer
cover = couvrir{p3s=couvre;p3p=couvrent;pp=couvert;impf3s=couvrait;ger=couvrant}
approve = approuver, valider
reject = rejeter{p3s=rejette;p3p=rejettent;fut3s=rejettera}, refuser
create = créer
produce = générer{p3s=génère;p3p=génèrent}
spend = dépenser, consacrer
contribute = contribuer
allocate = allouer, attribuer
guarantee = garantir
secure = sécuriser, s'assurer
strengthen = renforcer, consolider
represent = représenter
reflect = refléter{p3s=reflète;p3p=reflètent}
accelerate = accélérer{p3s=accélère;p3p=accélèrent}
boost = stimuler, doper
improve = améliorer
exit = quitter
enter = entrer
join = rejoindre{g3;p3s=rejoint;p3p=rejoignent;pp=rejoint;impf3s=rejoignait;ger=rejoignant}
partner = s'associer
collaborate = collaborer, coopérer{p3s=coopère;p3p=coopèrent}
appear = apparaître{g3;p3s=apparaît;p3p=apparaissent;pp=apparu;impf3s=apparaissait}
mention = mentionner, évoquer
describe = décrire{g3;p3s=décrit;p3p=décrivent;pp=décrit;impf3s=décrivait;ger=décrivant}
know = savoir{p3s=sait;p3p=savent;pp=su;fut3s=saura;cond3s=saurait;impf3s=savait;ger=sachant;subj3s=sache}, connaître{g3;p3s=connaît;p3p=connaissent;pp=connu;impf3s=connaissait}
exist = exister
apply = appliquer, s'appliquer
count = compter pour
operate = opérer{p3s=opère;p3p=opèrent}, fonctionner
"""

FIXED = """
license = concéder sous licence, concède sous licence, a concédé sous licence, octroyer une licence, octroie une licence
raise = lever des fonds, lève des fonds, a levé
support = prendre en charge, prend en charge, prennent en charge, a pris en charge, prendra en charge, pris en charge
run on = faire tourner, fait tourner, font tourner
launch = mettre sur le marché
develop = mettre au point, met au point
agree = se mettre d'accord, s'accordent
update = mettre à jour, met à jour, mettent à jour, a mis à jour, mettra à jour

end = met fin à, a mis fin à, ont mis fin à, mettra fin à, mettrait fin à, mis fin, prend fin, a pris fin, prendra fin, prendrait fin
take effect = entre en vigueur, est entré en vigueur, entrera en vigueur, entrée en vigueur
in force = en vigueur
take place = a lieu, a eu lieu, aura lieu, aurait lieu, ont lieu
expire = arrive à échéance, arrivera à échéance, est arrivé à échéance, échoit, échoira, expire-t-il, expire-t-elle
release = met sur le marché, a mis sur le marché, mettra sur le marché
agreed = s'est mis d'accord, se sont mis d'accord, se sont entendus, ont convenu
agree = se mettent d'accord, s'entendre, s'entend
committed = s'est engagé, s'est engagée, se sont engagés, se sont engagées
developed = a mis au point, ont mis au point, mis au point
update = met à jour, mis à jour, mise à jour, mettra à jour
use = se sert de, s'est servi de, se servent de
happened = s'est passé, s'est produit, s'est produite, est arrivé, est survenu, est survenue
happens = se passe, se produit
will happen = se passera, se produira
take part = participer, participe, participent, a participé, participera
own = est propriétaire de, sont propriétaires de
owner = propriétaire, propriétaires, détenteur, détenteurs, détentrice
earn = gagne, gagnent, a gagné, gagnera
"""

EXTRA = """
parties = parties, parties contractantes
arrangement = arrangement+, dispositif contractuel
system = système+
signal = signal
potential = potentiel~
pace = rythme+, cadence+
legal = juridique~, légal~
full = complet, complète, complets, complètes, plein~, entier, entière
foundational = fondamental~, de fondation, fondateur, fondatrice
adjustment = ajustement+
ability = aptitude+, faculté+
web = web
surge = envolée+, flambée+, essor
silicon = silicium
resource = ressource+
ratio = ratio+, proportion+
progress = progrès, avancée+
policy = politique+
player = acteur+, joueur+
ongoing = en cours, continu~
official = officiel~
necessary = nécessaire~
involvement = implication+
interaction = interaction+
general = général~
flexible = flexible~
feature = fonctionnalité+, caractéristique+
evening = soir+, soirée+
edge = périphérie, bord
edge-side = en périphérie, côté terminal, en local
different = différent~, distinct~
delivery = livraison+
defenses = défense+
deep = profond~
critical = critique~
core = cœur, noyau
conversational = conversationnel~
content = contenu+
construction = construction+
complex = complexe~
competitive = compétitif~, concurrentiel~
center = centre+
aspect = aspect+
api = api, apis
widespread = généralisé~, répandu~
widely = largement
vast = vaste~
unprecedented = sans précédent, inédit~
unclear = peu clair, flou~, incertain~
unaffected = non affecté~, inchangé
unable = incapable~
transformative = transformateur, transformatrice, transformateurs
topic = sujet+, thème+
strong = fort~, solide~
specific = spécifique~, précis~
special = spécial~
social = social~
single = unique~, seul
several = plusieurs
various = divers, diverses, différents
self-developed = développé en interne, développée en interne, maison, propriétaire
in-house = en interne, interne
scaling = mise à l'échelle, passage à l'échelle
principles = principes
promotion = promotion+
predictable = prévisible~
path = chemin+, voie+
past = passé~
overall = globalement, dans l'ensemble
operations = opérations
offerings = offres
nature = nature+
multiple = multiple~
multi-year = pluriannuel~
moment = moment+
local = local~
light = léger, légère, lumière
level = niveau+
leadership = leadership
late = fin, à la fin de, tardif~
early = début, au début de, en début de, précoce~
mid = mi, mi-, à la mi-, milieu de
issues = problème+, question+, enjeu+
imperative = impératif~
home = maison, domicile, foyer
further = davantage, plus loin
additional = supplémentaire~, additionnel~
evolution = évolution+
entire = entier, entière
enterprise = entreprise
efforts = effort+
dynamic = dynamique~
dual = double, dual
discontinued = abandonné~
completely = complètement, totalement, entièrement
central = central~
cash = trésorerie, liquidités, espèces
available = disponible~
alignment = alignement+
constraints = contrainte+
"""

EXTRA_VERBS = """
enhance = améliorer, renforcer
address = aborder, traiter, répondre à
advance = avancer, progresser
identify = identifier
ask = demander
emphasize = souligner, insister
suggest = suggérer{p3s=suggère;p3p=suggèrent}
imply = impliquer
involve = impliquer
design = concevoir{p3s=conçoit;p3p=conçoivent;pp=conçu;fut3s=concevra;impf3s=concevait;ger=concevant;subj3s=conçoive}
evolve = évoluer
iterate = itérer{p3s=itère;p3p=itèrent}
reshape = remodeler{p3s=remodèle;p3p=remodèlent}
redefine = redéfinir
revamp = refondre
simplify = simplifier
mitigate = atténuer
alleviate = alléger{p3s=allège;p3p=allègent}, soulager
leverage = tirer parti
foster = favoriser, encourager
ensure = assurer, garantir
preserve = préserver
emerge = émerger, apparaître
arrive = arriver
acknowledge = reconnaître{g3;p3s=reconnaît;p3p=reconnaissent;pp=reconnu;impf3s=reconnaissait;fut3s=reconnaîtra;ger=reconnaissant}
delete = effacer
discontinue = abandonner
avoid = éviter
express = exprimer
follow = suivre{g3;p3s=suit;p3p=suivent;pp=suivi;fut3s=suivra;impf3s=suivait;ger=suivant;subj3s=suive}
come = venir{p3s=vient;p3p=viennent;pp=venu;fut3s=viendra;fut3p=viendront;cond3s=viendrait;impf3s=venait;ger=venant;pret3s=vint;subj3s=vienne}
leave = quitter
solidify = consolider
underscore = mettre en évidence
inject = injecter
prioritize = prioriser, privilégier
"""

def build():
    parse_block('fr', QUESTIONS)
    parse_block('fr', AUX)
    parse_block('fr', FUNC)
    parse_block('fr', NUMS)
    parse_block('fr', DOMAIN, I)
    parse_verbs('fr', VERBS, fr_refl(multi(fr_verb)))
    parse_block('fr', FIXED)
    parse_block('fr', EXTRA, I)
    parse_verbs('fr', EXTRA_VERBS, fr_refl(multi(fr_verb)))

# -*- coding: utf-8 -*-
from lib import *

def es_verb(inf, ov):
    refl = False
    if inf.endswith('se') and inf[-4:-2] in ('ar', 'er', 'ir'):
        refl = True; inf = inf[:-2]
    stem, end = inf[:-2], inf[-2:]
    f = {'inf': [inf]}
    if end == 'ar':
        f.update(p3s=[stem+'a'], p3p=[stem+'an'], pret3s=[stem+'ó'], pret3p=[stem+'aron'],
                 impf3s=[stem+'aba'], impf3p=[stem+'aban'], pp=[stem+'ado'], ger=[stem+'ando'],
                 subjimp3s=[stem+'ara'], subjimp3p=[stem+'aran'], p1p=[stem+'amos'])
        s = stem
        if s.endswith('c'): s = s[:-1]+'qu'
        elif s.endswith('g'): s = s[:-1]+'gu'
        elif s.endswith('z'): s = s[:-1]+'c'
        f.update(subj3s=[s+'e'], subj3p=[s+'en'])
    else:
        f.update(p3s=[stem+'e'], p3p=[stem+'en'], pret3s=[stem+'ió'], pret3p=[stem+'ieron'],
                 impf3s=[stem+'ía'], impf3p=[stem+'ían'], pp=[stem+'ido'], ger=[stem+'iendo'],
                 subjimp3s=[stem+'iera'], subjimp3p=[stem+'ieran'])
        s = stem
        if s.endswith('g'): s = s[:-1]+'j'
        f.update(subj3s=[s+'a'], subj3p=[s+'an'])
    f.update(fut3s=[inf+'á'], fut3p=[inf+'án'], cond3s=[inf+'ía'], cond3p=[inf+'ían'])
    apply_ov(f, ov)
    # participle gender forms
    px = []
    for p in f['pp']:
        if p.endswith('o'): px += [p[:-1]+'a', p+'s', p[:-1]+'as']
    f['ppx'] = px + f.get('ppx', [])
    out = flatten(f)
    if refl:
        more = []
        for slot, x in out:
            if slot in ('inf',):
                more.append((slot, x+'se'))
            elif slot in ('p3s','p3p','pret3s','pret3p','fut3s','fut3p','cond3s','cond3p','impf3s','impf3p','subj3s','subj3p'):
                more.append((slot, 'se '+x))
        out = more + out
    return out

I = make_inflect('es')

QUESTIONS = """
until when = hasta cuándo, hasta qué fecha, hasta qué año, hasta qué momento
since when = desde cuándo, desde qué fecha, desde qué año
for how long = durante cuánto tiempo, por cuánto tiempo, por cuántos años, durante cuántos años
how long = cuánto tiempo, cuántos años, cuánto dura, cuánto durará
how long ago = hace cuánto, hace cuánto tiempo
in what year = en qué año
what year = qué año
on what date = en qué fecha
what date = qué fecha, qué día
in what month = en qué mes
what month = qué mes
when = cuándo, cuando, en qué momento
in what order = en qué orden
what order = qué orden
which came first = qué fue primero, qué vino primero, cuál fue primero, cuál vino primero, qué ocurrió primero, qué pasó primero, qué sucedió primero, cuál ocurrió primero, qué llegó primero
first or = primero o
is it true that = es cierto que, es verdad que, es correcto que
is it true = es cierto, es verdad, es correcto
right = ¿verdad?, ¿no?, ¿cierto?, ¿no es así?, no es así, ¿correcto?
true = verdad, cierto, cierta, verdadero, verdadera
false = falso, falsa
how much = cuánto, cuánta, cuanto, cuanta, a cuánto, qué cantidad, cuánto dinero
how many = cuántos, cuántas, cuantos, cuantas, qué número de
how much percent = qué porcentaje, cuánto por ciento, qué parte
what share = qué participación, qué cuota
who = quién, quiénes, quien, quienes
whom = a quién, a quiénes
whose = de quién, de quiénes, cuyo, cuya, cuyos, cuyas
with whom = con quién, con quiénes
for whom = para quién
what = qué, lo que
what is = qué es, cuál es, cual es
what are = qué son, cuáles son, cuales son
what was = qué fue, cuál fue, cual fue, cuál era
which = cuál, cuáles, cual, cuales, qué tipo de
where = dónde, donde, adónde, a dónde, en dónde
from where = de dónde, desde dónde
why = por qué, por que, por qué razón, por qué motivo
what for = para qué
how = cómo, como, de qué manera, de qué forma, qué tan
in what = en qué
of what = de qué
about what = sobre qué, acerca de qué
with what = con qué
through what = a través de qué, mediante qué
by how much = en cuánto
at what price = a qué precio
at what valuation = a qué valoración
how often = con qué frecuencia, cada cuánto
"""

FUNC = """
- = el, la, los, las, lo, se
a = un, una
some = unos, unas, algunos, algunas, algún, alguna, alguno
of the = del
to the = al
to = a, ante
of = de
in = en
on = sobre
with = con
without = sin
for = para, durante
by = por, mediante
from = a partir de la, de parte de
since = desde, desde que, a partir de, a partir del
until = hasta, hasta que, hasta el, hasta la
between = entre
against = contra
toward = hacia
under = bajo, debajo de, conforme a, en virtud de
after = tras, después, después de, después del, luego de, tras el
before = antes, antes de, antes del, previo a
according to = según, de acuerdo con, conforme a lo
through = a través de, a través del, por medio de
via = vía, via
within = dentro de, en un plazo de
outside = fuera de
about = acerca de, en torno a, alrededor de, respecto a, respecto de, con respecto a, en cuanto a, en relación con, sobre el
instead of = en lugar de, en vez de
in addition to = además de
along with = junto con, junto a
despite = a pesar de, pese a
due to = debido a, a causa de, por culpa de
as of = a partir de
per = cada, por cada
versus = frente a, en comparación con, comparado con
and = y, e
or = o, u, o bien
but = pero, sino, sino que, mas
nor = ni
that = que, aquel, aquella, ese, esa, eso
because = porque, ya que, puesto que, dado que
although = aunque, si bien, a pesar de que
if = si
while = mientras, mientras que
so = así que, por lo tanto, por eso, entonces, así
however = sin embargo, no obstante
also = también, además, asimismo
neither = tampoco
even = incluso, aun, hasta incluso
only = solo, sólo, solamente, únicamente, tan solo, sólo a, solo a
still = todavía, aún, sigue, siguen, seguía, seguían, aun así
no longer = ya no, no más, dejó de, deja de
not yet = todavía no, aún no, no todavía
already = ya
now = ahora, actualmente, hoy en día, en la actualidad, ahora mismo
then = luego, entonces, después
today = hoy
yesterday = ayer
tomorrow = mañana
soon = pronto, en breve, próximamente
recently = recientemente, hace poco, últimamente
currently = actualmente, en este momento
previously = anteriormente, antes, previamente
later = más tarde, posteriormente, más adelante
again = otra vez, de nuevo, nuevamente
ever = alguna vez, jamás
never = nunca, jamás
always = siempre
more = más
less = menos, menor
more than = más de, más que
less than = menos de, menos que
at least = al menos, por lo menos, como mínimo
at most = como máximo, a lo sumo, como mucho
very = muy
much = mucho, mucha
many = muchos, muchas
few = pocos, pocas
little = poco, poca
too = demasiado
almost = casi
approximately = aproximadamente, alrededor, unos, cerca de
exactly = exactamente, justo
about = aproximadamente unos
all = todo, toda, todos, todas
each = cada, cada uno, cada una
both = ambos, ambas, los dos, las dos
other = otro, otra, otros, otras, demás
another = otro más
same = mismo, misma, mismos, mismas
such = tal, tales
this = este, esta, esto
these = estos, estas
those = esos, esas, aquellos, aquellas
which = el cual, la cual, los cuales, las cuales
here = aquí, acá
there = allí, allá, ahí
yes = sí
not = no, no es
nothing = nada
none = ninguno, ninguna, ningún
no one = nadie
something = algo
someone = alguien
i = yo
you = tú, tu, usted, ustedes, vosotros, te, os
he = él
she = ella
it = ello
we = nosotros, nosotras, nos
they = ellos, ellas
him = le
them = les
my = mi, mis
your = tus, vuestro, vuestra
its = su, sus, suyo, suya, suyos, suyas
our = nuestro, nuestra, nuestros, nuestras
itself = sí mismo, sí misma, sí mismos
each other = entre sí, mutuamente
how = de qué modo
"""

AUX = """
is = es, está, sea, esté, se encuentra
are = son, están, sean, estén
was = fue, era, estaba, estuvo, fuera, fuese
were = fueron, eran, estaban, estuvieron, fueran
will be = será, serán, estará, estarán, va a ser, van a ser
would be = sería, serían, estaría, estarían
been = sido, estado
being = siendo, estando
be = ser, estar
has = ha, tiene, haya, posee
have = han, tienen, hayan, haber, tener, he, hemos
had = había, habían, tenía, tenían, tuvo, tuvieron, hubo, hubiera, hubieran, habría, tenido
will have = habrá, habrán, tendrá, tendrán
would have = habría, habrían, tendría, tendrían
having = habiendo, teniendo
there is = hay, existe, existen
there was = hubo, había, existía
there will be = habrá
does = hace
do = hacen, hacer, haga, hagan
did = hizo, hicieron, hacía
will do = hará, harán
would do = haría, harían
done = hecho
doing = haciendo
can = puede, pueden, pueda, puedan, poder, es posible
could = podía, podían, pudo, pudieron, podría, podrían, pudiera, pudieran
will be able = podrá, podrán
must = debe, deben, tiene que, tienen que, hay que, deba, deban
had to = debía, debían, debió, debieron, tuvo que, tuvieron que
will have to = deberá, deberán, tendrá que, tendrán que
should = debería, deberían
will = va a, van a, irá a
was going to = iba a, iban a
wants = quiere, quieren, quería, quiso
still is = sigue siendo, siguen siendo, continúa siendo, continúan siendo
will still be = seguirá siendo, seguirán siendo, continuará siendo
still has = sigue teniendo, siguen teniendo
no longer is = ya no es, ya no son, deja de ser, dejó de ser
stops = deja de, dejan de
stopped = dejó de, dejaron de, ha dejado de, han dejado de
will stop = dejará de, dejarán de, va a dejar de
would stop = dejaría de, dejarían de
stop = dejar de
again = volver a, vuelve a, volvió a
need = necesita, necesitan, necesitar
"""

NUMS = """
one = uno, una
two = dos
three = tres
four = cuatro
five = cinco
six = seis
seven = siete
eight = ocho
nine = nueve
ten = diez
eleven = once
twelve = doce
thirteen = trece
fourteen = catorce
fifteen = quince
sixteen = dieciséis
seventeen = diecisiete
eighteen = dieciocho
nineteen = diecinueve
twenty = veinte
twenty-one = veintiuno, veintiún
twenty-five = veinticinco
thirty = treinta
forty = cuarenta
fifty = cincuenta
sixty = sesenta
seventy = setenta
eighty = ochenta
ninety = noventa
hundred = cien, ciento, centenar
hundreds = cientos, centenares
two hundred = doscientos, doscientas
three hundred = trescientos, trescientas
five hundred = quinientos, quinientas
thousand = mil, millar
thousands = miles, millares
billion = mil millones, millardo, millardos
billions = miles de millones
million = millón, millones, mill., mln, mm
trillion = billón, billones, un billón
percent = por ciento, porciento, %, pct
percentage points = puntos porcentuales
dollars = dólar, dólares, usd, us$, $, dólares estadounidenses
euros = euro, euros, €
yuan = yuanes, renminbi
half = mitad, medio, media
third = tercio, tercera parte
one-third = un tercio, una tercera parte
two-thirds = dos tercios
quarter = cuarto, cuarta parte
double = doble
first = primer, primero, primera, primeros, primeras
second = segundo, segunda, segundos, segundas
third = tercer, tercero, tercera, terceros, terceras
fourth = cuarta
fifth = quinto, quinta
sixth = sexto, sexta
seventh = séptimo, séptima
eighth = octavo, octava
ninth = noveno, novena
tenth = décimo, décima
last = último, última, últimos, últimas
january = enero, ene
february = febrero, feb
march = marzo, mar
april = abril, abr
may = mayo, may
june = junio, jun
july = julio, jul
august = agosto, ago
september = septiembre, setiembre, sep, sept, set
october = octubre, oct
november = noviembre, nov
december = diciembre, dic
monday = lunes
tuesday = martes
wednesday = miércoles
thursday = jueves
friday = viernes
saturday = sábado
sunday = domingo
year = año
years = años
month = mes
months = meses
week = semana
weeks = semanas
day = día
days = días
quarter = trimestre
quarters = trimestres
decade = década
fiscal year = año fiscal, ejercicio fiscal, ejercicio
"""

DOMAIN = """
agreement = acuerdo+, convenio+, pacto+, entendimiento
agreements = acuerdos
contract = contrato+
deal = trato+, negocio+, operación+, transacción+, acuerdo comercial
business = negocios, actividad comercial, empresa comercial
partnership = asociación+, alianza estratégica, sociedad
alliance = alianza+
collaboration = colaboración+
cooperation = cooperación+
relationship = relación+, vínculo+, relaciones comerciales
partner = socio+, socia+, aliado+, aliada+
license = licencia+
licensing = concesión de licencias, licenciamiento, otorgamiento de licencias, licencias de uso
license agreement = acuerdo de licencia+, contrato de licencia+
revenue = ingresos, ingreso, facturación, ingresos totales, recaudación
sales = ventas, venta
revenue share = participación en los ingresos, participación en ingresos, participación de ingresos, reparto de ingresos, reparto de los ingresos, porcentaje de ingresos, cuota de ingresos, parte de los ingresos, ingresos compartidos, participación en las ganancias, reparto de beneficios, participación en los beneficios
revenue sharing = compartir ingresos, reparto de ganancias
stake = participación+, participación accionarial, participación en el capital, participación societaria, tenencia
equity stake = participación de capital, participación en acciones
shares = acciones
share = acción, cuota+, porción, parte
shareholder = accionista+
investor = inversor+, inversora, inversionista+
investment = inversión+
capital = capital+
equity = patrimonio, capital social
valuation = valoración+, valuación+, tasación
value = valor+
book value = valor contable, valor en libros
market value = valor de mercado
cap = tope+, techo+, límite máximo, tope máximo
limit = límite+
threshold = umbral+
tranche = tramo+, tranche+
first tranche = primer tramo, primera tranche, primer tranche, primer pago
payment = pago+
money = dinero, fondos
funding = financiación, financiamiento
funding round = ronda de financiación, ronda de financiamiento
round = ronda+
company = empresa+, compañía+, sociedad+, corporación+
firm = firma+
startup = startup, startups, empresa emergente, empresas emergentes
giant = gigante+
tech giant = gigante tecnológico, gigantes tecnológicos
provider = proveedor+, proveedora, prestador+
vendor = vendedor+
supplier = suministrador+
cloud = nube+
cloud provider = proveedor de nube+, proveedor de la nube, proveedores de la nube, proveedor cloud, proveedores cloud, proveedor en la nube, proveedor de servicios en la nube, proveedores de servicios en la nube, proveedor de servicios de nube
cloud computing = computación en la nube, informática en la nube
cloud services = servicios en la nube, servicios de nube, servicios cloud
multi-cloud = multinube, multi-nube
datacenter = centro de datos+, centro de procesamiento de datos
infrastructure = infraestructura+
compute = compute, cómputo, capacidad de cómputo, capacidad de cálculo, potencia de cálculo, potencia de cómputo
computing = computación, informática
chip = chip+, microchip+, procesador+, semiconductor+
server = servidor+
model = modelo+
language model = modelo de lenguaje+
ai model = modelo de ia, modelos de ia, modelo de inteligencia artificial, modelos de inteligencia artificial
frontier model = modelo de frontera, modelos de frontera, modelo puntero
artificial intelligence = inteligencia artificial
ai = ia, i.a.
agi = inteligencia artificial general, iag
intelligence = inteligencia
artificial = artificial~
product = producto+
service = servicio+
customer = cliente+, clienta
user = usuario+, usuaria+
developer = desarrollador+, desarrolladora+
platform = plataforma+
technology = tecnología+
tech = tecnológico~
intellectual property = propiedad intelectual, propiedades intelectuales
property = propiedad+
intellectual = intelectual~
rights = derechos
right = derecho
exclusive rights = derechos exclusivos, derechos de exclusividad
exclusivity = exclusividad
exclusive = exclusivo~
non-exclusive = no exclusivo~, no exclusiva, sin exclusividad
exclusively = exclusivamente, en exclusiva
clause = cláusula+
terms = términos, condiciones, términos y condiciones
term = plazo+, término, vigencia
long-term = largo plazo, a largo plazo
duration = duración
date = fecha+
deadline = fecha límite, plazo límite
timeline = calendario+, cronograma+, plazos
roadmap = hoja de ruta
restructuring = reestructuración+
recapitalization = recapitalización+
revision = revisión+
change = cambio+, modificación+, alteración+
amendment = enmienda+
renegotiation = renegociación+
negotiation = negociación+
announcement = anuncio+
statement = declaración+, comunicado+
press release = comunicado de prensa, nota de prensa
post = publicación+, entrada+
blog = blog+
memo = memorando+, memorándum, nota interna
report = informe+, reporte+
source = fuente+
analyst = analista+
ceo = director ejecutivo, directora ejecutiva, consejero delegado, consejera delegada, ceo, presidente ejecutivo
president = presidente+, presidenta
chief = jefe+, jefa, director+
founder = fundador+, fundadora
executive = ejecutivo+, directivo+
board = junta directiva, consejo, consejo de administración, directorio
management = dirección, gestión, gerencia
team = equipo+
group = grupo+
market = mercado+
industry = industria+, sector+
competitor = competidor+, competidora, rival+
competition = competencia
rivalry = rivalidad+
advantage = ventaja+
benefit = ventaja competitiva
profit = beneficio+, ganancias netas, utilidad+, lucro
gains = ganancia+
loss = pérdida+
growth = crecimiento
demand = demanda+
supply = suministro+, oferta
supply chain = cadena de suministro
risk = riesgo+
security = seguridad
cybersecurity = ciberseguridad
control = control+
independence = independencia
autonomy = autonomía
flexibility = flexibilidad
freedom = libertad+
strategy = estrategia+
strategic = estratégico~
financial = financiero~
economic = económico~
commercial = comercial~, mercantil
primary = principal~, primario~
main = principal
new = nuevo~
previous = anterior~, previo~, precedente~
prior = preliminar
latest = último, más reciente, más recientes
recent = reciente~
current = actual~, vigente~, presente
future = futuro~
next = próximo~, siguiente~
major = mayor~, importante~, gran, grande~
largest = más grande, mayor parte, más grandes
large = amplio~
small = pequeño~
significant = significativo~, considerable~, notable~, sustancial~
key = clave, claves
crucial = crucial~, fundamental~
total = total~
cumulative = acumulado~, acumulativo~
global = global~, mundial~
open = abierto~
open-source = código abierto, de código abierto
closed = cerrado~
public = público~
private = privado~
internal = interno~
external = externo~
third-party = terceros, de terceros
own = propio~
joint = conjunto~
jointly = conjuntamente, juntos, juntas
independent = independiente~
limited = limitado~, restringido~
unlimited = ilimitado~
unchanged = sin cambios, inalterado~, igual
valid = válido~, vigente
nonprofit = sin fines de lucro, sin ánimo de lucro, organización sin fines de lucro, entidad sin ánimo de lucro
for-profit = con fines de lucro, con ánimo de lucro, lucrativo~
foundation = fundación+
entity = entidad+
structure = estructura+
public benefit corporation = corporación de beneficio público, sociedad de beneficio público
assistant = asistente+
agent = agente+
glasses = gafas, anteojos, lentes
smart glasses = gafas inteligentes, lentes inteligentes
smart = inteligente~
device = dispositivo+
wearable = vestible~, dispositivo portátil, ponible~
mobile = móvil~, celular~
phone = teléfono+, smartphone+
voice = voz, voces
audio = audio+
image = imagen, imágenes
text = texto+
email = correo, correo electrónico, correos electrónicos, email, emails
inbox = bandeja de entrada
desktop = escritorio, computadora de escritorio
application = aplicación+, app+
search = búsqueda+
search engine = buscador+, motor de búsqueda
browser = navegador+
code = código+
software = software
hardware = hardware
ecosystem = ecosistema+
innovation = innovación+
research = investigación+
development = desarrollo+
deployment = despliegue+, implementación+
integration = integración+
capabilities = capacidades
capacity = capacidad
performance = rendimiento, desempeño
scale = escala+
large-scale = a gran escala
power = potencia, energía
spending = gasto+
cost = costo+, coste+
price = precio+
fee = tarifa+, comisión+, cuota de licencia
royalties = regalías, royalties
obligations = obligación+
commitment = compromiso+
restriction = restricción+
prohibition = prohibición+
permission = permiso+
authorization = autorización+
access = acceso+
use = uso+, utilización
milestone = hito+
phase = fase+, etapa+
version = versión+
update = actualización+
launch = lanzamiento+, estreno+
presentation = presentación+
event = evento+
conference = conferencia+
forum = foro+
expo = feria+, exposición+
comment = comentario+
question = pregunta+
reply = respuesta+
trend = tendencia+
landscape = panorama+
context = contexto+
tensions = tensión+
conflict = conflicto+
concern = preocupación+
uncertainty = incertidumbre+
certainty = certeza+, seguridad jurídica
predictability = previsibilidad
implications = implicaciones, consecuencias, repercusiones
impact = impacto+
role = papel, rol, función
position = posición+
situation = situación+
field = campo+, ámbito+
area = área, áreas
distributor = distribuidor+
channel = canal+
early access = acceso anticipado
beta = beta
directly = directamente
officially = oficialmente
publicly = públicamente
formally = formalmente
immediately = inmediatamente, de inmediato
significantly = significativamente, considerablemente
nearly = casi, cerca de
rapidly = rápidamente
together = juntos
simultaneously = simultáneamente, al mismo tiempo
dependence = dependencia
lock-in = dependencia de proveedor, bloqueo
percentage = porcentaje+
rate = tasa+, tipo+
amount = monto+, importe+, cantidad+, suma+
figure = cifra+
number = número+
sum = total de
data = datos
information = información
news = noticia+
article = artículo+
media = medios, prensa
background = antecedentes
basis = base+
goal = objetivo+, meta+
plan = plan+
opportunities = oportunidad+
pressure = presión+
demand for compute = demanda de cómputo
status = estado, estatus
era = época+
beginning = principio+, comienzo+, inicio+
end = fin, final
expiration = vencimiento+, expiración+, caducidad
extension = extensión+, prórroga+, ampliación+
increase = aumento+, incremento+, subida+, alza+
decrease = disminución+, reducción+, bajada+, descenso+, caída+
leak = filtración+
sale = enajenación
purchase = compra+, adquisición+
acquisition = adquisición
conversion = conversión+
transition = transición+
exit = salida+
departure = partida+
dispute = disputa+, litigio+
lawsuit = demanda judicial
regulator = regulador+
regulation = regulación+, normativa+
approval = aprobación+
antitrust = antimonopolio, competencia desleal
compute capacity = capacidad de computación
training = entrenamiento+
inference = inferencia+
weights = pesos
open weights = pesos abiertos
microsoft's = de microsoft
openai's = de openai
"""

VERBS = """
pay = pagar, abonar, desembolsar
receive = recibir, percibir
collect = cobrar
earn = ingresar, facturar
invest = invertir{p3s=invierte;p3p=invierten;pret3s=invirtió;pret3p=invirtieron;ger=invirtiendo;subj3s=invierta;subj3p=inviertan;subjimp3s=invirtiera}
own = poseer{pret3s=poseyó;pret3p=poseyeron;ger=poseyendo;subjimp3s=poseyera}
hold = ostentar, detentar
maintain = mantener{p3s=mantiene;p3p=mantienen;pret3s=mantuvo;pret3p=mantuvieron;fut3s=mantendrá;fut3p=mantendrán;cond3s=mantendría;cond3p=mantendrían;subj3s=mantenga;subj3p=mantengan;subjimp3s=mantuviera;pp=mantenido}
retain = retener{p3s=retiene;p3p=retienen;pret3s=retuvo;pret3p=retuvieron;fut3s=retendrá;fut3p=retendrán;cond3s=retendría;cond3p=retendrían;subj3s=retenga;subj3p=retengan;subjimp3s=retuviera}, conservar, preservar
keep = guardar
continue = continuar{p3s=continúa;p3p=continúan;subj3s=continúe;subj3p=continúen}, seguir{p3s=sigue;p3p=siguen;pret3s=siguió;pret3p=siguieron;ger=siguiendo;subj3s=siga;subj3p=sigan;subjimp3s=siguiera}, proseguir{p3s=prosigue;p3p=prosiguen;pret3s=prosiguió;pret3p=prosiguieron;ger=prosiguiendo;subj3s=prosiga}
remain = permanecer{subj3s=permanezca;subj3p=permanezcan}, quedar, quedarse
stop = parar, detener{p3s=detiene;p3p=detienen;pret3s=detuvo;pret3p=detuvieron;fut3s=detendrá;fut3p=detendrán;cond3s=detendría;cond3p=detendrían;subj3s=detenga;subj3p=detengan;subjimp3s=detuviera}, suspender, interrumpir
cease = cesar
end = terminar, finalizar, acabar, concluir{p3s=concluye;p3p=concluyen;pret3s=concluyó;pret3p=concluyeron;ger=concluyendo;subj3s=concluya}
expire = expirar, vencer{subj3s=venza;subj3p=venzan}, caducar
last = durar
run = extenderse{p3s=extiende;p3p=extienden;subj3s=extienda}
announce = anunciar, comunicar
say = decir{p3s=dice;p3p=dicen;pret3s=dijo;pret3p=dijeron;fut3s=dirá;fut3p=dirán;cond3s=diría;cond3p=dirían;pp=dicho;ger=diciendo;subj3s=diga;subj3p=digan;subjimp3s=dijera}
state = afirmar, declarar, manifestar{p3s=manifiesta;p3p=manifiestan;subj3s=manifieste}, sostener{p3s=sostiene;p3p=sostienen;pret3s=sostuvo;pret3p=sostuvieron;fut3s=sostendrá;fut3p=sostendrán;cond3s=sostendría;cond3p=sostendrían;subj3s=sostenga;subj3p=sostengan;subjimp3s=sostuviera}, señalar, indicar, asegurar, explicar, precisar
report = informar, reportar
write = escribir{pp=escrito}, redactar
publish = publicar
sell = vender, comercializar
offer = ofrecer{subj3s=ofrezca;subj3p=ofrezcan}
launch = lanzar, estrenar
ship = enviar{p3s=envía;p3p=envían;subj3s=envíe}, comercializar
release = liberar
unveil = presentar, desvelar, revelar, mostrar{p3s=muestra;p3p=muestran;subj3s=muestre}
debut = debutar
use = usar, utilizar, emplear, aprovechar
build = construir{p3s=construye;p3p=construyen;pret3s=construyó;pret3p=construyeron;ger=construyendo;subj3s=construya;subj3p=construyan;subjimp3s=construyera}, crear, fabricar
develop = desarrollar, elaborar
co-develop = codesarrollar, desarrollar conjuntamente
allow = permitir, dejar
authorize = autorizar, habilitar
prohibit = prohibir{p3s=prohíbe;p3p=prohíben;subj3s=prohíba;subj3p=prohíban}, vetar
prevent = impedir{p3s=impide;p3p=impiden;pret3s=impidió;pret3p=impidieron;ger=impidiendo;subj3s=impida;subj3p=impidan}, evitar
restrict = restringir
change = cambiar, alterar
modify = modificar, ajustar
revise = revisar, reformular
increase = aumentar, incrementar, elevar, subir
rise = crecer{subj3s=crezca;subj3p=crezcan}, ascender{p3s=asciende;p3p=ascienden}
grow = expandirse
expand = ampliar{p3s=amplía;p3p=amplían;subj3s=amplíe}, expandir, extender{p3s=extiende;p3p=extienden;subj3s=extienda}
decrease = disminuir{p3s=disminuye;p3p=disminuyen;pret3s=disminuyó;pret3p=disminuyeron;ger=disminuyendo;subj3s=disminuya}
reduce = reducir{p3s=reduce;p3p=reducen;pret3s=redujo;pret3p=redujeron;subj3s=reduzca;subj3p=reduzcan;subjimp3s=redujera}, recortar, rebajar
fall = caer{p3s=cae;p3p=caen;pret3s=cayó;pret3p=cayeron;pp=caído;ger=cayendo;subj3s=caiga;subj3p=caigan}, bajar, descender{p3s=desciende;p3p=descienden}
cap = topar, fijar un tope, establecer un tope{subj3s=establezca;subj3p=establezcan}, limitar con un tope
limit = limitar, acotar
sign = firmar, suscribir{pp=suscrito}
agree = acordar{p3s=acuerda;p3p=acuerdan;subj3s=acuerde;subj3p=acuerden}, pactar, convenir{p3s=conviene;p3p=convienen;pret3s=convino;pret3p=convinieron;fut3s=convendrá;fut3p=convendrán;cond3s=convendría;cond3p=convendrían;subj3s=convenga;subj3p=convengan;ger=conviniendo;subjimp3s=conviniera}, aceptar, consentir{p3s=consiente;pret3s=consintió}
reach an agreement = llegar a un acuerdo, alcanzar un acuerdo
leak = filtrar, filtrarse
commit = comprometerse, comprometer
value = valorar, valuar{p3s=valúa;p3p=valúan}, tasar, cotizar
gain = ganar
lose = perder{p3s=pierde;p3p=pierden;subj3s=pierda;subj3p=pierdan}
get = obtener{p3s=obtiene;p3p=obtienen;pret3s=obtuvo;pret3p=obtuvieron;fut3s=obtendrá;fut3p=obtendrán;cond3s=obtendría;cond3p=obtendrían;subj3s=obtenga;subj3p=obtengan;subjimp3s=obtuviera}, conseguir{p3s=consigue;p3p=consiguen;pret3s=consiguió;pret3p=consiguieron;ger=consiguiendo;subj3s=consiga;subjimp3s=consiguiera}, lograr
give = dar{p3s=da;p3p=dan;pret3s=dio;pret3p=dieron;subj3s=dé;subj3p=den;subjimp3s=diera}, entregar
grant = otorgar, conceder
happen = ocurrir, pasar, suceder, acontecer{subj3s=acontezca}
compare = comparar
remove = eliminar, quitar, suprimir, retirar
lift = levantar
replace = reemplazar, sustituir{p3s=sustituye;p3p=sustituyen;pret3s=sustituyó;pret3p=sustituyeron;ger=sustituyendo;subj3s=sustituya}, remplazar
share = compartir, repartir
split = dividir
buy = comprar
acquire = adquirir{p3s=adquiere;p3p=adquieren;subj3s=adquiera;subj3p=adquieran}
provide = proporcionar, proveer{pret3s=proveyó;pret3p=proveyeron;ger=proveyendo;pp=provisto}, suministrar, brindar, prestar
supply = abastecer{subj3s=abastezca}
host = alojar, hospedar, albergar
train = entrenar
run on = ejecutar, correr
access = acceder
renegotiate = renegociar
negotiate = negociar
restructure = reestructurar
convert = convertir{p3s=convierte;p3p=convierten;pret3s=convirtió;pret3p=convirtieron;ger=convirtiendo;subj3s=convierta}, transformar
become = convertirse{p3s=convierte;p3p=convierten;pret3s=convirtió;pret3p=convirtieron;ger=convirtiendo;subj3s=convierta}, volverse{p3s=vuelve;p3p=vuelven;pp=vuelto}
confirm = confirmar, ratificar
reaffirm = reafirmar, reiterar
reveal = desvelar
deliver = entregar
deploy = desplegar{p3s=despliega;p3p=despliegan;subj3s=despliegue}, implementar, implantar
integrate = integrar, incorporar
support = apoyar, respaldar, soportar
serve = servir{p3s=sirve;p3p=sirven;pret3s=sirvió;pret3p=sirvieron;ger=sirviendo;subj3s=sirva}, atender{p3s=atiende;p3p=atienden}
require = requerir{p3s=requiere;p3p=requieren;pret3s=requirió;pret3p=requirieron;ger=requiriendo;subj3s=requiera}, exigir, necesitar
include = incluir{p3s=incluye;p3p=incluyen;pret3s=incluyó;pret3p=incluyeron;ger=incluyendo;subj3s=incluya}, abarcar
exclude = excluir{p3s=excluye;p3p=excluyen;pret3s=excluyó;pret3p=excluyeron;ger=excluyendo;subj3s=excluya}
control = controlar
compete = competir{p3s=compite;p3p=compiten;pret3s=compitió;pret3p=compitieron;ger=compitiendo;subj3s=compita}, rivalizar
license = licenciar, otorgar licencias, conceder licencias
distribute = distribuir{p3s=distribuye;p3p=distribuyen;pret3s=distribuyó;pret3p=distribuyeron;ger=distribuyendo;subj3s=distribuya}
reach = alcanzar, llegar
exceed = superar, exceder, sobrepasar, rebasar
double = duplicar
cost = costar{p3s=cuesta;p3p=cuestan;subj3s=cueste}
fund = financiar
amend = enmendar{p3s=enmienda;p3p=enmiendan}
update = actualizar
terminate = rescindir, resolver{p3s=resuelve;pp=resuelto}
cancel = cancelar, anular, revocar
renew = renovar{p3s=renueva;p3p=renuevan;subj3s=renueve}, prorrogar
extend = prolongar, alargar
begin = empezar{p3s=empieza;p3p=empiezan;subj3s=empiece;subj3p=empiecen}, comenzar{p3s=comienza;p3p=comienzan;subj3s=comience;subj3p=comiencen}, iniciar
complete = completar, culminar
close = cerrar{p3s=cierra;p3p=cierran;subj3s=cierre;subj3p=cierren}
open = abrir{pp=abierto}
estimate = estimar, calcular
expect = esperar, prever{p3s=prevé;p3p=prevén;pp=previsto;pret3s=previó}
plan = planear, planificar, prever
decide = decidir
choose = elegir{p3s=elige;p3p=eligen;pret3s=eligió;pret3p=eligieron;ger=eligiendo;subj3s=elija}, escoger
select = seleccionar
seek = buscar, pretender
explore = explorar
diversify = diversificar
rely = depender, confiar{p3s=confía;p3p=confían}
benefit = beneficiar, beneficiarse
affect = afectar, impactar
lead = liderar, encabezar, dirigir
move = mover{p3s=mueve;p3p=mueven;subj3s=mueva}, trasladar
shift = desplazar
notify = notificar, avisar
tie = vincular, ligar, atar
calculate = computar
cover = cubrir{pp=cubierto}
approve = aprobar{p3s=aprueba;p3p=aprueban;subj3s=apruebe}
reject = rechazar
create = generar
produce = producir{p3s=produce;p3p=producen;pret3s=produjo;pret3p=produjeron;subj3s=produzca;subj3p=produzcan;subjimp3s=produjera}
spend = gastar, destinar
contribute = aportar, contribuir{p3s=contribuye;p3p=contribuyen;pret3s=contribuyó;pret3p=contribuyeron;ger=contribuyendo}
allocate = asignar
transfer = transferir{p3s=transfiere;p3p=transfieren;pret3s=transfirió;pret3p=transfirieron;ger=transfiriendo;subj3s=transfiera}, traspasar, ceder
owe = adeudar
guarantee = garantizar
secure = asegurarse
strengthen = reforzar{p3s=refuerza;p3p=refuerzan;subj3s=refuerce}, fortalecer{subj3s=fortalezca}, consolidar
represent = representar
reflect = reflejar
accelerate = acelerar
boost = impulsar, potenciar
improve = mejorar
raise = recaudar, captar
sell off = desinvertir
exit = salir{fut3s=saldrá;fut3p=saldrán;cond3s=saldría;cond3p=saldrían;subj3s=salga;subj3p=salgan}
enter = entrar
join = unirse, sumarse
partner = asociarse, aliarse{p3s=alía;p3p=alían}
collaborate = colaborar, cooperar
appear = aparecer{subj3s=aparezca}
mention = mencionar
describe = describir{pp=descrito}
know = saber{p3s=sabe;pret3s=supo;pret3p=supieron;fut3s=sabrá;fut3p=sabrán;cond3s=sabría;cond3p=sabrían;subj3s=sepa;subj3p=sepan;subjimp3s=supiera;subjimp3p=supieran}, conocer{subj3s=conozca;subj3p=conozcan}
believe = creer{pret3s=creyó;pret3p=creyeron;ger=creyendo}
exist = existir
apply = aplicar, aplicarse
count = contar{p3s=cuenta;p3p=cuentan;subj3s=cuente}
depend = depender de
compute = calcular
approach = acercarse
operate = operar, funcionar
sue = demandar
"""

FIXED = """
own = ser dueño de, ser dueña de, es dueño de, es dueña de, son dueños de, es propietario de, es propietaria de, ser propietario de
owner = dueño, dueña, dueños, propietario, propietaria, propietarios
end = poner fin, pone fin, puso fin, pondrá fin, pondría fin, ponga fin
ended = puso fin a, pusieron fin
announced = dio a conocer, dieron a conocer, ha dado a conocer, han dado a conocer
announce = dar a conocer, da a conocer, dan a conocer, dará a conocer
launched = puso en marcha, pusieron en marcha
launch = poner en marcha, pone en marcha, pondrá en marcha
become = hacerse, se hace, se hizo, se hará, se convierte en, se convirtió en, se convertirá en, pasa a ser, pasó a ser, pasará a ser
take effect = entra en vigor, entró en vigor, entrará en vigor, entre en vigor, en vigor
in force = vigente, en vigencia
take place = tiene lugar, tuvo lugar, tendrá lugar
make public = hacer público, hizo público, hizo pública, hará público
take part = toma parte, participa, participar, participó, participará, participan
participate = participar, participación directa
"""

EXTRA = """
parties = partes, partes contratantes
arrangement = arreglo+, disposición+
system = sistema+
signal = señal+
potential = potencial~
pace = ritmo+
legal = legal~, jurídico~
full = completo~, pleno~
foundational = fundacional~, de base, fundamentales
adjustment = ajuste+
ability = habilidad+, capacidad de
web = web
surge = auge+, repunte+, aumento repentino
silicon = silicio
resource = recurso+
ratio = proporción+, ratio+
progress = progreso+, avance+
policy = política+
player = actor+, jugador+
ongoing = en curso, continuo~, en marcha
official = oficial~
necessary = necesario~
involvement = implicación+, involucramiento
interaction = interacción+
general = general~
flexible = flexible~
feature = característica+, funcionalidad+, función+
evening = noche+
edge = borde+, periferia
edge-side = en el dispositivo, en el borde, en local
different = diferente~, distinto~
delivery = entrega+
defenses = defensa+
deep = profundo~
critical = crítico~
core = núcleo+
conversational = conversacional~
content = contenido+
construction = construcción+
complex = complejo~
competitive = competitivo~
center = centro+
aspect = aspecto+
api = api, apis
widespread = generalizado~, extendido~
widely = ampliamente
vast = vasto~, enorme~
unprecedented = sin precedentes
unclear = poco claro, poco clara, incierto~
unaffected = no afectado~, inafectado~
unable = incapaz, incapaces
transformative = transformador~, transformadora, transformadoras
topic = tema+
strong = fuerte~, sólido~
specific = específico~, concreto~
special = especial~
social = social~
single = único~
several = varios, varias, diversos, diversas
various = distintos, distintas
self-developed = de desarrollo propio, desarrollo propio, desarrollado internamente, propio desarrollo
in-house = interno, internamente, propio, de cosecha propia
scaling = escalado, escalamiento
principles = principios
promotion = promoción+
predictable = predecible~, previsible~
path = camino+, vía+
past = pasado~
overall = en general, en conjunto
operations = operaciones
offerings = ofertas
nature = naturaleza+
multiple = múltiple~
multi-year = plurianual~, de varios años
moment = momento+
local = local~
light = ligero~, luz
level = nivel+
leadership = liderazgo
late = finales de, a finales de, fines de, a fines de, tardío~
early = principios de, a principios de, inicios de, a inicios de, temprano~
mid = mediados de, a mediados de
issues = problema+, asunto+, cuestión+
imperative = imperativo~
home = hogar+, casa
further = más allá
additional = adicional~
evolution = evolución+
entire = entero~
enterprise = empresarial~, corporativo~
efforts = esfuerzo+
dynamic = dinámico~
dual = dual~
discontinued = descontinuado~, discontinuado~
completely = completamente, totalmente
central = central~
cash = efectivo, liquidez, dinero en efectivo
available = disponible~
alignment = alineación+, alineamiento+
constraints = limitación+
intelligent = inteligentemente
exclusive = exclusivos
"""

EXTRA_VERBS = """
enhance = potenciar, realzar
address = abordar, tratar
advance = avanzar
identify = identificar
ask = preguntar, pedir{p3s=pide;p3p=piden;pret3s=pidió;pret3p=pidieron;ger=pidiendo;subj3s=pida}
emphasize = enfatizar, subrayar, destacar, recalcar, resaltar
suggest = sugerir{p3s=sugiere;p3p=sugieren;pret3s=sugirió;pret3p=sugirieron;ger=sugiriendo;subj3s=sugiera}
imply = implicar, suponer{p3s=supone;p3p=suponen;pret3s=supuso;pret3p=supusieron;fut3s=supondrá;fut3p=supondrán;cond3s=supondría;cond3p=supondrían;pp=supuesto;subj3s=suponga;subj3p=supongan;subjimp3s=supusiera}
involve = involucrar, conllevar
design = diseñar
evolve = evolucionar
iterate = iterar
reshape = remodelar, reconfigurar
redefine = redefinir
revamp = renovar por completo, rehacer
simplify = simplificar, agilizar
mitigate = mitigar, atenuar
alleviate = aliviar
leverage = apalancar
foster = fomentar, propiciar, promover{p3s=promueve;p3p=promueven;subj3s=promueva}
ensure = garantizar que
preserve = preservar
emerge = surgir, emerger
arrive = llegar a
acknowledge = reconocer{subj3s=reconozca;subj3p=reconozcan}, admitir
delete = borrar
discontinue = descontinuar{p3s=descontinúa}, discontinuar
avoid = evitar
express = expresar
follow = seguir a
come = venir{p3s=viene;p3p=vienen;pret3s=vino;pret3p=vinieron;fut3s=vendrá;fut3p=vendrán;cond3s=vendría;pp=venido;ger=viniendo;subj3s=venga;subj3p=vengan;cond3p=vendrían;subjimp3s=viniera}
leave = abandonar
surge = dispararse
solidify = solidificar, afianzar
underscore = poner de relieve
inject = inyectar
prioritize = priorizar
unveil = develar
identify = detectar
"""

def build():
    parse_block('es', QUESTIONS)
    parse_block('es', AUX)
    parse_block('es', FUNC)
    parse_block('es', NUMS)
    parse_block('es', DOMAIN, I)
    parse_verbs('es', VERBS, multi(es_verb))
    parse_block('es', FIXED)
    parse_block('es', EXTRA, I)
    parse_verbs('es', EXTRA_VERBS, multi(es_verb))

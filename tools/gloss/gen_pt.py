# -*- coding: utf-8 -*-
from lib import *

def pt_verb(inf, ov):
    stem, end = inf[:-2], inf[-2:]
    f = {'inf': [inf]}
    if end == 'ar':
        s = stem
        if s.endswith('c'): s = s[:-1]+'qu'
        elif s.endswith('g'): s = s[:-1]+'gu'
        elif s.endswith('ç'): s = s[:-1]+'c'
        f.update(p3s=[stem+'a'], p3p=[stem+'am'], pret3s=[stem+'ou'], pret3p=[stem+'aram'],
                 impf3s=[stem+'ava'], impf3p=[stem+'avam'], pp=[stem+'ado'], ger=[stem+'ando'],
                 subj3s=[s+'e'], subj3p=[s+'em'], subjimp3s=[stem+'asse'], subjimp3p=[stem+'assem'], p1p=[stem+'amos'])
    elif end == 'er':
        s = stem
        if s.endswith('c'): s = s[:-1]+'ç'
        elif s.endswith('g'): s = s[:-1]+'j'
        f.update(p3s=[stem+'e'], p3p=[stem+'em'], pret3s=[stem+'eu'], pret3p=[stem+'eram'],
                 impf3s=[stem+'ia'], impf3p=[stem+'iam'], pp=[stem+'ido'], ger=[stem+'endo'],
                 subj3s=[s+'a'], subj3p=[s+'am'], subjimp3s=[stem+'esse'], subjimp3p=[stem+'essem'])
    else:
        s = stem
        if s.endswith('g'): s = s[:-1]+'j'
        f.update(p3s=[stem+'e'], p3p=[stem+'em'], pret3s=[stem+'iu'], pret3p=[stem+'iram'],
                 impf3s=[stem+'ia'], impf3p=[stem+'iam'], pp=[stem+'ido'], ger=[stem+'indo'],
                 subj3s=[s+'a'], subj3p=[s+'am'], subjimp3s=[stem+'isse'], subjimp3p=[stem+'issem'])
    f.update(fut3s=[inf+'á'], fut3p=[inf+'ão'], cond3s=[inf+'ia'], cond3p=[inf+'iam'])
    apply_ov(f, ov)
    px = []
    for p in f['pp']:
        if p.endswith('o'): px += [p[:-1]+'a', p+'s', p[:-1]+'as']
    f['ppx'] = px + f.get('ppx', [])
    return flatten(f)

def pt_refl(gen):
    def g(inf, ov):
        first = inf.split(' ', 1)[0]
        if first.endswith('-se'):
            rest = inf[len(first):]
            base = first[:-3]
            out = gen(base + rest, ov)
            more = []
            for slot, x in out:
                if slot == 'inf':
                    more.append((slot, first + rest))
                elif slot in ('p3s','p3p','fut3s','fut3p','cond3s','cond3p','impf3s','impf3p','subj3s','subj3p','pret3s','pret3p'):
                    w = x.split(' ', 1)
                    more.append((slot, 'se ' + x))
                    more.append((slot, w[0] + '-se' + ((' ' + w[1]) if len(w) > 1 else '')))
            return more + out
        return gen(inf, ov)
    return g

I = make_inflect('pt')

QUESTIONS = """
until when = até quando, até que data, até que ano, até quando vai, até qual data
since when = desde quando, desde que data, desde que ano, a partir de quando
for how long = por quanto tempo, durante quanto tempo, por quantos anos, durante quantos anos
how long = quanto tempo, quantos anos, quanto dura, quanto tempo dura
how long ago = há quanto tempo, faz quanto tempo
in what year = em que ano, em qual ano
what year = que ano, qual ano
on what date = em que data, em qual data, em que dia
what date = que data, qual data, que dia, qual dia
in what month = em que mês, em qual mês
when = quando, em que momento
in what order = em que ordem, em qual ordem
what order = qual ordem, que ordem
which came first = o que aconteceu primeiro, o que veio primeiro, qual veio primeiro, qual aconteceu primeiro, o que ocorreu primeiro, qual ocorreu primeiro, qual foi primeiro, quem veio primeiro
is it true that = é verdade que, é certo que, é correto que
is it true = é verdade, é correto, é certo
right = né, né?, não é?, não é verdade, certo?, correto?, verdade?, não é mesmo
true = verdade, verdadeiro, verdadeira, certo, correto
false = falso, falsa
- = é que
what = o que, o quê, quê
what is = o que é, qual é, qual e, o que e
what are = quais são, o que são
what was = qual foi, qual era, o que foi, o que era
which = qual, quais
who = quem
whom = a quem
whose = de quem, cujo, cuja, cujos, cujas
with whom = com quem
for whom = para quem
how much = quanto, quanta, quanto dinheiro, quanto é, quanto e, a quanto
how many = quantos, quantas
what percentage = que percentagem, qual percentagem, que porcentagem, qual porcentagem, qual percentual, que percentual, quantos por cento, que parte, qual parte, qual fatia
where = onde, aonde, de onde, para onde
why = por que, porque, por quê, porquê, por que razão, por que motivo, por qual motivo
how = como, de que forma, de que maneira, de que modo
in what = em que, no que, em qual
of what = de que, do que
about what = sobre o que
by how much = em quanto
at what price = a que preço, por que preço
at what valuation = a que avaliação, com que avaliação
how often = com que frequência, quantas vezes
"""

AUX = """
is = é, está, seja, esteja, fica, encontra-se
are = são, estão, sejam, estejam
was = foi, era, estava, esteve, fosse, estivesse
were = foram, eram, estavam, estiveram, fossem
will be = será, serão, estará, estarão, vai ser, vão ser
would be = seria, seriam, estaria, estariam
been = sido, estado
being = sendo, estando
be = ser, estar
has = tem, tenha, possui, há de
have = têm, tenham, ter, haver, temos, tenho
had = tinha, tinham, teve, tiveram, tivesse, havia, tido, houvera
will have = terá, terão, haverá
would have = teria, teriam, haveria
having = tendo, havendo
there is = há, existe, existem, tem
there was = houve, havia, existia
there will be = haverá, vai haver
does = faz
do = fazem, fazer, faça, façam
did = fez, fizeram, fazia
will do = fará, farão
would do = faria, fariam
done = feito, feita, feitos, feitas
doing = fazendo
can = pode, podem, poder, possa, possam, consegue, conseguem
could = podia, podiam, pôde, puderam, poderia, poderiam, pudesse, podido
will be able = poderá, poderão, conseguirá, conseguirão
must = deve, devem, deva, devam, dever, tem que, têm que, tem de, têm de, precisa, precisam
had to = devia, deviam, teve que, teve de, tiveram que
will have to = deverá, deverão, terá que, terá de, terão que
should = deveria, deveriam
will = vai, vão, irá, irão
was going to = ia, iam
wants = quer, querem, queria, quis
still is = continua sendo, continua a ser, segue sendo, continuam sendo, continuam a ser, permanece, ainda é, ainda são
will still be = continuará sendo, continuará a ser, seguirá sendo
no longer is = já não é, não é mais, deixa de ser, deixou de ser, deixará de ser
stops = deixa de, deixam de
stopped = deixou de, deixaram de
will stop = deixará de, deixarão de, vai deixar de
would stop = deixaria de, deixariam de
stop = deixar de
need = precisar, precisou, precisará
"""

FUNC = """
- = o, a, os, as, lhe, lhes
a = um, uma
some = uns, umas, alguns, algumas, algum, alguma
of the = do, da, dos, das
in the = no, na, nos, nas
to the = ao, aos, à, às
by the = pelo, pela, pelos, pelas
in a = num, numa, em um, em uma
of a = dum, duma, de um, de uma
of this = deste, desta, destes, destas, disto
of that = desse, dessa, desses, dessas, disso, daquele, daquela, daquilo
in this = neste, nesta, nestes, nestas, nisto
in that = nesse, nessa, nisso, naquele, naquela
of = de
in = em
on = sobre
with = com
without = sem
for = para, pra, por
by = por
from = desde, a partir de, a partir do, a partir da
since = desde, desde que
until = até, até que, até ao, até à, até o, até a
between = entre
against = contra
toward = rumo a, em direção a
under = sob, abaixo de, nos termos de, ao abrigo de, no âmbito de
after = após, depois, depois de, depois que, em seguida a
before = antes, antes de, antes que
according to = segundo, de acordo com, conforme, consoante
through = através de, através do, através da, por meio de, mediante, via
within = dentro de, no prazo de
outside = fora de
about = acerca de, a respeito de, sobre o, sobre a, em relação a, relativamente a, quanto a, no que diz respeito a, cerca de
instead of = em vez de, ao invés de, no lugar de
in addition to = além de, além disso
along with = junto com, juntamente com, bem como
despite = apesar de, apesar do, apesar da, não obstante
due to = devido a, por causa de, em virtude de
per = cada, por cada
versus = em comparação com, comparado com, face a, frente a, em relação ao
and = e
or = ou
but = mas, porém, contudo, todavia
nor = nem
that = que, aquele, aquela, aquilo, esse, essa, isso
because = porque, pois, já que, uma vez que, visto que
although = embora, ainda que, apesar de que, mesmo que
if = se, caso
whether = se ou não
while = enquanto
during = durante, ao longo de
so = então, portanto, assim, logo
however = no entanto, entretanto, contudo
also = também, além disso, igualmente
even = mesmo, até mesmo, inclusive
only = só, somente, apenas, unicamente, exclusivamente
still = ainda, continua, continuam, segue, seguem, permanece, permanecem
no longer = já não, não mais, deixou de
not yet = ainda não
already = já
now = agora, atualmente, hoje em dia, neste momento, doravante, a partir de agora
then = depois, então, em seguida
today = hoje
yesterday = ontem
tomorrow = amanhã
soon = em breve, logo, brevemente
recently = recentemente, há pouco, ultimamente
currently = atualmente, presentemente
previously = anteriormente, antes, previamente, até então, até agora
later = mais tarde, posteriormente, depois disso
again = novamente, de novo, outra vez
ever = alguma vez, já alguma vez, jamais
never = nunca, jamais
always = sempre
more = mais
greater = maior, maiores
less = menos, menor, menores
more than = mais de, mais do que, acima de
less than = menos de, menos do que, abaixo de
at least = pelo menos, no mínimo, ao menos
at most = no máximo
very = muito, muita
much = muito
many = muitos, muitas
few = poucos, poucas
little = pouco, pouca
too = demais, demasiado
almost = quase
approximately = aproximadamente, cerca de, em torno de, por volta de, perto de, uns
exactly = exatamente, exactamente, precisamente
all = todo, toda, todos, todas, tudo
each = cada, cada um, cada uma
both = ambos, ambas, os dois, as duas
other = outro, outra, outros, outras, demais
same = mesmo, mesma, mesmos, mesmas
such = tal, tais
this = este, esta, isto
these = estes, estas
those = esses, essas, aqueles, aquelas
which = o qual, a qual, os quais, as quais
here = aqui, cá
there = ali, lá, aí
yes = sim
not = não
nothing = nada
none = nenhum, nenhuma
no one = ninguém
something = algo, alguma coisa
someone = alguém
i = eu
you = você, vocês, tu, te, vos
he = ele
she = ela
we = nós, nos
they = eles, elas
its = seu, sua, seus, suas, dele, dela
their = deles, delas
my = meu, minha, meus, minhas
your = teu, tua, teus, tuas, vosso, vossa
our = nosso, nossa, nossos, nossas
itself = si mesmo, si mesma, próprio
each other = entre si, mutuamente
"""

NUMS = """
one = um, uma
two = dois, duas
three = três
four = quatro
five = cinco
six = seis
seven = sete
eight = oito
nine = nove
ten = dez
eleven = onze
twelve = doze
thirteen = treze
fourteen = catorze, quatorze
fifteen = quinze
sixteen = dezesseis, dezasseis
seventeen = dezessete, dezassete
eighteen = dezoito
nineteen = dezenove, dezanove
twenty = vinte
thirty = trinta
forty = quarenta
fifty = cinquenta
sixty = sessenta
seventy = setenta
eighty = oitenta
ninety = noventa
hundred = cem, cento, centena
hundreds = centenas
two hundred = duzentos, duzentas
three hundred = trezentos, trezentas
five hundred = quinhentos, quinhentas
thousand = mil, milhar
thousands = milhares
million = milhão, milhões, mi, mln
billion = bilhão, bilhões, bi, mil milhões, bln
billions = milhares de milhões
trillion = trilhão, trilhões, bilião, biliões, tri
percent = por cento, porcento, %, pontos percentuais
dollars = dólar, dólares, usd, us$, $, dólares americanos
euros = euro, euros, €
yuan = yuans, iuane, iuanes
half = metade, meio, meia
third = terço
one-third = um terço
two-thirds = dois terços
quarter = quarto, quarta parte
double = dobro
first = primeiro, primeira, primeiros, primeiras, 1º, 1ª
second = segundo, segunda, segundos, segundas
third = terceiro, terceira, terceiros, terceiras
fourth = quarta
fifth = quinto, quinta
sixth = sexto, sexta
seventh = sétimo, sétima
eighth = oitavo, oitava
ninth = nono, nona
tenth = décimo, décima
last = último, última, últimos, últimas
january = janeiro, jan
february = fevereiro, fev
march = março, mar
april = abril, abr
may = maio, mai
june = junho, jun
july = julho, jul
august = agosto, ago
september = setembro, set
october = outubro, out
november = novembro, nov
december = dezembro, dez
monday = segunda-feira
tuesday = terça-feira, terça
wednesday = quarta-feira
thursday = quinta-feira
friday = sexta-feira
saturday = sábado
sunday = domingo
year = ano
years = anos
month = mês
months = meses
week = semana
weeks = semanas
day = dia
days = dias
quarter = trimestre
quarters = trimestres
decade = década
fiscal year = ano fiscal, exercício, exercício fiscal
"""

DOMAIN = """
agreement = acordo+, convênio+, entendimento+
contract = contrato+
deal = negócio+, transação+, operação+, negociação fechada
business = negócios, empresa comercial
partnership = parceria+, sociedade
alliance = aliança+
collaboration = colaboração+
cooperation = cooperação+
relationship = relação+, relacionamento+
partner = parceiro+, parceira+, sócio+, sócia+
license = licença+
licensing = licenciamento+, concessão de licenças
license agreement = acordo de licença+, contrato de licença+, acordo de licenciamento, contrato de licenciamento
revenue = receita+, faturamento+, faturação, rendimento+
sales = vendas, venda
revenue share = participação na receita, participação nas receitas, participação da receita, participação de receita, partilha de receitas, partilha de receita, partilha das receitas, compartilhamento de receita, compartilhamento de receitas, compartilhamento da receita, divisão de receita, divisão de receitas, divisão das receitas, repartição de receitas, repartição das receitas, percentual da receita, porcentagem da receita, percentagem das receitas, fatia da receita, fatia das receitas, quota da receita, quota das receitas, participação no faturamento, participação nos lucros
revenue sharing = divisão de lucros, partilha de lucros
stake = participação+, participação acionária, participação acionista, participação no capital, participação societária
equity stake = participação de capital
shares = ações, acções
share = fatia+, parte+, quota+, ação, cota+
shareholder = acionista+, accionista+
investor = investidor+, investidora
investment = investimento+, aporte+
capital = capital
equity = capital próprio, patrimônio líquido, património líquido
valuation = avaliação+, valuation, valoração
value = valor+
book value = valor contábil, valor contabilístico, valor patrimonial, valor de livro
market value = valor de mercado
cap = teto+, tecto+, limite máximo, limites máximos, plafond
limit = limite+
threshold = patamar+, limiar+
tranche = tranche+, parcela+
first tranche = primeira parcela, primeira tranche
payment = pagamento+
money = dinheiro, fundos, verba
funding = financiamento+
funding round = rodada de financiamento, ronda de financiamento, rodada de investimento
round = rodada+, ronda+
company = empresa+, companhia+
firm = firma+
startup = startup, startups, empresa emergente
giant = gigante+
tech giant = gigante tecnológica, gigantes tecnológicas, gigante de tecnologia, gigante tecnológico, big tech
provider = provedor+, fornecedor+, prestador+
vendor = vendedor+
cloud = nuvem, nuvens, cloud
cloud provider = provedor de nuvem+, fornecedor de nuvem+, provedor de cloud, provedores de cloud, fornecedor de cloud, fornecedores de cloud, provedor de serviços em nuvem, provedores de serviços em nuvem, fornecedor de serviços de nuvem, fornecedores de serviços de nuvem, provedor de serviços de nuvem, fornecedor de serviços em nuvem
cloud computing = computação em nuvem, computação na nuvem
cloud services = serviços em nuvem, serviços de nuvem, serviços na nuvem, serviços cloud
multi-cloud = multinuvem, multi-nuvem, multicloud
datacenter = data center, data centers, datacenter, datacenters, centro de dados, centros de dados, centro de processamento de dados
infrastructure = infraestrutura+, infra-estrutura+
compute = capacidade computacional, poder computacional, capacidade de computação, poder de computação, capacidade de processamento, poder de processamento
computing = computação
chip = chip+, processador+, semicondutor+
server = servidor+
model = modelo+
language model = modelo de linguagem+
ai model = modelo de ia, modelos de ia, modelo de inteligência artificial, modelos de inteligência artificial
frontier model = modelo de fronteira, modelos de fronteira
artificial intelligence = inteligência artificial
ai = ia, i.a.
agi = inteligência artificial geral, iag
intelligence = inteligência
artificial = artificial~
product = produto+
service = serviço+
customer = cliente+, clientela
user = usuário+, usuária+, utilizador+, utilizadora+
developer = desenvolvedor+, desenvolvedora+, programador+
platform = plataforma+
technology = tecnologia+
tech = tecnológico~
intellectual property = propriedade intelectual, propriedades intelectuais
property = propriedade+
intellectual = intelectual~
rights = direitos
right = direito
exclusive rights = direitos exclusivos, direitos de exclusividade
exclusivity = exclusividade
exclusive = exclusivo~
non-exclusive = não exclusivo~, não-exclusivo~, sem exclusividade
exclusively = exclusivamente, em exclusividade, com exclusividade
clause = cláusula+
terms = termos, condições, termos e condições
term = prazo+, vigência
long-term = longo prazo, de longo prazo, a longo prazo
date = data+
deadline = data-limite, prazo final
timeline = cronograma+, calendário+
roadmap = roteiro+, roadmap
restructuring = reestruturação+
recapitalization = recapitalização+
revision = revisão+
change = mudança+, alteração+, modificação+
amendment = emenda+, aditivo+, aditamento+
renegotiation = renegociação+
negotiation = negociação+
announcement = anúncio+
statement = declaração+, comunicado+, nota oficial
press release = comunicado de imprensa, comunicado à imprensa, press release
post = publicação+, postagem+, post
blog = blog+
memo = memorando+, nota interna, memo
report = relatório+, reportagem+
source = fonte+
analyst = analista+
ceo = ceo, diretor executivo, diretora executiva, diretor-executivo, presidente-executivo, presidente executivo, executivo-chefe, presidente executiva
president = presidente+
chief = chefe+, diretor+, diretora+
founder = fundador+, fundadora
executive = executivo+, dirigente+
board = conselho de administração, conselho
management = gestão, direção, gerência, administração
team = equipe+, equipa+, time
group = grupo+
market = mercado+
industry = indústria+, setor+, sector+
competitor = concorrente+, competidor+, rival+
competition = concorrência, competição
rivalry = rivalidade+
advantage = vantagem, vantagens
benefit = benefício+
profit = lucro+
gains = ganho+
loss = perda+, prejuízo+
growth = crescimento
demand = demanda+, procura
supply = fornecimento+, oferta
supply chain = cadeia de suprimentos, cadeia de abastecimento, cadeia de fornecimento
risk = risco+
security = segurança
cybersecurity = cibersegurança, segurança cibernética
control = controle+, controlo+
independence = independência
autonomy = autonomia
flexibility = flexibilidade
freedom = liberdade+
strategy = estratégia+
strategic = estratégico~
financial = financeiro~
economic = econômico~, económico~
commercial = comercial~
primary = principal~, primário~, preferencial~
new = novo~
previous = anterior~, prévio~, antigo~
latest = mais recente, mais recentes
recent = recente~
current = atual~, actual~, vigente~, em vigor
future = futuro~
next = próximo~, seguinte~
major = grande~, importante~, principal
largest = maior de todos, o maior, a maior, os maiores
large = amplo~, vasto~
small = pequeno~
significant = significativo~, considerável~, notável~, substancial~, expressivo~
key = chave, fundamental
crucial = crucial~, essencial~
total = total~
cumulative = cumulativo~, acumulado~
global = global~, mundial~
open = aberto~
open-source = código aberto, de código aberto, open source
closed = fechado~
public = público~
private = privado~
internal = interno~
external = externo~
third-party = terceiros, de terceiros
own = próprio~
joint = conjunto~
jointly = conjuntamente, em conjunto, juntos, juntas
independent = independente~
limited = limitado~, restrito~
unlimited = ilimitado~
unchanged = inalterado~, sem alterações, igual
valid = válido~
nonprofit = sem fins lucrativos, organização sem fins lucrativos, entidade sem fins lucrativos
for-profit = com fins lucrativos, lucrativo~
foundation = fundação+
entity = entidade+
structure = estrutura+
public benefit corporation = corporação de benefício público, empresa de benefício público, sociedade de benefício público
assistant = assistente+
agent = agente+
glasses = óculos
smart glasses = óculos inteligentes
smart = inteligente~
device = dispositivo+, aparelho+
wearable = vestível, vestíveis, dispositivo vestível, wearable, wearables
mobile = móvel, móveis, celular+, telemóvel+
phone = telefone+, smartphone+
voice = voz, vozes
audio = áudio
image = imagem+
text = texto+
email = e-mail+, email+, correio eletrônico, correio eletrónico
inbox = caixa de entrada
desktop = desktop, computador de mesa, área de trabalho
application = aplicativo+, aplicação+, app+
search = busca+
search engine = motor de busca, mecanismo de busca, buscador+
browser = navegador+
code = código+
software = software
hardware = hardware
ecosystem = ecossistema+
innovation = inovação+
research = pesquisa+, investigação+
development = desenvolvimento+
deployment = implantação+, implementação+
integration = integração+
capabilities = capacidades
capacity = capacidade
performance = desempenho, performance
scale = escala+
large-scale = em grande escala, grande escala
power = energia, potência
spending = gasto+, despesa+
cost = custo+
price = preço+
fee = taxa de licença, tarifa+, comissão+
royalties = royalties, direitos de licença
obligations = obrigação+
commitment = compromisso+
restriction = restrição+
prohibition = proibição+
permission = permissão+
authorization = autorização+
access = acesso+
use = uso+, utilização+
milestone = marco+
phase = fase+, etapa+
version = versão+
update = atualização+
launch = lançamento+, estreia+
event = evento+
conference = conferência+
forum = fórum, fóruns
expo = feira+, exposição+, expo
comment = comentário+
question = pergunta+, questão+
reply = resposta+
trend = tendência+
landscape = panorama+, cenário+
context = contexto+
tensions = tensão+
conflict = conflito+
concern = preocupação+
uncertainty = incerteza+
certainty = certeza+
predictability = previsibilidade
implications = implicações, consequências, repercussões
impact = impacto+
role = papel, papéis, função
position = posição+
situation = situação+
field = campo+, âmbito+
area = área+
distributor = distribuidor+
channel = canal+
early access = acesso antecipado
directly = diretamente
officially = oficialmente
publicly = publicamente
formally = formalmente
immediately = imediatamente
significantly = significativamente, consideravelmente
nearly = praticamente
rapidly = rapidamente
simultaneously = simultaneamente, ao mesmo tempo
dependence = dependência+
lock-in = aprisionamento, dependência de fornecedor
percentage = percentual+, porcentagem+, percentagem+
rate = taxa+
amount = montante+, quantia+, soma+, valor total
figure = cifra+, número
data = dados
information = informação+
news = notícia+
article = artigo+
media = mídia, imprensa, media
background = pano de fundo
basis = base+
goal = objetivo+, meta+
plan = plano+
opportunities = oportunidade+
pressure = pressão+
status = status, estatuto
era = época+
beginning = início+, começo+
end = fim, término, final
expiration = vencimento+, expiração+
extension = prorrogação+, extensão+
increase = aumento+, acréscimo+
decrease = diminuição+, redução+, queda+
leak = vazamento+, fuga de informação
purchase = compra+
acquisition = aquisição+
conversion = conversão+
transition = transição+
exit = saída+
dispute = disputa+, litígio+
lawsuit = processo judicial, ação judicial
regulator = regulador+
regulation = regulação+, regulamentação+
approval = aprovação+
antitrust = antitruste, concorrência desleal
training = treinamento+, treino+
inference = inferência+
weights = pesos
microsoft's = da microsoft
openai's = da openai
"""

VERBS = """
pay = pagar{pp=pago/pagado}, desembolsar
receive = receber, auferir
collect = cobrar, arrecadar
earn = ganhar{pp=ganho}, faturar, lucrar
invest = investir, aportar
own = possuir{p3s=possui;impf3s=possuía;impf3p=possuíam;pp=possuído}
hold = deter{p3s=detém;p3p=detêm;pret3s=deteve;pret3p=detiveram;fut3s=deterá;fut3p=deterão;cond3s=deteria;cond3p=deteriam;impf3s=detinha;impf3p=detinham;pp=detido;ger=detendo;subj3s=detenha;subj3p=detenham;subjimp3s=detivesse}
keep = manter{p3s=mantém;p3p=mantêm;pret3s=manteve;pret3p=mantiveram;fut3s=manterá;fut3p=manterão;cond3s=manteria;cond3p=manteriam;impf3s=mantinha;impf3p=mantinham;pp=mantido;ger=mantendo;subj3s=mantenha;subj3p=mantenham;subjimp3s=mantivesse}, guardar
retain = reter{p3s=retém;p3p=retêm;pret3s=reteve;pret3p=retiveram;fut3s=reterá;cond3s=reteria;impf3s=retinha;pp=retido;subj3s=retenha}, conservar, preservar
continue = continuar, seguir{p3s=segue;p3p=seguem;subj3s=siga;subj3p=sigam}, prosseguir{p3s=prossegue;p3p=prosseguem;subj3s=prossiga}
remain = permanecer, ficar
stop = parar, interromper, suspender
cease = cessar
end = terminar, encerrar, acabar, finalizar, concluir{p3s=conclui;impf3s=concluía;pp=concluído}
expire = expirar, vencer, caducar
last = durar
run = estender-se
announce = anunciar, divulgar, comunicar
say = dizer{p3s=diz;p3p=dizem;pret3s=disse;pret3p=disseram;fut3s=dirá;fut3p=dirão;cond3s=diria;cond3p=diriam;impf3s=dizia;impf3p=diziam;pp=dito;ger=dizendo;subj3s=diga;subj3p=digam;subjimp3s=dissesse}
state = afirmar, declarar, sustentar, assinalar, indicar, explicar, ressaltar, salientar, frisar
report = informar, reportar, noticiar, relatar
write = escrever{pp=escrito}, redigir
publish = publicar
sell = vender, comercializar
offer = oferecer, disponibilizar
launch = lançar, estrear{p3s=estreia;p3p=estreiam;subj3s=estreie}
ship = enviar, entregar
release = liberar, libertar
unveil = apresentar, revelar, desvendar, mostrar
use = usar, utilizar, empregar, aproveitar
build = construir{p3s=constrói;p3p=constroem;impf3s=construía;pp=construído}, criar, fabricar
develop = desenvolver, elaborar
co-develop = codesenvolver, desenvolver em conjunto
allow = permitir, deixar
authorize = autorizar
prohibit = proibir{p3s=proíbe;p3p=proíbem;subj3s=proíba;subj3p=proíbam}, vetar, impedir{p3s=impede;p3p=impedem;subj3s=impeça}
restrict = restringir
change = mudar, alterar, modificar
revise = revisar, rever{p3s=revê;p3p=reveem;pret3s=reviu;pret3p=reviram;fut3s=reverá;cond3s=reveria;impf3s=revia;pp=revisto;ger=revendo;subj3s=reveja}
increase = aumentar, elevar, incrementar, ampliar
rise = subir{p3s=sobe;p3p=sobem}, crescer
expand = expandir, estender
decrease = diminuir{p3s=diminui;impf3s=diminuía;pp=diminuído}
reduce = reduzir{p3s=reduz;p3p=reduzem}, cortar
fall = cair{p3s=cai;p3p=caem;pret3s=caiu;pret3p=caíram;impf3s=caía;pp=caído;ger=caindo;subj3s=caia}, baixar, recuar
cap = plafonar, estabelecer um teto, fixar um teto
limit = limitar
sign = assinar, firmar, celebrar
agree = concordar, acordar, pactuar, aceitar{pp=aceito/aceite/aceitado}, combinar
leak = vazar
commit = comprometer-se
value = avaliar, valorizar, valorar
gain = lucrar com
lose = perder{subj3s=perca;subj3p=percam}
get = obter{p3s=obtém;p3p=obtêm;pret3s=obteve;pret3p=obtiveram;fut3s=obterá;fut3p=obterão;cond3s=obteria;cond3p=obteriam;impf3s=obtinha;pp=obtido;ger=obtendo;subj3s=obtenha;subj3p=obtenham;subjimp3s=obtivesse}, conseguir{p3s=consegue;p3p=conseguem;subj3s=consiga}, receber em troca
give = dar{p3s=dá;p3p=dão;pret3s=deu;pret3p=deram;fut3s=dará;fut3p=darão;cond3s=daria;cond3p=dariam;impf3s=dava;impf3p=davam;pp=dado;ger=dando;subj3s=dê;subj3p=deem;subjimp3s=desse}
grant = conceder, outorgar
happen = acontecer, ocorrer, suceder, passar-se
compare = comparar
remove = remover, eliminar, retirar, suprimir
lift = levantar
replace = substituir{p3s=substitui;impf3s=substituía;pp=substituído}, trocar
share = compartilhar, partilhar, repartir, dividir
buy = comprar
acquire = adquirir
provide = fornecer, prover{p3s=provê;p3p=proveem}, proporcionar, prestar
supply = abastecer
host = hospedar, alojar
train = treinar
run on = executar, rodar
access = acessar, aceder
renegotiate = renegociar
negotiate = negociar
restructure = reestruturar
convert = converter
become = tornar-se, transformar-se, virar
confirm = confirmar
reaffirm = reafirmar, reiterar
deliver = entregar{pp=entregue/entregado}
deploy = implantar, implementar
integrate = integrar, incorporar
support = apoiar, suportar, respaldar
serve = servir{subj3s=sirva;subj3p=sirvam}, atender
require = exigir, requerer{p3s=requer;p3p=requerem;subj3s=requeira}, necessitar
include = incluir{p3s=inclui;impf3s=incluía;pp=incluído}, abranger{subj3s=abranja}
exclude = excluir{p3s=exclui;impf3s=excluía;pp=excluído}
control = controlar
compete = competir{subj3s=compita;subj3p=compitam}, concorrer, rivalizar
license = licenciar
distribute = distribuir{p3s=distribui;impf3s=distribuía;pp=distribuído}
reach = alcançar, atingir, chegar
exceed = superar, exceder, ultrapassar
double = duplicar, dobrar
cost = custar
fund = financiar
amend = emendar
update = atualizar
terminate = rescindir
cancel = cancelar, anular, revogar
renew = renovar, prorrogar
extend = prolongar
begin = começar, iniciar
complete = completar, concluir a
close = fechar
open = abrir{pp=aberto}
estimate = estimar, calcular
expect = esperar, prever{p3s=prevê;p3p=preveem;pret3s=previu;pret3p=previram;fut3s=preverá;cond3s=preveria;impf3s=previa;pp=previsto;ger=prevendo;subj3s=preveja}
plan = planejar, planear, pretender
decide = decidir
choose = escolher, optar
select = selecionar
seek = buscar, procurar
explore = explorar
diversify = diversificar
rely = depender, contar com, confiar
benefit = beneficiar, beneficiar-se
affect = afetar
lead = liderar, dirigir, comandar
move = mover, transferir
shift = deslocar
notify = notificar, avisar
tie = vincular, atrelar, ligar
calculate = computar
cover = cobrir{p3s=cobre;p3p=cobrem;pp=coberto;subj3s=cubra}
approve = aprovar
reject = rejeitar, recusar
create = gerar
produce = produzir{p3s=produz;p3p=produzem}
spend = gastar{pp=gasto}, despender
contribute = contribuir{p3s=contribui;impf3s=contribuía;pp=contribuído}
allocate = alocar, destinar, atribuir{p3s=atribui;pp=atribuído}
transfer = ceder
owe = dever dinheiro
guarantee = garantir, assegurar
strengthen = reforçar, fortalecer, consolidar
represent = representar
reflect = refletir{p3s=reflete;subj3s=reflita}
accelerate = acelerar
boost = impulsionar
improve = melhorar
raise = captar, levantar fundos
exit = sair{p3s=sai;p3p=saem;pret3s=saiu;pret3p=saíram;impf3s=saía;pp=saído;ger=saindo;subj3s=saia}
enter = entrar
join = juntar-se, unir-se, aderir
partner = associar-se, aliar-se
collaborate = colaborar, cooperar
appear = aparecer
mention = mencionar, citar
describe = descrever{pp=descrito}
know = saber{p3s=sabe;pret3s=soube;subj3s=saiba}, conhecer
exist = existir
apply = aplicar, aplicar-se
count = contar
operate = operar, funcionar
"""

FIXED = """
end = pôr fim, põe fim, pôs fim, porá fim, poria fim, ponha fim
take effect = entra em vigor, entrou em vigor, entrará em vigor, entre em vigor, entrada em vigor
in force = em vigor
take place = tem lugar, teve lugar, terá lugar, ocorre
own = é dono de, é dona de, são donos de, é proprietária de, é proprietário de
owner = dono, dona, donos, proprietário, proprietária, proprietários, detentor, detentora, titular
happened = aconteceu, ocorreu
take part = participar, participa, participam, participou, participará
"""

EXTRA = """
parties = partes, partes contratantes
arrangement = arranjo+, acerto+
system = sistema+
signal = sinal, sinais
potential = potencial~
pace = ritmo+
legal = legal~, jurídico~
full = completo~, pleno~, integral~
foundational = fundacional~, de base
adjustment = ajuste+
ability = habilidade+, capacidade de
web = web
surge = disparada, salto+, boom, aumento repentino
silicon = silício
resource = recurso+
ratio = proporção+, rácio+, razão
progress = progresso+, avanço+
policy = política+
player = ator+, jogador+, player
ongoing = em curso, em andamento, contínuo~
official = oficial~
necessary = necessário~
involvement = envolvimento+
interaction = interação+
general = geral, gerais
flexible = flexível~
feature = funcionalidade+, recurso, característica+
evening = noite+
edge = borda, periferia
edge-side = no dispositivo, na borda, localmente
different = diferente~, distinto~
delivery = entrega+
defenses = defesa+
deep = profundo~
critical = crítico~
core = núcleo+
conversational = conversacional~
content = conteúdo+
construction = construção+
complex = complexo~
competitive = competitivo~
center = centro+
aspect = aspecto+
api = api, apis
widespread = generalizado~, difundido~
widely = amplamente
vast = vasto~, enorme~
unprecedented = sem precedentes, inédito~
unclear = pouco claro, pouco clara, incerto~
unaffected = não afetado~, inalterado
unable = incapaz, incapazes
transformative = transformador~, transformadora, transformadoras
topic = tema+, assunto+
strong = forte~, sólido~
specific = específico~
special = especial~
social = social~
single = único~
several = vários, várias, diversos, diversas
self-developed = desenvolvimento próprio, de desenvolvimento próprio, desenvolvido internamente
in-house = interno, internamente, próprio
scaling = escalonamento, escalabilidade
principles = princípios
promotion = promoção+
predictable = previsível~
path = caminho+, via+
past = passado~
overall = no geral, em geral, no conjunto
operations = operações
offerings = ofertas
nature = natureza+
multiple = múltiplo~
multi-year = plurianual~, de vários anos
moment = momento+
local = local~
light = leve~, luz
level = nível, níveis
leadership = liderança
late = final de, no final de, fim de, em fins de, tardio~
early = início de, no início de, em inícios de, começo de, no começo de
mid = meados de, em meados de
issues = problema+, questão+
imperative = imperativo~
home = casa, lar
further = adicionalmente
additional = adicional~
evolution = evolução+
entire = inteiro~
enterprise = empresarial~, corporativo~
efforts = esforço+
dynamic = dinâmico~
dual = dual~, duplo~
discontinued = descontinuado~
completely = completamente, totalmente
central = central~
cash = caixa, liquidez, dinheiro em caixa
available = disponível~
alignment = alinhamento+
constraints = limitação+
"""

EXTRA_VERBS = """
enhance = aprimorar, potencializar, potenciar
address = abordar, tratar
advance = avançar
identify = identificar
ask = perguntar, pedir{p3s=pede;p3p=pedem;subj3s=peça}
emphasize = enfatizar, destacar, sublinhar
suggest = sugerir{p3s=sugere;p3p=sugerem;subj3s=sugira}
imply = implicar
involve = envolver
design = projetar, desenhar
evolve = evoluir{p3s=evolui;pp=evoluído}
iterate = iterar
reshape = remodelar, reconfigurar
redefine = redefinir
revamp = reformular, renovar completamente
simplify = simplificar, agilizar
mitigate = mitigar, atenuar
alleviate = aliviar
leverage = alavancar
foster = fomentar, promover
ensure = garantir que
preserve = preservar
emerge = surgir, emergir
arrive = chegar a
acknowledge = reconhecer, admitir
delete = apagar, excluir dados
discontinue = descontinuar
avoid = evitar
express = expressar, exprimir
follow = seguir a
come = vir{p3s=vem;p3p=vêm;pret3s=veio;pret3p=vieram;fut3s=virá;fut3p=virão;cond3s=viria;impf3s=vinha;pp=vindo;ger=vindo;subj3s=venha;subjimp3s=viesse}
leave = abandonar, deixar
solidify = solidificar
underscore = salientar
inject = injetar
prioritize = priorizar
"""

def build():
    parse_block('pt', QUESTIONS)
    parse_block('pt', AUX)
    parse_block('pt', FUNC)
    parse_block('pt', NUMS)
    parse_block('pt', DOMAIN, I)
    parse_verbs('pt', VERBS, pt_refl(multi(pt_verb)))
    parse_block('pt', FIXED)
    parse_block('pt', EXTRA, I)
    parse_verbs('pt', EXTRA_VERBS, pt_refl(multi(pt_verb)))

"""Demo content of the site's frame: home page, About, Privacy, Accessibility and footer."""

from wagtail.models import Page, Site

from core.demo import root_page
from core.models import SiteFooter, StandardPage
from home.models import HomePage

SITE_NAME = "INNOVET LATAM"
BRAND_PALETTE = ["#0b5d63", "#137c83", "#f5b700", "#e8f1f2", "#073f43"]


def load(demo):
    demo.log("Home and site pages")
    home = _home_page(demo)
    about = _about_page(demo, home)
    privacy = _privacy_page(demo, home)
    accessibility = _accessibility_page(demo, home)
    if not home.flagship_page_id:
        home.flagship_page = about
        home.save_revision().publish()
    for page in (home, about, privacy, accessibility):
        demo.translate(page)
    _footer(demo, links=[privacy, accessibility])
    return home


def _home_page(demo):
    root = root_page()
    t = demo.text
    fields = {
        "title": t("Home", "Inicio", "Hasiera"),
        "hero_title": t(
            "Vocational education that learns in both directions",
            "Formación profesional que aprende en ambas direcciones",
            "Bi norabideetan ikasten duen lanbide-heziketa",
        ),
        "hero_introduction": t(
            "INNOVET LATAM brings together vocational training centres, universities and social "
            "organisations from Belgium, Spain, Italy, Guatemala and Venezuela. With support from "
            "the Erasmus+ programme, European and Latin American partners design and test new "
            "ways of teaching together, each learning from the other.",
            "INNOVET LATAM reúne a centros de formación profesional, universidades y "
            "organizaciones sociales de Bélgica, España, Italia, Guatemala y Venezuela. Con el "
            "apoyo del programa Erasmus+, los socios europeos y latinoamericanos diseñan y "
            "prueban juntos nuevas formas de enseñar, aprendiendo unos de otros.",
            "INNOVET LATAMek Belgika, Espainia, Italia, Guatemala eta Venezuelako lanbide-"
            "heziketako ikastetxeak, unibertsitateak eta gizarte-erakundeak biltzen ditu. "
            "Erasmus+ programaren laguntzarekin, Europako eta Latinoamerikako bazkideek "
            "irakasteko modu berriak diseinatu eta probatzen dituzte elkarrekin, batak "
            "besteengandik ikasiz.",
        ),
        "flagship_heading": t(
            "The 2-WAY Cooperation Model",
            "El Modelo de Cooperación 2-WAY",
            "2-WAY Lankidetza Eredua",
        ),
        "flagship_text": t(
            "Our first major result is a shared framework for fair and lasting cooperation "
            "between vocational education systems on both sides of the Atlantic, written "
            "together by all eight partners.",
            "Nuestro primer gran resultado es un marco común para una cooperación justa y "
            "duradera entre los sistemas de formación profesional de ambos lados del "
            "Atlántico, escrito conjuntamente por los ocho socios.",
            "Gure lehen emaitza nagusia Atlantikoaren bi aldeetako lanbide-heziketako sistemen "
            "arteko lankidetza bidezko eta iraunkorrerako esparru komuna da, zortzi bazkideek "
            "elkarrekin idatzia.",
        ),
        "body": [
            (
                "heading",
                {"text": t("What we do", "Qué hacemos", "Zer egiten dugu"), "level": "h2"},
            ),
            (
                "paragraph",
                demo.paragraphs(
                    (
                        "We connect teachers, trainers and managers of vocational schools in "
                        "Europe and Latin America through peer learning, mentoring and joint "
                        "workshops.",
                        "Conectamos a docentes, formadores y responsables de centros de "
                        "formación profesional de Europa y América Latina mediante el "
                        "aprendizaje entre pares, la mentoría y talleres conjuntos.",
                        "Europako eta Latinoamerikako lanbide-ikastetxeetako irakasleak, "
                        "prestatzaileak eta arduradunak elkartzen ditugu, parekideen arteko "
                        "ikaskuntzaren, tutoretzaren eta tailer bateratuen bidez.",
                    ),
                    (
                        "Together we write competence-based curricula, open learning "
                        "resources and agreements that keep the cooperation alive after the "
                        "project ends.",
                        "Juntos elaboramos currículos basados en competencias, recursos "
                        "educativos abiertos y acuerdos que mantienen viva la cooperación "
                        "cuando termina el proyecto.",
                        "Elkarrekin gaitasunetan oinarritutako curriculumak, hezkuntza-"
                        "baliabide irekiak eta proiektua amaitu ondoren lankidetza bizirik "
                        "mantentzen duten akordioak idazten ditugu.",
                    ),
                ),
            ),
        ],
    }
    home = HomePage.objects.filter(depth=2, locale=demo.locales["en"]).first()
    if home is not None:
        demo.log(f"  = HomePage “{home.title}” exists")
    else:
        placeholder = _wagtail_placeholder(root)
        if placeholder is not None:  # frees the slug "home"; deleted below
            placeholder.slug = "wagtail-welcome-placeholder"
            placeholder.save(update_fields=["slug"])
        fields["hero_image"] = demo.image(
            "Hands of learners and trainers (abstract)",
            "Abstract shapes in teal and gold",
            BRAND_PALETTE,
            seed=2,
        )
        home, _created = demo.get_or_create_page(
            root, HomePage, t("home", "inicio", "hasiera"), **fields
        )

    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = SITE_NAME
    site.save()
    placeholder = _wagtail_placeholder(root)
    if placeholder is not None:
        placeholder.delete()
    return home


def _wagtail_placeholder(root):
    """Wagtail's "Welcome to your new Wagtail site!" page, while nothing hangs from it."""
    for page in root.get_children().filter(content_type__model="page"):
        if page.specific_class is Page and not page.get_children().exists():
            return page
    return None


def _about_page(demo, home):
    t = demo.text
    page, _created = demo.get_or_create_page(
        home,
        StandardPage,
        t("about", "sobre-el-proyecto", "proiektuari-buruz"),
        title=t("About the project", "Sobre el proyecto", "Proiektuari buruz"),
        show_in_menus=True,
        introduction=t(
            "INNOVET LATAM is an Erasmus+ capacity-building project in vocational education "
            "and training. Its partners believe that Europe and Latin America have as much to "
            "teach each other as to learn.",
            "INNOVET LATAM es un proyecto Erasmus+ de desarrollo de capacidades en formación "
            "profesional. Sus socios creen que Europa y América Latina tienen tanto que "
            "enseñarse como que aprender la una de la otra.",
            "INNOVET LATAM lanbide-heziketako gaitasunak garatzeko Erasmus+ proiektu bat da. "
            "Bazkideen ustez, Europak eta Latinoamerikak elkarri irakasteko adina dute "
            "elkarrengandik ikasteko.",
        ),
        body=[
            (
                "heading",
                {
                    "text": t(
                        "A two-way bridge", "Un puente de doble sentido", "Bi norabideko zubia"
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                demo.paragraphs(
                    (
                        "Cooperation in vocational education has often meant experts from "
                        "Europe exporting ready-made solutions. This project starts from a "
                        "different idea: each region brings its own strengths, and solutions "
                        "are designed together for their context.",
                        "La cooperación en formación profesional ha consistido a menudo en que "
                        "expertos europeos exportaran soluciones ya hechas. Este proyecto parte "
                        "de otra idea: cada región aporta sus propias fortalezas y las "
                        "soluciones se diseñan juntos, pensando en su contexto.",
                        "Lanbide-heziketako lankidetza, askotan, Europako adituek irtenbide "
                        "prestatuak esportatzea izan da. Proiektu honek beste ideia batetik "
                        "abiatzen da: eskualde bakoitzak bere indarguneak ekartzen ditu, eta "
                        "irtenbideak elkarrekin diseinatzen dira, testuingurua kontuan hartuta.",
                    ),
                ),
            ),
            (
                "two_columns",
                {
                    "left": demo.paragraphs(
                        (
                            "European partners share their experience of linking training to "
                            "the labour market, competence-based teaching, digital tools and "
                            "quality assurance.",
                            "Los socios europeos comparten su experiencia en vincular la "
                            "formación al mercado laboral, la enseñanza por competencias, las "
                            "herramientas digitales y el aseguramiento de la calidad.",
                            "Europako bazkideek prestakuntza lan-merkatuarekin lotzeko, "
                            "gaitasunen bidez irakasteko, tresna digitalak erabiltzeko eta "
                            "kalitatea bermatzeko esperientzia partekatzen dute.",
                        ),
                    ),
                    "right": demo.paragraphs(
                        (
                            "Latin American partners share their experience of community-based "
                            "and non-formal education that reaches people other systems leave "
                            "behind.",
                            "Los socios latinoamericanos comparten su experiencia en educación "
                            "comunitaria y no formal, que llega a personas que otros sistemas "
                            "dejan atrás.",
                            "Latinoamerikako bazkideek beste sistema batzuek atzean uzten "
                            "dituzten pertsonengana iristen den hezkuntza komunitario eta ez-"
                            "formalaren esperientzia partekatzen dute.",
                        ),
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": t(
                        "We are not exporting answers; we are building them together.",
                        "No exportamos respuestas: las construimos juntos.",
                        "Ez dugu erantzunik esportatzen: elkarrekin eraikitzen ditugu.",
                    ),
                    "attribution": t("Project team", "Equipo del proyecto", "Proiektu-taldea"),
                    "role": demo.same("INNOVET LATAM"),
                },
            ),
            ("heading", {"text": t("Who we are", "Quiénes somos", "Nor gara"), "level": "h2"}),
            (
                "paragraph",
                demo.paragraphs(
                    (
                        "Eight organisations from five countries: IHF asbl in Belgium leads the "
                        "consortium; Fundación ECCA Social and IT Solutions for All in Spain; "
                        "IAL FVG in Italy; ASEC and the Universidad Popular de Guatemala; and "
                        "Fe y Alegría and Grupo Social CESAP in Venezuela.",
                        "Ocho organizaciones de cinco países: IHF asbl, en Bélgica, coordina el "
                        "consorcio; Fundación ECCA Social e IT Solutions for All, en España; "
                        "IAL FVG, en Italia; ASEC y la Universidad Popular de Guatemala; y Fe y "
                        "Alegría y Grupo Social CESAP, en Venezuela.",
                        "Bost herrialdetako zortzi erakunde: Belgikako IHF asbl-k koordinatzen "
                        "du partzuergoa; Espainiako Fundación ECCA Social eta IT Solutions for "
                        "All; Italiako IAL FVG; Guatemalako ASEC eta Universidad Popular de "
                        "Guatemala; eta Venezuelako Fe y Alegría eta Grupo Social CESAP.",
                    ),
                ),
            ),
        ],
    )
    return page


def _privacy_page(demo, home):
    t = demo.text
    page, _created = demo.get_or_create_page(
        home,
        StandardPage,
        t("privacy", "privacidad", "pribatutasuna"),
        title=t("Privacy notice", "Aviso de privacidad", "Pribatutasun-oharra"),
        introduction=t(
            "How this website handles personal data.",
            "Cómo trata este sitio web los datos personales.",
            "Webgune honek datu pertsonalak nola tratatzen dituen.",
        ),
        body=[
            (
                "paragraph",
                demo.paragraphs(
                    (
                        "This website sets no advertising or tracking cookies and loads "
                        "nothing from other websites.",
                        "Este sitio web no instala cookies publicitarias ni de seguimiento, y "
                        "no carga nada desde otros sitios web.",
                        "Webgune honek ez du publizitate- edo jarraipen-cookierik erabiltzen, "
                        "eta ez du ezer kargatzen beste webguneetatik.",
                    ),
                    (
                        "The server keeps technical logs for a short time to keep the site "
                        "secure. If you write to us, we use your message only to answer it.",
                        "El servidor conserva registros técnicos durante poco tiempo para "
                        "mantener el sitio seguro. Si nos escribe, usamos su mensaje solo "
                        "para responderle.",
                        "Zerbitzariak erregistro teknikoak gordetzen ditu denbora laburrez, "
                        "webgunea seguru mantentzeko. Idazten badiguzu, zure mezua erantzuteko "
                        "soilik erabiltzen dugu.",
                    ),
                ),
            ),
        ],
    )
    return page


def _accessibility_page(demo, home):
    t = demo.text
    page, _created = demo.get_or_create_page(
        home,
        StandardPage,
        t("accessibility", "accesibilidad", "irisgarritasuna"),
        title=t(
            "Accessibility statement",
            "Declaración de accesibilidad",
            "Irisgarritasun-adierazpena",
        ),
        introduction=t(
            "We want everyone to be able to use this website, whatever their abilities or "
            "the technology they use.",
            "Queremos que todas las personas puedan usar este sitio web, sean cuales sean "
            "sus capacidades o la tecnología que utilicen.",
            "Pertsona guztiek webgune hau erabiltzeko aukera izatea nahi dugu, edozein "
            "direla ere haien gaitasunak edo erabiltzen duten teknologia.",
        ),
        body=[
            (
                "heading",
                {
                    "text": t("Compliance status", "Situación de cumplimiento", "Betetze-egoera"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                demo.paragraphs(
                    (
                        "This website aims to conform with the Web Content Accessibility "
                        "Guidelines (WCAG) 2.1 at level AA, the standard of the European Web "
                        "Accessibility Directive. Every page type is checked automatically in "
                        "each language before release.",
                        "Este sitio web pretende cumplir las Pautas de Accesibilidad para el "
                        "Contenido Web (WCAG) 2.1 en el nivel AA, el estándar de la Directiva "
                        "europea de accesibilidad web. Cada tipo de página se comprueba "
                        "automáticamente en cada idioma antes de publicarse.",
                        "Webgune honek Web Edukiaren Irisgarritasun Jarraibideak (WCAG) 2.1 AA "
                        "mailan betetzea du helburu, web-irisgarritasunari buruzko Europako "
                        "Zuzentarauaren estandarra. Orri-mota bakoitza automatikoki egiaztatzen "
                        "da hizkuntza bakoitzean argitaratu aurretik.",
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": t(
                        "Feedback and contact",
                        "Comentarios y contacto",
                        "Iruzkinak eta harremanetarako",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                demo.paragraphs(
                    (
                        "If you find a barrier on this website, please write to the address "
                        "in the footer. We will reply within 15 working days.",
                        "Si encuentra una barrera en este sitio web, escriba a la dirección "
                        "que figura en el pie de página. Le responderemos en un plazo de 15 "
                        "días hábiles.",
                        "Webgune honetan oztoporen bat aurkitzen baduzu, idatzi orri-oinean "
                        "dagoen helbidera. 15 lanegunen barruan erantzungo dizugu.",
                    ),
                ),
            ),
        ],
    )
    return page


def _footer(demo, links):
    english = demo.locales["en"]
    footer = SiteFooter.objects.filter(locale=english).first()
    if footer is None:
        t = demo.text
        footer = SiteFooter.objects.create(
            locale=english,
            organisation=t(
                "INNOVET LATAM consortium, coordinated by IHF asbl",
                "Consorcio INNOVET LATAM, coordinado por IHF asbl",
                "INNOVET LATAM partzuergoa, IHF asbl-k koordinatua",
            ),
            address=t("Belgium", "Bélgica", "Belgika"),
            email="contact@innovetlatam.example",
            funding_disclaimer=t(
                "Co-funded by the European Union. Views and opinions expressed are however "
                "those of the author(s) only and do not necessarily reflect those of the "
                "European Union or the European Education and Culture Executive Agency (EACEA). "
                "Neither the European Union nor EACEA can be held responsible for them.",
                "Cofinanciado por la Unión Europea. Las opiniones y puntos de vista expresados "
                "solo comprometen a su(s) autor(es) y no reflejan necesariamente los de la "
                "Unión Europea o los de la Agencia Ejecutiva Europea de Educación y Cultura "
                "(EACEA). Ni la Unión Europea ni la EACEA pueden ser considerados responsables "
                "de ellos.",
                "Europar Batasunak kofinantzatua. Hala ere, adierazitako iritziak eta "
                "ikuspuntuak egilearenak edo egileenak baino ez dira, eta ez dute zertan bat "
                "etorri Europar Batasunaren edo Hezkuntza eta Kulturako Europako Agentzia "
                "Exekutiboaren (EACEA) iritziekin. Ez Europar Batasuna ez EACEA ezin dira "
                "haien erantzule izan.",
            ),
            links=[("page", page) for page in links],
        )
        demo.log("  + site footer")
    demo.translate(footer)

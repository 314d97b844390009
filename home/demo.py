"""Demo content of the site's frame: home page, About, Privacy, Accessibility and footer."""

from wagtail.models import Page, Site

from core.demo import Text, root_page
from core.models import SiteFooter, StandardPage
from home.models import HomePage

SITE_NAME = "INNOVET LATAM"
BRAND_PALETTE = ["#0b5d63", "#137c83", "#f5b700", "#e8f1f2", "#073f43"]

# The accessibility statement: the footer's address is its contact point, and the Web
# Accessibility Directive asks for the date the statement was prepared and last reviewed.
CONTACT_EMAIL = "contact@innovetlatam.example"
REPLY_WORKING_DAYS = 20
STATEMENT_PREPARED = Text("24 November 2026", "24 de noviembre de 2026", "2026ko azaroaren 24an")
STATEMENT_REVIEWED = STATEMENT_PREPARED


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
    """The accessibility statement, with the sections of the EU model statement (Commission
    Implementing Decision (EU) 2018/1523) for the Web Accessibility Directive (EU) 2016/2102."""
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
            *_compliance_status(demo),
            *_non_accessible_content(demo),
            *_preparation(demo),
            *_feedback_and_contact(demo),
            *_enforcement_procedure(demo),
        ],
    )
    return page


def _heading(demo, en, es, eu, level="h2"):
    return ("heading", {"text": demo.text(en, es, eu), "level": level})


def _bullets(demo, *texts):
    """A bulleted list whose items are translated one by one, like paragraphs."""
    return "<ul>" + "".join(f"<li>{demo.text(*text)}</li>" for text in texts) + "</ul>"


def _compliance_status(demo):
    return [
        _heading(demo, "Compliance status", "Situación de cumplimiento", "Betetze-egoera"),
        (
            "paragraph",
            demo.paragraphs(
                (
                    "IHF asbl, which coordinates the INNOVET LATAM consortium, wants this "
                    "website to be accessible in line with the European Web Accessibility "
                    "Directive (EU) 2016/2102. This statement covers the whole website in "
                    "English, Spanish and Basque, including the documents you can download "
                    "from it.",
                    "IHF asbl, entidad coordinadora del consorcio INNOVET LATAM, quiere que este "
                    "sitio web sea accesible de acuerdo con la Directiva europea (UE) 2016/2102 "
                    "sobre la accesibilidad de los sitios web. Esta declaración se aplica a todo "
                    "el sitio web en inglés, español y euskera, incluidos los documentos que se "
                    "pueden descargar desde él.",
                    "IHF asbl-k, INNOVET LATAM partzuergoaren koordinatzaileak, webgune hau "
                    "irisgarria izatea nahi du, webguneen irisgarritasunari buruzko Europako "
                    "(EB) 2016/2102 Zuzentarauaren arabera. Adierazpen hau webgune osoari "
                    "aplikatzen zaio, ingelesez, gaztelaniaz eta euskaraz, bertatik deskarga "
                    "daitezkeen dokumentuak barne.",
                ),
                (
                    "This website is partially compliant with the Web Content Accessibility "
                    "Guidelines (WCAG) 2.1 at level AA and with the harmonised European "
                    "standard EN 301 549. As far as our checks show, the web pages themselves "
                    "meet these requirements, but some content does not yet: the exceptions "
                    "are listed below under Non-accessible content. That is why we say "
                    "partially compliant, not fully compliant.",
                    "Este sitio web es parcialmente conforme con las Pautas de Accesibilidad "
                    "para el Contenido Web (WCAG) 2.1, nivel AA, y con la norma europea "
                    "armonizada EN 301 549. Según nuestras comprobaciones, las páginas web "
                    "cumplen estos requisitos, pero algunos contenidos todavía no: las "
                    "excepciones se enumeran más abajo, en «Contenido no accesible». Por eso "
                    "decimos que el sitio es parcialmente conforme, y no plenamente conforme.",
                    "Webgune hau partzialki dator bat Web Edukiaren Irisgarritasun "
                    "Jarraibideen (WCAG) 2.1 bertsioaren AA mailarekin eta EN 301 549 Europako "
                    "arau harmonizatuarekin. Gure egiaztapenen arabera, web-orriek betetzen "
                    "dituzte eskakizun horiek, baina zenbait edukik oraindik ez: salbuespenak "
                    "behean zerrendatzen dira, «Eduki ez-irisgarria» atalean. Horregatik diogu "
                    "partzialki datorrela bat, eta ez erabat.",
                ),
            ),
        ),
    ]


def _non_accessible_content(demo):
    return [
        _heading(demo, "Non-accessible content", "Contenido no accesible", "Eduki ez-irisgarria"),
        (
            "paragraph",
            demo.paragraphs(
                (
                    "The content listed below is not accessible, for the following reasons.",
                    "El contenido que se recoge a continuación no es accesible por las razones "
                    "siguientes.",
                    "Jarraian zerrendatutako edukia ez da irisgarria, arrazoi hauengatik.",
                ),
            ),
        ),
        _heading(
            demo,
            "Non-compliance with the accessibility requirements",
            "Falta de conformidad con los requisitos de accesibilidad",
            "Irisgarritasun-eskakizunak ez betetzea",
            level="h3",
        ),
        (
            "paragraph",
            _bullets(
                demo,
                (
                    "Some PDF documents in the resource library, mostly earlier materials "
                    "that partners produced for their own courses, are not tagged. A screen "
                    "reader may read them in the wrong order, their structure (headings, lists, "
                    "tables) is not marked, and their images have no text alternative (WCAG "
                    "success criteria 1.1.1, 1.3.1 and 1.3.2).",
                    "Algunos documentos PDF de la biblioteca de recursos, sobre todo materiales "
                    "anteriores que los socios elaboraron para sus propios cursos, no están "
                    "etiquetados. Un lector de pantalla puede leerlos en un orden incorrecto, "
                    "su estructura (encabezados, listas, tablas) no está marcada y sus imágenes "
                    "no tienen alternativa textual (criterios de conformidad 1.1.1, 1.3.1 y "
                    "1.3.2 de las WCAG).",
                    "Baliabide-liburutegiko PDF dokumentu batzuk ez daude etiketatuta; "
                    "gehienak bazkideek beren ikastaroetarako lehenago prestatutako materialak "
                    "dira. Pantaila-irakurgailu batek ordena okerrean irakur ditzake, haien "
                    "egitura (izenburuak, zerrendak, taulak) ez dago markatuta, eta irudiek ez "
                    "dute testu-alternatibarik (WCAGen 1.1.1, 1.3.1 eta 1.3.2 "
                    "betetze-irizpideak).",
                ),
                (
                    "Pages are written in English first, and their Spanish and Basque versions "
                    "can follow a few days later. Until then a translation may be missing or "
                    "out of date; the language switcher says when a page is not translated "
                    "yet. If an English passage appears in a Spanish or Basque page in the "
                    "meantime, it is not marked as English, so a screen reader may pronounce "
                    "it wrongly (WCAG success criterion 3.1.2).",
                    "Las páginas se escriben primero en inglés, y sus versiones en español y en "
                    "euskera pueden llegar unos días después. Mientras tanto, una traducción "
                    "puede faltar o estar desactualizada; el selector de idioma indica cuándo "
                    "una página aún no está traducida. Si entretanto aparece un fragmento en "
                    "inglés en una página en español o en euskera, no está marcado como "
                    "inglés, por lo que un lector de pantalla puede pronunciarlo mal (criterio "
                    "de conformidad 3.1.2 de las WCAG).",
                    "Orriak ingelesez idazten dira lehenik, eta gaztelaniazko eta euskarazko "
                    "bertsioak egun batzuk geroago etor daitezke. Bitartean, baliteke "
                    "itzulpenik ez egotea edo itzulpena zaharkituta egotea; hizkuntza-"
                    "hautatzaileak adierazten du orri bat oraindik itzuli gabe dagoenean. "
                    "Bitarte horretan ingelesezko pasarte bat agertzen bada gaztelaniazko edo "
                    "euskarazko orri batean, ez dago ingeles gisa markatuta, eta, beraz, "
                    "pantaila-irakurgailu batek gaizki ahoska dezake (WCAGen 3.1.2 "
                    "betetze-irizpidea).",
                ),
            ),
        ),
        (
            "paragraph",
            demo.paragraphs(
                (
                    "The 2-WAY Cooperation Model is also published as web pages, which are "
                    "accessible. For any other document, write to us and we will send you an "
                    "accessible version (see Feedback and contact). We replace untagged files "
                    "as partners send us tagged versions, and we check every new document "
                    "before we publish it.",
                    "El Modelo de Cooperación 2-WAY también se publica como páginas web, que sí "
                    "son accesibles. Si necesita cualquier otro documento, escríbanos y le "
                    "enviaremos una versión accesible (consulte «Observaciones y datos de "
                    "contacto»). Sustituimos los archivos sin etiquetar a medida que los socios "
                    "nos envían versiones etiquetadas, y revisamos cada documento nuevo antes "
                    "de publicarlo.",
                    "2-WAY Lankidetza Eredua web-orri gisa ere argitaratzen da, eta orri horiek "
                    "irisgarriak dira. Beste edozein dokumentu behar baduzu, idatz iezaguzu, "
                    "eta bertsio irisgarri bat bidaliko dizugu (ikus «Iruzkinak eta "
                    "harremanetarako datuak»). Etiketarik gabeko fitxategiak ordezten ditugu "
                    "bazkideek bertsio etiketatuak bidali ahala, eta dokumentu berri guztiak "
                    "berrikusten ditugu argitaratu aurretik.",
                ),
            ),
        ),
        _heading(
            demo,
            "Disproportionate burden",
            "Carga desproporcionada",
            "Neurriz kanpoko zama",
            level="h3",
        ),
        (
            "paragraph",
            demo.paragraphs(
                (
                    "We do not claim that making any of our content accessible would be a "
                    "disproportionate burden.",
                    "No alegamos que hacer accesible ninguno de nuestros contenidos suponga "
                    "una carga desproporcionada.",
                    "Ez dugu alegatzen gure edukiren bat irisgarri egiteak neurriz kanpoko "
                    "zama ekarriko lukeenik.",
                ),
            ),
        ),
        _heading(
            demo,
            "Content outside the scope",
            "Contenido fuera del ámbito de aplicación",
            "Aplikazio-eremutik kanpoko edukia",
            level="h3",
        ),
        (
            "paragraph",
            demo.paragraphs(
                (
                    "The following content is outside the scope of the Directive:",
                    "El siguiente contenido queda fuera del ámbito de aplicación de la Directiva:",
                    "Honako eduki hau Zuzentarauaren aplikazio-eremutik kanpo dago:",
                ),
            )
            + _bullets(
                demo,
                (
                    "Content from third parties that we do not fund, develop or control, such "
                    "as the websites of the partner organisations and other websites we link "
                    "to.",
                    "El contenido de terceros que no financiamos, desarrollamos ni "
                    "controlamos, como los sitios web de las organizaciones socias y otros "
                    "sitios web a los que enlazamos.",
                    "Finantzatzen, garatzen edo kontrolatzen ez dugun hirugarrenen edukia, "
                    "hala nola bazkide diren erakundeen webguneak eta estekatzen ditugun "
                    "beste webgune batzuk.",
                ),
                (
                    "Office files, such as PDF documents, published before 23 September 2018. "
                    "If the library holds a partner publication from before that date, we "
                    "will still try to provide it in an accessible format on request.",
                    "Los archivos ofimáticos, como los documentos PDF, publicados antes del 23 "
                    "de septiembre de 2018. Si la biblioteca contiene alguna publicación de un "
                    "socio anterior a esa fecha, intentaremos igualmente facilitarla en un "
                    "formato accesible si nos la solicita.",
                    "2018ko irailaren 23a baino lehen argitaratutako bulegotika-fitxategiak, "
                    "hala nola PDF dokumentuak. Liburutegian data hori baino lehenagoko "
                    "bazkideren baten argitalpenik badago, hala ere formatu irisgarrian "
                    "ematen saiatuko gara, eskatuz gero.",
                ),
            ),
        ),
    ]


def _preparation(demo):
    return [
        _heading(
            demo,
            "Preparation of this statement",
            "Preparación de esta declaración",
            "Adierazpen hau prestatzea",
        ),
        (
            "paragraph",
            demo.paragraphs(
                (
                    f"This statement was prepared on {STATEMENT_PREPARED.en}.",
                    f"Esta declaración se preparó el {STATEMENT_PREPARED.es}.",
                    f"Adierazpen hau {STATEMENT_PREPARED.eu} prestatu zen.",
                ),
                (
                    "It is based on a self-assessment by the website team. With each release, "
                    "automated checks with the axe-core tool test every type of page in every "
                    "language in the Chromium browser. Team members also check pages by hand, "
                    "using only the keyboard and with a screen reader.",
                    "Se basa en una autoevaluación del equipo del sitio web. Con cada nueva "
                    "versión, unas comprobaciones automáticas con la herramienta axe-core "
                    "examinan cada tipo de página en cada idioma en el navegador Chromium. "
                    "Además, miembros del equipo revisan las páginas manualmente, usando solo "
                    "el teclado y con un lector de pantalla.",
                    "Webgunearen taldeak egindako autoebaluazio batean oinarritzen da. Bertsio "
                    "berri bakoitzarekin, axe-core tresnaren egiaztapen automatikoek orri-mota "
                    "guztiak aztertzen dituzte hizkuntza guztietan, Chromium nabigatzailean. "
                    "Gainera, taldekideek eskuz egiaztatzen dituzte orriak, teklatua soilik "
                    "erabiliz eta pantaila-irakurgailu batekin.",
                ),
                (
                    f"The statement was last reviewed on {STATEMENT_REVIEWED.en}. We review it "
                    "at least once a year, and whenever a change to the website affects what "
                    "it says.",
                    f"La declaración se revisó por última vez el {STATEMENT_REVIEWED.es}. La "
                    "revisamos al menos una vez al año y siempre que un cambio en el sitio web "
                    "afecte a lo que en ella se dice.",
                    f"Adierazpena {STATEMENT_REVIEWED.eu} berrikusi zen azken aldiz. Urtean "
                    "behin gutxienez berrikusten dugu, baita webgunean egindako aldaketaren "
                    "batek adierazpenean esaten dena ukitzen duen bakoitzean ere.",
                ),
            ),
        ),
    ]


def _feedback_and_contact(demo):
    return [
        _heading(
            demo,
            "Feedback and contact",
            "Observaciones y datos de contacto",
            "Iruzkinak eta harremanetarako datuak",
        ),
        (
            "paragraph",
            demo.paragraphs(
                (
                    "If you find a barrier on this website, or you need any of its content in "
                    "an accessible format (for example a document that your screen reader "
                    f"cannot read), write to us at {CONTACT_EMAIL}. Please tell us the address "
                    "of the page or the name of the document, and what the problem is.",
                    "Si encuentra una barrera en este sitio web o necesita alguno de sus "
                    "contenidos en un formato accesible (por ejemplo, un documento que su "
                    f"lector de pantalla no puede leer), escríbanos a {CONTACT_EMAIL}. "
                    "Indíquenos la dirección de la página o el nombre del documento, y cuál es "
                    "el problema.",
                    "Webgune honetan oztoporen bat aurkitzen baduzu, edo bertako edukiren bat "
                    "formatu irisgarrian behar baduzu (adibidez, zure pantaila-irakurgailuak "
                    "irakurri ezin duen dokumentu bat), idatz iezaguzu helbide honetara: "
                    f"{CONTACT_EMAIL}. Adierazi orriaren helbidea edo dokumentuaren izena, eta "
                    "zein den arazoa.",
                ),
                (
                    f"We will reply within {REPLY_WORKING_DAYS} working days.",
                    f"Le responderemos en un plazo máximo de {REPLY_WORKING_DAYS} días hábiles.",
                    f"Gehienez {REPLY_WORKING_DAYS} laneguneko epean erantzungo dizugu.",
                ),
            ),
        ),
    ]


def _enforcement_procedure(demo):
    return [
        _heading(
            demo,
            "Enforcement procedure",
            "Procedimiento de aplicación",
            "Betearazpen-prozedura",
        ),
        (
            "paragraph",
            demo.paragraphs(
                (
                    "If you are not satisfied with our reply, or you have had no reply within "
                    f"{REPLY_WORKING_DAYS} working days, you can take your complaint to an "
                    "independent body.",
                    "Si nuestra respuesta no le satisface, o no ha recibido respuesta en "
                    f"{REPLY_WORKING_DAYS} días hábiles, puede dirigir su queja a un organismo "
                    "independiente.",
                    "Gure erantzunarekin ados ez bazaude, edo "
                    f"{REPLY_WORKING_DAYS} laneguneko epean erantzunik jaso ez baduzu, zure "
                    "kexa erakunde independente batera eraman dezakezu.",
                ),
                (
                    "This website is published by the INNOVET LATAM consortium, which IHF asbl "
                    "coordinates from Belgium. In Belgium, the Directive is applied through "
                    "federal, regional and community laws, and complaints about the "
                    "accessibility of a website are handled by the ombudsman service "
                    "responsible for the organisation concerned.",
                    "Este sitio web lo publica el consorcio INNOVET LATAM, que IHF asbl "
                    "coordina desde Bélgica. En Bélgica, la Directiva se aplica mediante normas "
                    "federales, regionales y de las comunidades lingüísticas, y las quejas "
                    "sobre la accesibilidad de un sitio web las tramita el servicio de "
                    "mediación (ombudsman) competente para la entidad de que se trate.",
                    "Webgune hau INNOVET LATAM partzuergoak argitaratzen du, eta IHF asbl-k "
                    "koordinatzen du partzuergoa Belgikatik. Belgikan, Zuzentaraua lege "
                    "federalen, eskualdeetako legeen eta hizkuntza-komunitateetako legeen "
                    "bidez aplikatzen da, eta webgune baten irisgarritasunari buruzko kexak "
                    "dagokion erakundearen gaineko eskumena duen arartekoak (ombudsman) "
                    "izapidetzen ditu.",
                ),
                (
                    "The Belgian digital accessibility service, which monitors how the "
                    "Directive is applied, explains on accessibility.belgium.be how to make a "
                    "complaint.",
                    "El servicio belga de accesibilidad digital, que supervisa la aplicación "
                    "de la Directiva, explica en accessibility.belgium.be cómo presentar una "
                    "queja.",
                    "Irisgarritasun digitalerako Belgikako zerbitzuak, Zuzentarauaren "
                    "aplikazioa gainbegiratzen duen erakundeak, accessibility.belgium.be "
                    "webgunean azaltzen du nola aurkeztu kexa.",
                ),
            ),
        ),
    ]


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
            email=CONTACT_EMAIL,
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

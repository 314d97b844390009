"""Demo news articles in English, Spanish and Basque. Data only; news/demo.py builds the pages."""

# Each text is an (en, es, eu) tuple.

TOPICS = [
    # slug, (en, es, eu) name
    ("cooperation", ("Cooperation", "Cooperación", "Lankidetza")),
    (
        "teacher-training",
        ("Teacher training", "Formación del profesorado", "Irakasleen prestakuntza"),
    ),
    ("digital-skills", ("Digital skills", "Competencias digitales", "Gaitasun digitalak")),
    ("inclusion", ("Social inclusion", "Inclusión social", "Gizarte-inklusioa")),
    ("green-skills", ("Green skills", "Competencias verdes", "Gaitasun berdeak")),
    ("publications", ("Publications", "Publicaciones", "Argitalpenak")),
]

# slug, (en, es, eu) name. Spanish and Basque slugs are made from the names.
TAGS = [
    ("secove", ("SECOVE", "SECOVE", "SECOVE")),
    ("basque-country", ("Basque Country", "País Vasco", "Euskadi")),
    ("coves", ("CoVEs", "Centros de excelencia (CoVE)", "Bikaintasun zentroak (CoVE)")),
    ("innovet-latam", ("INNOVET LATAM", "INNOVET LATAM", "INNOVET LATAM")),
    ("erasmus-plus", ("Erasmus+", "Erasmus+", "Erasmus+")),
    ("kick-off", ("Kick-off", "Reunión de lanzamiento", "Hasierako bilera")),
    ("quality", ("Quality", "Calidad", "Kalitatea")),
    ("webinar", ("Webinar", "Seminario web", "Web-mintegia")),
    ("guatemala", ("Guatemala", "Guatemala", "Guatemala")),
    ("venezuela", ("Venezuela", "Venezuela", "Venezuela")),
    ("peer-learning", ("Peer learning", "Aprendizaje entre pares", "Parekoen arteko ikaskuntza")),
    (
        "oer",
        (
            "Open educational resources",
            "Recursos educativos abiertos",
            "Hezkuntza-baliabide irekiak",
        ),
    ),
    ("mobility", ("Mobility", "Movilidad", "Mugikortasuna")),
]

# The credit of the generated demo images, as each article's own (translated) text.
IMAGE_CREDIT = (
    "Generated demo image",
    "Imagen de demostración generada",
    "Irudi generatua (demoa)",
)

# Each article: slug, ISO date, 1 or 2 topic slugs from TOPICS, 1 to 3 tag slugs from TAGS, title,
# standfirst (one or two sentences) and plain-text paragraphs. The first two articles are the
# SECOVE event report and the 2-WAY Cooperation Model announcement; the rest are in date order.
ARTICLES = [
    # 1. 2026-03-13: SECOVE network meets in Derio to bring vocational training and industry closer
    {
        "slug": (
            "secove-network-meets-in-derio",
            "la-red-secove-se-reune-en-derio",
            "secove-sarea-derion-bildu-da",
        ),
        "date": "2026-03-13",
        "topics": ["green-skills", "cooperation"],
        "tags": ["secove", "basque-country", "coves"],
        "title": (
            "SECOVE network meets in Derio to bring vocational training and industry closer",
            "La red SECOVE se reúne en Derio para acercar la formación profesional y la empresa",
            "SECOVE sarea Derion bildu da lanbide-heziketa eta enpresa elkarrengana hurbiltzeko",
        ),
        "standfirst": (
            (
                "More than 70 people from vocational centres and companies met at Politeknika "
                "Txorierri on 12 March to discuss how training and business can work together on "
                "sustainable energy and innovation."
            ),
            (
                "Más de 70 personas de centros de formación profesional y empresas se dieron cita "
                "el 12 de marzo en Politeknika Txorierri para debatir cómo pueden colaborar la "
                "formación y la empresa en energía sostenible e innovación."
            ),
            (
                "Lanbide-heziketako ikastetxeetako eta enpresetako 70 pertsona baino gehiago "
                "elkartu ziren martxoaren 12an Politeknika Txorierri ikastetxean, prestakuntzak "
                "eta enpresek energia jasangarriaren eta berrikuntzaren arloan elkarrekin nola lan "
                "egin dezaketen aztertzeko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "On 12 March the auditorium of Politeknika Txorierri, in Derio, welcomed over "
                    "70 participants for a networking day organised within SECOVE, the Sustainable "
                    "Energy Centres of Vocational Excellence project. Representatives of "
                    "vocational training centres sat down with companies working on "
                    "innovation-oriented profiles to exchange knowledge and look for new ways of "
                    "developing skills for the renewable and sustainable energy sector and the "
                    "enabling technologies behind it."
                ),
                (
                    "El 12 de marzo, el auditorio de Politeknika Txorierri, en Derio, acogió a más "
                    "de 70 participantes en una jornada de trabajo en red organizada en el marco "
                    "de SECOVE (Sustainable Energy Centres of Vocational Excellence). "
                    "Representantes de centros de formación profesional compartieron espacio con "
                    "empresas que trabajan con perfiles orientados a la innovación para "
                    "intercambiar conocimiento y buscar nuevas vías de desarrollo de competencias "
                    "en el sector de las energías renovables y sostenibles y en las tecnologías "
                    "habilitadoras que lo sustentan."
                ),
                (
                    "Martxoaren 12an, Derioko Politeknika Txorierri ikastetxeko auditorioak 70 "
                    "parte-hartzaile baino gehiago hartu zituen SECOVE (Sustainable Energy Centres "
                    "of Vocational Excellence) proiektuaren barruan antolatutako "
                    "sare-jardunaldian. Lanbide-heziketako ikastetxeen ordezkariak eta "
                    "berrikuntzara bideratutako profilekin lan egiten duten enpresak elkartu "
                    "ziren, ezagutza partekatzeko eta energia berriztagarri eta jasangarrien "
                    "sektorerako eta sektore horri eusten dioten teknologia gaitzaileetarako "
                    "gaitasunak garatzeko bide berriak bilatzeko."
                ),
            ),
            (
                (
                    "The meeting is one step in SECOVE's wider aim of building a European network "
                    "of Centres of Vocational Excellence (CoVEs). Such centres combine advanced "
                    "training offers, joint projects and innovation ecosystems so that learners "
                    "and professionals are ready for the green and digital transitions."
                ),
                (
                    "El encuentro forma parte del objetivo general de SECOVE: construir una red "
                    "europea de Centros de Excelencia Profesional (CoVE). Estos centros combinan "
                    "una oferta formativa avanzada, proyectos conjuntos y ecosistemas de "
                    "innovación para que el alumnado y los profesionales estén preparados ante las "
                    "transiciones verde y digital."
                ),
                (
                    "Topaketa SECOVEren helburu zabalagoaren urrats bat da: Lanbide Bikaintasuneko "
                    "Zentroen (CoVE) Europako sare bat eraikitzea. Zentro horiek "
                    "prestakuntza-eskaintza aurreratua, proiektu bateratuak eta "
                    "berrikuntza-ekosistemak uztartzen dituzte, ikasleak eta profesionalak "
                    "trantsizio berderako eta digitalerako prest egon daitezen."
                ),
            ),
            (
                (
                    "TKNIKA opened the programme by explaining how communities of practice help to "
                    "align training with regional innovation strategies. Politeknika Txorierri "
                    "then reviewed its own path, highlighting its European innovation projects and "
                    "new forms of cooperation with industry, an experience that other Basque "
                    "training centres found useful as a reference."
                ),
                (
                    "TKNIKA abrió el programa explicando cómo las comunidades de práctica ayudan a "
                    "alinear la formación con las estrategias regionales de innovación. A "
                    "continuación, Politeknika Txorierri repasó su propia trayectoria, con "
                    "especial atención a sus proyectos europeos de innovación y a las nuevas "
                    "formas de cooperación con la industria, una experiencia que sirvió de "
                    "referencia a otros centros de formación vascos."
                ),
                (
                    "TKNIKAk ireki zuen egitaraua, eta praktika-komunitateek prestakuntza "
                    "eskualdeko berrikuntza-estrategiekin lerrokatzen nola laguntzen duten azaldu "
                    "zuen. Ondoren, Politeknika Txorierrik bere ibilbidea aurkeztu zuen, Europako "
                    "berrikuntza-proiektuak eta industriarekin lankidetzan aritzeko modu berriak "
                    "nabarmenduz; beste euskal ikastetxe batzuentzat erreferentzia baliagarria "
                    "izan zen esperientzia hori."
                ),
            ),
            (
                (
                    "GAIA shared a diagnosis of emerging professional profiles and talent needs in "
                    "the technology sector, offering a view of where the labour market is heading. "
                    "ONDOAN followed with a talk on vocational training as a driver of innovation "
                    "inside companies, stressing the value of co-creation and the transfer of "
                    "applied knowledge."
                ),
                (
                    "GAIA presentó un diagnóstico de los perfiles profesionales emergentes y de "
                    "las necesidades de talento del sector tecnológico, con una mirada a la "
                    "evolución del mercado laboral. Después, ONDOAN abordó la formación "
                    "profesional como motor de innovación en las empresas y subrayó el valor de la "
                    "cocreación y de la transferencia de conocimiento aplicado."
                ),
                (
                    "GAIAk teknologia-sektoreko profil profesional berrien eta talentu-beharren "
                    "diagnostikoa aurkeztu zuen, lan-merkatuaren bilakaerari begira. Jarraian, "
                    "ONDOANek lanbide-heziketa enpresen barruko berrikuntzaren eragile gisa "
                    "aztertu zuen, eta elkarrekin sortzearen eta ezagutza aplikatuaren "
                    "transferentziaren balioa azpimarratu zuen."
                ),
            ),
            (
                (
                    "After a networking coffee break, speakers from Sarenet, ONDOAN, Nexmachina, "
                    "GAIA and GBM presented real projects developed together with vocational "
                    "centres, pointing to trust, agility and shared goals as the keys to success. "
                    "A participatory workshop then looked at the barriers that still hold back "
                    "cooperation between centres and companies; participants called for more "
                    "flexible project formats, clearer communication channels and a stronger role "
                    "for SMEs."
                ),
                (
                    "Tras una pausa café para el networking, ponentes de Sarenet, ONDOAN, "
                    "Nexmachina, GAIA y GBM presentaron proyectos reales desarrollados junto a "
                    "centros de formación profesional y señalaron la confianza, la agilidad y los "
                    "objetivos compartidos como claves del éxito. Después, un taller participativo "
                    "analizó las barreras que aún frenan la cooperación entre centros y empresas; "
                    "los participantes pidieron formatos de proyecto más flexibles, canales de "
                    "comunicación más claros y un mayor protagonismo de las pymes."
                ),
                (
                    "Harremanetarako kafe-etenaldiaren ondoren, Sarenet, ONDOAN, Nexmachina, GAIA "
                    "eta GBM erakundeetako hizlariek lanbide-heziketako ikastetxeekin batera "
                    "garatutako benetako proiektuak aurkeztu zituzten, eta konfiantza, arintasuna "
                    "eta helburu partekatuak arrakastaren gakotzat jo zituzten. Gero, tailer "
                    "parte-hartzaile batean, ikastetxeen eta enpresen arteko lankidetza oraindik "
                    "oztopatzen duten hesiak aztertu ziren; parte-hartzaileek proiektu-formatu "
                    "malguagoak, komunikazio-bide argiagoak eta ETEen parte-hartze handiagoa "
                    "eskatu zuten."
                ),
            ),
            (
                (
                    "The day ended with a guided tour of the Txorierri facilities, including its "
                    "recently launched innovation hub and the workshops where students train for "
                    "tomorrow's jobs. The encounter confirmed the role of CoVEs as engines of "
                    "sustainable development, social inclusion and employment, both in the Basque "
                    "Country and across Europe."
                ),
                (
                    "La jornada terminó con una visita guiada a las instalaciones de Txorierri, "
                    "entre ellas su recién inaugurado espacio de innovación y los talleres donde "
                    "el alumnado se prepara para los empleos del futuro. El encuentro confirmó el "
                    "papel de los CoVE como motores de desarrollo sostenible, inclusión social y "
                    "empleo, tanto en Euskadi como en el conjunto de Europa."
                ),
                (
                    "Jardunaldia Txorierriko instalazioetan barrena egindako bisita gidatu batekin "
                    "amaitu zen; besteak beste, duela gutxi abian jarritako berrikuntza-gunea eta "
                    "ikasleak etorkizuneko lanpostuetarako prestatzen diren tailerrak ikusi ahal "
                    "izan zituzten. Topaketak berretsi egin zuen CoVEak garapen jasangarriaren, "
                    "gizarte-inklusioaren eta enpleguaren eragileak direla, bai Euskadin, bai "
                    "Europa osoan."
                ),
            ),
        ],
    },
    # 2. 2026-10-15: INNOVET LATAM publishes its 2-WAY Cooperation Model for VET between Europe...
    {
        "slug": (
            "2-way-cooperation-model-published",
            "publicado-el-modelo-de-cooperacion-2-way",
            "2-way-lankidetza-eredua-argitaratu-da",
        ),
        "date": "2026-10-15",
        "topics": ["publications", "cooperation"],
        "tags": ["innovet-latam", "erasmus-plus"],
        "title": (
            (
                "INNOVET LATAM publishes its 2-WAY Cooperation Model for VET between Europe and "
                "Latin America"
            ),
            (
                "INNOVET LATAM publica su Modelo de Cooperación 2-WAY para la formación "
                "profesional entre Europa y América Latina"
            ),
            (
                "INNOVET LATAM proiektuak 2-WAY Lankidetza Eredua argitaratu du Europaren eta "
                "Latinoamerikaren arteko lanbide-heziketarako"
            ),
        ),
        "standfirst": (
            (
                "The project's first major result sets out how vocational education and training "
                "systems in Europe, Guatemala and Venezuela can learn from each other on equal "
                "terms, rather than simply transferring expertise in one direction."
            ),
            (
                "El primer gran resultado del proyecto describe cómo los sistemas de formación "
                "profesional de Europa, Guatemala y Venezuela pueden aprender unos de otros en pie "
                "de igualdad, en lugar de transferir conocimiento en una sola dirección."
            ),
            (
                "Proiektuaren lehen emaitza nagusiak azaltzen du Europako, Guatemalako eta "
                "Venezuelako lanbide-heziketako sistemek nola ikas dezaketen elkarrengandik "
                "berdintasunean, ezagutza norabide bakarrean transferitu beharrean."
            ),
        ),
        "paragraphs": [
            (
                (
                    "INNOVET LATAM, an Erasmus+ project co-funded by the European Union, has "
                    "released the INNOVET LATAM 2-WAY Cooperation Model. The document is a "
                    "practical framework for fair and lasting collaboration between vocational "
                    "education and training (VET) systems in Europe and Latin America, and it is "
                    "the first tangible milestone of the project's implementation phase, drawing "
                    "on months of joint work, peer learning and co-design workshops."
                ),
                (
                    "INNOVET LATAM, proyecto Erasmus+ cofinanciado por la Unión Europea, ha "
                    "presentado el Modelo de Cooperación 2-WAY de INNOVET LATAM. El documento "
                    "ofrece un marco práctico para una colaboración equitativa y duradera entre "
                    "los sistemas de formación profesional de Europa y América Latina, y "
                    "constituye el primer hito tangible de la fase de ejecución del proyecto, "
                    "fruto de meses de trabajo conjunto, aprendizaje entre pares y talleres de "
                    "codiseño."
                ),
                (
                    "INNOVET LATAM proiektuak, Europar Batasunak Erasmus+ programaren bidez "
                    "kofinantzatuak, INNOVET LATAM 2-WAY Lankidetza Eredua aurkeztu du. "
                    "Dokumentuak Europako eta Latinoamerikako lanbide-heziketako sistemen arteko "
                    "lankidetza bidezko eta iraunkorrerako esparru praktikoa eskaintzen du, eta "
                    "proiektuaren ezarpen-faseko lehen mugarri zehatza da: hilabeteetako lan "
                    "bateratuaren, parekideen arteko ikaskuntzaren eta elkarrekin diseinatzeko "
                    "tailerren emaitza."
                ),
            ),
            (
                (
                    "The central idea is reciprocity. Instead of expertise flowing only from "
                    "Europe towards Latin America, the model treats both regions as contributors "
                    "and co-creators. It does not export ready-made solutions; it helps partners "
                    "design strategies suited to each context, combining European reference tools "
                    "such as EQF, ESCO, Europass and EntreComp with local innovation, community "
                    "engagement and cultural knowledge."
                ),
                (
                    "La idea central es la reciprocidad. En lugar de que el conocimiento fluya "
                    "solo de Europa hacia América Latina, el modelo considera a ambas regiones "
                    "como contribuyentes y cocreadoras. No se trata de exportar soluciones "
                    "cerradas, sino de ayudar a los socios a diseñar estrategias adaptadas a cada "
                    "contexto, que combinen herramientas europeas de referencia como el EQF, ESCO, "
                    "Europass o EntreComp con la innovación local, la implicación comunitaria y el "
                    "conocimiento cultural."
                ),
                (
                    "Funtsezko ideia elkarrekikotasuna da. Ezagutza Europatik Latinoamerikara "
                    "soilik joan beharrean, ereduak bi eskualdeak ekarpengile eta sortzaile "
                    "partekatutzat hartzen ditu. Ez da irtenbide itxiak esportatzea, baizik eta "
                    "bazkideei testuinguru bakoitzera egokitutako estrategiak diseinatzen "
                    "laguntzea, Europako erreferentziazko tresnak (EQF, ESCO, Europass edo "
                    "EntreComp, esaterako) tokiko berrikuntzarekin, komunitatearen "
                    "inplikazioarekin eta ezagutza kulturalarekin uztartuz."
                ),
            ),
            (
                (
                    "European partners contribute experience in matching training to labour market "
                    "needs, competency-based education, digitalisation and quality assurance. "
                    "Partners in Guatemala and Venezuela bring deep knowledge of community-driven "
                    "and non-formal learning and of inclusive methods that reach people facing "
                    "social and economic hardship. Together they form a two-way bridge along which "
                    "ideas travel in both directions."
                ),
                (
                    "Los socios europeos aportan experiencia en la adecuación de la formación a "
                    "las necesidades del mercado laboral, la educación basada en competencias, la "
                    "digitalización y el aseguramiento de la calidad. Los socios de Guatemala y "
                    "Venezuela aportan un profundo conocimiento del aprendizaje comunitario y no "
                    "formal, así como metodologías inclusivas que llegan a personas en situación "
                    "de vulnerabilidad social y económica. Juntos forman un puente de doble "
                    "sentido por el que las ideas circulan en ambas direcciones."
                ),
                (
                    "Europako bazkideek esperientzia eskaintzen dute prestakuntza lan-merkatuaren "
                    "beharretara egokitzen, gaitasunetan oinarritutako hezkuntzan, digitalizazioan "
                    "eta kalitatearen bermean. Guatemalako eta Venezuelako bazkideek, berriz, "
                    "komunitatean oinarritutako ikaskuntzaren eta hezkuntza ez-formalaren ezagutza "
                    "sakona dakarte, bai eta egoera sozial eta ekonomiko zailean dauden "
                    "pertsonengana iristen diren metodo inklusiboak ere. Guztien artean bi "
                    "norabideko zubi bat osatzen dute, eta ideiak bi noranzkoetan dabiltza."
                ),
            ),
            (
                (
                    "The model rests on four building blocks: collaborative governance that gives "
                    "every partner an equal voice in strategic decisions; peer learning, mentoring "
                    "and joint capacity-building workshops in which educators from both continents "
                    "co-develop curricula and tools; the upcoming INNOVET open educational "
                    "resources platform, conceived as a living library of practices and materials; "
                    "and a Collaboration and Capacity Building Agreement designed to keep "
                    "cooperation going after the project ends."
                ),
                (
                    "El modelo se apoya en cuatro pilares: una gobernanza colaborativa que da a "
                    "cada socio la misma voz en las decisiones estratégicas; el aprendizaje entre "
                    "pares, la mentoría y los talleres conjuntos de desarrollo de capacidades, en "
                    "los que docentes de ambos continentes elaboran juntos currículos y "
                    "herramientas; la futura plataforma de recursos educativos abiertos de "
                    "INNOVET, concebida como una biblioteca viva de prácticas y materiales; y un "
                    "Acuerdo de Colaboración y Desarrollo de Capacidades pensado para mantener la "
                    "cooperación una vez finalizado el proyecto."
                ),
                (
                    "Ereduak lau oinarri ditu: erabaki estrategikoetan bazkide guztiei ahots bera "
                    "ematen dien gobernantza kolaboratiboa; parekideen arteko ikaskuntza, "
                    "tutoretza eta gaitasunak garatzeko tailer bateratuak, non bi kontinenteetako "
                    "irakasleek curriculumak eta tresnak elkarrekin lantzen dituzten; laster "
                    "abiatuko den INNOVETen hezkuntza-baliabide irekien plataforma, praktiken eta "
                    "materialen liburutegi bizi gisa pentsatua; eta Lankidetzarako eta Gaitasunak "
                    "Garatzeko Hitzarmen bat, proiektua amaitu ondoren ere lankidetzak jarrai "
                    "dezan."
                ),
            ),
            (
                (
                    "The expected benefits reach several levels. Educators gain new routes for "
                    "professional growth, from blended learning techniques to leadership training. "
                    "Students find programmes more closely connected to real jobs, with attention "
                    "to employability, entrepreneurship and digital literacy. Institutions "
                    "strengthen their governance, quality assurance and internationalisation, "
                    "while the wider ecosystem gains lasting links between education, industry and "
                    "public policy."
                ),
                (
                    "Los beneficios esperados se sitúan en varios niveles. El profesorado "
                    "encuentra nuevas vías de desarrollo profesional, desde técnicas de "
                    "aprendizaje combinado hasta formación en liderazgo. El alumnado accede a "
                    "programas más vinculados al empleo real, con atención a la empleabilidad, el "
                    "emprendimiento y la alfabetización digital. Las instituciones refuerzan su "
                    "gobernanza, su aseguramiento de la calidad y su internacionalización, y el "
                    "ecosistema en su conjunto gana vínculos duraderos entre educación, industria "
                    "y políticas públicas."
                ),
                (
                    "Espero diren onurak hainbat mailatan gauzatzen dira. Irakasleek garapen "
                    "profesionalerako bide berriak dituzte, ikaskuntza mistoko tekniketatik hasi "
                    "eta lidergo-prestakuntzaraino. Ikasleek benetako lanpostuekin lotura estuagoa "
                    "duten programak aurkitzen dituzte, enplegagarritasunari, ekintzailetzari eta "
                    "alfabetatze digitalari arreta berezia emanez. Erakundeek beren gobernantza, "
                    "kalitate-bermea eta nazioartekotzea indartzen dituzte, eta ekosistema osoak "
                    "hezkuntzaren, industriaren eta politika publikoen arteko lotura iraunkorrak "
                    "lortzen ditu."
                ),
            ),
            (
                (
                    "The model is the work of all eight partners: IHF asbl (Belgium), lead partner "
                    "and methodological coordinator; Fundación ECCA Social (Spain), experts in "
                    "flexible and inclusive learning; IT Solutions for All (Spain), specialists in "
                    "digital training and open-source technology; IAL FVG (Italy), leaders in VET "
                    "teacher training and curriculum innovation; ASEC (Guatemala), which adapts "
                    "resources to local needs; Universidad Popular de Guatemala (UPG), which links "
                    "higher education and the labour market; Asociación Civil Fe y Alegría "
                    "(Venezuela), focused on community-based education and social inclusion; and "
                    "Grupo Social CESAP (Venezuela), which empowers people through vocational and "
                    "community learning."
                ),
                (
                    "El modelo es obra de los ocho socios: IHF asbl (Bélgica), socio coordinador y "
                    "responsable metodológico; Fundación ECCA Social (España), experta en modelos "
                    "de aprendizaje flexibles e inclusivos; IT Solutions for All (España), "
                    "especializada en formación digital y tecnologías de código abierto; IAL FVG "
                    "(Italia), referente en la capacitación del profesorado de formación "
                    "profesional y en innovación curricular; ASEC (Guatemala), que adapta los "
                    "recursos a las necesidades locales; Universidad Popular de Guatemala (UPG), "
                    "que tiende puentes entre la educación superior y el mercado laboral; "
                    "Asociación Civil Fe y Alegría (Venezuela), centrada en la educación "
                    "comunitaria y la inclusión social; y Grupo Social CESAP (Venezuela), que "
                    "empodera a las personas a través del aprendizaje profesional y comunitario."
                ),
                (
                    "Eredua zortzi bazkideek egindako lana da: IHF asbl (Belgika), bazkide "
                    "koordinatzailea eta metodologia-arduraduna; Fundación ECCA Social (Espainia), "
                    "ikaskuntza-eredu malgu eta inklusiboetan aditua; IT Solutions for All "
                    "(Espainia), prestakuntza digitalean eta kode irekiko teknologietan "
                    "espezializatua; IAL FVG (Italia), lanbide-heziketako irakasleen prestakuntzan "
                    "eta curriculum-berrikuntzan erreferentea; ASEC (Guatemala), baliabideak "
                    "tokiko beharretara egokitzen dituena; Universidad Popular de Guatemala (UPG), "
                    "goi-mailako hezkuntza eta lan-merkatua lotzen dituena; Asociación Civil Fe y "
                    "Alegría (Venezuela), komunitateko hezkuntzan eta gizarte-inklusioan ardaztua; "
                    "eta Grupo Social CESAP (Venezuela), lanbide- eta komunitate-ikaskuntzaren "
                    "bidez pertsonak ahalduntzen dituena."
                ),
            ),
        ],
    },
    # 3. 2024-01-26: INNOVET LATAM kicks off in Brussels
    {
        "slug": (
            "innovet-latam-kicks-off-in-brussels",
            "innovet-latam-arranca-en-bruselas",
            "innovet-latam-bruselan-abiatu-da",
        ),
        "date": "2024-01-26",
        "topics": ["cooperation"],
        "tags": ["kick-off", "innovet-latam", "erasmus-plus"],
        "title": (
            "INNOVET LATAM kicks off in Brussels",
            "INNOVET LATAM arranca en Bruselas",
            "INNOVET LATAM Bruselan abiatu da",
        ),
        "standfirst": (
            (
                "Representatives of the eight partner organisations from Belgium, Spain, Italy, "
                "Guatemala and Venezuela met in Brussels for two days to launch the project and "
                "agree on a shared work plan."
            ),
            (
                "Representantes de las ocho organizaciones socias de Bélgica, España, Italia, "
                "Guatemala y Venezuela se reunieron durante dos días en Bruselas para poner en "
                "marcha el proyecto y acordar un plan de trabajo común."
            ),
            (
                "Belgikako, Espainiako, Italiako, Guatemalako eta Venezuelako zortzi "
                "bazkide-erakundeen ordezkariak bi egunez bildu ziren Bruselan, proiektua abian "
                "jartzeko eta lan-plan bateratu bat adosteko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Hosted by the lead partner, IHF asbl, the kick-off meeting gave partners "
                    "their first chance to meet in person. Each organisation presented its work, "
                    "its target groups and its expectations for the project. The group then "
                    "reviewed the objectives of INNOVET LATAM and the idea that cooperation "
                    "between Europe and Latin America should benefit both sides equally."
                ),
                (
                    "Organizada por el socio coordinador, IHF asbl, la reunión de lanzamiento fue "
                    "la primera ocasión para que los socios se conocieran en persona. Cada "
                    "organización presentó su actividad, sus colectivos destinatarios y sus "
                    "expectativas. Después, el grupo repasó los objetivos de INNOVET LATAM y la "
                    "idea de que la cooperación entre Europa y América Latina debe beneficiar por "
                    "igual a ambas partes."
                ),
                (
                    "IHF asbl bazkide koordinatzaileak antolatuta, hasierako bilera izan zen "
                    "bazkideek elkar aurrez aurre ezagutzeko lehen aukera. Erakunde bakoitzak bere "
                    "jarduera, xede-taldeak eta proiektuari buruzko itxaropenak aurkeztu zituen. "
                    "Ondoren, taldeak INNOVET LATAM proiektuaren helburuak errepasatu zituen, bai "
                    "eta Europaren eta Latinoamerikaren arteko lankidetzak bi aldeei neurri berean "
                    "onura ekarri behar diela dioen ideia ere."
                ),
            ),
            (
                (
                    "On the second day, work package leaders explained the timeline, the quality "
                    "plan and the communication strategy. Partners agreed on how decisions will be "
                    "taken, how often they will meet online and which tasks come first, starting "
                    "with a needs analysis in all five countries. The meeting closed with a "
                    "commitment to keep the partnership open, practical and respectful of each "
                    "context."
                ),
                (
                    "El segundo día, los responsables de cada paquete de trabajo explicaron el "
                    "calendario, el plan de calidad y la estrategia de comunicación. Los socios "
                    "acordaron cómo se tomarán las decisiones, con qué frecuencia se reunirán en "
                    "línea y qué tareas son prioritarias, empezando por un análisis de necesidades "
                    "en los cinco países. La reunión concluyó con el compromiso de mantener una "
                    "colaboración abierta, práctica y respetuosa con cada contexto."
                ),
                (
                    "Bigarren egunean, lan-pakete bakoitzeko arduradunek egutegia, kalitate-plana "
                    "eta komunikazio-estrategia azaldu zituzten. Bazkideek adostu zuten nola "
                    "hartuko diren erabakiak, zenbatero bilduko diren linean eta zein diren "
                    "lehentasunezko zereginak, bost herrialdeetako beharren azterketatik hasita. "
                    "Bilera amaitzeko, lankidetza ireki, praktiko eta testuinguru bakoitzarekiko "
                    "errespetuzkoa izateko konpromisoa hartu zuten."
                ),
            ),
        ],
    },
    # 4. 2024-02-22: Needs analysis launched in five countries
    {
        "slug": (
            "needs-analysis-launched-in-five-countries",
            "arranca-el-analisis-de-necesidades-en-cinco-paises",
            "beharren-azterketa-bost-herrialdetan-abiatu-da",
        ),
        "date": "2024-02-22",
        "topics": ["teacher-training"],
        "tags": ["innovet-latam", "quality"],
        "title": (
            "Needs analysis launched in five countries",
            "Arranca el análisis de necesidades en cinco países",
            "Beharren azterketa bost herrialdetan abiatu da",
        ),
        "standfirst": (
            (
                "Partners have started gathering the views of teachers, managers, learners and "
                "employers to understand what vocational centres on both sides of the Atlantic "
                "need most from the cooperation."
            ),
            (
                "Los socios han comenzado a recoger la opinión de docentes, equipos directivos, "
                "alumnado y empleadores para entender qué necesitan más de la cooperación los "
                "centros de formación profesional a ambos lados del Atlántico."
            ),
            (
                "Bazkideak irakasleen, zuzendaritza-taldeen, ikasleen eta enplegatzaileen iritziak "
                "biltzen hasi dira, Atlantikoaren bi aldeetako lanbide-heziketako ikastetxeek "
                "lankidetzatik zer behar duten gehien ulertzeko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The needs analysis is the first technical task of INNOVET LATAM. Using a "
                    "common questionnaire and interview guide, each partner is consulting "
                    "teachers, trainers and centre managers about their training priorities, the "
                    "teaching methods they already use and the gaps they would like to close, from "
                    "digital tools to work-based learning."
                ),
                (
                    "El análisis de necesidades es la primera tarea técnica de INNOVET LATAM. Con "
                    "un cuestionario y una guía de entrevista comunes, cada socio consulta a "
                    "docentes, formadores y equipos directivos sobre sus prioridades formativas, "
                    "las metodologías que ya aplican y las carencias que desearían cubrir, desde "
                    "las herramientas digitales hasta el aprendizaje en el puesto de trabajo."
                ),
                (
                    "Beharren azterketa INNOVET LATAM proiektuaren lehen zeregin teknikoa da. "
                    "Galdetegi eta elkarrizketa-gida komunak erabiliz, bazkide bakoitza irakasle, "
                    "prestatzaile eta zuzendaritza-taldeekin ari da hitz egiten, haien "
                    "prestakuntza-lehentasunak, dagoeneko erabiltzen dituzten metodoak eta bete "
                    "nahiko lituzketen hutsuneak ezagutzeko, tresna digitaletatik hasi eta lanean "
                    "oinarritutako ikaskuntzaraino."
                ),
            ),
            (
                (
                    "Learners and local employers are also being asked what skills they consider "
                    "most useful. The results will be compared across countries so that the "
                    "cooperation model, the trainer-training programme and the open resources "
                    "respond to real needs rather than assumptions. A summary of the findings is "
                    "expected before the end of the year."
                ),
                (
                    "También se pregunta al alumnado y a empleadores locales qué competencias "
                    "consideran más útiles. Los resultados se compararán entre países para que el "
                    "modelo de cooperación, el programa de formación de formadores y los recursos "
                    "abiertos respondan a necesidades reales y no a suposiciones. Se prevé "
                    "publicar un resumen de las conclusiones antes de fin de año."
                ),
                (
                    "Ikasleei eta tokiko enplegatzaileei ere galdetzen zaie zein gaitasun "
                    "iruditzen zaizkien baliagarrienak. Emaitzak herrialdeen artean alderatuko "
                    "dira, lankidetza-eredua, prestatzaileen prestakuntza-programa eta baliabide "
                    "irekiak benetako beharretan oinarritu daitezen, eta ez suposizioetan. "
                    "Ondorioen laburpen bat urtea amaitu aurretik argitaratzea aurreikusten da."
                ),
            ),
        ],
    },
    # 5. 2024-03-21: First webinar explores competency-based education in VET
    {
        "slug": (
            "first-webinar-explores-competency-based-education",
            "el-primer-webinar-aborda-la-educacion-por-competencias",
            "lehen-webinarra-gaitasunetan-oinarritutako-hezkuntza",
        ),
        "date": "2024-03-21",
        "topics": ["teacher-training"],
        "tags": ["webinar", "erasmus-plus"],
        "title": (
            "First webinar explores competency-based education in VET",
            (
                "El primer webinar aborda la educación basada en competencias en la formación "
                "profesional"
            ),
            "Lehen webinarrak gaitasunetan oinarritutako hezkuntza aztertu du lanbide-heziketan",
        ),
        "standfirst": (
            (
                "Teachers and trainers from partner organisations in Europe and Latin America "
                "joined an online session on designing vocational programmes around the "
                "competences learners need at work."
            ),
            (
                "Docentes y formadores de las organizaciones socias de Europa y América Latina "
                "participaron en una sesión en línea sobre cómo diseñar programas de formación "
                "profesional en torno a las competencias que el alumnado necesita en el trabajo."
            ),
            (
                "Europako eta Latinoamerikako bazkide-erakundeetako irakasleek eta prestatzaileek "
                "saio birtual batean parte hartu zuten, ikasleek lanean behar dituzten gaitasunen "
                "inguruan lanbide-heziketako programak nola diseinatu aztertzeko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The webinar, prepared by IAL FVG, introduced the basic principles of "
                    "competency-based education: describing learning outcomes clearly, linking "
                    "them to real work tasks and assessing what learners can actually do. Speakers "
                    "showed how European reference frameworks such as EQF and ESCO can help "
                    "structure programmes without replacing local knowledge."
                ),
                (
                    "El webinar, preparado por IAL FVG, presentó los principios básicos de la "
                    "educación basada en competencias: describir con claridad los resultados de "
                    "aprendizaje, vincularlos a tareas reales de trabajo y evaluar lo que el "
                    "alumnado es capaz de hacer. Los ponentes mostraron cómo marcos europeos de "
                    "referencia como el EQF y ESCO pueden ayudar a estructurar los programas sin "
                    "sustituir el conocimiento local."
                ),
                (
                    "IAL FVG erakundeak prestatutako webinarrak gaitasunetan oinarritutako "
                    "hezkuntzaren oinarrizko printzipioak aurkeztu zituen: ikaskuntza-emaitzak "
                    "argi deskribatzea, benetako lan-zereginekin lotzea eta ikasleek benetan "
                    "egiteko gai direna ebaluatzea. Hizlariek erakutsi zuten EQF eta ESCO bezalako "
                    "Europako erreferentzia-esparruek programak egituratzen lagun dezaketela, "
                    "tokiko ezagutza ordezkatu gabe."
                ),
            ),
            (
                (
                    "In the second part, participants from Guatemala and Venezuela described how "
                    "they already connect training with community needs, often with very limited "
                    "resources. The discussion confirmed one of the project's starting points: "
                    "both regions have something to teach. The recording and slides are available "
                    "to partner staff for internal training."
                ),
                (
                    "En la segunda parte, participantes de Guatemala y Venezuela explicaron cómo "
                    "conectan ya la formación con las necesidades de sus comunidades, a menudo con "
                    "recursos muy limitados. El debate confirmó una de las premisas del proyecto: "
                    "ambas regiones tienen algo que enseñar. La grabación y las presentaciones "
                    "están a disposición del personal de los socios para su formación interna."
                ),
                (
                    "Bigarren zatian, Guatemalako eta Venezuelako parte-hartzaileek azaldu zuten "
                    "nola lotzen duten dagoeneko prestakuntza komunitateen beharrekin, askotan "
                    "baliabide oso mugatuekin. Eztabaidak proiektuaren abiapuntuetako bat berretsi "
                    "zuen: bi eskualdeek badute zer irakatsi. Grabazioa eta aurkezpenak bazkideen "
                    "langileen eskura daude, barne-prestakuntzarako."
                ),
            ),
        ],
    },
    # 6. 2024-04-18: Young people in Guatemala share their training needs
    {
        "slug": (
            "young-people-in-guatemala-share-their-training-needs",
            "jovenes-de-guatemala-comparten-sus-necesidades-formativas",
            "guatemalako-gazteek-prestakuntza-beharrak-azaldu-dituzte",
        ),
        "date": "2024-04-18",
        "topics": ["inclusion"],
        "tags": ["guatemala"],
        "title": (
            "Young people in Guatemala share their training needs",
            "Jóvenes de Guatemala comparten sus necesidades formativas",
            "Guatemalako gazteek beren prestakuntza-beharrak azaldu dituzte",
        ),
        "standfirst": (
            (
                "As part of the needs analysis, ASEC and Universidad Popular de Guatemala held "
                "focus groups with young people, teachers and local organisations to hear what "
                "stands between them and decent work."
            ),
            (
                "En el marco del análisis de necesidades, ASEC y la Universidad Popular de "
                "Guatemala organizaron grupos focales con jóvenes, docentes y organizaciones "
                "locales para conocer qué les separa de un empleo digno."
            ),
            (
                "Beharren azterketaren barruan, ASEC elkarteak eta Universidad Popular de "
                "Guatemala unibertsitateak eztabaida-taldeak antolatu zituzten gazteekin, "
                "irakasleekin eta tokiko erakundeekin, lan duina lortzeko aurkitzen dituzten "
                "oztopoak ezagutzeko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The sessions brought together young people from urban and rural areas, many "
                    "of whom combine study with informal work or family responsibilities. They "
                    "spoke about the cost and distance of training, the value of practical "
                    "learning and the need for courses that lead to recognised certificates and "
                    "real job opportunities."
                ),
                (
                    "Las sesiones reunieron a jóvenes de zonas urbanas y rurales, muchos de los "
                    "cuales compaginan los estudios con trabajos informales o responsabilidades "
                    "familiares. Hablaron del coste y la distancia de la formación, del valor del "
                    "aprendizaje práctico y de la necesidad de cursos que conduzcan a certificados "
                    "reconocidos y a oportunidades reales de empleo."
                ),
                (
                    "Saioetan hiriguneetako eta landa-eremuetako gazteak elkartu ziren; horietako "
                    "askok ikasketak lan informalarekin edo familia-ardurekin uztartzen dituzte. "
                    "Prestakuntzaren kostuaz eta distantziaz, ikaskuntza praktikoaren balioaz eta "
                    "aitortutako ziurtagirietara eta benetako lan-aukeretara eramango dituzten "
                    "ikastaroen beharraz hitz egin zuten."
                ),
            ),
            (
                (
                    "Teachers highlighted the need for up-to-date materials and for training in "
                    "digital and active methodologies. Their contributions, together with those "
                    "gathered in Venezuela and Europe, will shape the priorities of the "
                    "cooperation model and make sure that inclusion is built into the project from "
                    "the very beginning."
                ),
                (
                    "El profesorado subrayó la necesidad de contar con materiales actualizados y "
                    "con formación en metodologías activas y digitales. Sus aportaciones, junto "
                    "con las recogidas en Venezuela y Europa, darán forma a las prioridades del "
                    "modelo de cooperación y garantizarán que la inclusión forme parte del "
                    "proyecto desde el principio."
                ),
                (
                    "Irakasleek material eguneratuen beharra eta metodologia aktibo eta "
                    "digitaletako prestakuntzaren beharra azpimarratu zituzten. Haien ekarpenek, "
                    "Venezuelan eta Europan bildutakoekin batera, lankidetza-ereduaren "
                    "lehentasunak zehaztuko dituzte, eta inklusioa hasiera-hasieratik proiektuaren "
                    "parte izango dela bermatuko dute."
                ),
            ),
        ],
    },
    # 7. 2024-05-23: Mapping community-based learning in Venezuela
    {
        "slug": (
            "mapping-community-based-learning-in-venezuela",
            "un-mapa-del-aprendizaje-comunitario-en-venezuela",
            "venezuelako-komunitate-ikaskuntzaren-mapa",
        ),
        "date": "2024-05-23",
        "topics": ["inclusion"],
        "tags": ["venezuela"],
        "title": (
            "Mapping community-based learning in Venezuela",
            "Un mapa del aprendizaje comunitario en Venezuela",
            "Venezuelako komunitate-ikaskuntzaren mapa",
        ),
        "standfirst": (
            (
                "Asociación Civil Fe y Alegría and Grupo Social CESAP are documenting how their "
                "community-based programmes combine vocational training, personal development and "
                "local participation."
            ),
            (
                "Asociación Civil Fe y Alegría y Grupo Social CESAP están documentando cómo sus "
                "programas comunitarios combinan formación profesional, desarrollo personal y "
                "participación local."
            ),
            (
                "Asociación Civil Fe y Alegría eta Grupo Social CESAP erakundeak dokumentatzen ari "
                "dira nola uztartzen dituzten beren komunitate-programek lanbide-heziketa, garapen "
                "pertsonala eta tokiko parte-hartzea."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The two Venezuelan partners have long experience of taking training to "
                    "neighbourhoods and rural communities where formal provision is scarce. For "
                    "INNOVET LATAM they are collecting examples of short courses, community "
                    "workshops and productive projects, describing how each one is organised, who "
                    "takes part and how learning is recognised."
                ),
                (
                    "Los dos socios venezolanos cuentan con una larga experiencia llevando la "
                    "formación a barrios y comunidades rurales donde la oferta formal es escasa. "
                    "Para INNOVET LATAM están recopilando ejemplos de cursos cortos, talleres "
                    "comunitarios y proyectos productivos, y describen cómo se organiza cada uno, "
                    "quién participa y cómo se reconoce el aprendizaje."
                ),
                (
                    "Venezuelako bi bazkideek esperientzia luzea dute prestakuntza eskaintza "
                    "formala urria den auzoetara eta landa-komunitateetara eramaten. INNOVET LATAM "
                    "proiekturako, ikastaro laburren, komunitate-tailerren eta proiektu "
                    "produktiboen adibideak biltzen ari dira, eta bakoitza nola antolatzen den, "
                    "nork parte hartzen duen eta ikaskuntza nola aitortzen den deskribatzen dute."
                ),
            ),
            (
                (
                    "This mapping is a key contribution to the two-way approach. European partners "
                    "are keen to learn how these programmes keep learners motivated and connected "
                    "to their communities, while the Venezuelan teams hope to strengthen the link "
                    "between their courses and recognised qualifications. The examples will feed "
                    "into peer-learning activities later in the project."
                ),
                (
                    "Este mapeo es una aportación clave al enfoque de doble sentido. Los socios "
                    "europeos quieren conocer cómo estos programas mantienen la motivación del "
                    "alumnado y su vínculo con la comunidad, mientras que los equipos venezolanos "
                    "esperan reforzar la relación entre sus cursos y las cualificaciones "
                    "reconocidas. Los ejemplos alimentarán las actividades de aprendizaje entre "
                    "pares previstas más adelante."
                ),
                (
                    "Mapa hau ekarpen giltzarria da bi norabideko ikuspegirako. Europako bazkideek "
                    "jakin nahi dute programa horiek nola mantentzen duten ikasleen motibazioa eta "
                    "komunitatearekiko lotura; Venezuelako taldeek, berriz, beren ikastaroen eta "
                    "aitortutako kualifikazioen arteko lotura sendotu nahi dute. Adibideak "
                    "proiektuaren hurrengo faseetako parekideen arteko ikaskuntza-jardueretan "
                    "erabiliko dira."
                ),
            ),
        ],
    },
    # 8. 2024-06-13: Partners meet in Las Palmas to discuss flexible and inclusive learning
    {
        "slug": (
            "partners-meet-in-las-palmas",
            "los-socios-se-reunen-en-las-palmas",
            "bazkideak-las-palmasen-bildu-dira",
        ),
        "date": "2024-06-13",
        "topics": ["cooperation", "inclusion"],
        "tags": ["innovet-latam", "peer-learning"],
        "title": (
            "Partners meet in Las Palmas to discuss flexible and inclusive learning",
            (
                "Los socios se reúnen en Las Palmas para debatir sobre aprendizaje flexible e "
                "inclusivo"
            ),
            "Bazkideak Las Palmasen bildu dira ikaskuntza malgu eta inklusiboaz hitz egiteko",
        ),
        "standfirst": (
            (
                "Fundación ECCA Social hosted the second partner meeting in the Canary Islands, "
                "combining a review of the needs analysis with a close look at flexible learning "
                "models for adults."
            ),
            (
                "Fundación ECCA Social acogió en Canarias la segunda reunión de socios, que "
                "combinó la revisión del análisis de necesidades con un examen detallado de "
                "modelos de aprendizaje flexible para personas adultas."
            ),
            (
                "Fundación ECCA Social erakundeak Kanarietan hartu zuen bazkideen bigarren bilera; "
                "bertan, beharren azterketa berrikusi zen eta helduentzako ikaskuntza-eredu "
                "malguak sakon aztertu ziren."
            ),
        ),
        "paragraphs": [
            (
                (
                    "During the first day, partners compared the early results of the needs "
                    "analysis from Belgium, Spain, Italy, Guatemala and Venezuela. Common themes "
                    "quickly emerged: the need for teacher training in active and digital methods, "
                    "the importance of links with employers and the challenge of reaching learners "
                    "who cannot attend classes every day."
                ),
                (
                    "Durante la primera jornada, los socios compararon los primeros resultados del "
                    "análisis de necesidades de Bélgica, España, Italia, Guatemala y Venezuela. "
                    "Enseguida surgieron temas comunes: la necesidad de formar al profesorado en "
                    "metodologías activas y digitales, la importancia del vínculo con los "
                    "empleadores y el reto de llegar a quienes no pueden asistir a clase todos los "
                    "días."
                ),
                (
                    "Lehen egunean, bazkideek Belgikako, Espainiako, Italiako, Guatemalako eta "
                    "Venezuelako beharren azterketaren lehen emaitzak alderatu zituzten. Berehala "
                    "agertu ziren gai komunak: irakasleak metodo aktibo eta digitaletan "
                    "prestatzeko beharra, enplegatzaileekiko loturaren garrantzia eta egunero "
                    "eskolara joan ezin diren ikasleengana iristeko erronka."
                ),
            ),
            (
                (
                    "The host organisation then presented its experience with flexible learning "
                    "that mixes distance study, tutoring and group sessions. Latin American "
                    "partners found many parallels with their own community programmes, and the "
                    "group agreed to explore these approaches further through peer-learning "
                    "activities. The meeting also confirmed the calendar for the next twelve "
                    "months."
                ),
                (
                    "Después, la entidad anfitriona presentó su experiencia en aprendizaje "
                    "flexible, que combina estudio a distancia, tutorías y sesiones grupales. Los "
                    "socios latinoamericanos encontraron muchos paralelismos con sus propios "
                    "programas comunitarios, y el grupo acordó profundizar en estos enfoques "
                    "mediante actividades de aprendizaje entre pares. La reunión sirvió también "
                    "para confirmar el calendario de los próximos doce meses."
                ),
                (
                    "Ondoren, harrera egin zuen erakundeak ikaskuntza malguan duen esperientzia "
                    "aurkeztu zuen, urrutiko ikasketak, tutoretza eta talde-saioak uztartzen "
                    "dituena. Latinoamerikako bazkideek antzekotasun ugari aurkitu zituzten beren "
                    "komunitate-programekin, eta taldeak ikuspegi horietan sakontzea erabaki zuen "
                    "parekideen arteko ikaskuntza-jardueren bidez. Bilerak hurrengo hamabi "
                    "hilabeteetako egutegia ere berretsi zuen."
                ),
            ),
        ],
    },
    # 9. 2024-09-19: Open-source tools for the vocational classroom
    {
        "slug": (
            "open-source-tools-for-the-vocational-classroom",
            "herramientas-de-codigo-abierto-para-el-aula",
            "kode-irekiko-tresnak-ikasgelarako",
        ),
        "date": "2024-09-19",
        "topics": ["digital-skills"],
        "tags": ["oer", "innovet-latam"],
        "title": (
            "Open-source tools for the vocational classroom",
            "Herramientas de código abierto para el aula de formación profesional",
            "Kode irekiko tresnak lanbide-heziketako ikasgelarako",
        ),
        "standfirst": (
            (
                "IT Solutions for All has started a review of free and open-source tools that "
                "vocational teachers in Europe and Latin America can use even where budgets and "
                "connectivity are limited."
            ),
            (
                "IT Solutions for All ha iniciado una revisión de herramientas libres y de código "
                "abierto que el profesorado de formación profesional de Europa y América Latina "
                "pueda utilizar incluso con presupuestos y conectividad limitados."
            ),
            (
                "IT Solutions for All erakundeak tresna libre eta kode irekikoen azterketa bat "
                "abiatu du, Europako eta Latinoamerikako lanbide-heziketako irakasleek aurrekontua "
                "eta konektibitatea mugatuak diren lekuetan ere erabil ditzaten."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The review covers learning platforms, tools for creating interactive content, "
                    "video editing software and applications that work offline or on mobile "
                    "phones. Each tool is tested against simple criteria: it must be free to use, "
                    "easy to learn, respectful of privacy and available in Spanish, as most "
                    "learners in the Latin American partner countries study in that language."
                ),
                (
                    "La revisión abarca plataformas de aprendizaje, herramientas para crear "
                    "contenidos interactivos, programas de edición de vídeo y aplicaciones que "
                    "funcionan sin conexión o en el teléfono móvil. Cada herramienta se evalúa con "
                    "criterios sencillos: debe ser gratuita, fácil de aprender, respetuosa con la "
                    "privacidad y estar disponible en español, ya que la mayoría del alumnado de "
                    "los países socios latinoamericanos estudia en esa lengua."
                ),
                (
                    "Azterketak ikaskuntza-plataformak, eduki interaktiboak sortzeko tresnak, "
                    "bideoak editatzeko programak eta konexiorik gabe edo telefono mugikorrean "
                    "dabiltzan aplikazioak hartzen ditu. Tresna bakoitza irizpide sinpleen arabera "
                    "ebaluatzen da: doakoa izan behar du, ikasteko erraza, pribatutasuna "
                    "errespetatzen duena eta gaztelaniaz eskuragarri, Latinoamerikako "
                    "bazkide-herrialdeetako ikasle gehienek hizkuntza horretan ikasten baitute."
                ),
            ),
            (
                (
                    "The shortlist will form the technical basis of the future open educational "
                    "resources platform and of the digital modules in the trainer-training "
                    "programme. Partners have been invited to suggest tools they already use "
                    "successfully, so that the final selection reflects real classroom practice "
                    "rather than only technical features."
                ),
                (
                    "La selección final servirá de base técnica para la futura plataforma de "
                    "recursos educativos abiertos y para los módulos digitales del programa de "
                    "formación de formadores. Se ha invitado a los socios a proponer herramientas "
                    "que ya utilicen con éxito, para que la selección refleje la práctica real del "
                    "aula y no solo las características técnicas."
                ),
                (
                    "Hautatutako tresnak etorkizuneko hezkuntza-baliabide irekien plataformaren "
                    "eta prestatzaileen prestakuntza-programako modulu digitalen oinarri teknikoa "
                    "izango dira. Bazkideei dagoeneko arrakastaz erabiltzen dituzten tresnak "
                    "proposatzeko eskatu zaie, azken hautaketak ikasgelako benetako praktika isla "
                    "dezan, eta ez soilik ezaugarri teknikoak."
                ),
            ),
        ],
    },
    # 10. 2024-10-24: Latin American educators visit Basque vocational centres
    {
        "slug": (
            "latin-american-educators-visit-basque-vet-centres",
            "docentes-latinoamericanos-visitan-centros-vascos",
            "latinoamerikako-irakasleak-euskal-ikastetxeetan",
        ),
        "date": "2024-10-24",
        "topics": ["teacher-training", "green-skills"],
        "tags": ["basque-country", "peer-learning", "mobility"],
        "title": (
            "Latin American educators visit Basque vocational centres",
            "Docentes latinoamericanos visitan centros vascos de formación profesional",
            "Latinoamerikako irakasleak euskal lanbide-heziketako ikastetxeetan",
        ),
        "standfirst": (
            (
                "A small group of teachers from Guatemala and Venezuela spent a week in the Basque "
                "Country learning how vocational centres work with companies on innovation and the "
                "energy transition."
            ),
            (
                "Un pequeño grupo de docentes de Guatemala y Venezuela pasó una semana en Euskadi "
                "para conocer cómo trabajan los centros de formación profesional con las empresas "
                "en innovación y transición energética."
            ),
            (
                "Guatemalako eta Venezuelako irakasle talde txiki batek astebete eman zuen "
                "Euskadin, lanbide-heziketako ikastetxeek enpresekin berrikuntzan eta trantsizio "
                "energetikoan nola lan egiten duten ezagutzeko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The visit included meetings at several vocational centres in the Basque "
                    "network, where hosts presented their innovation hubs, applied projects with "
                    "local companies and training in renewable energy and energy efficiency. "
                    "Visitors were particularly interested in how centres involve students in real "
                    "challenges proposed by businesses."
                ),
                (
                    "La visita incluyó encuentros en varios centros de la red vasca de formación "
                    "profesional, donde los anfitriones presentaron sus espacios de innovación, "
                    "sus proyectos aplicados con empresas locales y su formación en energías "
                    "renovables y eficiencia energética. A los visitantes les interesó "
                    "especialmente cómo los centros implican al alumnado en retos reales "
                    "planteados por las empresas."
                ),
                (
                    "Bisitan, euskal lanbide-heziketako sareko hainbat ikastetxetan izan ziren, "
                    "eta harrera egin zietenek beren berrikuntza-guneak, tokiko enpresekin "
                    "egindako proiektu aplikatuak eta energia berriztagarrien eta "
                    "energia-eraginkortasunaren arloko prestakuntza aurkeztu zituzten. Bisitariei "
                    "bereziki interesgarria iruditu zitzaien ikastetxeek enpresek proposatutako "
                    "benetako erronketan ikasleak nola inplikatzen dituzten."
                ),
            ),
            (
                (
                    "The exchange worked in both directions. In return, the Latin American "
                    "teachers explained how they organise training in communities with few "
                    "resources and how they keep young people engaged. Both sides left with ideas "
                    "to adapt, and with contacts for future joint activities on green skills."
                ),
                (
                    "El intercambio funcionó en ambas direcciones. Los docentes latinoamericanos, "
                    "por su parte, explicaron cómo organizan la formación en comunidades con pocos "
                    "recursos y cómo mantienen la implicación de la gente joven. Ambas partes se "
                    "llevaron ideas para adaptar y contactos para futuras actividades conjuntas "
                    "sobre competencias verdes."
                ),
                (
                    "Trukeak bi norabideetan funtzionatu zuen. Latinoamerikako irakasleek, beren "
                    "aldetik, azaldu zuten nola antolatzen duten prestakuntza baliabide gutxiko "
                    "komunitateetan eta nola lortzen duten gazteek inplikatuta jarraitzea. Bi "
                    "aldeek egokitzeko ideiak eta gaitasun berdeei buruzko etorkizuneko jarduera "
                    "bateratuetarako harremanak eraman zituzten."
                ),
            ),
        ],
    },
    # 11. 2024-11-21: Partners gather in Guatemala City
    {
        "slug": (
            "partners-gather-in-guatemala-city",
            "los-socios-se-reunen-en-ciudad-de-guatemala",
            "bazkideak-guatemala-hirian-bildu-dira",
        ),
        "date": "2024-11-21",
        "topics": ["cooperation"],
        "tags": ["guatemala", "innovet-latam"],
        "title": (
            "Partners gather in Guatemala City",
            "Los socios se reúnen en Ciudad de Guatemala",
            "Bazkideak Guatemala Hirian bildu dira",
        ),
        "standfirst": (
            (
                "The third partner meeting, hosted by ASEC and Universidad Popular de Guatemala, "
                "was the first held in Latin America and focused on turning the needs analysis "
                "into a draft cooperation model."
            ),
            (
                "La tercera reunión de socios, organizada por ASEC y la Universidad Popular de "
                "Guatemala, fue la primera celebrada en América Latina y se centró en convertir el "
                "análisis de necesidades en un borrador del modelo de cooperación."
            ),
            (
                "Bazkideen hirugarren bilera, ASEC elkarteak eta Universidad Popular de Guatemala "
                "unibertsitateak antolatua, Latinoamerikan egindako lehena izan zen, eta beharren "
                "azterketa lankidetza-ereduaren zirriborro bihurtzean jarri zuen arreta."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Meeting in Latin America gave European partners a first-hand view of the "
                    "context in which their colleagues work. Visits to training programmes run by "
                    "the host organisations showed how courses are adapted to local languages, "
                    "cultures and job opportunities, and how universities and community "
                    "organisations can work together to support young people."
                ),
                (
                    "Reunirse en América Latina permitió a los socios europeos conocer de primera "
                    "mano el contexto en el que trabajan sus colegas. Las visitas a programas "
                    "formativos de las entidades anfitrionas mostraron cómo se adaptan los cursos "
                    "a las lenguas, culturas y oportunidades de empleo locales, y cómo "
                    "universidades y organizaciones comunitarias pueden colaborar para apoyar a la "
                    "juventud."
                ),
                (
                    "Latinoamerikan biltzeak aukera eman zien Europako bazkideei lankideek lan "
                    "egiten duten testuingurua bertatik bertara ezagutzeko. Harrera egin zuten "
                    "erakundeen prestakuntza-programetara egindako bisitek erakutsi zuten nola "
                    "egokitzen diren ikastaroak tokiko hizkuntza, kultura eta lan-aukeretara, eta "
                    "nola lan egin dezaketen elkarrekin unibertsitateek eta komunitate-erakundeek "
                    "gazteei laguntzeko."
                ),
            ),
            (
                (
                    "In working sessions, partners agreed the main principles of the future "
                    "cooperation model: equal participation in decisions, shared ownership of "
                    "results and respect for each context. They also defined the first "
                    "peer-learning themes and started planning the open resources platform. A "
                    "revised draft will be discussed online in the coming months."
                ),
                (
                    "En las sesiones de trabajo, los socios acordaron los principios básicos del "
                    "futuro modelo de cooperación: participación igualitaria en las decisiones, "
                    "propiedad compartida de los resultados y respeto a cada contexto. También "
                    "definieron los primeros temas de aprendizaje entre pares y empezaron a "
                    "planificar la plataforma de recursos abiertos. En los próximos meses se "
                    "debatirá en línea un borrador revisado."
                ),
                (
                    "Lan-saioetan, bazkideek etorkizuneko lankidetza-ereduaren oinarrizko "
                    "printzipioak adostu zituzten: erabakietan parte-hartze berdina, emaitzen "
                    "jabetza partekatua eta testuinguru bakoitzarekiko errespetua. Parekideen "
                    "arteko ikaskuntzako lehen gaiak ere zehaztu zituzten, eta baliabide irekien "
                    "plataforma planifikatzen hasi ziren. Datozen hilabeteetan, zirriborro "
                    "berrikusi bat eztabaidatuko da linean."
                ),
            ),
        ],
    },
    # 12. 2024-12-12: Needs analysis summary report now available
    {
        "slug": (
            "needs-analysis-summary-report-now-available",
            "disponible-el-informe-resumen-del-analisis-de-necesidades",
            "beharren-azterketaren-laburpen-txostena-eskuragarri",
        ),
        "date": "2024-12-12",
        "topics": ["publications"],
        "tags": ["innovet-latam", "quality"],
        "title": (
            "Needs analysis summary report now available",
            "Ya está disponible el informe resumen del análisis de necesidades",
            "Beharren azterketaren laburpen-txostena eskuragarri dago",
        ),
        "standfirst": (
            (
                "A short report brings together what teachers, managers, learners and employers in "
                "the five partner countries said about their priorities for vocational education "
                "and training."
            ),
            (
                "Un breve informe reúne lo que docentes, equipos directivos, alumnado y "
                "empleadores de los cinco países socios expresaron sobre sus prioridades en "
                "formación profesional."
            ),
            (
                "Txosten labur batek bost bazkide-herrialdeetako irakasleek, zuzendaritza-taldeek, "
                "ikasleek eta enplegatzaileek lanbide-heziketari buruzko lehentasunez esandakoa "
                "biltzen du."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The report identifies shared priorities, such as stronger links with "
                    "employers, teacher training in digital and active methods and better "
                    "recognition of non-formal learning. It also shows clear differences: European "
                    "centres focus more on new technologies and quality systems, while Latin "
                    "American partners stress access, inclusion and community development."
                ),
                (
                    "El informe identifica prioridades compartidas, como un vínculo más estrecho "
                    "con los empleadores, la formación del profesorado en metodologías digitales y "
                    "activas y un mejor reconocimiento del aprendizaje no formal. También muestra "
                    "diferencias claras: los centros europeos se centran más en las nuevas "
                    "tecnologías y los sistemas de calidad, mientras que los socios "
                    "latinoamericanos insisten en el acceso, la inclusión y el desarrollo "
                    "comunitario."
                ),
                (
                    "Txostenak lehentasun partekatuak identifikatzen ditu, hala nola "
                    "enplegatzaileekiko lotura estuagoa, irakasleen prestakuntza metodo digital "
                    "eta aktiboetan eta ikaskuntza ez-formalaren aitortza hobea. Alde nabarmenak "
                    "ere erakusten ditu: Europako ikastetxeek teknologia berrietan eta "
                    "kalitate-sistemetan jartzen dute arreta gehiago, eta Latinoamerikako "
                    "bazkideek, berriz, sarbidean, inklusioan eta komunitatearen garapenean."
                ),
            ),
            (
                (
                    "These findings confirm the value of a two-way approach, since each region is "
                    "strong where the other wants to improve. The report is written in English and "
                    "Spanish and will be used as the reference document for designing the "
                    "cooperation model, the trainer-training programme and the first open "
                    "educational resources."
                ),
                (
                    "Estas conclusiones confirman el valor de un enfoque de doble sentido, ya que "
                    "cada región es fuerte allí donde la otra quiere mejorar. El informe está "
                    "redactado en inglés y español y servirá como documento de referencia para "
                    "diseñar el modelo de cooperación, el programa de formación de formadores y "
                    "los primeros recursos educativos abiertos."
                ),
                (
                    "Ondorio horiek bi norabideko ikuspegiaren balioa berresten dute, eskualde "
                    "bakoitza indartsua baita bestea hobetu nahi duen arloan. Txostena ingelesez "
                    "eta gaztelaniaz idatzita dago, eta erreferentziako dokumentu gisa erabiliko "
                    "da lankidetza-eredua, prestatzaileen prestakuntza-programa eta lehen "
                    "hezkuntza-baliabide irekiak diseinatzeko."
                ),
            ),
        ],
    },
    # 13. 2025-01-30: Webinar looks at green skills across vocational curricula
    {
        "slug": (
            "webinar-looks-at-green-skills-across-curricula",
            "un-webinar-analiza-las-competencias-verdes",
            "webinarra-gaitasun-berdeak-curriculumetan",
        ),
        "date": "2025-01-30",
        "topics": ["green-skills"],
        "tags": ["webinar", "erasmus-plus"],
        "title": (
            "Webinar looks at green skills across vocational curricula",
            "Un webinar analiza las competencias verdes en los currículos de formación profesional",
            "Webinar batek lanbide-heziketako curriculumetako gaitasun berdeak aztertu ditu",
        ),
        "standfirst": (
            (
                "Trainers from the partnership discussed practical ways of bringing energy "
                "efficiency, resource saving and environmental awareness into everyday vocational "
                "teaching, whatever the trade."
            ),
            (
                "Formadores de la alianza debatieron formas prácticas de incorporar la eficiencia "
                "energética, el ahorro de recursos y la conciencia ambiental a la enseñanza diaria "
                "de la formación profesional, sea cual sea el oficio."
            ),
            (
                "Partzuergoko prestatzaileek eguneroko lanbide-irakaskuntzan "
                "energia-eraginkortasuna, baliabideen aurrezpena eta ingurumen-kontzientzia "
                "txertatzeko modu praktikoak eztabaidatu zituzten, lanbidea edozein dela ere."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Green skills are not only for specialists in renewable energy. Speakers "
                    "showed examples from hospitality, construction, mechanics and agriculture, "
                    "where small changes in procedures can reduce waste and energy use. Basque "
                    "participants linked to the SECOVE network explained how their centres include "
                    "sustainability challenges in projects with companies."
                ),
                (
                    "Las competencias verdes no son solo cosa de especialistas en energías "
                    "renovables. Los ponentes mostraron ejemplos de hostelería, construcción, "
                    "mecánica y agricultura en los que pequeños cambios en los procedimientos "
                    "permiten reducir residuos y consumo energético. Participantes vascos "
                    "vinculados a la red SECOVE explicaron cómo sus centros incluyen retos de "
                    "sostenibilidad en proyectos con empresas."
                ),
                (
                    "Gaitasun berdeak ez dira energia berriztagarrietako espezialistentzat soilik. "
                    "Hizlariek ostalaritzako, eraikuntzako, mekanikako eta nekazaritzako adibideak "
                    "erakutsi zituzten, non prozeduretako aldaketa txikiek hondakinak eta "
                    "energia-kontsumoa murriztu ditzaketen. SECOVE sareari lotutako euskal "
                    "parte-hartzaileek azaldu zuten nola txertatzen dituzten beren ikastetxeek "
                    "jasangarritasun-erronkak enpresekin egiten dituzten proiektuetan."
                ),
            ),
            (
                (
                    "Colleagues from Guatemala and Venezuela described community initiatives on "
                    "water management, urban gardens and recycling that already combine learning "
                    "with local action. The session ended with a proposal to develop a short "
                    "module on green skills for all trades, to be tested in several partner "
                    "countries and shared as an open resource."
                ),
                (
                    "Colegas de Guatemala y Venezuela describieron iniciativas comunitarias de "
                    "gestión del agua, huertos urbanos y reciclaje que ya combinan el aprendizaje "
                    "con la acción local. La sesión concluyó con la propuesta de elaborar un "
                    "módulo breve sobre competencias verdes para todos los oficios, que se probará "
                    "en varios países socios y se compartirá como recurso abierto."
                ),
                (
                    "Guatemalako eta Venezuelako lankideek uraren kudeaketari, hiri-baratzeei eta "
                    "birziklatzeari buruzko komunitate-ekimenak deskribatu zituzten, dagoeneko "
                    "ikaskuntza eta tokiko ekintza uztartzen dituztenak. Saioa amaitzeko, lanbide "
                    "guztietarako gaitasun berdeei buruzko modulu labur bat prestatzea proposatu "
                    "zen, hainbat bazkide-herrialdetan probatu eta baliabide ireki gisa "
                    "partekatzeko."
                ),
            ),
        ],
    },
    # 14. 2025-02-20: Design work starts on the open educational resources platform
    {
        "slug": (
            "design-work-starts-on-the-open-resources-platform",
            "comienza-el-diseno-de-la-plataforma-de-recursos-abiertos",
            "baliabide-irekien-plataforma-diseinatzen-hasi-dira",
        ),
        "date": "2025-02-20",
        "topics": ["digital-skills"],
        "tags": ["oer"],
        "title": (
            "Design work starts on the open educational resources platform",
            "Comienza el diseño de la plataforma de recursos educativos abiertos",
            "Hezkuntza-baliabide irekien plataforma diseinatzen hasi dira",
        ),
        "standfirst": (
            (
                "IT Solutions for All is leading the design of the INNOVET platform, which will "
                "host training materials, good practices and tools created by partners in Europe "
                "and Latin America."
            ),
            (
                "IT Solutions for All lidera el diseño de la plataforma INNOVET, que alojará "
                "materiales formativos, buenas prácticas y herramientas creadas por los socios de "
                "Europa y América Latina."
            ),
            (
                "IT Solutions for All erakundea ari da INNOVET plataformaren diseinua gidatzen; "
                "Europako eta Latinoamerikako bazkideek sortutako prestakuntza-materialak, "
                "jardunbide egokiak eta tresnak bilduko ditu plataformak."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The first step has been to agree on what users need. Partners described the "
                    "teachers who will use the platform: some with fast connections and recent "
                    "devices, others relying on a mobile phone and occasional access. The design "
                    "therefore puts simple navigation, light pages and downloadable materials "
                    "ahead of advanced features."
                ),
                (
                    "El primer paso ha sido acordar qué necesitan las personas usuarias. Los "
                    "socios describieron al profesorado que utilizará la plataforma: unos con "
                    "conexiones rápidas y dispositivos recientes, otros con un teléfono móvil y "
                    "acceso ocasional. Por ello, el diseño prioriza una navegación sencilla, "
                    "páginas ligeras y materiales descargables frente a funciones avanzadas."
                ),
                (
                    "Lehen urratsa erabiltzaileek zer behar duten adostea izan da. Bazkideek "
                    "plataforma erabiliko duten irakasleak deskribatu zituzten: batzuk konexio "
                    "azkarrekin eta gailu berriekin, beste batzuk telefono mugikor batekin eta "
                    "noizean behingo sarbidearekin. Horregatik, diseinuak nabigazio sinplea, orri "
                    "arinak eta deskarga daitezkeen materialak lehenesten ditu, funtzio "
                    "aurreratuen gainetik."
                ),
            ),
            (
                (
                    "All content will be published under open licences so that it can be reused "
                    "and adapted. Resources will be organised by theme, such as teaching methods, "
                    "digital skills, green skills and inclusion, and available in English and "
                    "Spanish. A first prototype will be shown to partners for feedback before any "
                    "content is uploaded."
                ),
                (
                    "Todos los contenidos se publicarán con licencias abiertas para que puedan "
                    "reutilizarse y adaptarse. Los recursos se organizarán por temas, como "
                    "metodologías docentes, competencias digitales, competencias verdes e "
                    "inclusión, y estarán disponibles en inglés y español. Antes de subir "
                    "contenidos, se presentará a los socios un primer prototipo para recoger sus "
                    "comentarios."
                ),
                (
                    "Eduki guztiak lizentzia irekiekin argitaratuko dira, berrerabili eta egokitu "
                    "ahal izateko. Baliabideak gaika antolatuko dira (irakaskuntza-metodoak, "
                    "gaitasun digitalak, gaitasun berdeak eta inklusioa, besteak beste), eta "
                    "ingelesez eta gaztelaniaz egongo dira eskuragarri. Edukiak igo aurretik, "
                    "lehen prototipo bat aurkeztuko zaie bazkideei, iritzia eman dezaten."
                ),
            ),
        ],
    },
    # 15. 2025-03-27: Partners agree on quality assurance guidelines
    {
        "slug": (
            "partners-agree-on-quality-assurance-guidelines",
            "los-socios-acuerdan-pautas-de-aseguramiento-de-la-calidad",
            "bazkideek-kalitatea-bermatzeko-jarraibideak-adostu-dituzte",
        ),
        "date": "2025-03-27",
        "topics": ["publications"],
        "tags": ["quality", "innovet-latam"],
        "title": (
            "Partners agree on quality assurance guidelines",
            "Los socios acuerdan unas pautas de aseguramiento de la calidad",
            "Bazkideek kalitatea bermatzeko jarraibideak adostu dituzte",
        ),
        "standfirst": (
            (
                "A short set of guidelines describes how the partnership will check the quality of "
                "its training activities, materials and cooperation, using simple tools that every "
                "organisation can apply."
            ),
            (
                "Unas breves pautas describen cómo comprobará la alianza la calidad de sus "
                "actividades formativas, sus materiales y su cooperación, con herramientas "
                "sencillas que cualquier organización puede aplicar."
            ),
            (
                "Jarraibide labur batzuek deskribatzen dute partzuergoak nola egiaztatuko duen "
                "bere prestakuntza-jardueren, materialen eta lankidetzaren kalitatea, edozein "
                "erakundek aplika ditzakeen tresna sinpleekin."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The guidelines are inspired by the European quality assurance reference "
                    "framework for VET, but adapted to the size and resources of each partner. "
                    "They cover feedback forms for participants, peer review of training materials "
                    "before publication and a short self-assessment that each organisation "
                    "completes after major activities."
                ),
                (
                    "Las pautas se inspiran en el marco europeo de referencia para el "
                    "aseguramiento de la calidad en la formación profesional, pero se han adaptado "
                    "al tamaño y los recursos de cada socio. Incluyen cuestionarios de valoración "
                    "para participantes, la revisión por pares de los materiales antes de su "
                    "publicación y una breve autoevaluación que cada organización completa tras "
                    "las actividades principales."
                ),
                (
                    "Jarraibideek lanbide-heziketako kalitatea bermatzeko Europako "
                    "erreferentzia-esparrua dute inspirazio-iturri, baina bazkide bakoitzaren "
                    "tamainara eta baliabideetara egokituta daude. Parte-hartzaileentzako "
                    "balorazio-galdetegiak, materialak argitaratu aurretik parekideek egindako "
                    "berrikuspena eta jarduera nagusien ondoren erakunde bakoitzak betetzen duen "
                    "autoebaluazio labur bat jasotzen dituzte."
                ),
            ),
            (
                (
                    "Latin American partners added an important element: the voice of learners and "
                    "communities, collected through group conversations as well as questionnaires. "
                    "The guidelines will be reviewed every year, and the lessons learned will also "
                    "feed into the quality chapter of the cooperation model."
                ),
                (
                    "Los socios latinoamericanos añadieron un elemento importante: la voz del "
                    "alumnado y de las comunidades, recogida mediante conversaciones grupales "
                    "además de cuestionarios. Las pautas se revisarán cada año, y las lecciones "
                    "aprendidas alimentarán también el capítulo de calidad del modelo de "
                    "cooperación."
                ),
                (
                    "Latinoamerikako bazkideek elementu garrantzitsu bat gehitu zuten: ikasleen "
                    "eta komunitateen ahotsa, galdetegien bidez ez ezik talde-elkarrizketen bidez "
                    "ere jasoa. Jarraibideak urtero berrikusiko dira, eta ikasitakoa "
                    "lankidetza-ereduaren kalitateari buruzko atalean ere txertatuko da."
                ),
            ),
        ],
    },
    # 16. 2025-04-24: From a community course to a job in solar energy
    {
        "slug": (
            "from-a-community-course-to-a-job-in-solar-energy",
            "de-un-curso-comunitario-a-un-empleo-en-energia-solar",
            "komunitate-ikastarotik-eguzki-energiako-lanpostura",
        ),
        "date": "2025-04-24",
        "topics": ["inclusion", "green-skills"],
        "tags": ["guatemala"],
        "title": (
            "From a community course to a job in solar energy",
            "De un curso comunitario a un empleo en energía solar",
            "Komunitate-ikastarotik eguzki-energiako lanpostura",
        ),
        "standfirst": (
            (
                "A young woman from a rural area near Guatemala City explains how a practical "
                "course supported by a partner organisation opened the door to work installing "
                "solar panels."
            ),
            (
                "Una joven de una zona rural cercana a Ciudad de Guatemala cuenta cómo un curso "
                "práctico impulsado por una organización socia le abrió las puertas a un empleo "
                "instalando paneles solares."
            ),
            (
                "Guatemala Hiriaren inguruko landa-eremu bateko emakume gazte batek kontatzen du "
                "bazkide-erakunde batek bultzatutako ikastaro praktiko batek nola zabaldu zizkion "
                "ateak eguzki-panelak instalatzeko lan bati."
            ),
        ),
        "paragraphs": [
            (
                (
                    "She left school early to help her family and spent several years in informal "
                    "jobs. When a local association offered a free course in basic electricity and "
                    "solar installations, she signed up with little confidence. The course "
                    "combined short theory sessions with hands-on practice, and trainers adapted "
                    "the pace to learners who worked during the day."
                ),
                (
                    "Dejó pronto los estudios para ayudar a su familia y pasó varios años en "
                    "empleos informales. Cuando una asociación local ofreció un curso gratuito de "
                    "electricidad básica e instalaciones solares, se apuntó con poca confianza. El "
                    "curso combinaba breves sesiones teóricas con mucha práctica, y los formadores "
                    "adaptaban el ritmo a quienes trabajaban durante el día."
                ),
                (
                    "Goiz utzi zituen ikasketak familiari laguntzeko, eta hainbat urte eman zituen "
                    "lan informaletan. Tokiko elkarte batek oinarrizko elektrizitateko eta "
                    "eguzki-instalazioetako doako ikastaro bat eskaini zuenean, izena eman zuen, "
                    "konfiantza handirik gabe. Ikastaroak saio teoriko laburrak eta praktika ugari "
                    "uztartzen zituen, eta prestatzaileek erritmoa egunez lan egiten zuten "
                    "ikasleei egokitzen zioten."
                ),
            ),
            (
                (
                    "Today she works for a small company that installs solar systems in homes and "
                    "schools, and she helps new trainees during their practice. Stories like hers "
                    "show why INNOVET LATAM combines inclusion with green skills: when training is "
                    "close to people and to real jobs, it can change lives and support the energy "
                    "transition at the same time."
                ),
                (
                    "Hoy trabaja en una pequeña empresa que instala sistemas solares en viviendas "
                    "y escuelas, y ayuda a las nuevas personas en prácticas. Historias como la "
                    "suya muestran por qué INNOVET LATAM une inclusión y competencias verdes: "
                    "cuando la formación está cerca de las personas y del empleo real, puede "
                    "cambiar vidas y apoyar al mismo tiempo la transición energética."
                ),
                (
                    "Gaur egun, etxeetan eta eskoletan eguzki-sistemak instalatzen dituen enpresa "
                    "txiki batean egiten du lan, eta praktiketako ikasle berriei laguntzen die. "
                    "Haren istorioaren antzekoek erakusten dute zergatik uztartzen dituen INNOVET "
                    "LATAM proiektuak inklusioa eta gaitasun berdeak: prestakuntza pertsonengandik "
                    "eta benetako lanpostuetatik gertu dagoenean, bizitzak alda ditzake eta, aldi "
                    "berean, trantsizio energetikoa bultza dezake."
                ),
            ),
        ],
    },
    # 17. 2025-05-16: Trainers from both continents meet for a workshop in Udine
    {
        "slug": (
            "trainers-from-both-continents-meet-in-udine",
            "formadores-de-ambos-continentes-se-reunen-en-udine",
            "bi-kontinenteetako-prestatzaileak-udinen-bildu-dira",
        ),
        "date": "2025-05-16",
        "topics": ["teacher-training"],
        "tags": ["peer-learning", "mobility"],
        "title": (
            "Trainers from both continents meet for a workshop in Udine",
            "Formadores de ambos continentes se reúnen en un taller en Udine",
            "Bi kontinenteetako prestatzaileak tailer batean bildu dira Udinen",
        ),
        "standfirst": (
            (
                "IAL FVG hosted a one-day workshop where trainers from Europe and Latin America "
                "tried out active teaching methods and started co-designing the project's "
                "trainer-training programme."
            ),
            (
                "IAL FVG acogió un taller de una jornada en el que formadores de Europa y América "
                "Latina probaron metodologías docentes activas y empezaron a codiseñar el programa "
                "de formación de formadores del proyecto."
            ),
            (
                "IAL FVG erakundeak egun bateko tailer bat antolatu zuen; bertan, Europako eta "
                "Latinoamerikako prestatzaileek irakaskuntza-metodo aktiboak probatu zituzten eta "
                "proiektuko prestatzaileen prestakuntza-programa elkarrekin diseinatzen hasi "
                "ziren."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The morning was devoted to practice rather than presentations. In small mixed "
                    "groups, participants experienced project-based learning, simulation of work "
                    "situations and peer assessment as if they were students, then discussed what "
                    "would work in their own classrooms. A trainer from Udine led a session on "
                    "designing learning activities around real tasks from local companies."
                ),
                (
                    "La mañana se dedicó a la práctica más que a las presentaciones. En pequeños "
                    "grupos mixtos, los participantes vivieron como alumnos el aprendizaje basado "
                    "en proyectos, la simulación de situaciones laborales y la evaluación entre "
                    "pares, y después comentaron qué funcionaría en sus propias aulas. Una "
                    "formadora de Udine dirigió una sesión sobre el diseño de actividades a partir "
                    "de tareas reales de empresas locales."
                ),
                (
                    "Goiza praktikari eskaini zitzaion, aurkezpenei baino gehiago. Talde misto "
                    "txikietan, parte-hartzaileek ikasle gisa esperimentatu zituzten proiektuetan "
                    "oinarritutako ikaskuntza, lan-egoeren simulazioa eta parekideen arteko "
                    "ebaluazioa, eta gero beren ikasgeletan zer funtziona lezakeen eztabaidatu "
                    "zuten. Udineko prestatzaile batek saio bat gidatu zuen, tokiko enpresen "
                    "benetako zereginetatik abiatuta ikaskuntza-jarduerak diseinatzeari buruz."
                ),
            ),
            (
                (
                    "In the afternoon, the group mapped the modules of the trainer-training "
                    "programme: active methods, digital tools, green skills, inclusive teaching "
                    "and work-based learning. Each module will be drafted by a mixed team of "
                    "European and Latin American partners, so that examples and case studies come "
                    "from both regions."
                ),
                (
                    "Por la tarde, el grupo definió los módulos del programa de formación de "
                    "formadores: metodologías activas, herramientas digitales, competencias "
                    "verdes, enseñanza inclusiva y aprendizaje en el puesto de trabajo. Cada "
                    "módulo lo redactará un equipo mixto de socios europeos y latinoamericanos, "
                    "para que los ejemplos y los estudios de caso procedan de ambas regiones."
                ),
                (
                    "Arratsaldean, taldeak prestatzaileen prestakuntza-programako moduluak zehaztu "
                    "zituen: metodo aktiboak, tresna digitalak, gaitasun berdeak, irakaskuntza "
                    "inklusiboa eta lanean oinarritutako ikaskuntza. Modulu bakoitza Europako eta "
                    "Latinoamerikako bazkideez osatutako talde misto batek idatziko du, adibideak "
                    "eta kasu-azterketak bi eskualdeetatik etor daitezen."
                ),
            ),
        ],
    },
    # 18. 2025-06-19: Partner meeting in Caracas puts community learning at the centre
    {
        "slug": (
            "partner-meeting-in-caracas",
            "reunion-de-socios-en-caracas",
            "bazkideen-bilera-caracasen",
        ),
        "date": "2025-06-19",
        "topics": ["cooperation", "inclusion"],
        "tags": ["venezuela", "innovet-latam"],
        "title": (
            "Partner meeting in Caracas puts community learning at the centre",
            "La reunión de socios en Caracas sitúa el aprendizaje comunitario en el centro",
            "Caracaseko bazkide-bilerak komunitate-ikaskuntza jarri du erdigunean",
        ),
        "standfirst": (
            (
                "Asociación Civil Fe y Alegría and Grupo Social CESAP welcomed the partnership to "
                "Venezuela for a meeting that combined project planning with visits to community "
                "training initiatives."
            ),
            (
                "Asociación Civil Fe y Alegría y Grupo Social CESAP recibieron a la alianza en "
                "Venezuela en una reunión que combinó la planificación del proyecto con visitas a "
                "iniciativas comunitarias de formación."
            ),
            (
                "Asociación Civil Fe y Alegría eta Grupo Social CESAP erakundeek partzuergoa hartu "
                "zuten Venezuelan, proiektuaren plangintza eta komunitateko "
                "prestakuntza-ekimenetarako bisitak uztartu zituen bilera batean."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Partners visited community centres where young people and adults learn trades "
                    "such as baking, sewing, electrical repairs and computer maintenance. Hosts "
                    "explained how courses are planned with local residents, how volunteers "
                    "support learners and how training is linked to small productive projects that "
                    "generate income for families."
                ),
                (
                    "Los socios visitaron centros comunitarios donde jóvenes y personas adultas "
                    "aprenden oficios como panadería, costura, reparaciones eléctricas o "
                    "mantenimiento informático. Los anfitriones explicaron cómo se planifican los "
                    "cursos con el vecindario, cómo apoya el voluntariado al alumnado y cómo se "
                    "vincula la formación a pequeños proyectos productivos que generan ingresos "
                    "para las familias."
                ),
                (
                    "Bazkideek komunitate-zentroak bisitatu zituzten, non gazteek eta helduek "
                    "okintza, jostungintza, konponketa elektrikoak edo ordenagailuen mantentzea "
                    "bezalako lanbideak ikasten dituzten. Harrera egin zietenek azaldu zuten nola "
                    "planifikatzen diren ikastaroak auzotarrekin, nola laguntzen dieten "
                    "boluntarioek ikasleei eta nola lotzen den prestakuntza familientzako "
                    "diru-sarrerak sortzen dituzten proiektu produktibo txikiekin."
                ),
            ),
            (
                (
                    "In the working sessions, partners reviewed progress on the cooperation model "
                    "and agreed how community-based learning will be described in it, not as a "
                    "substitute for formal VET but as a valuable pathway in its own right. "
                    "European partners also identified practices they would like to test in their "
                    "own adult education programmes."
                ),
                (
                    "En las sesiones de trabajo, los socios revisaron los avances del modelo de "
                    "cooperación y acordaron cómo se describirá en él el aprendizaje comunitario: "
                    "no como sustituto de la formación profesional reglada, sino como una vía "
                    "valiosa en sí misma. Los socios europeos identificaron además prácticas que "
                    "les gustaría probar en sus propios programas de educación de personas "
                    "adultas."
                ),
                (
                    "Lan-saioetan, bazkideek lankidetza-ereduaren aurrerapenak berrikusi zituzten, "
                    "eta adostu zuten nola deskribatuko den bertan komunitatean oinarritutako "
                    "ikaskuntza: ez lanbide-heziketa arautuaren ordezko gisa, baizik eta berez "
                    "baliotsua den ibilbide gisa. Europako bazkideek, gainera, beren helduen "
                    "hezkuntzako programetan probatu nahiko lituzketen jardunbideak identifikatu "
                    "zituzten."
                ),
            ),
        ],
    },
    # 19. 2025-09-25: Teacher mobility: job shadowing across the Atlantic
    {
        "slug": (
            "teacher-mobility-job-shadowing-across-the-atlantic",
            "movilidad-docente-a-ambos-lados-del-atlantico",
            "irakasleen-mugikortasuna-atlantikoaren-bi-aldeetan",
        ),
        "date": "2025-09-25",
        "topics": ["teacher-training"],
        "tags": ["mobility", "guatemala", "venezuela"],
        "title": (
            "Teacher mobility: job shadowing across the Atlantic",
            "Movilidad docente: observación en el puesto de trabajo a ambos lados del Atlántico",
            "Irakasleen mugikortasuna: lanpostuko behaketa Atlantikoaren bi aldeetan",
        ),
        "standfirst": (
            (
                "Short job-shadowing stays allowed teachers from partner organisations to observe "
                "colleagues at work, share methods and bring new ideas back to their own "
                "classrooms."
            ),
            (
                "Breves estancias de observación permitieron a docentes de las organizaciones "
                "socias ver trabajar a sus colegas, compartir metodologías y llevar nuevas ideas a "
                "sus propias aulas."
            ),
            (
                "Behaketa-egonaldi laburrei esker, bazkide-erakundeetako irakasleek lankideak "
                "lanean ikusi, metodoak partekatu eta ideia berriak beren ikasgeletara eraman ahal "
                "izan dituzte."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Teachers from Spain and Italy spent a week with partners in Guatemala and "
                    "Venezuela, while colleagues from Latin America joined training centres in "
                    "Europe. Each participant followed a simple plan: observe lessons, take part "
                    "in team meetings, co-teach at least one session and write a short reflection "
                    "on what they learned."
                ),
                (
                    "Docentes de España e Italia pasaron una semana con los socios de Guatemala y "
                    "Venezuela, mientras que colegas latinoamericanos se incorporaron a centros de "
                    "formación europeos. Cada participante siguió un plan sencillo: observar "
                    "clases, participar en reuniones de equipo, impartir al menos una sesión en "
                    "pareja y escribir una breve reflexión sobre lo aprendido."
                ),
                (
                    "Espainiako eta Italiako irakasleek astebete eman zuten Guatemalako eta "
                    "Venezuelako bazkideekin, eta Latinoamerikako lankideak, berriz, Europako "
                    "prestakuntza-zentroetan aritu ziren. Parte-hartzaile bakoitzak plan sinple "
                    "bati jarraitu zion: eskolak behatu, talde-bileretan parte hartu, gutxienez "
                    "saio bat beste irakasle batekin batera eman eta ikasitakoari buruzko gogoeta "
                    "labur bat idatzi."
                ),
            ),
            (
                (
                    "Participants valued seeing familiar challenges solved in unfamiliar ways. "
                    "European teachers were struck by the strong bond between trainers and "
                    "communities; Latin American teachers noted the close cooperation between "
                    "centres and employers. Their reflections will be collected in a short guide "
                    "to help future mobility participants prepare."
                ),
                (
                    "Los participantes valoraron ver cómo se resuelven de otra manera retos "
                    "conocidos. Al profesorado europeo le llamó la atención el fuerte vínculo "
                    "entre formadores y comunidades; el latinoamericano destacó la estrecha "
                    "cooperación entre centros y empleadores. Sus reflexiones se recogerán en una "
                    "breve guía para ayudar a preparar futuras movilidades."
                ),
                (
                    "Parte-hartzaileek oso baloratu zuten erronka ezagunak beste modu batera nola "
                    "konpontzen diren ikustea. Europako irakasleen arreta prestatzaileen eta "
                    "komunitateen arteko lotura sendoak erakarri zuen; Latinoamerikakoek, berriz, "
                    "ikastetxeen eta enplegatzaileen arteko lankidetza estua nabarmendu zuten. "
                    "Haien gogoetak gida labur batean bilduko dira, etorkizuneko mugikortasunetako "
                    "parte-hartzaileek prestatzeko lagungarri izan dezaten."
                ),
            ),
        ],
    },
    # 20. 2025-11-13: Udine meeting reviews the draft cooperation model
    {
        "slug": (
            "udine-meeting-reviews-the-draft-cooperation-model",
            "la-reunion-de-udine-revisa-el-borrador-del-modelo",
            "udineko-bilerak-ereduaren-zirriborroa-berrikusi-du",
        ),
        "date": "2025-11-13",
        "topics": ["cooperation", "publications"],
        "tags": ["innovet-latam", "peer-learning"],
        "title": (
            "Udine meeting reviews the draft cooperation model",
            "La reunión de Udine revisa el borrador del modelo de cooperación",
            "Udineko bilerak lankidetza-ereduaren zirriborroa berrikusi du",
        ),
        "standfirst": (
            (
                "Meeting at IAL FVG, partners went through the draft 2-WAY Cooperation Model "
                "chapter by chapter and agreed the final steps before its publication next year."
            ),
            (
                "Reunidos en la sede de IAL FVG, los socios revisaron capítulo a capítulo el "
                "borrador del Modelo de Cooperación 2-WAY y acordaron los últimos pasos antes de "
                "su publicación el próximo año."
            ),
            (
                "IAL FVG erakundearen egoitzan bildurik, bazkideek 2-WAY Lankidetza Ereduaren "
                "zirriborroa kapituluz kapitulu berrikusi zuten, eta datorren urtean argitaratu "
                "aurreko azken urratsak adostu zituzten."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Each chapter had been drafted by a mixed team, and the meeting was the first "
                    "chance to read the whole document together. Discussions focused on the "
                    "governance section, to make sure every partner has a real voice in decisions, "
                    "and on the agreement that should keep cooperation alive once the project "
                    "ends."
                ),
                (
                    "Cada capítulo había sido redactado por un equipo mixto, y la reunión fue la "
                    "primera ocasión de leer juntos el documento completo. Los debates se "
                    "centraron en el apartado de gobernanza, para garantizar que todos los socios "
                    "tengan una voz real en las decisiones, y en el acuerdo que debe mantener viva "
                    "la cooperación una vez finalizado el proyecto."
                ),
                (
                    "Kapitulu bakoitza talde misto batek idatzi zuen aldez aurretik, eta bilera "
                    "izan zen dokumentu osoa elkarrekin irakurtzeko lehen aukera. Eztabaidak "
                    "gobernantzari buruzko atalean zentratu ziren, bazkide guztiek erabakietan "
                    "benetako ahotsa izan dezaten bermatzeko, bai eta proiektua amaitu ondoren "
                    "lankidetza bizirik mantendu behar duen hitzarmenean ere."
                ),
            ),
            (
                (
                    "Partners also tested the model against real situations, using examples from "
                    "the peer-learning visits and mobility stays. Several sections were simplified "
                    "so that the document can be used by centres that were not involved in the "
                    "project. Final editing and translation will take place over the coming "
                    "months."
                ),
                (
                    "Los socios pusieron a prueba el modelo con situaciones reales, a partir de "
                    "ejemplos de las visitas de aprendizaje entre pares y de las estancias de "
                    "movilidad. Se simplificaron varios apartados para que el documento pueda ser "
                    "utilizado por centros que no han participado en el proyecto. La edición final "
                    "y la traducción se completarán en los próximos meses."
                ),
                (
                    "Bazkideek eredua benetako egoeretan ere probatu zuten, parekideen arteko "
                    "ikaskuntza-bisitetako eta mugikortasun-egonaldietako adibideak erabiliz. "
                    "Hainbat atal sinplifikatu ziren, proiektuan parte hartu ez duten ikastetxeek "
                    "ere dokumentua erabili ahal izan dezaten. Azken edizioa eta itzulpena datozen "
                    "hilabeteetan egingo dira."
                ),
            ),
        ],
    },
    # 21. 2025-12-11: Basque vocational centres open their innovation hubs to the network
    {
        "slug": (
            "basque-centres-open-their-innovation-hubs",
            "los-centros-vascos-abren-sus-espacios-de-innovacion",
            "euskal-ikastetxeek-berrikuntza-guneak-zabaldu-dituzte",
        ),
        "date": "2025-12-11",
        "topics": ["green-skills"],
        "tags": ["secove", "basque-country"],
        "title": (
            "Basque vocational centres open their innovation hubs to the network",
            "Los centros vascos de formación profesional abren sus espacios de innovación a la red",
            "Euskal lanbide-heziketako ikastetxeek berrikuntza-guneak zabaldu dizkiote sareari",
        ),
        "standfirst": (
            (
                "Within the SECOVE network, several Basque centres hosted open days showing how "
                "their innovation hubs help students and companies work together on sustainable "
                "energy projects."
            ),
            (
                "En el marco de la red SECOVE, varios centros vascos organizaron jornadas de "
                "puertas abiertas para mostrar cómo sus espacios de innovación ayudan a alumnado y "
                "empresas a colaborar en proyectos de energía sostenible."
            ),
            (
                "SECOVE sarearen barruan, hainbat euskal ikastetxek ate irekien jardunaldiak "
                "antolatu zituzten, beren berrikuntza-guneek ikasleei eta enpresei energia "
                "jasangarriko proiektuetan elkarrekin lan egiten nola laguntzen dieten erakusteko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Visitors saw student teams working on challenges set by local companies, from "
                    "monitoring energy use in small workshops to testing control systems for solar "
                    "and heat pump installations. Teachers explained how these projects are "
                    "integrated into the curriculum and how companies take part in defining and "
                    "assessing them."
                ),
                (
                    "Los visitantes vieron a equipos de estudiantes trabajar en retos planteados "
                    "por empresas locales, desde la monitorización del consumo energético en "
                    "pequeños talleres hasta la prueba de sistemas de control para instalaciones "
                    "solares y de bomba de calor. El profesorado explicó cómo se integran estos "
                    "proyectos en el currículo y cómo participan las empresas en su definición y "
                    "evaluación."
                ),
                (
                    "Bisitariek tokiko enpresek proposatutako erronketan lanean ari ziren "
                    "ikasle-taldeak ikusi zituzten, tailer txikietako energia-kontsumoa "
                    "monitorizatzetik hasi eta eguzki-instalazioetarako eta bero-ponpetarako "
                    "kontrol-sistemak probatzeraino. Irakasleek azaldu zuten nola integratzen "
                    "diren proiektu horiek curriculumean eta nola parte hartzen duten enpresek "
                    "horiek definitzen eta ebaluatzen."
                ),
            ),
            (
                (
                    "For INNOVET LATAM, these open days offered useful material for the green "
                    "skills strand of the project. Partners from Guatemala and Venezuela followed "
                    "part of the programme online and discussed how a lighter version of the hub "
                    "model could work in centres with fewer resources."
                ),
                (
                    "Para INNOVET LATAM, estas jornadas aportaron material útil para la línea de "
                    "competencias verdes del proyecto. Socios de Guatemala y Venezuela siguieron "
                    "parte del programa en línea y debatieron cómo podría funcionar una versión "
                    "más ligera de este modelo en centros con menos recursos."
                ),
                (
                    "INNOVET LATAM proiektuarentzat, jardunaldi horiek material baliagarria "
                    "eskaini zuten gaitasun berdeen ildorako. Guatemalako eta Venezuelako "
                    "bazkideek egitarauaren zati bat linean jarraitu zuten, eta eredu horren "
                    "bertsio arinago batek baliabide gutxiagoko ikastetxeetan nola funtziona "
                    "lezakeen eztabaidatu zuten."
                ),
            ),
        ],
    },
    # 22. 2026-01-22: Venezuelan partners share their community learning methods with Europe
    {
        "slug": (
            "venezuelan-partners-share-community-learning-methods",
            "los-socios-venezolanos-comparten-sus-metodos-comunitarios",
            "venezuelako-bazkideek-beren-metodoak-partekatu-dituzte",
        ),
        "date": "2026-01-22",
        "topics": ["inclusion"],
        "tags": ["venezuela", "peer-learning"],
        "title": (
            "Venezuelan partners share their community learning methods with Europe",
            "Los socios venezolanos comparten con Europa sus métodos de aprendizaje comunitario",
            "Venezuelako bazkideek komunitate-ikaskuntzako metodoak partekatu dituzte Europarekin",
        ),
        "standfirst": (
            (
                "In a series of online peer-learning sessions, Asociación Civil Fe y Alegría and "
                "Grupo Social CESAP guided European trainers through the way they plan and run "
                "training with communities."
            ),
            (
                "En una serie de sesiones en línea de aprendizaje entre pares, Asociación Civil Fe "
                "y Alegría y Grupo Social CESAP mostraron a formadores europeos cómo planifican e "
                "imparten la formación junto a las comunidades."
            ),
            (
                "Parekideen arteko ikaskuntzako saio birtual batzuetan, Asociación Civil Fe y "
                "Alegría eta Grupo Social CESAP erakundeek Europako prestatzaileei erakutsi zieten "
                "nola planifikatu eta ematen duten prestakuntza komunitateekin batera."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The sessions covered the whole cycle: listening to the community to identify "
                    "needs, designing short courses with local partners, accompanying learners "
                    "beyond the classroom and celebrating achievements together. Trainers from "
                    "Belgium, Spain and Italy asked practical questions about motivation, dropout "
                    "prevention and the role of volunteers."
                ),
                (
                    "Las sesiones abarcaron todo el ciclo: escuchar a la comunidad para detectar "
                    "necesidades, diseñar cursos breves con entidades locales, acompañar al "
                    "alumnado más allá del aula y celebrar juntos los logros. Formadores de "
                    "Bélgica, España e Italia plantearon preguntas prácticas sobre la motivación, "
                    "la prevención del abandono y el papel del voluntariado."
                ),
                (
                    "Saioek ziklo osoa landu zuten: komunitateari entzutea beharrak "
                    "identifikatzeko, tokiko erakundeekin ikastaro laburrak diseinatzea, ikasleei "
                    "ikasgelatik kanpo ere laguntzea eta lorpenak elkarrekin ospatzea. Belgikako, "
                    "Espainiako eta Italiako prestatzaileek galdera praktikoak egin zituzten "
                    "motibazioari, eskola-uztearen prebentzioari eta boluntarioen zereginari "
                    "buruz."
                ),
            ),
            (
                (
                    "Several European participants are now adapting elements of this approach for "
                    "migrant learners and young people at risk of exclusion in their own "
                    "countries. This is exactly the kind of exchange the project was designed for: "
                    "good practice travelling from Latin America to Europe, and not only the other "
                    "way round."
                ),
                (
                    "Varios participantes europeos están adaptando ya elementos de este enfoque "
                    "para alumnado migrante y jóvenes en riesgo de exclusión en sus países. Es "
                    "justo el tipo de intercambio para el que se concibió el proyecto: buenas "
                    "prácticas que viajan de América Latina a Europa, y no solo en sentido "
                    "contrario."
                ),
                (
                    "Europako hainbat parte-hartzaile ikuspegi horren elementuak egokitzen ari "
                    "dira dagoeneko beren herrialdeetako ikasle migratzaileentzat eta "
                    "bazterketa-arriskuan dauden gazteentzat. Proiektua, hain zuzen ere, mota "
                    "horretako trukeak egiteko diseinatu zen: jardunbide egokiak Latinoamerikatik "
                    "Europara ere iristen dira, ez soilik alderantzizko norabidean."
                ),
            ),
        ],
    },
    # 23. 2026-02-12: Webinar shows open-source tools for blended learning
    {
        "slug": (
            "webinar-open-source-tools-for-blended-learning",
            "webinar-herramientas-libres-para-el-aprendizaje-combinado",
            "webinarra-ikaskuntza-mistorako-tresna-libreak",
        ),
        "date": "2026-02-12",
        "topics": ["digital-skills"],
        "tags": ["webinar", "oer"],
        "title": (
            "Webinar shows open-source tools for blended learning",
            "Un webinar muestra herramientas libres para el aprendizaje combinado",
            "Webinar batek ikaskuntza mistorako tresna libreak erakutsi ditu",
        ),
        "standfirst": (
            (
                "IT Solutions for All led a practical online session on free tools that help "
                "vocational teachers combine face-to-face classes with online activities, even "
                "with limited connectivity."
            ),
            (
                "IT Solutions for All dirigió una sesión práctica en línea sobre herramientas "
                "libres que ayudan al profesorado de formación profesional a combinar clases "
                "presenciales con actividades en línea, incluso con conectividad limitada."
            ),
            (
                "IT Solutions for All erakundeak saio praktiko bat gidatu zuen linean, "
                "lanbide-heziketako irakasleei aurrez aurreko eskolak eta lineako jarduerak "
                "uztartzen laguntzen dieten tresna libreei buruz, konektibitatea mugatua denean "
                "ere."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Participants learned how to create short interactive exercises, record simple "
                    "video explanations with a phone and organise materials in a learning platform "
                    "that students can also use offline. The trainers insisted on one principle: "
                    "technology should support good teaching, not replace it, and every tool "
                    "should be chosen for a clear purpose."
                ),
                (
                    "Los participantes aprendieron a crear ejercicios interactivos breves, grabar "
                    "explicaciones sencillas en vídeo con el móvil y organizar materiales en una "
                    "plataforma de aprendizaje que el alumnado también puede usar sin conexión. "
                    "Los formadores insistieron en un principio: la tecnología debe apoyar la "
                    "buena enseñanza, no sustituirla, y cada herramienta debe elegirse con un "
                    "propósito claro."
                ),
                (
                    "Parte-hartzaileek ariketa interaktibo laburrak sortzen, azalpen-bideo "
                    "sinpleak mugikorrarekin grabatzen eta ikasleek konexiorik gabe ere erabil "
                    "dezaketen ikaskuntza-plataforma batean materialak antolatzen ikasi zuten. "
                    "Prestatzaileek printzipio bat azpimarratu zuten: teknologiak irakaskuntza ona "
                    "lagundu behar du, ez ordezkatu, eta tresna bakoitza helburu argi batekin "
                    "aukeratu behar da."
                ),
            ),
            (
                (
                    "The webinar drew teachers from all partner countries, and many shared their "
                    "own tips in the chat. The tools presented, with short user guides and sample "
                    "lessons prepared during the session, will be included in the project's open "
                    "educational resources platform."
                ),
                (
                    "El webinar reunió a docentes de todos los países socios, y muchos "
                    "compartieron sus propios trucos en el chat. Las herramientas presentadas, "
                    "junto con guías breves y las clases de ejemplo preparadas durante la sesión, "
                    "se incluirán en la plataforma de recursos educativos abiertos del proyecto."
                ),
                (
                    "Webinarrak bazkide-herrialde guztietako irakasleak bildu zituen, eta askok "
                    "beren trikimailuak partekatu zituzten txatean. Aurkeztutako tresnak, "
                    "erabiltzeko gida laburrekin eta saioan prestatutako eskola-adibideekin "
                    "batera, proiektuaren hezkuntza-baliabide irekien plataforman sartuko dira."
                ),
            ),
        ],
    },
    # 24. 2026-04-23: Teachers test the first collection of open educational resources
    {
        "slug": (
            "teachers-test-the-first-open-resources-collection",
            "el-profesorado-prueba-la-primera-coleccion-de-recursos",
            "irakasleek-lehen-baliabide-bilduma-probatu-dute",
        ),
        "date": "2026-04-23",
        "topics": ["digital-skills", "publications"],
        "tags": ["oer", "quality"],
        "title": (
            "Teachers test the first collection of open educational resources",
            "El profesorado prueba la primera colección de recursos educativos abiertos",
            "Irakasleek hezkuntza-baliabide irekien lehen bilduma probatu dute",
        ),
        "standfirst": (
            (
                "Before the platform opens to the public, teachers in partner organisations are "
                "piloting a first set of open materials and telling developers what works and what "
                "needs to change."
            ),
            (
                "Antes de que la plataforma se abra al público, docentes de las organizaciones "
                "socias están pilotando un primer conjunto de materiales abiertos y contando a los "
                "desarrolladores qué funciona y qué debe cambiar."
            ),
            (
                "Plataforma publikoari zabaldu aurretik, bazkide-erakundeetako irakasleak material "
                "irekien lehen multzo bat probatzen ari dira, eta garatzaileei kontatzen diete "
                "zerk funtzionatzen duen eta zer aldatu behar den."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The first collection includes lesson plans on active methods, short units on "
                    "green skills, guides to free digital tools and examples of community-based "
                    "learning from Guatemala and Venezuela. Teachers are using the materials with "
                    "their groups and rating them for clarity, relevance and ease of adaptation to "
                    "their own context."
                ),
                (
                    "La primera colección incluye planificaciones didácticas sobre metodologías "
                    "activas, unidades breves sobre competencias verdes, guías de herramientas "
                    "digitales libres y ejemplos de aprendizaje comunitario de Guatemala y "
                    "Venezuela. El profesorado utiliza los materiales con sus grupos y los valora "
                    "según su claridad, su pertinencia y la facilidad para adaptarlos a su propio "
                    "contexto."
                ),
                (
                    "Lehen bildumak metodo aktiboei buruzko eskola-planak, gaitasun berdeei "
                    "buruzko unitate laburrak, tresna digital libreen gidak eta Guatemalako eta "
                    "Venezuelako komunitate-ikaskuntzaren adibideak biltzen ditu. Irakasleak beren "
                    "taldeekin erabiltzen ari dira materialak, eta argitasunaren, egokitasunaren "
                    "eta beren testuingurura egokitzeko erraztasunaren arabera baloratzen dituzte."
                ),
            ),
            (
                (
                    "Early feedback has already led to changes, such as shorter texts, more visual "
                    "examples and a clearer licence notice on every resource. The pilot follows "
                    "the project's quality guidelines, and the revised collection will form the "
                    "core of the platform when it is launched."
                ),
                (
                    "Los primeros comentarios ya han dado lugar a cambios, como textos más breves, "
                    "más ejemplos visuales y un aviso de licencia más claro en cada recurso. El "
                    "pilotaje sigue las pautas de calidad del proyecto, y la colección revisada "
                    "será el núcleo de la plataforma cuando se ponga en marcha."
                ),
                (
                    "Lehen iritziek aldaketak ekarri dituzte dagoeneko, hala nola testu "
                    "laburragoak, adibide bisual gehiago eta baliabide bakoitzean lizentzia-ohar "
                    "argiagoa. Proba pilotuak proiektuaren kalitate-jarraibideei jarraitzen die, "
                    "eta berrikusitako bilduma plataformaren muina izango da abian jartzen denean."
                ),
            ),
        ],
    },
    # 25. 2026-05-21: Brussels meeting plans the next stage of INNOVET LATAM
    {
        "slug": (
            "brussels-meeting-plans-the-next-stage",
            "la-reunion-de-bruselas-planifica-la-proxima-etapa",
            "bruselako-bileran-hurrengo-etapa-planifikatu-da",
        ),
        "date": "2026-05-21",
        "topics": ["cooperation"],
        "tags": ["innovet-latam", "quality"],
        "title": (
            "Brussels meeting plans the next stage of INNOVET LATAM",
            "La reunión de Bruselas planifica la próxima etapa de INNOVET LATAM",
            "Bruselako bileran INNOVET LATAM proiektuaren hurrengo etapa planifikatu da",
        ),
        "standfirst": (
            (
                "Partners returned to Brussels to review progress, discuss the results of the "
                "quality monitoring and agree on priorities for publishing the cooperation model "
                "and scaling up peer-learning activities."
            ),
            (
                "Los socios volvieron a Bruselas para revisar los avances, analizar los resultados "
                "del seguimiento de calidad y acordar las prioridades para publicar el modelo de "
                "cooperación y ampliar las actividades de aprendizaje entre pares."
            ),
            (
                "Bazkideak Bruselara itzuli ziren aurrerapenak berrikusteko, "
                "kalitate-jarraipenaren emaitzak aztertzeko eta lankidetza-eredua argitaratzeko "
                "eta parekideen arteko ikaskuntza-jarduerak zabaltzeko lehentasunak adosteko."
            ),
        ),
        "paragraphs": [
            (
                (
                    "IHF asbl opened the meeting with an overview of what has been achieved since "
                    "the kick-off: the needs analysis, the draft cooperation model, the "
                    "trainer-training modules, mobility stays and the pilot of the open resources "
                    "collection. The quality monitoring showed generally positive feedback from "
                    "participants, along with requests for more time for practical exchange."
                ),
                (
                    "IHF asbl abrió la reunión con un repaso de lo logrado desde el lanzamiento: "
                    "el análisis de necesidades, el borrador del modelo de cooperación, los "
                    "módulos de formación de formadores, las estancias de movilidad y el pilotaje "
                    "de la colección de recursos abiertos. El seguimiento de calidad reflejó "
                    "valoraciones en general positivas de los participantes, junto con peticiones "
                    "de más tiempo para el intercambio práctico."
                ),
                (
                    "IHF asbl elkarteak hasierako bileratik lortutakoaren errepasoarekin ireki "
                    "zuen bilera: beharren azterketa, lankidetza-ereduaren zirriborroa, "
                    "prestatzaileen prestakuntza-moduluak, mugikortasun-egonaldiak eta baliabide "
                    "irekien bildumaren proba pilotua. Kalitate-jarraipenak erakutsi zuen "
                    "parte-hartzaileen balorazioak, oro har, positiboak izan zirela, eta truke "
                    "praktikorako denbora gehiago eskatu zutela."
                ),
            ),
            (
                (
                    "Partners then agreed the timetable for the final version of the 2-WAY "
                    "Cooperation Model and discussed how to involve more vocational centres in "
                    "each country, including members of the Basque network. A working group was "
                    "set up to draft the collaboration agreement that will keep the partnership "
                    "active beyond the funding period."
                ),
                (
                    "A continuación, los socios fijaron el calendario de la versión final del "
                    "Modelo de Cooperación 2-WAY y debatieron cómo implicar a más centros de "
                    "formación profesional de cada país, incluidos miembros de la red vasca. Se "
                    "creó un grupo de trabajo para redactar el acuerdo de colaboración que "
                    "mantendrá activa la alianza más allá del periodo de financiación."
                ),
                (
                    "Ondoren, bazkideek 2-WAY Lankidetza Ereduaren azken bertsioaren egutegia "
                    "finkatu zuten, eta herrialde bakoitzeko lanbide-heziketako ikastetxe gehiago "
                    "nola inplikatu eztabaidatu zuten, euskal sareko kideak barne. Lan-talde bat "
                    "sortu zen lankidetza-hitzarmena idazteko; hitzarmen horri esker, partzuergoak "
                    "aktibo jarraituko du finantzaketa-aldia amaitu ondoren ere."
                ),
            ),
        ],
    },
    # 26. 2026-06-18: Latin American teachers train in renewable energy at Basque centres
    {
        "slug": (
            "latin-american-teachers-train-in-renewable-energy",
            "docentes-latinoamericanos-se-forman-en-energias-renovables",
            "latinoamerikako-irakasleak-energia-berriztagarrietan",
        ),
        "date": "2026-06-18",
        "topics": ["teacher-training", "green-skills"],
        "tags": ["basque-country", "mobility", "secove"],
        "title": (
            "Latin American teachers train in renewable energy at Basque centres",
            "Docentes latinoamericanos se forman en energías renovables en centros vascos",
            (
                "Latinoamerikako irakasleak energia berriztagarrietan trebatu dira euskal "
                "ikastetxeetan"
            ),
        ),
        "standfirst": (
            (
                "Teachers from Guatemala and Venezuela spent two weeks in Basque vocational "
                "centres linked to the SECOVE network, working alongside local staff on solar "
                "energy, energy efficiency and applied projects."
            ),
            (
                "Docentes de Guatemala y Venezuela pasaron dos semanas en centros vascos de "
                "formación profesional vinculados a la red SECOVE, trabajando junto al personal "
                "local en energía solar, eficiencia energética y proyectos aplicados."
            ),
            (
                "Guatemalako eta Venezuelako irakasleek bi aste eman zituzten SECOVE sareari "
                "lotutako euskal lanbide-heziketako ikastetxeetan, tokiko langileekin batera "
                "eguzki-energian, energia-eraginkortasunean eta proiektu aplikatuetan lanean."
            ),
        ),
        "paragraphs": [
            (
                (
                    "Unlike the first study visit in 2024, this mobility focused on hands-on "
                    "training. Participants joined practical sessions in laboratories and "
                    "workshops, learned how equipment is used for teaching and followed student "
                    "teams working on real challenges from companies. Each visiting teacher was "
                    "paired with a host teacher who acted as mentor."
                ),
                (
                    "A diferencia de la primera visita de estudio de 2024, esta movilidad se "
                    "centró en la formación práctica. Los participantes asistieron a sesiones en "
                    "laboratorios y talleres, conocieron cómo se utiliza el equipamiento en la "
                    "docencia y acompañaron a equipos de estudiantes que trabajaban en retos "
                    "reales de empresas. Cada docente visitante contó con un docente del centro de "
                    "acogida como mentor."
                ),
                (
                    "2024ko lehen ikasketa-bisitan ez bezala, mugikortasun honek prestakuntza "
                    "praktikoan jarri zuen arreta. Parte-hartzaileak laborategietako eta "
                    "tailerretako saio praktikoetan aritu ziren, ekipamendua irakaskuntzan nola "
                    "erabiltzen den ikasi zuten eta enpresen benetako erronketan lanean ari ziren "
                    "ikasle-taldeei jarraitu zieten. Bisitari bakoitzak harrera-ikastetxeko "
                    "irakasle bat izan zuen tutore."
                ),
            ),
            (
                (
                    "Back home, participants will adapt what they learned into short modules on "
                    "solar installations and energy saving, designed for centres with modest "
                    "equipment. Their host mentors will stay in contact online to support the "
                    "adaptation, a simple form of cooperation that both sides hope to continue."
                ),
                (
                    "De vuelta en sus países, los participantes adaptarán lo aprendido en módulos "
                    "breves sobre instalaciones solares y ahorro energético, pensados para centros "
                    "con un equipamiento modesto. Sus mentores seguirán en contacto en línea para "
                    "acompañar la adaptación, una forma sencilla de cooperación que ambas partes "
                    "esperan mantener."
                ),
                (
                    "Etxera itzultzean, parte-hartzaileek ikasitakoa eguzki-instalazioei eta "
                    "energia-aurrezpenari buruzko modulu laburretara egokituko dute, ekipamendu "
                    "xumea duten ikastetxeetarako pentsatuta. Tutoreek linean jarraituko dute "
                    "harremanetan egokitzapen-lanean laguntzeko; bi aldeek jarraipena izatea "
                    "espero duten lankidetza-modu sinplea da."
                ),
            ),
        ],
    },
    # 27. 2026-09-17: From learner to trainer: a digital skills story from Caracas
    {
        "slug": (
            "from-learner-to-trainer-a-story-from-caracas",
            "de-alumno-a-formador-una-historia-desde-caracas",
            "ikasletik-prestatzailera-istorio-bat-caracasetik",
        ),
        "date": "2026-09-17",
        "topics": ["inclusion", "digital-skills"],
        "tags": ["venezuela"],
        "title": (
            "From learner to trainer: a digital skills story from Caracas",
            "De alumno a formador: una historia de competencias digitales desde Caracas",
            "Ikasletik prestatzailera: gaitasun digitalen istorio bat Caracasetik",
        ),
        "standfirst": (
            (
                "A young man who completed a community course in computer maintenance now repairs "
                "devices for his neighbours and helps older residents take their first steps "
                "online."
            ),
            (
                "Un joven que completó un curso comunitario de mantenimiento informático repara "
                "hoy dispositivos para sus vecinos y ayuda a las personas mayores del barrio a dar "
                "sus primeros pasos en internet."
            ),
            (
                "Ordenagailuen mantentze-lanei buruzko komunitate-ikastaro bat egin zuen gazte "
                "batek gaur egun auzokideen gailuak konpontzen ditu, eta adinekoei internet "
                "erabiltzen hasten laguntzen die."
            ),
        ),
        "paragraphs": [
            (
                (
                    "He joined the course after several months without work, attracted by the "
                    "chance to learn something practical close to home. Over twelve weeks he "
                    "learned to diagnose faults, replace components and install free software, "
                    "while tutors helped him prepare a simple plan to offer repairs in the "
                    "neighbourhood."
                ),
                (
                    "Se apuntó al curso tras varios meses sin empleo, atraído por la posibilidad "
                    "de aprender algo práctico cerca de casa. Durante doce semanas aprendió a "
                    "diagnosticar averías, sustituir componentes e instalar software libre, "
                    "mientras los tutores le ayudaban a preparar un plan sencillo para ofrecer "
                    "reparaciones en el barrio."
                ),
                (
                    "Hainbat hilabete lanik gabe egon ondoren eman zuen izena ikastaroan, etxetik "
                    "gertu zerbait praktikoa ikasteko aukerak erakarrita. Hamabi astez, matxurak "
                    "diagnostikatzen, osagaiak ordezkatzen eta software librea instalatzen ikasi "
                    "zuen, eta tutoreek plan sinple bat prestatzen lagundu zioten auzoan "
                    "konponketak eskaintzeko."
                ),
            ),
            (
                (
                    "Today he runs a small repair service and volunteers at the community centre, "
                    "where he teaches older residents to use messaging apps and online public "
                    "services. His experience, shared during a peer-learning session, inspired "
                    "European partners to invite former learners as co-trainers in their own "
                    "digital inclusion courses."
                ),
                (
                    "Hoy gestiona un pequeño servicio de reparaciones y colabora como voluntario "
                    "en el centro comunitario, donde enseña a personas mayores a usar aplicaciones "
                    "de mensajería y servicios públicos en línea. Su experiencia, compartida en "
                    "una sesión de aprendizaje entre pares, animó a los socios europeos a invitar "
                    "a antiguos alumnos como coformadores en sus propios cursos de inclusión "
                    "digital."
                ),
                (
                    "Gaur egun, konponketa-zerbitzu txiki bat kudeatzen du, eta boluntario gisa "
                    "aritzen da komunitate-zentroan, non adinekoei mezularitza-aplikazioak eta "
                    "lineako zerbitzu publikoak erabiltzen irakasten dien. Haren esperientziak, "
                    "parekideen arteko ikaskuntza-saio batean partekatuak, Europako bazkideak "
                    "bultzatu zituen ikasle ohiak prestatzaile-laguntzaile gisa gonbidatzera beren "
                    "inklusio digitaleko ikastaroetan."
                ),
            ),
        ],
    },
    # 28. 2026-11-12: Green skills modules published as open resources
    {
        "slug": (
            "green-skills-modules-published-as-open-resources",
            "publicados-los-modulos-de-competencias-verdes",
            "gaitasun-berdeei-buruzko-moduluak-argitaratu-dira",
        ),
        "date": "2026-11-12",
        "topics": ["green-skills", "publications"],
        "tags": ["oer", "erasmus-plus"],
        "title": (
            "Green skills modules published as open resources",
            "Publicados los módulos de competencias verdes como recursos abiertos",
            "Gaitasun berdeei buruzko moduluak baliabide ireki gisa argitaratu dira",
        ),
        "standfirst": (
            (
                "A set of short teaching units helps vocational teachers in any trade introduce "
                "energy saving, resource efficiency and environmental care, with examples from "
                "Europe and Latin America."
            ),
            (
                "Un conjunto de unidades didácticas breves ayuda al profesorado de formación "
                "profesional de cualquier especialidad a introducir el ahorro energético, el uso "
                "eficiente de los recursos y el cuidado del medio ambiente, con ejemplos de Europa "
                "y América Latina."
            ),
            (
                "Unitate didaktiko labur batzuek edozein espezialitatetako lanbide-heziketako "
                "irakasleei laguntzen diete energia-aurrezpena, baliabideen erabilera eraginkorra "
                "eta ingurumenaren zaintza lantzen, Europako eta Latinoamerikako adibideekin."
            ),
        ),
        "paragraphs": [
            (
                (
                    "The modules grew out of the proposal made during the green skills webinar and "
                    "were written by mixed teams of trainers. Each unit includes a short "
                    "introduction, practical activities, a simple assessment task and suggestions "
                    "for adapting it to different trades, from hospitality and construction to "
                    "agriculture and mechanics."
                ),
                (
                    "Los módulos nacieron de la propuesta surgida en el webinar sobre competencias "
                    "verdes y han sido redactados por equipos mixtos de formadores. Cada unidad "
                    "incluye una breve introducción, actividades prácticas, una tarea de "
                    "evaluación sencilla y sugerencias para adaptarla a distintos oficios, de la "
                    "hostelería y la construcción a la agricultura y la mecánica."
                ),
                (
                    "Moduluak gaitasun berdeei buruzko webinarrean egindako proposamenetik sortu "
                    "ziren, eta prestatzaile-talde mistoek idatzi dituzte. Unitate bakoitzak "
                    "sarrera labur bat, jarduera praktikoak, ebaluazio-zeregin sinple bat eta "
                    "lanbide desberdinetara egokitzeko iradokizunak ditu, ostalaritzatik eta "
                    "eraikuntzatik hasi eta nekazaritzaraino eta mekanikaraino."
                ),
            ),
            (
                (
                    "The units were piloted in centres in Spain, Italy, Guatemala and Venezuela, "
                    "as well as in Basque centres linked to the SECOVE network. They are released "
                    "under an open licence and will be among the first materials available on the "
                    "INNOVET open educational resources platform."
                ),
                (
                    "Las unidades se pilotaron en centros de España, Italia, Guatemala y "
                    "Venezuela, así como en centros vascos vinculados a la red SECOVE. Se publican "
                    "con licencia abierta y estarán entre los primeros materiales disponibles en "
                    "la plataforma de recursos educativos abiertos de INNOVET."
                ),
                (
                    "Unitateak Espainiako, Italiako, Guatemalako eta Venezuelako ikastetxeetan "
                    "probatu ziren, bai eta SECOVE sareari lotutako euskal ikastetxeetan ere. "
                    "Lizentzia irekiarekin argitaratu dira, eta INNOVETen hezkuntza-baliabide "
                    "irekien plataforman eskuragarri egongo diren lehen materialen artean izango "
                    "dira."
                ),
            ),
        ],
    },
]

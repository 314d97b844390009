"""Demo publications in English, Spanish and Basque. Data only; publications/demo.py builds them."""

# Each text is an (en, es, eu) tuple.
COOPERATION_MODEL = {
    "slug": (
        "2-way-cooperation-model",
        "modelo-de-cooperacion-2-way",
        "2-way-lankidetza-eredua",
    ),
    "title": (
        "The INNOVET LATAM 2-WAY Cooperation Model",
        "El Modelo de Cooperación 2-WAY de INNOVET LATAM",
        "INNOVET LATAM 2-WAY Lankidetza Eredua",
    ),
    "subtitle": (
        (
            "A framework for reciprocal vocational education partnerships between Europe and Latin "
            "America"
        ),
        "Un marco para alianzas recíprocas de formación profesional entre Europa y América Latina",
        (
            "Europaren eta Latinoamerikaren arteko lanbide-heziketan elkarrekiko lankidetza "
            "bultzatzeko esparru bat"
        ),
    ),
    "summary": (
        (
            "This publication sets out the cooperation framework developed by the INNOVET LATAM "
            "partners for vocational education and training in Europe, Guatemala and Venezuela. It "
            "explains why the partnership favours mutual learning over one-way transfer, describes "
            "the principles and practical components of the model, and outlines the changes it "
            "aims to bring for educators, learners, institutions and their wider communities."
        ),
        (
            "Esta publicación presenta el marco de cooperación elaborado por los socios de INNOVET "
            "LATAM para la formación profesional en Europa, Guatemala y Venezuela. Explica por qué "
            "la alianza apuesta por el aprendizaje mutuo en lugar de una transferencia "
            "unidireccional, describe los principios y los componentes prácticos del modelo y "
            "resume los cambios que pretende impulsar para docentes, alumnado, instituciones y sus "
            "comunidades."
        ),
        (
            "Argitalpen honek INNOVET LATAM proiektuko bazkideek Europako, Guatemalako eta "
            "Venezuelako lanbide-heziketarako landutako lankidetza-esparrua aurkezten du. Azaltzen "
            "du zergatik lehenesten duen lankidetzak elkarrengandik ikastea norabide bakarreko "
            "transferentziaren ordez, ereduaren printzipioak eta osagai praktikoak deskribatzen "
            "ditu, eta irakasleentzat, ikasleentzat, erakundeentzat eta haien komunitateentzat "
            "lortu nahi dituen aldaketak laburbiltzen ditu."
        ),
    ),
    "date": "2026-10-15",
    "key_points": [
        (
            (
                "Knowledge and practice flow in both directions between European and Latin "
                "American partners."
            ),
            (
                "El conocimiento y la práctica circulan en ambas direcciones entre los socios "
                "europeos y latinoamericanos."
            ),
            (
                "Ezagutza eta praktika bi norabideetan zirkulatzen dute Europako eta "
                "Latinoamerikako bazkideen artean."
            ),
        ),
        (
            (
                "Shared European reference tools are adapted to local realities rather than simply "
                "exported."
            ),
            (
                "Las herramientas europeas de referencia se adaptan a las realidades locales en "
                "lugar de limitarse a exportarlas."
            ),
            (
                "Europako erreferentziazko tresnak tokiko errealitateetara egokitzen dira, "
                "besterik gabe esportatu beharrean."
            ),
        ),
        (
            (
                "All partners take part in strategic decisions through a collaborative governance "
                "structure."
            ),
            (
                "Todos los socios participan en las decisiones estratégicas mediante una "
                "estructura de gobernanza colaborativa."
            ),
            (
                "Bazkide guztiek hartzen dute parte erabaki estrategikoetan, lankidetzan "
                "oinarritutako gobernantza-egitura baten bidez."
            ),
        ),
        (
            (
                "Training materials will be shared openly through a future platform of open "
                "educational resources."
            ),
            (
                "Los materiales formativos se compartirán en abierto a través de una futura "
                "plataforma de recursos educativos abiertos."
            ),
            (
                "Prestakuntza-materialak modu irekian partekatuko dira, hezkuntza-baliabide "
                "irekien etorkizuneko plataforma baten bidez."
            ),
        ),
        (
            (
                "A long-term agreement is intended to keep the cooperation going after the project "
                "ends."
            ),
            (
                "Un acuerdo a largo plazo busca que la cooperación continúe una vez finalizado el "
                "proyecto."
            ),
            (
                "Epe luzeko hitzarmen baten helburua da lankidetzak proiektua amaitu ondoren ere "
                "jarraitzea."
            ),
        ),
    ],
    "chapters": [
        {
            "heading": (
                "Why a two-way model?",
                "¿Por qué un modelo de doble sentido?",
                "Zergatik bi norabideko eredua?",
            ),
            "paragraphs": [
                (
                    (
                        "International cooperation in vocational education and training has often "
                        "followed a single direction, with methods and standards designed in "
                        "Europe and then offered to partners elsewhere. This approach can be "
                        "useful, but it tends to overlook what other regions already know and to "
                        "produce solutions that fit poorly with local conditions. INNOVET LATAM "
                        "starts from a different assumption: every partner has something to teach "
                        "and something to learn."
                    ),
                    (
                        "La cooperación internacional en formación profesional ha seguido a menudo "
                        "una sola dirección: métodos y estándares diseñados en Europa que después "
                        "se ofrecen a socios de otras regiones. Este enfoque puede ser útil, pero "
                        "suele pasar por alto lo que otras regiones ya saben y genera soluciones "
                        "que encajan mal con las condiciones locales. INNOVET LATAM parte de otra "
                        "premisa: todos los socios tienen algo que enseñar y algo que aprender."
                    ),
                    (
                        "Lanbide-heziketako nazioarteko lankidetzak norabide bakarra izan du "
                        "askotan: Europan diseinatutako metodoak eta estandarrak, gero beste "
                        "eskualde batzuetako bazkideei eskaintzen zaizkienak. Ikuspegi hori "
                        "baliagarria izan daiteke, baina beste eskualdeek dagoeneko dakitena alde "
                        "batera uzteko joera du, eta tokiko baldintzetara gaizki egokitzen diren "
                        "irtenbideak sortzen ditu. INNOVET LATAM beste abiapuntu batetik abiatzen "
                        "da: bazkide bakoitzak badu zer irakatsi eta zer ikasi."
                    ),
                ),
                (
                    (
                        "The two-way model therefore treats cooperation as a partnership of "
                        "equals. European organisations and partners in Guatemala and Venezuela "
                        "define problems together, test ideas in their own settings and compare "
                        "the results openly. The aim is not to copy one system into another, but "
                        "to build a shared space for learning in which each side strengthens its "
                        "own practice while contributing to the progress of the others."
                    ),
                    (
                        "Por ello, el modelo de doble sentido entiende la cooperación como una "
                        "alianza entre iguales. Las organizaciones europeas y los socios de "
                        "Guatemala y Venezuela definen juntos los problemas, prueban ideas en sus "
                        "propios contextos y comparan abiertamente los resultados. El objetivo no "
                        "es trasladar un sistema a otro, sino construir un espacio común de "
                        "aprendizaje en el que cada parte refuerce su propia práctica mientras "
                        "contribuye al avance de las demás."
                    ),
                    (
                        "Horregatik, bi norabideko ereduak berdinen arteko aliantzatzat hartzen du "
                        "lankidetza. Europako erakundeek eta Guatemalako eta Venezuelako bazkideek "
                        "elkarrekin zehazten dituzte arazoak, ideiak beren testuinguruetan "
                        "probatzen dituzte eta emaitzak modu irekian alderatzen dituzte. Helburua "
                        "ez da sistema bat beste batera kopiatzea, baizik eta ikaskuntzarako gune "
                        "partekatu bat eraikitzea, non alde bakoitzak bere praktika indartzen duen "
                        "besteen aurrerabideari ekarpena egiten dion bitartean."
                    ),
                ),
            ],
        },
        {
            "heading": (
                "Guiding principles",
                "Principios rectores",
                "Printzipio gidariak",
            ),
            "paragraphs": [
                (
                    (
                        "Three principles guide the model. Reciprocity means that every partner "
                        "both gives and receives. Inclusivity means that people often left out of "
                        "training help shape the work from the start. Long-term commitment means "
                        "planning cooperation to outlast a single funding period. In practice, "
                        "European references such as EQF, ESCO, Europass, EntreComp and the work "
                        "of Cedefop are combined with local innovation, the involvement of "
                        "communities and cultural understanding."
                    ),
                    (
                        "Tres principios orientan el modelo. La reciprocidad implica que cada "
                        "socio da y recibe. La inclusividad implica que las personas que a menudo "
                        "quedan fuera de la formación participan en el trabajo desde el principio. "
                        "El compromiso a largo plazo supone planificar la cooperación más allá de "
                        "un único periodo de financiación. En la práctica, referencias europeas "
                        "como el EQF, ESCO, Europass, EntreComp y el trabajo del Cedefop se "
                        "combinan con la innovación local, la implicación comunitaria y el "
                        "conocimiento cultural."
                    ),
                    (
                        "Hiru printzipiok gidatzen dute eredua. Elkarrekikotasunak esan nahi du "
                        "bazkide bakoitzak eman eta jaso egiten duela. Inklusibitateak esan nahi "
                        "du prestakuntzatik kanpo geratu ohi diren pertsonek hasieratik parte "
                        "hartzen dutela lanean. Epe luzeko konpromisoak esan nahi du lankidetza "
                        "finantzaketa-aldi bakar batetik harago planifikatzen dela. Praktikan, "
                        "Europako erreferentziak, hala nola EQF, ESCO, Europass, EntreComp eta "
                        "Cedefopen lana, tokiko berrikuntzarekin, komunitatearen inplikazioarekin "
                        "eta ikuspegi kulturalarekin uztartzen dira."
                    ),
                ),
                (
                    (
                        "Each side brings distinct strengths. European partners share experience "
                        "in linking training to labour market needs, competency-based curricula, "
                        "digital learning and quality assurance. Partners from Guatemala and "
                        "Venezuela contribute long practice in community-driven and non-formal "
                        "education and in inclusive methods that reach groups with limited access "
                        "to training. Bringing these strengths together allows solutions to be "
                        "tested, adapted and improved in more than one context."
                    ),
                    (
                        "Cada parte aporta fortalezas propias. Los socios europeos comparten su "
                        "experiencia en la vinculación de la formación con las necesidades del "
                        "mercado laboral, los currículos basados en competencias, el aprendizaje "
                        "digital y el aseguramiento de la calidad. Los socios de Guatemala y "
                        "Venezuela aportan una larga trayectoria en educación comunitaria y no "
                        "formal y en métodos inclusivos que llegan a colectivos con acceso "
                        "limitado a la formación. Unir estas fortalezas permite probar, adaptar y "
                        "mejorar soluciones en más de un contexto."
                    ),
                    (
                        "Alde bakoitzak bere indarguneak ekartzen ditu. Europako bazkideek "
                        "esperientzia partekatzen dute prestakuntza lan-merkatuaren beharrekin "
                        "lotzen, gaitasunetan oinarritutako curriculumetan, ikaskuntza digitalean "
                        "eta kalitatearen bermean. Guatemalako eta Venezuelako bazkideek ibilbide "
                        "luzea dute komunitatean oinarritutako hezkuntzan, hezkuntza ez-formalean "
                        "eta prestakuntzarako sarbide mugatua duten taldeengana iristen diren "
                        "metodo inklusiboetan. Indargune horiek batzeak aukera ematen du "
                        "irtenbideak testuinguru batean baino gehiagotan probatu, egokitu eta "
                        "hobetzeko."
                    ),
                ),
            ],
        },
        {
            "heading": (
                "Components of the model",
                "Componentes del modelo",
                "Ereduaren osagaiak",
            ),
            "paragraphs": [
                (
                    (
                        "The model rests on four practical components. The first is collaborative "
                        "governance: decision-making arrangements that give every partner a fair "
                        "voice in setting priorities and reviewing progress. The second is peer "
                        "learning, organised through mentoring between educators and joint "
                        "capacity-building workshops in which European and Latin American teams "
                        "develop curricula, tools and teaching methods side by side."
                    ),
                    (
                        "El modelo se apoya en cuatro componentes prácticos. El primero es la "
                        "gobernanza colaborativa: mecanismos de decisión que dan a cada socio una "
                        "voz equitativa a la hora de fijar prioridades y revisar los avances. El "
                        "segundo es el aprendizaje entre pares, organizado mediante la mentoría "
                        "entre docentes y talleres conjuntos de desarrollo de capacidades en los "
                        "que equipos europeos y latinoamericanos elaboran juntos currículos, "
                        "herramientas y métodos de enseñanza."
                    ),
                    (
                        "Ereduak lau osagai praktiko ditu oinarri. Lehena lankidetzan "
                        "oinarritutako gobernantza da: bazkide bakoitzari lehentasunak ezartzeko "
                        "eta aurrerapenak berrikusteko ahots bidezkoa ematen dioten "
                        "erabaki-mekanismoak. Bigarrena parekideen arteko ikaskuntza da, "
                        "irakasleen arteko mentoretzaren eta gaitasunak garatzeko tailer "
                        "bateratuen bidez antolatua; tailer horietan, Europako eta Latinoamerikako "
                        "taldeek elkarrekin lantzen dituzte curriculumak, tresnak eta "
                        "irakaskuntza-metodoak."
                    ),
                ),
                (
                    (
                        "The third component is a commitment to open access. Materials produced by "
                        "the partnership are meant to be shared freely, and a forthcoming platform "
                        "of open educational resources will gather good practices and training "
                        "content in one place. The fourth is a collaboration and capacity-building "
                        "agreement through which partner institutions intend to continue working "
                        "together, exchanging staff and aligning their approaches after the "
                        "project itself has finished."
                    ),
                    (
                        "El tercer componente es el compromiso con el acceso abierto. Los "
                        "materiales elaborados por la alianza están pensados para compartirse "
                        "libremente, y una futura plataforma de recursos educativos abiertos "
                        "reunirá buenas prácticas y contenidos formativos en un solo lugar. El "
                        "cuarto es un acuerdo de colaboración y desarrollo de capacidades mediante "
                        "el cual las instituciones socias pretenden seguir trabajando juntas, "
                        "intercambiar personal y alinear sus enfoques una vez concluido el "
                        "proyecto."
                    ),
                    (
                        "Hirugarren osagaia sarbide irekiarekiko konpromisoa da. Lankidetzak "
                        "sortutako materialak libreki partekatzeko pentsatuta daude, eta "
                        "etorkizuneko hezkuntza-baliabide irekien plataforma batek jardunbide "
                        "egokiak eta prestakuntza-edukiak leku bakarrean bilduko ditu. Laugarrena "
                        "lankidetzarako eta gaitasunak garatzeko hitzarmen bat da; horren bidez, "
                        "erakunde bazkideek elkarrekin lanean jarraitu, langileak trukatu eta "
                        "beren ikuspegiak lerrokatu nahi dituzte proiektua amaitu ondoren ere."
                    ),
                ),
            ],
        },
        {
            "heading": (
                "Expected impact",
                "Impacto esperado",
                "Espero den eragina",
            ),
            "paragraphs": [
                (
                    (
                        "The model is expected to make a difference at several levels. Educators "
                        "gain new routes for professional growth through contact with other "
                        "teaching traditions, blended learning approaches and leadership training. "
                        "Students benefit from training that is closer to real labour market needs "
                        "and that builds employability, an entrepreneurial mindset and digital "
                        "literacy. Institutions can strengthen their internal governance, quality "
                        "assurance and international strategies."
                    ),
                    (
                        "Se espera que el modelo tenga efectos en varios niveles. El profesorado "
                        "obtiene nuevas vías de desarrollo profesional gracias al contacto con "
                        "otras tradiciones docentes, los enfoques de aprendizaje semipresencial y "
                        "la formación en liderazgo. El alumnado se beneficia de una formación más "
                        "cercana a las necesidades reales del mercado laboral, que refuerza la "
                        "empleabilidad, la mentalidad emprendedora y la alfabetización digital. "
                        "Las instituciones pueden reforzar su gobernanza interna, el aseguramiento "
                        "de la calidad y sus estrategias internacionales."
                    ),
                    (
                        "Ereduak hainbat mailatan eragina izatea espero da. Irakasleek garapen "
                        "profesionalerako bide berriak dituzte, beste irakaskuntza-tradizio "
                        "batzuekin, ikaskuntza mistoko ikuspegiekin eta lidergo-prestakuntzarekin "
                        "harremanetan jarrita. Ikasleek lan-merkatuaren benetako beharretatik "
                        "hurbilago dagoen prestakuntza jasotzen dute, eta horrek "
                        "enplegagarritasuna, ekintzailetza-gogoa eta alfabetatze digitala "
                        "indartzen ditu. Erakundeek, berriz, beren barne-gobernantza, kalitatearen "
                        "bermerako sistemak eta nazioartekotze-estrategiak sendotu ditzakete."
                    ),
                ),
                (
                    (
                        "Beyond individual organisations, the model seeks to create lasting links "
                        "between vocational education, employers and public policy, so that "
                        "training can better support economic and social development. The "
                        "partners' long-term ambition is to move from a time-limited project to a "
                        "self-sustaining transnational network that keeps generating shared "
                        "activities and can feed into future Erasmus+ and Latin American "
                        "initiatives."
                    ),
                    (
                        "Más allá de cada organización, el modelo busca crear vínculos duraderos "
                        "entre la formación profesional, el tejido empresarial y las políticas "
                        "públicas, de modo que la formación contribuya mejor al desarrollo "
                        "económico y social. La aspiración de los socios a largo plazo es pasar de "
                        "un proyecto con plazo limitado a una red transnacional autosostenible que "
                        "siga generando actividades compartidas y pueda nutrir futuras iniciativas "
                        "de Erasmus+ y de América Latina."
                    ),
                    (
                        "Erakunde bakoitzaz haratago, ereduak lotura iraunkorrak sortu nahi ditu "
                        "lanbide-heziketaren, enpresen eta politika publikoen artean, "
                        "prestakuntzak garapen ekonomiko eta sozialari hobeto lagun diezaion. "
                        "Bazkideen epe luzeko asmoa da iraupen mugatuko proiektu batetik bere "
                        "kabuz iraun dezakeen sare transnazional batera igarotzea, jarduera "
                        "partekatuak sortzen jarraituko duena eta etorkizuneko Erasmus+ eta "
                        "Latinoamerikako ekimenei ekarpenak egin diezazkiekeena."
                    ),
                ),
            ],
        },
    ],
    "how_to_cite": (
        (
            "INNOVET LATAM consortium (2026). The INNOVET LATAM 2-WAY Cooperation Model. Erasmus+ "
            "project INNOVET LATAM, co-funded by the European Union."
        ),
        (
            "Consorcio INNOVET LATAM (2026). El Modelo de Cooperación 2-WAY de INNOVET LATAM. "
            "Proyecto Erasmus+ INNOVET LATAM, cofinanciado por la Unión Europea."
        ),
        (
            "INNOVET LATAM partzuergoa (2026). INNOVET LATAM 2-WAY Lankidetza Eredua. INNOVET "
            "LATAM Erasmus+ proiektua, Europar Batasunak kofinantzatua."
        ),
    ),
    "licence": "CC BY 4.0",
}

# Downloadable resources. "language" is the language of the generated PDF file; "pages" holds the
# short paragraphs of the document's own text that are used to generate its pages.
RESOURCES = [
    {
        "title": (
            "Needs Analysis: Summary Report",
            "Análisis de necesidades: informe de síntesis",
            "Beharren azterketa: laburpen-txostena",
        ),
        "description": (
            (
                "A short overview of the training needs identified by partner institutions in "
                "Europe, Guatemala and Venezuela at the start of the project."
            ),
            (
                "Un breve resumen de las necesidades formativas detectadas por las instituciones "
                "socias de Europa, Guatemala y Venezuela al inicio del proyecto."
            ),
            (
                "Dokumentu honek proiektuaren hasieran Europako, Guatemalako eta Venezuelako "
                "erakunde bazkideek identifikatu zituzten prestakuntza-beharren ikuspegi labur bat "
                "eskaintzen du."
            ),
        ),
        "resource_type": "report",
        "language": "en",
        "extension": "pdf",
        "topics": ["cooperation", "teacher-training"],
        "partners": ["IHF asbl", "Universidad Popular de Guatemala"],
        "licence": "CC BY 4.0",
        "pages": [
            (
                (
                    "This report summarises the main findings of the needs analysis carried out by "
                    "the INNOVET LATAM partners. Through consultations with staff, learners and "
                    "local stakeholders, partner institutions described the skills their teachers "
                    "and trainers wish to develop and the obstacles learners face when entering "
                    "vocational programmes."
                ),
                (
                    "Este informe resume las principales conclusiones del análisis de necesidades "
                    "realizado por los socios de INNOVET LATAM. A partir de consultas con "
                    "personal, alumnado y agentes locales, las instituciones socias describieron "
                    "las competencias que su profesorado desea desarrollar y los obstáculos que "
                    "encuentra el alumnado al acceder a la formación profesional."
                ),
                (
                    "Txosten honek INNOVET LATAM proiektuko bazkideek egindako beharren "
                    "azterketaren ondorio nagusiak laburbiltzen ditu. Langileekin, ikasleekin eta "
                    "tokiko eragileekin egindako kontsulten bidez, erakunde bazkideek deskribatu "
                    "zuten zer gaitasun garatu nahi dituzten beren irakasleek eta zer oztopo "
                    "aurkitzen dituzten ikasleek lanbide-heziketan sartzean."
                ),
            ),
            (
                (
                    "Common priorities include digital and blended teaching, closer links with "
                    "local employers and ways of keeping vulnerable learners engaged. Clear "
                    "differences between countries also emerged, confirming the value of adapting "
                    "shared tools to each context. The findings will guide the training activities "
                    "planned for later stages of the project."
                ),
                (
                    "Entre las prioridades comunes destacan la enseñanza digital y semipresencial, "
                    "una relación más estrecha con las empresas locales y formas de mantener la "
                    "implicación del alumnado vulnerable. También surgieron diferencias claras "
                    "entre países, lo que confirma la utilidad de adaptar las herramientas comunes "
                    "a cada contexto. Las conclusiones guiarán las actividades formativas de las "
                    "siguientes fases del proyecto."
                ),
                (
                    "Lehentasun komunen artean daude irakaskuntza digitala eta mistoa, tokiko "
                    "enpresekin harreman estuagoa eta ikasle kalteberak inplikatuta mantentzeko "
                    "moduak. Herrialdeen arteko alde argiak ere agertu ziren, eta horrek berresten "
                    "du tresna partekatuak testuinguru bakoitzera egokitzea baliagarria dela. "
                    "Ondorioek proiektuaren hurrengo faseetarako aurreikusitako "
                    "prestakuntza-jarduerak bideratuko dituzte."
                ),
            ),
        ],
    },
    {
        "title": (
            "Trainer-Training Workshop Kit",
            "Kit para talleres de formación de formadores",
            "Prestatzaileen prestakuntzarako tailer-kita",
        ),
        "description": (
            (
                "Ready-to-use materials for facilitators running workshops with VET teachers and "
                "trainers, including session outlines, group activities and reflection sheets."
            ),
            (
                "Materiales listos para usar destinados a quienes dinamizan talleres con "
                "profesorado y formadores de formación profesional, con guiones de sesión, "
                "actividades grupales y fichas de reflexión."
            ),
            (
                "Lanbide-heziketako irakasle eta prestatzaileekin tailerrak dinamizatzen "
                "dituztenentzako erabiltzeko prest dauden materialak, besteak beste saio-gidoiak, "
                "talde-jarduerak eta hausnarketa-fitxak."
            ),
        ),
        "resource_type": "training",
        "language": "es",
        "extension": "pdf",
        "topics": ["teacher-training", "cooperation"],
        "partners": ["IAL FVG", "Fundación ECCA Social"],
        "licence": "CC BY 4.0",
        "pages": [
            (
                (
                    "This kit supports facilitators who organise workshops for vocational teachers "
                    "and trainers. Each session combines a short input, practical group work and "
                    "time for reflection, so that participants can connect new ideas with their "
                    "own classrooms and workshops. Facilitators are encouraged to adapt examples "
                    "and timings to their audience."
                ),
                (
                    "Este kit ayuda a las personas dinamizadoras que organizan talleres para "
                    "profesorado y formadores de formación profesional. Cada sesión combina una "
                    "breve exposición, trabajo práctico en grupo y un tiempo de reflexión, para "
                    "que los participantes relacionen las nuevas ideas con sus propias aulas y "
                    "talleres. Se anima a adaptar los ejemplos y los tiempos al público."
                ),
                (
                    "Kit honek lanbide-heziketako irakasle eta prestatzaileentzako tailerrak "
                    "antolatzen dituzten dinamizatzaileei laguntzen die. Saio bakoitzak azalpen "
                    "labur bat, taldeko lan praktikoa eta hausnarketarako tartea uztartzen ditu, "
                    "parte-hartzaileek ideia berriak beren ikasgela eta tailerrekin lot ditzaten. "
                    "Dinamizatzaileei adibideak eta denborak entzuleei egokitzeko gomendatzen "
                    "zaie."
                ),
            ),
            (
                (
                    "The activities draw on peer learning: participants observe each other, "
                    "exchange feedback and plan small changes to test in their own teaching. At "
                    "the end of each workshop, a simple reflection sheet helps record what worked, "
                    "what should change and which questions remain open for the next session."
                ),
                (
                    "Las actividades se basan en el aprendizaje entre pares: los participantes se "
                    "observan mutuamente, intercambian comentarios y planifican pequeños cambios "
                    "para probarlos en su propia docencia. Al final de cada taller, una sencilla "
                    "ficha de reflexión ayuda a registrar qué ha funcionado, qué conviene cambiar "
                    "y qué preguntas quedan abiertas para la siguiente sesión."
                ),
                (
                    "Jarduerak parekideen arteko ikaskuntzan oinarritzen dira: parte-hartzaileek "
                    "elkar behatzen dute, iritziak trukatzen dituzte eta beren irakaskuntzan "
                    "probatzeko aldaketa txikiak planifikatzen dituzte. Tailer bakoitzaren "
                    "amaieran, hausnarketa-fitxa sinple batek laguntzen du jasotzen zerk "
                    "funtzionatu duen, zer aldatu behar den eta zer galdera geratzen diren irekita "
                    "hurrengo saiorako."
                ),
            ),
        ],
    },
    {
        "title": (
            "The 2-WAY Cooperation Model: Webinar Presentation",
            "El Modelo de Cooperación 2-WAY: presentación del webinar",
            "2-WAY Lankidetza Eredua: webinarreko aurkezpena",
        ),
        "description": (
            (
                "Slides used in the January 2027 webinar to introduce the purpose, principles and "
                "main components of the INNOVET LATAM 2-WAY Cooperation Model."
            ),
            (
                "Diapositivas utilizadas en el webinar de enero de 2027 para presentar el "
                "propósito, los principios y los principales componentes del Modelo de Cooperación "
                "2-WAY de INNOVET LATAM."
            ),
            (
                "2027ko urtarrileko webinarrean INNOVET LATAM 2-WAY Lankidetza Ereduaren helburua, "
                "printzipioak eta osagai nagusiak aurkezteko erabilitako diapositibak."
            ),
        ),
        "resource_type": "presentation",
        "language": "en",
        "extension": "pdf",
        "topics": ["cooperation", "publications"],
        "partners": ["IHF asbl", "Asociación de Servicios Educativos y Culturales"],
        "licence": "CC BY 4.0",
        "pages": [
            (
                (
                    "This presentation introduces the INNOVET LATAM 2-WAY Cooperation Model to VET "
                    "professionals, policy makers and other interested organisations. It explains "
                    "why the partnership chose reciprocal cooperation over a one-way transfer of "
                    "expertise and summarises the three guiding principles: reciprocity, "
                    "inclusivity and long-term commitment."
                ),
                (
                    "Esta presentación da a conocer el Modelo de Cooperación 2-WAY de INNOVET "
                    "LATAM a profesionales de la formación profesional, responsables políticos y "
                    "otras organizaciones interesadas. Explica por qué la alianza optó por una "
                    "cooperación recíproca en lugar de una transferencia de conocimiento en un "
                    "solo sentido y resume sus tres principios rectores: reciprocidad, "
                    "inclusividad y compromiso a largo plazo."
                ),
                (
                    "Aurkezpen honek INNOVET LATAM 2-WAY Lankidetza Eredua ezagutarazten die "
                    "lanbide-heziketako profesionalei, arduradun politikoei eta interesa duten "
                    "beste erakunde batzuei. Azaltzen du zergatik aukeratu zuen partzuergoak "
                    "elkarrekiko lankidetza, ezagutza norabide bakarrean transferitu beharrean, "
                    "eta haren hiru printzipio gidariak laburbiltzen ditu: elkarrekikotasuna, "
                    "inklusibitatea eta epe luzeko konpromisoa."
                ),
            ),
            (
                (
                    "The second part of the presentation walks through the model's components, "
                    "from shared governance and peer learning to open educational resources and a "
                    "lasting cooperation agreement. It closes with questions for discussion on how "
                    "participants' own institutions could take part in or benefit from this way of "
                    "working."
                ),
                (
                    "La segunda parte repasa los componentes del modelo, desde la gobernanza "
                    "compartida y el aprendizaje entre pares hasta los recursos educativos "
                    "abiertos y un acuerdo de cooperación duradero. Concluye con preguntas para el "
                    "debate sobre cómo las instituciones de los participantes podrían sumarse a "
                    "esta forma de trabajar o beneficiarse de ella."
                ),
                (
                    "Bigarren zatiak ereduaren osagaiak errepasatzen ditu, gobernantza "
                    "partekatutik eta parekideen arteko ikaskuntzatik hasi eta hezkuntza-baliabide "
                    "irekietaraino eta lankidetza-hitzarmen iraunkor bateraino. Eztabaidarako "
                    "galdera batzuekin amaitzen da: parte-hartzaileen erakundeak nola batu "
                    "litezkeen lan egiteko modu honetara edo nola atera liezaioketen onura."
                ),
            ),
        ],
    },
    {
        "title": (
            "Open-Source Tools for Blended Learning: A Practical Guide",
            "Herramientas de código abierto para el aprendizaje semipresencial: guía práctica",
            "Ikaskuntza mistorako kode irekiko tresnak: gida praktikoa",
        ),
        "description": (
            (
                "A practical introduction to free and open-source tools that VET teachers can use "
                "to combine classroom sessions with online learning activities."
            ),
            (
                "Una introducción práctica a herramientas libres y de código abierto que el "
                "profesorado de formación profesional puede utilizar para combinar las sesiones "
                "presenciales con actividades en línea."
            ),
            (
                "Lanbide-heziketako irakasleek ikasgelako saioak lineako ikaskuntza-jarduerekin "
                "uztartzeko erabil ditzaketen software libreko eta kode irekiko tresnei buruzko "
                "sarrera praktikoa."
            ),
        ),
        "resource_type": "guide",
        "language": "es",
        "extension": "pdf",
        "topics": ["digital-skills", "teacher-training"],
        "partners": ["IT Solutions for All", "Fundación ECCA Social"],
        "licence": "CC BY 4.0",
        "pages": [
            (
                (
                    "Blended learning mixes face-to-face teaching with online activities that "
                    "learners can follow at their own pace. This guide presents categories of free "
                    "and open-source tools, such as learning platforms, video conferencing, "
                    "collaborative documents and quiz builders, and explains what each type is "
                    "useful for in a vocational setting."
                ),
                (
                    "El aprendizaje semipresencial combina la enseñanza presencial con actividades "
                    "en línea que el alumnado puede seguir a su propio ritmo. Esta guía presenta "
                    "distintos tipos de herramientas libres y de código abierto, como plataformas "
                    "de aprendizaje, videoconferencia, documentos colaborativos y generadores de "
                    "cuestionarios, y explica para qué sirve cada uno en la formación profesional."
                ),
                (
                    "Ikaskuntza mistoak aurrez aurreko irakaskuntza eta ikasleek beren erritmoan "
                    "egin ditzaketen lineako jarduerak uztartzen ditu. Gida honek software libreko "
                    "eta kode irekiko tresna motak aurkezten ditu, hala nola "
                    "ikaskuntza-plataformak, bideokonferentzia, dokumentu kolaboratiboak eta "
                    "galdetegi-sortzaileak, eta azaltzen du mota bakoitza zertarako den "
                    "baliagarria lanbide-heziketaren testuinguruan."
                ),
            ),
            (
                (
                    "Before choosing a tool, teachers should consider connectivity, the devices "
                    "learners actually own and applicable data protection rules. Open-source "
                    "options can cut costs and give centres more control over their data, though "
                    "they need some technical support. A short checklist helps teams review their "
                    "choices."
                ),
                (
                    "Antes de elegir una herramienta, conviene tener en cuenta la conectividad, "
                    "los dispositivos que realmente tiene el alumnado y las normas de protección "
                    "de datos. Las opciones de código abierto pueden reducir costes y dar a los "
                    "centros más control sobre sus datos, aunque requieren cierto apoyo técnico. "
                    "Una breve lista de comprobación ayuda a revisar las elecciones."
                ),
                (
                    "Tresna bat aukeratu aurretik, komeni da kontuan hartzea konektibitatea, "
                    "ikasleek benetan dituzten gailuak eta datuen babeserako arauak. Kode irekiko "
                    "aukerek kostuak murriztu eta ikastetxeei beren datuen gaineko kontrol "
                    "handiagoa eman diezaiekete, nahiz eta laguntza tekniko pixka bat behar duten. "
                    "Egiaztapen-zerrenda labur batek taldeei beren aukerak berrikusten laguntzen "
                    "die."
                ),
            ),
        ],
    },
    {
        "title": (
            "Green Skills for VET Teachers: Training Unit",
            "Competencias verdes para el profesorado de formación profesional: unidad formativa",
            "Gaitasun berdeak lanbide-heziketako irakasleentzat: prestakuntza-unitatea",
        ),
        "description": (
            (
                "A self-contained training unit that helps VET teachers bring sustainability, "
                "energy efficiency and responsible resource use into everyday technical teaching."
            ),
            (
                "Una unidad formativa autónoma que ayuda al profesorado de formación profesional a "
                "incorporar la sostenibilidad, la eficiencia energética y el uso responsable de "
                "los recursos en la enseñanza técnica diaria."
            ),
            (
                "Lanbide-heziketako irakasleei jasangarritasuna, energia-eraginkortasuna eta "
                "baliabideen erabilera arduratsua eguneroko irakaskuntza teknikoan txertatzen "
                "laguntzen dien prestakuntza-unitate autonomoa."
            ),
        ),
        "resource_type": "training",
        "language": "eu",
        "extension": "pdf",
        "topics": ["green-skills", "teacher-training"],
        "partners": ["TKNIKA", "Politeknika Txorierri"],
        "licence": "CC BY 4.0",
        "pages": [
            (
                (
                    "This unit helps vocational teachers include environmental sustainability in "
                    "the subjects they already teach. It starts with basic concepts such as energy "
                    "efficiency, responsible use of materials and waste reduction, and then shows "
                    "how they relate to common tasks in workshops, laboratories and workplaces."
                ),
                (
                    "Esta unidad ayuda al profesorado de formación profesional a incluir la "
                    "sostenibilidad ambiental en las materias que ya imparte. Parte de conceptos "
                    "básicos como la eficiencia energética, el uso responsable de materiales y la "
                    "reducción de residuos, y muestra después su relación con tareas habituales en "
                    "talleres, laboratorios y centros de trabajo."
                ),
                (
                    "Unitate honek lanbide-heziketako irakasleei laguntzen die "
                    "ingurumen-jasangarritasuna dagoeneko ematen dituzten ikasgaietan txertatzen. "
                    "Oinarrizko kontzeptuetatik abiatzen da, hala nola energia-eraginkortasuna, "
                    "materialen erabilera arduratsua eta hondakinen murrizketa, eta ondoren "
                    "erakusten du nola lotzen diren tailer, laborategi eta lantokietako ohiko "
                    "zereginekin."
                ),
            ),
            (
                (
                    "Teachers work through short case studies and design one small learning "
                    "activity for their own group. The unit can be completed individually or with "
                    "colleagues and suits any technical field. Suggestions for assessing green "
                    "skills are included, together with ideas for involving local companies and "
                    "community organisations."
                ),
                (
                    "El profesorado trabaja con breves estudios de caso y diseña una pequeña "
                    "actividad de aprendizaje para su propio grupo. La unidad puede realizarse de "
                    "forma individual o con colegas y es adecuada para cualquier familia "
                    "profesional técnica. Incluye sugerencias para evaluar las competencias verdes "
                    "e ideas para implicar a empresas y organizaciones comunitarias del entorno."
                ),
                (
                    "Irakasleek kasu-azterketa laburrak lantzen dituzte eta ikaskuntza-jarduera "
                    "txiki bat diseinatzen dute beren talderako. Unitatea banaka edo lankideekin "
                    "egin daiteke, eta edozein arlo teknikotarako egokia da. Gaitasun berdeak "
                    "ebaluatzeko iradokizunak ere jasotzen ditu, bai eta inguruko enpresak eta "
                    "komunitateko erakundeak inplikatzeko ideiak ere."
                ),
            ),
        ],
    },
    {
        "title": (
            "Community-Based Learning in Venezuela: Summary of Methods",
            "Aprendizaje comunitario en Venezuela: síntesis de métodos",
            "Komunitatean oinarritutako ikaskuntza Venezuelan: metodoen laburpena",
        ),
        "description": (
            (
                "A summary of community-based and non-formal learning methods used by Venezuelan "
                "partners to reach young people and adults with few training opportunities."
            ),
            (
                "Una síntesis de los métodos de aprendizaje comunitario y no formal que utilizan "
                "los socios venezolanos para llegar a jóvenes y personas adultas con pocas "
                "oportunidades de formación."
            ),
            (
                "Venezuelako bazkideek komunitatean oinarritutako ikaskuntza eta ikaskuntza "
                "ez-formala bideratzeko erabiltzen dituzten metodoen laburpena, "
                "prestakuntza-aukera gutxi dituzten gazte eta helduengana iristeko."
            ),
        ),
        "resource_type": "report",
        "language": "es",
        "extension": "pdf",
        "topics": ["inclusion", "cooperation"],
        "partners": ["Asociación Civil Fe y Alegría", "Grupo Social CESAP"],
        "licence": "CC BY 4.0",
        "pages": [
            (
                (
                    "This summary describes approaches that Venezuelan partner organisations use "
                    "to bring vocational learning closer to local communities. Training often "
                    "takes place in community spaces, is organised around real needs identified "
                    "with residents and combines technical skills with personal and social "
                    "development."
                ),
                (
                    "Esta síntesis describe los enfoques que utilizan las organizaciones socias "
                    "venezolanas para acercar la formación profesional a las comunidades locales. "
                    "La formación suele desarrollarse en espacios comunitarios, se organiza en "
                    "torno a necesidades reales identificadas junto con los vecinos y combina "
                    "competencias técnicas con el desarrollo personal y social."
                ),
                (
                    "Laburpen honek Venezuelako erakunde bazkideek lanbide-ikaskuntza tokiko "
                    "komunitateetara hurbiltzeko erabiltzen dituzten ikuspegiak deskribatzen ditu. "
                    "Prestakuntza komunitateko guneetan egin ohi da, bizilagunekin batera "
                    "identifikatutako benetako beharren inguruan antolatzen da, eta gaitasun "
                    "teknikoak garapen pertsonal eta sozialarekin uztartzen ditu."
                ),
            ),
            (
                (
                    "The methods presented include learning by doing in small groups, mentoring by "
                    "people from the same community and flexible schedules that fit family and "
                    "work commitments. They are shared so that partners in other countries can "
                    "discuss, adapt and test them, in the reciprocal spirit of the 2-WAY "
                    "Cooperation Model."
                ),
                (
                    "Entre los métodos presentados figuran el aprendizaje práctico en grupos "
                    "reducidos, la mentoría a cargo de personas de la propia comunidad y horarios "
                    "flexibles compatibles con las responsabilidades familiares y laborales. Se "
                    "comparten para que los socios de otros países puedan debatirlos, adaptarlos y "
                    "ponerlos a prueba, con el espíritu recíproco del Modelo de Cooperación 2-WAY."
                ),
                (
                    "Aurkeztutako metodoen artean daude talde txikietan eginez ikastea, komunitate "
                    "bereko pertsonen mentoretza eta familia- eta lan-betebeharrekin bateragarriak "
                    "diren ordutegi malguak. Beste herrialdeetako bazkideek eztabaidatu, egokitu "
                    "eta probatu ahal izan ditzaten partekatzen dira, 2-WAY Lankidetza Ereduaren "
                    "elkarrekikotasun-izpirituarekin bat etorriz."
                ),
            ),
        ],
    },
]

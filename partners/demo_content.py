"""Demo partners in English, Spanish and Basque. Data only; partners/demo.py builds the pages.

Cities and coordinates are approximate demo values: check them before publishing."""

# Each text is an (en, es, eu) tuple. role is "coordinator", "partner" or "associated".
PARTNERS = [
    {
        "name": "IHF asbl",
        "acronym": "IHF",
        "slug": ("ihf-asbl", "ihf-asbl", "ihf-asbl"),
        "country": "BE",
        "city": ("Brussels", "Bruselas", "Brusela"),
        "latitude": 50.85,
        "longitude": 4.35,
        "role": "coordinator",
        "website": "",
        "short_description": (
            "IHF asbl is a Belgian organisation that leads the INNOVET LATAM consortium and acts "
            "as its methodological coordinator.",
            "IHF asbl es una organización belga que lidera el consorcio INNOVET LATAM y ejerce "
            "como su coordinadora metodológica.",
            "IHF asbl erakunde belgikarra da, INNOVET LATAM partzuergoa gidatzen du eta haren "
            "koordinatzaile metodologikoa da.",
        ),
        "expertise": (
            "IHF asbl is a non-profit association based in Brussels that takes part in European "
            "cooperation in education and training. Its strength in INNOVET LATAM lies in "
            "methodology: it offers partners shared ways of working to plan, co-design and review "
            "joint activities in vocational education and training.",
            "IHF asbl es una asociación sin ánimo de lucro con sede en Bruselas que participa en "
            "la cooperación europea en educación y formación. Su punto fuerte en INNOVET LATAM es "
            "la metodología: ofrece a los socios formas de trabajo comunes para planificar, "
            "diseñar conjuntamente y revisar las actividades compartidas de formación "
            "profesional.",
            "IHF asbl irabazi-asmorik gabeko elkartea da, Bruselan du egoitza eta hezkuntzaren "
            "eta prestakuntzaren arloko Europako lankidetzan parte hartzen du. INNOVET LATAM "
            "proiektuan metodologia da bere indargunea: bazkideei lan egiteko modu komunak "
            "eskaintzen dizkie lanbide-heziketako jarduera partekatuak planifikatzeko, elkarrekin "
            "diseinatzeko eta berrikusteko.",
        ),
        "contribution": (
            "As lead partner, IHF asbl coordinates the consortium and steers its methodological "
            "work, including the peer learning and co-design workshops that led to the INNOVET "
            "LATAM 2-WAY Cooperation Model, the project's first major result for VET cooperation "
            "between Europe and Latin America.",
            "Como socio principal, IHF asbl coordina el consorcio y orienta su trabajo "
            "metodológico, incluidos el aprendizaje entre pares y los talleres de cocreación que "
            "dieron lugar al Modelo de Cooperación 2-WAY de INNOVET LATAM, primer gran resultado "
            "del proyecto para la cooperación en formación profesional entre Europa y América "
            "Latina.",
            "Bazkide nagusia den aldetik, IHF asbl erakundeak partzuergoa koordinatzen du eta "
            "haren lan metodologikoa bideratzen du; besteak beste, parekideen arteko ikaskuntza "
            "eta elkarrekin diseinatzeko tailerrak, INNOVET LATAM 2-WAY Lankidetza Eredua sortu "
            "zutenak. Eredu hori da proiektuaren lehen emaitza nagusia Europaren eta "
            "Latinoamerikaren arteko lanbide-heziketako lankidetzarako.",
        ),
    },
    {
        "name": "Fundación ECCA Social",
        "acronym": "ECCA",
        "slug": ("fundacion-ecca-social", "fundacion-ecca-social", "fundacion-ecca-social"),
        "country": "ES",
        "city": (
            "Las Palmas de Gran Canaria",
            "Las Palmas de Gran Canaria",
            "Las Palmas Kanaria Handikoa",
        ),
        "latitude": 28.10,
        "longitude": -15.41,
        "role": "partner",
        "website": "",
        "short_description": (
            "Fundación ECCA Social is a Spanish foundation with expertise in flexible and "
            "inclusive learning models that open up education and training to many kinds of "
            "learners.",
            "Fundación ECCA Social es una fundación española experta en modelos de aprendizaje "
            "flexibles e inclusivos que acercan la educación y la formación a todo tipo de "
            "personas.",
            "Fundación ECCA Social fundazio espainiarra da, eta ikaskuntza-eredu malgu eta "
            "inklusiboetan aditua; eredu horiei esker, hezkuntza eta prestakuntza era guztietako "
            "ikasleengana iristen dira.",
        ),
        "expertise": (
            "From the Canary Islands, Fundación ECCA Social develops learning models that adapt "
            "to the needs and circumstances of each learner. Its focus on flexibility and "
            "inclusion helps people who find it difficult to follow conventional courses to take "
            "part in education and training.",
            "Desde Canarias, Fundación ECCA Social desarrolla modelos de aprendizaje que se "
            "adaptan a las necesidades y circunstancias de cada alumno. Su apuesta por la "
            "flexibilidad y la inclusión facilita que participen en la educación y la formación "
            "personas a las que les cuesta seguir cursos convencionales.",
            "Kanarietan kokatuta, Fundación ECCA Social fundazioak ikasle bakoitzaren behar eta "
            "egoeretara egokitzen diren ikaskuntza-ereduak garatzen ditu. Malgutasunari eta "
            "inklusioari ematen dien garrantziari esker, ohiko ikastaroak jarraitzea zaila egiten "
            "zaien pertsonek ere hezkuntzan eta prestakuntzan parte har dezakete.",
        ),
        "contribution": (
            "In INNOVET LATAM, ECCA shares its experience of flexible and inclusive learning with "
            "partners in Guatemala and Venezuela and learns from their community-based practice, "
            "so that joint resources and training pathways can reach learners who are often left "
            "out of vocational education.",
            "En INNOVET LATAM, ECCA comparte su experiencia en aprendizaje flexible e inclusivo "
            "con los socios de Guatemala y Venezuela y aprende de su práctica comunitaria, para "
            "que los recursos y los itinerarios formativos comunes lleguen a alumnos que a menudo "
            "quedan fuera de la formación profesional.",
            "INNOVET LATAM proiektuan, ECCA erakundeak ikaskuntza malgu eta inklusiboan duen "
            "esperientzia partekatzen du Guatemalako eta Venezuelako bazkideekin, eta haien "
            "komunitate-praktiketatik ikasten du. Horrela, baliabide eta prestakuntza-ibilbide "
            "komunak lanbide-heziketatik kanpo geratu ohi diren ikasleengana irits daitezke.",
        ),
    },
    {
        "name": "IT Solutions for All",
        "acronym": "",
        "slug": ("it-solutions-for-all", "it-solutions-for-all", "it-solutions-for-all"),
        "country": "ES",
        "city": ("Madrid", "Madrid", "Madril"),
        "latitude": 40.42,
        "longitude": -3.70,
        "role": "partner",
        "website": "",
        "short_description": (
            "IT Solutions for All is a Spanish organisation specialising in digital training and "
            "in open-source technologies for education.",
            "IT Solutions for All es una organización española especializada en formación digital "
            "y en tecnologías educativas de código abierto.",
            "IT Solutions for All erakunde espainiarra da, prestakuntza digitalean eta "
            "hezkuntzarako kode irekiko teknologietan espezializatua.",
        ),
        "expertise": (
            "Based in Madrid, IT Solutions for All works where training and technology meet. It "
            "focuses on digital skills and on open-source tools for teaching and learning, which "
            "let education providers share materials freely and adapt them to their own context "
            "without depending on closed systems.",
            "Con sede en Madrid, IT Solutions for All trabaja donde se cruzan la formación y la "
            "tecnología. Se centra en las competencias digitales y en herramientas de código "
            "abierto para enseñar y aprender, que permiten a los centros educativos compartir "
            "materiales libremente y adaptarlos a su propio contexto sin depender de sistemas "
            "cerrados.",
            "Madrilen du egoitza IT Solutions for All erakundeak, eta prestakuntza eta teknologia "
            "elkartzen diren esparruan egiten du lan. Gaitasun digitaletan eta irakasteko eta "
            "ikasteko kode irekiko tresnetan jartzen du arreta; tresna horiei esker, "
            "hezkuntza-eragileek materialak libreki parteka ditzakete eta beren testuingurura "
            "egoki ditzakete, sistema itxien menpe egon gabe.",
        ),
        "contribution": (
            "Within the consortium, IT Solutions for All strengthens the digital side of the "
            "cooperation. Its experience is especially relevant to the project's commitment to "
            "open access and digital knowledge-sharing, such as the planned INNOVET Open "
            "Educational Resources Platform and joint digital training resources.",
            "Dentro del consorcio, IT Solutions for All refuerza la dimensión digital de la "
            "cooperación. Su experiencia resulta especialmente útil para el compromiso del "
            "proyecto con el acceso abierto y el intercambio digital de conocimiento, como la "
            "futura Plataforma de Recursos Educativos Abiertos de INNOVET y los recursos comunes "
            "de formación digital.",
            "Partzuergoaren barruan, IT Solutions for All erakundeak lankidetzaren alderdi "
            "digitala indartzen du. Bere esperientzia bereziki baliagarria da proiektuak sarbide "
            "irekiarekin eta ezagutza digitalki partekatzearekin duen konpromisorako; adibidez, "
            "etorkizuneko INNOVET Hezkuntza Baliabide Irekien Plataformarako eta prestakuntza "
            "digitaleko baliabide komunetarako.",
        ),
    },
    {
        "name": "IAL FVG",
        "acronym": "",
        "slug": ("ial-fvg", "ial-fvg", "ial-fvg"),
        "country": "IT",
        "city": ("Udine", "Udine", "Udine"),
        "latitude": 46.06,
        "longitude": 13.24,
        "role": "partner",
        "website": "",
        "short_description": (
            "IAL FVG is an Italian organisation from Udine that leads work on training VET "
            "teachers and on renewing vocational curricula.",
            "IAL FVG es una organización italiana con sede en Udine, referente en la formación "
            "del profesorado de formación profesional y en la innovación curricular.",
            "IAL FVG Udineko erakunde italiarra da, eta erreferentea da lanbide-heziketako "
            "irakasleen prestakuntzan eta curriculum-berrikuntzan.",
        ),
        "expertise": (
            "IAL FVG works in vocational education and training in north-eastern Italy. Its main "
            "strengths are the professional development of VET teachers and trainers and "
            "curricular innovation, which keeps training programmes up to date and closer to what "
            "learners need for the world of work.",
            "IAL FVG trabaja en la formación profesional en el noreste de Italia. Sus principales "
            "fortalezas son el desarrollo profesional de docentes y formadores de formación "
            "profesional y la innovación curricular, que mantiene los programas formativos "
            "actualizados y más cerca de lo que el alumnado necesita para el mundo laboral.",
            "IAL FVG erakundeak lanbide-heziketaren arloan egiten du lan, Italiako "
            "ipar-ekialdean. Bere indargune nagusiak lanbide-heziketako irakasle eta "
            "prestatzaileen garapen profesionala eta curriculum-berrikuntza dira; horri esker, "
            "prestakuntza-programak eguneratuta daude eta ikasleek lan-mundurako behar dutenetik "
            "hurbilago.",
        ),
        "contribution": (
            "IAL FVG brings to INNOVET LATAM its know-how in teacher training and curriculum "
            "design. It supports joint capacity-building workshops and the co-development of "
            "competency-based curricula and work-based learning pathways together with educators "
            "from Europe and Latin America.",
            "IAL FVG aporta a INNOVET LATAM su experiencia en formación del profesorado y diseño "
            "curricular. Apoya los talleres conjuntos de desarrollo de capacidades y la "
            "elaboración compartida de currículos basados en competencias y de itinerarios de "
            "aprendizaje en el trabajo, junto a docentes de Europa y América Latina.",
            "IAL FVG erakundeak irakasleen prestakuntzan eta curriculum-diseinuan duen jakintza "
            "ekartzen dio INNOVET LATAM proiektuari. Gaitasunak garatzeko tailer bateratuak "
            "babesten ditu, bai eta gaitasunetan oinarritutako curriculumak eta lanean "
            "oinarritutako ikaskuntza-ibilbideak elkarrekin garatzea ere, Europako eta "
            "Latinoamerikako hezitzaileekin batera.",
        ),
    },
    {
        "name": "Asociación de Servicios Educativos y Culturales",
        "acronym": "ASEC",
        "slug": ("asec", "asec", "asec"),
        "country": "GT",
        "city": ("Guatemala City", "Ciudad de Guatemala", "Guatemala Hiria"),
        "latitude": 14.64,
        "longitude": -90.51,
        "role": "partner",
        "website": "",
        "short_description": (
            "ASEC is a Guatemalan association providing educational and cultural services, with a "
            "focus on localising and adapting vocational training resources.",
            "ASEC es una asociación guatemalteca de servicios educativos y culturales centrada en "
            "la localización y adaptación de recursos de formación profesional.",
            "ASEC hezkuntza- eta kultura-zerbitzuetako elkarte guatemalarra da, eta "
            "lanbide-heziketako baliabideak tokiko errealitatera egokitzean jartzen du arreta.",
        ),
        "expertise": (
            "The Asociación de Servicios Educativos y Culturales works in education and culture "
            "in Guatemala. In this partnership it is known for making training resources fit "
            "their users, adapting content, language and examples so that vocational materials "
            "make sense in local communities and cultural settings.",
            "La Asociación de Servicios Educativos y Culturales trabaja en los ámbitos de la "
            "educación y la cultura en Guatemala. En esta alianza destaca por ajustar los "
            "recursos formativos a quienes los usan, adaptando contenidos, lenguaje y ejemplos "
            "para que los materiales de formación profesional tengan sentido en cada comunidad y "
            "contexto cultural.",
            "Asociación de Servicios Educativos y Culturales elkarteak hezkuntzaren eta "
            "kulturaren arloetan egiten du lan Guatemalan. Partzuergo honetan, "
            "prestakuntza-baliabideak erabiltzaileei egokitzeagatik nabarmentzen da: edukiak, "
            "hizkuntza eta adibideak moldatzen ditu, lanbide-heziketako materialek zentzua izan "
            "dezaten tokiko komunitateetan eta testuinguru kulturaletan.",
        ),
        "contribution": (
            "ASEC makes sure that the tools and materials created in INNOVET LATAM suit "
            "Guatemalan realities. By localising VET resources for local learners and educators, "
            "it helps turn shared methods into context-sensitive solutions rather than ready-made "
            "models imported from elsewhere.",
            "ASEC se asegura de que las herramientas y los materiales creados en INNOVET LATAM "
            "respondan a la realidad guatemalteca. Al localizar los recursos de formación "
            "profesional para el alumnado y el profesorado locales, ayuda a convertir los métodos "
            "compartidos en soluciones adaptadas al contexto, y no en modelos cerrados importados "
            "de fuera.",
            "ASEC elkarteak bermatzen du INNOVET LATAM proiektuan sortutako tresnak eta "
            "materialak Guatemalako errealitatera egokituta daudela. Lanbide-heziketako "
            "baliabideak tokiko ikasle eta hezitzaileei egokituz, metodo partekatuak "
            "testuinguruari egokitutako irtenbide bihurtzen laguntzen du, kanpotik ekarritako "
            "eredu itxiak izan beharrean.",
        ),
    },
    {
        "name": "Universidad Popular de Guatemala",
        "acronym": "UPG",
        "slug": (
            "universidad-popular-de-guatemala",
            "universidad-popular-de-guatemala",
            "universidad-popular-de-guatemala",
        ),
        "country": "GT",
        "city": ("Guatemala City", "Ciudad de Guatemala", "Guatemala Hiria"),
        "latitude": 14.61,
        "longitude": -90.53,
        "role": "partner",
        "website": "",
        "short_description": (
            "Universidad Popular de Guatemala is a Guatemalan higher education institution that "
            "works to connect learning with the labour market.",
            "La Universidad Popular de Guatemala es una institución guatemalteca de educación "
            "superior que trabaja para conectar el aprendizaje con el mercado laboral.",
            "Universidad Popular de Guatemala goi-mailako hezkuntzako erakunde guatemalarra da, "
            "eta ikaskuntza lan-merkatuarekin lotzeko lan egiten du.",
        ),
        "expertise": (
            "Universidad Popular de Guatemala provides higher education in Guatemala City. Within "
            "the consortium it stands out for its work where study meets employment, helping "
            "learners move from education into work and linking academic programmes with the "
            "skills employers look for.",
            "La Universidad Popular de Guatemala imparte educación superior en Ciudad de "
            "Guatemala. En el consorcio destaca por su trabajo en el punto de encuentro entre los "
            "estudios y el empleo: ayuda al alumnado a pasar de la formación al trabajo y vincula "
            "los programas académicos con las competencias que buscan los empleadores.",
            "Universidad Popular de Guatemala unibertsitateak goi-mailako hezkuntza eskaintzen du "
            "Guatemala Hirian. Partzuergoan nabarmentzen da ikasketak eta enplegua elkartzen "
            "diren esparruan egiten duen lanagatik: ikasleei hezkuntzatik lanera igarotzen "
            "laguntzen die, eta programa akademikoak enplegatzaileek bilatzen dituzten "
            "gaitasunekin lotzen ditu.",
        ),
        "contribution": (
            "UPG helps INNOVET LATAM build bridges between vocational education, higher education "
            "and the world of work. It adds a Latin American view on employability and on how "
            "training pathways can lead to real jobs, feeding this experience into the two-way "
            "exchange with Europe.",
            "La UPG ayuda a INNOVET LATAM a tender puentes entre la formación profesional, la "
            "educación superior y el mundo laboral. Aporta una mirada latinoamericana sobre la "
            "empleabilidad y sobre cómo los itinerarios formativos pueden conducir a empleos "
            "reales, y la incorpora al intercambio de doble dirección con Europa.",
            "UPG unibertsitateak lanbide-heziketaren, goi-mailako hezkuntzaren eta lan-munduaren "
            "artean zubiak eraikitzen laguntzen dio INNOVET LATAM proiektuari. Latinoamerikako "
            "ikuspegia ekartzen du enplegagarritasunari buruz eta prestakuntza-ibilbideek "
            "benetako lanpostuetara nola eraman dezaketen jakiteko, eta esperientzia hori "
            "Europarekiko bi noranzkoko trukera eramaten du.",
        ),
    },
    {
        "name": "Asociación Civil Fe y Alegría",
        "acronym": "",
        "slug": (
            "asociacion-civil-fe-y-alegria",
            "asociacion-civil-fe-y-alegria",
            "asociacion-civil-fe-y-alegria",
        ),
        "country": "VE",
        "city": ("Caracas", "Caracas", "Caracas"),
        "latitude": 10.50,
        "longitude": -66.91,
        "role": "partner",
        "website": "",
        "short_description": (
            "Asociación Civil Fe y Alegría is a Venezuelan civil association devoted to "
            "community-based education and to social inclusion.",
            "La Asociación Civil Fe y Alegría es una asociación civil venezolana dedicada a la "
            "educación comunitaria y a la inclusión social.",
            "Asociación Civil Fe y Alegría elkarte zibil venezuelarra da, eta komunitatean "
            "oinarritutako hezkuntzari eta gizarteratzeari eskainia dago.",
        ),
        "expertise": (
            "Asociación Civil Fe y Alegría works in Venezuela with an approach to education "
            "rooted in local communities. Its experience centres on social inclusion, offering "
            "learning opportunities to people and groups facing socio-economic difficulties who "
            "are often underserved by formal education.",
            "La Asociación Civil Fe y Alegría trabaja en Venezuela con un enfoque educativo "
            "arraigado en las comunidades locales. Su experiencia se centra en la inclusión "
            "social y ofrece oportunidades de aprendizaje a personas y colectivos con "
            "dificultades socioeconómicas a los que la educación formal a menudo no llega.",
            "Asociación Civil Fe y Alegría elkarteak Venezuelan egiten du lan, tokiko "
            "komunitateetan errotutako hezkuntza-ikuspegi batekin. Bere esperientziaren ardatza "
            "gizarteratzea da, eta ikasteko aukerak eskaintzen dizkie zailtasun sozioekonomikoak "
            "dituzten pertsona eta taldeei, hezkuntza formalak askotan behar bezala artatzen ez "
            "dituenei.",
        ),
        "contribution": (
            "In the project, Fe y Alegría shares its experience of community-driven and inclusive "
            "learning with the European partners. This knowledge flows back to Europe as part of "
            "the two-way cooperation model and helps make sure that joint resources reach "
            "disadvantaged learners.",
            "En el proyecto, Fe y Alegría comparte con los socios europeos su experiencia en "
            "aprendizaje comunitario e inclusivo. Este conocimiento llega a Europa como parte del "
            "modelo de cooperación de doble dirección y ayuda a que los recursos comunes lleguen "
            "al alumnado más desfavorecido.",
            "Proiektuan, Fe y Alegría elkarteak komunitatean oinarritutako ikaskuntza inklusiboan "
            "duen esperientzia partekatzen du Europako bazkideekin. Ezagutza hori Europara "
            "iristen da bi noranzkoko lankidetza-ereduaren barruan, eta laguntzen du baliabide "
            "komunak egoera ahulenean dauden ikasleengana irits daitezen.",
        ),
    },
    {
        "name": "Grupo Social CESAP",
        "acronym": "CESAP",
        "slug": ("grupo-social-cesap", "grupo-social-cesap", "grupo-social-cesap"),
        "country": "VE",
        "city": ("Caracas", "Caracas", "Caracas"),
        "latitude": 10.47,
        "longitude": -66.87,
        "role": "partner",
        "website": "",
        "short_description": (
            "Grupo Social CESAP is a Venezuelan social organisation that empowers people through "
            "vocational training and community learning.",
            "Grupo Social CESAP es una organización social venezolana que impulsa el "
            "empoderamiento de las personas a través de la formación profesional y el aprendizaje "
            "comunitario.",
            "Grupo Social CESAP gizarte-erakunde venezuelarra da, eta pertsonen ahalduntzea "
            "bultzatzen du lanbide-heziketaren eta komunitate-ikaskuntzaren bidez.",
        ),
        "expertise": (
            "Grupo Social CESAP works in Venezuela to strengthen people and communities through "
            "education. It combines vocational learning with community-based and non-formal "
            "approaches, helping participants gain the skills and confidence to improve their own "
            "situation and play an active role in their surroundings.",
            "Grupo Social CESAP trabaja en Venezuela para fortalecer a personas y comunidades a "
            "través de la educación. Combina el aprendizaje profesional con enfoques comunitarios "
            "y no formales, y ayuda a los participantes a adquirir las competencias y la "
            "confianza necesarias para mejorar su situación y tener un papel activo en su "
            "entorno.",
            "Grupo Social CESAP erakundeak Venezuelan egiten du lan, pertsonak eta komunitateak "
            "hezkuntzaren bidez indartzeko. Lanbide-ikaskuntza komunitatean oinarritutako "
            "ikuspegi ez-formalekin uztartzen du, eta parte-hartzaileei laguntzen die beren "
            "egoera hobetzeko eta beren inguruan paper aktiboa izateko behar dituzten gaitasunak "
            "eta konfiantza lortzen.",
        ),
        "contribution": (
            "CESAP brings to INNOVET LATAM its experience of empowerment through vocational and "
            "community learning. With the other Latin American partners, it helps shape a "
            "cooperation model in which both regions teach and learn from each other, instead of "
            "a one-way transfer of expertise.",
            "CESAP aporta a INNOVET LATAM su experiencia en empoderamiento mediante el "
            "aprendizaje profesional y comunitario. Junto con los demás socios latinoamericanos, "
            "contribuye a un modelo de cooperación en el que ambas regiones enseñan y aprenden la "
            "una de la otra, en lugar de una transferencia de conocimiento en un solo sentido.",
            "CESAP erakundeak lanbide- eta komunitate-ikaskuntzaren bidezko ahalduntzean duen "
            "esperientzia ekartzen dio INNOVET LATAM proiektuari. Latinoamerikako gainerako "
            "bazkideekin batera, bi eskualdeek elkarri irakatsi eta elkarrengandik ikasten duten "
            "lankidetza-eredua eratzen laguntzen du, norabide bakarreko "
            "jakintza-transferentziaren ordez.",
        ),
    },
    {
        "name": "TKNIKA",
        "acronym": "",
        "slug": ("tknika", "tknika", "tknika"),
        "country": "ES",
        "city": ("Errenteria", "Errenteria", "Errenteria"),
        "latitude": 43.31,
        "longitude": -1.90,
        "role": "associated",
        "website": "",
        "short_description": (
            "TKNIKA is the Basque centre for innovation in vocational education and training, and "
            "it opened the SECOVE event held in Derio.",
            "TKNIKA es el centro vasco de innovación en formación profesional y abrió la jornada "
            "de SECOVE celebrada en Derio.",
            "TKNIKA lanbide-heziketako berrikuntzarako euskal zentroa da, eta Derion egindako "
            "SECOVE jardunaldia ireki zuen.",
        ),
        "expertise": (
            "TKNIKA works to bring innovation into vocational education and training in the "
            "Basque Country. Among its areas of experience are communities of practice, groups in "
            "which professionals share knowledge, learn from one another and work together on "
            "common challenges in training.",
            "TKNIKA trabaja para llevar la innovación a la formación profesional en el País "
            "Vasco. Entre sus ámbitos de experiencia están las comunidades de práctica, grupos en "
            "los que los profesionales comparten conocimiento, aprenden unos de otros y trabajan "
            "juntos ante retos comunes de la formación.",
            "TKNIKA zentroak Euskadiko lanbide-heziketan berrikuntza sustatzeko lan egiten du. "
            "Bere esperientzia-arloen artean daude praktika-komunitateak: profesionalek jakintza "
            "partekatzen duten, elkarrengandik ikasten duten eta prestakuntzako erronka komunei "
            "elkarrekin heltzen dieten taldeak.",
        ),
        "contribution": (
            "At the SECOVE event hosted by Politeknika Txorierri, TKNIKA gave the opening "
            "session. It introduced communities of practice and showed how they can bring "
            "vocational training closer to the innovation strategies of the region, setting the "
            "scene for a day devoted to closer links between VET and business.",
            "En la jornada de SECOVE que acogió Politeknika Txorierri, TKNIKA se encargó de la "
            "sesión de apertura. Presentó las comunidades de práctica y mostró cómo pueden "
            "acercar la formación profesional a las estrategias de innovación de la región, y "
            "marcó el tono de una jornada dedicada a estrechar los lazos entre la formación "
            "profesional y las empresas.",
            "Politeknika Txorierri ikastetxean egindako SECOVE jardunaldian, TKNIKA zentroak eman "
            "zuen hasierako saioa. Praktika-komunitateak aurkeztu zituen, eta erakutsi zuen nola "
            "hurbil dezaketen lanbide-heziketa eskualdeko berrikuntza-estrategietara; horrela, "
            "lanbide-heziketaren eta enpresen arteko loturak estutzeari eskainitako "
            "jardunaldiaren oinarriak jarri zituen.",
        ),
    },
    {
        "name": "Politeknika Txorierri",
        "acronym": "",
        "slug": ("politeknika-txorierri", "politeknika-txorierri", "politeknika-txorierri"),
        "country": "ES",
        "city": ("Derio", "Derio", "Derio"),
        "latitude": 43.29,
        "longitude": -2.88,
        "role": "associated",
        "website": "",
        "short_description": (
            "Politeknika Txorierri is a vocational training centre in Derio that hosted the "
            "SECOVE event on cooperation between VET and companies.",
            "Politeknika Txorierri es un centro de formación profesional de Derio que acogió la "
            "jornada de SECOVE sobre la cooperación entre la formación profesional y las "
            "empresas.",
            "Politeknika Txorierri Derioko lanbide-heziketako ikastetxea da, eta "
            "lanbide-heziketaren eta enpresen arteko lankidetzari buruzko SECOVE jardunaldia "
            "hartu zuen.",
        ),
        "expertise": (
            "Politeknika Txorierri is a vocational training centre in the Basque Country with "
            "experience in European innovation projects and in new forms of cooperation with "
            "industry. Its facilities include an innovation hub and learning environments where "
            "students prepare for the jobs of tomorrow.",
            "Politeknika Txorierri es un centro de formación profesional del País Vasco con "
            "experiencia en proyectos europeos de innovación y en nuevas formas de cooperación "
            "con la industria. Sus instalaciones incluyen un hub de innovación y entornos de "
            "aprendizaje donde el alumnado se prepara para los empleos del futuro.",
            "Politeknika Txorierri Euskadiko lanbide-heziketako ikastetxea da, eta esperientzia "
            "du Europako berrikuntza-proiektuetan eta industriarekin lankidetzan aritzeko modu "
            "berrietan. Bere instalazioetan berrikuntza-gune bat eta ikaskuntza-inguruneak daude, "
            "eta han prestatzen dira ikasleak etorkizuneko lanpostuetarako.",
        ),
        "contribution": (
            "Politeknika Txorierri hosted the SECOVE event in its auditorium in Derio. It "
            "presented its path as a centre, with a focus on European projects and cooperation "
            "with industry, shared good practice with other Basque training centres and closed "
            "the day with a guided tour of its facilities.",
            "Politeknika Txorierri acogió la jornada de SECOVE en su auditorio de Derio. Presentó "
            "su trayectoria como centro, con especial atención a los proyectos europeos y a la "
            "cooperación con la industria, compartió buenas prácticas con otros centros de "
            "formación vascos y cerró el día con una visita guiada a sus instalaciones.",
            "Politeknika Txorierri ikastetxeak Derioko bere auditorioan hartu zuen SECOVE "
            "jardunaldia. Ikastetxearen ibilbidea aurkeztu zuen, Europako proiektuak eta "
            "industriarekiko lankidetza nabarmenduta, jardunbide egokiak partekatu zituen "
            "Euskadiko beste prestakuntza-ikastetxe batzuekin, eta bere instalazioetara egindako "
            "bisita gidatu batekin amaitu zen eguna.",
        ),
    },
    {
        "name": "GAIA",
        "acronym": "",
        "slug": ("gaia", "gaia", "gaia"),
        "country": "ES",
        "city": ("Donostia / San Sebastián", "San Sebastián", "Donostia"),
        "latitude": 43.32,
        "longitude": -1.98,
        "role": "associated",
        "website": "",
        "short_description": (
            "GAIA is a technology industry association from the Basque Country that took part in "
            "the SECOVE event in Derio.",
            "GAIA es una asociación vasca de la industria tecnológica que participó en la jornada "
            "de SECOVE celebrada en Derio.",
            "GAIA teknologia-industriaren euskal elkartea da, eta Derion egindako SECOVE "
            "jardunaldian parte hartu zuen.",
        ),
        "expertise": (
            "GAIA brings together organisations from the technology sector in the Basque Country. "
            "It follows how the sector is changing, including the professional profiles that are "
            "emerging and the talent companies will need, which makes it a useful link between "
            "industry and vocational training.",
            "GAIA agrupa a organizaciones del sector tecnológico en el País Vasco. Sigue de cerca "
            "la evolución del sector, incluidos los perfiles profesionales emergentes y el "
            "talento que necesitarán las empresas, lo que la convierte en un enlace útil entre la "
            "industria y la formación profesional.",
            "GAIA elkarteak Euskadiko teknologia-sektoreko erakundeak biltzen ditu. Sektorearen "
            "bilakaerari jarraitzen dio, sortzen ari diren profil profesionalak eta enpresek "
            "beharko duten talentua barne, eta horri esker industriaren eta lanbide-heziketaren "
            "arteko lotura baliagarria da.",
        ),
        "contribution": (
            "At the SECOVE event, GAIA shared its analysis of the new job profiles appearing in "
            "the technology sector and the talent its companies require, giving a view of where "
            "the labour market is heading. It also joined the session on real collaboration cases "
            "between VET centres and businesses.",
            "En la jornada de SECOVE, GAIA compartió su análisis de los nuevos perfiles "
            "profesionales que surgen en el sector tecnológico y del talento que requieren sus "
            "empresas, y ofreció una visión de hacia dónde se dirige el mercado laboral. También "
            "participó en la sesión de casos reales de colaboración entre centros de formación "
            "profesional y empresas.",
            "SECOVE jardunaldian, GAIA elkarteak teknologia-sektorean sortzen ari diren profil "
            "profesional berriei eta sektoreko enpresek behar duten talentuari buruzko azterketa "
            "partekatu zuen, eta lan-merkatua nora doan erakutsi zuen. Lanbide-heziketako "
            "ikastetxeen eta enpresen arteko lankidetza-kasu errealei buruzko saioan ere parte "
            "hartu zuen.",
        ),
    },
    {
        "name": "ONDOAN",
        "acronym": "",
        "slug": ("ondoan", "ondoan", "ondoan"),
        "country": "ES",
        "city": ("Amorebieta-Etxano", "Amorebieta-Etxano", "Amorebieta-Etxano"),
        "latitude": 43.22,
        "longitude": -2.73,
        "role": "associated",
        "website": "",
        "short_description": (
            "ONDOAN is a company from Amorebieta-Etxano that spoke at the SECOVE event about "
            "vocational training as a driver of innovation.",
            "ONDOAN es una empresa de Amorebieta-Etxano que intervino en la jornada de SECOVE "
            "para hablar de la formación profesional como motor de innovación.",
            "ONDOAN Amorebieta-Etxanoko enpresa bat da, eta SECOVE jardunaldian hitz egin zuen "
            "lanbide-heziketari buruz, berrikuntzaren eragile gisa.",
        ),
        "expertise": (
            "ONDOAN is a company in the Basque Country that has worked with vocational training "
            "centres. It sees VET as a source of innovation for businesses and values co-creation "
            "and the transfer of applied knowledge between training centres and companies.",
            "ONDOAN es una empresa del País Vasco que ha colaborado con centros de formación "
            "profesional. Considera la formación profesional una fuente de innovación para las "
            "empresas y valora la cocreación y la transferencia de conocimiento aplicado entre "
            "centros formativos y empresas.",
            "ONDOAN Euskadiko enpresa bat da, eta lanbide-heziketako ikastetxeekin lankidetzan "
            "aritu da. Lanbide-heziketa enpresentzako berrikuntza-iturritzat jotzen du, eta "
            "balioa ematen die elkarrekin sortzeari eta ikastetxeen eta enpresen arteko ezagutza "
            "aplikatuaren transferentziari.",
        ),
        "contribution": (
            "At the SECOVE event in Derio, ONDOAN spoke about the ways in which vocational "
            "training can spark innovation within businesses, highlighting the value of creating "
            "solutions together and of transferring practical knowledge. Later in the day it also "
            "presented real examples of its own collaboration with VET centres.",
            "En la jornada de SECOVE en Derio, ONDOAN habló de las formas en que la formación "
            "profesional puede impulsar la innovación dentro de las empresas y destacó el valor "
            "de crear soluciones de manera conjunta y de transferir conocimiento práctico. Más "
            "tarde presentó también ejemplos reales de su propia colaboración con centros de "
            "formación profesional.",
            "Derioko SECOVE jardunaldian, ONDOAN enpresak azaldu zuen lanbide-heziketak nola "
            "bultza dezakeen berrikuntza enpresen barruan, eta nabarmendu zuen zein baliotsua den "
            "irtenbideak elkarrekin sortzea eta ezagutza praktikoa transferitzea. Geroago, "
            "lanbide-heziketako ikastetxeekin izandako lankidetzaren adibide errealak ere "
            "aurkeztu zituen.",
        ),
    },
    {
        "name": "Sarenet",
        "acronym": "",
        "slug": ("sarenet", "sarenet", "sarenet"),
        "country": "ES",
        "city": ("Zamudio", "Zamudio", "Zamudio"),
        "latitude": 43.28,
        "longitude": -2.86,
        "role": "associated",
        "website": "",
        "short_description": (
            "Sarenet is a company based in Zamudio that took part in the SECOVE event in Derio, "
            "sharing its experience of working with VET centres.",
            "Sarenet es una empresa con sede en Zamudio que participó en la jornada de SECOVE en "
            "Derio y compartió su experiencia de trabajo con centros de formación profesional.",
            "Sarenet Zamudion egoitza duen enpresa da; Derioko SECOVE jardunaldian parte hartu "
            "zuen, eta lanbide-heziketako ikastetxeekin lanean izandako esperientzia partekatu "
            "zuen.",
        ),
        "expertise": (
            "Sarenet is a Basque company that has cooperated with vocational training centres on "
            "innovative projects. Its experience shows how businesses and VET providers can both "
            "gain from working side by side, combining the practical needs of companies with the "
            "knowledge and talent found in training centres.",
            "Sarenet es una empresa vasca que ha cooperado con centros de formación profesional "
            "en proyectos innovadores. Su experiencia muestra cómo empresas y centros de "
            "formación profesional pueden beneficiarse de trabajar codo con codo, combinando las "
            "necesidades prácticas de las empresas con el conocimiento y el talento de los "
            "centros formativos.",
            "Sarenet euskal enpresa bat da, eta lanbide-heziketako ikastetxeekin lankidetzan "
            "aritu da proiektu berritzaileetan. Bere esperientziak erakusten du enpresek eta "
            "lanbide-heziketako ikastetxeek onura ateratzen dutela elkarren ondoan lan eginez, "
            "enpresen behar praktikoak eta ikastetxeetako ezagutza eta talentua uztartuz.",
        ),
        "contribution": (
            "Sarenet contributed to the SECOVE session devoted to real collaboration cases "
            "between vocational training centres and businesses. Its speakers explained that "
            "working jointly on innovative projects depends on trust, flexibility and objectives "
            "that both sides share.",
            "Sarenet intervino en la sesión de SECOVE dedicada a casos reales de colaboración "
            "entre centros de formación profesional y empresas. Sus ponentes explicaron que "
            "trabajar juntos en proyectos innovadores depende de la confianza, la flexibilidad y "
            "unos objetivos compartidos por ambas partes.",
            "Sarenet enpresak parte hartu zuen lanbide-heziketako ikastetxeen eta enpresen arteko "
            "lankidetza-kasu errealei eskainitako SECOVE saioan. Bere hizlariek azaldu zutenez, "
            "proiektu berritzaileetan elkarrekin lan egiteko ezinbestekoak dira konfiantza, "
            "malgutasuna eta bi aldeek partekatutako helburuak.",
        ),
    },
    {
        "name": "Nexmachina",
        "acronym": "",
        "slug": ("nexmachina", "nexmachina", "nexmachina"),
        "country": "ES",
        "city": ("Bizkaia", "Bizkaia", "Bizkaia"),
        "latitude": 43.26,
        "longitude": -2.93,
        "role": "associated",
        "website": "",
        "short_description": (
            "Nexmachina is a company from Bizkaia that presented a case of collaboration with "
            "vocational training centres at the SECOVE event.",
            "Nexmachina es una empresa de Bizkaia que presentó un caso de colaboración con "
            "centros de formación profesional en la jornada de SECOVE.",
            "Nexmachina Bizkaiko enpresa bat da, eta lanbide-heziketako ikastetxeekiko "
            "lankidetza-kasu bat aurkeztu zuen SECOVE jardunaldian.",
        ),
        "expertise": (
            "Nexmachina is a Basque company that has worked together with vocational training "
            "centres on innovative projects. Its experience illustrates how close cooperation "
            "between companies and VET can open new opportunities for developing skills and for "
            "putting knowledge into practice.",
            "Nexmachina es una empresa vasca que ha trabajado junto a centros de formación "
            "profesional en proyectos innovadores. Su experiencia ilustra cómo una cooperación "
            "estrecha entre empresas y formación profesional puede abrir nuevas oportunidades "
            "para desarrollar competencias y llevar el conocimiento a la práctica.",
            "Nexmachina euskal enpresa bat da, eta lanbide-heziketako ikastetxeekin batera aritu "
            "da proiektu berritzaileetan. Bere esperientziak erakusten du enpresen eta "
            "lanbide-heziketaren arteko lankidetza estuak aukera berriak zabal ditzakeela "
            "gaitasunak garatzeko eta ezagutza praktikara eramateko.",
        ),
        "contribution": (
            "During the SECOVE event at Politeknika Txorierri, Nexmachina was one of the "
            "companies that presented real collaboration cases with VET centres. It described "
            "what it has learnt from joint projects and what helps such partnerships between "
            "training and business to work well.",
            "Durante la jornada de SECOVE en Politeknika Txorierri, Nexmachina fue una de las "
            "empresas que presentaron casos reales de colaboración con centros de formación "
            "profesional. Explicó lo que ha aprendido de los proyectos conjuntos y qué ayuda a "
            "que estas alianzas entre formación y empresa funcionen bien.",
            "Politeknika Txorierri ikastetxean egindako SECOVE jardunaldian, Nexmachina izan zen "
            "lanbide-heziketako ikastetxeekiko lankidetza-kasu errealak aurkeztu zituzten "
            "enpresetako bat. Proiektu bateratuetatik ikasitakoa kontatu zuen, bai eta "
            "prestakuntzaren eta enpresen arteko lankidetza horiek ondo funtziona dezaten zerk "
            "laguntzen duen ere.",
        ),
    },
    {
        "name": "GBM",
        "acronym": "",
        "slug": ("gbm", "gbm", "gbm"),
        "country": "ES",
        "city": ("Bizkaia", "Bizkaia", "Bizkaia"),
        "latitude": 43.25,
        "longitude": -2.90,
        "role": "associated",
        "website": "",
        "short_description": (
            "GBM is a company from Bizkaia that took part in the SECOVE event in Derio, "
            "presenting its joint work with vocational training centres.",
            "GBM es una empresa de Bizkaia que participó en la jornada de SECOVE en Derio y "
            "presentó su trabajo conjunto con centros de formación profesional.",
            "GBM Bizkaiko enpresa bat da; Derioko SECOVE jardunaldian parte hartu zuen, eta "
            "lanbide-heziketako ikastetxeekin egindako lan bateratua aurkeztu zuen.",
        ),
        "expertise": (
            "GBM is a Basque company that has collaborated with vocational training centres on "
            "innovative projects. Its presence at the SECOVE event reflects the interest of "
            "companies in working with VET to develop the skills and the innovation that the "
            "business sector needs.",
            "GBM es una empresa vasca que ha colaborado con centros de formación profesional en "
            "proyectos innovadores. Su presencia en la jornada de SECOVE refleja el interés de "
            "las empresas por trabajar con la formación profesional para desarrollar las "
            "competencias y la innovación que necesita el tejido empresarial.",
            "GBM euskal enpresa bat da, eta lanbide-heziketako ikastetxeekin lankidetzan aritu da "
            "proiektu berritzaileetan. SECOVE jardunaldian izan zuen presentziak erakusten du "
            "enpresek interesa dutela lanbide-heziketarekin lan egiteko, enpresa-sektoreak behar "
            "dituen gaitasunak eta berrikuntza garatzeko.",
        ),
        "contribution": (
            "GBM was among the companies that shared real collaboration cases with VET centres at "
            "the SECOVE event in Derio. Its talk helped show that successful partnerships between "
            "training centres and businesses depend on confidence in each other, the ability to "
            "move quickly and goals agreed by both sides.",
            "GBM fue una de las empresas que compartieron casos reales de colaboración con "
            "centros de formación profesional en la jornada de SECOVE en Derio. Su intervención "
            "ayudó a mostrar que las alianzas eficaces entre centros formativos y empresas se "
            "basan en la confianza mutua, la capacidad de actuar con rapidez y unos objetivos "
            "acordados por ambas partes.",
            "GBM izan zen Derioko SECOVE jardunaldian lanbide-heziketako ikastetxeekiko "
            "lankidetza-kasu errealak partekatu zituzten enpresetako bat. Bere hitzaldiak agerian "
            "utzi zuen ikastetxeen eta enpresen arteko lankidetza arrakastatsuak elkarrenganako "
            "konfiantzan, azkar jarduteko gaitasunean eta bi aldeek adostutako helburuetan "
            "oinarritzen direla.",
        ),
    },
]

"""Demo events in English, Spanish and Basque. Data only; events/demo.py builds the pages."""

# Each text is an (en, es, eu) tuple. start and end are the local time of the event (ISO, no
# offset) in its timezone. venue_address is ("", "", "") for online events; an agenda item's
# organisation is a name that reads the same in every language, or "".
EVENTS = [
    # SECOVE network event in Derio (past)
    {
        "slug": (
            "secove-network-event-derio",
            "jornada-de-la-red-secove-en-derio",
            "secove-sarearen-jardunaldia-derion",
        ),
        "start": "2026-03-12T09:00",
        "end": "2026-03-12T14:00",
        "timezone": "Europe/Madrid",
        "title": (
            "SECOVE network event: vocational training and companies for sustainable energy",
            "Jornada de la red SECOVE: formación profesional y empresa por la energía sostenible",
            (
                "SECOVE sarearen jardunaldia: lanbide-heziketa eta enpresak energia jasangarriaren "
                "alde"
            ),
        ),
        "summary": (
            (
                "A morning of talks, real collaboration cases and a participatory workshop to "
                "strengthen cooperation between vocational centres and companies in the "
                "sustainable energy sector."
            ),
            (
                "Una mañana de ponencias, casos reales de colaboración y un taller participativo "
                "para reforzar la cooperación entre centros de formación profesional y empresas "
                "del sector de la energía sostenible."
            ),
            (
                "Hitzaldiak, lankidetza-kasu errealak eta tailer parte-hartzaile bat biltzen "
                "dituen goiza, energia jasangarriaren sektoreko lanbide-heziketako ikastetxeen eta "
                "enpresen arteko lankidetza indartzeko."
            ),
        ),
        "venue_name": (
            "Politeknika Txorierri, auditorium",
            "Politeknika Txorierri, auditorio",
            "Politeknika Txorierri, auditorioa",
        ),
        "venue_address": (
            "Derio, Bizkaia, Spain",
            "Derio, Bizkaia, España",
            "Derio, Bizkaia, Espainia",
        ),
        "organiser": (
            "SECOVE project, hosted by Politeknika Txorierri",
            "Proyecto SECOVE, con Politeknika Txorierri como anfitrión",
            "SECOVE proiektua, Politeknika Txorierri ikastetxearen harrerarekin",
        ),
        "registration_url": "",
        "agenda": [
            {
                "time": "09:00",
                "item": (
                    "Registration and welcome to participants",
                    "Acreditación y bienvenida a los participantes",
                    "Akreditazioa eta parte-hartzaileei ongietorria",
                ),
                "organisation": "Politeknika Txorierri",
            },
            {
                "time": "09:20",
                "item": (
                    "Communities of practice and their role in regional innovation strategies",
                    (
                        "Las comunidades de práctica y su papel en las estrategias regionales de "
                        "innovación"
                    ),
                    "Praktika-komunitateak eta haien zeregina eskualdeko berrikuntza-estrategietan",
                ),
                "organisation": "TKNIKA",
            },
            {
                "time": "09:50",
                "item": (
                    (
                        "The centre's trajectory: European innovation projects and new ways of "
                        "working with industry"
                    ),
                    (
                        "Trayectoria del centro: proyectos europeos de innovación y nuevas formas "
                        "de colaborar con la industria"
                    ),
                    (
                        "Ikastetxearen ibilbidea: Europako berrikuntza-proiektuak eta "
                        "industriarekin lan egiteko modu berriak"
                    ),
                ),
                "organisation": "Politeknika Txorierri",
            },
            {
                "time": "10:20",
                "item": (
                    (
                        "Diagnosis of emerging professional profiles and talent needs in the "
                        "technology sector"
                    ),
                    (
                        "Diagnóstico de perfiles profesionales emergentes y necesidades de talento "
                        "en el sector tecnológico"
                    ),
                    (
                        "Teknologia-sektoreko profil profesional berrien eta talentu-beharren "
                        "diagnostikoa"
                    ),
                ),
                "organisation": "GAIA",
            },
            {
                "time": "10:50",
                "item": (
                    "Vocational training as a driver of innovation in companies",
                    "La formación profesional como motor de innovación en las empresas",
                    "Lanbide-heziketa, enpresetako berrikuntzaren eragile",
                ),
                "organisation": "ONDOAN",
            },
            {
                "time": "11:20",
                "item": (
                    "Networking coffee break",
                    "Pausa café y networking",
                    "Kafe-etenaldia eta harremanetarako tartea",
                ),
                "organisation": "",
            },
            {
                "time": "11:50",
                "item": (
                    "Real collaboration cases between vocational centres and companies",
                    (
                        "Casos reales de colaboración entre centros de formación profesional y "
                        "empresas"
                    ),
                    "Lanbide-heziketako ikastetxeen eta enpresen arteko lankidetza-kasu errealak",
                ),
                "organisation": "Sarenet, ONDOAN, Nexmachina, GAIA, GBM",
            },
            {
                "time": "12:40",
                "item": (
                    "Participatory workshop: barriers to cooperation and ways to overcome them",
                    "Taller participativo: barreras a la cooperación y cómo superarlas",
                    "Tailer parte-hartzailea: lankidetzaren oztopoak eta horiek gainditzeko bideak",
                ),
                "organisation": "",
            },
            {
                "time": "13:30",
                "item": (
                    "Guided tour of the facilities and the innovation hub",
                    "Visita guiada a las instalaciones y al espacio de innovación",
                    "Instalazioetarako eta berrikuntza-gunerako bisita gidatua",
                ),
                "organisation": "Politeknika Txorierri",
            },
        ],
        "paragraphs": [
            (
                (
                    "Organised within the SECOVE project (Sustainable Energy Centres of Vocational "
                    "Excellence), this event brings together vocational training centres and "
                    "companies that work with innovation-oriented profiles in renewable energy and "
                    "enabling technologies."
                ),
                (
                    "Organizada en el marco del proyecto SECOVE (Sustainable Energy Centres of "
                    "Vocational Excellence), esta jornada reúne a centros de formación profesional "
                    "y empresas que trabajan con perfiles orientados a la innovación en energías "
                    "renovables y tecnologías habilitadoras."
                ),
                (
                    "SECOVE (Sustainable Energy Centres of Vocational Excellence) proiektuaren "
                    "barruan antolatutako jardunaldi honek energia berriztagarrietan eta "
                    "teknologia gaitzaileetan berrikuntzara bideratutako profilekin lan egiten "
                    "duten lanbide-heziketako ikastetxeak eta enpresak biltzen ditu."
                ),
            ),
            (
                (
                    "The programme combines short presentations by TKNIKA, Politeknika Txorierri, "
                    "GAIA and ONDOAN with first-hand accounts of joint projects and a workshop on "
                    "how to remove the obstacles that still limit cooperation between centres and "
                    "businesses."
                ),
                (
                    "El programa combina breves intervenciones de TKNIKA, Politeknika Txorierri, "
                    "GAIA y ONDOAN con testimonios directos sobre proyectos conjuntos y un taller "
                    "sobre cómo eliminar los obstáculos que todavía limitan la cooperación entre "
                    "centros y empresas."
                ),
                (
                    "Egitarauak TKNIKA, Politeknika Txorierri, GAIA eta ONDOAN erakundeen "
                    "aurkezpen laburrak, proiektu bateratuei buruzko lehen eskuko testigantzak eta "
                    "ikastetxeen eta enpresen arteko lankidetza oraindik mugatzen duten oztopoak "
                    "nola kendu aztertzeko tailer bat uztartzen ditu."
                ),
            ),
            (
                (
                    "The event is part of SECOVE's effort to build a European network of Centres "
                    "of Vocational Excellence and ends with a guided tour of the host centre."
                ),
                (
                    "La jornada forma parte del esfuerzo de SECOVE por construir una red europea "
                    "de Centros de Excelencia Profesional y concluye con una visita guiada al "
                    "centro anfitrión."
                ),
                (
                    "Jardunaldia Lanbide Bikaintasuneko Zentroen Europako sare bat eraikitzeko "
                    "SECOVEren ahaleginaren parte da, eta harrera-ikastetxerako bisita gidatu "
                    "batekin amaitzen da."
                ),
            ),
        ],
    },
    # Upcoming: webinar on the 2-WAY Cooperation Model
    {
        "slug": (
            "webinar-presenting-the-2-way-cooperation-model",
            "webinar-presentacion-del-modelo-de-cooperacion-2-way",
            "webinarra-2-way-lankidetza-ereduaren-aurkezpena",
        ),
        "start": "2027-01-20T16:00",
        "end": "2027-01-20T17:30",
        "timezone": "Europe/Brussels",
        "title": (
            "Webinar: Presenting the 2-WAY Cooperation Model",
            "Webinar: presentación del Modelo de Cooperación 2-WAY",
            "Webinarra: 2-WAY Lankidetza Ereduaren aurkezpena",
        ),
        "summary": (
            (
                "An online session introducing the INNOVET LATAM 2-WAY Cooperation Model, its "
                "principles and components, and how vocational centres in Europe and Latin America "
                "can put it into practice."
            ),
            (
                "Una sesión en línea para presentar el Modelo de Cooperación 2-WAY de INNOVET "
                "LATAM, sus principios y componentes, y cómo pueden aplicarlo los centros de "
                "formación profesional de Europa y América Latina."
            ),
            (
                "INNOVET LATAM 2-WAY Lankidetza Eredua, haren printzipioak eta osagaiak aurkezteko "
                "saio birtuala, Europako eta Latinoamerikako lanbide-heziketako ikastetxeek nola "
                "aplika dezaketen azaltzeko."
            ),
        ),
        "venue_name": ("Online", "En línea", "Linean"),
        "venue_address": ("", "", ""),
        "organiser": (
            "IHF asbl (INNOVET LATAM lead partner)",
            "IHF asbl (socio coordinador de INNOVET LATAM)",
            "IHF asbl (INNOVET LATAM proiektuko bazkide koordinatzailea)",
        ),
        "registration_url": "https://example.org/register/2way-webinar",
        "agenda": [
            {
                "time": "16:00",
                "item": (
                    "Welcome and introduction to INNOVET LATAM",
                    "Bienvenida y presentación de INNOVET LATAM",
                    "Ongietorria eta INNOVET LATAM proiektuaren aurkezpena",
                ),
                "organisation": "IHF asbl",
            },
            {
                "time": "16:15",
                "item": (
                    "The two-way principle and the components of the model",
                    "El principio de doble sentido y los componentes del modelo",
                    "Bi norabideko printzipioa eta ereduaren osagaiak",
                ),
                "organisation": "IHF asbl",
            },
            {
                "time": "16:45",
                "item": (
                    "Putting the model into practice: experiences from Guatemala and Venezuela",
                    "El modelo en la práctica: experiencias de Guatemala y Venezuela",
                    "Eredua praktikan: Guatemalako eta Venezuelako esperientziak",
                ),
                "organisation": "ASEC, Grupo Social CESAP",
            },
            {
                "time": "17:10",
                "item": (
                    "Questions and discussion with participants",
                    "Preguntas y debate con los participantes",
                    "Parte-hartzaileen galderak eta eztabaida",
                ),
                "organisation": "",
            },
        ],
        "paragraphs": [
            (
                (
                    "The INNOVET LATAM 2-WAY Cooperation Model, the first major result of the "
                    "project, proposes a reciprocal way of working in which European and Latin "
                    "American VET institutions learn from each other on equal terms."
                ),
                (
                    "El Modelo de Cooperación 2-WAY de INNOVET LATAM, primer gran resultado del "
                    "proyecto, propone una forma recíproca de trabajar en la que las instituciones "
                    "de formación profesional europeas y latinoamericanas aprenden unas de otras "
                    "en pie de igualdad."
                ),
                (
                    "INNOVET LATAM 2-WAY Lankidetza Ereduak, proiektuaren lehen emaitza nagusiak, "
                    "lan egiteko modu elkarrekiko bat proposatzen du, non Europako eta "
                    "Latinoamerikako lanbide-heziketako erakundeek elkarrengandik ikasten duten, "
                    "berdintasunean."
                ),
            ),
            (
                (
                    "In this webinar, partners will explain the principles behind the model, walk "
                    "through its governance, peer-learning and open resources components, and "
                    "share examples from the pilot activities. The session is aimed at teachers, "
                    "centre managers and anyone interested in international VET cooperation."
                ),
                (
                    "En este webinar, los socios explicarán los principios del modelo, repasarán "
                    "sus componentes de gobernanza, aprendizaje entre pares y recursos abiertos, y "
                    "compartirán ejemplos de las actividades piloto. La sesión está dirigida a "
                    "docentes, equipos directivos de centros y cualquier persona interesada en la "
                    "cooperación internacional en formación profesional."
                ),
                (
                    "Webinar honetan, bazkideek ereduaren oinarrian dauden printzipioak azalduko "
                    "dituzte, gobernantzaren, parekideen arteko ikaskuntzaren eta baliabide "
                    "irekien osagaiak errepasatuko dituzte eta proba pilotuetako adibideak "
                    "partekatuko dituzte. Saioa irakasleei, ikastetxeetako zuzendaritza-taldeei "
                    "eta lanbide-heziketako nazioarteko lankidetzan interesa duen edonori "
                    "zuzenduta dago."
                ),
            ),
            (
                (
                    "The webinar will be held in English and Spanish; participation is free, but "
                    "registration is required."
                ),
                (
                    "El webinar se desarrollará en inglés y español; la participación es gratuita, "
                    "pero es necesario inscribirse."
                ),
                (
                    "Webinarra ingelesez eta gaztelaniaz egingo da; parte hartzea doakoa da, baina "
                    "izena eman behar da."
                ),
            ),
        ],
    },
    # Upcoming: partner meeting in Guatemala City
    {
        "slug": (
            "partner-meeting-guatemala-city-2027",
            "reunion-de-socios-en-ciudad-de-guatemala-2027",
            "bazkideen-bilera-guatemala-hirian-2027",
        ),
        "start": "2027-03-09T09:00",
        "end": "2027-03-11T13:00",
        "timezone": "America/Guatemala",
        "title": (
            "INNOVET LATAM partner meeting in Guatemala City",
            "Reunión de socios de INNOVET LATAM en Ciudad de Guatemala",
            "INNOVET LATAM proiektuko bazkideen bilera Guatemala Hirian",
        ),
        "summary": (
            (
                "Partners return to Guatemala City to review the first results of applying the "
                "cooperation model, visit local training programmes and plan how the network will "
                "continue after the project."
            ),
            (
                "Los socios vuelven a Ciudad de Guatemala para revisar los primeros resultados de "
                "la aplicación del modelo de cooperación, visitar programas formativos locales y "
                "planificar la continuidad de la red tras el proyecto."
            ),
            (
                "Bazkideak Guatemala Hirira itzuliko dira lankidetza-eredua aplikatzearen lehen "
                "emaitzak berrikusteko, tokiko prestakuntza-programak bisitatzeko eta proiektuaren "
                "ondoren sareak nola jarraituko duen planifikatzeko."
            ),
        ),
        "venue_name": (
            "Universidad Popular de Guatemala (UPG), main campus",
            "Universidad Popular de Guatemala (UPG), sede central",
            "Universidad Popular de Guatemala (UPG), egoitza nagusia",
        ),
        "venue_address": (
            "Guatemala City, Guatemala",
            "Ciudad de Guatemala, Guatemala",
            "Guatemala Hiria, Guatemala",
        ),
        "organiser": (
            "ASEC and Universidad Popular de Guatemala (UPG)",
            "ASEC y Universidad Popular de Guatemala (UPG)",
            "ASEC eta Universidad Popular de Guatemala (UPG)",
        ),
        "registration_url": "",
        "agenda": [
            {
                "time": "09:00",
                "item": (
                    "Day 1: welcome by the host organisations and progress review",
                    "Día 1: bienvenida de las entidades anfitrionas y revisión de los avances",
                    "1. eguna: harrera-erakundeen ongietorria eta aurrerapenen berrikuspena",
                ),
                "organisation": "ASEC, Universidad Popular de Guatemala (UPG)",
            },
            {
                "time": "14:00",
                "item": (
                    "Day 1: working session on the results of the pilot activities",
                    "Día 1: sesión de trabajo sobre los resultados de las actividades piloto",
                    "1. eguna: lan-saioa proba pilotuen emaitzei buruz",
                ),
                "organisation": "IHF asbl",
            },
            {
                "time": "09:00",
                "item": (
                    "Day 2: visits to community and vocational training programmes",
                    "Día 2: visitas a programas comunitarios y de formación profesional",
                    "2. eguna: komunitate-programetara eta lanbide-heziketako programetara bisitak",
                ),
                "organisation": "ASEC",
            },
            {
                "time": "15:00",
                "item": (
                    "Day 2: round table with local employers and education authorities",
                    "Día 2: mesa redonda con empleadores locales y autoridades educativas",
                    "2. eguna: mahai-ingurua tokiko enplegatzaileekin eta hezkuntza-agintariekin",
                ),
                "organisation": "Universidad Popular de Guatemala (UPG)",
            },
            {
                "time": "09:00",
                "item": (
                    "Day 3: sustainability plan and signature of the collaboration agreement",
                    "Día 3: plan de sostenibilidad y firma del acuerdo de colaboración",
                    "3. eguna: iraunkortasun-plana eta lankidetza-hitzarmenaren sinadura",
                ),
                "organisation": "IHF asbl",
            },
        ],
        "paragraphs": [
            (
                (
                    "Hosted by ASEC and Universidad Popular de Guatemala, this meeting brings the "
                    "eight INNOVET LATAM partners together to look at how the 2-WAY Cooperation "
                    "Model is working in practice."
                ),
                (
                    "Organizada por ASEC y la Universidad Popular de Guatemala, esta reunión "
                    "congrega a los ocho socios de INNOVET LATAM para analizar cómo funciona en la "
                    "práctica el Modelo de Cooperación 2-WAY."
                ),
                (
                    "ASEC elkarteak eta Universidad Popular de Guatemala unibertsitateak "
                    "antolatuta, bilera honek INNOVET LATAM proiektuko zortzi bazkideak biltzen "
                    "ditu, 2-WAY Lankidetza Eredua praktikan nola dabilen aztertzeko."
                ),
            ),
            (
                (
                    "The programme includes visits to local training initiatives and a dialogue "
                    "with employers and education authorities, and it will close with the "
                    "signature of the agreement that will keep the partnership active in the long "
                    "term."
                ),
                (
                    "El programa incluye visitas a iniciativas formativas locales y un diálogo con "
                    "empleadores y autoridades educativas, y se cerrará con la firma del acuerdo "
                    "que mantendrá activa la alianza a largo plazo."
                ),
                (
                    "Egitarauak tokiko prestakuntza-ekimenetarako bisitak eta enplegatzaileekin "
                    "eta hezkuntza-agintariekin elkarrizketa bat ditu, eta partzuergoa epe luzera "
                    "aktibo mantenduko duen hitzarmenaren sinadurarekin amaituko da."
                ),
            ),
        ],
    },
    # Past: kick-off meeting in Brussels
    {
        "slug": (
            "innovet-latam-kick-off-meeting-brussels",
            "reunion-de-lanzamiento-de-innovet-latam-en-bruselas",
            "innovet-latam-hasierako-bilera-bruselan",
        ),
        "start": "2024-01-24T09:30",
        "end": "2024-01-25T13:00",
        "timezone": "Europe/Brussels",
        "title": (
            "INNOVET LATAM kick-off meeting",
            "Reunión de lanzamiento de INNOVET LATAM",
            "INNOVET LATAM proiektuaren hasierako bilera",
        ),
        "summary": (
            (
                "Two-day meeting in Brussels where the eight partner organisations launched the "
                "project, presented their work and agreed on the work plan for the coming months."
            ),
            (
                "Reunión de dos días en Bruselas en la que las ocho organizaciones socias pusieron "
                "en marcha el proyecto, presentaron su trabajo y acordaron el plan de trabajo de "
                "los próximos meses."
            ),
            (
                "Bi eguneko bilera Bruselan; bertan, zortzi bazkide-erakundeek proiektua abian "
                "jarri zuten, beren lana aurkeztu zuten eta datozen hilabeteetarako lan-plana "
                "adostu zuten."
            ),
        ),
        "venue_name": ("IHF asbl offices", "Oficinas de IHF asbl", "IHF asbl elkartearen bulegoak"),
        "venue_address": ("Brussels, Belgium", "Bruselas, Bélgica", "Brusela, Belgika"),
        "organiser": (
            "IHF asbl, on behalf of the INNOVET LATAM consortium",
            "IHF asbl, en nombre del consorcio INNOVET LATAM",
            "IHF asbl, INNOVET LATAM partzuergoaren izenean",
        ),
        "registration_url": "",
        "agenda": [
            {
                "time": "09:30",
                "item": (
                    "Day 1: welcome and presentation of the partner organisations",
                    "Día 1: bienvenida y presentación de las organizaciones socias",
                    "1. eguna: ongietorria eta bazkide-erakundeen aurkezpena",
                ),
                "organisation": "IHF asbl",
            },
            {
                "time": "11:30",
                "item": (
                    "Day 1: project objectives and the two-way approach",
                    "Día 1: objetivos del proyecto y enfoque de doble sentido",
                    "1. eguna: proiektuaren helburuak eta bi norabideko ikuspegia",
                ),
                "organisation": "IHF asbl",
            },
            {
                "time": "14:30",
                "item": (
                    "Day 1: work packages, timeline and quality plan",
                    "Día 1: paquetes de trabajo, calendario y plan de calidad",
                    "1. eguna: lan-paketeak, egutegia eta kalitate-plana",
                ),
                "organisation": "",
            },
            {
                "time": "09:30",
                "item": (
                    "Day 2: planning the needs analysis in the five partner countries",
                    "Día 2: planificación del análisis de necesidades en los cinco países socios",
                    "2. eguna: bost bazkide-herrialdeetako beharren azterketaren plangintza",
                ),
                "organisation": "",
            },
            {
                "time": "11:30",
                "item": (
                    "Day 2: communication strategy and next steps",
                    "Día 2: estrategia de comunicación y próximos pasos",
                    "2. eguna: komunikazio-estrategia eta hurrengo urratsak",
                ),
                "organisation": "",
            },
        ],
        "paragraphs": [
            (
                (
                    "The kick-off meeting marks the official start of INNOVET LATAM, an Erasmus+ "
                    "project that links vocational education and training organisations in "
                    "Belgium, Spain, Italy, Guatemala and Venezuela."
                ),
                (
                    "La reunión de lanzamiento marca el inicio oficial de INNOVET LATAM, un "
                    "proyecto Erasmus+ que une a organizaciones de formación profesional de "
                    "Bélgica, España, Italia, Guatemala y Venezuela."
                ),
                (
                    "Hasierako bilerak INNOVET LATAM proiektuaren abiapuntu ofiziala markatzen du; "
                    "Erasmus+ proiektu horrek Belgikako, Espainiako, Italiako, Guatemalako eta "
                    "Venezuelako lanbide-heziketako erakundeak lotzen ditu."
                ),
            ),
            (
                (
                    "Over two days, partners get to know each other, review the objectives and "
                    "work packages, and agree how decisions will be taken and how the needs "
                    "analysis will be carried out in each country."
                ),
                (
                    "Durante dos días, los socios se conocen, revisan los objetivos y los paquetes "
                    "de trabajo, y acuerdan cómo se tomarán las decisiones y cómo se llevará a "
                    "cabo el análisis de necesidades en cada país."
                ),
                (
                    "Bi egunez, bazkideek elkar ezagutzen dute, helburuak eta lan-paketeak "
                    "berrikusten dituzte, eta erabakiak nola hartuko diren eta herrialde "
                    "bakoitzean beharren azterketa nola egingo den adosten dute."
                ),
            ),
        ],
    },
    # Past: trainers' workshop in Udine
    {
        "slug": (
            "trainers-workshop-udine",
            "taller-de-formadores-en-udine",
            "prestatzaileentzako-tailerra-udinen",
        ),
        "start": "2025-05-14T09:00",
        "end": "2025-05-14T17:00",
        "timezone": "Europe/Rome",
        "title": (
            "Trainers' workshop on active teaching methods",
            "Taller de formadores sobre metodologías docentes activas",
            "Prestatzaileentzako tailerra irakaskuntza-metodo aktiboei buruz",
        ),
        "summary": (
            (
                "A one-day practical workshop in Udine where trainers from Europe and Latin "
                "America experience active methods and co-design the project's trainer-training "
                "programme."
            ),
            (
                "Un taller práctico de una jornada en Udine en el que formadores de Europa y "
                "América Latina experimentan metodologías activas y codiseñan el programa de "
                "formación de formadores del proyecto."
            ),
            (
                "Egun bateko tailer praktikoa Udinen; bertan, Europako eta Latinoamerikako "
                "prestatzaileek metodo aktiboak esperimentatzen dituzte eta proiektuko "
                "prestatzaileen prestakuntza-programa elkarrekin diseinatzen dute."
            ),
        ),
        "venue_name": (
            "IAL FVG training centre",
            "Centro de formación de IAL FVG",
            "IAL FVG erakundearen prestakuntza-zentroa",
        ),
        "venue_address": (
            "Udine, Friuli Venezia Giulia, Italy",
            "Udine, Friuli-Venecia Julia, Italia",
            "Udine, Friuli-Venezia Giulia, Italia",
        ),
        "organiser": ("IAL FVG", "IAL FVG", "IAL FVG"),
        "registration_url": "",
        "agenda": [
            {
                "time": "09:00",
                "item": (
                    "Welcome and aims of the trainers' workshop",
                    "Bienvenida y objetivos del taller de formadores",
                    "Ongietorria eta prestatzaileen tailerraren helburuak",
                ),
                "organisation": "IAL FVG",
            },
            {
                "time": "09:30",
                "item": (
                    (
                        "Hands-on session: project-based learning, work simulations and peer "
                        "assessment"
                    ),
                    (
                        "Sesión práctica: aprendizaje basado en proyectos, simulaciones laborales "
                        "y evaluación entre pares"
                    ),
                    (
                        "Saio praktikoa: proiektuetan oinarritutako ikaskuntza, lan-simulazioak "
                        "eta parekideen arteko ebaluazioa"
                    ),
                ),
                "organisation": "IAL FVG",
            },
            {
                "time": "11:30",
                "item": (
                    "Designing learning activities from real company tasks",
                    "Diseño de actividades de aprendizaje a partir de tareas reales de empresa",
                    "Ikaskuntza-jarduerak diseinatzea enpresetako benetako zereginetatik abiatuta",
                ),
                "organisation": "",
            },
            {
                "time": "14:00",
                "item": (
                    "Co-design of the trainer-training modules in mixed groups",
                    "Codiseño en grupos mixtos de los módulos de formación de formadores",
                    "Prestatzaileen prestakuntza-moduluak talde mistoetan elkarrekin diseinatzea",
                ),
                "organisation": "",
            },
            {
                "time": "16:30",
                "item": (
                    "Conclusions of the Udine workshop and next steps",
                    "Conclusiones del taller de Udine y próximos pasos",
                    "Udineko tailerraren ondorioak eta hurrengo urratsak",
                ),
                "organisation": "",
            },
        ],
        "paragraphs": [
            (
                (
                    "Hosted by IAL FVG, a leader in VET teacher training and curricular "
                    "innovation, this workshop puts trainers from all partner organisations in the "
                    "learners' seat to try out active teaching methods."
                ),
                (
                    "Organizado por IAL FVG, referente en la capacitación del profesorado de "
                    "formación profesional y en innovación curricular, este taller sitúa a "
                    "formadores de todas las organizaciones socias en el lugar del alumnado para "
                    "probar metodologías docentes activas."
                ),
                (
                    "Lanbide-heziketako irakasleen prestakuntzan eta curriculum-berrikuntzan "
                    "erreferentea den IAL FVG erakundeak antolatutako tailer honek "
                    "bazkide-erakunde guztietako prestatzaileak ikasleen lekuan jartzen ditu, "
                    "irakaskuntza-metodo aktiboak probatzeko."
                ),
            ),
            (
                (
                    "In the afternoon, mixed teams of European and Latin American participants "
                    "outline the modules of the trainer-training programme, so that its examples "
                    "and case studies reflect both regions."
                ),
                (
                    "Por la tarde, equipos mixtos de participantes europeos y latinoamericanos "
                    "esbozan los módulos del programa de formación de formadores, para que sus "
                    "ejemplos y estudios de caso reflejen ambas regiones."
                ),
                (
                    "Arratsaldean, Europako eta Latinoamerikako parte-hartzailez osatutako talde "
                    "mistoek prestatzaileen prestakuntza-programako moduluen zirriborroa egiten "
                    "dute, adibideek eta kasu-azterketek bi eskualdeak isla ditzaten."
                ),
            ),
        ],
    },
]

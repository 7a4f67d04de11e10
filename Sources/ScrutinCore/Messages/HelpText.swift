/// The command line's help: each command's abstract and discussion, and each option's line, for
/// `scrutin --help` in English or French (`--lang fr --help`, or a French `LANG`).
///
/// swift-argument-parser writes the rest of the help page itself, in English: the headings
/// (`USAGE`, `OPTIONS`), `--help` and `--version`, and the `(default: …)` notes.
public enum HelpText: MessageEntry, CaseIterable {
    case language
    case scrutinAbstract
    case scrutinDiscussion
    case reportAbstract
    case reportDiscussion
    case reportElection
    case reportFormat
    case reportCountry
    case reportChart
    case reportLevel
    case reportConstituency
    case reportRound
    case resultsAsOf
    case reportOutput
    case resultsAbstract
    case resultsDiscussion
    case bundleOrFile
    case roundOneOrTwo
    case resultsConstituency
    case formatTableJSONCSV
    case resultsLevel
    case resultsStations
    case runoffsAbstract
    case runoffsDiscussion
    case runoffsAsOf
    case codesAbstract
    case codesMarkdown
    case codesRefusals
    case generateAbstract
    case generateDiscussion
    case generateDirectory
    case generateStations
    case generateConstituencies
    case generateSeed
    case generateMinLists
    case generateMaxLists
    case generateDefects
    case checkAbstract
    case checkDiscussion
    case checkAsOf
    case formatTableJSON
    case mali2020Abstract
    case mali2020Discussion
    case mali2020Sources
    case mali2020Format
    case publishAbstract
    case publishDiscussion
    case electionFile
    case round
    case publishStage
    case publishKey
    case publishUnsigned
    case keygenAbstract
    case keygenDiscussion
    case keygenFile
    case verifyAbstract
    case verifyDiscussion
    case verifyKey
    case verifyRebuildCaches
    case ruleAuthority
    case ruleNumber
    case ruleDate
    case ruleNote
    case ruleAbstract
    case ruleDiscussion
    case annulSheetAbstract
    case stationCode
    case correctSheetAbstract
    case notOpenedAbstract
    case notOpenedReason
    case disqualifyAbstract
    case listCode
    case overturnAbstract
    case constituencyCode
    case overturnList
    case declareRunoffAbstract
    case declareRunoffRound
    case declareRunoffLists
    case annulConstituencyAbstract
    case settleTieAbstract
    case settleTieLists
    case settleTieDraw
    case actor
    case time
    case sheetRegistered
    case sheetVoters
    case sheetInvalid
    case sheetValid
    case sheetVotes
    case initAbstract
    case initDiscussion
    case initFile
    case initFrom
    case initMali2020
    case importAbstract
    case importDiscussion
    case importRoundFolder
    case importRound
    case importSource
    case enterAbstract
    case enterDiscussion
    case resolveAbstract
    case resolveDiscussion
    case resolveKeep
    case resolveSendBack
    case queueAbstract
    case queueDiscussion
    case queueRound
    case logAbstract
    case logDiscussion
    case journalFile
    case logConstituency
    case logStation
    case logActor
    case logKind
    case logRound
    case diffAbstract
    case diffDiscussion
    case moment

    public var message: Message {
        switch self {
        case .language:
            Message(
                en: "Language of the output: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).",
                fr: "Langue de la sortie : en ou fr (par défaut : selon LC_ALL, LC_MESSAGES ou LANG)."
            )
        case .scrutinAbstract:
            Message(
                en: "Election results from polling-station tally sheets: check, tabulate, decide, publish.",
                fr: "Résultats d’élection à partir des procès-verbaux des bureaux de vote : contrôler, "
                    + "dépouiller, décider, publier."
            )
        case .scrutinDiscussion:
            Message(
                en: "With no command, shows the 2020 election of Mali's National Assembly from the embedded "
                    + "data.\nA bundle is a folder of CSV files describing an election and its tally sheets; "
                    + "see the README.\nSet LANG=fr_FR.UTF-8 or pass --lang fr for French.",
                fr: "Sans commande, affiche l’élection de 2020 de l’Assemblée nationale du Mali à partir des "
                    + "données intégrées.\nUn dossier de scrutin est un dossier de fichiers CSV qui décrivent "
                    + "une élection et ses procès-verbaux ; voir le README.\nDéfinissez LANG=fr_FR.UTF-8 ou "
                    + "passez --lang fr pour le français."
            )
        case .reportAbstract:
            Message(
                en: "Publish results: an HTML report, Markdown or wikitext tables, SVG charts, CSV, JSON, or "
                    + "NIST XML.",
                fr: "Publier les résultats : un rapport HTML, des tableaux Markdown ou wikitext, des "
                    + "graphiques SVG, du CSV, du JSON ou du XML NIST."
            )
        case .reportDiscussion:
            Message(
                en: "ELECTION is a bundle folder, an election file, or mali-2020 (the default: the embedded "
                    + "2020 election). The HTML report is one self-contained file (inline CSS and SVG, no "
                    + "network). svg draws --chart: hemicycle (default), seats, turnout, or constituency (with "
                    + "--constituency). csv writes --level: nation, region, constituency (default), list or "
                    + "party, and for a count of tally sheets station and elected. nist writes the NIST SP "
                    + "1500-100 v2 results export in the profile Google's civics-cdf-validator checks "
                    + "(docs/nist-export.md). With -o the file is written whole or not at all.\nExit status: 0 "
                    + "written; 3 the election cannot be read or the file cannot be written; 64 a wrong "
                    + "argument (a round, constituency, format or language that does not exist); 74 standard "
                    + "output cannot be written.",
                fr: "ÉLECTION est un dossier de scrutin, un fichier d’élection ou mali-2020 (par défaut : "
                    + "l’élection de 2020 intégrée). Le rapport HTML est un seul fichier autonome (CSS et SVG "
                    + "en ligne, sans réseau). svg dessine --chart : hemicycle (par défaut), seats, turnout ou "
                    + "constituency (avec --constituency). csv écrit --level : nation, region, constituency "
                    + "(par défaut), list ou party, et pour un décompte de procès-verbaux station et elected. "
                    + "nist écrit l’export de résultats NIST SP 1500-100 v2 dans le profil que vérifie "
                    + "civics-cdf-validator de Google (docs/nist-export.md). Avec -o, le fichier est écrit en "
                    + "entier ou pas du tout.\nCode de sortie : 0 écrit ; 3 l’élection ne peut être lue ou le "
                    + "fichier ne peut être écrit ; 64 un argument erroné (un tour, une circonscription, un "
                    + "format ou une langue qui n’existe pas) ; 74 la sortie standard ne peut être écrite."
            )
        case .reportElection:
            Message(
                en: "A bundle folder, an election file, or mali-2020 (default).",
                fr: "Un dossier de scrutin, un fichier d’élection ou mali-2020 (par défaut)."
            )
        case .reportFormat:
            Message(
                en: "html (default), table, md, wikitext, svg, csv, json, nist, or ocd-ids (the Open Civic "
                    + "Data ids nist uses).",
                fr: "html (par défaut), table, md, wikitext, svg, csv, json, nist ou ocd-ids (les "
                    + "identifiants Open Civic Data qu’utilise nist)."
            )
        case .reportCountry:
            Message(
                en: "For nist and ocd-ids: the ISO 3166-1 country code of the Open Civic Data ids (default: "
                    + "ml for 2020; required otherwise).",
                fr: "Pour nist et ocd-ids : le code pays ISO 3166-1 des identifiants Open Civic Data (par "
                    + "défaut : ml pour 2020 ; obligatoire sinon)."
            )
        case .reportChart:
            Message(
                en: "For svg: hemicycle (default), seats, turnout or constituency.",
                fr: "Pour svg : hemicycle (par défaut), seats, turnout ou constituency."
            )
        case .reportLevel:
            Message(
                en: "For csv: nation, region, constituency (default), list, party; for a count also station "
                    + "and elected.",
                fr: "Pour csv : nation, region, constituency (par défaut), list, party ; pour un décompte "
                    + "aussi station et elected."
            )
        case .reportConstituency:
            Message(
                en: "A constituency's code (svg --chart constituency; html: that constituency only).",
                fr: "Le code d’une circonscription (svg --chart constituency ; html : cette circonscription "
                    + "seulement)."
            )
        case .reportRound:
            Message(
                en: "Only this round: its votes and each constituency's outcome in it.",
                fr: "Ce tour seulement : ses voix et l’issue de chaque circonscription."
            )
        case .resultsAsOf:
            Message(
                en: "Election file only: the results as they stood at this moment (an event number, a time, "
                    + "head, provisional-1, …).",
                fr: "Fichier d’élection seulement : les résultats tels qu’ils étaient à ce moment (un numéro "
                    + "d’événement, une heure, head, provisional-1, …)."
            )
        case .reportOutput:
            Message(
                en: "Write to this file (default: standard output).",
                fr: "Écrire dans ce fichier (par défaut : la sortie standard)."
            )
        case .resultsAbstract:
            Message(
                en: "Tabulate a bundle or an election file: turnout, votes and outcomes by constituency, "
                    + "region and nation; seats by party.",
                fr: "Dépouiller un dossier de scrutin ou un fichier d’élection : participation, voix et "
                    + "issues par circonscription, région et pays ; sièges par parti."
            )
        case .resultsDiscussion:
            Message(
                en: "Exit status: 0 when the bundle was read (whatever its problems; see `scrutin check`), 3 "
                    + "when it cannot be read, 74 when standard output cannot be written.\nJSON (schema "
                    + "scrutin.results/1) gives counts as integers and shares in hundredths of a percent.\nCSV "
                    + "gives one table; choose it with --level (default: list, one row per list per "
                    + "constituency per round).",
                fr: "Code de sortie : 0 quand le dossier a été lu (quels que soient ses problèmes ; voir "
                    + "`scrutin check`), 3 quand il ne peut être lu, 74 quand la sortie standard ne peut être "
                    + "écrite.\nLe JSON (schéma scrutin.results/1) donne les décomptes en entiers et les parts "
                    + "en centièmes de pour cent.\nLe CSV donne une table ; choisissez-la avec --level (par "
                    + "défaut : list, une ligne par liste, par circonscription et par tour)."
            )
        case .bundleOrFile:
            Message(
                en: "The bundle folder, or an election file (scrutin init).",
                fr: "Le dossier de scrutin, ou un fichier d’élection (scrutin init)."
            )
        case .roundOneOrTwo:
            Message(
                en: "Only this round (1 or 2).",
                fr: "Ce tour seulement (1 ou 2)."
            )
        case .resultsConstituency:
            Message(
                en: "Only this constituency (its code), with its polling stations.",
                fr: "Cette circonscription seulement (son code), avec ses bureaux de vote."
            )
        case .formatTableJSONCSV:
            Message(
                en: "Output format: table, json or csv.",
                fr: "Format de sortie : table, json ou csv."
            )
        case .resultsLevel:
            Message(
                en: "CSV table: nation, region, constituency, list (the default), station, seats or elected.",
                fr: "Table CSV : nation, region, constituency, list (par défaut), station, seats ou elected."
            )
        case .resultsStations:
            Message(
                en: "Include every polling station (JSON and CSV; implied by --constituency).",
                fr: "Inclure chaque bureau de vote (JSON et CSV ; implicite avec --constituency)."
            )
        case .runoffsAbstract:
            Message(
                en: "After round 1: the two lists of each runoff, to print round-2 ballots.",
                fr: "Après le premier tour : les deux listes de chaque second tour, pour imprimer les "
                    + "bulletins du second tour."
            )
        case .runoffsDiscussion:
            Message(
                en: "Also lists constituencies elected in round 1 and those not settled yet (still counting, "
                    + "quarantined sheets, ties). Exit status: 0 when every constituency is elected or has its "
                    + "pair; 2 when some are not settled; 3 when the bundle cannot be read.",
                fr: "Liste aussi les circonscriptions élues au premier tour et celles pas encore réglées "
                    + "(dépouillement en cours, procès-verbaux en quarantaine, égalités). Code de sortie : 0 "
                    + "quand chaque circonscription est élue ou a sa paire ; 2 quand certaines ne sont pas "
                    + "réglées ; 3 quand le dossier ne peut être lu."
            )
        case .runoffsAsOf:
            Message(
                en: "Election file only: the runoffs as they stood at this moment (an event number, a time, "
                    + "head, provisional-1, …).",
                fr: "Fichier d’élection seulement : les seconds tours tels qu’ils étaient à ce moment (un "
                    + "numéro d’événement, une heure, head, provisional-1, …)."
            )
        case .codesAbstract:
            Message(
                en: "List every check code with its severity and meaning (--refusals: the record's refusals).",
                fr: "Lister chaque code de contrôle avec sa gravité et sa signification (--refusals : les "
                    + "refus du registre)."
            )
        case .codesMarkdown:
            Message(
                en: "Write a Markdown table (as in the README).",
                fr: "Écrire un tableau Markdown (comme dans le README)."
            )
        case .codesRefusals:
            Message(
                en: "List the codes of the record's refusals (R…) instead of the checks.",
                fr: "Lister les codes des refus du registre (R…) au lieu des contrôles."
            )
        case .generateAbstract:
            Message(
                en: "Write a synthetic bundle (labelled synthetic) made from a seed.",
                fr: "Écrire un dossier de scrutin synthétique (marqué comme tel) fait à partir d’une graine."
            )
        case .generateDiscussion:
            Message(
                en: "The same options give the same bytes. Round 2 is generated for the constituencies that "
                    + "need a runoff. Mali scale: --stations 22147 --constituencies 55. National scale: "
                    + "--stations 1000000 --constituencies 550.",
                fr: "Les mêmes options donnent les mêmes octets. Le second tour est généré pour les "
                    + "circonscriptions qui en ont besoin. Échelle du Mali : --stations 22147 --constituencies "
                    + "55. Échelle nationale : --stations 1000000 --constituencies 550."
            )
        case .generateDirectory:
            Message(
                en: "The folder to write (created if needed; existing bundle files are replaced).",
                fr: "Le dossier à écrire (créé au besoin ; les fichiers de scrutin existants sont remplacés)."
            )
        case .generateStations:
            Message(
                en: "Number of polling stations.",
                fr: "Nombre de bureaux de vote."
            )
        case .generateConstituencies:
            Message(
                en: "Number of constituencies.",
                fr: "Nombre de circonscriptions."
            )
        case .generateSeed:
            Message(
                en: "Seed of the random generator.",
                fr: "Graine du générateur aléatoire."
            )
        case .generateMinLists:
            Message(
                en: "Fewest lists per constituency.",
                fr: "Nombre minimal de listes par circonscription."
            )
        case .generateMaxLists:
            Message(
                en: "Most lists per constituency.",
                fr: "Nombre maximal de listes par circonscription."
            )
        case .generateDefects:
            Message(
                en: "Deliberate problems to put in round 1 (errors and warnings, for demos and benchmarks).",
                fr: "Problèmes délibérés à placer au premier tour (erreurs et avertissements, pour les "
                    + "démonstrations et les mesures)."
            )
        case .checkAbstract:
            Message(
                en: "Check a bundle: every problem with its code, file, line and field.",
                fr: "Contrôler un dossier de scrutin : chaque problème avec son code, son fichier, sa ligne "
                    + "et son champ."
            )
        case .checkDiscussion:
            Message(
                en: "Exit status: 0 clean; 1 warnings only (every sheet counted); 2 errors (quarantined "
                    + "sheets or candidacy errors); 3 the bundle cannot be read (nothing loaded); 74 standard "
                    + "output cannot be written. `scrutin codes` lists every code.",
                fr: "Code de sortie : 0 sans problème ; 1 avertissements seulement (chaque procès-verbal "
                    + "compté) ; 2 erreurs (procès-verbaux en quarantaine ou erreurs de candidature) ; 3 le "
                    + "dossier ne peut être lu (rien n’est chargé) ; 74 la sortie standard ne peut être "
                    + "écrite. `scrutin codes` liste chaque code."
            )
        case .checkAsOf:
            Message(
                en: "Election file only: the problems as they stood at this moment (an event number, a time, "
                    + "head, provisional-1, …).",
                fr: "Fichier d’élection seulement : les problèmes tels qu’ils étaient à ce moment (un numéro "
                    + "d’événement, une heure, head, provisional-1, …)."
            )
        case .formatTableJSON:
            Message(
                en: "Output format: table or json.",
                fr: "Format de sortie : table ou json."
            )
        case .mali2020Abstract:
            Message(
                en: "The 2020 election of Mali's National Assembly, from the embedded sourced data.",
                fr: "L’élection de 2020 de l’Assemblée nationale du Mali, à partir des données sourcées "
                    + "intégrées."
            )
        case .mali2020Discussion:
            Message(
                en: "Seats by party by round with the change since 2013, votes and turnout per round "
                    + "(provisional and final), what the Constitutional Court changed, women elected. Every "
                    + "figure comes from shared/data/mali-2020; shares, sums, changes and checks between "
                    + "levels are computed. Where sources conflict, the value used is shown and the conflict "
                    + "named.",
                fr: "Sièges par parti et par tour avec l’évolution depuis 2013, voix et participation par "
                    + "tour (provisoires et définitives), ce que la Cour constitutionnelle a changé, femmes "
                    + "élues. Chaque chiffre provient de shared/data/mali-2020 ; les parts, sommes, évolutions "
                    + "et contrôles entre niveaux sont calculés. Là où les sources divergent, la valeur "
                    + "retenue est affichée et le désaccord nommé."
            )
        case .mali2020Sources:
            Message(
                en: "Name the sources of each figure and list them with their addresses.",
                fr: "Nommer les sources de chaque chiffre et les lister avec leurs adresses."
            )
        case .mali2020Format:
            Message(
                en: "Output format: table or json (schema scrutin.reference/1).",
                fr: "Format de sortie : table ou json (schéma scrutin.reference/1)."
            )
        case .publishAbstract:
            Message(
                en: "Publish a round's results: provisional (by the ministry) or final (by the court), "
                    + "signing the journal head.",
                fr: "Publier les résultats d’un tour : provisoires (par le ministère) ou définitifs (par la "
                    + "Cour), en signant la tête du journal."
            )
        case .publishDiscussion:
            Message(
                en: "The publication is an event; its results (the count as it stands) are kept with it, and "
                    + "an Ed25519 key signs the journal's head (the event's number and hash), which commits to "
                    + "every event before it. Publish the printed hash with the results: anyone can then check "
                    + "a copy of the journal with `scrutin verify --key`.\nFinal results need provisional ones "
                    + "first; round 2 needs round 1 published.\nExit status: 0 published; 2 refused (nothing "
                    + "written); 3 unreadable; 75 busy.",
                fr: "La publication est un événement ; ses résultats (le décompte tel qu’il est) sont "
                    + "conservés avec elle, et une clé Ed25519 signe la tête du journal (le numéro et "
                    + "l’empreinte de l’événement), qui engage chaque événement antérieur. Publiez l’empreinte "
                    + "imprimée avec les résultats : chacun peut alors vérifier une copie du journal avec "
                    + "`scrutin verify --key`.\nLes résultats définitifs demandent d’abord des résultats "
                    + "provisoires ; le second tour demande la publication du premier.\nCode de sortie : 0 "
                    + "publié ; 2 refusé (rien n’est écrit) ; 3 illisible ; 75 occupé."
            )
        case .electionFile:
            Message(
                en: "The election file.",
                fr: "Le fichier d’élection."
            )
        case .round:
            Message(
                en: "The round.",
                fr: "Le tour."
            )
        case .publishStage:
            Message(
                en: "provisional (the ministry) or final (the court).",
                fr: "provisional (le ministère) ou final (la Cour)."
            )
        case .publishKey:
            Message(
                en: "The private key file that signs the publication (`scrutin keygen`).",
                fr: "Le fichier de clé privée qui signe la publication (`scrutin keygen`)."
            )
        case .publishUnsigned:
            Message(
                en: "Publish without a signature (verify then reports the publication as unsigned).",
                fr: "Publier sans signature (verify signale alors la publication comme non signée)."
            )
        case .keygenAbstract:
            Message(
                en: "Create an Ed25519 key pair for signing publications: FILE (private, owner-only) and "
                    + "FILE.pub.",
                fr: "Créer une paire de clés Ed25519 pour signer les publications : FICHIER (privée, "
                    + "réservée au propriétaire) et FICHIER.pub."
            )
        case .keygenDiscussion:
            Message(
                en: "The private key is written with permissions 0600 and never printed; only the public "
                    + "key's fingerprint is. An existing file is never overwritten. Give FILE.pub to whoever "
                    + "checks the journal (`scrutin verify --key`).\nExit status: 0 written; 3 a file exists "
                    + "or cannot be written.",
                fr: "La clé privée est écrite avec les droits 0600 et jamais affichée ; seule l’empreinte de "
                    + "la clé publique l’est. Un fichier existant n’est jamais écrasé. Donnez FICHIER.pub à "
                    + "qui vérifie le journal (`scrutin verify --key`).\nCode de sortie : 0 écrit ; 3 un "
                    + "fichier existe ou ne peut être écrit."
            )
        case .keygenFile:
            Message(
                en: "The private key file to create (the public key goes to FILE.pub).",
                fr: "Le fichier de clé privée à créer (la clé publique va dans FICHIER.pub)."
            )
        case .verifyAbstract:
            Message(
                en: "Check an election file: hash chain, stored files, a full replay, cached results, "
                    + "signatures.",
                fr: "Contrôler un fichier d’élection : chaîne de hachage, fichiers conservés, relecture "
                    + "complète, résultats en cache, signatures."
            )
        case .verifyDiscussion:
            Message(
                en: "Reports the first event that was changed, removed or reordered behind the program's "
                    + "back, files whose bytes no longer match their SHA-256, cached results that differ from "
                    + "the journal's, and publications not signed by one of the keys given.\nExit status: 0 "
                    + "clean; 1 problems found; 3 unreadable.",
                fr: "Signale le premier événement modifié, supprimé ou déplacé à l’insu du programme, les "
                    + "fichiers dont les octets ne correspondent plus à leur SHA-256, les résultats en cache "
                    + "qui diffèrent de ceux du journal, et les publications non signées par l’une des clés "
                    + "données.\nCode de sortie : 0 intact ; 1 problèmes trouvés ; 3 illisible."
            )
        case .verifyKey:
            Message(
                en: "A public key file (FILE.pub from `scrutin keygen`): each publication must be signed by "
                    + "one of the keys given (repeat --key for the ministry's and the court's).",
                fr: "Un fichier de clé publique (FICHIER.pub de `scrutin keygen`) : chaque publication doit "
                    + "être signée par l’une des clés données (répétez --key pour celle du ministère et celle "
                    + "de la Cour)."
            )
        case .verifyRebuildCaches:
            Message(
                en: "Replace the cached results by those the journal gives; refused unless every other check "
                    + "passes, signatures included (give the --key of every signer).",
                fr: "Remplacer les résultats en cache par ceux que donne le journal ; refusé sauf si tous "
                    + "les autres contrôles passent, signatures comprises (donnez la --key de chaque "
                    + "signataire)."
            )
        case .ruleAuthority:
            Message(
                en: "The authority that decided (default: Cour constitutionnelle).",
                fr: "L’autorité qui a décidé (par défaut : Cour constitutionnelle)."
            )
        case .ruleNumber:
            Message(
                en: "The decision's number, like 'arrêt n°2020-04/CC-EL'.",
                fr: "Le numéro de la décision, comme « arrêt n°2020-04/CC-EL »."
            )
        case .ruleDate:
            Message(
                en: "The decision's date, YYYY-MM-DD.",
                fr: "La date de la décision, AAAA-MM-JJ."
            )
        case .ruleNote:
            Message(
                en: "Its grounds, in a few words (optional).",
                fr: "Ses motifs, en quelques mots (facultatif)."
            )
        case .ruleAbstract:
            Message(
                en: "Record a ruling: annul or correct a sheet, a station not opened, a list disqualified, a "
                    + "constituency overturned, annulled or sent to a runoff, a tie settled.",
                fr: "Enregistrer une décision : annuler ou rectifier un procès-verbal, un bureau non ouvert, "
                    + "une liste invalidée, une circonscription dont l’issue est renversée, annulée ou envoyée "
                    + "au second tour, une égalité tranchée."
            )
        case .ruleDiscussion:
            Message(
                en: "Each ruling cites its decision (authority, number, date) and is recorded by the court. "
                    + "After it, the results are recomputed and the changes printed. Exit status: 0 recorded; "
                    + "2 refused (nothing written: a station, list or constituency that does not exist, a "
                    + "round that does not, a tie where there is none); 3 unreadable; 75 busy.",
                fr: "Chaque décision cite son acte (autorité, numéro, date) et est enregistrée par la Cour. "
                    + "Ensuite, les résultats sont recalculés et les changements affichés. Code de sortie : 0 "
                    + "enregistré ; 2 refusé (rien n’est écrit : un bureau, une liste ou une circonscription "
                    + "qui n’existe pas, un tour qui n’existe pas, une égalité là où il n’y en a pas) ; 3 "
                    + "illisible ; 75 occupé."
            )
        case .annulSheetAbstract:
            Message(
                en: "Annul a station's sheet for a round: the station counts as not opened.",
                fr: "Annuler le procès-verbal d’un bureau pour un tour : le bureau compte comme non ouvert."
            )
        case .stationCode:
            Message(
                en: "The polling station's code.",
                fr: "Le code du bureau de vote."
            )
        case .correctSheetAbstract:
            Message(
                en: "Replace a station's sheet for a round by the court's figures.",
                fr: "Remplacer le procès-verbal d’un bureau pour un tour par les chiffres de la Cour."
            )
        case .notOpenedAbstract:
            Message(
                en: "Record that a station did not open in a round (its sheet, if any, no longer counts).",
                fr: "Enregistrer qu’un bureau n’a pas ouvert à un tour (son procès-verbal éventuel ne compte "
                    + "plus)."
            )
        case .notOpenedReason:
            Message(
                en: "Why it did not open.",
                fr: "Pourquoi il n’a pas ouvert."
            )
        case .disqualifyAbstract:
            Message(
                en: "Disqualify a list: it can win nothing in any round; its votes stay valid votes.",
                fr: "Invalider une liste : elle ne peut rien gagner à aucun tour ; ses voix restent des "
                    + "suffrages exprimés."
            )
        case .listCode:
            Message(
                en: "The list's code.",
                fr: "Le code de la liste."
            )
        case .overturnAbstract:
            Message(
                en: "Proclaim another list elected in a constituency for a round.",
                fr: "Proclamer une autre liste élue dans une circonscription pour un tour."
            )
        case .constituencyCode:
            Message(
                en: "The constituency's code.",
                fr: "Le code de la circonscription."
            )
        case .overturnList:
            Message(
                en: "The list the court proclaims elected.",
                fr: "La liste que la Cour proclame élue."
            )
        case .declareRunoffAbstract:
            Message(
                en: "Name a constituency's runoff pair after a round (or send a constituency declared won to "
                    + "a runoff).",
                fr: "Nommer la paire du second tour d’une circonscription après un tour (ou envoyer au "
                    + "second tour une circonscription déclarée gagnée)."
            )
        case .declareRunoffRound:
            Message(
                en: "The round after which the runoff is held.",
                fr: "Le tour après lequel le second tour a lieu."
            )
        case .declareRunoffLists:
            Message(
                en: "The two lists, joined by a comma.",
                fr: "Les deux listes, séparées par une virgule."
            )
        case .annulConstituencyAbstract:
            Message(
                en: "Annul a constituency's election in a round: no seat; a new vote is due.",
                fr: "Annuler l’élection d’une circonscription à un tour : aucun siège ; un nouveau scrutin "
                    + "est dû."
            )
        case .settleTieAbstract:
            Message(
                en: "Settle a tie (drawing of lots, or the court), recording the draw.",
                fr: "Trancher une égalité (tirage au sort, ou la Cour), en enregistrant le tirage."
            )
        case .settleTieLists:
            Message(
                en: "The list(s) that win the tie, joined by commas.",
                fr: "La ou les listes qui emportent l’égalité, séparées par des virgules."
            )
        case .settleTieDraw:
            Message(
                en: "How it was drawn, and by whom.",
                fr: "Comment le tirage a été fait, et par qui."
            )
        case .actor:
            Message(
                en: "Who you are, as the commission registers you (default: $SCRUTIN_ACTOR).",
                fr: "Qui vous êtes, tel que la commission vous enregistre (par défaut : $SCRUTIN_ACTOR)."
            )
        case .time:
            Message(
                en: "The event's time: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, UTC (default: now). For entering "
                    + "a paper record.",
                fr: "L’heure de l’événement : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ, en UTC (par défaut : "
                    + "maintenant). Pour saisir un procès-verbal papier."
            )
        case .sheetRegistered:
            Message(
                en: "Registered voters on the sheet (digits only, as every count).",
                fr: "Inscrits sur le procès-verbal (chiffres seulement, comme tout décompte)."
            )
        case .sheetVoters:
            Message(
                en: "Voters (ballots in the box).",
                fr: "Votants (bulletins dans l’urne)."
            )
        case .sheetInvalid:
            Message(
                en: "Invalid and blank ballots.",
                fr: "Bulletins nuls et blancs."
            )
        case .sheetValid:
            Message(
                en: "Valid votes.",
                fr: "Suffrages exprimés."
            )
        case .sheetVotes:
            Message(
                en: "Each list's votes: LIST=VOTES pairs joined by commas (LA-N1=150,LB-N1=100).",
                fr: "Les voix de chaque liste : paires LISTE=VOIX séparées par des virgules "
                    + "(LA-N1=150,LB-N1=100)."
            )
        case .initAbstract:
            Message(
                en: "Create an election file (SQLite) from a bundle's definition, or the embedded 2020 "
                    + "journal.",
                fr: "Créer un fichier d’élection (SQLite) à partir de la définition d’un dossier de scrutin, "
                    + "ou le journal de 2020 intégré."
            )
        case .initDiscussion:
            Message(
                en: "The bundle's definition files (election.json, parties, constituencies, lists, "
                    + "candidates, stations, previous.csv) become event 1 of the journal; its round folders "
                    + "are not read: add them with `scrutin import`. With --mali-2020, the file holds the 2020 "
                    + "election rebuilt as a journal of declared results (the Ministry's, the Court's 12 "
                    + "rulings, the Court's). The file is created whole or not at all; an existing file is "
                    + "never overwritten.\nExit status: 0 created; 2 the definition does not load; 3 the "
                    + "bundle or the file cannot be used.",
                fr: "Les fichiers de définition du dossier (election.json, partis, circonscriptions, listes, "
                    + "candidats, bureaux, previous.csv) deviennent l’événement 1 du journal ; ses dossiers de "
                    + "tour ne sont pas lus : ajoutez-les avec `scrutin import`. Avec --mali-2020, le fichier "
                    + "contient l’élection de 2020 reconstituée en journal de résultats déclarés (ceux du "
                    + "ministère, les 12 décisions de la Cour, ceux de la Cour). Le fichier est créé en entier "
                    + "ou pas du tout ; un fichier existant n’est jamais écrasé.\nCode de sortie : 0 créé ; 2 "
                    + "la définition ne se charge pas ; 3 le dossier ou le fichier ne peut être utilisé."
            )
        case .initFile:
            Message(
                en: "The election file to create.",
                fr: "Le fichier d’élection à créer."
            )
        case .initFrom:
            Message(
                en: "The bundle folder whose definition starts the election.",
                fr: "Le dossier de scrutin dont la définition ouvre l’élection."
            )
        case .initMali2020:
            Message(
                en: "Write the embedded 2020 election's journal instead.",
                fr: "Écrire plutôt le journal de l’élection de 2020 intégrée."
            )
        case .importAbstract:
            Message(
                en: "Add a round's tally sheets (sheets.csv, votes.csv, closed.csv) from a trusted "
                    + "transmission.",
                fr: "Ajouter les procès-verbaux d’un tour (sheets.csv, votes.csv, closed.csv) venus d’une "
                    + "transmission de confiance."
            )
        case .importDiscussion:
            Message(
                en: "The sheets skip double entry, visibly: the journal records the import, its source and "
                    + "the files' SHA-256. The import is one transaction: it is taken whole or not at all (a "
                    + "malformed file, a station already entered, a round-2 sheet whose runoff is not known "
                    + "all refuse it with the file, line and field). Sheets with errors (E codes) are taken "
                    + "and quarantined, as `scrutin check` shows.\nExit status: 0 imported; 2 refused (nothing "
                    + "written); 3 unreadable; 75 busy (another process is writing).",
                fr: "Les procès-verbaux passent outre la double saisie, visiblement : le journal enregistre "
                    + "l’import, sa source et le SHA-256 des fichiers. L’import est une seule transaction : il "
                    + "est pris en entier ou pas du tout (un fichier malformé, un bureau déjà saisi, un "
                    + "procès-verbal du second tour dont la paire n’est pas connue le refusent avec le "
                    + "fichier, la ligne et le champ). Les procès-verbaux avec des erreurs (codes E) sont pris "
                    + "et mis en quarantaine, comme le montre `scrutin check`.\nCode de sortie : 0 importé ; 2 "
                    + "refusé (rien n’est écrit) ; 3 illisible ; 75 occupé (un autre processus écrit)."
            )
        case .importRoundFolder:
            Message(
                en: "The round's folder (round-1, round-2, …) holding sheets.csv, votes.csv and optionally "
                    + "closed.csv.",
                fr: "Le dossier du tour (round-1, round-2, …) contenant sheets.csv, votes.csv et "
                    + "éventuellement closed.csv."
            )
        case .importRound:
            Message(
                en: "The round (default: from the folder's name, round-N).",
                fr: "Le tour (par défaut : d’après le nom du dossier, round-N)."
            )
        case .importSource:
            Message(
                en: "Where the sheets come from, as the journal should say (default: the folder's path).",
                fr: "D’où viennent les procès-verbaux, comme le journal doit le dire (par défaut : le chemin "
                    + "du dossier)."
            )
        case .enterAbstract:
            Message(
                en: "Key a tally sheet (double entry: a second clerk keys it again).",
                fr: "Saisir un procès-verbal (double saisie : un second agent le saisit à nouveau)."
            )
        case .enterDiscussion:
            Message(
                en: "Two equal entries by two different clerks accept the sheet; two different ones wait for "
                    + "a supervisor (`scrutin resolve`), who keeps one or sends the sheet back. `scrutin "
                    + "queue` lists what waits. The state machine is drawn in docs/double-entry.md.\nExit "
                    + "status: 0 taken (whatever the new state); 2 refused (nothing written); 3 unreadable; 75 "
                    + "busy.",
                fr: "Deux saisies égales par deux agents différents acceptent le procès-verbal ; deux "
                    + "saisies différentes attendent un superviseur (`scrutin resolve`), qui en garde une ou "
                    + "renvoie le procès-verbal à la saisie. `scrutin queue` liste ce qui attend. L’automate "
                    + "est dessiné dans docs/double-entry.md.\nCode de sortie : 0 pris (quel que soit le "
                    + "nouvel état) ; 2 refusé (rien n’est écrit) ; 3 illisible ; 75 occupé."
            )
        case .resolveAbstract:
            Message(
                en: "Settle a sheet keyed twice differently: keep the first or second entry, or send it back.",
                fr: "Trancher un procès-verbal saisi deux fois différemment : garder la première ou la "
                    + "seconde saisie, ou le renvoyer à la saisie."
            )
        case .resolveDiscussion:
            Message(
                en: "Exit status: 0 taken; 2 refused (nothing written); 3 unreadable; 75 busy.",
                fr: "Code de sortie : 0 pris ; 2 refusé (rien n’est écrit) ; 3 illisible ; 75 occupé."
            )
        case .resolveKeep:
            Message(
                en: "Keep this entry: first or second.",
                fr: "Garder cette saisie : first (la première) ou second (la seconde)."
            )
        case .resolveSendBack:
            Message(
                en: "Discard the entries: the sheet is keyed again from the start.",
                fr: "Écarter les saisies : le procès-verbal est saisi de nouveau depuis le début."
            )
        case .queueAbstract:
            Message(
                en: "List the sheets waiting: keyed once (for a second clerk), or keyed twice differently "
                    + "(for a supervisor).",
                fr: "Lister les procès-verbaux en attente : saisis une fois (pour un second agent), ou "
                    + "saisis deux fois différemment (pour un superviseur)."
            )
        case .queueDiscussion:
            Message(
                en: "Exit status: 0 nothing waits; 1 sheets wait; 3 unreadable; 64 a round that does not "
                    + "exist.",
                fr: "Code de sortie : 0 rien n’attend ; 1 des procès-verbaux attendent ; 3 illisible ; 64 un "
                    + "tour qui n’existe pas."
            )
        case .queueRound:
            Message(
                en: "Only this round.",
                fr: "Ce tour seulement."
            )
        case .logAbstract:
            Message(
                en: "Show the journal: every event with its number, time, actor, role and what it did.",
                fr: "Afficher le journal : chaque événement avec son numéro, son heure, son acteur, son rôle "
                    + "et ce qu’il a fait."
            )
        case .logDiscussion:
            Message(
                en: "Without FILE (or with mali-2020), the embedded 2020 journal. JSON (schema "
                    + "scrutin.log/1) gives each event as stored, with its hash. Exit status: 0; 1 the journal "
                    + "was changed behind the program's back; 3 unreadable; 64 a constituency, station or "
                    + "round that does not exist; 74 standard output cannot be written.",
                fr: "Sans FICHIER (ou avec mali-2020), le journal de 2020 intégré. Le JSON (schéma "
                    + "scrutin.log/1) donne chaque événement tel qu’il est conservé, avec son empreinte. Code "
                    + "de sortie : 0 ; 1 le journal a été modifié à l’insu du programme ; 3 illisible ; 64 une "
                    + "circonscription, un bureau ou un tour qui n’existe pas ; 74 la sortie standard ne peut "
                    + "être écrite."
            )
        case .journalFile:
            Message(
                en: "The election file (default: the embedded 2020 journal).",
                fr: "Le fichier d’élection (par défaut : le journal de 2020 intégré)."
            )
        case .logConstituency:
            Message(
                en: "Only events about this constituency (its code), its stations or its lists.",
                fr: "Seulement les événements sur cette circonscription (son code), ses bureaux ou ses "
                    + "listes."
            )
        case .logStation:
            Message(
                en: "Only events about this polling station.",
                fr: "Seulement les événements sur ce bureau de vote."
            )
        case .logActor:
            Message(
                en: "Only events by this actor.",
                fr: "Seulement les événements de cet acteur."
            )
        case .logKind:
            Message(
                en: "Only events of this kind, or kinds starting so (ruling, sheet-enter, publish, import, "
                    + "define).",
                fr: "Seulement les événements de ce type, ou des types qui commencent ainsi (ruling, "
                    + "sheet-enter, publish, import, define)."
            )
        case .logRound:
            Message(
                en: "Only events about this round.",
                fr: "Seulement les événements sur ce tour."
            )
        case .diffAbstract:
            Message(
                en: "Show what changed between two moments of an election: seats by party, constituencies, "
                    + "turnout; with the rulings that caused each change.",
                fr: "Montrer ce qui a changé entre deux moments d’une élection : sièges par parti, "
                    + "circonscriptions, participation ; avec les décisions qui ont causé chaque changement."
            )
        case .diffDiscussion:
            Message(
                en: "Without A and B, for each round: the provisional results against the final ones (what "
                    + "the court changed). Without FILE (or with mali-2020), the embedded 2020 journal: "
                    + "`scrutin diff` shows what the Constitutional Court changed in 2020. A moment is an "
                    + "event number, a time (YYYY-MM-DD[THH:MM:SSZ]), head, or a publication: provisional-1, "
                    + "final-2.\nExit status: 0; 3 unreadable; 64 a moment that does not exist.",
                fr: "Sans A ni B, pour chaque tour : les résultats provisoires contre les définitifs (ce que "
                    + "la Cour a changé). Sans FICHIER (ou avec mali-2020), le journal de 2020 intégré : "
                    + "`scrutin diff` montre ce que la Cour constitutionnelle a changé en 2020. Un moment est "
                    + "un numéro d’événement, une heure (AAAA-MM-JJ[THH:MM:SSZ]), head, ou une publication : "
                    + "provisional-1, final-2.\nCode de sortie : 0 ; 3 illisible ; 64 un moment qui n’existe "
                    + "pas."
            )
        case .moment:
            Message(
                en: "A moment: an event number, a time (YYYY-MM-DD[THH:MM:SSZ]), head, or a publication like "
                    + "provisional-1 or final-2.",
                fr: "Un moment : un numéro d’événement, une heure (AAAA-MM-JJ[THH:MM:SSZ]), head, ou une "
                    + "publication comme provisional-1 ou final-2."
            )
        }
    }
}

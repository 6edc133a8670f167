# ruff: noqa: E501  (data: one draft a line)
# Labelled tone drafts, French: (id, profile, channel, tone read, off/negative/cold/register?, text, note)
L, V, M, A = "profiles/lego.yaml", "profiles/velora.yaml", "profiles/miamo.yaml", "profiles/abriel.yaml"
CASES = [
 # --- LEGO store (joy)
 ("fr-001", L, "store", "joy", False, "Quelle joie de vous accueillir ! Cette semaine, construisez avec nous un grand sapin de briques : rires et bonne humeur garantis pour toute la famille.", "joie en magasin"),
 ("fr-002", L, "store", "joy", False, "C'est la fête au magasin ! Venez célébrer avec nous les 20 ans de la boutique : ateliers, gâteaux et plein de sourires au programme.", "joie"),
 ("fr-003", L, "store", "coldness", True, "Nous vous informons que l'accès à l'espace de jeu est soumis à réservation préalable. Conformément au règlement intérieur, les enfants doivent être accompagnés. Toute dégradation sera facturée.", "affiche froide et administrative en magasin"),
 ("fr-004", L, "store", "deal", True, "Soldes en magasin : -50 % sur une sélection de boîtes, prix cassés sur les fins de série, code promo en caisse pour 10 € de remise supplémentaire.", "pure promo prix là où la marque veut de la joie"),
 ("fr-005", L, "store", "joy", False, "Samedi, grand atelier de construction : venez vous amuser en famille, nous serons ravis de voir vos enfants imaginer leur ville !", "joie, près d'un mot négatif absent"),
 # --- LEGO web (surprise)
 ("fr-006", L, "web", "surprise", False, "Découvrez la boîte secrète de l'hiver : à l'intérieur, une surprise inattendue que personne n'a encore vue. Saurez-vous deviner ce qu'elle cache ?", "surprise"),
 ("fr-007", L, "web", "surprise", False, "Nouveau : des briques qui changent de couleur au soleil ! Une découverte étonnante pour des créations jamais vues.", "surprise"),
 ("fr-008", L, "web", "pressure", True, "Plus que 3 jours ! Dépêchez-vous, les derniers exemplaires partent vite : ne ratez pas la collection d'hiver avant qu'il ne soit trop tard.", "urgence artificielle"),
 ("fr-009", L, "web", "storytelling", False, "Depuis 1932, nos artisans ont transmis de génération en génération le goût de construire. Découvrez l'histoire de la brique, des premiers jouets en bois à nos créations d'aujourd'hui.", "récit avec une touche de découverte : pas clairement hors cible"),
 ("fr-010", L, "web", "deal", True, "Bon plan : prix mini sur toute la gamme City, -30 % sur les véhicules et livraison offerte dès 50 € d'achat. Profitez de nos petits prix !", "bonne affaire sur le web où la marque veut de la surprise"),
 ("fr-011", L, "web", "surprise", False, "Offre valable jusqu'au 31 janvier. Découvrez en avant-première le nouveau château mystère et ses passages secrets.", "date de fin simple, pas de pression"),
 # --- LEGO email (surprise)
 ("fr-012", L, "email", "surprise", False, "Bonjour,\n\nNous vous avons préparé une surprise : un nouveau modèle inédit, dévoilé ici en exclusivité. Ouvrez vite la boîte et découvrez ce qui se cache derrière la porte secrète !\n\nL'équipe LEGO", "surprise"),
 ("fr-013", L, "email", "coldness", True, "Madame, Monsieur,\n\nNous vous informons que les conditions générales de vente ont été modifiées. Les nouvelles dispositions en vigueur s'appliquent à compter du 1er mars. Il vous appartient d'en prendre connaissance.\n\nLe service client", "e-mail froid et administratif"),
 ("fr-014", L, "email", "surprise", True, "Salut ! Découvre vite notre nouvelle boîte surprise, tu vas adorer ce qu'elle cache !", "tutoiement dans un e-mail alors que la marque vouvoie"),
 ("fr-015", L, "email", "frustration", True, "Bonjour,\n\nMalheureusement, nous ne pouvons pas honorer votre précommande : le modèle est bloqué chez notre fournisseur et nous ne sommes pas en mesure de vous donner une date. Hélas, aucune solution pour le moment.\n\nL'équipe LEGO", "ton négatif, bloqué, sans solution"),
 ("fr-016", L, "email", "surprise", False, "Bonjour,\n\nVous nous avez écrit : « Je suis déçu, la boîte est incomplète ! » Bonne nouvelle : nous vous réservons une surprise, un nouveau modèle offert en plus des pièces manquantes. À découvrir très bientôt !\n\nL'équipe LEGO", "la déception est citée, pas le ton de la marque"),
 # --- LEGO social (collaboration, surprise; tu)
 ("fr-017", L, "social", "collaboration", False, "Et toi, qu'est-ce que tu vas construire ce week-end ? Montre-nous ta création en commentaire !", "collaboration"),
 ("fr-018", L, "social", "collaboration", False, "Défi du mois : construis ton animal imaginaire et partage-le avec le hashtag #MonZooLEGO. On compte sur toi !", "collaboration"),
 ("fr-019", L, "social", "collaboration", True, "Partagez vos créations avec nous et dites-nous en commentaire laquelle vous préférez !", "vouvoiement sur social où la marque tutoie"),
 ("fr-020", L, "social", "deal", True, "Soldes d'hiver : -40 % sur tout le rayon, prix cassés et code promo HIVER pour 10 € de remise en plus.", "promo pure sur social"),
 ("fr-021", L, "social", "surprise", False, "Surprise ! Une nouvelle boîte mystère arrive demain… tu devines ce qu'elle cache ?", "surprise + question"),
 ("fr-022", L, "social", "anger", True, "Franchement, c'est inadmissible : certains revendent nos boîtes à des prix scandaleux. Ras-le-bol de ces pratiques honteuses !", "colère dans la voix de la marque"),
 # --- LEGO shop (deal)
 ("fr-023", L, "shop", "deal", False, "Le bon plan des familles : la grande boîte créative à prix doux, -20 % jusqu'à dimanche et livraison offerte dès 50 €.", "bonne affaire"),
 ("fr-024", L, "shop", "deal", False, "Économisez 15 € sur le coffret Creator avec le code BRIQUES15, valable jusqu'au 15 février.", "bonne affaire avec date simple"),
 ("fr-025", L, "shop", "pressure", True, "Dernière chance ! Plus que 2 heures pour profiter de -30 %, stock limité : foncez, après il sera trop tard !", "pression"),
 ("fr-026", L, "shop", "storytelling", True, "Il était une fois un menuisier danois qui, en 1932, fabriqua ses premiers jouets en bois. Son fils, puis son petit-fils, transmirent ce savoir-faire de génération en génération.", "récit sur la boutique où l'on attend la bonne affaire"),
 ("fr-027", L, "shop", "deal", False, "Petit prix, grandes constructions : le seau de 500 briques à 19,99 € au lieu de 29,99 €.", "bonne affaire"),
 # --- LEGO phone_script (reassurance, empathy, solution)
 ("fr-028", L, "phone_script", "empathy", False, "Je comprends tout à fait, et je suis vraiment désolé pour ce contretemps. Voici ce que je vous propose : je vous envoie les pièces manquantes aujourd'hui même, vous n'avez rien à faire.", "empathie + solution"),
 ("fr-029", L, "phone_script", "coldness", True, "Votre réclamation a été enregistrée sous la référence 48213. Conformément à la procédure, elle sera traitée dans l'ordre d'arrivée. Veuillez patienter.", "script froid"),
 ("fr-030", L, "phone_script", "reassurance", False, "Ne vous inquiétez pas, votre dossier est entre de bonnes mains : nous nous occupons de tout et je vous rappelle demain pour confirmer.", "réassurance, négation d'une inquiétude"),
 ("fr-031", L, "phone_script", "empathy", False, "Vous êtes déçu et je le comprends : ce n'est pas l'expérience que nous voulons pour vous. Je lance l'échange tout de suite.", "déception du client nommée : empathie, pas ton négatif"),
 ("fr-032", L, "phone_script", "frustration", True, "Malheureusement, ce n'est pas possible. Nous ne pouvons pas faire d'exception, la procédure est bloquée de notre côté, encore une fois je ne peux rien faire.", "frustration, aucun geste"),
 # --- LEGO after_sales (speed, reassurance)
 ("fr-033", L, "after_sales", "speed", False, "Bonne nouvelle : votre colis de remplacement part aujourd'hui en express, vous le recevrez rapidement. Pas d'inquiétude, nous suivons l'envoi.", "rapidité + réassurance"),
 ("fr-034", L, "after_sales", "empathy", False, "Nous sommes désolés pour cette pièce cassée et comprenons votre agacement. Une nouvelle pièce vous est envoyée sans attendre.", "empathie et rapidité : voisin de la cible"),
 ("fr-035", L, "after_sales", "coldness", True, "Nous accusons réception de votre demande. Celle-ci sera examinée conformément aux conditions générales. Aucune suite ne sera donnée aux demandes incomplètes.", "froid"),
 ("fr-036", L, "after_sales", "deal", True, "Merci pour votre message. Profitez-en : -25 % sur toute la collection avec le code MERCI25, et la livraison offerte dès 30 € d'achat !", "promo dans une réponse SAV"),
 # --- LEGO sms (speed)
 ("fr-037", L, "sms", "speed", False, "LEGO : votre commande est expédiée ! Livraison prévue demain. Suivi en un clic : lego.fr/suivi", "rapidité"),
 ("fr-038", L, "sms", "pressure", True, "LEGO : DERNIÈRE CHANCE ! Plus que 3 heures pour -30 %, dépêchez-vous !", "pression par SMS"),
 ("fr-039", L, "sms", "speed", True, "LEGO : ta commande est partie, tu la reçois demain ! Suis-la ici en un clic.", "tutoiement par SMS alors que la marque vouvoie"),
 # --- Velora store (joy)
 ("fr-040", V, "store", "joy", False, "Venez essayer nos nouveaux vélos ce samedi : balades, café et bonne humeur, on a hâte de partager ce plaisir avec vous !", "joie"),
 ("fr-041", V, "store", "coldness", True, "Il est rappelé que les essais sont soumis à la présentation d'une pièce d'identité. Toute détérioration du matériel sera facturée conformément aux conditions en vigueur.", "affiche froide"),
 # --- Velora web (surprise, storytelling)
 ("fr-042", V, "web", "storytelling", False, "Tout a commencé en 2012 dans un petit atelier lyonnais : deux amis passionnés ont assemblé à la main leur premier vélo électrique. Aujourd'hui, chaque Velora garde ce savoir-faire.", "récit"),
 ("fr-043", V, "web", "surprise", False, "Nouveau : le Velora Air, un cadre si léger qu'il vous surprendra. Découvrez une assistance inédite, jamais vue sur un vélo de ville.", "surprise"),
 ("fr-044", V, "web", "deal", True, "Promo : -300 € sur tous les vélos, prix cassés sur les modèles 2023, remise immédiate et frais de port offerts.", "promo sur le web où l'on veut récit/surprise"),
 ("fr-045", V, "web", "pressure", True, "Ne tardez pas ! Stocks limités, derniers jours pour réserver votre vélo : après, il sera trop tard.", "pression"),
 ("fr-046", V, "web", "surprise", False, "Et si votre trajet devenait le meilleur moment de la journée ? Découvrez le Velora Air en avant-première.", "question + découverte"),
 # --- Velora email (storytelling, surprise)
 ("fr-047", V, "email", "storytelling", False, "Bonjour,\n\nIl y a dix ans, Claire pédalait déjà sur l'un de nos premiers vélos. Elle nous raconte comment, au fil des années, son Velora l'a accompagnée chaque matin.\n\nL'équipe Velora", "récit"),
 ("fr-048", V, "email", "disappointment", True, "Bonjour,\n\nQuel dommage : vous n'avez pas profité de notre offre. Nous sommes déçus de ne pas vous avoir vu au salon. Tant pis, ce sera pour une autre fois.\n\nL'équipe Velora", "déception de la marque"),
 ("fr-049", V, "email", "coldness", True, "Madame, Monsieur,\n\nPar la présente, nous vous informons que la garantie de votre vélo arrive à échéance. Il convient de procéder au contrôle technique dans un délai de rigueur de 30 jours.\n\nService client", "froid"),
 ("fr-050", V, "email", "surprise", False, "Bonjour,\n\nSurprise : votre vélo a une nouvelle fonction secrète ! Une mise à jour inédite débloque un mode balade insoupçonné. À découvrir dès ce soir.\n\nL'équipe Velora", "surprise"),
 # --- Velora social (collaboration, joy; tu)
 ("fr-051", V, "social", "collaboration", False, "Ta plus belle balade à vélo cet été ? Raconte-nous en commentaire et partage ta photo avec #VeloraEte !", "collaboration"),
 ("fr-052", V, "social", "joy", False, "Trop bien de vous voir aussi nombreux à la fête du vélo ! Merci pour ces sourires 🎉", "joie (vous pluriel pour un groupe — registre discutable, laissé à faux)"),
 ("fr-053", V, "social", "pressure", True, "Vite ! Plus que 24 h pour gagner ton vélo, ne rate pas ta dernière chance ⏰", "pression"),
 ("fr-054", V, "social", "collaboration", False, "On prépare la prochaine couleur du Velora Air : tu préfères le vert sauge ou le bleu nuit ? Vote en commentaire !", "collaboration"),
 # --- Velora shop (deal)
 ("fr-055", V, "shop", "deal", False, "Bon plan : le casque connecté à 79 € au lieu de 99 €, et l'antivol offert pour tout vélo acheté.", "bonne affaire"),
 ("fr-056", V, "shop", "coldness", True, "Le prix affiché s'entend hors frais de livraison. Conformément aux conditions générales, aucune réclamation ne sera recevable au-delà du délai de rétractation. Il appartient à l'acheteur de vérifier la conformité.", "fiche boutique froide"),
 # --- Velora after_sales (speed, reassurance, solution)
 ("fr-057", V, "after_sales", "solution", False, "Merci pour votre message. Voici ce que nous faisons : un technicien passe jeudi remplacer la batterie, et vous n'avez rien à préparer.", "solution"),
 ("fr-058", V, "after_sales", "frustration", True, "Malheureusement, votre demande ne relève pas de la garantie. Nous ne pouvons pas intervenir et il est impossible de faire une exception.", "négatif et bloqué"),
 ("fr-059", V, "after_sales", "empathy", False, "Nous comprenons votre frustration : attendre une pièce, c'est pénible. La bonne nouvelle, c'est qu'elle part demain et qu'un technicien vous rappelle dès réception.", "frustration du client nommée, solution"),
 ("fr-060", V, "after_sales", "coldness", True, "Votre dossier a été transmis au service compétent. La demande sera traitée dans les meilleurs délais. Veuillez conserver votre numéro de dossier.", "froid"),
 # --- Velora sms
 ("fr-061", V, "sms", "speed", False, "Velora : votre vélo est prêt ! Retrait possible dès aujourd'hui en boutique.", "rapidité"),
 ("fr-062", V, "sms", "speed", False, "Velora : pas d'attente, votre rendez-vous atelier est confirmé demain à 9 h.", "rapidité, « pas d'attente » négation d'un négatif"),
 # --- Velora phone
 ("fr-063", V, "phone_script", "reassurance", False, "Pas de panique : votre vélo est couvert. Je m'occupe de la réparation et vous rappelle dès que c'est réglé.", "réassurance"),
 ("fr-064", V, "phone_script", "deal", True, "Au fait, profitez de notre promo : -20 % sur les accessoires avec le code PRINTEMPS et la livraison offerte !", "promo dans un script d'appel"),
 # --- Miamo (tu): web surprise+storytelling, email storytelling+joy, social joy+collab, shop deal+joy, sms speed, after_sales
 ("fr-065", M, "social", "joy", False, "Trop bien ce soleil ! Pour fêter ça, on t'a préparé des salades pleines de couleurs 😍 Régale-toi !", "joie"),
 ("fr-066", M, "social", "collaboration", False, "Ton plat Miamo préféré, c'est lequel ? Dis-nous tout en commentaire 👇", "collaboration"),
 ("fr-067", M, "social", "joy", True, "Découvrez nos nouvelles recettes et régalez-vous avec vos amis !", "vouvoiement alors que Miamo tutoie"),
 ("fr-068", M, "shop", "deal", False, "Bon plan du jeudi : -20 % sur tous les bols avec le code JEUDI, livraison offerte dès 15 €.", "bonne affaire"),
 ("fr-069", M, "shop", "pressure", True, "Vite vite vite ! Plus que 2 heures pour profiter de -50 %, fonce avant qu'il ne soit trop tard ⏰", "pression"),
 ("fr-070", M, "web", "surprise", False, "Nouveau chez Miamo : des recettes surprises que tu n'as jamais goûtées, révélées chaque lundi. Devine ce qui arrive cette semaine ?", "surprise"),
 ("fr-071", M, "web", "coldness", True, "Les commandes sont traitées conformément aux conditions générales d'utilisation. Toute réclamation doit être formulée dans un délai de 24 heures. Les réclamations tardives ne seront pas traitées.", "froid"),
 ("fr-072", M, "email", "storytelling", False, "Salut,\n\nTout a commencé en 2019 dans la cuisine de Nadia, qui livrait à vélo les plats de sa grand-mère. Aujourd'hui, on garde ses recettes et son sourire.\n\nL'équipe Miamo", "récit"),
 ("fr-073", M, "after_sales", "solution", False, "Désolé pour le plat froid ! On te rembourse tout de suite et ton prochain repas est offert. C'est réglé.", "solution + rapidité"),
 ("fr-074", M, "after_sales", "anger", True, "C'est n'importe quoi de nous accuser : nos livreurs sont irréprochables. Ras-le-bol des avis injustes !", "colère contre le client"),
 ("fr-075", M, "sms", "speed", False, "Miamo : ton repas est en route, livraison dans 20 minutes !", "rapidité"),
 ("fr-076", M, "after_sales", "speed", False, "Tu nous écris : « C'est inadmissible, j'attends depuis une heure ! » On comprend. Ton livreur arrive dans 5 minutes et on te rembourse la livraison.", "colère citée du client, pas celle de la marque"),
 # --- Abriel (insurance, vous): email reassurance+storytelling, web reassurance+solution, social collab+empathy, store reassurance+empathy, sms speed, after_sales reassurance/solution/speed
 ("fr-077", A, "web", "reassurance", False, "Avec Abriel, vous êtes couvert en toute tranquillité : en cas de sinistre, nous nous occupons de tout, de la déclaration à l'indemnisation.", "réassurance"),
 ("fr-078", A, "web", "pressure", True, "Dernière chance pour souscrire à ce tarif ! Dépêchez-vous, l'offre expire ce soir à minuit.", "pression"),
 ("fr-079", A, "email", "reassurance", False, "Bonjour,\n\nBonne nouvelle : votre contrat habitation est renouvelé, vous restez protégé toute l'année. Vous n'avez rien à faire, nous veillons sur votre logement.\n\nVotre conseillère Abriel", "réassurance"),
 ("fr-080", A, "email", "coldness", True, "Madame, Monsieur,\n\nNous vous informons que, conformément à l'article 12 des conditions générales, la garantie vol ne s'applique pas. Le cas échéant, il vous appartient de fournir les justificatifs requis dans un délai de rigueur de 15 jours.\n\nLe service sinistres", "froid"),
 ("fr-081", A, "social", "collaboration", False, "Quels sont vos conseils pour protéger votre maison pendant les vacances ? Partagez-les en commentaire, on les rassemble dans un guide !", "collaboration"),
 ("fr-082", A, "after_sales", "reassurance", False, "Nous avons bien reçu votre déclaration. Pas d'inquiétude : un expert vous contacte sous 48 heures et nous nous occupons de la suite.", "réassurance"),
 ("fr-083", A, "after_sales", "frustration", True, "Malheureusement, nous ne sommes pas en mesure de donner suite à votre demande : le sinistre n'est pas couvert et aucune solution n'est possible.", "négatif"),
 ("fr-084", A, "store", "empathy", False, "Un dégât des eaux, c'est toujours un moment difficile : nous sommes à votre écoute et à vos côtés pour vous accompagner pas à pas.", "empathie + réassurance"),
 ("fr-085", A, "sms", "speed", False, "Abriel : votre attestation est disponible dès maintenant dans votre espace, en un clic.", "rapidité"),
]

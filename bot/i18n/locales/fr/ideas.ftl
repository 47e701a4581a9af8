## Idées de conversation : des suggestions à l'utilisateur, une ligne chacune, avec ce qu'on sait du contact.
## Ce dont chaque idée a besoin est listé dans bot/domain/ideas.py ; $days compte à partir d'aujourd'hui (0 = aujourd'hui).

## Tes nouvelles
idea-own_news-1 = Raconte un moment de ta semaine : une photo, un endroit découvert, une petite victoire. Facile d'y répondre !
idea-own_news-2 = Partage une nouveauté de ton côté (un cours, un déménagement, un projet) et demande-lui ce qu'il y a de neuf dans sa vie.
idea-own_news-3 = Donne de tes nouvelles à { $first_name } : « Coucou ! Ça fait une éternité… Je te raconte où j'en suis, et toi, quoi de neuf ? »
idea-own_news-4 = Un truc t'a fait penser à { $first_name } ces derniers temps ? Envoie-le-lui, avec un mot pour dire pourquoi.
idea-own_news-5 = Parle à { $first_name } de tes projets pour les mois qui viennent : un bon conseil à la clé, ou l'occasion de se revoir.
idea-own_news-6 = Ressors un souvenir de votre rencontre (« { $met } ») et raconte à { $first_name } ce que tu deviens.
idea-own_news-7 = { $band ->
   *[months] Ça fait { $months } mois que tu n'as pas parlé à { $first_name }.
    [a-year] Ça fait un an que tu n'as pas parlé à { $first_name }.
    [over-a-year] Ça fait plus d'un an que tu n'as pas parlé à { $first_name }.
    [year-and-a-half] Ça fait un an et demi que tu n'as pas parlé à { $first_name }.
    [almost-two-years] Ça fait presque deux ans que tu n'as pas parlé à { $first_name }.
    [two-years] Ça fait deux ans que tu n'as pas parlé à { $first_name }.
    [over-two-years] Ça fait plus de deux ans que tu n'as pas parlé à { $first_name }.
} Pas besoin de t'excuser : donne une nouvelle et demande les siennes.
idea-own_news-8 = { $band ->
   *[months] { $months } mois sans nouvelles
    [a-year] Un an sans nouvelles
    [over-a-year] Plus d'un an sans nouvelles
    [year-and-a-half] Un an et demi sans nouvelles
    [almost-two-years] Presque deux ans sans nouvelles
    [two-years] Deux ans sans nouvelles
    [over-two-years] Plus de deux ans sans nouvelles
} : relance en douceur. « Hé, je pensais à toi ! Comment ça va de ton côté ? »

## Ses centres d'intérêt
idea-interests-1 = Envoie à { $first_name } un truc qui lui parlera côté { $interest } : un article, une vidéo, une playlist…
idea-interests-2 = Demande à { $first_name } où en est sa passion : « Alors, côté { $interest }, quoi de beau en ce moment ? »
idea-interests-3 = Un événement sympa côté { $interest } ? Parles-en à { $first_name }, même si c'est loin : c'est l'intention qui compte.
idea-interests-4 = Demande conseil à { $first_name } : « Côté { $interest }, tu aurais un truc à me faire découvrir ? Je te fais confiance. »
idea-interests-5 = « Tu as vu ce qui se passe côté { $interest } ? » Une actu dans ce domaine, c'est l'excuse parfaite pour écrire à { $first_name }.
idea-interests-6 = Partage une trouvaille côté { $interest } et demande-lui son avis.

## Reprendre là où vous en étiez
idea-follow_up-1 = La dernière fois, tu avais noté : « { $note } ». Demande à { $first_name } ce que ça a donné.
idea-follow_up-2 = Tu avais noté : « { $note } ». Reprends le fil avec { $first_name } : « Je pensais à toi ! Alors, du nouveau de ce côté-là ? »
idea-follow_up-3 = Ta note de la dernière fois : « { $note } ». Montre à { $first_name } que tu t'en souviens et demande la suite.
idea-follow_up-4 = Tu avais noté : « { $note } ». Demande à { $first_name } où ça en est : ça fait toujours plaisir qu'on se souvienne des détails.
idea-follow_up-5 = Votre dernier échange, d'après ta note : « { $note } ». Demande à { $first_name } où en sont les choses.
idea-follow_up-6 = La dernière fois, tu avais noté : « { $note } ». Un simple « Alors, ça a donné quoi ? » suffit.

## Demander un bon plan
idea-tip-1 = Demande une bonne adresse à { $first_name } : « Si j'avais une seule soirée à { $city }, j'irais manger où ? »
idea-tip-2 = Demande à { $first_name } ce qui se passe à { $city } en ce moment : un festival, un concert, un quartier à découvrir.
idea-tip-3 = Un voyage en vue ? Demande à { $first_name } son top 3 à { $city } : rien ne vaut l'avis de quelqu'un qui y vit.
idea-tip-4 = Demande à { $first_name } son coin secret à { $city } : un café, une librairie, une balade que les touristes ratent.
idea-tip-5 = Demande à { $first_name } un livre, un podcast ou une newsletter à suivre dans son domaine ({ $work }).
idea-tip-6 = Pose la question à { $first_name } : dans son milieu ({ $work }), quel salon ou quelle conf vaut vraiment le coup ?
idea-tip-7 = Si son métier t'intrigue ({ $work }), demande à { $first_name } ce qu'il faut savoir quand on débute dans ce domaine.

## Son travail
idea-work-1 = Demande à { $first_name } comment ça se passe au boulot ({ $work }) : « Tu bosses sur quoi en ce moment ? »
idea-work-2 = Écris à { $first_name } pour parler de son projet du moment ({ $work }) : ce qui l'emballe, ce qui coince.
idea-work-3 = Demande à { $first_name } ce qui a changé au travail depuis la dernière fois ({ $work }).
idea-work-4 = Du nouveau côté boulot pour { $first_name } ({ $work }) ? Un lancement, une nouvelle équipe, une promo : pose la question !
idea-work-5 = Demande à { $first_name } à quoi ressemble une journée type maintenant ({ $work }). Parfait pour mieux comprendre son métier.
idea-work-6 = Un « Et le boulot, ça roule ? » suffit, mais glisse un détail sur son travail ({ $work }) pour montrer à { $first_name } que tu as retenu.

## L'anniversaire de votre rencontre
idea-anniversary-1 = { $days ->
        [0] Aujourd'hui, ça fait
        [1] Demain, ça fera
       *[other] Dans { $days } jours, ça fera
    } { $years ->
        [one] un an
       *[other] { $years } ans
    } que tu as rencontré { $first_name }. Bonne excuse pour lui écrire !
idea-anniversary-2 = Il y a { $years ->
        [one] un an
       *[other] { $years } ans
    } { $days ->
        [0] jour pour jour
       *[other] cette semaine
    }, tu rencontrais { $first_name } (« { $met } »). Envoie-lui un souvenir de cette époque.
idea-anniversary-3 = Une photo de votre rencontre (« { $met } ») : { $years ->
        [one] ça fait un an
       *[other] ça fait { $years } ans
    } { $days ->
        [0] aujourd'hui !
       *[other] cette semaine !
    } Envoie-la à { $first_name } : « Tu te rends compte ? »
idea-anniversary-4 = « Déjà { $years ->
        [one] un an
       *[other] { $years } ans
    } qu'on se connaît, ça passe trop vite ! » Une jolie façon de reprendre contact avec { $first_name } { $days ->
        [0] aujourd'hui.
       *[other] cette semaine.
    }
idea-anniversary-5 = { $days ->
        [0] Ça fait six mois aujourd'hui
       *[other] Ça fera six mois cette semaine
    } que tu connais { $first_name } : le bon moment pour prendre de ses nouvelles.
idea-anniversary-6 = { $days ->
        [0] Six mois jour pour jour
       *[other] Bientôt six mois
    } depuis votre rencontre (« { $met } ») ! Demande à { $first_name } ce qui lui manque le plus de cette période.

## Les fêtes de son pays
idea-holiday-1 = { $days ->
        [0] Aujourd'hui
        [1] Demain
       *[other] Dans { $days } jours
    }, c'est { $holiday } là où vit { $first_name } : demande-lui ce qui est prévu.
idea-holiday-2 = { $days ->
        [0] Aujourd'hui
        [1] Demain
       *[other] Dans { $days } jours
    }, c'est { $holiday } là-bas : écris à { $first_name } pour l'occasion. « Tu fais quelque chose de spécial ? »
idea-holiday-3 = Petit prétexte tout trouvé : { $days ->
        [0] aujourd'hui
        [1] demain
       *[other] dans { $days } jours
    }, c'est { $holiday } là-bas. Demande à { $first_name } comment ça se passe sur place.
idea-holiday-4 = { $days ->
        [0] Aujourd'hui
        [1] Demain
       *[other] Dans { $days } jours
    }, c'est { $holiday } là-bas : un petit mot pour dire que tu y penses, ça fait toujours plaisir.

## Son anniversaire
idea-birthday-1 = Un message, ou même un vocal, pour { $first_name } : « Joyeux anniversaire ! 🎉 Tu fais quoi pour fêter ça ? »
idea-birthday-2 = Souhaite un joyeux anniversaire à { $first_name } et glisse un souvenir commun : ton message sortira du lot.
idea-birthday-3 = Une photo d'un moment passé avec { $first_name }, et ton message d'anniversaire devient vraiment perso.
idea-birthday-4 = Deux lignes suffisent pour faire plaisir : « Joyeux anniversaire ! Plein de belles choses pour cette nouvelle année ! »

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="104"/>
        <source>About Looking Beyond</source>
        <translation>À propos de Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="106"/>
        <source>Looking Beyond %1</source>
        <translation>Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="110"/>
        <source>The registry of UNODC&apos;s civil-society partners: organizations, contacts, activities and seed funding, kept on this computer and synced with headquarters.</source>
        <translation>Le registre des partenaires de l&apos;ONUDC dans la société civile: organisations, contacts, activités et financement de démarrage, conservés sur cet ordinateur et synchronisés avec le Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="114"/>
        <source>Your data: %1</source>
        <translation>Vos données: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="119"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="125"/>
        <source>Your data is kept outside the application&apos;s folder: installing a newer version or removing the application leaves it as it is.</source>
        <translation>Vos données sont conservées hors du dossier de l&apos;application: installer une version plus récente ou supprimer l&apos;application les laisse intactes.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="127"/>
        <source>What it is made of, and the licence of each part:</source>
        <translation>Ses composants, et la licence de chacun:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="130"/>
        <source>%1 (font for Chinese)</source>
        <translation>%1 (police pour le chinois)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Part</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Version or source</source>
        <translation>Version ou source</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="135"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="331"/>
        <source>Search titles, cities, country codes…</source>
        <translation>Titres, villes, codes de pays…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="333"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="334"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="335"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="336"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="337"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="338"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="343"/>
        <source>&amp;New activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="345"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="353"/>
        <source>Activities held, at least in part, in this period (either date may stay empty). Type a date or press F4 for a calendar.</source>
        <translation>Activités tenues, au moins en partie, pendant cette période (l&apos;une ou l&apos;autre date peut rester vide). Saisissez une date ou appuyez sur F4 pour afficher un calendrier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>From date</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>To date</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="357"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="358"/>
        <source>Where the activity was held: type a country&apos;s name in any UN language, or its code</source>
        <translation>Lieu de l&apos;activité: saisissez le nom d&apos;un pays dans l&apos;une des langues de l&apos;ONU, ou son code</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="360"/>
        <source>All thematic areas</source>
        <translation>Tous les domaines thématiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="361"/>
        <source>A thematic area includes its sub-themes</source>
        <translation>Un domaine thématique comprend ses sous-thèmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="362"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="363"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="364"/>
        <source>The UNODC office that organized the activity</source>
        <translation>Le bureau de l&apos;ONUDC qui a organisé l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="365"/>
        <source>All meetings</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="366"/>
        <source>The intergovernmental meeting the activity was part of or followed</source>
        <translation>La réunion intergouvernementale dont l&apos;activité faisait partie ou à laquelle elle a fait suite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="374"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="377"/>
        <source>%1 of %n activity(ies)</source>
        <translation>
            <numerusform>%1 sur %n activité</numerusform>
            <numerusform>%1 sur %n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="380"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>Supprimer %n activité</numerusform>
            <numerusform>Supprimer %n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="383"/>
        <source>Delete %n activity(ies) and their participants? They go to the Trash.</source>
        <translation>
            <numerusform>Supprimer %n activité et ses participants? Elle sera placée dans la corbeille.</numerusform>
            <numerusform>Supprimer %n activités et leurs participants? Elles seront placées dans la corbeille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="183"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="184"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="185"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="213"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="255"/>
        <source>&amp;Participants (%1)</source>
        <translation>&amp;Participants (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="261"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n représentant</numerusform>
            <numerusform>%n représentants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="262"/>
        <source>of %n organization(s)</source>
        <translation>
            <numerusform>de %n organisation</numerusform>
            <numerusform>de %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="263"/>
        <source>women: %1, men: %2, not recorded: %3</source>
        <translation>femmes: %1, hommes: %2, non renseigné: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="266"/>
        <source>%n Member State(s) involved</source>
        <translation>
            <numerusform>%n État Membre concerné</numerusform>
            <numerusform>%n États Membres concernés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="282"/>
        <source>Create activity “%1”</source>
        <translation>Créer l&apos;activité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="285"/>
        <source>Edit activity “%1”</source>
        <translation>Modifier l&apos;activité «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="136"/>
        <source>Add from an attendance sheet</source>
        <extracomment>organizations the name likely is across scripts and spellings, not among ``matches``</extracomment>
        <translation>Ajouter depuis une feuille de présence</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="149"/>
        <source>A .csv or .xlsx file: one row per person</source>
        <translation>Un fichier .csv ou .xlsx: une ligne par personne</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="151"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Column in the sheet</source>
        <translation>Colonne de la feuille</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>In the sheet</source>
        <translation>Dans la feuille</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Added as</source>
        <translation>Ajoutée comme</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>People known</source>
        <translation>Personnes connues</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="188"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="529"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="197"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="206"/>
        <source>What each column means (guessed from its header; change it if it is wrong):</source>
        <translation>Signification de chaque colonne (déduite de son en-tête; modifiez-la si elle est erronée):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="212"/>
        <source>Organizations found, with how sure each match is (100: the same name):</source>
        <translation>Organisations trouvées, avec le degré de certitude de chaque correspondance (100: nom identique):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="243"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="244"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.xlsm *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="251"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="273"/>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="275"/>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="276"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="277"/>
        <source>The file is too big for an attendance sheet (%1; at most 20 MB).</source>
        <translation>Le fichier est trop volumineux pour une feuille de présence (%1; 20 Mo au maximum).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="279"/>
        <source>This is not a spreadsheet: choose a .csv or .xlsx file.</source>
        <translation>Ce n&apos;est pas une feuille de calcul: choisissez un fichier .csv ou .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="280"/>
        <source>This file is not text that can be read as CSV. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.</source>
        <translation>Ce fichier n&apos;est pas un texte lisible en CSV. Enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;» ou .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="282"/>
        <source>The CSV file is malformed near line %1.</source>
        <translation>Le fichier CSV est mal formé vers la ligne %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="284"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="285"/>
        <source>The first row must name the columns.</source>
        <translation>La première ligne doit indiquer le nom des colonnes.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="286"/>
        <source>The file has more than %1 rows: that is not an attendance sheet.</source>
        <translation>Le fichier compte plus de %1 lignes: ce n&apos;est pas une feuille de présence.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="288"/>
        <source>The workbook cannot be read: is it an .xlsx file?</source>
        <translation>Le classeur ne peut pas être lu: s&apos;agit-il bien d&apos;un fichier .xlsx?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="290"/>
        <source>Nothing was added.</source>
        <translation>Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>Person&apos;s name</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Sex (F/M)</source>
        <translation>Sexe (F/M)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="304"/>
        <source>Country code</source>
        <translation>Code de pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="352"/>
        <source>Say which column names the organization.</source>
        <translation>Indiquez la colonne qui donne le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="356"/>
        <source>Matching…</source>
        <translation>Recherche des correspondances…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="397"/>
        <source>row %1: “%2” is not a number of people</source>
        <translation>ligne %1: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de personnes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="401"/>
        <source>%1 women and men is more than the representatives</source>
        <translation>%1 femmes et hommes, soit plus que le nombre de représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="405"/>
        <source>row %1: “%2” is neither F nor M (counted as not recorded)</source>
        <translation>ligne %1: «&#xa0;%2&#xa0;» n&apos;est ni F ni M (compté comme non renseigné)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="409"/>
        <source>may already be in the registry: see below</source>
        <translation>figure peut-être déjà dans le registre: voir ci-dessous</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="515"/>
        <source>%n of them may already be in the registry (see below the list)</source>
        <translation>
            <numerusform>%n d&apos;entre elles figure peut-être déjà dans le registre (voir sous la liste)</numerusform>
            <numerusform>%n d&apos;entre elles figurent peut-être déjà dans le registre (voir sous la liste)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="413"/>
        <source>a new organization needs a country: add a country column or set the activity&apos;s country</source>
        <translation>une nouvelle organisation doit avoir un pays: ajoutez une colonne de pays ou indiquez le pays de l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="417"/>
        <source>“%1” is not a country code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="420"/>
        <source>created in %1, the activity&apos;s country (the sheet has none)</source>
        <translation>créée dans le pays de l&apos;activité, %1 (la feuille n&apos;en indique aucun)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="424"/>
        <source>not the same name: check the match</source>
        <translation>nom différent: vérifiez la correspondance</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="426"/>
        <source>already taking part</source>
        <translation>participe déjà</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="431"/>
        <source>the same organization as another line: leave one out or choose another match</source>
        <translation>même organisation qu&apos;une autre ligne: écartez-en une ou choisissez une autre correspondance</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="450"/>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="456"/>
        <source>Create new organization “%1”</source>
        <translation>Créer la nouvelle organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="457"/>
        <source>Leave out</source>
        <translation>Écarter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="511"/>
        <source>%n organization(s) to add</source>
        <translation>
            <numerusform>%n organisation à ajouter</numerusform>
            <numerusform>%n organisations à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="512"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n représentant</numerusform>
            <numerusform>%n représentants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="513"/>
        <source>%n new organization(s)</source>
        <translation>
            <numerusform>%n nouvelle organisation</numerusform>
            <numerusform>%n nouvelles organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="518"/>
        <source>rows without an organization, left out: %1</source>
        <translation>lignes sans organisation, écartées: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="522"/>
        <source>%n organization(s) have a problem (in red): fix it, choose another match, or leave them out.</source>
        <translation>
            <numerusform>%n organisation présente un problème (en rouge): corrigez-le, choisissez une autre correspondance ou écartez-la.</numerusform>
            <numerusform>%n organisations présentent un problème (en rouge): corrigez-le, choisissez une autre correspondance ou écartez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="528"/>
        <source>&amp;Add %n organization(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n organisation</numerusform>
            <numerusform>&amp;Ajouter %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="538"/>
        <source>Use it</source>
        <translation>Utiliser celle-ci</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="539"/>
        <source>“%1” may already be in the registry:</source>
        <translation>«&#xa0;%1&#xa0;» figure peut-être déjà dans le registre:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="569"/>
        <source>Add %n participant(s) from an attendance sheet</source>
        <translation>
            <numerusform>Ajouter %n participant depuis une feuille de présence</numerusform>
            <numerusform>Ajouter %n participants depuis une feuille de présence</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="577"/>
        <source>Nothing was added:</source>
        <translation>Rien n&apos;a été ajouté:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="580"/>
        <source>Nothing was added: %1</source>
        <translation>Rien n&apos;a été ajouté: %1</translation>
    </message>
</context>
<context>
    <name>CoOrganizers</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="87"/>
        <source>Type part of a name to add an organization</source>
        <translation>Saisissez une partie d&apos;un nom pour ajouter une organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="92"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Kept now</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="247"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="357"/>
        <source>The other value</source>
        <translation>L&apos;autre valeur</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="252"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="255"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>Keep the other</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="258"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="261"/>
        <source>Apply this choice to the remaining conflicts of this kind</source>
        <translation>Appliquer ce choix aux autres conflits de ce type</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="277"/>
        <source>No conflicts to review. When the same field is changed on two computers before they sync, both values are kept here for you to choose.</source>
        <translation>Aucun conflit à examiner. Lorsqu&apos;un même champ est modifié sur deux ordinateurs avant leur synchronisation, les deux valeurs sont conservées ici pour que vous choisissiez.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Headquarters&apos; version</source>
        <translation>Version du Siège</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="356"/>
        <source>Refused and discarded</source>
        <translation>Refusée et abandonnée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>&amp;Let it go</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>&amp;Send it again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="362"/>
        <source>Headquarters did not accept this change and it was discarded on this computer. The values refused are kept here: send them again (headquarters says again if it still refuses), or let them go.</source>
        <translation>Le Siège n&apos;a pas accepté cette modification et elle a été abandonnée sur cet ordinateur. Les valeurs refusées sont conservées ici: renvoyez-les (le Siège signalera s&apos;il les refuse encore) ou abandonnez-les.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="366"/>
        <source>Headquarters never had this record: it is in the Trash on this computer.</source>
        <translation>Le Siège n&apos;a jamais reçu cette fiche: elle se trouve dans la corbeille de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="367"/>
        <source>The value headquarters holds, brought back by the next sync.</source>
        <translation>La valeur que détient le Siège, rétablie à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="376"/>
        <source>This field was changed on two computers before they synced. One value is kept now; the other is here for you to bring back if it was the right one.</source>
        <translation>Ce champ a été modifié sur deux ordinateurs avant leur synchronisation. Une valeur est retenue; l&apos;autre est conservée ici pour que vous puissiez la rétablir si c&apos;était la bonne.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="380"/>
        <source>The record was deleted on one computer and edited on another. Keeping the edit brings the record back.</source>
        <translation>La fiche a été supprimée sur un ordinateur et modifiée sur un autre. Garder la modification rétablit la fiche.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="391"/>
        <source>Merged into “%1”</source>
        <translation>Fusionnée dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="392"/>
        <source>another organization</source>
        <translation>une autre organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="394"/>
        <source>This organization was merged into two different records on two computers. It now points to the first; what named it went there too. If both records are one organization, merge them as well; if the other merge was right, merge the first record into the other one.</source>
        <translation>Cette organisation a été fusionnée dans deux fiches différentes sur deux ordinateurs. Elle renvoie maintenant à la première, vers laquelle a aussi été transféré tout ce qui la désignait. Si les deux fiches correspondent à une seule et même organisation, fusionnez-les également; si c&apos;était l&apos;autre fusion qui était la bonne, fusionnez la première fiche dans l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="233"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="234"/>
        <source>Type a date (%1 or 2011-12-31), or press F4 for a calendar.</source>
        <translation>Saisissez une date (%1 ou 2011-12-31) ou appuyez sur F4 pour afficher un calendrier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="236"/>
        <source>Choose from a calendar (F4)</source>
        <translation>Choisir dans un calendrier (F4)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="generated_strings.py" line="215"/>
        <source>Computers of the Project</source>
        <translation>Ordinateurs du projet</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="216"/>
        <source>Every computer enrolled with headquarters. A lost or stolen one can be erased: at its next sync it sends what it has not sent, then erases its copy of the registry and signs out for good.</source>
        <translation>Tous les ordinateurs inscrits auprès du siège. Un ordinateur perdu ou volé peut être effacé : à sa prochaine synchronisation, il envoie ce qu’il n’a pas encore envoyé, puis efface sa copie du registre et se déconnecte définitivement.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="217"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="218"/>
        <source>&amp;Erase Its Data…</source>
        <translation>&amp;Effacer ses données…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="219"/>
        <source>Asking headquarters…</source>
        <translation>Interrogation du siège…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="220"/>
        <source>Erase a computer&apos;s data</source>
        <translation>Effacer les données d’un ordinateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="221"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="222"/>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="223"/>
        <source>signed out by headquarters</source>
        <translation>déconnecté par le siège</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="224"/>
        <source>to be erased at its next sync</source>
        <translation>à effacer à sa prochaine synchronisation</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="225"/>
        <source>erasing (not yet confirmed)</source>
        <translation>effacement en cours (pas encore confirmé)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="226"/>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="227"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="228"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="229"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="230"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="231"/>
        <source>Only the Civil Society Team (hq users) may see the project&apos;s computers.</source>
        <translation>Seule l’équipe Société civile (utilisateurs du siège) peut voir les ordinateurs du projet.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="232"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="233"/>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="234"/>
        <source>Erase everything on “%1” (%2)? At its next sync it sends what it has not sent, then erases its copy of the registry, its backups and logs, and signs out for good. This cannot be undone.</source>
        <translation>Effacer tout ce qui se trouve sur « %1 » (%2) ? À sa prochaine synchronisation, il envoie ce qu’il n’a pas encore envoyé, puis efface sa copie du registre, ses sauvegardes et journaux, et se déconnecte définitivement. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/devices.py" line="144"/>
        <source>%n computer(s).</source>
        <translation>
            <numerusform>%n ordinateur.</numerusform>
            <numerusform>%n ordinateurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="182"/>
        <source>Records behind a figure</source>
        <translation>Fiches à l&apos;origine d&apos;un chiffre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="197"/>
        <source>Listing the records…</source>
        <translation>Liste des fiches en cours…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="219"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="222"/>
        <source>Show the record chosen in its page (Enter or a double-click do the same)</source>
        <translation>Afficher la fiche choisie dans sa page (même effet avec Entrée ou un double-clic)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="261"/>
        <source>Participations in activities: %1, adding up to %2</source>
        <translation>Participations à des activités: %1, totalisant %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="263"/>
        <source>Organizations: %1</source>
        <translation>Organisations: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Activities: %1</source>
        <translation>Activités: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Grants: %1</source>
        <translation>Subventions: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="265"/>
        <source>People: %1</source>
        <translation>Personnes: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="266"/>
        <source>Records: %1</source>
        <translation>Fiches: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="272"/>
        <source>The records could not be listed: %1</source>
        <translation>Les fiches n&apos;ont pas pu être listées: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="209"/>
        <source>Already in the registry?</source>
        <translation>Déjà dans le registre?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="214"/>
        <source>“%1” looks like %n organization(s) already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ressemble à %n organisation déjà présente dans le registre. Ouvrez l&apos;organisation existante au lieu de créer une deuxième fiche, ou enregistrez celle-ci comme nouvelle organisation s&apos;il s&apos;agit d&apos;une autre entité.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ressemble à %n organisations déjà présentes dans le registre. Ouvrez l&apos;organisation existante au lieu de créer une deuxième fiche, ou enregistrez celle-ci comme nouvelle organisation s&apos;il s&apos;agit d&apos;une autre entité.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>How alike</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Why</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="246"/>
        <source>&amp;Save as a new organization</source>
        <translation>&amp;Enregistrer comme nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="207"/>
        <source>&amp;Open “%1”</source>
        <extracomment>From this score a match is &quot;very likely&quot; the same organization, below it &quot;likely&quot;.</extracomment>
        <translation>&amp;Ouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="235"/>
        <source>very likely the same (%1)</source>
        <translation>très probablement la même (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="236"/>
        <source>likely the same (%1)</source>
        <translation>probablement la même (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="237"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="238"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="239"/>
        <source>“%2”: %4 (%3)</source>
        <oldsource>“%2”: %3 — %4</oldsource>
        <translation>«&#xa0;%2&#xa0;»: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="240"/>
        <source>Likely %1</source>
        <translation>Probablement %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="241"/>
        <source>row %1 of this file, “%2”: %4 (%3)</source>
        <oldsource>row %1 of this file, “%2”: %3 — %4</oldsource>
        <translation>ligne %1 de ce fichier, «&#xa0;%2&#xa0;»: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="242"/>
        <source>“%2”, %5: %4 (%3)</source>
        <oldsource>“%2” (%5): %3 — %4</oldsource>
        <translation>«&#xa0;%2&#xa0;», %5: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="243"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="244"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="generated_strings.py" line="245"/>
        <source>Erased person</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="246"/>
        <source>Headquarters could not erase this person&apos;s data because of an unexpected error (the details are in its log). Try again later.</source>
        <translation>Le siège n’a pas pu effacer les données de cette personne à cause d’une erreur imprévue (les détails sont dans son journal). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="247"/>
        <source>Headquarters could not be reached, so nothing was erased. Erasing a person&apos;s data needs a connection: try again when this computer is online.</source>
        <translation>Le siège est injoignable : rien n’a été effacé. Effacer les données d’une personne demande une connexion : réessayez quand cet ordinateur sera en ligne.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="248"/>
        <source>The connection to headquarters failed before it answered, so this computer does not know whether the data was erased. Try again when the connection is better: erasing twice does no harm.</source>
        <translation>La connexion au siège a échoué avant sa réponse : cet ordinateur ne sait pas si les données ont été effacées. Réessayez quand la connexion sera meilleure : effacer deux fois est sans danger.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="249"/>
        <source>Headquarters refused: only the Civil Society Team (headquarters users) may erase a person&apos;s data.</source>
        <translation>Le siège a refusé : seule l’équipe Société civile (utilisateurs du siège) peut effacer les données d’une personne.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="250"/>
        <source>Headquarters does not have this contact yet: it was never synced. Sync, then erase it again (or delete it: it never left this computer).</source>
        <translation>Le siège n’a pas encore ce contact : il n’a jamais été synchronisé. Synchronisez, puis effacez-le à nouveau (ou supprimez-le : il n’a jamais quitté cet ordinateur).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="251"/>
        <source>This computer is not connected to headquarters: log in on the Sync page, then try again.</source>
        <translation>Cet ordinateur n’est pas relié au siège : connectez-vous sur la page Synchronisation, puis réessayez.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="252"/>
        <source>Headquarters erased this person&apos;s data on %1. They still count in the activities they took part in, without a name.</source>
        <translation>Le siège a effacé les données de cette personne le %1. Elle reste comptée, sans nom, dans les activités auxquelles elle a participé.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="154"/>
        <source>A &amp;whole table:</source>
        <translation>Une &amp;table entière:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="164"/>
        <source>The &amp;list on screen, with its search and filters: %1, %n record(s)</source>
        <translation>
            <numerusform>La &amp;liste affichée, avec sa recherche et ses filtres: %1, %n fiche</numerusform>
            <numerusform>La &amp;liste affichée, avec sa recherche et ses filtres: %1, %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="170"/>
        <source>The list on screen (this page has no list)</source>
        <translation>La liste affichée (cette page n&apos;a pas de liste)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="175"/>
        <source>CSV (opens in any spreadsheet)</source>
        <translation>CSV (s&apos;ouvre dans tout tableur)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="176"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="177"/>
        <source>JSON (for other programs)</source>
        <translation>JSON (pour d&apos;autres programmes)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="180"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="183"/>
        <source>Contacts are personal data: the file will hold people&apos;s names, e-mail addresses, phone numbers and notes. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Les contacts sont des données personnelles: le fichier contiendra les noms, adresses électroniques, numéros de téléphone et notes des personnes. Conservez-le en lieu sûr et supprimez-le lorsqu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="216"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="235"/>
        <source>What:</source>
        <translation>Quoi:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="236"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="239"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="286"/>
        <source>The contacts of %n organization(s) at risk are left out. Include the contacts of these at-risk organizations only if you must:</source>
        <translation>
            <numerusform>Les contacts de %n organisation à risque sont laissés de côté. N’incluez les contacts de ces organisations à risque que si vous le devez :</numerusform>
            <numerusform>Les contacts de %n organisations à risque sont laissés de côté. N’incluez les contacts de ces organisations à risque que si vous le devez :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="318"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="319"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="337"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="354"/>
        <source>This file will hold personal data of %n person(s): their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</source>
        <translation>
            <numerusform>Ce fichier contiendra des données personnelles concernant %n personne: nom, fonction, adresse électronique, numéro de téléphone, date du consentement et notes. Quiconque obtient le fichier pourra les lire. Exporter les contacts?</numerusform>
            <numerusform>Ce fichier contiendra des données personnelles concernant %n personnes: noms, fonctions, adresses électroniques, numéros de téléphone, dates du consentement et notes. Quiconque obtient le fichier pourra les lire. Exporter les contacts?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="358"/>
        <source>Export personal data</source>
        <translation>Exporter des données personnelles</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="372"/>
        <source>Exporting… Cancel stops it and writes no file.</source>
        <translation>Exportation en cours… Annuler l&apos;interrompt sans écrire de fichier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="412"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="398"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n fiche exportée vers %1.</numerusform>
            <numerusform>%n fiches exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="261"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>L&apos;exportation a été annulée: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="262"/>
        <source>The disk is full: the file was not written. Free some space or choose another disk.</source>
        <translation>Le disque est plein: le fichier n&apos;a pas été écrit. Libérez de l&apos;espace ou choisissez un autre disque.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="263"/>
        <source>The file was not written.</source>
        <translation>Le fichier n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="264"/>
        <source>The file could not be written to %1: you may not write in that folder, or the file is open in another program. Choose another place or close it.</source>
        <translation>Le fichier n&apos;a pas pu être écrit dans %1: vous n&apos;avez peut-être pas le droit d&apos;écrire dans ce dossier, ou le fichier est ouvert dans un autre programme. Choisissez un autre emplacement ou fermez le fichier.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="265"/>
        <source>The folder %1 does not exist: choose another place.</source>
        <translation>Le dossier %1 n&apos;existe pas: choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="266"/>
        <source>The file was not written: %1</source>
        <translation>Le fichier n&apos;a pas été écrit: %1</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="140"/>
        <source>Separate several with ;</source>
        <translation>Séparez-les par des ;</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="158"/>
        <source>Type a country&apos;s name in any UN language, or its code; the list shows the matches.</source>
        <translation>Saisissez le nom d&apos;un pays dans l&apos;une des langues de l&apos;ONU, ou son code; la liste affiche les correspondances.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/errors.py" line="47"/>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="228"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="532"/>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="586"/>
        <source>Click to list the records behind it.</source>
        <extracomment>A caption narrower than this stays on one line.</extracomment>
        <translation>Cliquez pour lister les fiches correspondantes.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="203"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="204"/>
        <source>A CSV file, an Excel workbook (.xlsx) or a JSON file whose first row (or keys) name the columns.</source>
        <translation>Un fichier CSV, un classeur Excel (.xlsx) ou un fichier JSON dont la première ligne (ou les clés) indique le nom des colonnes.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="208"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="210"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="216"/>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="226"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="242"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="243"/>
        <source>Spreadsheets and data (*.csv *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation>Feuilles de calcul et données (*.csv *.xlsx *.xlsm *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="268"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="287"/>
        <source>%n row(s) to read.</source>
        <translation>
            <numerusform>%n ligne à lire.</numerusform>
            <numerusform>%n lignes à lire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="288"/>
        <source>Columns: %1</source>
        <translation>Colonnes: %1</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="239"/>
        <source>Clear filters</source>
        <extracomment>The search box&apos;s narrowest width: a few words stay readable on a 1024-pixel screen. The shortcut of &quot;Save view…&quot; (Ctrl+Shift+S is &quot;Sync now&quot;; Ctrl+D bookmarks in browsers). Characters a filter drop-down shows at its narrowest (its list shows entries whole).</extracomment>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="243"/>
        <source>Vie&amp;ws</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="430"/>
        <source>Saved searches and filters: apply one, save the current one, rename or delete them</source>
        <translation>Recherches et filtres enregistrés: en appliquer un, enregistrer l&apos;actuel, les renommer ou les supprimer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="252"/>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="323"/>
        <source>No country is called “%1”: every country is listed.</source>
        <translation>Aucun pays ne s&apos;appelle «&#xa0;%1&#xa0;»: tous les pays sont listés.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="332"/>
        <source>Not a date: the period ignores it.</source>
        <translation>Date non valide: la période n&apos;en tient pas compte.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="429"/>
        <source>View on screen: %1</source>
        <translation>Vue affichée: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="454"/>
        <source>No saved view yet</source>
        <translation>Aucune vue enregistrée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="458"/>
        <source>&amp;Rename view</source>
        <translation>&amp;Renommer la vue</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="460"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="495"/>
        <source>A view called “%1” exists. Replace it?</source>
        <translation>Une vue nommée «&#xa0;%1&#xa0;» existe déjà. La remplacer?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="496"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="531"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="501"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="502"/>
        <source>Name of this search and its filters (e.g. “Kenya 2011”):</source>
        <translation>Nom de cette recherche et de ses filtres (p. ex. «&#xa0;Kenya 2011&#xa0;»):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>New name of the view “%1”:</source>
        <translation>Nouveau nom de la vue «&#xa0;%1&#xa0;»:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="529"/>
        <source>Delete the view “%1”? Only its saved search and filters go; no record is touched.</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;»? Seuls sa recherche et ses filtres enregistrés disparaissent; aucune fiche n&apos;est modifiée.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="49"/>
        <source>Welcome to Looking Beyond</source>
        <translation>Bienvenue dans Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="55"/>
        <source>This is your office&apos;s registry of civil-society partners: organizations, their contacts, the activities they took part in and the seed funding they received. Everything works offline; your changes are sent to headquarters when a connection is set up.</source>
        <translation>Voici le registre des partenaires de la société civile de votre bureau: les organisations, leurs contacts, les activités auxquelles elles ont participé et le financement de démarrage qu&apos;elles ont reçu. Tout fonctionne hors ligne; vos modifications sont envoyées au Siège une fois la connexion établie.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="60"/>
        <source>Explore with &amp;demo data</source>
        <translation>Découvrir avec des données de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="63"/>
        <source>Fills this data folder with made-up organizations, activities and grants to try the application. A demo folder can never be connected to headquarters: for real work, start another data folder (File &gt; New data folder…).</source>
        <translation>Remplit ce dossier de données avec des organisations, des activités et des subventions fictives pour essayer l&apos;application. Un dossier de démonstration ne peut jamais être connecté au Siège: pour le travail réel, créez un autre dossier de données (Fichier &gt; Nouveau dossier de données…).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="66"/>
        <source>Start with an &amp;empty registry</source>
        <translation>Commencer avec un registre &amp;vide</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="69"/>
        <source>You can connect to headquarters later, on the Sync page: your work is kept on this computer until then.</source>
        <translation>Vous pourrez vous connecter au Siège plus tard, depuis la page Synchronisation: d&apos;ici là, votre travail est conservé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="178"/>
        <source>Type the name of a regional lead organization</source>
        <translation>Saisissez le nom d&apos;une organisation régionale chef de file</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="189"/>
        <source>Type part of an activity&apos;s title to link it</source>
        <translation>Saisissez une partie du titre d&apos;une activité pour la lier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="191"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="199"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="211"/>
        <source>Activities paid for</source>
        <translation>Activités financées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="219"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="220"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="233"/>
        <source>New grant</source>
        <translation>Nouvelle subvention</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="265"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="308"/>
        <source>Mark as %1</source>
        <translation>Marquer comme %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="311"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="313"/>
        <source>Step back</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="329"/>
        <source>Create grant</source>
        <translation>Créer la subvention</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="332"/>
        <source>Edit grant</source>
        <translation>Modifier la subvention</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="366"/>
        <source>Grant: %1</source>
        <translation>Subvention: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="382"/>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="398"/>
        <source>Search purpose or organization…</source>
        <translation>Objet ou organisation…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="400"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="401"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="402"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="403"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="404"/>
        <source>Follows</source>
        <translation>Fait suite à</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="409"/>
        <source>&amp;New grant</source>
        <translation>&amp;Nouvelle subvention</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="411"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="417"/>
        <source>Grants approved in this period (either date may stay empty); a grant not yet approved has no approval date and is left out while a date is set. Type a date or press F4 for a calendar.</source>
        <translation>Subventions approuvées pendant cette période (l&apos;une ou l&apos;autre date peut rester vide); une subvention non encore approuvée n&apos;a pas de date d&apos;approbation et est exclue tant qu&apos;une date est indiquée. Saisissez une date ou appuyez sur F4 pour afficher un calendrier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved from</source>
        <translation>Approuvées depuis le</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved until</source>
        <translation>Approuvées jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="422"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="423"/>
        <source>The organization&apos;s country: type a country&apos;s name in any UN language, or its code</source>
        <translation>Pays de l&apos;organisation: saisissez le nom d&apos;un pays dans l&apos;une des langues de l&apos;ONU, ou son code</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="425"/>
        <source>All thematic areas</source>
        <translation>Tous les domaines thématiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="426"/>
        <source>The organization&apos;s thematic areas (a grant has none of its own); an area includes its sub-themes</source>
        <translation>Domaines thématiques de l&apos;organisation (une subvention n&apos;en a pas en propre); un domaine comprend ses sous-thèmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="428"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="430"/>
        <source>All currencies</source>
        <translation>Toutes les monnaies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="439"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvention</numerusform>
            <numerusform>%n subventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="442"/>
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%1 sur %n subvention</numerusform>
            <numerusform>%1 sur %n subventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="445"/>
        <source>Delete %n grant(s)</source>
        <translation>
            <numerusform>Supprimer %n subvention</numerusform>
            <numerusform>Supprimer %n subventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="448"/>
        <source>Delete %n grant(s)? They go to the Trash.</source>
        <translation>
            <numerusform>Supprimer %n subvention? Elle sera placée dans la corbeille.</numerusform>
            <numerusform>Supprimer %n subventions? Elles seront placées dans la corbeille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Where</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="26"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="39"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="50"/>
        <source>The latest change of these fields, made on another computer and received by sync; earlier changes made there are kept at headquarters.</source>
        <translation>La dernière modification de ces champs, faite sur un autre ordinateur et reçue par synchronisation; les modifications antérieures faites sur cet ordinateur sont conservées au Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="61"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="62"/>
        <source>Edited</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="63"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="64"/>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="65"/>
        <source>Merged into another organization</source>
        <translation>Fusion dans une autre organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="66"/>
        <source>Merge undone</source>
        <translation>Annulation de la fusion</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="968"/>
        <source>Import a file</source>
        <extracomment>Emitted from the database worker&apos;s thread between chunks of rows (done, total): a queued connection shows it; a direct connection runs on the worker (tests cancel there).</extracomment>
        <translation>Importer un fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1018"/>
        <source>Import %n record(s) from %1</source>
        <translation>
            <numerusform>Importer %n fiche depuis %1</numerusform>
            <numerusform>Importer %n fiches depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1033"/>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Annulation… rien ne sera importé.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="271"/>
        <source>%1 cannot be imported: choose a CSV file, an Excel workbook (.xlsx) or a JSON file.</source>
        <translation>%1 ne peut pas être importé: choisissez un fichier CSV, un classeur Excel (.xlsx) ou un fichier JSON.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="272"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="273"/>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1 est un dossier: choisissez un fichier.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="274"/>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>%1 ne peut pas être lu: vous n&apos;avez peut-être pas l&apos;autorisation de l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="275"/>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo: scindez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="276"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="277"/>
        <source>%1 is not saved as UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, then choose it again.</source>
        <translation>%1 n&apos;est pas enregistré en texte UTF-8. Dans votre tableur, enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;», puis choisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="278"/>
        <source>%1 is not a text file: is it really a CSV file?</source>
        <translation>%1 n&apos;est pas un fichier texte: s&apos;agit-il vraiment d&apos;un fichier CSV?</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="279"/>
        <source>%1 is not a valid CSV file (line %2): a quote may be left open.</source>
        <translation>%1 n&apos;est pas un fichier CSV valide (ligne %2): un guillemet n&apos;a peut-être pas été fermé.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="280"/>
        <source>%1 has no column names: its first row must name the columns.</source>
        <translation>%1 ne contient pas de noms de colonnes: sa première ligne doit indiquer le nom des colonnes.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="281"/>
        <source>Column %2 of %1 has no name: name every column in the first row.</source>
        <translation>La colonne %2 de %1 n&apos;a pas de nom: nommez chaque colonne dans la première ligne.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="282"/>
        <source>%1 names a column twice (%2): give each column its own name.</source>
        <translation>%1 comporte deux colonnes de même nom (%2): donnez à chaque colonne un nom distinct.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="283"/>
        <source>Row %2 of %1 has more cells than there are column names.</source>
        <translation>La ligne %2 de %1 compte plus de cellules qu&apos;il n&apos;y a de noms de colonnes.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="284"/>
        <source>%1 has more than %2 rows: split it into smaller files.</source>
        <translation>%1 compte plus de %2 lignes: scindez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="285"/>
        <source>%1 has no rows under its column names.</source>
        <translation>%1 ne contient aucune ligne sous les noms de colonnes.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="286"/>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx) lisible.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="287"/>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation>La feuille «&#xa0;%2&#xa0;» de %1 est vide.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="288"/>
        <source>%1 is not a JSON list of records (line %2).</source>
        <translation>%1 n&apos;est pas une liste de fiches au format JSON (ligne %2).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="289"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="290"/>
        <source>Contacts of organizations</source>
        <translation>Contacts des organisations</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="291"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="292"/>
        <source>Participants of activities</source>
        <translation>Participants aux activités</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="293"/>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="294"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importation terminée – créations: %1, mises à jour: %2.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="generated_strings.py" line="295"/>
        <source>This window is locked</source>
        <translation>Cette fenêtre est verrouillée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="296"/>
        <source>It locked itself after a while without use, to keep the registry from other eyes. Type your headquarters password or your PIN to go on.</source>
        <translation>Elle s’est verrouillée après un moment sans utilisation, pour protéger le registre des regards indiscrets. Saisissez votre mot de passe du siège ou votre code PIN pour continuer.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="297"/>
        <source>Password or PIN</source>
        <translation>Mot de passe ou code PIN</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="298"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="299"/>
        <source>That is neither the password nor the PIN. Try again.</source>
        <translation>Ce n’est ni le mot de passe ni le code PIN. Réessayez.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="300"/>
        <source>Lock Settings</source>
        <translation>Paramètres de verrouillage</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="301"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="302"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="303"/>
        <source>Remove the PIN</source>
        <translation>Supprimer le code PIN</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="304"/>
        <source>Lock after this long without use:</source>
        <translation>Verrouiller après cette durée sans utilisation :</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="305"/>
        <source>New PIN (4 to 12 digits):</source>
        <translation>Nouveau code PIN (4 à 12 chiffres) :</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="306"/>
        <source>The PIN again:</source>
        <translation>Le code PIN à nouveau :</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="307"/>
        <source>The data on this computer is encrypted. Its key is kept in this computer&apos;s keyring, which your sign-in to the computer opens: keep that sign-in to yourself.</source>
        <translation>Les données de cet ordinateur sont chiffrées. Leur clé est gardée dans le trousseau de cet ordinateur, que votre connexion à l’ordinateur ouvre : gardez cette connexion pour vous.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="308"/>
        <source>Your headquarters password and your PIN open the window on this computer.</source>
        <translation>Votre mot de passe du siège et votre code PIN déverrouillent la fenêtre sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="311"/>
        <source>The data on this computer is encrypted with the passphrase typed each time it opens. Without the passphrase nobody can read it.</source>
        <translation>Les données de cet ordinateur sont chiffrées avec la phrase secrète saisie à chaque ouverture. Sans elle, personne ne peut les lire.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="312"/>
        <source>Your headquarters password opens the window on this computer. A PIN is quicker to type.</source>
        <translation>Votre mot de passe du siège déverrouille la fenêtre sur cet ordinateur. Un code PIN est plus rapide à saisir.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="314"/>
        <source>Your PIN opens the window on this computer.</source>
        <translation>Votre code PIN déverrouille la fenêtre sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="315"/>
        <source>Nobody has logged in to headquarters on this computer yet: choose a PIN so that the window can lock.</source>
        <translation>Personne ne s’est encore connecté au siège sur cet ordinateur : choisissez un code PIN pour que la fenêtre puisse se verrouiller.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="309"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="310"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="313"/>
        <source>The settings could not be kept: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/lock.py" line="185"/>
        <source>Too many wrong tries: wait %n second(s).</source>
        <translation>
            <numerusform>Trop d’essais erronés : attendez %n seconde.</numerusform>
            <numerusform>Trop d’essais erronés : attendez %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="59"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="719"/>
        <source>Looking Beyond</source>
        <extracomment>Days without a successful sync after which the banner warns (QSettings ``sync/warnDays``).</extracomment>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="285"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="183"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflits (%n)</numerusform>
            <numerusform>Conflits (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="190"/>
        <source>&amp;New organization</source>
        <translation>&amp;Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="192"/>
        <source>New &amp;activity</source>
        <translation>Nouvelle &amp;activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="194"/>
        <source>New &amp;grant</source>
        <translation>Nouvelle s&amp;ubvention</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="196"/>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Ouvrir un dossier de données…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="216"/>
        <source>New data &amp;folder…</source>
        <translation>Nouveau &amp;dossier de données…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="222"/>
        <source>Lock Se&amp;ttings…</source>
        <translation>Paramè&amp;tres de verrouillage…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="259"/>
        <source>&amp;Cancel the sync</source>
        <translation>A&amp;nnuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="265"/>
        <source>Sync by &amp;File</source>
        <translation>Synchroniser par &amp;fichier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Write a File for Headquarters…</source>
        <translation>&amp;Écrire un fichier pour le Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Read a Reply from Headquarters…</source>
        <translation>&amp;Lire une réponse du Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="275"/>
        <source>Computers of the &amp;Project…</source>
        <translation>Ordinateurs du &amp;projet…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="282"/>
        <source>&amp;About Looking Beyond</source>
        <translation>À &amp;propos de Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="341"/>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="470"/>
        <source>Data: %1</source>
        <translation>Données: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="475"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="496"/>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation: jamais</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="477"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="638"/>
        <source>Headquarters: not enrolled</source>
        <translation>Siège: poste non inscrit</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="479"/>
        <source>Log in on the Sync page to connect this computer.</source>
        <translation>Connectez-vous depuis la page Synchronisation pour relier cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="493"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="495"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="550"/>
        <source>Writing the file for headquarters…</source>
        <translation>Écriture du fichier pour le Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="551"/>
        <source>Reading the reply from headquarters…</source>
        <translation>Lecture de la réponse du Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="556"/>
        <source>The file for headquarters is written.</source>
        <translation>Le fichier pour le Siège est écrit.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="562"/>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="563"/>
        <source>The reply could not be read.</source>
        <translation>La réponse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="574"/>
        <source>The reply from headquarters is read.</source>
        <translation>La réponse du Siège a été lue.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="600"/>
        <source>Syncing with headquarters…</source>
        <translation>Synchronisation avec le Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="611"/>
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="625"/>
        <source>The next try is in %n minute(s).</source>
        <translation>
            <numerusform>Prochain essai dans %n minute.</numerusform>
            <numerusform>Prochain essai dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="636"/>
        <source>Headquarters: reachable</source>
        <translation>Siège: joignable</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="637"/>
        <source>Headquarters: unreachable</source>
        <translation>Siège: injoignable</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="650"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="672"/>
        <source>This computer has never synced with headquarters: your changes exist only here.</source>
        <translation>Cet ordinateur ne s&apos;est jamais synchronisé avec le Siège: vos modifications n&apos;existent qu&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="685"/>
        <source>No sync with headquarters for %n day(s): your recent changes exist only on this computer.</source>
        <translation>
            <numerusform>Aucune synchronisation avec le Siège depuis %n jour: vos modifications récentes n&apos;existent que sur cet ordinateur.</numerusform>
            <numerusform>Aucune synchronisation avec le Siège depuis %n jours: vos modifications récentes n&apos;existent que sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="718"/>
        <source>Looking Beyond — demo data</source>
        <translation>Looking Beyond — données de démonstration</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="773"/>
        <source>The new organization “%1” that you set aside is not saved. Close and lose it? (Cancel, then “Back to it”, to save it.)</source>
        <translation>La nouvelle organisation « %1 » que vous avez mise de côté n&apos;est pas enregistrée. Fermer et la perdre ? (Annuler, puis « Y revenir », pour l&apos;enregistrer.)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="331"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="332"/>
        <source>Choose where the rows go and which field each column fills. Columns set to “Not imported” are left out.</source>
        <translation>Choisissez où vont les lignes et quel champ chaque colonne remplit. Les colonnes réglées sur «&#xa0;Non importée&#xa0;» sont écartées.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="361"/>
        <source>&amp;Import into:</source>
        <translation>&amp;Importer dans:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="411"/>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="419"/>
        <source>These columns were matched as you matched them last time for this file layout.</source>
        <translation>Ces colonnes ont été associées comme vous l&apos;aviez fait la dernière fois pour cette structure de fichier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="454"/>
        <source>Choose a column for: %1.</source>
        <translation>Choisissez une colonne pour: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="458"/>
        <source>Several columns fill the same field: %1.</source>
        <translation>Plusieurs colonnes remplissent le même champ: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="461"/>
        <source>Choose a field for at least one column.</source>
        <translation>Choisissez un champ pour au moins une colonne.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="198"/>
        <source>Merge the two values</source>
        <translation>Fusionner les deux valeurs</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="199"/>
        <source>Both values are below. Edit them into the one to keep.</source>
        <translation>Les deux valeurs figurent ci-dessous. Modifiez-les pour obtenir celle à conserver.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="112"/>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="299"/>
        <source>Merge two organizations</source>
        <translation>Fusionner deux organisations</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="120"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. The other record&apos;s contacts, participation, grants and co-organizing move to the kept one; its names become other names of the kept one. It is kept out of sight as a pointer, so that what other computers add to it before they hear of the merge lands on the kept one.</source>
        <translation>Choisissez la fiche à conserver et, pour chaque champ qui diffère, la valeur qu&apos;elle garde. Les contacts, participations, subventions et co-organisations de l&apos;autre fiche passent à la fiche conservée ; ses noms deviennent d&apos;autres noms de la fiche conservée. Elle est gardée hors de vue comme renvoi, de sorte que ce que d&apos;autres ordinateurs y ajoutent avant d&apos;apprendre la fusion aboutisse à la fiche conservée.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="128"/>
        <source>Keep:</source>
        <translation>Conserver:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="148"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="163"/>
        <source>One of the two organizations is no longer here.</source>
        <translation>L&apos;une des deux organisations ne se trouve plus ici.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="199"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="200"/>
        <source>Kept record: %1</source>
        <translation>Fiche conservée: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="201"/>
        <source>Other record: %1</source>
        <translation>Autre fiche: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>newer</source>
        <translation>plus récente</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>the kept record has none</source>
        <translation>absente de la fiche conservée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="233"/>
        <source>Proposed: %1</source>
        <translation>Valeur proposée: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="238"/>
        <source>The two records hold the same values.</source>
        <translation>Les deux fiches contiennent les mêmes valeurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="249"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="251"/>
        <source>%n participation record(s)</source>
        <translation>
            <numerusform>%n participation</numerusform>
            <numerusform>%n participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="253"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvention</numerusform>
            <numerusform>%n subventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="255"/>
        <source>%n co-organized activity(ies)</source>
        <translation>
            <numerusform>%n activité coorganisée</numerusform>
            <numerusform>%n activités coorganisées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="256"/>
        <source>Moves to the kept record: %1.</source>
        <translation>Transfert vers la fiche conservée: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="257"/>
        <source>Nothing else names the other record.</source>
        <translation>Rien d&apos;autre ne renvoie à l&apos;autre fiche.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="258"/>
        <source>“%1” becomes one of the kept record&apos;s other names.</source>
        <translation>«&#xa0;%1&#xa0;» devient l&apos;un des autres noms de la fiche conservée.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="260"/>
        <source>Edit &gt; Undo takes the merge back.</source>
        <translation>Édition &gt; Annuler annule la fusion.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="277"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="294"/>
        <source>The organizations were not merged: %1</source>
        <translation>Les organisations n&apos;ont pas été fusionnées: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="198"/>
        <source>&amp;Back to it</source>
        <extracomment>How long typing pauses before the name is looked up in the registry (milliseconds).</extracomment>
        <translation>&amp;Y revenir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="201"/>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="228"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="230"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="232"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="234"/>
        <source>Save the organization to add its contacts.</source>
        <translation>Enregistrez l&apos;organisation pour ajouter ses contacts.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="236"/>
        <source>%1 This organization is at risk: these people&apos;s contact details stay on headquarters&apos; and this office&apos;s computers. They are not sent to partners&apos; computers, and exports and reports leave them out unless you ask for them by name.</source>
        <translation>%1 Cette organisation est à risque : les coordonnées de ces personnes restent sur les ordinateurs du siège et de ce bureau. Elles ne sont pas envoyées aux ordinateurs des partenaires, et les exports et rapports les laissent de côté sauf si vous les demandez nommément.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="250"/>
        <source>Erase Personal Data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="281"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="282"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="283"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="284"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="294"/>
        <source>Protect its people&apos;s contact details</source>
        <translation>Protéger les coordonnées de ses membres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="296"/>
        <source>For people in danger if their names were known. Only headquarters and the office of its country receive their contact details, never partners or other countries&apos; offices. Exports and reports leave them out unless you ask for them by name.</source>
        <translation>Pour les personnes en danger si leur nom était connu. Seuls le siège et le bureau de son pays reçoivent leurs coordonnées, jamais les partenaires ni les bureaux d’autres pays. Les exports et rapports les laissent de côté sauf si vous les demandez nommément.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="318"/>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="367"/>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="413"/>
        <source>Looking for this organization in the registry…</source>
        <translation>Recherche de cette organisation dans le registre…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="481"/>
        <source>Your new organization “%1” was not saved.</source>
        <translation>Votre nouvelle organisation «&#xa0;%1&#xa0;» n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="551"/>
        <source>Looks like %1.</source>
        <translation>Ressemble à %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="552"/>
        <source>Looks like %1, and %n more.</source>
        <translation>
            <numerusform>Ressemble à %1, et à %n autre organisation.</numerusform>
            <numerusform>Ressemble à %1, et à %n autres organisations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="553"/>
        <source>Show…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="568"/>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="571"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="628"/>
        <source>Add contact “%1”</source>
        <translation>Ajouter le contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="631"/>
        <source>Edit contact “%1”</source>
        <translation>Modifier le contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="646"/>
        <source>Delete contact “%1”</source>
        <translation>Supprimer le contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="670"/>
        <source>This person&apos;s data is erased, at headquarters and on this computer.</source>
        <translation>Les données de cette personne sont effacées, au siège et sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="687"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>Les données de cette personne étaient déjà effacées.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="689"/>
        <source>Headquarters is being asked to erase a person&apos;s data.</source>
        <translation>Le siège est en train d’effacer les données d’une personne.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="691"/>
        <source>Select a contact first.</source>
        <translation>Sélectionnez d’abord un contact.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="694"/>
        <source>Erase this person&apos;s name, e-mail, phone, consent date and notes for good, at headquarters and on every computer (needs a connection).</source>
        <translation>Effacer définitivement le nom, l’adresse électronique, le téléphone, la date de consentement et les notes de cette personne, au siège et sur tous les ordinateurs (connexion requise).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="703"/>
        <source>Erased person</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="704"/>
        <source>There is nothing to edit: headquarters erased this person&apos;s data on %1, on every computer. They still count in the activities they took part in, without a name. If the person joins again, add them as a new contact with their consent.</source>
        <translation>Il n’y a rien à modifier : le siège a effacé les données de cette personne le %1, sur tous les ordinateurs. Elle reste comptée, sans nom, dans les activités auxquelles elle a participé. Si la personne revient, ajoutez-la comme nouveau contact avec son consentement.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="720"/>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="794"/>
        <source>Erase a person&apos;s data</source>
        <translation>Effacer les données d’une personne</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="721"/>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>Effacer définitivement les données personnelles de « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="724"/>
        <source>Headquarters removes this person&apos;s name, e-mail, phone, consent date and notes now, and every computer that holds them at its next sync, from its backups too. This cannot be undone.

The person stays counted in the activities they took part in, without a name. Erasing needs a connection to headquarters.</source>
        <translation>Le siège retire maintenant le nom, l’adresse électronique, le téléphone, la date de consentement et les notes de cette personne, et chaque ordinateur qui les détient le fait à sa prochaine synchronisation, jusque dans ses sauvegardes. C’est irréversible.

La personne reste comptée, sans nom, dans les activités auxquelles elle a participé. L’effacement demande une connexion au siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="729"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="750"/>
        <source>Asking headquarters to erase this person&apos;s data…</source>
        <translation>Demande au siège d’effacer les données de cette personne…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="779"/>
        <source>Headquarters erased this person&apos;s data (%1). Syncing, so that this computer removes it too…</source>
        <translation>Le siège a effacé les données de cette personne (%1). Synchronisation, pour que cet ordinateur les retire aussi…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="782"/>
        <source>Headquarters erased this person&apos;s data (%1). This computer removes it at its next sync.</source>
        <translation>Le siège a effacé les données de cette personne (%1). Cet ordinateur les retire à sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="45"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="46"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="47"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="48"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="49"/>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="50"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="51"/>
        <source>RLO</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="52"/>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="323"/>
        <source>Not yet synced: changes here wait to be sent to headquarters</source>
        <translation>Pas encore synchronisée: les modifications faites ici attendent d&apos;être envoyées au Siège</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="324"/>
        <source>At risk: its people&apos;s contact details stay on headquarters&apos; and the owning office&apos;s computers, and exports and reports leave them out unless asked for by name</source>
        <translation>À risque : les coordonnées de ses membres restent sur les ordinateurs du siège et du bureau responsable, et les exports et rapports les laissent de côté sauf demande nominative</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="325"/>
        <source>Conflict: review it on the Conflicts page</source>
        <translation>Conflit: examinez-le dans la page Conflits</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="70"/>
        <source>Search names, acronyms, cities, notes…</source>
        <extracomment>The search box&apos;s narrowest width (a few words stay readable on a 1024-pixel screen). The list&apos;s narrowest width beside the editor (the name column and a little more).</extracomment>
        <translation>Noms, sigles, villes, notes…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="73"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="74"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="75"/>
        <source>All thematic areas</source>
        <translation>Tous les domaines thématiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="76"/>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="77"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="79"/>
        <source>RLOs only</source>
        <translation>RLO seulement</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="82"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="114"/>
        <source>&amp;New organization</source>
        <translation>&amp;Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="116"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="122"/>
        <source>&amp;Merge Two Organizations…</source>
        <translation>F&amp;usionner deux organisations…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="124"/>
        <source>Select two records of one organization, then merge them into one</source>
        <translation>Sélectionner deux fiches d&apos;une même organisation, puis les fusionner en une seule</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="220"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="281"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="316"/>
        <source>Merged. Edit &gt; Undo takes it back.</source>
        <translation>Fusion effectuée. Édition &gt; Annuler l&apos;annule.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="337"/>
        <source>Delete %n organization(s) and their contacts? They go to the Trash, from where they can be restored.</source>
        <translation>
            <numerusform>Supprimer %n organisation et ses contacts? Elle sera placée dans la corbeille, d&apos;où elle pourra être restaurée.</numerusform>
            <numerusform>Supprimer %n organisations et leurs contacts? Elles seront placées dans la corbeille, d&apos;où elles pourront être restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="345"/>
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>Supprimer %n organisation</numerusform>
            <numerusform>Supprimer %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="351"/>
        <source>%n organization(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n organisation placée dans la corbeille.</numerusform>
            <numerusform>%n organisations placées dans la corbeille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="44"/>
        <source>Organizations by region</source>
        <translation>Organisations par région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="45"/>
        <source>Organizations by thematic area</source>
        <translation>Organisations par domaine thématique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="94"/>
        <source>%n organization(s) in the registry</source>
        <translation>
            <numerusform>%n organisation dans le registre</numerusform>
            <numerusform>%n organisations dans le registre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="107"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="411"/>
        <source>(no one named)</source>
        <translation>(aucune personne nommée)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="250"/>
        <source>Representatives whose sex was not recorded: representatives minus women and men (computed)</source>
        <translation>Représentants dont le sexe n&apos;a pas été renseigné: représentants moins femmes et hommes (calculé)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="326"/>
        <source>is required</source>
        <translation>champ obligatoire</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="327"/>
        <source>“%1” is not a whole number of people (0 or more)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de personnes (0 ou plus)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="328"/>
        <source>cannot be more than %1</source>
        <translation>ne peut pas dépasser %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="329"/>
        <source>%1 women and men is more than the %2 representatives</source>
        <translation>%1 femmes et hommes, soit plus que les %2 représentants</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="780"/>
        <source>Save the activity to add who took part.</source>
        <translation>Enregistrez l&apos;activité pour ajouter les participants.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="783"/>
        <source>Find organizations or people to add</source>
        <translation>Rechercher des organisations ou des personnes à ajouter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="798"/>
        <source>Tick several with Space or a click (or select them with Shift and Ctrl), then Ctrl+Enter adds them all.</source>
        <translation>Cochez-en plusieurs avec Espace ou un clic (ou sélectionnez-les avec Shift et Ctrl), puis Ctrl+Entrée les ajoute tous.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="803"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="989"/>
        <source>Add &amp;selected</source>
        <translation>Ajouter la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="805"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="807"/>
        <source>New &amp;organization…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="810"/>
        <source>From attendance s&amp;heet…</source>
        <translation>Depuis une &amp;feuille de présence…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="822"/>
        <source>Type to change a cell · Tab: next cell · Enter: next row · Ctrl+V: paste from a spreadsheet · Delete: clear or remove · Esc: drop a refused value</source>
        <translation>Saisissez pour modifier une cellule · Tab: cellule suivante · Entrée: ligne suivante · Ctrl+V: coller depuis un tableur · Suppr: effacer ou retirer · Échap: abandonner une valeur refusée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="835"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="841"/>
        <source>Loo&amp;k up:</source>
        <translation>Re&amp;chercher:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="964"/>
        <source>%1 (already taking part)</source>
        <translation>%1 (participe déjà)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="988"/>
        <source>Add %n selected</source>
        <translation>
            <numerusform>Ajouter %n élément sélectionné</numerusform>
            <numerusform>Ajouter %n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1017"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Ajouter %n participant</numerusform>
            <numerusform>Ajouter %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1044"/>
        <source>Edit participant “%1”</source>
        <translation>Modifier le participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1097"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1154"/>
        <source>Nothing was pasted:</source>
        <translation>Rien n&apos;a été collé:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1101"/>
        <source>Paste into %n participant(s)</source>
        <translation>
            <numerusform>Coller dans %n participant</numerusform>
            <numerusform>Coller dans %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1103"/>
        <source>%n pasted line(s) fell below the last participant and were left out.</source>
        <translation>
            <numerusform>%n ligne collée dépassait le dernier participant et a été écartée.</numerusform>
            <numerusform>%n lignes collées dépassaient le dernier participant et ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1115"/>
        <source>Nothing was saved:</source>
        <translation>Rien n&apos;a été enregistré:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1135"/>
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>Coller %n participant</numerusform>
            <numerusform>Coller %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1138"/>
        <source>%n organization(s) pasted.</source>
        <translation>
            <numerusform>%n organisation collée.</numerusform>
            <numerusform>%n organisations collées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1140"/>
        <source>Taken as the closest known name:</source>
        <translation>Assimilées au nom connu le plus proche:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1144"/>
        <source>Not found, left out (add them with New organization):</source>
        <translation>Introuvables, écartées (ajoutez-les avec Nouvelle organisation):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1147"/>
        <source>Left out, their organization was on an earlier line (add its numbers to that line):</source>
        <translation>Écartées, leur organisation figurait sur une ligne précédente (ajoutez-en les chiffres à cette ligne):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1169"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Effacer %n cellule</numerusform>
            <numerusform>Effacer %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1182"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Retirer %n participant</numerusform>
            <numerusform>Retirer %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1192"/>
        <source>Remove %n participant(s) from this activity?</source>
        <translation>
            <numerusform>Retirer %n participant de cette activité?</numerusform>
            <numerusform>Retirer %n participants de cette activité?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1221"/>
        <source>Create “%1” and add it</source>
        <translation>Créer «&#xa0;%1&#xa0;» et l&apos;ajouter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1244"/>
        <source>&amp;Add “%1” instead</source>
        <translation>&amp;Ajouter « %1 » à la place</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1253"/>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Choose a Passphrase</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Unlock the Data</source>
        <translation>Déverrouiller les données</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="39"/>
        <source>This computer has no keyring to keep the key that encrypts the data in %1. Choose a passphrase instead: you will type it each time the data is opened.

Keep it safe. Without it nobody, not even headquarters, can read this folder; what was synced can be synced again into a new folder.</source>
        <translation>Cet ordinateur n’a pas de trousseau pour garder la clé qui chiffre les données de %1. Choisissez plutôt une phrase secrète : vous la saisirez à chaque ouverture des données.

Gardez-la en lieu sûr. Sans elle, personne, pas même le siège, ne peut lire ce dossier ; ce qui a été synchronisé peut l’être à nouveau dans un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="44"/>
        <source>The data in %1 is encrypted with a passphrase. Type it to open the data.</source>
        <translation>Les données de %1 sont chiffrées avec une phrase secrète. Saisissez-la pour ouvrir les données.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="59"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Lock the Data With It</source>
        <translation>&amp;Verrouiller les données avec</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="78"/>
        <source>That passphrase does not open this data. Try again.</source>
        <translation>Cette phrase secrète n’ouvre pas ces données. Réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="93"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="583"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="585"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Likely already there</source>
        <translation>Probablement déjà présente</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="624"/>
        <source>Created anyway</source>
        <translation>Créée quand même</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="625"/>
        <source>Skipped: likely a duplicate</source>
        <translation>Ignorée: doublon probable</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="626"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="671"/>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="672"/>
        <source>Every row is checked with the rules of the forms. A file is imported whole or not at all: fix the rows with problems in the file, save it, then choose Check again.</source>
        <translation>Chaque ligne est vérifiée selon les règles des formulaires. Un fichier est importé en entier ou pas du tout: corrigez dans le fichier les lignes qui posent problème, enregistrez-le, puis choisissez Revérifier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="676"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="680"/>
        <source>Show only rows with &amp;problems or likely duplicates</source>
        <translation>Afficher uniquement les lignes avec des pro&amp;blèmes ou des doublons probables</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="684"/>
        <source>S&amp;kip all likely duplicates</source>
        <translation>I&amp;gnorer tous les doublons probables</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="687"/>
        <source>Create all any&amp;way</source>
        <translation>Tout créer q&amp;uand même</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="690"/>
        <source>Check &amp;again</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="692"/>
        <source>Read the file again (after fixing it) and check every row.</source>
        <translation>Relire le fichier (après correction) et vérifier chaque ligne.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="747"/>
        <source>The columns of the file changed: go Back and match them again.</source>
        <translation>Les colonnes du fichier ont changé: revenez en arrière (Précédent) et associez-les de nouveau.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="781"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="807"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n ligne peut être importée.</numerusform>
            <numerusform>%n lignes peuvent être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="811"/>
        <source>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>Lignes avec des problèmes: %n. Rien ne peut être importé tant qu&apos;elle n&apos;est pas corrigée dans le fichier.</numerusform>
            <numerusform>Lignes avec des problèmes: %n. Rien ne peut être importé tant qu&apos;elles ne sont pas corrigées dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="815"/>
        <source>No row has a problem.</source>
        <translation>Aucune ligne ne pose problème.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="818"/>
        <source>%n row(s) look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</source>
        <translation>
            <numerusform>%n ligne ressemble à une organisation déjà présente dans le registre ou créée par une ligne précédente (en jaune): elle est ignorée, sauf si vous cochez «&#xa0;Créer quand même&#xa0;».</numerusform>
            <numerusform>%n lignes ressemblent à une organisation déjà présente dans le registre ou créée par une ligne précédente (en jaune): elles sont ignorées, sauf si vous cochez «&#xa0;Créer quand même&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="822"/>
        <source>Skipped now: %n.</source>
        <translation>
            <numerusform>Ligne actuellement ignorée: %n.</numerusform>
            <numerusform>Lignes actuellement ignorées: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="825"/>
        <source>%n cell(s) start like a spreadsheet formula (=, +, -, @): they are imported as text.</source>
        <translation>
            <numerusform>%n cellule commence comme une formule de tableur (=, +, -, @): elle est importée comme texte.</numerusform>
            <numerusform>%n cellules commencent comme une formule de tableur (=, +, -, @): elles sont importées comme texte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="858"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="859"/>
        <source>The rows are written in one step: all of them, or none.</source>
        <translation>Les lignes sont écrites en une seule fois: toutes, ou aucune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="889"/>
        <source>Importing %n row(s)… Cancel stops the import and leaves the data as it was.</source>
        <translation>
            <numerusform>Importation de %n ligne… Annuler interrompt l&apos;importation et laisse les données inchangées.</numerusform>
            <numerusform>Importation de %n lignes… Annuler interrompt l&apos;importation et laisse les données inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="913"/>
        <source>Imported into %1: %2 created, %3 updated, %4 unchanged. Edit ▸ Undo takes the whole import back.</source>
        <translation>Importé dans %1: %2 fiches créées, %3 mises à jour, %4 inchangées. Édition ▸ Annuler annule toute l&apos;importation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="921"/>
        <source>%n likely duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n doublon probable ignoré.</numerusform>
            <numerusform>%n doublons probables ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="934"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;importation a été annulée: rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="936"/>
        <source>Nothing was imported: %n row(s) broke a rule (the data changed since the rows were checked). Run the import again to see them.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé: %n ligne enfreint une règle (les données ont changé depuis la vérification). Relancez l&apos;importation pour la voir.</numerusform>
            <numerusform>Rien n&apos;a été importé: %n lignes enfreignent une règle (les données ont changé depuis la vérification). Relancez l&apos;importation pour les voir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="940"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="399"/>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="404"/>
        <source>Grants are counted in US dollars with these rates: US dollars for one unit of each currency. They are kept in this data folder only, and every report states their date and source.</source>
        <translation>Les subventions sont comptées en dollars des États-Unis à ces taux: dollars des États-Unis pour une unité de chaque monnaie. Ils sont conservés uniquement dans ce dossier de données, et chaque rapport en indique la date et la source.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="412"/>
        <source>e.g. UN operational rates of exchange, treasury.un.org, June 2011</source>
        <translation>p. ex. taux de change opérationnels de l&apos;ONU, treasury.un.org, juin 2011</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="416"/>
        <source>Rates &amp;as of:</source>
        <translation>Taux &amp;au:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="418"/>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>US dollars per unit</source>
        <translation>Dollars des États-Unis par unité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="430"/>
        <source>Currency: its three-letter ISO code (EUR). Rate: how many US dollars one unit is worth (1.08).</source>
        <translation>Monnaie: son code ISO à trois lettres (EUR). Taux: valeur d&apos;une unité en dollars des États-Unis (1.08).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="432"/>
        <source>A&amp;dd currency</source>
        <translation>A&amp;jouter une monnaie</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="435"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="438"/>
        <source>Restore &amp;shipped rates</source>
        <translation>Rétablir les taux &amp;d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="440"/>
        <source>Put back the rates that came with the application (saved when you press Save)</source>
        <translation>Rétablir les taux fournis avec l&apos;application (enregistrés lorsque vous appuyez sur Enregistrer)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="495"/>
        <source>The rates could not be read: %1</source>
        <translation>Les taux n&apos;ont pas pu être lus: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="502"/>
        <source>The rates were not saved: %1</source>
        <translation>Les taux n&apos;ont pas été enregistrés: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="511"/>
        <source>The shipped rates are shown: press Save to use them.</source>
        <translation>Les taux d&apos;origine sont affichés: appuyez sur Enregistrer pour les utiliser.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="545"/>
        <source>Give the date of the rates.</source>
        <translation>Indiquez la date des taux.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="548"/>
        <source>Say where the rates come from.</source>
        <translation>Indiquez la source des taux.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="557"/>
        <source>Line %1: “%2” is not a currency code (three letters, e.g. EUR).</source>
        <translation>Ligne %1: «&#xa0;%2&#xa0;» n&apos;est pas un code de monnaie (trois lettres, p. ex. EUR).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="562"/>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Ligne %1: %2 figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="567"/>
        <source>Line %1: the rate of %2 must be a number above zero (US dollars for one %2).</source>
        <translation>Ligne %1: le taux de %2 doit être un nombre supérieur à zéro (dollars des États-Unis pour 1 %2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="572"/>
        <source>Line %1: one US dollar is worth 1 US dollar.</source>
        <translation>Ligne %1: un dollar des États-Unis vaut 1 dollar des États-Unis.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="600"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="441"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="326"/>
        <source>Indicator</source>
        <extracomment>Unicode&apos;s first-strong isolate and its end: a name inside them is laid out in its own direction (an Arabic name right to left, its acronym in brackets on its left) whatever the direction of the table. The order the table shows some sections&apos; columns in (the others: as computed): the most engaged organizations&apos; representatives under the meetings&apos; representatives, their activities in a column as narrow as theirs, so that the table keeps the width of its figures at 1024×600.</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="454"/>
        <source>Converted with the rates as of %1 (%2).</source>
        <translation>Converti aux taux du %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="466"/>
        <source>Not computable: nothing to count it on, or a currency without a rate.</source>
        <translation>Incalculable: rien sur quoi le compter, ou monnaie sans taux.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="469"/>
        <source>Double-click or press Enter to list the records behind it.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour lister les fiches correspondantes.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="471"/>
        <source>Double-click or press Enter to open the organization.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;organisation.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="171"/>
        <source>All time</source>
        <extracomment>How long the page waits after a change of filter or data before computing again (ms). Characters a filter drop-down shows at its narrowest (its list shows entries whole). Tables whose changes can change the report. The export formats, in the order of the Export menu. The least width of the table&apos;s names (pixels; a longer name is elided, whole in its tooltip). The most characters a text column of the table (an organization&apos;s country) is sized for. The headline figures of the strip, in order (``Report.totals`` keys).</extracomment>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="172"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="173"/>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="692"/>
        <source>Ta&amp;ble</source>
        <extracomment>Exports are written here, beside the database worker (they need no database). Each figure column&apos;s width: what its figures need, and with its text whole.</extracomment>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="693"/>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="694"/>
        <source>&amp;Map</source>
        <translation>Car&amp;te</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="752"/>
        <source>The period: an activity counts when it starts in it; an organization is engaged when it took part in, or co-organized, such an activity.</source>
        <translation>La période: une activité est comptée si elle commence pendant celle-ci; une organisation est mobilisée si elle a participé à une telle activité ou l&apos;a coorganisée.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="757"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="758"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="760"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="761"/>
        <source>Any region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="762"/>
        <source>Organizations based in this UN M49 region or sub-region (activities held there, in the table by region)</source>
        <translation>Organisations établies dans cette région ou sous-région M49 de l&apos;ONU (activités qui s&apos;y sont tenues, dans le tableau par région)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="766"/>
        <source>Any thematic area</source>
        <translation>Tous les domaines thématiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="767"/>
        <source>Organizations working on it, activities on it; a thematic area includes its sub-themes</source>
        <translation>Organisations qui y travaillent, activités qui y sont consacrées; un domaine thématique comprend ses sous-thèmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="770"/>
        <source>Any network</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="771"/>
        <source>Organizations that belong to this network</source>
        <translation>Organisations membres de ce réseau</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="774"/>
        <source>Any office</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="775"/>
        <source>Activities this UNODC office organized</source>
        <translation>Activités organisées par ce bureau de l&apos;ONUDC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="776"/>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="778"/>
        <source>All time, no filter</source>
        <translation>Toute la période, sans filtre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="782"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="783"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="784"/>
        <source>&amp;Thematic area:</source>
        <translation>&amp;Domaine thématique:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="785"/>
        <source>Net&amp;work:</source>
        <translation>Rése&amp;au:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="786"/>
        <source>&amp;Office:</source>
        <translation>B&amp;ureau:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="797"/>
        <source>%1: type a date or press F4 for a calendar; empty: no limit.</source>
        <translation>%1: saisissez une date ou appuyez sur F4 pour afficher un calendrier; vide: sans limite.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="812"/>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="824"/>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="817"/>
        <source>Organizations based in this country: type its name in any UN language, or its code; or click it on the map</source>
        <translation>Organisations établies dans ce pays: saisissez son nom dans l&apos;une des langues de l&apos;ONU, ou son code; ou cliquez dessus sur la carte</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="843"/>
        <source>Exchange r&amp;ates…</source>
        <translation>Taux de &amp;change…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="845"/>
        <source>The US-dollar rates grants are converted with: their date and source, to edit</source>
        <translation>Les taux de conversion des subventions en dollars des États-Unis: leur date et leur source, à modifier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="848"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="850"/>
        <source>Save this report as a PDF, an Excel workbook, a CSV table or JSON</source>
        <translation>Enregistrer ce rapport au format PDF, classeur Excel, tableau CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;PDF report (A4)…</source>
        <translation>Rapport &amp;PDF (A4)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;Excel workbook…</source>
        <translation>Classeur &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;CSV table…</source>
        <translation>Tableau &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;JSON (for other programs)…</source>
        <translation>&amp;JSON (pour d&apos;autres programmes)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="876"/>
        <source>Open fol&amp;der</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="879"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="898"/>
        <source>Organizations engaged</source>
        <translation>Organisations mobilisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="899"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="900"/>
        <source>Unique people</source>
        <translation>Personnes distinctes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="901"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="902"/>
        <source>Member States in joint activities</source>
        <translation>États Membres dans des activités conjointes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="903"/>
        <source>From developing countries</source>
        <translation>De pays en développement</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="904"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="962"/>
        <source>Organizations engaged, by their country</source>
        <translation>Organisations mobilisées, par pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="965"/>
        <source>Activities, by where they were held</source>
        <translation>Activités, par lieu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="972"/>
        <source>Click a country to report on it alone; click it again for every country.</source>
        <translation>Cliquez sur un pays pour limiter le rapport à ce pays; cliquez de nouveau pour revenir à tous les pays.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="999"/>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1042"/>
        <source>Not a date: the period keeps its last date.</source>
        <translation>Date non valide: la période garde sa dernière date.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1063"/>
        <source>No country is called “%1”: every country is counted.</source>
        <translation>Aucun pays ne s&apos;appelle «&#xa0;%1&#xa0;»: tous les pays sont comptés.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1186"/>
        <source>The report could not be computed.</source>
        <translation>Le rapport n&apos;a pas pu être calculé.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1187"/>
        <source>The report could not be computed: %1</source>
        <translation>Le rapport n&apos;a pas pu être calculé: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1190"/>
        <source>The figures below are those of the last report computed.</source>
        <translation>Les chiffres ci-dessous sont ceux du dernier rapport calculé.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1205"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1207"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1220"/>
        <source>Nothing in this period and these filters: no organization took part in an activity that starts in it. Choose “All time” or clear some filters.</source>
        <translation>Rien pour cette période et ces filtres: aucune organisation n&apos;a participé à une activité commençant pendant la période. Choisissez «&#xa0;Toute la période&#xa0;» ou supprimez des filtres.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1227"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>inconnue (jamais synchronisé, rien d&apos;enregistré)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1228"/>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1230"/>
        <source>this computer holds: %1</source>
        <translation>cet ordinateur contient: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1236"/>
        <source>The figures count the records on this computer as they were at the last sync with headquarters (or, never synced, at the last change saved here).</source>
        <translation>Les chiffres portent sur les fiches de cet ordinateur telles qu&apos;elles étaient à la dernière synchronisation avec le Siège (ou, en l&apos;absence de synchronisation, à la dernière modification enregistrée ici).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1240"/>
        <source>This computer holds the organizations of: %1. The filters above choose among them.</source>
        <translation>Cet ordinateur contient les organisations de: %1. Les filtres ci-dessus opèrent un choix parmi elles.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1334"/>
        <source>%1 not recorded</source>
        <translation>%1 non renseigné</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1338"/>
        <source>%1 by name</source>
        <translation>%1 nommément</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1487"/>
        <source>all time</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1488"/>
        <source>Looking Beyond report %1</source>
        <translation>Rapport Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1495"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1496"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1498"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1534"/>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>StepDateDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="83"/>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="106"/>
        <source>Mark as %1</source>
        <extracomment>The date a step&apos;s date cannot precede (domain/validation.py: _grant&apos;s in_order rules).</extracomment>
        <translation>Marquer comme %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="88"/>
        <source>On which date was this step taken?</source>
        <translation>À quelle date cette étape a-t-elle été franchie?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="121"/>
        <source>Type a date, or press F4 to pick one from a calendar.</source>
        <translation>Saisissez une date ou appuyez sur F4 pour la choisir dans un calendrier.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="123"/>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="125"/>
        <source>The date cannot be before the previous step (%1).</source>
        <translation>La date ne peut pas être antérieure à l&apos;étape précédente (%1).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="554"/>
        <source>Synchronisation with headquarters</source>
        <translation>Synchronisation avec le Siège</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="568"/>
        <source>Reset and reconcile again…</source>
        <translation>Réinitialiser et rapprocher de nouveau…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="571"/>
        <source>Ask headquarters for everything again and compare it with what is here.</source>
        <translation>Redemander toutes les données au Siège et les comparer avec celles de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="606"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="615"/>
        <source>Server:</source>
        <translation>Serveur:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="616"/>
        <source>Last successful sync:</source>
        <translation>Dernière synchronisation réussie:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="617"/>
        <source>Waiting to be sent:</source>
        <translation>En attente d&apos;envoi:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="618"/>
        <source>Conflicts:</source>
        <translation>Conflits:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="619"/>
        <source>Last problem:</source>
        <translation>Dernier problème:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="623"/>
        <source>This application:</source>
        <translation>Cette application:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="625"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="629"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="651"/>
        <source>Sync by file</source>
        <translation>Synchronisation par fichier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="654"/>
        <source>No connection here? Write a file for headquarters, carry it there (a USB stick, or a colleague who travels), and read the reply headquarters gives you.</source>
        <translation>Pas de connexion ici ? Écrivez un fichier pour le Siège, faites-le parvenir là-bas (sur une clé USB, ou par un collègue qui s&apos;y rend) et lisez la réponse que le Siège vous remet.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="658"/>
        <source>Write a File for Headquarters…</source>
        <translation>Écrire un fichier pour le Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="662"/>
        <source>Put the changes waiting to be sent, and what this computer asks of headquarters, in one sealed file.</source>
        <translation>Mettre dans un seul fichier scellé les modifications en attente d&apos;envoi et ce que cet ordinateur demande au Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="665"/>
        <source>Read a Reply from Headquarters…</source>
        <translation>Lire une réponse du Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="669"/>
        <source>Read the reply headquarters made for a file from this computer.</source>
        <translation>Lire la réponse que le Siège a faite à un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="697"/>
        <source>Log in to headquarters</source>
        <translation>Connexion au Siège</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="700"/>
        <source>Connect this computer once with your headquarters account. The password is not kept: headquarters gives this computer a key that stays in the system keyring.</source>
        <translation>Connectez cet ordinateur une fois pour toutes avec votre compte du Siège. Le mot de passe n&apos;est pas conservé: le Siège remet à cet ordinateur une clef qui reste dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="706"/>
        <source>https://headquarters.example.org</source>
        <translation>https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="716"/>
        <source>e.g. NAIROBI-LAPTOP-2</source>
        <translation>p. ex. NAIROBI-PORTABLE-2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="718"/>
        <source>Colleagues see your changes in History, Trash and Conflicts under your user name and this computer&apos;s name: choose one they will recognise.</source>
        <translation>Vos collègues voient vos modifications dans Historique, Corbeille et Conflits sous votre nom d&apos;utilisateur et le nom de cet ordinateur: choisissez un nom qu&apos;ils reconnaîtront.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="720"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="725"/>
        <source>Server address:</source>
        <translation>Adresse du serveur:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="726"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="727"/>
        <source>This &amp;computer&apos;s name:</source>
        <translation>Nom de cet &amp;ordinateur:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="728"/>
        <source>Password:</source>
        <translation>Mot de passe:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="739"/>
        <source>Could not sync</source>
        <translation>Échecs de synchronisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="748"/>
        <source>Grouped by reason. Open shows the record; Retry sends the change again at the next sync once the reason is dealt with (for example your rights were extended); Discard gives it up and keeps the values on the Conflicts page, where they can be sent again later.</source>
        <translation>Regroupés par motif. Ouvrir affiche la fiche; Réessayer renvoie la modification à la prochaine synchronisation une fois le motif traité (par exemple si vos droits ont été étendus); Abandonner y renonce et conserve les valeurs dans la page Conflits, d&apos;où elles pourront être renvoyées plus tard.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="774"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="776"/>
        <source>Show the selected record in its page (Enter).</source>
        <translation>Afficher la fiche sélectionnée dans sa page (Entrée).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="778"/>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="781"/>
        <source>Give up the selected changes (Delete). Their values stay on the Conflicts page, where they can be sent again.</source>
        <translation>Renoncer aux modifications sélectionnées (Suppr). Leurs valeurs restent dans la page Conflits, d&apos;où elles peuvent être renvoyées.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="784"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="786"/>
        <source>Send the selected changes again (all of them when none is selected).</source>
        <translation>Renvoyer les modifications sélectionnées (toutes si aucune n&apos;est sélectionnée).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="794"/>
        <source>Records headquarters sent that this version could not store. The rest of the sync went on; a corrected version from headquarters replaces them by itself.</source>
        <translation>Fiches envoyées par le Siège que cette version n&apos;a pas pu stocker. Le reste de la synchronisation s&apos;est poursuivi; une version corrigée envoyée par le Siège les remplacera automatiquement.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="830"/>
        <source>%1 as %2, from this computer (%3)</source>
        <translation>%1 en tant que %2, depuis cet ordinateur (%3)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="834"/>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="837"/>
        <source>Not connected yet: log in below.</source>
        <translation>Pas encore connecté: connectez-vous ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="839"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="840"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="842"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n à examiner</numerusform>
            <numerusform>%n à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="869"/>
        <source>Looking Beyond %1</source>
        <translation>Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="873"/>
        <source>%1 — a newer version, %2, is available.</source>
        <translation>%1 — une version plus récente, %2, est disponible.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="878"/>
        <source>Get it from %1</source>
        <translation>Téléchargez-la depuis %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="880"/>
        <source>Ask headquarters for it.</source>
        <translation>Demandez-la au Siège.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="891"/>
        <source>Headquarters did not accept %n change(s).</source>
        <translation>
            <numerusform>Le Siège n&apos;a pas accepté %n modification.</numerusform>
            <numerusform>Le Siège n&apos;a pas accepté %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="898"/>
        <source>See “Could not sync” below.</source>
        <translation>Voir «&#xa0;Échecs de synchronisation&#xa0;» ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="900"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1353"/>
        <source>%n record(s) from headquarters could not be stored here.</source>
        <translation>
            <numerusform>%n fiche reçue du Siège n&apos;a pas pu être stockée ici.</numerusform>
            <numerusform>%n fiches reçues du Siège n&apos;ont pas pu être stockées ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="902"/>
        <source>No problem</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="939"/>
        <source>an organization</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="940"/>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="941"/>
        <source>an activity</source>
        <translation>une activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="942"/>
        <source>a participation</source>
        <translation>une participation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="943"/>
        <source>a grant</source>
        <translation>une subvention</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="944"/>
        <source>a record</source>
        <translation>une fiche</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="948"/>
        <source>“%1” is missing</source>
        <translation>«&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="950"/>
        <source>“%1” is not valid</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="952"/>
        <source>“%1” could not be read</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="954"/>
        <source>it has a field this version does not know; installing the newest version may help</source>
        <translation>elle comporte un champ inconnu de cette version; installer la version la plus récente peut résoudre le problème</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="957"/>
        <source>it belongs to a record that never arrived</source>
        <translation>elle dépend d&apos;une fiche qui n&apos;est jamais arrivée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="959"/>
        <source>this version does not know that kind of record</source>
        <translation>cette version ne connaît pas ce type de fiche</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="961"/>
        <source>this computer&apos;s database refused it</source>
        <translation>la base de données de cet ordinateur l&apos;a refusée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="962"/>
        <source>Headquarters sent %1 this version could not store: %2</source>
        <translation>Le Siège a envoyé %1 que cette version n&apos;a pas pu stocker: %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1050"/>
        <source>Write a File for Headquarters</source>
        <translation>Écrire un fichier pour le Siège</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1051"/>
        <source>Sync files (*.lbsync)</source>
        <translation>Fichiers de synchronisation (*.lbsync)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1070"/>
        <source>Read a Reply from Headquarters</source>
        <translation>Lire une réponse du Siège</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1071"/>
        <source>Sync files (*.lbsync);;All files (*)</source>
        <translation>Fichiers de synchronisation (*.lbsync);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1088"/>
        <source>Type the server address, your user name and your password.</source>
        <translation>Saisissez l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1092"/>
        <source>Give this computer a name that colleagues will recognise, e.g. NAIROBI-LAPTOP-2.</source>
        <translation>Donnez à cet ordinateur un nom que vos collègues reconnaîtront, p. ex. NAIROBI-PORTABLE-2.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1215"/>
        <source>Connecting to headquarters…</source>
        <translation>Connexion au Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1107"/>
        <source>This computer is now connected to headquarters.</source>
        <translation>Cet ordinateur est maintenant connecté au Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1108"/>
        <source>Connected as %1. The first sync starts now.</source>
        <translation>Connecté en tant que %1. La première synchronisation commence.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1120"/>
        <source>Ask headquarters for all the data again and reconcile it with this computer? Your changes not yet sent are kept and sent as usual. This can take a while on a slow connection.</source>
        <translation>Redemander toutes les données au Siège et les rapprocher de celles de cet ordinateur? Vos modifications non encore envoyées sont conservées et envoyées normalement. Cela peut prendre du temps avec une connexion lente.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1123"/>
        <source>Reset and reconcile again</source>
        <translation>Réinitialiser et rapprocher de nouveau</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1131"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1377"/>
        <source>Many records would be deleted</source>
        <translation>De nombreuses fiches seraient supprimées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1132"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1379"/>
        <source>Headquarters&apos; changes would delete %1 of the %2 records on this computer. Nothing has been changed yet.</source>
        <translation>Les modifications du Siège supprimeraient %1 des %2 fiches de cet ordinateur. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1135"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1385"/>
        <source>Apply these deletions? Choose No if this looks wrong, and ask the Civil Society Team.</source>
        <translation>Appliquer ces suppressions? Choisissez Non si cela semble anormal, et adressez-vous à l&apos;Équipe de la société civile.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1180"/>
        <source>Discard the change to “%1” that headquarters did not accept? The record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>Abandonner la modification de «&#xa0;%1&#xa0;» que le Siège n&apos;a pas acceptée? La fiche reviendra à la version du Siège à la prochaine synchronisation (ou ira dans la corbeille si le Siège ne l&apos;a jamais reçue). Les valeurs restent dans la page Conflits, d&apos;où elles peuvent être renvoyées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1186"/>
        <source>Discard the changes to %n record(s) that headquarters did not accept? Each record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>
            <numerusform>Abandonner les modifications de %n fiche que le Siège n&apos;a pas acceptées? La fiche reviendra à la version du Siège à la prochaine synchronisation (ou ira dans la corbeille si le Siège ne l&apos;a jamais reçue). Les valeurs restent dans la page Conflits, d&apos;où elles peuvent être renvoyées.</numerusform>
            <numerusform>Abandonner les modifications de %n fiches que le Siège n&apos;a pas acceptées? Chaque fiche reviendra à la version du Siège à la prochaine synchronisation (ou ira dans la corbeille si le Siège ne l&apos;a jamais reçue). Les valeurs restent dans la page Conflits, d&apos;où elles peuvent être renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1192"/>
        <source>Discard refused changes</source>
        <translation>Abandonner les modifications refusées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1222"/>
        <source>Cancelling after the current round trip…</source>
        <translation>Annulation après l&apos;échange en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1228"/>
        <source>Round trip %1, %n record(s) received</source>
        <translation>
            <numerusform>Échange %1, %n fiche reçue</numerusform>
            <numerusform>Échange %1, %n fiches reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1235"/>
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>%n fiche envoyée</numerusform>
            <numerusform>%n fiches envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1236"/>
        <source>received %n record(s)</source>
        <translation>
            <numerusform>%n fiche reçue</numerusform>
            <numerusform>%n fiches reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1238"/>
        <source>%n new conflict(s) to review</source>
        <translation>
            <numerusform>%n nouveau conflit à examiner</numerusform>
            <numerusform>%n nouveaux conflits à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1240"/>
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n modification refusée</numerusform>
            <numerusform>%n modifications refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1242"/>
        <source>%n record(s) from headquarters could not be stored here</source>
        <translation>
            <numerusform>%n fiche reçue du Siège n&apos;a pas pu être stockée ici</numerusform>
            <numerusform>%n fiches reçues du Siège n&apos;ont pas pu être stockées ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1246"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1346"/>
        <source>%n record(s) left this office&apos;s scope and were removed from this computer.</source>
        <translation>
            <numerusform>%n fiche ne relève plus de ce bureau et a été retirée de cet ordinateur.</numerusform>
            <numerusform>%n fiches ne relèvent plus de ce bureau et ont été retirées de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1249"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1349"/>
        <source>Headquarters erased the personal data of %n person(s) at their request: removed from this computer too.</source>
        <translation>
            <numerusform>Le siège a effacé à sa demande les données personnelles de %n personne : retirées aussi de cet ordinateur.</numerusform>
            <numerusform>Le siège a effacé à leur demande les données personnelles de %n personnes : retirées aussi de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1276"/>
        <source>Writing the file for headquarters…</source>
        <translation>Écriture du fichier pour le Siège…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1277"/>
        <source>Reading the reply from headquarters…</source>
        <translation>Lecture de la réponse du Siège…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1289"/>
        <source>The file carries %n changed record(s) made on this computer, and asks headquarters for what changed since this computer last heard from it.</source>
        <translation>
            <numerusform>Le fichier contient %n fiche modifiée sur cet ordinateur et demande au Siège ce qui a changé depuis son dernier échange avec cet ordinateur.</numerusform>
            <numerusform>Le fichier contient %n fiches modifiées sur cet ordinateur et demande au Siège ce qui a changé depuis son dernier échange avec cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1293"/>
        <source>The file carries no changes (nothing is waiting to be sent); it asks headquarters for what changed since this computer last heard from it.</source>
        <translation>Le fichier ne contient aucune modification (rien n&apos;attend d&apos;être envoyé) ; il demande au Siège ce qui a changé depuis son dernier échange avec cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1298"/>
        <source>It also carries %n conflict(s) settled here.</source>
        <translation>
            <numerusform>Il contient aussi %n conflit réglé ici.</numerusform>
            <numerusform>Il contient aussi %n conflits réglés ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1301"/>
        <source>%n further change(s) did not fit: they go in the next file.</source>
        <translation>
            <numerusform>%n autre modification n&apos;a pas tenu dans ce fichier : elle ira dans le suivant.</numerusform>
            <numerusform>%n autres modifications n&apos;ont pas tenu dans ce fichier : elles iront dans le suivant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1303"/>
        <source>It is sealed for headquarters: nobody else can read it, and any change to it is detected. The changes stay “not sent” until the reply is read here.</source>
        <translation>Il est scellé pour le Siège : personne d&apos;autre ne peut le lire, et toute altération est détectée. Les modifications restent « non envoyées » jusqu&apos;à ce que la réponse soit lue ici.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1307"/>
        <source>Written to %1 (%2 KB).</source>
        <translation>Écrit dans %1 (%2 Ko).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1310"/>
        <source>Next: carry it to headquarters. There it is read with “%1” or on headquarters&apos; %2 page. Bring back the reply it gives and choose “Read a Reply from Headquarters…”.</source>
        <translation>Ensuite : faites-le parvenir au Siège. Il y est lu avec « %1 » ou sur la page %2 du Siège. Rapportez la réponse obtenue et choisissez « Lire une réponse du Siège… ».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1327"/>
        <source>Every change made here has reached headquarters.</source>
        <translation>Toutes les modifications faites ici sont parvenues au Siège.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1329"/>
        <source>%n change(s) made here are still waiting to be sent.</source>
        <translation>
            <numerusform>%n modification faite ici attend encore d&apos;être envoyée.</numerusform>
            <numerusform>%n modifications faites ici attendent encore d&apos;être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1332"/>
        <source>This reply was read on this computer before; nothing changed.</source>
        <translation>Cette réponse a déjà été lue sur cet ordinateur ; rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1334"/>
        <source>Read the reply headquarters made on %1.</source>
        <translation>Réponse du Siège du %1 lue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1336"/>
        <source>Received %n record(s)</source>
        <translation>
            <numerusform>%n fiche reçue</numerusform>
            <numerusform>%n fiches reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1338"/>
        <source>%n value(s) corrected by headquarters</source>
        <translation>
            <numerusform>%n valeur corrigée par le Siège</numerusform>
            <numerusform>%n valeurs corrigées par le Siège</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1341"/>
        <source>Headquarters refused %n change(s): see “Could not sync” below.</source>
        <translation>
            <numerusform>Le Siège a refusé %n modification : voir « Échecs de synchronisation » ci-dessous.</numerusform>
            <numerusform>Le Siège a refusé %n modifications : voir « Échecs de synchronisation » ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1344"/>
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflit à examiner.</numerusform>
            <numerusform>%n conflits à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1357"/>
        <source>Headquarters has more for this computer: write a new file and carry it there again.</source>
        <translation>Le Siège a encore des données pour cet ordinateur : écrivez un nouveau fichier et faites-le parvenir au Siège à nouveau.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1383"/>
        <source>Headquarters&apos; reply would delete many of the records on this computer. Nothing has been changed yet.</source>
        <translation>La réponse du Siège supprimerait un grand nombre des fiches de cet ordinateur. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1402"/>
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n minute.</numerusform>
            <numerusform>Nouvel essai dans %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_worker.py" line="301"/>
        <source>This data folder holds demo data, which must never reach headquarters, so it cannot be connected to headquarters or synced. Keep it for trying the application. For real work, start a new data folder: File &gt; New data folder… (or run: lookingbeyond gui --data-dir NEW_FOLDER), then log in there.</source>
        <extracomment>Codes after which the device must log in again (its token is missing or no longer valid).</extracomment>
        <translation>Ce dossier contient des données de démonstration, qui ne doivent jamais parvenir au Siège: il ne peut donc être ni connecté au Siège ni synchronisé. Conservez-le pour essayer l&apos;application. Pour le travail réel, créez un nouveau dossier de données: Fichier &gt; Nouveau dossier de données… (ou exécutez: lookingbeyond gui --data-dir NOUVEAU_DOSSIER), puis connectez-vous depuis ce dossier.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="45"/>
        <source>Where</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="51"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="67"/>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="93"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="105"/>
        <source>%n deleted record(s). Restoring an organization or an activity also brings back the contacts or participants deleted with it.</source>
        <translation>
            <numerusform>%n fiche supprimée. Restaurer une organisation ou une activité rétablit aussi les contacts ou participants supprimés avec elle.</numerusform>
            <numerusform>%n fiches supprimées. Restaurer une organisation ou une activité rétablit aussi les contacts ou participants supprimés avec elle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="121"/>
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restaurer %n fiche</numerusform>
            <numerusform>Restaurer %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="129"/>
        <source>Restore %n record(s)?</source>
        <translation>
            <numerusform>Restaurer %n fiche?</numerusform>
            <numerusform>Restaurer %n fiches?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldMapWidget</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="567"/>
        <source>World map</source>
        <extracomment>The open sea of the South Pacific, west of South America, as shares of the frame&apos;s width and height from its lower-left corner: where the legend covers no land. ISO alpha-2 code of the country picked, &quot;&quot; when the pick is cleared.</extracomment>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="662"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="663"/>
        <source>%n organization(s) engaged</source>
        <translation>
            <numerusform>%n organisation mobilisée</numerusform>
            <numerusform>%n organisations mobilisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="664"/>
        <source>%n activity(ies) held</source>
        <translation>
            <numerusform>%n activité tenue</numerusform>
            <numerusform>%n activités tenues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="715"/>
        <source>Activities held</source>
        <translation>Activités tenues</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="716"/>
        <source>Organizations engaged</source>
        <translation>Organisations mobilisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="829"/>
        <source>Countries coloured by the number of activities held there.</source>
        <translation>Pays colorés selon le nombre d&apos;activités qui s&apos;y sont tenues.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="831"/>
        <source>Countries coloured by the number of organizations engaged there.</source>
        <translation>Pays colorés selon le nombre d&apos;organisations mobilisées qui y sont établies.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="833"/>
        <source>Arrow keys go from country to country, Enter filters the report by one, Escape clears the filter.</source>
        <translation>Les touches fléchées passent d&apos;un pays à l&apos;autre, Entrée filtre le rapport sur un pays, Échap efface le filtre.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="142"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="178"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="183"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="188"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="238"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="263"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="354"/>
        <source>Looking Beyond</source>
        <extracomment>When set, the application prints the seconds from start to the first rows and quits (the startup benchmark reads it). When set to a file name (.png), the application also saves a picture of its window there once the first rows are shown, then quits (installer/test-deb-in-clean-root.sh reads it). The languages of the interface: the code of their translation file → their name in themselves (what the Language menu shows). &quot;&quot; is the system&apos;s language. QSettings key: the language chosen in File &gt; Language (&quot;&quot; or absent: the system&apos;s). Overrides the chosen language (a code of LANGUAGES), e.g. for screenshots. QSettings key: the data folder last opened from File &gt; Open / New data folder, opened again when no folder is named (``--data-dir`` or ``$LOOKINGBEYOND_DATA_DIR``).</extracomment>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="171"/>
        <source>New data folder: choose or make an empty folder</source>
        <translation>Nouveau dossier de données: choisissez ou créez un dossier vide</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="172"/>
        <source>Open a data folder</source>
        <translation>Ouvrir un dossier de données</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="179"/>
        <source>This data folder is already open.</source>
        <translation>Ce dossier de données est déjà ouvert.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="183"/>
        <source>%1 already holds Looking Beyond data. Open it as it is?</source>
        <translation>%1 contient déjà des données Looking Beyond. L&apos;ouvrir tel quel?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="188"/>
        <source>There is no Looking Beyond data in %1. Start a new data folder there?</source>
        <translation>%1 ne contient pas de données Looking Beyond. Y créer un nouveau dossier de données?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="208"/>
        <source>Encrypting the data on this computer…</source>
        <translation>Chiffrement des données sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="301"/>
        <source>Backed up the data (%1 MB).</source>
        <translation>Données sauvegardées (%1 Mo).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="306"/>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="347"/>
        <source>Headquarters asked for this computer&apos;s copy of the registry to be erased. Everything it had not sent was received first. The data, its backups and logs, and the sign-in on this computer are now erased.</source>
        <translation>Le siège a demandé l’effacement de la copie du registre sur cet ordinateur. Tout ce qui n’avait pas été envoyé a d’abord été reçu. Les données, leurs sauvegardes et journaux, ainsi que la connexion sur cet ordinateur, sont maintenant effacés.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="352"/>
        <source>Headquarters could not be told yet; the data is erased all the same.</source>
        <translation>Le siège n’a pas encore pu être informé ; les données sont effacées quand même.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="generated_strings.py" line="202"/>
        <source>A record no longer on this computer</source>
        <translation>Fiche qui ne se trouve plus sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="203"/>
        <source>Deleted or not</source>
        <translation>Supprimée ou non</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="204"/>
        <source>whole record</source>
        <translation>fiche entière</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="205"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="206"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="207"/>
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="208"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="209"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="210"/>
        <source>changed in two places</source>
        <translation>modifié à deux endroits</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="211"/>
        <source>edited here, deleted elsewhere</source>
        <translation>modifiée ici, supprimée ailleurs</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="212"/>
        <source>deleted here, edited elsewhere</source>
        <translation>supprimée ici, modifiée ailleurs</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="213"/>
        <source>refused by headquarters, discarded</source>
        <translation>refusée par le Siège, abandonnée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="214"/>
        <source>From %1, %2</source>
        <translation>Par %1, %2</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="47"/>
        <source>same or similar name</source>
        <extracomment>The translation context of the reasons. Why two records look like one organization: code → English text (translate in CONTEXT).</extracomment>
        <translation>nom identique ou semblable</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="48"/>
        <source>name in another script</source>
        <translation>nom dans une autre écriture</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="49"/>
        <source>same acronym</source>
        <translation>même sigle</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="50"/>
        <source>same website domain</source>
        <translation>même domaine de site Web</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="51"/>
        <source>same e-mail domain</source>
        <translation>même domaine de courriel</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="52"/>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="53"/>
        <source>same registration number</source>
        <translation>même numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="54"/>
        <source>same city</source>
        <translation>même ville</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="103"/>
        <location filename="generated_strings.py" line="260"/>
        <source>Details are in the log: %1</source>
        <extracomment>The tables MainWindow.open_record can show. Records shown through the record they belong to: a participation in its activity, a person at their organization (table, column holding the owner&apos;s id, owner&apos;s table). Failures whose message says what went wrong and what to do (ui/errors.human_message): a person is not sent to the log for them.</extracomment>
        <translation>Les détails figurent dans le journal: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="253"/>
        <source>Something went wrong that the application did not expect. Your saved work is safe.</source>
        <translation>Une erreur inattendue s&apos;est produite. Le travail que vous avez enregistré est intact.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="254"/>
        <source>The disk is full, so this was not saved. Free some space on the disk, then try again: nothing already saved was lost.</source>
        <translation>Le disque est plein: l&apos;enregistrement n&apos;a donc pas été effectué. Libérez de l&apos;espace sur le disque, puis réessayez: rien de ce qui était déjà enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="255"/>
        <source>The database is busy with another program. Close it and try again.</source>
        <translation>La base de données est utilisée par un autre programme. Fermez celui-ci et réessayez.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="256"/>
        <source>Looking Beyond</source>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="257"/>
        <source>The record was not saved: %1</source>
        <translation>La fiche n&apos;a pas été enregistrée: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="258"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="259"/>
        <source>The disk could not be used: %1</source>
        <translation>Le disque n&apos;a pas pu être utilisé: %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="88"/>
        <location filename="generated_strings.py" line="174"/>
        <source>Record identifier</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="92"/>
        <location filename="generated_strings.py" line="175"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="90"/>
        <location filename="generated_strings.py" line="182"/>
        <source>Co-organizers</source>
        <translation>Coorganisateurs</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="91"/>
        <location filename="generated_strings.py" line="187"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="93"/>
        <location filename="generated_strings.py" line="188"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="94"/>
        <location filename="generated_strings.py" line="189"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="95"/>
        <location filename="generated_strings.py" line="190"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="96"/>
        <location filename="generated_strings.py" line="191"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="97"/>
        <location filename="generated_strings.py" line="192"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="98"/>
        <location filename="generated_strings.py" line="156"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="151"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="152"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="153"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="154"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="155"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="157"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="158"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="159"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="160"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="161"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="162"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="163"/>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="164"/>
        <source>Thematic areas</source>
        <translation>Domaines thématiques</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="165"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="166"/>
        <source>Regional lead organization</source>
        <translation>Organisation régionale chef de file</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="167"/>
        <source>RLO region</source>
        <translation>Région de la RLO</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="168"/>
        <source>ECOSOC status</source>
        <translation>Statut auprès de l&apos;ECOSOC</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="169"/>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="170"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="171"/>
        <source>Verified on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="172"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="173"/>
        <source>Merged into</source>
        <translation>Fusionnée dans</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="176"/>
        <source>Erased on</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="177"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="178"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="179"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="180"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="181"/>
        <source>Organizing office</source>
        <translation>Bureau organisateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="183"/>
        <source>Member States involved</source>
        <translation>États Membres concernés</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="184"/>
        <source>Intergovernmental meeting</source>
        <translation>Réunion intergouvernementale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="185"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="186"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="193"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="194"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="195"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="196"/>
        <source>Follows the meeting</source>
        <translation>Fait suite à la réunion</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="197"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="198"/>
        <source>Approved on</source>
        <translation>Approuvée le</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="199"/>
        <source>Disbursed on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="200"/>
        <source>Report received on</source>
        <translation>Rapport reçu le</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="201"/>
        <source>Activities paid for</source>
        <translation>Activités financées</translation>
    </message>
</context>
<context>
    <name>leave</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="29"/>
        <source>Save your changes to “%1”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;%1&#xa0;»?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="31"/>
        <source>Save this new record?</source>
        <translation>Enregistrer cette nouvelle fiche?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="32"/>
        <source>If you discard them, your changes are lost.</source>
        <translation>Si vous les abandonnez, vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="generated_strings.py" line="316"/>
        <source>Looking Beyond</source>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="317"/>
        <source>The data file of Looking Beyond is damaged, so the application cannot trust what it reads from it.</source>
        <translation>Le fichier de données de Looking Beyond est endommagé: l&apos;application ne peut donc pas se fier à ce qu&apos;elle y lit.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="318"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="319"/>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="320"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>La sauvegarde automatique a échoué; voir le journal.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="321"/>
        <source>An automatic backup from %1 is available. Restoring it brings back the data as it was then; the next sync fetches from headquarters what this computer had synced since. Edits made after the backup and not yet synced cannot be recovered. The damaged file is kept in the data folder, not deleted.</source>
        <translation>Une sauvegarde automatique datée du %1 est disponible. La restaurer rétablit les données telles qu&apos;elles étaient alors; la prochaine synchronisation récupérera auprès du Siège ce que cet ordinateur a synchronisé depuis. Les modifications faites après la sauvegarde et non encore synchronisées ne peuvent pas être récupérées. Le fichier endommagé est conservé dans le dossier de données; il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="322"/>
        <source>There is no usable backup in %1. Ask the Civil Society Team for help; the damaged file is left as it is.</source>
        <translation>Aucune sauvegarde utilisable ne se trouve dans %1. Demandez de l&apos;aide à l&apos;Équipe de la société civile; le fichier endommagé est laissé en l&apos;état.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="generated_strings.py" line="267"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="268"/>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="269"/>
        <source>Computer id: %1</source>
        <translation>Identifiant de l&apos;ordinateur: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="270"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location filename="generated_strings.py" line="41"/>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="42"/>
        <source>Northern Africa</source>
        <translation>Afrique septentrionale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="43"/>
        <source>Sub-Saharan Africa</source>
        <translation>Afrique subsaharienne</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="44"/>
        <source>Eastern Africa</source>
        <translation>Afrique orientale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="45"/>
        <source>Middle Africa</source>
        <translation>Afrique centrale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="46"/>
        <source>Southern Africa</source>
        <translation>Afrique australe</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="47"/>
        <source>Western Africa</source>
        <translation>Afrique occidentale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="48"/>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="49"/>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="50"/>
        <source>Caribbean</source>
        <translation>Caraïbes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="51"/>
        <source>Central America</source>
        <translation>Amérique centrale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="52"/>
        <source>South America</source>
        <translation>Amérique du Sud</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="53"/>
        <source>Northern America</source>
        <translation>Amérique septentrionale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="54"/>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="55"/>
        <source>Central Asia</source>
        <translation>Asie centrale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="56"/>
        <source>Eastern Asia</source>
        <translation>Asie orientale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="57"/>
        <source>South-eastern Asia</source>
        <translation>Asie du Sud-Est</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="58"/>
        <source>Southern Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="59"/>
        <source>Western Asia</source>
        <translation>Asie occidentale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="60"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="61"/>
        <source>Eastern Europe</source>
        <translation>Europe orientale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="62"/>
        <source>Northern Europe</source>
        <translation>Europe septentrionale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="63"/>
        <source>Channel Islands</source>
        <translation>Îles Anglo-Normandes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="64"/>
        <source>Southern Europe</source>
        <translation>Europe méridionale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="65"/>
        <source>Western Europe</source>
        <translation>Europe occidentale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="66"/>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="67"/>
        <source>Australia and New Zealand</source>
        <translation>Australie et Nouvelle-Zélande</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="68"/>
        <source>Melanesia</source>
        <translation>Mélanésie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="69"/>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="70"/>
        <source>Polynesia</source>
        <translation>Polynésie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="71"/>
        <source>Drugs and health</source>
        <translation>Drogues et santé</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="72"/>
        <source>Drug use prevention</source>
        <translation>Prévention de l&apos;usage de drogues</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="73"/>
        <source>Drug dependence treatment and care</source>
        <translation>Traitement et prise en charge de la dépendance aux drogues</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="74"/>
        <source>Rehabilitation and reintegration of people who use drugs</source>
        <translation>Réadaptation et réinsertion sociale des personnes qui consomment des drogues</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="75"/>
        <source>HIV/AIDS prevention and care</source>
        <translation>Prévention et prise en charge du VIH/sida</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="76"/>
        <source>Sustainable livelihoods and alternative development</source>
        <translation>Moyens de subsistance durables et développement alternatif</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="77"/>
        <source>Countering illicit drug trafficking</source>
        <translation>Lutte contre le trafic illicite de drogues</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="78"/>
        <source>Anti-corruption</source>
        <translation>Lutte contre la corruption</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="79"/>
        <source>Ratification and implementation of UNCAC</source>
        <translation>Ratification et application de la Convention contre la corruption</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="80"/>
        <source>UNCAC Review Mechanism</source>
        <translation>Mécanisme d&apos;examen de l&apos;application de la Convention contre la corruption</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="81"/>
        <source>Prevention of corruption, integrity and transparency</source>
        <translation>Prévention de la corruption, intégrité et transparence</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="82"/>
        <source>Judicial integrity and access to justice</source>
        <translation>Intégrité de la justice et accès à la justice</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="83"/>
        <source>Private sector integrity</source>
        <translation>Intégrité dans le secteur privé</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="84"/>
        <source>Asset recovery</source>
        <translation>Recouvrement d&apos;avoirs</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="85"/>
        <source>Crime prevention and criminal justice</source>
        <translation>Prévention du crime et justice pénale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="86"/>
        <source>Trafficking in persons</source>
        <translation>Traite des personnes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="87"/>
        <source>Smuggling of migrants</source>
        <translation>Trafic illicite de migrants</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="88"/>
        <source>Transnational organized crime</source>
        <translation>Criminalité transnationale organisée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="89"/>
        <source>Terrorism prevention</source>
        <translation>Prévention du terrorisme</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="90"/>
        <source>Small arms and firearms control</source>
        <translation>Contrôle des armes légères et des armes à feu</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="91"/>
        <source>Environmental crime</source>
        <translation>Criminalité portant atteinte à l&apos;environnement</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="92"/>
        <source>Crime prevention, including among youth</source>
        <translation>Prévention du crime, y compris chez les jeunes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="93"/>
        <source>Criminal justice and prison reform</source>
        <translation>Justice pénale et réforme pénitentiaire</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="94"/>
        <source>Victim and witness protection</source>
        <translation>Protection des victimes et des témoins</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="95"/>
        <source>Juvenile justice</source>
        <translation>Justice pour mineurs</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="96"/>
        <source>Vienna NGO Committee on Drugs</source>
        <translation>Comité des ONG de Vienne sur les stupéfiants</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="97"/>
        <source>Alliance of NGOs on Crime Prevention and Criminal Justice</source>
        <translation>Alliance des ONG pour la prévention du crime et la justice pénale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="98"/>
        <source>UNCAC Coalition</source>
        <translation>Coalition pour la Convention contre la corruption</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="99"/>
        <source>Transparency International national chapter</source>
        <translation>Section nationale de Transparency International</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="100"/>
        <source>UNODC Headquarters</source>
        <translation>Siège de l&apos;ONUDC</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="101"/>
        <source>New York Liaison Office</source>
        <translation>Bureau de liaison à New York</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="102"/>
        <source>Brussels Liaison Office</source>
        <translation>Bureau de liaison à Bruxelles</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="103"/>
        <source>Regional Office for Eastern Africa</source>
        <translation>Bureau régional pour l&apos;Afrique de l&apos;Est</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="104"/>
        <source>Regional Office for Southern Africa</source>
        <translation>Bureau régional pour l&apos;Afrique australe</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="105"/>
        <source>Regional Office for West and Central Africa</source>
        <translation>Bureau régional pour l&apos;Afrique de l&apos;Ouest et du Centre</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="106"/>
        <source>Regional Office for the Middle East and North Africa</source>
        <translation>Bureau régional pour le Moyen-Orient et l&apos;Afrique du Nord</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="107"/>
        <source>Regional Office for South Asia</source>
        <translation>Bureau régional pour l&apos;Asie du Sud</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="108"/>
        <source>Regional Centre for East Asia and the Pacific</source>
        <translation>Centre régional pour l&apos;Asie de l&apos;Est et le Pacifique</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="109"/>
        <source>Regional Office for Central Asia</source>
        <translation>Bureau régional pour l&apos;Asie centrale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="110"/>
        <source>Regional Office for the Russian Federation and Belarus</source>
        <translation>Bureau régional pour la Fédération de Russie et le Bélarus</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="111"/>
        <source>Regional Office for South-Eastern Europe</source>
        <translation>Bureau régional pour l&apos;Europe du Sud-Est</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="112"/>
        <source>Regional Office for Brazil and the Southern Cone</source>
        <translation>Bureau régional pour le Brésil et le cône Sud</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="113"/>
        <source>Regional Office for Mexico and Central America</source>
        <translation>Bureau régional pour le Mexique et l&apos;Amérique centrale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="114"/>
        <source>Regional Office for Central America and the Caribbean</source>
        <translation>Bureau régional pour l&apos;Amérique centrale et les Caraïbes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="115"/>
        <source>Country Office in Afghanistan</source>
        <translation>Bureau de pays en Afghanistan</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="116"/>
        <source>Country Office in Pakistan</source>
        <translation>Bureau de pays au Pakistan</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="117"/>
        <source>Country Office in the Islamic Republic of Iran</source>
        <translation>Bureau de pays en République islamique d&apos;Iran</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="118"/>
        <source>Country Office in Colombia</source>
        <translation>Bureau de pays en Colombie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="119"/>
        <source>Country Office in Peru</source>
        <translation>Bureau de pays au Pérou</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="120"/>
        <source>Country Office in Bolivia</source>
        <translation>Bureau de pays en Bolivie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="121"/>
        <source>Country Office in Nigeria</source>
        <translation>Bureau de pays au Nigéria</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="122"/>
        <source>Country Office in Guinea-Bissau</source>
        <translation>Bureau de pays en Guinée-Bissau</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="123"/>
        <source>Country Office in Myanmar</source>
        <translation>Bureau de pays au Myanmar</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="124"/>
        <source>Country Office in the Lao People&apos;s Democratic Republic</source>
        <translation>Bureau de pays en République démocratique populaire lao</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="125"/>
        <source>Country Office in Viet Nam</source>
        <translation>Bureau de pays au Viet Nam</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="126"/>
        <source>Country Office in Indonesia</source>
        <translation>Bureau de pays en Indonésie</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="127"/>
        <source>Commission on Narcotic Drugs, fifty-second session</source>
        <translation>Commission des stupéfiants, cinquante-deuxième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="128"/>
        <source>CND 52</source>
        <translation>CND 52</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="129"/>
        <source>Commission on Crime Prevention and Criminal Justice, eighteenth session</source>
        <translation>Commission pour la prévention du crime et la justice pénale, dix-huitième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="130"/>
        <source>CCPCJ 18</source>
        <translation>CCPCJ 18</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="131"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, third session</source>
        <translation>Conférence des États parties à la Convention des Nations Unies contre la corruption, troisième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="132"/>
        <source>CoSP 3</source>
        <translation>CoSP 3</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="133"/>
        <source>Commission on Narcotic Drugs, fifty-third session</source>
        <translation>Commission des stupéfiants, cinquante-troisième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="134"/>
        <source>CND 53</source>
        <translation>CND 53</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="135"/>
        <source>Twelfth United Nations Congress on Crime Prevention and Criminal Justice</source>
        <translation>Douzième Congrès des Nations Unies pour la prévention du crime et la justice pénale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="136"/>
        <source>12th Crime Congress</source>
        <translation>12e Congrès sur la criminalité</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="137"/>
        <source>Commission on Crime Prevention and Criminal Justice, nineteenth session</source>
        <translation>Commission pour la prévention du crime et la justice pénale, dix-neuvième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="138"/>
        <source>CCPCJ 19</source>
        <translation>CCPCJ 19</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="139"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, first session</source>
        <translation>Groupe d&apos;examen de l&apos;application de la Convention des Nations Unies contre la corruption, première session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="140"/>
        <source>IRG 1</source>
        <translation>IRG 1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="141"/>
        <source>Commission on Narcotic Drugs, fifty-fourth session</source>
        <translation>Commission des stupéfiants, cinquante-quatrième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="142"/>
        <source>CND 54</source>
        <translation>CND 54</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="143"/>
        <source>Commission on Crime Prevention and Criminal Justice, twentieth session</source>
        <translation>Commission pour la prévention du crime et la justice pénale, vingtième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="144"/>
        <source>CCPCJ 20</source>
        <translation>CCPCJ 20</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="145"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, second session</source>
        <translation>Groupe d&apos;examen de l&apos;application de la Convention des Nations Unies contre la corruption, deuxième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="146"/>
        <source>IRG 2</source>
        <translation>IRG 2</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="147"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, resumed second session</source>
        <translation>Groupe d&apos;examen de l&apos;application de la Convention des Nations Unies contre la corruption, reprise de la deuxième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="148"/>
        <source>IRG 2 (resumed)</source>
        <translation>IRG 2 (reprise)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="149"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, fourth session</source>
        <translation>Conférence des États parties à la Convention des Nations Unies contre la corruption, quatrième session</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="150"/>
        <source>CoSP 4</source>
        <translation>CoSP 4</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="61"/>
        <source>Organizations and representatives by meeting</source>
        <translation>Organisations et représentants par réunion</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="62"/>
        <source>Organizations engaged by region</source>
        <translation>Organisations mobilisées par région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="63"/>
        <source>The countries with the most organizations engaged</source>
        <translation>Pays comptant le plus d&apos;organisations mobilisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="64"/>
        <source>Organizations engaged by thematic area</source>
        <translation>Organisations mobilisées par domaine thématique</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="65"/>
        <source>Grants by status, in US dollars</source>
        <translation>Subventions par statut, en dollars des États-Unis</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="66"/>
        <source>Rates as of %1.</source>
        <translation>Taux au %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="67"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="207"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="919"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="942"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="984"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="106"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="68"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="884"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1007"/>
        <source>Representatives</source>
        <extracomment>Pages of memory the temporary tables may use (negative: KiB), the connection&apos;s own setting restored afterwards. SQLite&apos;s default, 2 MiB, makes them spill to a file. A further condition on the activities (``a``) when only some matter (a drill into one meeting&apos;s figures): first engagements are then not looked for. Every column of every section (and every headline count): (section, column) → Measure. Headline figures are under the section &quot;totals&quot;, in the row &quot;&quot;. :func:`drill` lists the records of one row; :func:`compute` counts them all at once (a few figures through quicker queries that give the same numbers: see ``_Fast``). The engagements in scope (org, act, reps) of a few organizations, ``chosen`` (a CTE of their ``k`` and ``id``: the candidates among the most engaged): read through the participations&apos; index by organization instead of over every participation; the same rows as ``rep_pall`` and ``rep_coorg`` hold for them. How many bits of the meetings and offices are counted at once (see ``_Fast``). How many organizations the section of the most engaged ones lists.</extracomment>
        <translation>Représentants</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="69"/>
        <source>US dollars</source>
        <translation>Dollars des États-Unis</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="70"/>
        <source>%1 — nothing to show</source>
        <translation>%1 — rien à afficher</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="71"/>
        <source>Amounts in %1 are left out: no exchange rate.</source>
        <translation>Les montants en %1 sont exclus: pas de taux de change.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="72"/>
        <source>Amounts in a currency without an exchange rate are left out.</source>
        <translation>Les montants dans une monnaie sans taux de change sont exclus.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="72"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <extracomment>Fill of the classes, lightest first: ColorBrewer &quot;Blues&quot; (9 classes) 3, 4, 5, 7 and 9; distinct on screen and in print, and readable by people with colour-vision deficiency. Fill of a country with no figure. The United Nations&apos; standard disclaimer for maps.</extracomment>
        <translation>Les frontières et les noms indiqués et les désignations employées sur cette carte n&apos;impliquent ni reconnaissance ni acceptation officielle de la part de l&apos;Organisation des Nations Unies.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="485"/>
        <source>None</source>
        <extracomment>Radius of the dot marking a country too small for the map&apos;s scale, in points. The disclaimer&apos;s type size, in points. The most lines the disclaimer wraps onto, and the most of the map&apos;s height it may take, before it is written on one line, elided, its full text in the map&apos;s tooltip. The smallest type of the legend, in points: below it a small map drops the legend.</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="60"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="104"/>
        <source>Organizations engaged</source>
        <extracomment>The headline figures, in the order they are shown: key → English label.</extracomment>
        <translation>Organisations mobilisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="61"/>
        <source>Representatives (counted at every event)</source>
        <translation>Représentants (comptés à chaque manifestation)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="62"/>
        <source>People (a named contact counted once)</source>
        <translation>Personnes (un contact nommé compté une fois)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="63"/>
        <source>Named contacts</source>
        <translation>Contacts nommés</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="64"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="893"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="922"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="945"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="972"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="982"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1004"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="65"/>
        <source>Member States in joint activities</source>
        <translation>États Membres dans des activités conjointes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="66"/>
        <source>Organizations from developing countries</source>
        <translation>Organisations de pays en développement</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="69"/>
        <source>Women among representatives (where recorded)</source>
        <translation>Femmes parmi les représentants (si renseigné)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="70"/>
        <source>Representatives whose sex is not recorded</source>
        <translation>Représentants dont le sexe n&apos;est pas renseigné</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="73"/>
        <source>Joint government–CSO activities</source>
        <translation>Activités conjointes gouvernement–OSC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="74"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="136"/>
        <source>Regional lead organizations (RLOs)</source>
        <translation>Organisations régionales chefs de file (RLO)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="75"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1096"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1138"/>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="76"/>
        <source>Grants in US dollars</source>
        <translation>Subventions en dollars des États-Unis</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="81"/>
        <source>Organizations that took part in, or co-organized, an activity starting in the period.</source>
        <extracomment>What each headline figure means (a tooltip; docs/reports.md says the same).</extracomment>
        <translation>Organisations qui ont participé à une activité commençant pendant la période, ou qui l&apos;ont coorganisée.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="84"/>
        <source>Representatives of the organizations at the activities in scope, added up over the activities: a person at two events counts twice.</source>
        <translation>Représentants des organisations aux activités retenues, additionnés sur l&apos;ensemble des activités: une personne présente à deux manifestations compte deux fois.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="88"/>
        <source>Representatives with each named contact counted once however many events they attended; representatives recorded without a name count once per event.</source>
        <translation>Représentants, chaque contact nommé étant compté une fois quel que soit le nombre de manifestations auxquelles il a assisté; les représentants enregistrés sans nom comptent une fois par manifestation.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="92"/>
        <source>Contacts named as participants of the activities in scope, each counted once.</source>
        <translation>Contacts nommés comme participants aux activités retenues, chacun compté une fois.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="95"/>
        <source>Activities in scope: starting in the period (and matching the filters).</source>
        <translation>Activités retenues: celles qui commencent pendant la période (et correspondent aux filtres).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="98"/>
        <source>Member States named in the joint government–CSO activities in scope, each counted once.</source>
        <translation>États Membres cités dans les activités conjointes gouvernement–OSC retenues, chacun compté une fois.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="101"/>
        <source>Share of the organizations engaged that are based in a developing country (UN M49 classification).</source>
        <translation>Proportion des organisations mobilisées établies dans un pays en développement (classification M49 de l&apos;ONU).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="105"/>
        <source>Women among the representatives whose sex was recorded.</source>
        <translation>Femmes parmi les représentants dont le sexe a été renseigné.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="108"/>
        <source>Share of the representatives whose sex was not recorded.</source>
        <translation>Proportion des représentants dont le sexe n&apos;a pas été renseigné.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="111"/>
        <source>Activities of the type “joint government–CSO activity” in scope.</source>
        <translation>Activités retenues du type «&#xa0;activité conjointe gouvernement–OSC&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="114"/>
        <source>Organizations designated regional lead organizations, whatever the period (a designation, not an event).</source>
        <translation>Organisations désignées organisations régionales chefs de file, quelle que soit la période (il s&apos;agit d&apos;une désignation, non d&apos;un événement).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="118"/>
        <source>Seed-funding grants to the organizations covered, approved in the period (grants not yet approved count only without a period).</source>
        <translation>Subventions de financement de démarrage accordées aux organisations couvertes et approuvées pendant la période (les subventions non encore approuvées ne comptent qu&apos;en l&apos;absence de période).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="122"/>
        <source>The grants&apos; amounts converted to US dollars with the rate table shown; none when a currency has no rate.</source>
        <translation>Montants des subventions convertis en dollars des États-Unis selon le tableau des taux affiché; aucun lorsqu&apos;une monnaie n&apos;a pas de taux.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="130"/>
        <source>Intergovernmental meetings</source>
        <extracomment>Section titles (English source strings).</extracomment>
        <translation>Réunions intergouvernementales</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="131"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="913"/>
        <source>Organizations engaged for the first time</source>
        <translation>Organisations mobilisées pour la première fois</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="132"/>
        <source>Organizations and activities by region</source>
        <translation>Organisations et activités par région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="133"/>
        <source>Organizations and activities by thematic area</source>
        <translation>Organisations et activités par domaine thématique</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="134"/>
        <source>Joint government–CSO activities by Member State</source>
        <translation>Activités conjointes gouvernement–OSC par État Membre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="137"/>
        <source>Activities by UNODC office</source>
        <translation>Activités par bureau de l&apos;ONUDC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="138"/>
        <source>The most engaged organizations</source>
        <translation>Organisations les plus mobilisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="139"/>
        <source>Seed funding by status</source>
        <translation>Financement de démarrage par statut</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="140"/>
        <source>Seed funding by meeting followed</source>
        <translation>Financement de démarrage par réunion de référence</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="141"/>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="187"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="471"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="145"/>
        <source>A meeting&apos;s figures include every activity linked to it: the participation in the meeting itself and its side events. Organizations took part or co-organized; representatives are added up over the activities; women and men as recorded; “not recorded”: representatives whose sex was not recorded.</source>
        <translation>Les chiffres d&apos;une réunion comprennent toutes les activités qui y sont liées: la participation à la réunion elle-même et à ses manifestations parallèles. Organisations: ayant participé ou coorganisé; représentants: additionnés sur l&apos;ensemble des activités; femmes et hommes: tels que renseignés; «&#xa0;non renseigné&#xa0;»: représentants dont le sexe n&apos;a pas été renseigné.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="151"/>
        <source>Organizations engaged in the period whose first engagement ever (in any activity this computer holds) was in that year.</source>
        <translation>Organisations mobilisées pendant la période dont la toute première mobilisation (dans l&apos;une quelconque des activités que contient cet ordinateur) a eu lieu cette année-là.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="155"/>
        <source>Organizations engaged, by the country they are based in; activities in scope, by the country where they were held (UN M49 regions and sub-regions).</source>
        <translation>Organisations mobilisées, selon le pays où elles sont établies; activités retenues, selon le pays où elles se sont tenues (régions et sous-régions M49 de l&apos;ONU).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="159"/>
        <source>Organizations engaged that work on the theme (their thematic areas); activities in scope on the theme.  An area includes its sub-themes.</source>
        <translation>Organisations mobilisées qui travaillent sur le thème (leurs domaines thématiques); activités retenues consacrées au thème.  Un domaine comprend ses sous-thèmes.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="163"/>
        <source>Joint government–CSO activities in scope, by Member State involved.</source>
        <translation>Activités conjointes gouvernement–OSC retenues, par État Membre concerné.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="166"/>
        <source>Regional lead organizations by the region they lead, and the activities in scope they took part in or co-organized.</source>
        <translation>Organisations régionales chefs de file, par région dont elles sont chefs de file, et activités retenues auxquelles elles ont participé ou qu&apos;elles ont coorganisées.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="170"/>
        <source>Activities in scope by the UNODC office that organized them, and the organizations engaged in them.</source>
        <translation>Activités retenues, par bureau de l&apos;ONUDC organisateur, et organisations qui y ont été mobilisées.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="174"/>
        <source>The 20 organizations engaged in the most activities in scope (taking part or co-organizing); ties go to the one with more representatives, then by name.</source>
        <translation>Les 20 organisations mobilisées dans le plus grand nombre d&apos;activités retenues (participation ou coorganisation); en cas d&apos;égalité, priorité à celle qui compte le plus de représentants, puis ordre alphabétique.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="177"/>
        <source>Grants by status, amounts in the currency of each grant and in US dollars at the rates shown.</source>
        <translation>Subventions par statut, montants dans la monnaie de chaque subvention et en dollars des États-Unis aux taux indiqués.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="181"/>
        <source>Grants by the intergovernmental meeting they follow, and the follow-up activities they paid for.</source>
        <translation>Subventions par réunion intergouvernementale à laquelle elles font suite, et activités de suivi qu&apos;elles ont financées.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="185"/>
        <source>Gaps in the records behind this report: organizations engaged whose record was not verified in the last year, activities in scope with no participation recorded, participations with no count by sex.</source>
        <translation>Lacunes dans les fiches sur lesquelles repose ce rapport: organisations mobilisées dont la fiche n&apos;a pas été vérifiée depuis un an, activités retenues sans participation enregistrée, participations sans ventilation par sexe.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="193"/>
        <source>Organizations not verified for over a year (or never)</source>
        <translation>Organisations non vérifiées depuis plus d&apos;un an (ou jamais)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="196"/>
        <source>Organizations never verified</source>
        <translation>Organisations jamais vérifiées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="197"/>
        <source>Activities without any participation recorded</source>
        <translation>Activités sans aucune participation enregistrée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="200"/>
        <source>Participations with no count by sex</source>
        <translation>Participations sans ventilation par sexe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="204"/>
        <source>Not linked to a meeting</source>
        <translation>Sans lien avec une réunion</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="208"/>
        <source>Organizations engaged (took part or co-organized)</source>
        <translation>Organisations mobilisées (participation ou coorganisation)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="885"/>
        <source>Representatives at the meeting and its side events, added up over the events</source>
        <translation>Représentants à la réunion et à ses manifestations parallèles, additionnés sur l&apos;ensemble des manifestations</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="887"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="888"/>
        <source>Women among them, as recorded</source>
        <translation>Femmes parmi eux, telles que renseignées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="889"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="890"/>
        <source>Men among them, as recorded</source>
        <translation>Hommes parmi eux, tels que renseignés</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="891"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="892"/>
        <source>Representatives whose sex was not recorded</source>
        <translation>Représentants dont le sexe n&apos;a pas été renseigné</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="894"/>
        <source>The participation in the meeting and its side events</source>
        <translation>La participation à la réunion et à ses manifestations parallèles</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="920"/>
        <source>Organizations engaged, based in the region</source>
        <translation>Organisations mobilisées, établies dans la région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="923"/>
        <source>Activities in scope held in the region</source>
        <translation>Activités retenues tenues dans la région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="943"/>
        <source>Organizations engaged that work on the theme</source>
        <translation>Organisations mobilisées qui travaillent sur le thème</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="946"/>
        <source>Activities in scope on the theme</source>
        <translation>Activités retenues consacrées au thème</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="961"/>
        <source>Joint activities</source>
        <translation>Activités conjointes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="962"/>
        <source>Joint government–CSO activities in scope involving the Member State</source>
        <translation>Activités conjointes gouvernement–OSC retenues concernant l&apos;État Membre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="969"/>
        <source>RLOs</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="970"/>
        <source>Regional lead organizations of the region</source>
        <translation>Organisations régionales chefs de file de la région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="973"/>
        <source>Activities in scope they took part in or co-organized</source>
        <translation>Activités retenues auxquelles elles ont participé ou qu&apos;elles ont coorganisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="983"/>
        <source>Activities in scope the office organized</source>
        <translation>Activités retenues organisées par le bureau</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="985"/>
        <source>Organizations engaged in them</source>
        <translation>Organisations qui y ont été mobilisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1002"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="653"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="86"/>
        <source>Country</source>
        <extracomment>How many countries the table under the map lists. The page: A4, its margins (left, top, right, bottom) in millimetres; the footer sits in the bottom margin. The space between two charts, in points.</extracomment>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1003"/>
        <source>The country the organization is based in</source>
        <translation>Le pays où l&apos;organisation est établie</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1005"/>
        <source>Activities in scope it took part in or co-organized</source>
        <translation>Activités retenues auxquelles elle a participé ou qu&apos;elle a coorganisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1008"/>
        <source>Its representatives at those activities, added up over the activities</source>
        <translation>Ses représentants à ces activités, additionnés sur l&apos;ensemble des activités</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1021"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1098"/>
        <source>Amounts of the grants made in this currency</source>
        <translation>Montants des subventions accordées dans cette monnaie</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1141"/>
        <source>In US dollars</source>
        <translation>En dollars des États-Unis</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1101"/>
        <source>All the grants&apos; amounts converted to US dollars at the rates shown</source>
        <translation>Montants de toutes les subventions convertis en dollars des États-Unis aux taux indiqués</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1139"/>
        <source>Follow-up activities</source>
        <translation>Activités de suivi</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1140"/>
        <source>Activities the grants paid for</source>
        <translation>Activités financées par les subventions</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1188"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1189"/>
        <source>No organizations on this computer yet</source>
        <translation>Aucune organisation sur cet ordinateur pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1190"/>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1309"/>
        <source>Name withheld: organization at risk</source>
        <extracomment>The activities that can stand behind a figure of a section (or of one column of it): a drill into it looks at those only. The label of a contact of an at-risk organization in a drill-down (a source string of the ``report`` context: the window translates it).</extracomment>
        <translation>Nom caché : organisation à risque</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1311"/>
        <source>Erased person</source>
        <extracomment>The label of a person whose data headquarters erased (still counted where they took part).</extracomment>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="184"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="468"/>
        <source>Policy debate</source>
        <extracomment>The translation context of every report string.</extracomment>
        <translation>Débat sur les politiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="185"/>
        <source>Regional and thematic partnership</source>
        <translation>Partenariats régionaux et thématiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="186"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="470"/>
        <source>Seed funding</source>
        <translation>Financement de démarrage</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="87"/>
        <source>Civil society organizations in UNODC&apos;s work: the indicators of the Looking Beyond project</source>
        <translation>Les organisations de la société civile dans les travaux de l&apos;ONUDC: indicateurs du projet Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="89"/>
        <source>What this report covers</source>
        <translation>Champ du rapport</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="90"/>
        <source>This computer holds</source>
        <translation>Contenu de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="91"/>
        <source>Nothing was counted: no activity in scope starts in this period, or no organization matches these filters.</source>
        <translation>Rien n&apos;a été compté: aucune activité retenue ne commence pendant cette période, ou aucune organisation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="93"/>
        <source>How the figures are counted</source>
        <translation>Méthode de calcul des chiffres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="94"/>
        <source>An organization is engaged in a period when it took part in, or co-organized, an activity that starts in the period. A meeting&apos;s figures include every activity linked to that meeting: the participation in the meeting itself and its side events. People are counted once however many events they attended. The share of women is taken over the participations whose counts by sex are recorded. Amounts in US dollars use the rates stated above. Deleted records never count.</source>
        <translation>Une organisation est mobilisée pendant une période lorsqu&apos;elle a participé à une activité commençant pendant cette période, ou l&apos;a coorganisée. Les chiffres d&apos;une réunion comprennent toutes les activités liées à cette réunion: la participation à la réunion elle-même et à ses manifestations parallèles. Les personnes sont comptées une fois quel que soit le nombre de manifestations auxquelles elles ont assisté. La proportion de femmes est calculée sur les participations dont la ventilation par sexe est renseignée. Les montants en dollars des États-Unis sont convertis aux taux indiqués ci-dessus. Les fiches supprimées ne sont jamais comptées.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="102"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="103"/>
        <source>Organizations engaged by country</source>
        <translation>Organisations mobilisées par pays</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="105"/>
        <source>Countries with the most organizations engaged</source>
        <translation>Pays comptant le plus d&apos;organisations mobilisées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="107"/>
        <source>Activities held there</source>
        <translation>Activités qui s&apos;y sont tenues</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="108"/>
        <source>The figures in full</source>
        <translation>Chiffres détaillés</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="109"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="110"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="111"/>
        <source>Looking Beyond report · data as of %1</source>
        <translation>Rapport Looking Beyond · données au %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="112"/>
        <source>Looking Beyond report</source>
        <translation>Rapport Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="74"/>
        <source>Looking Beyond: report on civil society engagement</source>
        <extracomment>The headline figures, in the order the exports and the PDF&apos;s first page show them (the titles are those of :data:`indicators.TOTALS`, the window&apos;s too).</extracomment>
        <translation>Looking Beyond: rapport sur la mobilisation de la société civile</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="75"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="76"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="77"/>
        <source>All the data, no filter</source>
        <translation>Toutes les données, sans filtre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="78"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="79"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="80"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="81"/>
        <source>all dates</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="82"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="83"/>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="84"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="85"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="201"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="87"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="203"/>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="88"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="205"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="90"/>
        <source>Data as of</source>
        <translation>Données au</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="91"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>inconnue (jamais synchronisé, rien d&apos;enregistré)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="92"/>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="93"/>
        <source>Scope</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="94"/>
        <source>US dollar rates</source>
        <translation>Taux en dollars des États-Unis</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="95"/>
        <source>as of %1. %2</source>
        <translation>au %1. %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="96"/>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="97"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="98"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="99"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="100"/>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="101"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="102"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="103"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="104"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="105"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="107"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="200"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="202"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="204"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="206"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="207"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="208"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="209"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="399"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="400"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="401"/>
        <source>share (0 to 1)</source>
        <translation>proportion (de 0 à 1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="469"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="286"/>
        <source>“%1” names a record that was deleted at headquarters meanwhile.</source>
        <translation>« %1 » désigne un enregistrement supprimé entre-temps au siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="288"/>
        <source>This organization was merged into another one on one computer and brought back from the Trash on another at the same time: look at both records before trying again.</source>
        <translation>Cette organisation a été fusionnée avec une autre sur un ordinateur et restaurée depuis la corbeille sur un autre, au même moment : examinez les deux fiches avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="292"/>
        <source>“%1” is empty, and headquarters requires it.</source>
        <translation>«&#xa0;%1&#xa0;» est vide, alors que le Siège l&apos;exige.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="293"/>
        <source>“%1” is longer than headquarters accepts.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse la longueur acceptée par le Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="294"/>
        <source>“%1” has more entries than headquarters accepts.</source>
        <translation>«&#xa0;%1&#xa0;» compte plus d&apos;éléments que le Siège n&apos;en accepte.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="295"/>
        <source>“%1” is not a currency headquarters knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une monnaie connue du Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="296"/>
        <source>“%1” holds a choice headquarters does not know.</source>
        <translation>«&#xa0;%1&#xa0;» contient un choix que le Siège ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="297"/>
        <source>“%1” is not an e-mail address headquarters accepts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique acceptée par le Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="298"/>
        <source>“%1” is not a web address headquarters accepts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse Web acceptée par le Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="299"/>
        <source>“%1” is a date in the future.</source>
        <translation>«&#xa0;%1&#xa0;» indique une date future.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="300"/>
        <source>“%1” is earlier than the date it must follow.</source>
        <translation>«&#xa0;%1&#xa0;» indique une date antérieure à celle qu&apos;elle doit suivre.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="301"/>
        <source>“%1” is below zero.</source>
        <translation>«&#xa0;%1&#xa0;» indique une valeur négative.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="302"/>
        <source>“%1” is larger than headquarters accepts.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse la valeur maximale acceptée par le Siège.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="303"/>
        <source>“%1” is fewer than the women and men counted.</source>
        <translation>«&#xa0;%1&#xa0;» est inférieur au nombre de femmes et d&apos;hommes comptabilisés.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="304"/>
        <source>“%1” must be more than zero.</source>
        <translation>«&#xa0;%1&#xa0;» doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="305"/>
        <source>“%1” has more decimal places than headquarters accepts.</source>
        <translation>«&#xa0;%1&#xa0;» comporte plus de décimales que le Siège n&apos;en accepte.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="306"/>
        <source>“%1” skips a step: a grant moves one step at a time.</source>
        <translation>«&#xa0;%1&#xa0;» saute une étape: une subvention avance d&apos;une étape à la fois.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="307"/>
        <location filename="generated_strings.py" line="359"/>
        <source>The record is too large to send: shorten its longest texts (notes, outcomes).</source>
        <translation>La fiche est trop volumineuse pour être envoyée: raccourcissez ses textes les plus longs (notes, résultats).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="330"/>
        <source>Nothing was read from it and nothing was changed here.</source>
        <translation>Rien n&apos;en a été lu et rien n&apos;a été modifié ici.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="331"/>
        <source>Unable to connect to headquarters, or the connection dropped. Nothing was lost; it will be tried again.</source>
        <translation>Impossible de se connecter au Siège, ou la connexion a été interrompue. Rien n&apos;a été perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="332"/>
        <source>Headquarters stopped answering in the middle of the sync. Nothing was lost; it will be tried again.</source>
        <translation>Le Siège a cessé de répondre en cours de synchronisation. Rien n&apos;a été perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="333"/>
        <source>The name of the headquarters server could not be found. Check the address and the connection.</source>
        <translation>Le nom du serveur du Siège est introuvable. Vérifiez l&apos;adresse et la connexion.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="334"/>
        <source>The reply from headquarters was damaged on the way or could not be read. Nothing was applied and nothing was lost; it will be tried again.</source>
        <translation>La réponse du Siège a été altérée en cours de route ou n&apos;a pas pu être lue. Rien n&apos;a été appliqué ni perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="335"/>
        <source>Headquarters is busy. Nothing was lost; it will be tried again.</source>
        <translation>Le Siège est occupé. Rien n&apos;a été perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="336"/>
        <source>Headquarters is busy signing other people in. Nothing was lost; try again in a few seconds.</source>
        <translation>Le Siège est occupé à connecter d&apos;autres utilisateurs. Rien n&apos;a été perdu; réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="337"/>
        <source>This account already has as many computers as headquarters allows. Ask the Civil Society Team to revoke one you no longer use, then log in again.</source>
        <translation>Ce compte a déjà atteint le nombre maximal d&apos;ordinateurs autorisé par le Siège. Demandez à l&apos;Équipe de la société civile de révoquer un ordinateur que vous n&apos;utilisez plus, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="338"/>
        <source>The connection to headquarters was too slow, so headquarters stopped waiting. Nothing was lost; it will be tried again.</source>
        <translation>La connexion au Siège était trop lente et le Siège a cessé d&apos;attendre. Rien n&apos;a été perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="339"/>
        <source>The sync needed more round trips than allowed. Nothing was lost; it will be tried again.</source>
        <translation>La synchronisation a nécessité plus d&apos;échanges que le nombre autorisé. Rien n&apos;a été perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="340"/>
        <source>Something unexpected went wrong during the sync (the details are in the log). Nothing was lost; it will be tried again.</source>
        <translation>Une erreur inattendue s&apos;est produite pendant la synchronisation (les détails figurent dans le journal). Rien n&apos;a été perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="341"/>
        <source>Sync cancelled. Changes sent so far are kept.</source>
        <translation>Synchronisation annulée. Les modifications déjà envoyées sont conservées.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="342"/>
        <source>This computer is not connected to headquarters yet: log in below.</source>
        <translation>Cet ordinateur n&apos;est pas encore connecté au Siège: connectez-vous ci-dessous.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="343"/>
        <source>Headquarters no longer accepts this computer&apos;s key: log in again.</source>
        <translation>Le Siège n&apos;accepte plus la clef de cet ordinateur: reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="344"/>
        <source>This computer has not synced with headquarters for a long time, so its key has expired: log in again. Nothing here is lost.</source>
        <translation>Cet ordinateur ne s&apos;est pas synchronisé avec le Siège depuis longtemps et sa clef a expiré: reconnectez-vous. Rien n&apos;est perdu sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="345"/>
        <source>Headquarters has withdrawn this computer&apos;s access. Ask the Civil Society Team, then log in again.</source>
        <translation>Le Siège a retiré l&apos;accès de cet ordinateur. Adressez-vous à l&apos;Équipe de la société civile, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="346"/>
        <source>This version of the application is too old for headquarters: install the new version, then sync.</source>
        <translation>Cette version de l&apos;application est trop ancienne pour le Siège: installez la nouvelle version, puis synchronisez.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="347"/>
        <source>No system keyring is available to keep this computer&apos;s key safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again. The key is never written to a plain file.</source>
        <translation>Aucun trousseau du système n&apos;est disponible pour conserver la clef de cet ordinateur en lieu sûr. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet, puis reconnectez-vous. La clef n&apos;est jamais écrite dans un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="348"/>
        <source>The server address is not usable: it should look like https://headquarters.example.org</source>
        <translation>L&apos;adresse du serveur n&apos;est pas utilisable: elle doit avoir la forme https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="349"/>
        <source>Headquarters&apos; changes would delete many records here, so nothing was changed. Confirm to apply them.</source>
        <translation>Les modifications du Siège supprimeraient de nombreuses fiches sur cet ordinateur: rien n&apos;a donc été modifié. Confirmez pour les appliquer.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="350"/>
        <source>The disk is full, so this part of the sync was not saved (nothing was lost). Free some space; the sync is tried again by itself.</source>
        <translation>Le disque est plein: cette partie de la synchronisation n&apos;a donc pas été enregistrée (rien n&apos;a été perdu). Libérez de l&apos;espace; la synchronisation sera relancée automatiquement.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="351"/>
        <source>This computer does not have headquarters&apos; keys for sync by file yet. Connect it to headquarters once (Sync now, or log in again); from then on it can sync by file.</source>
        <translation>Cet ordinateur n&apos;a pas encore les clés du Siège pour la synchronisation par fichier. Connectez-le une fois au Siège (Synchroniser, ou reconnectez-vous) ; il pourra ensuite se synchroniser par fichier.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="352"/>
        <source>Headquarters&apos; reply would delete many records here, so nothing was changed.</source>
        <translation>La réponse du Siège supprimerait de nombreuses fiches ici ; rien n&apos;a donc été modifié.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="353"/>
        <source>This computer is not connected to headquarters yet: log in first (once, with a connection); then it can sync by file.</source>
        <translation>Cet ordinateur n&apos;est pas encore relié au Siège : connectez-vous d&apos;abord (une fois, avec une connexion) ; il pourra ensuite se synchroniser par fichier.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="354"/>
        <source>No system keyring is available to keep this computer&apos;s keys safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again.</source>
        <translation>Aucun trousseau système n&apos;est disponible pour conserver en sécurité les clés de cet ordinateur. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="355"/>
        <source>The system keyring, where this computer&apos;s keys are kept, could not be read. Unlock it (or log in to the computer again), then try again.</source>
        <translation>Le trousseau système, où sont conservées les clés de cet ordinateur, n&apos;a pas pu être lu. Déverrouillez-le (ou rouvrez votre session sur l&apos;ordinateur), puis réessayez.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="356"/>
        <source>This computer&apos;s disk is full, so the reply could not be saved (nothing was lost). Free some space, then read the reply again.</source>
        <translation>Le disque de cet ordinateur est plein : la réponse n&apos;a pas pu être enregistrée (rien n&apos;a été perdu). Libérez de l&apos;espace, puis lisez à nouveau la réponse.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="357"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="358"/>
        <source>Headquarters does not allow your account to change this region&apos;s records.</source>
        <translation>Le Siège n&apos;autorise pas votre compte à modifier les fiches de cette région.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="360"/>
        <source>Headquarters does not have this record in full: Retry sends it whole.</source>
        <translation>Le Siège ne dispose pas de cette fiche complète: Réessayer l&apos;envoie en entier.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="361"/>
        <source>Headquarters could not send this record: it may be outside your office&apos;s countries now.</source>
        <translation>Le Siège n&apos;a pas pu envoyer cette fiche: elle ne relève peut-être plus des pays de votre bureau.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="362"/>
        <source>This version and headquarters do not agree on this kind of record: install the newest version.</source>
        <translation>Cette version et le Siège ne s&apos;accordent pas sur ce type de fiche: installez la version la plus récente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="363"/>
        <source>This version and headquarters do not agree on a field: install the newest version.</source>
        <translation>Cette version et le Siège ne s&apos;accordent pas sur un champ: installez la version la plus récente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="364"/>
        <source>Headquarters could not read this change: install the newest version.</source>
        <translation>Le Siège n&apos;a pas pu lire cette modification: installez la version la plus récente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="365"/>
        <source>Headquarters erased this person&apos;s details at their request; your change to them was not kept.</source>
        <translation>Le siège a effacé les données de cette personne à sa demande ; votre modification n’a pas été conservée.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="366"/>
        <source>Headquarters did not accept this change.</source>
        <translation>Le Siège n&apos;a pas accepté cette modification.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="367"/>
        <source>Copy the reply again from headquarters.</source>
        <translation>Copiez à nouveau la réponse du Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="368"/>
        <source>There are too many changes for one file. Nothing was lost; ask the Civil Society Team for help.</source>
        <translation>Il y a trop de modifications pour un seul fichier. Rien n&apos;a été perdu ; demandez de l&apos;aide à l&apos;Équipe de la société civile.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="369"/>
        <source>Give it to the computer it belongs to.</source>
        <translation>Remettez-la à l&apos;ordinateur auquel elle est destinée.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="370"/>
        <source>Write a new file and carry it to headquarters.</source>
        <translation>Écrivez un nouveau fichier et faites-le parvenir au Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="371"/>
        <source>Something unexpected went wrong while writing the file (the details are in the log). Nothing was lost.</source>
        <translation>Un problème inattendu est survenu pendant l&apos;écriture du fichier (les détails sont dans le journal). Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="372"/>
        <source>Something unexpected went wrong while reading the reply (the details are in the log). Nothing was lost.</source>
        <translation>Un problème inattendu est survenu pendant la lecture de la réponse (les détails sont dans le journal). Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="373"/>
        <source>The file could not be written. Nothing was lost.</source>
        <translation>Le fichier n&apos;a pas pu être écrit. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="374"/>
        <source>The reply could not be read. Nothing was changed here.</source>
        <translation>La réponse n&apos;a pas pu être lue. Rien n&apos;a été modifié ici.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="375"/>
        <source>A record it refers to is not at headquarters yet.</source>
        <translation>Une fiche référencée n&apos;est pas encore parvenue au Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="376"/>
        <source>Headquarters does not accept this record as it is.</source>
        <translation>Le Siège n&apos;accepte pas cette fiche en l&apos;état.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="377"/>
        <source>Headquarters refused the request (HTTP %1). Check the server address; if it is right, ask the Civil Society Team.</source>
        <translation>Le Siège a refusé la demande (HTTP %1). Vérifiez l&apos;adresse du serveur; si elle est correcte, adressez-vous à l&apos;Équipe de la société civile.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="378"/>
        <source>The file could not be written there (%1). Nothing was lost: the changes are still waiting to be sent. Check that the USB stick or disk is plugged in and has free space, or choose another place, and write the file again.</source>
        <translation>Le fichier n&apos;a pas pu être écrit à cet endroit (%1). Rien n&apos;a été perdu : les modifications attendent toujours d&apos;être envoyées. Vérifiez que la clé USB ou le disque est branché et a de la place libre, ou choisissez un autre endroit, puis écrivez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="379"/>
        <source>The file could not be read (%1). Check that the USB stick or disk is plugged in, then try again. Nothing was changed here.</source>
        <translation>Le fichier n&apos;a pas pu être lu (%1). Vérifiez que la clé USB ou le disque est branché, puis réessayez. Rien n&apos;a été modifié ici.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="380"/>
        <source>This is not a sync file of Looking Beyond.</source>
        <translation>Ce n&apos;est pas un fichier de synchronisation de Looking Beyond.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="381"/>
        <source>This file was made by a newer version of Looking Beyond: install the newest version to read it.</source>
        <translation>Ce fichier a été créé par une version plus récente de Looking Beyond : installez la dernière version pour le lire.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="382"/>
        <source>This reply was made by another headquarters, not the one this computer is connected to.</source>
        <translation>Cette réponse a été faite par un autre Siège que celui auquel cet ordinateur est relié.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="383"/>
        <source>This reply was changed after headquarters made it, or was not made by the headquarters this computer is connected to.</source>
        <translation>Cette réponse a été modifiée après sa création par le Siège, ou n&apos;a pas été faite par le Siège auquel cet ordinateur est relié.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="384"/>
        <source>This file was written on a computer for headquarters, not a reply from headquarters. Take it to headquarters; a computer reads only the replies headquarters makes.</source>
        <translation>Ce fichier a été écrit sur un ordinateur pour le Siège ; ce n&apos;est pas une réponse du Siège. Faites-le parvenir au Siège : un ordinateur ne lit que les réponses faites par le Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="385"/>
        <source>Headquarters does not know this computer.</source>
        <translation>Le Siège ne connaît pas cet ordinateur.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="386"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="387"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="388"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="389"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="390"/>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="391"/>
        <source>(a record no longer on this computer)</source>
        <translation>(fiche qui ne se trouve plus sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="392"/>
        <source>Headquarters, or a proxy on the way, had a problem (HTTP %1). Nothing was lost; it will be tried again.</source>
        <translation>Le Siège, ou un serveur mandataire intermédiaire, a rencontré un problème (HTTP %1). Rien n&apos;a été perdu; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="393"/>
        <source>This file is larger than any reply headquarters makes.</source>
        <translation>Ce fichier est plus volumineux que toute réponse du Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="394"/>
        <source>The organization it belongs to is not at headquarters yet.</source>
        <translation>L&apos;organisation de rattachement n&apos;est pas encore parvenue au Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="395"/>
        <source>The activity it belongs to is not at headquarters yet.</source>
        <translation>L&apos;activité de rattachement n&apos;est pas encore parvenue au Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="396"/>
        <source>The contact it names is not at headquarters yet.</source>
        <translation>Le contact indiqué n&apos;est pas encore parvenu au Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="397"/>
        <source>“%1” names a record your account cannot see at headquarters.</source>
        <translation>«&#xa0;%1&#xa0;» désigne une fiche que votre compte ne peut pas voir au Siège.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="398"/>
        <source>Headquarters does not accept the value of “%1”.</source>
        <translation>Le Siège n&apos;accepte pas la valeur de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="399"/>
        <source>Headquarters could not read the value of “%1”: install the newest version.</source>
        <translation>Le Siège n&apos;a pas pu lire la valeur de «&#xa0;%1&#xa0;»: installez la version la plus récente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="400"/>
        <source>Reason and record</source>
        <translation>Motif et fiche</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="401"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="402"/>
        <source>Changes / when</source>
        <translation>Modifications / date</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="403"/>
        <source>This file is damaged or incomplete: it may have been cut short while it was copied, or the USB stick was pulled out too early.</source>
        <translation>Ce fichier est endommagé ou incomplet : il a peut-être été tronqué pendant la copie, ou la clé USB a été retirée trop tôt.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="404"/>
        <source>This reply was made for another computer: it answers a file written there.</source>
        <translation>Cette réponse a été faite pour un autre ordinateur : elle répond à un fichier écrit sur celui-ci.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="405"/>
        <source>This reply answers a file made before this computer&apos;s data was reset or restored.</source>
        <translation>Cette réponse répond à un fichier créé avant que les données de cet ordinateur soient réinitialisées ou restaurées.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="112"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="118"/>
        <source>“%1” is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="129"/>
        <source>“%1” is not yes or no</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="140"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (écrivez-la sous la forme YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="147"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="149"/>
        <source>“%1” is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="200"/>
        <source>is required</source>
        <translation>champ obligatoire</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="205"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="207"/>
        <source>holds more than %1 items</source>
        <translation>contient plus de %1 éléments</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="223"/>
        <source>the record is larger than %1 KiB: shorten its longest texts</source>
        <translation>la fiche dépasse %1 Kio: raccourcissez ses textes les plus longs</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="241"/>
        <source>“%1” is not an e-mail address (name@example.org)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique (name@example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="250"/>
        <source>“%1” is not a web address (www.example.org)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse Web (www.example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="255"/>
        <source>cannot be in the future</source>
        <translation>ne peut pas être une date future</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="266"/>
        <source>cannot be negative</source>
        <translation>la valeur ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="272"/>
        <source>cannot be more than %1</source>
        <translation>ne peut pas dépasser %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="277"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="308"/>
        <source>“%1” is not a known country code (ISO 3166, e.g. KE)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays connu (ISO 3166, p. ex. KE)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="278"/>
        <source>“%1” is not a known organization type</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;organisation connu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="279"/>
        <source>“%1” is not a known ECOSOC status</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut connu auprès de l&apos;ECOSOC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="280"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="310"/>
        <source>not a known thematic area: %1</source>
        <translation>domaine thématique inconnu: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="281"/>
        <source>not a known network: %1</source>
        <translation>réseau inconnu: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="284"/>
        <source>“%1” is not a known UN M49 region code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de région connu (M49 de l&apos;ONU)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="297"/>
        <source>must stay blank: the person&apos;s data was erased</source>
        <translation>doit rester vide : les données de la personne ont été effacées</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="306"/>
        <source>“%1” is not a known activity type</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;activité connu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="307"/>
        <source>cannot be before the start date</source>
        <translation>ne peut pas précéder la date de début</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="309"/>
        <source>not a known country code: %1</source>
        <translation>code de pays inconnu: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="311"/>
        <source>“%1” is not a known UNODC office</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un bureau de l&apos;ONUDC connu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="312"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="340"/>
        <source>“%1” is not a known intergovernmental meeting</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une réunion intergouvernementale connue</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="317"/>
        <source>“%1” is not a known role</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle connu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="323"/>
        <source>is %1, fewer than the %2 women and men counted</source>
        <translation>%1, soit moins que les %2 femmes et hommes comptabilisés</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="331"/>
        <source>must be more than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="335"/>
        <source>has more than %1 decimal places</source>
        <translation>comporte plus de %1 décimales</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="338"/>
        <source>“%1” is not an ISO 4217 currency code (e.g. USD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de monnaie ISO 4217 (p. ex. USD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="339"/>
        <source>“%1” is not a known grant status</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de subvention connu</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="341"/>
        <source>cannot be before the approval</source>
        <translation>ne peut pas précéder l&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="342"/>
        <source>cannot be before the disbursement</source>
        <translation>ne peut pas précéder le versement</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="351"/>
        <source>cannot move from “%1” to “%2”: a grant moves one step at a time</source>
        <translation>ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»: une subvention avance d&apos;une étape à la fois</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/exchange.py" line="534"/>
        <location filename="../../lookingbeyond_desktop/store/import_plan.py" line="430"/>
        <source>repeats row %1</source>
        <extracomment>Which at-risk organizations&apos; contacts an export includes: their ids, or True for all.
----------
The tables a file can be imported into, parents first. Larger files are refused before they are read: a field office&apos;s registry fits many times over, and a file this size is almost surely the wrong file. Rows prepared and written per step; progress is reported and cancel checked between steps. The fields a file must map (unless it maps the record identifier, to update records): those the rules require and the store has no default for. At most this many likely duplicates are named for one row. A row is compared with at most this many records (those sharing the most keys with it): a file of a thousand rows is checked in seconds, not minutes, on 100,000 organizations.</extracomment>
        <translation>doublon de la ligne %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="76"/>
        <source>a partner organization&apos;s account cannot merge organizations: ask the UNODC office</source>
        <translation>le compte d&apos;une organisation partenaire ne permet pas de fusionner des organisations: adressez-vous au bureau de l&apos;ONUDC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="82"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="144"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="399"/>
        <source>the record does not exist</source>
        <translation>la fiche n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="84"/>
        <source>an organization cannot be merged into itself</source>
        <translation>une organisation ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="87"/>
        <source>“%1” was already merged into another organization</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été fusionnée avec une autre organisation</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="90"/>
        <source>“%1” is deleted: restore it before merging</source>
        <translation>«&#xa0;%1&#xa0;» est supprimée: restaurez-la avant la fusion</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="95"/>
        <source>cannot be taken from the other record</source>
        <translation>ne peut pas être repris de l&apos;autre fiche</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="147"/>
        <source>no merge of this organization made on this computer can be undone</source>
        <translation>aucune fusion de cette organisation effectuée sur cet ordinateur ne peut être annulée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="155"/>
        <source>the two records have changed since the merge: it can no longer be undone</source>
        <translation>les deux fiches ont été modifiées depuis la fusion: elle ne peut plus être annulée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="148"/>
        <source>was merged into another organization: undo the merge instead</source>
        <translation>a été fusionnée avec une autre organisation: annulez plutôt la fusion</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="155"/>
        <source>belongs to a deleted record: restore that first</source>
        <translation>se rattache à une fiche supprimée: restaurez-la d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="231"/>
        <source>is not a field of %1</source>
        <translation>n&apos;est pas un champ de la table %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="234"/>
        <source>is changed by deleting or restoring</source>
        <translation>se modifie par suppression ou restauration</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="237"/>
        <source>is changed by merging</source>
        <translation>se modifie par fusion</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="241"/>
        <source>is set by headquarters when it erases a person&apos;s data</source>
        <translation>est renseigné par le siège quand il efface les données d’une personne</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="254"/>
        <source>the record is deleted: restore it before editing</source>
        <translation>la fiche est supprimée: restaurez-la avant de la modifier</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="256"/>
        <source>headquarters erased this person&apos;s data: the record cannot be edited</source>
        <translation>le siège a effacé les données de cette personne : la fiche ne peut pas être modifiée</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="275"/>
        <source>“%1” is not a known record or a UUID</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une fiche connue ni un UUID</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="310"/>
        <source>refers to no live record: %1</source>
        <translation>ne renvoie à aucune fiche active: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="336"/>
        <source>is a contact of another organization</source>
        <translation>est un contact d&apos;une autre organisation</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="generated_strings.py" line="8"/>
        <source>Non-governmental organization</source>
        <translation>Organisation non gouvernementale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="9"/>
        <source>Network or coalition</source>
        <translation>Réseau ou coalition</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="10"/>
        <source>Community-based organization</source>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="11"/>
        <source>Faith-based organization</source>
        <translation>Organisation confessionnelle</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="12"/>
        <source>Academic or research institution</source>
        <translation>Établissement universitaire ou de recherche</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="13"/>
        <source>Professional association</source>
        <translation>Association professionnelle</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="14"/>
        <source>Trade union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="15"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="16"/>
        <source>Media organization</source>
        <translation>Organe de presse ou média</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="17"/>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="18"/>
        <source>Youth organization</source>
        <translation>Organisation de jeunes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="19"/>
        <source>Women&apos;s organization</source>
        <translation>Organisation de femmes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="20"/>
        <source>No consultative status</source>
        <translation>Sans statut consultatif</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="21"/>
        <source>General consultative status</source>
        <translation>Statut consultatif général</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="22"/>
        <source>Special consultative status</source>
        <translation>Statut consultatif spécial</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="23"/>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="24"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="25"/>
        <source>Regional consultation</source>
        <translation>Consultation régionale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="26"/>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="27"/>
        <source>Side event</source>
        <translation>Manifestation parallèle</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="28"/>
        <source>Joint government–CSO activity</source>
        <translation>Activité conjointe gouvernement–OSC</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="29"/>
        <source>Participation in an intergovernmental meeting</source>
        <translation>Participation à une réunion intergouvernementale</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="30"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="31"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="32"/>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="33"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="34"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="35"/>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="36"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="37"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="38"/>
        <source>Disbursed</source>
        <translation>Versée</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="39"/>
        <source>Report received</source>
        <translation>Rapport reçu</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="40"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="104"/>
        <source>About Looking Beyond</source>
        <translation>Acerca de Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="106"/>
        <source>Looking Beyond %1</source>
        <translation>Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="110"/>
        <source>The registry of UNODC&apos;s civil-society partners: organizations, contacts, activities and seed funding, kept on this computer and synced with headquarters.</source>
        <translation>El registro de los asociados de la sociedad civil de la UNODC: organizaciones, contactos, actividades y financiación inicial, guardados en esta computadora y sincronizados con la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="114"/>
        <source>Your data: %1</source>
        <translation>Sus datos: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="119"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="125"/>
        <source>Your data is kept outside the application&apos;s folder: installing a newer version or removing the application leaves it as it is.</source>
        <translation>Sus datos se guardan fuera de la carpeta de la aplicación: instalar una versión más reciente o desinstalar la aplicación no los modifica.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="127"/>
        <source>What it is made of, and the licence of each part:</source>
        <translation>Sus componentes y la licencia de cada uno:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="130"/>
        <source>%1 (font for Chinese)</source>
        <translation>%1 (fuente para el chino)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Version or source</source>
        <translation>Versión o fuente</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="135"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="331"/>
        <source>Search titles, cities, country codes…</source>
        <translation>Buscar títulos, ciudades, códigos de país…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="333"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="334"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="335"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="336"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="337"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="338"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="343"/>
        <source>&amp;New activity</source>
        <translation>&amp;Nueva actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="345"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="353"/>
        <source>Activities held, at least in part, in this period (either date may stay empty). Type a date or press F4 for a calendar.</source>
        <translation>Actividades celebradas, al menos en parte, en este período (cualquiera de las fechas puede quedar vacía). Escriba una fecha o pulse F4 para abrir un calendario.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>From date</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>To date</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="357"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="358"/>
        <source>Where the activity was held: type a country&apos;s name in any UN language, or its code</source>
        <translation>Lugar de celebración de la actividad: escriba el nombre de un país en cualquier idioma de las Naciones Unidas, o su código</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="360"/>
        <source>All thematic areas</source>
        <translation>Todas las áreas temáticas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="361"/>
        <source>A thematic area includes its sub-themes</source>
        <translation>Un área temática incluye sus subtemas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="362"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="363"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="364"/>
        <source>The UNODC office that organized the activity</source>
        <translation>La oficina de la UNODC que organizó la actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="365"/>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="366"/>
        <source>The intergovernmental meeting the activity was part of or followed</source>
        <translation>La reunión intergubernamental de la que formó parte la actividad o a la que dio seguimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="374"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="377"/>
        <source>%1 of %n activity(ies)</source>
        <translation>
            <numerusform>%1 de %n actividad</numerusform>
            <numerusform>%1 de %n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="380"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>Eliminar %n actividad</numerusform>
            <numerusform>Eliminar %n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="383"/>
        <source>Delete %n activity(ies) and their participants? They go to the Trash.</source>
        <translation>
            <numerusform>¿Eliminar %n actividad y sus participantes? Pasará a la Papelera.</numerusform>
            <numerusform>¿Eliminar %n actividades y sus participantes? Pasarán a la Papelera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="183"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="184"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="185"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="213"/>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="255"/>
        <source>&amp;Participants (%1)</source>
        <translation>&amp;Participantes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="261"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representante</numerusform>
            <numerusform>%n representantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="262"/>
        <source>of %n organization(s)</source>
        <translation>
            <numerusform>de %n organización</numerusform>
            <numerusform>de %n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="263"/>
        <source>women: %1, men: %2, not recorded: %3</source>
        <translation>mujeres: %1, hombres: %2, sin registrar: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="266"/>
        <source>%n Member State(s) involved</source>
        <translation>
            <numerusform>%n Estado Miembro participante</numerusform>
            <numerusform>%n Estados Miembros participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="282"/>
        <source>Create activity “%1”</source>
        <translation>Crear la actividad “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="285"/>
        <source>Edit activity “%1”</source>
        <translation>Modificar la actividad “%1”</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="136"/>
        <source>Add from an attendance sheet</source>
        <extracomment>organizations the name likely is across scripts and spellings, not among ``matches``</extracomment>
        <translation>Añadir desde una hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="149"/>
        <source>A .csv or .xlsx file: one row per person</source>
        <translation>Un archivo .csv o .xlsx: una fila por persona</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="151"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Column in the sheet</source>
        <translation>Columna de la hoja</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Means</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>In the sheet</source>
        <translation>En la hoja</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Added as</source>
        <translation>Se añade como</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>People known</source>
        <translation>Personas conocidas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="188"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="529"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="197"/>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="206"/>
        <source>What each column means (guessed from its header; change it if it is wrong):</source>
        <translation>Qué significa cada columna (deducido de su encabezado; cámbielo si no es correcto):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="212"/>
        <source>Organizations found, with how sure each match is (100: the same name):</source>
        <translation>Organizaciones encontradas, con la fiabilidad de cada correspondencia (100: el mismo nombre):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="243"/>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="244"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.xlsm *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="251"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="273"/>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="275"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="276"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="277"/>
        <source>The file is too big for an attendance sheet (%1; at most 20 MB).</source>
        <translation>El archivo es demasiado grande para una hoja de asistencia (%1; máximo 20 MB).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="279"/>
        <source>This is not a spreadsheet: choose a .csv or .xlsx file.</source>
        <translation>Esto no es una hoja de cálculo: elija un archivo .csv o .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="280"/>
        <source>This file is not text that can be read as CSV. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.</source>
        <translation>Este archivo no es un texto que pueda leerse como CSV. Guárdelo desde la hoja de cálculo como “CSV UTF-8” o como .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="282"/>
        <source>The CSV file is malformed near line %1.</source>
        <translation>El archivo CSV está mal formado cerca de la línea %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="284"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="285"/>
        <source>The first row must name the columns.</source>
        <translation>La primera fila debe contener los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="286"/>
        <source>The file has more than %1 rows: that is not an attendance sheet.</source>
        <translation>El archivo tiene más de %1 filas: no es una hoja de asistencia.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="288"/>
        <source>The workbook cannot be read: is it an .xlsx file?</source>
        <translation>No se puede leer el libro: ¿es un archivo .xlsx?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="290"/>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>(not used)</source>
        <translation>(no se usa)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>Person&apos;s name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Sex (F/M)</source>
        <translation>Sexo (F/M)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Number of people</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="304"/>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="352"/>
        <source>Say which column names the organization.</source>
        <translation>Indique qué columna contiene el nombre de la organización.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="356"/>
        <source>Matching…</source>
        <translation>Buscando correspondencias…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="397"/>
        <source>row %1: “%2” is not a number of people</source>
        <translation>fila %1: “%2” no es un número de personas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="401"/>
        <source>%1 women and men is more than the representatives</source>
        <translation>%1 mujeres y hombres superan el número de representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="405"/>
        <source>row %1: “%2” is neither F nor M (counted as not recorded)</source>
        <translation>fila %1: “%2” no es F ni M (se cuenta como sin registrar)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="409"/>
        <source>may already be in the registry: see below</source>
        <translation>puede que ya esté en el registro: véase más abajo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="515"/>
        <source>%n of them may already be in the registry (see below the list)</source>
        <translation>
            <numerusform>%n de ellas podría estar ya en el registro (véase debajo de la lista)</numerusform>
            <numerusform>%n de ellas podrían estar ya en el registro (véase debajo de la lista)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="413"/>
        <source>a new organization needs a country: add a country column or set the activity&apos;s country</source>
        <translation>una organización nueva necesita un país: añada una columna de país o indique el país de la actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="417"/>
        <source>“%1” is not a country code</source>
        <translation>“%1” no es un código de país</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="420"/>
        <source>created in %1, the activity&apos;s country (the sheet has none)</source>
        <translation>creada en %1, el país de la actividad (la hoja no indica ninguno)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="424"/>
        <source>not the same name: check the match</source>
        <translation>no es el mismo nombre: compruebe la correspondencia</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="426"/>
        <source>already taking part</source>
        <translation>ya participa</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="431"/>
        <source>the same organization as another line: leave one out or choose another match</source>
        <translation>la misma organización que en otra línea: excluya una o elija otra correspondencia</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="450"/>
        <source>%1 (score %2)</source>
        <translation>%1 (puntuación %2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="456"/>
        <source>Create new organization “%1”</source>
        <translation>Crear la organización nueva “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="457"/>
        <source>Leave out</source>
        <translation>Excluir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="511"/>
        <source>%n organization(s) to add</source>
        <translation>
            <numerusform>%n organización por añadir</numerusform>
            <numerusform>%n organizaciones por añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="512"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representante</numerusform>
            <numerusform>%n representantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="513"/>
        <source>%n new organization(s)</source>
        <translation>
            <numerusform>%n organización nueva</numerusform>
            <numerusform>%n organizaciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="518"/>
        <source>rows without an organization, left out: %1</source>
        <translation>filas sin organización, excluidas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="522"/>
        <source>%n organization(s) have a problem (in red): fix it, choose another match, or leave them out.</source>
        <translation>
            <numerusform>%n organización tiene un problema (en rojo): corríjalo, elija otra correspondencia o exclúyala.</numerusform>
            <numerusform>%n organizaciones tienen un problema (en rojo): corríjalo, elija otra correspondencia o exclúyalas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="528"/>
        <source>&amp;Add %n organization(s)</source>
        <translation>
            <numerusform>&amp;Añadir %n organización</numerusform>
            <numerusform>&amp;Añadir %n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="538"/>
        <source>Use it</source>
        <translation>Usar esta</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="539"/>
        <source>“%1” may already be in the registry:</source>
        <translation>Puede que “%1” ya esté en el registro:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="569"/>
        <source>Add %n participant(s) from an attendance sheet</source>
        <translation>
            <numerusform>Añadir %n participante desde una hoja de asistencia</numerusform>
            <numerusform>Añadir %n participantes desde una hoja de asistencia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="577"/>
        <source>Nothing was added:</source>
        <translation>No se añadió nada:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="580"/>
        <source>Nothing was added: %1</source>
        <translation>No se añadió nada: %1</translation>
    </message>
</context>
<context>
    <name>CoOrganizers</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="87"/>
        <source>Type part of a name to add an organization</source>
        <translation>Escriba parte de un nombre para añadir una organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="92"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Kept now</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="247"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="357"/>
        <source>The other value</source>
        <translation>El otro valor</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="252"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>Keep this one</source>
        <translation>Conservar este</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="255"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>Keep the other</source>
        <translation>Conservar el otro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="258"/>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="261"/>
        <source>Apply this choice to the remaining conflicts of this kind</source>
        <translation>Aplicar esta elección a los demás conflictos de este tipo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="277"/>
        <source>No conflicts to review. When the same field is changed on two computers before they sync, both values are kept here for you to choose.</source>
        <translation>No hay conflictos que examinar. Cuando el mismo campo se modifica en dos computadoras antes de que se sincronicen, ambos valores se conservan aquí para que usted elija.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Headquarters&apos; version</source>
        <translation>Versión de la Sede</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="356"/>
        <source>Refused and discarded</source>
        <translation>Rechazado y descartado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>&amp;Let it go</source>
        <translation>&amp;Renunciar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>&amp;Send it again</source>
        <translation>En&amp;viar de nuevo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="362"/>
        <source>Headquarters did not accept this change and it was discarded on this computer. The values refused are kept here: send them again (headquarters says again if it still refuses), or let them go.</source>
        <translation>La Sede no aceptó este cambio y se descartó en esta computadora. Los valores rechazados se conservan aquí: envíelos de nuevo (la Sede volverá a indicarlo si sigue rechazándolos) o renuncie a ellos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="366"/>
        <source>Headquarters never had this record: it is in the Trash on this computer.</source>
        <translation>La Sede nunca tuvo este registro: está en la Papelera de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="367"/>
        <source>The value headquarters holds, brought back by the next sync.</source>
        <translation>El valor que tiene la Sede, que se recuperará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="376"/>
        <source>This field was changed on two computers before they synced. One value is kept now; the other is here for you to bring back if it was the right one.</source>
        <translation>Este campo se modificó en dos computadoras antes de que se sincronizaran. Ahora se conserva uno de los valores; el otro está aquí para que lo recupere si era el correcto.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="380"/>
        <source>The record was deleted on one computer and edited on another. Keeping the edit brings the record back.</source>
        <translation>El registro se eliminó en una computadora y se modificó en otra. Si conserva la modificación, el registro se recupera.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="391"/>
        <source>Merged into “%1”</source>
        <translation>Fusionada en “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="392"/>
        <source>another organization</source>
        <translation>otra organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="394"/>
        <source>This organization was merged into two different records on two computers. It now points to the first; what named it went there too. If both records are one organization, merge them as well; if the other merge was right, merge the first record into the other one.</source>
        <translation>Esta organización se fusionó en dos registros distintos en dos computadoras. Ahora remite al primero, al que también pasó todo lo que hacía referencia a ella. Si ambos registros corresponden a una misma organización, fusiónelos también; si la fusión correcta era la otra, fusione el primer registro en el otro.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="233"/>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="234"/>
        <source>Type a date (%1 or 2011-12-31), or press F4 for a calendar.</source>
        <translation>Escriba una fecha (%1 o 2011-12-31) o pulse F4 para abrir un calendario.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="236"/>
        <source>Choose from a calendar (F4)</source>
        <translation>Elegir en un calendario (F4)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="generated_strings.py" line="215"/>
        <source>Computers of the Project</source>
        <translation>Computadoras del proyecto</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="216"/>
        <source>Every computer enrolled with headquarters. A lost or stolen one can be erased: at its next sync it sends what it has not sent, then erases its copy of the registry and signs out for good.</source>
        <translation>Todas las computadoras inscritas en la sede. Una perdida o robada puede borrarse: en su próxima sincronización envía lo que no había enviado, luego borra su copia del registro y cierra la sesión para siempre.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="217"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="218"/>
        <source>&amp;Erase Its Data…</source>
        <translation>&amp;Borrar sus datos…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="219"/>
        <source>Asking headquarters…</source>
        <translation>Consultando a la sede…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="220"/>
        <source>Erase a computer&apos;s data</source>
        <translation>Borrar los datos de una computadora</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="221"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="222"/>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="223"/>
        <source>signed out by headquarters</source>
        <translation>desconectada por la sede</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="224"/>
        <source>to be erased at its next sync</source>
        <translation>se borrará en su próxima sincronización</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="225"/>
        <source>erasing (not yet confirmed)</source>
        <translation>borrándose (aún sin confirmar)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="226"/>
        <source>erased</source>
        <translation>borrada</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="227"/>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="228"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="229"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="230"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="231"/>
        <source>Only the Civil Society Team (hq users) may see the project&apos;s computers.</source>
        <translation>Solo el Equipo de Sociedad Civil (usuarios de la sede) puede ver las computadoras del proyecto.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="232"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="233"/>
        <source>%1 (this computer)</source>
        <translation>%1 (esta computadora)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="234"/>
        <source>Erase everything on “%1” (%2)? At its next sync it sends what it has not sent, then erases its copy of the registry, its backups and logs, and signs out for good. This cannot be undone.</source>
        <translation>¿Borrar todo lo que hay en «%1» (%2)? En su próxima sincronización envía lo que no había enviado, luego borra su copia del registro, sus copias de seguridad y registros, y cierra la sesión para siempre. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/devices.py" line="144"/>
        <source>%n computer(s).</source>
        <translation>
            <numerusform>%n computadora.</numerusform>
            <numerusform>%n computadoras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="182"/>
        <source>Records behind a figure</source>
        <translation>Registros en que se basa una cifra</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="197"/>
        <source>Listing the records…</source>
        <translation>Enumerando los registros…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="219"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="222"/>
        <source>Show the record chosen in its page (Enter or a double-click do the same)</source>
        <translation>Mostrar el registro elegido en su página (Intro o doble clic hacen lo mismo)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="261"/>
        <source>Participations in activities: %1, adding up to %2</source>
        <translation>Participaciones en actividades: %1, que suman %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="263"/>
        <source>Organizations: %1</source>
        <translation>Organizaciones: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Activities: %1</source>
        <translation>Actividades: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Grants: %1</source>
        <translation>Subvenciones: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="265"/>
        <source>People: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="266"/>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="272"/>
        <source>The records could not be listed: %1</source>
        <translation>No se pudieron enumerar los registros: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="209"/>
        <source>Already in the registry?</source>
        <translation>¿Ya está en el registro?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="214"/>
        <source>“%1” looks like %n organization(s) already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</source>
        <translation>
            <numerusform>“%1” se parece a %n organización que ya está en el registro. Abra la organización existente en lugar de crear un segundo registro, o guarde esta como nueva organización si se trata de otra entidad.</numerusform>
            <numerusform>“%1” se parece a %n organizaciones que ya están en el registro. Abra la organización existente en lugar de crear un segundo registro, o guarde esta como nueva organización si se trata de otra entidad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>How alike</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Why</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="246"/>
        <source>&amp;Save as a new organization</source>
        <translation>&amp;Guardar como nueva organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="207"/>
        <source>&amp;Open “%1”</source>
        <extracomment>From this score a match is &quot;very likely&quot; the same organization, below it &quot;likely&quot;.</extracomment>
        <translation>A&amp;brir “%1”</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="235"/>
        <source>very likely the same (%1)</source>
        <translation>muy probablemente la misma (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="236"/>
        <source>likely the same (%1)</source>
        <translation>probablemente la misma (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="237"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="238"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="239"/>
        <source>“%2”: %4 (%3)</source>
        <oldsource>“%2”: %3 — %4</oldsource>
        <translation>“%2”: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="240"/>
        <source>Likely %1</source>
        <translation>Probablemente %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="241"/>
        <source>row %1 of this file, “%2”: %4 (%3)</source>
        <oldsource>row %1 of this file, “%2”: %3 — %4</oldsource>
        <translation>fila %1 de este archivo, “%2”: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="242"/>
        <source>“%2”, %5: %4 (%3)</source>
        <oldsource>“%2” (%5): %3 — %4</oldsource>
        <translation>“%2”, %5: %4 (%3)</translation>
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
        <translation>Persona borrada</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="246"/>
        <source>Headquarters could not erase this person&apos;s data because of an unexpected error (the details are in its log). Try again later.</source>
        <translation>La sede no pudo borrar los datos de esta persona por un error inesperado (los detalles están en su registro). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="247"/>
        <source>Headquarters could not be reached, so nothing was erased. Erasing a person&apos;s data needs a connection: try again when this computer is online.</source>
        <translation>No se pudo contactar con la sede, así que no se borró nada. Borrar los datos de una persona requiere conexión: vuelva a intentarlo cuando este equipo esté en línea.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="248"/>
        <source>The connection to headquarters failed before it answered, so this computer does not know whether the data was erased. Try again when the connection is better: erasing twice does no harm.</source>
        <translation>La conexión con la sede falló antes de su respuesta, así que este equipo no sabe si los datos se borraron. Vuelva a intentarlo cuando la conexión sea mejor: borrar dos veces no causa ningún daño.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="249"/>
        <source>Headquarters refused: only the Civil Society Team (headquarters users) may erase a person&apos;s data.</source>
        <translation>La sede lo rechazó: solo el Equipo de Sociedad Civil (usuarios de la sede) puede borrar los datos de una persona.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="250"/>
        <source>Headquarters does not have this contact yet: it was never synced. Sync, then erase it again (or delete it: it never left this computer).</source>
        <translation>La sede aún no tiene este contacto: nunca se sincronizó. Sincronice y vuelva a borrarlo (o elimínelo: nunca salió de este equipo).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="251"/>
        <source>This computer is not connected to headquarters: log in on the Sync page, then try again.</source>
        <translation>Este equipo no está conectado a la sede: inicie sesión en la página Sincronización y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="252"/>
        <source>Headquarters erased this person&apos;s data on %1. They still count in the activities they took part in, without a name.</source>
        <translation>La sede borró los datos de esta persona el %1. Sigue contando, sin nombre, en las actividades en que participó.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="154"/>
        <source>A &amp;whole table:</source>
        <translation>Una &amp;tabla completa:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="164"/>
        <source>The &amp;list on screen, with its search and filters: %1, %n record(s)</source>
        <translation>
            <numerusform>La &amp;lista en pantalla, con su búsqueda y filtros: %1, %n registro</numerusform>
            <numerusform>La &amp;lista en pantalla, con su búsqueda y filtros: %1, %n registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="170"/>
        <source>The list on screen (this page has no list)</source>
        <translation>La lista en pantalla (esta página no tiene lista)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="175"/>
        <source>CSV (opens in any spreadsheet)</source>
        <translation>CSV (se abre en cualquier hoja de cálculo)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="176"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="177"/>
        <source>JSON (for other programs)</source>
        <translation>JSON (para otros programas)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="180"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="183"/>
        <source>Contacts are personal data: the file will hold people&apos;s names, e-mail addresses, phone numbers and notes. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Los contactos son datos personales: el archivo contendrá nombres, direcciones de correo electrónico, números de teléfono y notas de personas. Guárdelo en lugar seguro y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="216"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="235"/>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="236"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="239"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="286"/>
        <source>The contacts of %n organization(s) at risk are left out. Include the contacts of these at-risk organizations only if you must:</source>
        <translation>
            <numerusform>Se omiten los contactos de %n organización en riesgo. Incluya los contactos de estas organizaciones en riesgo solo si es imprescindible:</numerusform>
            <numerusform>Se omiten los contactos de %n organizaciones en riesgo. Incluya los contactos de estas organizaciones en riesgo solo si es imprescindible:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="318"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="319"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="337"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="354"/>
        <source>This file will hold personal data of %n person(s): their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</source>
        <translation>
            <numerusform>Este archivo contendrá datos personales de %n persona: nombre, cargo, dirección de correo electrónico, número de teléfono, fecha de consentimiento y notas. Cualquiera que obtenga el archivo podrá leerlos. ¿Exportar los contactos?</numerusform>
            <numerusform>Este archivo contendrá datos personales de %n personas: nombres, cargos, direcciones de correo electrónico, números de teléfono, fechas de consentimiento y notas. Cualquiera que obtenga el archivo podrá leerlos. ¿Exportar los contactos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="358"/>
        <source>Export personal data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="372"/>
        <source>Exporting… Cancel stops it and writes no file.</source>
        <translation>Exportando… Cancelar detiene la exportación y no escribe ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="412"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="398"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n registro a %1.</numerusform>
            <numerusform>Se exportaron %n registros a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="261"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>Se canceló la exportación: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="262"/>
        <source>The disk is full: the file was not written. Free some space or choose another disk.</source>
        <translation>El disco está lleno: no se escribió el archivo. Libere espacio o elija otro disco.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="263"/>
        <source>The file was not written.</source>
        <translation>No se escribió el archivo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="264"/>
        <source>The file could not be written to %1: you may not write in that folder, or the file is open in another program. Choose another place or close it.</source>
        <translation>No se pudo escribir el archivo en %1: puede que no tenga permiso para escribir en esa carpeta o que el archivo esté abierto en otro programa. Elija otra ubicación o ciérrelo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="265"/>
        <source>The folder %1 does not exist: choose another place.</source>
        <translation>La carpeta %1 no existe: elija otra ubicación.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="266"/>
        <source>The file was not written: %1</source>
        <translation>No se escribió el archivo: %1</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="140"/>
        <source>Separate several with ;</source>
        <translation>Separe varios con ;</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="158"/>
        <source>Type a country&apos;s name in any UN language, or its code; the list shows the matches.</source>
        <translation>Escriba el nombre de un país en cualquier idioma de las Naciones Unidas, o su código; la lista muestra las coincidencias.</translation>
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
        <translation>Haga clic para ver los registros en que se basa.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="203"/>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="204"/>
        <source>A CSV file, an Excel workbook (.xlsx) or a JSON file whose first row (or keys) name the columns.</source>
        <translation>Un archivo CSV, un libro de Excel (.xlsx) o un archivo JSON cuya primera fila (o cuyas claves) dé nombre a las columnas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="208"/>
        <source>Choose a file…</source>
        <translation>Elija un archivo…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="210"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="216"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="226"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="242"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="243"/>
        <source>Spreadsheets and data (*.csv *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation>Hojas de cálculo y datos (*.csv *.xlsx *.xlsm *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="268"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="287"/>
        <source>%n row(s) to read.</source>
        <translation>
            <numerusform>%n fila por leer.</numerusform>
            <numerusform>%n filas por leer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="288"/>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="239"/>
        <source>Clear filters</source>
        <extracomment>The search box&apos;s narrowest width: a few words stay readable on a 1024-pixel screen. The shortcut of &quot;Save view…&quot; (Ctrl+Shift+S is &quot;Sync now&quot;; Ctrl+D bookmarks in browsers). Characters a filter drop-down shows at its narrowest (its list shows entries whole).</extracomment>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="243"/>
        <source>Vie&amp;ws</source>
        <translation>&amp;Vistas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="430"/>
        <source>Saved searches and filters: apply one, save the current one, rename or delete them</source>
        <translation>Búsquedas y filtros guardados: aplique uno, guarde el actual, cambie su nombre o elimínelos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="252"/>
        <source>&amp;Save view…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="323"/>
        <source>No country is called “%1”: every country is listed.</source>
        <translation>Ningún país se llama “%1”: se muestran todos los países.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="332"/>
        <source>Not a date: the period ignores it.</source>
        <translation>No es una fecha: el período no la tiene en cuenta.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="429"/>
        <source>View on screen: %1</source>
        <translation>Vista en pantalla: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="454"/>
        <source>No saved view yet</source>
        <translation>Aún no hay vistas guardadas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="458"/>
        <source>&amp;Rename view</source>
        <translation>Cambiar el &amp;nombre de la vista</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="460"/>
        <source>&amp;Delete view</source>
        <translation>E&amp;liminar la vista</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="495"/>
        <source>A view called “%1” exists. Replace it?</source>
        <translation>Ya existe una vista llamada “%1”. ¿Reemplazarla?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="496"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="531"/>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="501"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="502"/>
        <source>Name of this search and its filters (e.g. “Kenya 2011”):</source>
        <translation>Nombre de esta búsqueda y sus filtros (p. ej., “Kenya 2011”):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>Rename view</source>
        <translation>Cambiar el nombre de la vista</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>New name of the view “%1”:</source>
        <translation>Nuevo nombre de la vista “%1”:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="529"/>
        <source>Delete the view “%1”? Only its saved search and filters go; no record is touched.</source>
        <translation>¿Eliminar la vista “%1”? Solo se eliminan la búsqueda y los filtros guardados; ningún registro se modifica.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="49"/>
        <source>Welcome to Looking Beyond</source>
        <translation>Le damos la bienvenida a Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="55"/>
        <source>This is your office&apos;s registry of civil-society partners: organizations, their contacts, the activities they took part in and the seed funding they received. Everything works offline; your changes are sent to headquarters when a connection is set up.</source>
        <translation>Este es el registro de asociados de la sociedad civil de su oficina: organizaciones, sus contactos, las actividades en que participaron y la financiación inicial que recibieron. Todo funciona sin conexión; sus cambios se envían a la Sede cuando se configura una conexión.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="60"/>
        <source>Explore with &amp;demo data</source>
        <translation>Explorar con datos de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="63"/>
        <source>Fills this data folder with made-up organizations, activities and grants to try the application. A demo folder can never be connected to headquarters: for real work, start another data folder (File &gt; New data folder…).</source>
        <translation>Llena esta carpeta de datos con organizaciones, actividades y subvenciones ficticias para probar la aplicación. Una carpeta de demostración nunca puede conectarse a la Sede: para el trabajo real, cree otra carpeta de datos (Archivo &gt; Nueva carpeta de datos…).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="66"/>
        <source>Start with an &amp;empty registry</source>
        <translation>Empezar con un registro &amp;vacío</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="69"/>
        <source>You can connect to headquarters later, on the Sync page: your work is kept on this computer until then.</source>
        <translation>Puede conectarse a la Sede más adelante, en la página Sincronización: hasta entonces, su trabajo se conserva en esta computadora.</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="178"/>
        <source>Type the name of a regional lead organization</source>
        <translation>Escriba el nombre de una organización regional principal</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="189"/>
        <source>Type part of an activity&apos;s title to link it</source>
        <translation>Escriba parte del título de una actividad para vincularla</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="191"/>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="199"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="211"/>
        <source>Activities paid for</source>
        <translation>Actividades financiadas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="219"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="220"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="233"/>
        <source>New grant</source>
        <translation>Nueva subvención</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="265"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="308"/>
        <source>Mark as %1</source>
        <translation>Marcar como: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="311"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="313"/>
        <source>Step back</source>
        <translation>Volver atrás</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="329"/>
        <source>Create grant</source>
        <translation>Crear la subvención</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="332"/>
        <source>Edit grant</source>
        <translation>Modificar la subvención</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="366"/>
        <source>Grant: %1</source>
        <translation>Subvención: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="382"/>
        <source>Organization %1</source>
        <translation>Organización %1</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="398"/>
        <source>Search purpose or organization…</source>
        <translation>Buscar finalidad u organización…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="400"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="401"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="402"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="403"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="404"/>
        <source>Follows</source>
        <translation>Seguimiento de</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="409"/>
        <source>&amp;New grant</source>
        <translation>&amp;Nueva subvención</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="411"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="417"/>
        <source>Grants approved in this period (either date may stay empty); a grant not yet approved has no approval date and is left out while a date is set. Type a date or press F4 for a calendar.</source>
        <translation>Subvenciones aprobadas en este período (cualquiera de las fechas puede quedar vacía); una subvención aún no aprobada no tiene fecha de aprobación y se excluye mientras haya una fecha indicada. Escriba una fecha o pulse F4 para abrir un calendario.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved from</source>
        <translation>Aprobadas desde</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved until</source>
        <translation>Aprobadas hasta</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="422"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="423"/>
        <source>The organization&apos;s country: type a country&apos;s name in any UN language, or its code</source>
        <translation>El país de la organización: escriba el nombre de un país en cualquier idioma de las Naciones Unidas, o su código</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="425"/>
        <source>All thematic areas</source>
        <translation>Todas las áreas temáticas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="426"/>
        <source>The organization&apos;s thematic areas (a grant has none of its own); an area includes its sub-themes</source>
        <translation>Las áreas temáticas de la organización (una subvención no tiene áreas propias); un área incluye sus subtemas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="428"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="430"/>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="439"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvención</numerusform>
            <numerusform>%n subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="442"/>
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%1 de %n subvención</numerusform>
            <numerusform>%1 de %n subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="445"/>
        <source>Delete %n grant(s)</source>
        <translation>
            <numerusform>Eliminar %n subvención</numerusform>
            <numerusform>Eliminar %n subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="448"/>
        <source>Delete %n grant(s)? They go to the Trash.</source>
        <translation>
            <numerusform>¿Eliminar %n subvención? Pasará a la Papelera.</numerusform>
            <numerusform>¿Eliminar %n subvenciones? Pasarán a la Papelera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="26"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="39"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="50"/>
        <source>The latest change of these fields, made on another computer and received by sync; earlier changes made there are kept at headquarters.</source>
        <translation>El último cambio de estos campos, hecho en otra computadora y recibido por sincronización; los cambios anteriores hechos allí se conservan en la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="61"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="62"/>
        <source>Edited</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="63"/>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="64"/>
        <source>Restored</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="65"/>
        <source>Merged into another organization</source>
        <translation>Fusión con otra organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="66"/>
        <source>Merge undone</source>
        <translation>Anulación de la fusión</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="968"/>
        <source>Import a file</source>
        <extracomment>Emitted from the database worker&apos;s thread between chunks of rows (done, total): a queued connection shows it; a direct connection runs on the worker (tests cancel there).</extracomment>
        <translation>Importar un archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1018"/>
        <source>Import %n record(s) from %1</source>
        <translation>
            <numerusform>Importar %n registro de %1</numerusform>
            <numerusform>Importar %n registros de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1033"/>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Cancelando… no se importará nada.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="271"/>
        <source>%1 cannot be imported: choose a CSV file, an Excel workbook (.xlsx) or a JSON file.</source>
        <translation>No se puede importar %1: elija un archivo CSV, un libro de Excel (.xlsx) o un archivo JSON.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="272"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="273"/>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1 es una carpeta: elija un archivo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="274"/>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>No se puede leer %1: puede que no tenga permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="275"/>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1 supera los %2 MB: divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="276"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="277"/>
        <source>%1 is not saved as UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, then choose it again.</source>
        <translation>%1 no está guardado como texto UTF-8. En su hoja de cálculo, guárdelo como “CSV UTF-8” y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="278"/>
        <source>%1 is not a text file: is it really a CSV file?</source>
        <translation>%1 no es un archivo de texto: ¿es realmente un archivo CSV?</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="279"/>
        <source>%1 is not a valid CSV file (line %2): a quote may be left open.</source>
        <translation>%1 no es un archivo CSV válido (línea %2): puede haber unas comillas sin cerrar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="280"/>
        <source>%1 has no column names: its first row must name the columns.</source>
        <translation>%1 no tiene nombres de columna: su primera fila debe indicar el nombre de las columnas.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="281"/>
        <source>Column %2 of %1 has no name: name every column in the first row.</source>
        <translation>La columna %2 de %1 no tiene nombre: dé nombre a todas las columnas en la primera fila.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="282"/>
        <source>%1 names a column twice (%2): give each column its own name.</source>
        <translation>%1 repite el nombre de una columna (%2): dé a cada columna un nombre distinto.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="283"/>
        <source>Row %2 of %1 has more cells than there are column names.</source>
        <translation>La fila %2 de %1 tiene más celdas que nombres de columna.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="284"/>
        <source>%1 has more than %2 rows: split it into smaller files.</source>
        <translation>%1 tiene más de %2 filas: divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="285"/>
        <source>%1 has no rows under its column names.</source>
        <translation>%1 no tiene filas debajo de los nombres de columna.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="286"/>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>%1 no es un libro de Excel (.xlsx) legible.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="287"/>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation>La hoja “%2” de %1 está vacía.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="288"/>
        <source>%1 is not a JSON list of records (line %2).</source>
        <translation>%1 no es una lista de registros JSON (línea %2).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="289"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="290"/>
        <source>Contacts of organizations</source>
        <translation>Contactos de organizaciones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="291"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="292"/>
        <source>Participants of activities</source>
        <translation>Participantes en actividades</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="293"/>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="294"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importación: %1 creados, %2 actualizados.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="generated_strings.py" line="295"/>
        <source>This window is locked</source>
        <translation>Esta ventana está bloqueada</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="296"/>
        <source>It locked itself after a while without use, to keep the registry from other eyes. Type your headquarters password or your PIN to go on.</source>
        <translation>Se bloqueó tras un tiempo sin uso, para proteger el registro de otras miradas. Escriba su contraseña de la sede o su PIN para continuar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="297"/>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="298"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="299"/>
        <source>That is neither the password nor the PIN. Try again.</source>
        <translation>No es la contraseña ni el PIN. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="300"/>
        <source>Lock Settings</source>
        <translation>Ajustes de bloqueo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="301"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="302"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="303"/>
        <source>Remove the PIN</source>
        <translation>Quitar el PIN</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="304"/>
        <source>Lock after this long without use:</source>
        <translation>Bloquear tras este tiempo sin uso:</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="305"/>
        <source>New PIN (4 to 12 digits):</source>
        <translation>Nuevo PIN (de 4 a 12 dígitos):</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="306"/>
        <source>The PIN again:</source>
        <translation>El PIN otra vez:</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="307"/>
        <source>The data on this computer is encrypted. Its key is kept in this computer&apos;s keyring, which your sign-in to the computer opens: keep that sign-in to yourself.</source>
        <translation>Los datos de este equipo están cifrados. Su clave se guarda en el llavero de este equipo, que se abre con su inicio de sesión en el equipo: no comparta ese inicio de sesión.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="308"/>
        <source>Your headquarters password and your PIN open the window on this computer.</source>
        <translation>Su contraseña de la sede y su PIN desbloquean la ventana en esta computadora.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="311"/>
        <source>The data on this computer is encrypted with the passphrase typed each time it opens. Without the passphrase nobody can read it.</source>
        <translation>Los datos de este equipo están cifrados con la frase de contraseña que se escribe cada vez que se abren. Sin ella nadie puede leerlos.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="312"/>
        <source>Your headquarters password opens the window on this computer. A PIN is quicker to type.</source>
        <translation>Su contraseña de la sede desbloquea la ventana en esta computadora. Un PIN es más rápido de escribir.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="314"/>
        <source>Your PIN opens the window on this computer.</source>
        <translation>Su PIN desbloquea la ventana en esta computadora.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="315"/>
        <source>Nobody has logged in to headquarters on this computer yet: choose a PIN so that the window can lock.</source>
        <translation>Nadie ha iniciado sesión en la sede desde esta computadora: elija un PIN para que la ventana pueda bloquearse.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="309"/>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="310"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="313"/>
        <source>The settings could not be kept: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/lock.py" line="185"/>
        <source>Too many wrong tries: wait %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: espere %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos: espere %n segundos.</numerusform>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="285"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="183"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflictos (%n)</numerusform>
            <numerusform>Conflictos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="190"/>
        <source>&amp;New organization</source>
        <translation>&amp;Nueva organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="192"/>
        <source>New &amp;activity</source>
        <translation>Nueva &amp;actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="194"/>
        <source>New &amp;grant</source>
        <translation>Nueva &amp;subvención</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="196"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Open data folder…</source>
        <translation>Abrir carpeta de &amp;datos…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="216"/>
        <source>New data &amp;folder…</source>
        <translation>Nueva &amp;carpeta de datos…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="222"/>
        <source>Lock Se&amp;ttings…</source>
        <translation>Aj&amp;ustes de bloqueo…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="259"/>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Cancelar la sincronización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="265"/>
        <source>Sync by &amp;File</source>
        <translation>Sincronizar por &amp;archivo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Write a File for Headquarters…</source>
        <translation>&amp;Escribir un archivo para la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Read a Reply from Headquarters…</source>
        <translation>&amp;Leer una respuesta de la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="275"/>
        <source>Computers of the &amp;Project…</source>
        <translation>Computadoras del &amp;proyecto…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="282"/>
        <source>&amp;About Looking Beyond</source>
        <translation>&amp;Acerca de Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Language</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="341"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="470"/>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="475"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="496"/>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="477"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="638"/>
        <source>Headquarters: not enrolled</source>
        <translation>Sede: sin vincular</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="479"/>
        <source>Log in on the Sync page to connect this computer.</source>
        <translation>Inicie sesión en la página Sincronización para conectar esta computadora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="493"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio por enviar</numerusform>
            <numerusform>%n cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="495"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="550"/>
        <source>Writing the file for headquarters…</source>
        <translation>Escribiendo el archivo para la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="551"/>
        <source>Reading the reply from headquarters…</source>
        <translation>Leyendo la respuesta de la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="556"/>
        <source>The file for headquarters is written.</source>
        <translation>El archivo para la Sede está escrito.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="562"/>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="563"/>
        <source>The reply could not be read.</source>
        <translation>No se pudo leer la respuesta.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="574"/>
        <source>The reply from headquarters is read.</source>
        <translation>Se leyó la respuesta de la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="600"/>
        <source>Syncing with headquarters…</source>
        <translation>Sincronizando con la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="611"/>
        <source>Sync finished.</source>
        <translation>Sincronización terminada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="625"/>
        <source>The next try is in %n minute(s).</source>
        <translation>
            <numerusform>El próximo intento será dentro de %n minuto.</numerusform>
            <numerusform>El próximo intento será dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="636"/>
        <source>Headquarters: reachable</source>
        <translation>Sede: accesible</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="637"/>
        <source>Headquarters: unreachable</source>
        <translation>Sede: inaccesible</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="650"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="672"/>
        <source>This computer has never synced with headquarters: your changes exist only here.</source>
        <translation>Esta computadora nunca se ha sincronizado con la Sede: sus cambios solo existen aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="685"/>
        <source>No sync with headquarters for %n day(s): your recent changes exist only on this computer.</source>
        <translation>
            <numerusform>Sin sincronización con la Sede desde hace %n día: sus cambios recientes solo existen en esta computadora.</numerusform>
            <numerusform>Sin sincronización con la Sede desde hace %n días: sus cambios recientes solo existen en esta computadora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="718"/>
        <source>Looking Beyond — demo data</source>
        <translation>Looking Beyond — datos de demostración</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="773"/>
        <source>The new organization “%1” that you set aside is not saved. Close and lose it? (Cancel, then “Back to it”, to save it.)</source>
        <translation>La nueva organización “%1” que dejó a un lado no está guardada. ¿Cerrar y perderla? (Cancelar y luego “Volver a ella” para guardarla.)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="331"/>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="332"/>
        <source>Choose where the rows go and which field each column fills. Columns set to “Not imported” are left out.</source>
        <translation>Elija adónde van las filas y qué campo completa cada columna. Las columnas marcadas “No se importa” se excluyen.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="361"/>
        <source>&amp;Import into:</source>
        <translation>&amp;Importar en:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="411"/>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="419"/>
        <source>These columns were matched as you matched them last time for this file layout.</source>
        <translation>Estas columnas se asignaron como usted lo hizo la última vez para esta estructura de archivo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="454"/>
        <source>Choose a column for: %1.</source>
        <translation>Elija una columna para: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="458"/>
        <source>Several columns fill the same field: %1.</source>
        <translation>Varias columnas completan el mismo campo: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="461"/>
        <source>Choose a field for at least one column.</source>
        <translation>Elija un campo para al menos una columna.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="198"/>
        <source>Merge the two values</source>
        <translation>Combinar los dos valores</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="199"/>
        <source>Both values are below. Edit them into the one to keep.</source>
        <translation>Los dos valores figuran a continuación. Modifíquelos para obtener el que se conservará.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="112"/>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="299"/>
        <source>Merge two organizations</source>
        <translation>Fusionar dos organizaciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="120"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. The other record&apos;s contacts, participation, grants and co-organizing move to the kept one; its names become other names of the kept one. It is kept out of sight as a pointer, so that what other computers add to it before they hear of the merge lands on the kept one.</source>
        <translation>Elija el registro que se conserva y, para cada campo que difiera, el valor que mantiene. Los contactos, la participación, las subvenciones y la coorganización del otro registro pasan al registro conservado; sus nombres pasan a ser otros nombres del registro conservado. Se guarda oculto como referencia, para que lo que otras computadoras le añadan antes de enterarse de la fusión llegue al registro conservado.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="128"/>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="148"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="163"/>
        <source>One of the two organizations is no longer here.</source>
        <translation>Una de las dos organizaciones ya no está aquí.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="199"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="200"/>
        <source>Kept record: %1</source>
        <translation>Registro conservado: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="201"/>
        <source>Other record: %1</source>
        <translation>Otro registro: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>newer</source>
        <translation>más reciente</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>the kept record has none</source>
        <translation>el registro conservado no tiene valor</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="233"/>
        <source>Proposed: %1</source>
        <translation>Valor propuesto: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="238"/>
        <source>The two records hold the same values.</source>
        <translation>Los dos registros contienen los mismos valores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="249"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="251"/>
        <source>%n participation record(s)</source>
        <translation>
            <numerusform>%n participación</numerusform>
            <numerusform>%n participaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="253"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvención</numerusform>
            <numerusform>%n subvenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="255"/>
        <source>%n co-organized activity(ies)</source>
        <translation>
            <numerusform>%n actividad coorganizada</numerusform>
            <numerusform>%n actividades coorganizadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="256"/>
        <source>Moves to the kept record: %1.</source>
        <translation>Pasa al registro conservado lo siguiente: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="257"/>
        <source>Nothing else names the other record.</source>
        <translation>Nada más remite al otro registro.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="258"/>
        <source>“%1” becomes one of the kept record&apos;s other names.</source>
        <translation>“%1” pasa a ser uno de los otros nombres del registro conservado.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="260"/>
        <source>Edit &gt; Undo takes the merge back.</source>
        <translation>Edición &gt; Deshacer anula la fusión.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="277"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar “%1” en “%2”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="294"/>
        <source>The organizations were not merged: %1</source>
        <translation>Las organizaciones no se fusionaron: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="198"/>
        <source>&amp;Back to it</source>
        <extracomment>How long typing pauses before the name is looked up in the registry (milliseconds).</extracomment>
        <translation>V&amp;olver a ella</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="201"/>
        <source>Discard it</source>
        <translation>Descartarla</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="228"/>
        <source>&amp;Add contact…</source>
        <translation>Añadir &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="230"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="232"/>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="234"/>
        <source>Save the organization to add its contacts.</source>
        <translation>Guarde la organización para añadir sus contactos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="236"/>
        <source>%1 This organization is at risk: these people&apos;s contact details stay on headquarters&apos; and this office&apos;s computers. They are not sent to partners&apos; computers, and exports and reports leave them out unless you ask for them by name.</source>
        <translation>%1 Esta organización está en riesgo: los datos de contacto de estas personas permanecen en los equipos de la sede y de esta oficina. No se envían a los equipos de los socios, y las exportaciones e informes los omiten salvo que los pida expresamente por su nombre.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="250"/>
        <source>Erase Personal Data…</source>
        <translation>Borrar los datos personales…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="281"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="282"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="283"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="284"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="294"/>
        <source>Protect its people&apos;s contact details</source>
        <translation>Proteger los datos de contacto de su personal</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="296"/>
        <source>For people in danger if their names were known. Only headquarters and the office of its country receive their contact details, never partners or other countries&apos; offices. Exports and reports leave them out unless you ask for them by name.</source>
        <translation>Para personas en peligro si se conocieran sus nombres. Solo la sede y la oficina de su país reciben sus datos de contacto, nunca los socios ni las oficinas de otros países. Las exportaciones e informes los omiten salvo que los pida expresamente por su nombre.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="318"/>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="367"/>
        <source>Contacts (%1)</source>
        <translation>Contactos (%1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="413"/>
        <source>Looking for this organization in the registry…</source>
        <translation>Buscando esta organización en el registro…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="481"/>
        <source>Your new organization “%1” was not saved.</source>
        <translation>Su nueva organización “%1” no se guardó.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="551"/>
        <source>Looks like %1.</source>
        <translation>Se parece a %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="552"/>
        <source>Looks like %1, and %n more.</source>
        <translation>
            <numerusform>Se parece a %1, y a %n organización más.</numerusform>
            <numerusform>Se parece a %1, y a %n organizaciones más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="553"/>
        <source>Show…</source>
        <translation>Mostrar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="568"/>
        <source>Create “%1”</source>
        <translation>Crear “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="571"/>
        <source>Edit “%1”</source>
        <translation>Modificar “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="628"/>
        <source>Add contact “%1”</source>
        <translation>Añadir el contacto “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="631"/>
        <source>Edit contact “%1”</source>
        <translation>Modificar el contacto “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="646"/>
        <source>Delete contact “%1”</source>
        <translation>Eliminar el contacto “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="670"/>
        <source>This person&apos;s data is erased, at headquarters and on this computer.</source>
        <translation>Los datos de esta persona están borrados, en la sede y en este equipo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="687"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>Los datos de esta persona ya estaban borrados.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="689"/>
        <source>Headquarters is being asked to erase a person&apos;s data.</source>
        <translation>Se está pidiendo a la sede que borre los datos de una persona.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="691"/>
        <source>Select a contact first.</source>
        <translation>Seleccione primero un contacto.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="694"/>
        <source>Erase this person&apos;s name, e-mail, phone, consent date and notes for good, at headquarters and on every computer (needs a connection).</source>
        <translation>Borrar para siempre el nombre, el correo electrónico, el teléfono, la fecha de consentimiento y las notas de esta persona, en la sede y en todos los equipos (requiere conexión).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="703"/>
        <source>Erased person</source>
        <translation>Persona borrada</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="704"/>
        <source>There is nothing to edit: headquarters erased this person&apos;s data on %1, on every computer. They still count in the activities they took part in, without a name. If the person joins again, add them as a new contact with their consent.</source>
        <translation>No hay nada que editar: la sede borró los datos de esta persona el %1, en todos los equipos. Sigue contando, sin nombre, en las actividades en que participó. Si la persona vuelve, añádala como un contacto nuevo con su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="720"/>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="794"/>
        <source>Erase a person&apos;s data</source>
        <translation>Borrar los datos de una persona</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="721"/>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>¿Borrar para siempre los datos personales de «%1»?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="724"/>
        <source>Headquarters removes this person&apos;s name, e-mail, phone, consent date and notes now, and every computer that holds them at its next sync, from its backups too. This cannot be undone.

The person stays counted in the activities they took part in, without a name. Erasing needs a connection to headquarters.</source>
        <translation>La sede elimina ahora el nombre, el correo electrónico, el teléfono, la fecha de consentimiento y las notas de esta persona, y cada equipo que los tenga lo hará en su próxima sincronización, también en sus copias de seguridad. No se puede deshacer.

La persona sigue contando, sin nombre, en las actividades en que participó. Borrar requiere conexión con la sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="729"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="750"/>
        <source>Asking headquarters to erase this person&apos;s data…</source>
        <translation>Pidiendo a la sede que borre los datos de esta persona…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="779"/>
        <source>Headquarters erased this person&apos;s data (%1). Syncing, so that this computer removes it too…</source>
        <translation>La sede borró los datos de esta persona (%1). Sincronizando para que este equipo también los elimine…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="782"/>
        <source>Headquarters erased this person&apos;s data (%1). This computer removes it at its next sync.</source>
        <translation>La sede borró los datos de esta persona (%1). Este equipo los eliminará en su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="45"/>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="46"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="47"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="48"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="49"/>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="50"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="51"/>
        <source>RLO</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="52"/>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="323"/>
        <source>Not yet synced: changes here wait to be sent to headquarters</source>
        <translation>Aún sin sincronizar: los cambios hechos aquí esperan su envío a la Sede</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="324"/>
        <source>At risk: its people&apos;s contact details stay on headquarters&apos; and the owning office&apos;s computers, and exports and reports leave them out unless asked for by name</source>
        <translation>En riesgo: los datos de contacto de su personal permanecen en los equipos de la sede y de la oficina responsable, y las exportaciones e informes los omiten salvo que se pidan por su nombre</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="325"/>
        <source>Conflict: review it on the Conflicts page</source>
        <translation>Conflicto: revíselo en la página Conflictos</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="70"/>
        <source>Search names, acronyms, cities, notes…</source>
        <extracomment>The search box&apos;s narrowest width (a few words stay readable on a 1024-pixel screen). The list&apos;s narrowest width beside the editor (the name column and a little more).</extracomment>
        <translation>Buscar nombres, siglas, ciudades, notas…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="73"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="74"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="75"/>
        <source>All thematic areas</source>
        <translation>Todas las áreas temáticas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="76"/>
        <source>All networks</source>
        <translation>Todas las redes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="77"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="79"/>
        <source>RLOs only</source>
        <translation>Solo RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="82"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="114"/>
        <source>&amp;New organization</source>
        <translation>&amp;Nueva organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="116"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="122"/>
        <source>&amp;Merge Two Organizations…</source>
        <translation>&amp;Fusionar dos organizaciones…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="124"/>
        <source>Select two records of one organization, then merge them into one</source>
        <translation>Seleccionar dos registros de una misma organización y fusionarlos en uno solo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="220"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="281"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="316"/>
        <source>Merged. Edit &gt; Undo takes it back.</source>
        <translation>Fusión realizada. Edición &gt; Deshacer la anula.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="337"/>
        <source>Delete %n organization(s) and their contacts? They go to the Trash, from where they can be restored.</source>
        <translation>
            <numerusform>¿Eliminar %n organización y sus contactos? Pasará a la Papelera, desde donde puede restaurarse.</numerusform>
            <numerusform>¿Eliminar %n organizaciones y sus contactos? Pasarán a la Papelera, desde donde pueden restaurarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="345"/>
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>Eliminar %n organización</numerusform>
            <numerusform>Eliminar %n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="351"/>
        <source>%n organization(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n organización trasladada a la Papelera.</numerusform>
            <numerusform>%n organizaciones trasladadas a la Papelera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="44"/>
        <source>Organizations by region</source>
        <translation>Organizaciones por región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="45"/>
        <source>Organizations by thematic area</source>
        <translation>Organizaciones por área temática</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="94"/>
        <source>%n organization(s) in the registry</source>
        <translation>
            <numerusform>%n organización en el registro</numerusform>
            <numerusform>%n organizaciones en el registro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="107"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="411"/>
        <source>(no one named)</source>
        <translation>(ninguna persona nombrada)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="250"/>
        <source>Representatives whose sex was not recorded: representatives minus women and men (computed)</source>
        <translation>Representantes cuyo sexo no se registró: representantes menos mujeres y hombres (calculado)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="326"/>
        <source>is required</source>
        <translation>dato obligatorio</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="327"/>
        <source>“%1” is not a whole number of people (0 or more)</source>
        <translation>“%1” no es un número entero de personas (0 o más)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="328"/>
        <source>cannot be more than %1</source>
        <translation>no puede ser superior a %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="329"/>
        <source>%1 women and men is more than the %2 representatives</source>
        <translation>la suma de mujeres y hombres (%1) supera el número de representantes (%2)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="780"/>
        <source>Save the activity to add who took part.</source>
        <translation>Guarde la actividad para añadir a quienes participaron.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="783"/>
        <source>Find organizations or people to add</source>
        <translation>Buscar organizaciones o personas para añadir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="798"/>
        <source>Tick several with Space or a click (or select them with Shift and Ctrl), then Ctrl+Enter adds them all.</source>
        <translation>Marque varias con la barra espaciadora o un clic (o selecciónelas con Shift y Ctrl); luego Ctrl+Intro las añade todas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="803"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="989"/>
        <source>Add &amp;selected</source>
        <translation>Añadir &amp;seleccionadas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="805"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="807"/>
        <source>New &amp;organization…</source>
        <translation>Nueva &amp;organización…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="810"/>
        <source>From attendance s&amp;heet…</source>
        <translation>Desde una &amp;hoja de asistencia…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="822"/>
        <source>Type to change a cell · Tab: next cell · Enter: next row · Ctrl+V: paste from a spreadsheet · Delete: clear or remove · Esc: drop a refused value</source>
        <translation>Escriba para cambiar una celda · Tab: celda siguiente · Intro: fila siguiente · Ctrl+V: pegar desde una hoja de cálculo · Supr: borrar o quitar · Esc: desechar un valor rechazado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="835"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="841"/>
        <source>Loo&amp;k up:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="964"/>
        <source>%1 (already taking part)</source>
        <translation>%1 (ya participa)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="988"/>
        <source>Add %n selected</source>
        <translation>
            <numerusform>Añadir %n seleccionada</numerusform>
            <numerusform>Añadir %n seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1017"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Añadir %n participante</numerusform>
            <numerusform>Añadir %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1044"/>
        <source>Edit participant “%1”</source>
        <translation>Modificar el participante “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1097"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1154"/>
        <source>Nothing was pasted:</source>
        <translation>No se pegó nada:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1101"/>
        <source>Paste into %n participant(s)</source>
        <translation>
            <numerusform>Pegar en %n participante</numerusform>
            <numerusform>Pegar en %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1103"/>
        <source>%n pasted line(s) fell below the last participant and were left out.</source>
        <translation>
            <numerusform>%n línea pegada quedó después del último participante y se excluyó.</numerusform>
            <numerusform>%n líneas pegadas quedaron después del último participante y se excluyeron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1115"/>
        <source>Nothing was saved:</source>
        <translation>No se guardó nada:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1135"/>
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>Pegar %n participante</numerusform>
            <numerusform>Pegar %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1138"/>
        <source>%n organization(s) pasted.</source>
        <translation>
            <numerusform>%n organización pegada.</numerusform>
            <numerusform>%n organizaciones pegadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1140"/>
        <source>Taken as the closest known name:</source>
        <translation>Se tomó el nombre conocido más parecido:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1144"/>
        <source>Not found, left out (add them with New organization):</source>
        <translation>No encontradas, excluidas (añádalas con Nueva organización):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1147"/>
        <source>Left out, their organization was on an earlier line (add its numbers to that line):</source>
        <translation>Excluidas porque su organización figuraba en una línea anterior (añada sus cifras a esa línea):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1169"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Borrar %n celda</numerusform>
            <numerusform>Borrar %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1182"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Quitar %n participante</numerusform>
            <numerusform>Quitar %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1192"/>
        <source>Remove %n participant(s) from this activity?</source>
        <translation>
            <numerusform>¿Quitar %n participante de esta actividad?</numerusform>
            <numerusform>¿Quitar %n participantes de esta actividad?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1221"/>
        <source>Create “%1” and add it</source>
        <translation>Crear “%1” y añadirla</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1244"/>
        <source>&amp;Add “%1” instead</source>
        <translation>&amp;Añadir “%1” en su lugar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1253"/>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Choose a Passphrase</source>
        <translation>Elegir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Unlock the Data</source>
        <translation>Desbloquear los datos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="39"/>
        <source>This computer has no keyring to keep the key that encrypts the data in %1. Choose a passphrase instead: you will type it each time the data is opened.

Keep it safe. Without it nobody, not even headquarters, can read this folder; what was synced can be synced again into a new folder.</source>
        <translation>Este equipo no tiene un llavero donde guardar la clave que cifra los datos de %1. Elija en su lugar una frase de contraseña: la escribirá cada vez que se abran los datos.

Guárdela en un lugar seguro. Sin ella nadie, ni siquiera la sede, puede leer esta carpeta; lo que se sincronizó puede volver a sincronizarse en una carpeta nueva.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="44"/>
        <source>The data in %1 is encrypted with a passphrase. Type it to open the data.</source>
        <translation>Los datos de %1 están cifrados con una frase de contraseña. Escríbala para abrir los datos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="59"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Lock the Data With It</source>
        <translation>&amp;Bloquear los datos con ella</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="78"/>
        <source>That passphrase does not open this data. Try again.</source>
        <translation>Esa frase de contraseña no abre estos datos. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="93"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Al menos %n carácter.</numerusform>
            <numerusform>Al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="583"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="585"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Create anyway</source>
        <translation>Crear de todos modos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Likely already there</source>
        <translation>Probablemente ya existe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="624"/>
        <source>Created anyway</source>
        <translation>Creada de todos modos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="625"/>
        <source>Skipped: likely a duplicate</source>
        <translation>Omitida: probable duplicado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="626"/>
        <source>OK</source>
        <translation>Correcta</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="671"/>
        <source>Check the rows</source>
        <translation>Comprobar las filas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="672"/>
        <source>Every row is checked with the rules of the forms. A file is imported whole or not at all: fix the rows with problems in the file, save it, then choose Check again.</source>
        <translation>Cada fila se comprueba con las reglas de los formularios. Un archivo se importa completo o no se importa: corrija en el archivo las filas con problemas, guárdelo y elija Volver a comprobar.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="676"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="680"/>
        <source>Show only rows with &amp;problems or likely duplicates</source>
        <translation>Mostrar solo las filas con &amp;problemas o probables duplicados</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="684"/>
        <source>S&amp;kip all likely duplicates</source>
        <translation>&amp;Omitir todos los probables duplicados</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="687"/>
        <source>Create all any&amp;way</source>
        <translation>Crear todos de todos &amp;modos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="690"/>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="692"/>
        <source>Read the file again (after fixing it) and check every row.</source>
        <translation>Volver a leer el archivo (una vez corregido) y comprobar todas las filas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="747"/>
        <source>The columns of the file changed: go Back and match them again.</source>
        <translation>Las columnas del archivo han cambiado: vuelva Atrás y asígnelas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="781"/>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="807"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>Se puede importar %n fila.</numerusform>
            <numerusform>Se pueden importar %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="811"/>
        <source>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>Filas con problemas: %n. No se puede importar nada hasta que se corrijan en el archivo.</numerusform>
            <numerusform>Filas con problemas: %n. No se puede importar nada hasta que se corrijan en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="815"/>
        <source>No row has a problem.</source>
        <translation>Ninguna fila tiene problemas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="818"/>
        <source>%n row(s) look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</source>
        <translation>
            <numerusform>%n fila se parece a una organización que ya está en el registro o que crea una fila anterior (en amarillo): se omite salvo que marque “Crear de todos modos”.</numerusform>
            <numerusform>%n filas se parecen a una organización que ya está en el registro o que crea una fila anterior (en amarillo): se omiten salvo que marque “Crear de todos modos”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="822"/>
        <source>Skipped now: %n.</source>
        <translation>
            <numerusform>Fila omitida actualmente: %n.</numerusform>
            <numerusform>Filas omitidas actualmente: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="825"/>
        <source>%n cell(s) start like a spreadsheet formula (=, +, -, @): they are imported as text.</source>
        <translation>
            <numerusform>%n celda empieza como una fórmula de hoja de cálculo (=, +, -, @): se importa como texto.</numerusform>
            <numerusform>%n celdas empiezan como una fórmula de hoja de cálculo (=, +, -, @): se importan como texto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="858"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="859"/>
        <source>The rows are written in one step: all of them, or none.</source>
        <translation>Las filas se escriben en un solo paso: todas o ninguna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="889"/>
        <source>Importing %n row(s)… Cancel stops the import and leaves the data as it was.</source>
        <translation>
            <numerusform>Importando %n fila… Cancelar detiene la importación y deja los datos como estaban.</numerusform>
            <numerusform>Importando %n filas… Cancelar detiene la importación y deja los datos como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="913"/>
        <source>Imported into %1: %2 created, %3 updated, %4 unchanged. Edit ▸ Undo takes the whole import back.</source>
        <translation>Importado en %1: %2 creados, %3 actualizados, %4 sin cambios. Edición ▸ Deshacer anula toda la importación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="921"/>
        <source>%n likely duplicate(s) skipped.</source>
        <translation>
            <numerusform>Se omitió %n probable duplicado.</numerusform>
            <numerusform>Se omitieron %n probables duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="934"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Se canceló la importación: no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="936"/>
        <source>Nothing was imported: %n row(s) broke a rule (the data changed since the rows were checked). Run the import again to see them.</source>
        <translation>
            <numerusform>No se importó nada: %n fila incumplió una regla (los datos cambiaron desde que se comprobaron las filas). Vuelva a ejecutar la importación para verla.</numerusform>
            <numerusform>No se importó nada: %n filas incumplieron una regla (los datos cambiaron desde que se comprobaron las filas). Vuelva a ejecutar la importación para verlas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="940"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="399"/>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="404"/>
        <source>Grants are counted in US dollars with these rates: US dollars for one unit of each currency. They are kept in this data folder only, and every report states their date and source.</source>
        <translation>Las subvenciones se cuentan en dólares de los Estados Unidos con estos tipos: dólares de los Estados Unidos por unidad de cada moneda. Se guardan solo en esta carpeta de datos, y cada informe indica su fecha y su fuente.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="412"/>
        <source>e.g. UN operational rates of exchange, treasury.un.org, June 2011</source>
        <translation>p. ej., tipos de cambio operacionales de las Naciones Unidas, treasury.un.org, junio de 2011</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="416"/>
        <source>Rates &amp;as of:</source>
        <translation>&amp;Fecha de los tipos:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="418"/>
        <source>So&amp;urce:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>US dollars per unit</source>
        <translation>Dólares EE. UU. por unidad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="430"/>
        <source>Currency: its three-letter ISO code (EUR). Rate: how many US dollars one unit is worth (1.08).</source>
        <translation>Moneda: su código ISO de tres letras (EUR). Tipo: cuántos dólares de los Estados Unidos vale una unidad (1,08).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="432"/>
        <source>A&amp;dd currency</source>
        <translation>Añadir &amp;moneda</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="435"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="438"/>
        <source>Restore &amp;shipped rates</source>
        <translation>Restablecer los tipos &amp;incluidos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="440"/>
        <source>Put back the rates that came with the application (saved when you press Save)</source>
        <translation>Restablecer los tipos que venían con la aplicación (se guardan al pulsar Guardar)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="495"/>
        <source>The rates could not be read: %1</source>
        <translation>No se pudieron leer los tipos: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="502"/>
        <source>The rates were not saved: %1</source>
        <translation>No se guardaron los tipos: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="511"/>
        <source>The shipped rates are shown: press Save to use them.</source>
        <translation>Se muestran los tipos incluidos: pulse Guardar para usarlos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="545"/>
        <source>Give the date of the rates.</source>
        <translation>Indique la fecha de los tipos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="548"/>
        <source>Say where the rates come from.</source>
        <translation>Indique la procedencia de los tipos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="557"/>
        <source>Line %1: “%2” is not a currency code (three letters, e.g. EUR).</source>
        <translation>Línea %1: “%2” no es un código de moneda (tres letras, p. ej., EUR).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="562"/>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Línea %1: %2 figura dos veces.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="567"/>
        <source>Line %1: the rate of %2 must be a number above zero (US dollars for one %2).</source>
        <translation>Línea %1: el tipo de %2 debe ser un número mayor que cero (dólares de los Estados Unidos por un %2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="572"/>
        <source>Line %1: one US dollar is worth 1 US dollar.</source>
        <translation>Línea %1: un dólar de los Estados Unidos vale 1 dólar de los Estados Unidos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="600"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="441"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="326"/>
        <source>Indicator</source>
        <extracomment>Unicode&apos;s first-strong isolate and its end: a name inside them is laid out in its own direction (an Arabic name right to left, its acronym in brackets on its left) whatever the direction of the table. The order the table shows some sections&apos; columns in (the others: as computed): the most engaged organizations&apos; representatives under the meetings&apos; representatives, their activities in a column as narrow as theirs, so that the table keeps the width of its figures at 1024×600.</extracomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="454"/>
        <source>Converted with the rates as of %1 (%2).</source>
        <translation>Convertido con los tipos al %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="466"/>
        <source>Not computable: nothing to count it on, or a currency without a rate.</source>
        <translation>No calculable: no hay nada sobre lo que contar, o hay una moneda sin tipo de cambio.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="469"/>
        <source>Double-click or press Enter to list the records behind it.</source>
        <translation>Haga doble clic o pulse Intro para ver los registros en que se basa.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="471"/>
        <source>Double-click or press Enter to open the organization.</source>
        <translation>Haga doble clic o pulse Intro para abrir la organización.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="171"/>
        <source>All time</source>
        <extracomment>How long the page waits after a change of filter or data before computing again (ms). Characters a filter drop-down shows at its narrowest (its list shows entries whole). Tables whose changes can change the report. The export formats, in the order of the Export menu. The least width of the table&apos;s names (pixels; a longer name is elided, whole in its tooltip). The most characters a text column of the table (an organization&apos;s country) is sized for. The headline figures of the strip, in order (``Report.totals`` keys).</extracomment>
        <translation>Todo el período</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="172"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="173"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="692"/>
        <source>Ta&amp;ble</source>
        <extracomment>Exports are written here, beside the database worker (they need no database). Each figure column&apos;s width: what its figures need, and with its text whole.</extracomment>
        <translation>Ta&amp;bla</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="693"/>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="694"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="752"/>
        <source>The period: an activity counts when it starts in it; an organization is engaged when it took part in, or co-organized, such an activity.</source>
        <translation>El período: una actividad se cuenta cuando comienza en él; una organización participa cuando tomó parte en una de esas actividades o la coorganizó.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="757"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="758"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="760"/>
        <source>&amp;Period:</source>
        <translation>Perí&amp;odo:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="761"/>
        <source>Any region</source>
        <translation>Cualquier región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="762"/>
        <source>Organizations based in this UN M49 region or sub-region (activities held there, in the table by region)</source>
        <translation>Organizaciones con sede en esta región o subregión M49 de las Naciones Unidas (actividades celebradas allí, en el cuadro por región)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="766"/>
        <source>Any thematic area</source>
        <translation>Cualquier área temática</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="767"/>
        <source>Organizations working on it, activities on it; a thematic area includes its sub-themes</source>
        <translation>Organizaciones que trabajan en ella, actividades sobre ella; un área temática incluye sus subtemas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="770"/>
        <source>Any network</source>
        <translation>Cualquier red</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="771"/>
        <source>Organizations that belong to this network</source>
        <translation>Organizaciones que pertenecen a esta red</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="774"/>
        <source>Any office</source>
        <translation>Cualquier oficina</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="775"/>
        <source>Activities this UNODC office organized</source>
        <translation>Actividades que organizó esta oficina de la UNODC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="776"/>
        <source>C&amp;lear filters</source>
        <translation>Borrar fi&amp;ltros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="778"/>
        <source>All time, no filter</source>
        <translation>Todo el período, sin filtros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="782"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="783"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="784"/>
        <source>&amp;Thematic area:</source>
        <translation>Área &amp;temática:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="785"/>
        <source>Net&amp;work:</source>
        <translation>Re&amp;d:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="786"/>
        <source>&amp;Office:</source>
        <translation>O&amp;ficina:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="797"/>
        <source>%1: type a date or press F4 for a calendar; empty: no limit.</source>
        <translation>%1: escriba una fecha o pulse F4 para abrir un calendario; vacío: sin límite.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="812"/>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="824"/>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="817"/>
        <source>Organizations based in this country: type its name in any UN language, or its code; or click it on the map</source>
        <translation>Organizaciones con sede en este país: escriba su nombre en cualquier idioma de las Naciones Unidas, o su código; o haga clic en él en el mapa</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="843"/>
        <source>Exchange r&amp;ates…</source>
        <translation>Tipos de &amp;cambio…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="845"/>
        <source>The US-dollar rates grants are converted with: their date and source, to edit</source>
        <translation>Los tipos de cambio en dólares de los Estados Unidos con que se convierten las subvenciones: su fecha y su fuente, para modificarlos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="848"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="850"/>
        <source>Save this report as a PDF, an Excel workbook, a CSV table or JSON</source>
        <translation>Guardar este informe como PDF, libro de Excel, tabla CSV o JSON</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;PDF report (A4)…</source>
        <translation>Informe &amp;PDF (A4)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;Excel workbook…</source>
        <translation>Libro de &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;CSV table…</source>
        <translation>Tabla &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;JSON (for other programs)…</source>
        <translation>&amp;JSON (para otros programas)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="876"/>
        <source>Open fol&amp;der</source>
        <translation>&amp;Ver carpeta</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="879"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="898"/>
        <source>Organizations engaged</source>
        <translation>Organizaciones participantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="899"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="900"/>
        <source>Unique people</source>
        <translation>Personas distintas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="901"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="902"/>
        <source>Member States in joint activities</source>
        <translation>Estados Miembros en actividades conjuntas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="903"/>
        <source>From developing countries</source>
        <translation>De países en desarrollo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="904"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="962"/>
        <source>Organizations engaged, by their country</source>
        <translation>Organizaciones participantes, por país</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="965"/>
        <source>Activities, by where they were held</source>
        <translation>Actividades, por lugar de celebración</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="972"/>
        <source>Click a country to report on it alone; click it again for every country.</source>
        <translation>Haga clic en un país para limitar el informe a ese país; vuelva a hacer clic para incluir todos los países.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="999"/>
        <source>Custom period</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1042"/>
        <source>Not a date: the period keeps its last date.</source>
        <translation>No es una fecha: el período conserva su última fecha.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1063"/>
        <source>No country is called “%1”: every country is counted.</source>
        <translation>Ningún país se llama “%1”: se cuentan todos los países.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1186"/>
        <source>The report could not be computed.</source>
        <translation>No se pudo calcular el informe.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1187"/>
        <source>The report could not be computed: %1</source>
        <translation>No se pudo calcular el informe: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1190"/>
        <source>The figures below are those of the last report computed.</source>
        <translation>Las cifras que figuran a continuación son las del último informe calculado.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1205"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1207"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1220"/>
        <source>Nothing in this period and these filters: no organization took part in an activity that starts in it. Choose “All time” or clear some filters.</source>
        <translation>No hay nada con este período y estos filtros: ninguna organización participó en una actividad que comience en él. Elija “Todo el período” o borre algunos filtros.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1227"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>desconocida (nunca sincronizado, nada guardado)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1228"/>
        <source>Data as of %1</source>
        <translation>Datos al %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1230"/>
        <source>this computer holds: %1</source>
        <translation>esta computadora contiene: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1236"/>
        <source>The figures count the records on this computer as they were at the last sync with headquarters (or, never synced, at the last change saved here).</source>
        <translation>Las cifras cuentan los registros de esta computadora tal como estaban en la última sincronización con la Sede (o, si nunca se sincronizó, en el último cambio guardado aquí).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1240"/>
        <source>This computer holds the organizations of: %1. The filters above choose among them.</source>
        <translation>Esta computadora contiene las organizaciones de: %1. Los filtros de arriba seleccionan entre ellas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1334"/>
        <source>%1 not recorded</source>
        <translation>%1 sin registrar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1338"/>
        <source>%1 by name</source>
        <translation>%1 con nombre</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1487"/>
        <source>all time</source>
        <translation>todo el período</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1488"/>
        <source>Looking Beyond report %1</source>
        <translation>Informe Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1495"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1496"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1498"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1534"/>
        <source>The report was saved to %1.</source>
        <translation>El informe se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>StepDateDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="83"/>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="106"/>
        <source>Mark as %1</source>
        <extracomment>The date a step&apos;s date cannot precede (domain/validation.py: _grant&apos;s in_order rules).</extracomment>
        <translation>Marcar como: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="88"/>
        <source>On which date was this step taken?</source>
        <translation>¿En qué fecha se dio este paso?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="121"/>
        <source>Type a date, or press F4 to pick one from a calendar.</source>
        <translation>Escriba una fecha o pulse F4 para elegirla en un calendario.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="123"/>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="125"/>
        <source>The date cannot be before the previous step (%1).</source>
        <translation>La fecha no puede ser anterior al paso previo (%1).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="554"/>
        <source>Synchronisation with headquarters</source>
        <translation>Sincronización con la Sede</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="568"/>
        <source>Reset and reconcile again…</source>
        <translation>Restablecer y volver a conciliar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="571"/>
        <source>Ask headquarters for everything again and compare it with what is here.</source>
        <translation>Volver a pedir todos los datos a la Sede y compararlos con los que hay aquí.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="606"/>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="615"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="616"/>
        <source>Last successful sync:</source>
        <translation>Última sincronización correcta:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="617"/>
        <source>Waiting to be sent:</source>
        <translation>Pendiente de envío:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="618"/>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="619"/>
        <source>Last problem:</source>
        <translation>Último problema:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="623"/>
        <source>This application:</source>
        <translation>Esta aplicación:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="625"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="629"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="651"/>
        <source>Sync by file</source>
        <translation>Sincronización por archivo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="654"/>
        <source>No connection here? Write a file for headquarters, carry it there (a USB stick, or a colleague who travels), and read the reply headquarters gives you.</source>
        <translation>¿No hay conexión aquí? Escriba un archivo para la Sede, llévelo allí (en una memoria USB o con un colega que viaje) y lea la respuesta que la Sede le entregue.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="658"/>
        <source>Write a File for Headquarters…</source>
        <translation>Escribir un archivo para la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="662"/>
        <source>Put the changes waiting to be sent, and what this computer asks of headquarters, in one sealed file.</source>
        <translation>Poner en un único archivo sellado los cambios pendientes de envío y lo que esta computadora pide a la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="665"/>
        <source>Read a Reply from Headquarters…</source>
        <translation>Leer una respuesta de la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="669"/>
        <source>Read the reply headquarters made for a file from this computer.</source>
        <translation>Leer la respuesta que la Sede preparó para un archivo de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="697"/>
        <source>Log in to headquarters</source>
        <translation>Iniciar sesión en la Sede</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="700"/>
        <source>Connect this computer once with your headquarters account. The password is not kept: headquarters gives this computer a key that stays in the system keyring.</source>
        <translation>Conecte esta computadora una vez con su cuenta de la Sede. La contraseña no se guarda: la Sede da a esta computadora una clave que permanece en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="706"/>
        <source>https://headquarters.example.org</source>
        <translation>https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="716"/>
        <source>e.g. NAIROBI-LAPTOP-2</source>
        <translation>p. ej., NAIROBI-PORTATIL-2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="718"/>
        <source>Colleagues see your changes in History, Trash and Conflicts under your user name and this computer&apos;s name: choose one they will recognise.</source>
        <translation>Sus colegas ven sus cambios en Historial, Papelera y Conflictos con su nombre de usuario y el nombre de esta computadora: elija uno que puedan reconocer.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="720"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="725"/>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="726"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="727"/>
        <source>This &amp;computer&apos;s name:</source>
        <translation>Nombre de esta &amp;computadora:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="728"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="739"/>
        <source>Could not sync</source>
        <translation>No se pudo sincronizar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="748"/>
        <source>Grouped by reason. Open shows the record; Retry sends the change again at the next sync once the reason is dealt with (for example your rights were extended); Discard gives it up and keeps the values on the Conflicts page, where they can be sent again later.</source>
        <translation>Agrupados por motivo. Abrir muestra el registro; Reintentar vuelve a enviar el cambio en la próxima sincronización, una vez resuelto el motivo (por ejemplo, si se ampliaron sus permisos); Descartar renuncia al cambio y conserva los valores en la página Conflictos, desde donde pueden enviarse de nuevo más adelante.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="774"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="776"/>
        <source>Show the selected record in its page (Enter).</source>
        <translation>Mostrar el registro seleccionado en su página (Intro).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="778"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="781"/>
        <source>Give up the selected changes (Delete). Their values stay on the Conflicts page, where they can be sent again.</source>
        <translation>Renunciar a los cambios seleccionados (Supr). Sus valores permanecen en la página Conflictos, desde donde pueden enviarse de nuevo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="784"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="786"/>
        <source>Send the selected changes again (all of them when none is selected).</source>
        <translation>Volver a enviar los cambios seleccionados (todos, si no hay ninguno seleccionado).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="794"/>
        <source>Records headquarters sent that this version could not store. The rest of the sync went on; a corrected version from headquarters replaces them by itself.</source>
        <translation>Registros enviados por la Sede que esta versión no pudo almacenar. El resto de la sincronización continuó; una versión corregida procedente de la Sede los sustituirá automáticamente.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="830"/>
        <source>%1 as %2, from this computer (%3)</source>
        <translation>%1 como %2, desde esta computadora (%3)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="834"/>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="837"/>
        <source>Not connected yet: log in below.</source>
        <translation>Aún sin conexión: inicie sesión a continuación.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="839"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="840"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="842"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n por examinar</numerusform>
            <numerusform>%n por examinar</numerusform>
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
        <translation>%1 — hay una versión más reciente, %2.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="878"/>
        <source>Get it from %1</source>
        <translation>Descárguela desde %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="880"/>
        <source>Ask headquarters for it.</source>
        <translation>Solicítela a la Sede.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="891"/>
        <source>Headquarters did not accept %n change(s).</source>
        <translation>
            <numerusform>La Sede no aceptó %n cambio.</numerusform>
            <numerusform>La Sede no aceptó %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="898"/>
        <source>See “Could not sync” below.</source>
        <translation>Véase “No se pudo sincronizar” más abajo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="900"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1353"/>
        <source>%n record(s) from headquarters could not be stored here.</source>
        <translation>
            <numerusform>No se pudo almacenar aquí %n registro procedente de la Sede.</numerusform>
            <numerusform>No se pudieron almacenar aquí %n registros procedentes de la Sede.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="902"/>
        <source>No problem</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="939"/>
        <source>an organization</source>
        <translation>una organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="940"/>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="941"/>
        <source>an activity</source>
        <translation>una actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="942"/>
        <source>a participation</source>
        <translation>una participación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="943"/>
        <source>a grant</source>
        <translation>una subvención</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="944"/>
        <source>a record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="948"/>
        <source>“%1” is missing</source>
        <translation>falta “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="950"/>
        <source>“%1” is not valid</source>
        <translation>“%1” no es válido</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="952"/>
        <source>“%1” could not be read</source>
        <translation>no se pudo leer “%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="954"/>
        <source>it has a field this version does not know; installing the newest version may help</source>
        <translation>tiene un campo que esta versión no conoce; instalar la versión más reciente puede resolverlo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="957"/>
        <source>it belongs to a record that never arrived</source>
        <translation>pertenece a un registro que nunca llegó</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="959"/>
        <source>this version does not know that kind of record</source>
        <translation>esta versión no conoce ese tipo de registro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="961"/>
        <source>this computer&apos;s database refused it</source>
        <translation>la base de datos de esta computadora lo rechazó</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="962"/>
        <source>Headquarters sent %1 this version could not store: %2</source>
        <translation>La Sede envió %1 que esta versión no pudo almacenar: %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1050"/>
        <source>Write a File for Headquarters</source>
        <translation>Escribir un archivo para la Sede</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1051"/>
        <source>Sync files (*.lbsync)</source>
        <translation>Archivos de sincronización (*.lbsync)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1070"/>
        <source>Read a Reply from Headquarters</source>
        <translation>Leer una respuesta de la Sede</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1071"/>
        <source>Sync files (*.lbsync);;All files (*)</source>
        <translation>Archivos de sincronización (*.lbsync);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1088"/>
        <source>Type the server address, your user name and your password.</source>
        <translation>Escriba la dirección del servidor, su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1092"/>
        <source>Give this computer a name that colleagues will recognise, e.g. NAIROBI-LAPTOP-2.</source>
        <translation>Dé a esta computadora un nombre que sus colegas puedan reconocer, p. ej., NAIROBI-PORTATIL-2.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1215"/>
        <source>Connecting to headquarters…</source>
        <translation>Conectando con la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1107"/>
        <source>This computer is now connected to headquarters.</source>
        <translation>Esta computadora ya está conectada a la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1108"/>
        <source>Connected as %1. The first sync starts now.</source>
        <translation>Conectado como %1. La primera sincronización comienza ahora.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1120"/>
        <source>Ask headquarters for all the data again and reconcile it with this computer? Your changes not yet sent are kept and sent as usual. This can take a while on a slow connection.</source>
        <translation>¿Volver a pedir todos los datos a la Sede y conciliarlos con esta computadora? Sus cambios aún no enviados se conservan y se envían como de costumbre. Con una conexión lenta, esto puede tardar un tiempo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1123"/>
        <source>Reset and reconcile again</source>
        <translation>Restablecer y volver a conciliar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1131"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1377"/>
        <source>Many records would be deleted</source>
        <translation>Se eliminarían muchos registros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1132"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1379"/>
        <source>Headquarters&apos; changes would delete %1 of the %2 records on this computer. Nothing has been changed yet.</source>
        <translation>Los cambios de la Sede eliminarían %1 de los %2 registros de esta computadora. Todavía no se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1135"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1385"/>
        <source>Apply these deletions? Choose No if this looks wrong, and ask the Civil Society Team.</source>
        <translation>¿Aplicar estas eliminaciones? Elija No si parece un error y consulte al Equipo de la Sociedad Civil.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1180"/>
        <source>Discard the change to “%1” that headquarters did not accept? The record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>¿Descartar el cambio de “%1” que la Sede no aceptó? El registro volverá a la versión de la Sede en la próxima sincronización (o a la Papelera, si la Sede nunca lo tuvo). Los valores permanecen en la página Conflictos, desde donde pueden enviarse de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1186"/>
        <source>Discard the changes to %n record(s) that headquarters did not accept? Each record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>
            <numerusform>¿Descartar los cambios de %n registro que la Sede no aceptó? Cada registro volverá a la versión de la Sede en la próxima sincronización (o a la Papelera, si la Sede nunca lo tuvo). Los valores permanecen en la página Conflictos, desde donde pueden enviarse de nuevo.</numerusform>
            <numerusform>¿Descartar los cambios de %n registros que la Sede no aceptó? Cada registro volverá a la versión de la Sede en la próxima sincronización (o a la Papelera, si la Sede nunca lo tuvo). Los valores permanecen en la página Conflictos, desde donde pueden enviarse de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1192"/>
        <source>Discard refused changes</source>
        <translation>Descartar cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1222"/>
        <source>Cancelling after the current round trip…</source>
        <translation>Cancelando después del intercambio en curso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1228"/>
        <source>Round trip %1, %n record(s) received</source>
        <translation>
            <numerusform>Intercambio %1, %n registro recibido</numerusform>
            <numerusform>Intercambio %1, %n registros recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1235"/>
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>%n registro enviado</numerusform>
            <numerusform>%n registros enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1236"/>
        <source>received %n record(s)</source>
        <translation>
            <numerusform>%n registro recibido</numerusform>
            <numerusform>%n registros recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1238"/>
        <source>%n new conflict(s) to review</source>
        <translation>
            <numerusform>%n conflicto nuevo por examinar</numerusform>
            <numerusform>%n conflictos nuevos por examinar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1240"/>
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n cambio rechazado</numerusform>
            <numerusform>%n cambios rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1242"/>
        <source>%n record(s) from headquarters could not be stored here</source>
        <translation>
            <numerusform>%n registro procedente de la Sede no pudo almacenarse aquí</numerusform>
            <numerusform>%n registros procedentes de la Sede no pudieron almacenarse aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1246"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1346"/>
        <source>%n record(s) left this office&apos;s scope and were removed from this computer.</source>
        <translation>
            <numerusform>%n registro quedó fuera del ámbito de esta oficina y se retiró de esta computadora.</numerusform>
            <numerusform>%n registros quedaron fuera del ámbito de esta oficina y se retiraron de esta computadora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1249"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1349"/>
        <source>Headquarters erased the personal data of %n person(s) at their request: removed from this computer too.</source>
        <translation>
            <numerusform>La sede borró a petición suya los datos personales de %n persona: eliminados también de este equipo.</numerusform>
            <numerusform>La sede borró a petición suya los datos personales de %n personas: eliminados también de este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1276"/>
        <source>Writing the file for headquarters…</source>
        <translation>Escribiendo el archivo para la Sede…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1277"/>
        <source>Reading the reply from headquarters…</source>
        <translation>Leyendo la respuesta de la Sede…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1289"/>
        <source>The file carries %n changed record(s) made on this computer, and asks headquarters for what changed since this computer last heard from it.</source>
        <translation>
            <numerusform>El archivo lleva %n registro modificado en esta computadora y pide a la Sede lo que cambió desde la última vez que esta computadora supo de ella.</numerusform>
            <numerusform>El archivo lleva %n registros modificados en esta computadora y pide a la Sede lo que cambió desde la última vez que esta computadora supo de ella.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1293"/>
        <source>The file carries no changes (nothing is waiting to be sent); it asks headquarters for what changed since this computer last heard from it.</source>
        <translation>El archivo no lleva cambios (nada espera ser enviado); pide a la Sede lo que cambió desde la última vez que esta computadora supo de ella.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1298"/>
        <source>It also carries %n conflict(s) settled here.</source>
        <translation>
            <numerusform>También lleva %n conflicto resuelto aquí.</numerusform>
            <numerusform>También lleva %n conflictos resueltos aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1301"/>
        <source>%n further change(s) did not fit: they go in the next file.</source>
        <translation>
            <numerusform>%n cambio más no cupo: irá en el próximo archivo.</numerusform>
            <numerusform>%n cambios más no cupieron: irán en el próximo archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1303"/>
        <source>It is sealed for headquarters: nobody else can read it, and any change to it is detected. The changes stay “not sent” until the reply is read here.</source>
        <translation>Está sellado para la Sede: nadie más puede leerlo y cualquier alteración se detecta. Los cambios siguen “sin enviar” hasta que la respuesta se lea aquí.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1307"/>
        <source>Written to %1 (%2 KB).</source>
        <translation>Escrito en %1 (%2 KB).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1310"/>
        <source>Next: carry it to headquarters. There it is read with “%1” or on headquarters&apos; %2 page. Bring back the reply it gives and choose “Read a Reply from Headquarters…”.</source>
        <translation>Después: llévelo a la Sede. Allí se lee con “%1” o en la página %2 de la Sede. Traiga de vuelta la respuesta que se obtenga y elija “Leer una respuesta de la Sede…”.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1327"/>
        <source>Every change made here has reached headquarters.</source>
        <translation>Todos los cambios hechos aquí han llegado a la Sede.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1329"/>
        <source>%n change(s) made here are still waiting to be sent.</source>
        <translation>
            <numerusform>%n cambio hecho aquí sigue esperando ser enviado.</numerusform>
            <numerusform>%n cambios hechos aquí siguen esperando ser enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1332"/>
        <source>This reply was read on this computer before; nothing changed.</source>
        <translation>Esta respuesta ya se leyó en esta computadora; nada cambió.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1334"/>
        <source>Read the reply headquarters made on %1.</source>
        <translation>Se leyó la respuesta que la Sede preparó el %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1336"/>
        <source>Received %n record(s)</source>
        <translation>
            <numerusform>%n registro recibido</numerusform>
            <numerusform>%n registros recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1338"/>
        <source>%n value(s) corrected by headquarters</source>
        <translation>
            <numerusform>%n valor corregido por la Sede</numerusform>
            <numerusform>%n valores corregidos por la Sede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1341"/>
        <source>Headquarters refused %n change(s): see “Could not sync” below.</source>
        <translation>
            <numerusform>La Sede rechazó %n cambio: vea “No se pudo sincronizar” más abajo.</numerusform>
            <numerusform>La Sede rechazó %n cambios: vea “No se pudo sincronizar” más abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1344"/>
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflicto por examinar.</numerusform>
            <numerusform>%n conflictos por examinar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1357"/>
        <source>Headquarters has more for this computer: write a new file and carry it there again.</source>
        <translation>La Sede tiene más para esta computadora: escriba un archivo nuevo y llévelo allí otra vez.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1383"/>
        <source>Headquarters&apos; reply would delete many of the records on this computer. Nothing has been changed yet.</source>
        <translation>La respuesta de la Sede eliminaría muchos de los registros de esta computadora. Todavía no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1402"/>
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Nuevo intento dentro de %n minuto.</numerusform>
            <numerusform>Nuevo intento dentro de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_worker.py" line="301"/>
        <source>This data folder holds demo data, which must never reach headquarters, so it cannot be connected to headquarters or synced. Keep it for trying the application. For real work, start a new data folder: File &gt; New data folder… (or run: lookingbeyond gui --data-dir NEW_FOLDER), then log in there.</source>
        <extracomment>Codes after which the device must log in again (its token is missing or no longer valid).</extracomment>
        <translation>Esta carpeta de datos contiene datos de demostración, que nunca deben llegar a la Sede, por lo que no puede conectarse a la Sede ni sincronizarse. Consérvela para probar la aplicación. Para el trabajo real, cree una nueva carpeta de datos: Archivo &gt; Nueva carpeta de datos… (o ejecute: lookingbeyond gui --data-dir NUEVA_CARPETA) e inicie sesión en ella.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted by</source>
        <translation>Eliminado por</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="45"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="51"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="67"/>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="93"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="105"/>
        <source>%n deleted record(s). Restoring an organization or an activity also brings back the contacts or participants deleted with it.</source>
        <translation>
            <numerusform>%n registro eliminado. Al restaurar una organización o una actividad también se recuperan los contactos o participantes eliminados con ella.</numerusform>
            <numerusform>%n registros eliminados. Al restaurar una organización o una actividad también se recuperan los contactos o participantes eliminados con ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="121"/>
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restaurar %n registro</numerusform>
            <numerusform>Restaurar %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="129"/>
        <source>Restore %n record(s)?</source>
        <translation>
            <numerusform>¿Restaurar %n registro?</numerusform>
            <numerusform>¿Restaurar %n registros?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldMapWidget</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="567"/>
        <source>World map</source>
        <extracomment>The open sea of the South Pacific, west of South America, as shares of the frame&apos;s width and height from its lower-left corner: where the legend covers no land. ISO alpha-2 code of the country picked, &quot;&quot; when the pick is cleared.</extracomment>
        <translation>Mapa del mundo</translation>
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
            <numerusform>%n organización participante</numerusform>
            <numerusform>%n organizaciones participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="664"/>
        <source>%n activity(ies) held</source>
        <translation>
            <numerusform>%n actividad celebrada</numerusform>
            <numerusform>%n actividades celebradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="715"/>
        <source>Activities held</source>
        <translation>Actividades celebradas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="716"/>
        <source>Organizations engaged</source>
        <translation>Organizaciones participantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="829"/>
        <source>Countries coloured by the number of activities held there.</source>
        <translation>Países coloreados según el número de actividades celebradas en ellos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="831"/>
        <source>Countries coloured by the number of organizations engaged there.</source>
        <translation>Países coloreados según el número de organizaciones participantes en ellos.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="833"/>
        <source>Arrow keys go from country to country, Enter filters the report by one, Escape clears the filter.</source>
        <translation>Las teclas de flecha pasan de un país a otro, Intro filtra el informe por un país y Esc borra el filtro.</translation>
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
        <translation>Nueva carpeta de datos: elija o cree una carpeta vacía</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="172"/>
        <source>Open a data folder</source>
        <translation>Abrir una carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="179"/>
        <source>This data folder is already open.</source>
        <translation>Esta carpeta de datos ya está abierta.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="183"/>
        <source>%1 already holds Looking Beyond data. Open it as it is?</source>
        <translation>%1 ya contiene datos de Looking Beyond. ¿Abrirla tal como está?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="188"/>
        <source>There is no Looking Beyond data in %1. Start a new data folder there?</source>
        <translation>No hay datos de Looking Beyond en %1. ¿Crear allí una nueva carpeta de datos?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="208"/>
        <source>Encrypting the data on this computer…</source>
        <translation>Cifrando los datos en este equipo…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="301"/>
        <source>Backed up the data (%1 MB).</source>
        <translation>Se hizo una copia de seguridad de los datos (%1 MB).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="306"/>
        <source>The automatic backup failed: %1</source>
        <translation>Falló la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="347"/>
        <source>Headquarters asked for this computer&apos;s copy of the registry to be erased. Everything it had not sent was received first. The data, its backups and logs, and the sign-in on this computer are now erased.</source>
        <translation>La sede pidió borrar la copia del registro de esta computadora. Primero se recibió todo lo que no se había enviado. Los datos, sus copias de seguridad y registros, y el inicio de sesión en esta computadora ya están borrados.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="352"/>
        <source>Headquarters could not be told yet; the data is erased all the same.</source>
        <translation>Todavía no se pudo avisar a la sede; los datos se borraron de todos modos.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="generated_strings.py" line="202"/>
        <source>A record no longer on this computer</source>
        <translation>Un registro que ya no está en esta computadora</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="203"/>
        <source>Deleted or not</source>
        <translation>Eliminado o no</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="204"/>
        <source>whole record</source>
        <translation>registro completo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="205"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="206"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="207"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="208"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="209"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="210"/>
        <source>changed in two places</source>
        <translation>modificado en dos lugares</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="211"/>
        <source>edited here, deleted elsewhere</source>
        <translation>modificado aquí, eliminado en otro lugar</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="212"/>
        <source>deleted here, edited elsewhere</source>
        <translation>eliminado aquí, modificado en otro lugar</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="213"/>
        <source>refused by headquarters, discarded</source>
        <translation>rechazado por la Sede, descartado</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="214"/>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="47"/>
        <source>same or similar name</source>
        <extracomment>The translation context of the reasons. Why two records look like one organization: code → English text (translate in CONTEXT).</extracomment>
        <translation>nombre igual o similar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="48"/>
        <source>name in another script</source>
        <translation>nombre en otra escritura</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="49"/>
        <source>same acronym</source>
        <translation>mismas siglas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="50"/>
        <source>same website domain</source>
        <translation>mismo dominio de sitio web</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="51"/>
        <source>same e-mail domain</source>
        <translation>mismo dominio de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="52"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="53"/>
        <source>same registration number</source>
        <translation>mismo número de registro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="54"/>
        <source>same city</source>
        <translation>misma ciudad</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="103"/>
        <location filename="generated_strings.py" line="260"/>
        <source>Details are in the log: %1</source>
        <extracomment>The tables MainWindow.open_record can show. Records shown through the record they belong to: a participation in its activity, a person at their organization (table, column holding the owner&apos;s id, owner&apos;s table). Failures whose message says what went wrong and what to do (ui/errors.human_message): a person is not sent to the log for them.</extracomment>
        <translation>Los detalles figuran en el archivo de registro: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="253"/>
        <source>Something went wrong that the application did not expect. Your saved work is safe.</source>
        <translation>Se produjo un error inesperado en la aplicación. El trabajo que ya guardó está a salvo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="254"/>
        <source>The disk is full, so this was not saved. Free some space on the disk, then try again: nothing already saved was lost.</source>
        <translation>El disco está lleno, por lo que esto no se guardó. Libere espacio en el disco y vuelva a intentarlo: no se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="255"/>
        <source>The database is busy with another program. Close it and try again.</source>
        <translation>Otro programa está usando la base de datos. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="256"/>
        <source>Looking Beyond</source>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="257"/>
        <source>The record was not saved: %1</source>
        <translation>No se guardó el registro: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="258"/>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="259"/>
        <source>The disk could not be used: %1</source>
        <translation>No se pudo usar el disco: %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="88"/>
        <location filename="generated_strings.py" line="174"/>
        <source>Record identifier</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="92"/>
        <location filename="generated_strings.py" line="175"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="90"/>
        <location filename="generated_strings.py" line="182"/>
        <source>Co-organizers</source>
        <translation>Coorganizadores</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="91"/>
        <location filename="generated_strings.py" line="187"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="93"/>
        <location filename="generated_strings.py" line="188"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="94"/>
        <location filename="generated_strings.py" line="189"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="95"/>
        <location filename="generated_strings.py" line="190"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="96"/>
        <location filename="generated_strings.py" line="191"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="97"/>
        <location filename="generated_strings.py" line="192"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="98"/>
        <location filename="generated_strings.py" line="156"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="151"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="152"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="153"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="154"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="155"/>
        <source>Consent given on</source>
        <translation>Consentimiento otorgado el</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="157"/>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="158"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="159"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="160"/>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="161"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="162"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="163"/>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="164"/>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="165"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="166"/>
        <source>Regional lead organization</source>
        <translation>Organización regional principal</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="167"/>
        <source>RLO region</source>
        <translation>Región de la RLO</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="168"/>
        <source>ECOSOC status</source>
        <translation>Carácter consultivo (ECOSOC)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="169"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="170"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="171"/>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="172"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="173"/>
        <source>Merged into</source>
        <translation>Fusionada en</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="176"/>
        <source>Erased on</source>
        <translation>Borrado el</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="177"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="178"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="179"/>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="180"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="181"/>
        <source>Organizing office</source>
        <translation>Oficina organizadora</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="183"/>
        <source>Member States involved</source>
        <translation>Estados Miembros participantes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="184"/>
        <source>Intergovernmental meeting</source>
        <translation>Reunión intergubernamental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="185"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="186"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="193"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="194"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="195"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="196"/>
        <source>Follows the meeting</source>
        <translation>Seguimiento de la reunión</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="197"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="198"/>
        <source>Approved on</source>
        <translation>Aprobada el</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="199"/>
        <source>Disbursed on</source>
        <translation>Desembolsada el</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="200"/>
        <source>Report received on</source>
        <translation>Informe recibido el</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="201"/>
        <source>Activities paid for</source>
        <translation>Actividades financiadas</translation>
    </message>
</context>
<context>
    <name>leave</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="29"/>
        <source>Save your changes to “%1”?</source>
        <translation>¿Guardar los cambios en “%1”?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="31"/>
        <source>Save this new record?</source>
        <translation>¿Guardar este nuevo registro?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="32"/>
        <source>If you discard them, your changes are lost.</source>
        <translation>Si los descarta, se perderán sus cambios.</translation>
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
        <translation>El archivo de datos de Looking Beyond está dañado, por lo que la aplicación no puede fiarse de lo que lee en él.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="318"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="319"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="320"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>Falló la copia de seguridad automática; consulte el archivo de registro.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="321"/>
        <source>An automatic backup from %1 is available. Restoring it brings back the data as it was then; the next sync fetches from headquarters what this computer had synced since. Edits made after the backup and not yet synced cannot be recovered. The damaged file is kept in the data folder, not deleted.</source>
        <translation>Hay una copia de seguridad automática del %1. Al restaurarla, los datos vuelven a estar como en ese momento; la próxima sincronización traerá de la Sede lo que esta computadora haya sincronizado desde entonces. Las modificaciones hechas después de la copia y aún no sincronizadas no pueden recuperarse. El archivo dañado se conserva en la carpeta de datos; no se elimina.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="322"/>
        <source>There is no usable backup in %1. Ask the Civil Society Team for help; the damaged file is left as it is.</source>
        <translation>No hay ninguna copia de seguridad utilizable en %1. Pida ayuda al Equipo de la Sociedad Civil; el archivo dañado se deja tal como está.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="generated_strings.py" line="267"/>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="268"/>
        <source>another computer</source>
        <translation>otra computadora</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="269"/>
        <source>Computer id: %1</source>
        <translation>Identificador de la computadora: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="270"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location filename="generated_strings.py" line="41"/>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="42"/>
        <source>Northern Africa</source>
        <translation>África septentrional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="43"/>
        <source>Sub-Saharan Africa</source>
        <translation>África subsahariana</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="44"/>
        <source>Eastern Africa</source>
        <translation>África oriental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="45"/>
        <source>Middle Africa</source>
        <translation>África central</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="46"/>
        <source>Southern Africa</source>
        <translation>África meridional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="47"/>
        <source>Western Africa</source>
        <translation>África occidental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="48"/>
        <source>Americas</source>
        <translation>Américas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="49"/>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="50"/>
        <source>Caribbean</source>
        <translation>Caribe</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="51"/>
        <source>Central America</source>
        <translation>Centroamérica</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="52"/>
        <source>South America</source>
        <translation>América del Sur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="53"/>
        <source>Northern America</source>
        <translation>América septentrional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="54"/>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="55"/>
        <source>Central Asia</source>
        <translation>Asia central</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="56"/>
        <source>Eastern Asia</source>
        <translation>Asia oriental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="57"/>
        <source>South-eastern Asia</source>
        <translation>Asia sudoriental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="58"/>
        <source>Southern Asia</source>
        <translation>Asia meridional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="59"/>
        <source>Western Asia</source>
        <translation>Asia occidental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="60"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="61"/>
        <source>Eastern Europe</source>
        <translation>Europa oriental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="62"/>
        <source>Northern Europe</source>
        <translation>Europa septentrional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="63"/>
        <source>Channel Islands</source>
        <translation>Islas del Canal</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="64"/>
        <source>Southern Europe</source>
        <translation>Europa meridional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="65"/>
        <source>Western Europe</source>
        <translation>Europa occidental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="66"/>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="67"/>
        <source>Australia and New Zealand</source>
        <translation>Australia y Nueva Zelandia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="68"/>
        <source>Melanesia</source>
        <translation>Melanesia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="69"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="70"/>
        <source>Polynesia</source>
        <translation>Polinesia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="71"/>
        <source>Drugs and health</source>
        <translation>Drogas y salud</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="72"/>
        <source>Drug use prevention</source>
        <translation>Prevención del consumo de drogas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="73"/>
        <source>Drug dependence treatment and care</source>
        <translation>Tratamiento y atención de la drogodependencia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="74"/>
        <source>Rehabilitation and reintegration of people who use drugs</source>
        <translation>Rehabilitación y reinserción social de las personas que consumen drogas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="75"/>
        <source>HIV/AIDS prevention and care</source>
        <translation>Prevención y atención del VIH/sida</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="76"/>
        <source>Sustainable livelihoods and alternative development</source>
        <translation>Medios de vida sostenibles y desarrollo alternativo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="77"/>
        <source>Countering illicit drug trafficking</source>
        <translation>Lucha contra el tráfico ilícito de drogas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="78"/>
        <source>Anti-corruption</source>
        <translation>Lucha contra la corrupción</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="79"/>
        <source>Ratification and implementation of UNCAC</source>
        <translation>Ratificación y aplicación de la Convención contra la Corrupción</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="80"/>
        <source>UNCAC Review Mechanism</source>
        <translation>Mecanismo de Examen de la Aplicación de la Convención contra la Corrupción</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="81"/>
        <source>Prevention of corruption, integrity and transparency</source>
        <translation>Prevención de la corrupción, integridad y transparencia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="82"/>
        <source>Judicial integrity and access to justice</source>
        <translation>Integridad judicial y acceso a la justicia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="83"/>
        <source>Private sector integrity</source>
        <translation>Integridad en el sector privado</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="84"/>
        <source>Asset recovery</source>
        <translation>Recuperación de activos</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="85"/>
        <source>Crime prevention and criminal justice</source>
        <translation>Prevención del delito y justicia penal</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="86"/>
        <source>Trafficking in persons</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="87"/>
        <source>Smuggling of migrants</source>
        <translation>Tráfico ilícito de migrantes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="88"/>
        <source>Transnational organized crime</source>
        <translation>Delincuencia organizada transnacional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="89"/>
        <source>Terrorism prevention</source>
        <translation>Prevención del terrorismo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="90"/>
        <source>Small arms and firearms control</source>
        <translation>Control de armas pequeñas y armas de fuego</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="91"/>
        <source>Environmental crime</source>
        <translation>Delitos que afectan al medio ambiente</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="92"/>
        <source>Crime prevention, including among youth</source>
        <translation>Prevención del delito, incluso entre los jóvenes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="93"/>
        <source>Criminal justice and prison reform</source>
        <translation>Justicia penal y reforma penitenciaria</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="94"/>
        <source>Victim and witness protection</source>
        <translation>Protección de víctimas y testigos</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="95"/>
        <source>Juvenile justice</source>
        <translation>Justicia de menores</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="96"/>
        <source>Vienna NGO Committee on Drugs</source>
        <translation>Comité de ONG de Viena sobre Estupefacientes</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="97"/>
        <source>Alliance of NGOs on Crime Prevention and Criminal Justice</source>
        <translation>Alianza de ONG para la Prevención del Delito y la Justicia Penal</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="98"/>
        <source>UNCAC Coalition</source>
        <translation>Coalición UNCAC</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="99"/>
        <source>Transparency International national chapter</source>
        <translation>Capítulo nacional de Transparency International</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="100"/>
        <source>UNODC Headquarters</source>
        <translation>Sede de la UNODC</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="101"/>
        <source>New York Liaison Office</source>
        <translation>Oficina de Enlace en Nueva York</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="102"/>
        <source>Brussels Liaison Office</source>
        <translation>Oficina de Enlace en Bruselas</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="103"/>
        <source>Regional Office for Eastern Africa</source>
        <translation>Oficina Regional para África Oriental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="104"/>
        <source>Regional Office for Southern Africa</source>
        <translation>Oficina Regional para África Meridional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="105"/>
        <source>Regional Office for West and Central Africa</source>
        <translation>Oficina Regional para África Occidental y Central</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="106"/>
        <source>Regional Office for the Middle East and North Africa</source>
        <translation>Oficina Regional para Oriente Medio y África del Norte</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="107"/>
        <source>Regional Office for South Asia</source>
        <translation>Oficina Regional para Asia Meridional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="108"/>
        <source>Regional Centre for East Asia and the Pacific</source>
        <translation>Centro Regional para Asia Oriental y el Pacífico</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="109"/>
        <source>Regional Office for Central Asia</source>
        <translation>Oficina Regional para Asia Central</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="110"/>
        <source>Regional Office for the Russian Federation and Belarus</source>
        <translation>Oficina Regional para la Federación de Rusia y Belarús</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="111"/>
        <source>Regional Office for South-Eastern Europe</source>
        <translation>Oficina Regional para Europa Sudoriental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="112"/>
        <source>Regional Office for Brazil and the Southern Cone</source>
        <translation>Oficina Regional para el Brasil y el Cono Sur</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="113"/>
        <source>Regional Office for Mexico and Central America</source>
        <translation>Oficina Regional para México y Centroamérica</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="114"/>
        <source>Regional Office for Central America and the Caribbean</source>
        <translation>Oficina Regional para Centroamérica y el Caribe</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="115"/>
        <source>Country Office in Afghanistan</source>
        <translation>Oficina en el Afganistán</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="116"/>
        <source>Country Office in Pakistan</source>
        <translation>Oficina en el Pakistán</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="117"/>
        <source>Country Office in the Islamic Republic of Iran</source>
        <translation>Oficina en la República Islámica del Irán</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="118"/>
        <source>Country Office in Colombia</source>
        <translation>Oficina en Colombia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="119"/>
        <source>Country Office in Peru</source>
        <translation>Oficina en el Perú</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="120"/>
        <source>Country Office in Bolivia</source>
        <translation>Oficina en Bolivia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="121"/>
        <source>Country Office in Nigeria</source>
        <translation>Oficina en Nigeria</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="122"/>
        <source>Country Office in Guinea-Bissau</source>
        <translation>Oficina en Guinea-Bissau</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="123"/>
        <source>Country Office in Myanmar</source>
        <translation>Oficina en Myanmar</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="124"/>
        <source>Country Office in the Lao People&apos;s Democratic Republic</source>
        <translation>Oficina en la República Democrática Popular Lao</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="125"/>
        <source>Country Office in Viet Nam</source>
        <translation>Oficina en Viet Nam</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="126"/>
        <source>Country Office in Indonesia</source>
        <translation>Oficina en Indonesia</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="127"/>
        <source>Commission on Narcotic Drugs, fifty-second session</source>
        <translation>Comisión de Estupefacientes, 52º período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="128"/>
        <source>CND 52</source>
        <translation>CND 52</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="129"/>
        <source>Commission on Crime Prevention and Criminal Justice, eighteenth session</source>
        <translation>Comisión de Prevención del Delito y Justicia Penal, 18º período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="130"/>
        <source>CCPCJ 18</source>
        <translation>CCPCJ 18</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="131"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, third session</source>
        <translation>Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción, tercer período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="132"/>
        <source>CoSP 3</source>
        <translation>CoSP 3</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="133"/>
        <source>Commission on Narcotic Drugs, fifty-third session</source>
        <translation>Comisión de Estupefacientes, 53º período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="134"/>
        <source>CND 53</source>
        <translation>CND 53</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="135"/>
        <source>Twelfth United Nations Congress on Crime Prevention and Criminal Justice</source>
        <translation>Duodécimo Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia Penal</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="136"/>
        <source>12th Crime Congress</source>
        <translation>12º Congreso sobre el Delito</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="137"/>
        <source>Commission on Crime Prevention and Criminal Justice, nineteenth session</source>
        <translation>Comisión de Prevención del Delito y Justicia Penal, 19º período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="138"/>
        <source>CCPCJ 19</source>
        <translation>CCPCJ 19</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="139"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, first session</source>
        <translation>Grupo de Examen de la Aplicación de la Convención de las Naciones Unidas contra la Corrupción, primer período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="140"/>
        <source>IRG 1</source>
        <translation>IRG 1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="141"/>
        <source>Commission on Narcotic Drugs, fifty-fourth session</source>
        <translation>Comisión de Estupefacientes, 54º período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="142"/>
        <source>CND 54</source>
        <translation>CND 54</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="143"/>
        <source>Commission on Crime Prevention and Criminal Justice, twentieth session</source>
        <translation>Comisión de Prevención del Delito y Justicia Penal, 20º período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="144"/>
        <source>CCPCJ 20</source>
        <translation>CCPCJ 20</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="145"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, second session</source>
        <translation>Grupo de Examen de la Aplicación de la Convención de las Naciones Unidas contra la Corrupción, segundo período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="146"/>
        <source>IRG 2</source>
        <translation>IRG 2</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="147"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, resumed second session</source>
        <translation>Grupo de Examen de la Aplicación de la Convención de las Naciones Unidas contra la Corrupción, continuación del segundo período de sesiones</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="148"/>
        <source>IRG 2 (resumed)</source>
        <translation>IRG 2 (continuación)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="149"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, fourth session</source>
        <translation>Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción, cuarto período de sesiones</translation>
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
        <translation>Organizaciones y representantes por reunión</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="62"/>
        <source>Organizations engaged by region</source>
        <translation>Organizaciones participantes por región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="63"/>
        <source>The countries with the most organizations engaged</source>
        <translation>Los países con más organizaciones participantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="64"/>
        <source>Organizations engaged by thematic area</source>
        <translation>Organizaciones participantes por área temática</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="65"/>
        <source>Grants by status, in US dollars</source>
        <translation>Subvenciones por estado, en dólares de los Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="66"/>
        <source>Rates as of %1.</source>
        <translation>Tipos de cambio al %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="67"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="207"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="919"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="942"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="984"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="106"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="68"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="884"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1007"/>
        <source>Representatives</source>
        <extracomment>Pages of memory the temporary tables may use (negative: KiB), the connection&apos;s own setting restored afterwards. SQLite&apos;s default, 2 MiB, makes them spill to a file. A further condition on the activities (``a``) when only some matter (a drill into one meeting&apos;s figures): first engagements are then not looked for. Every column of every section (and every headline count): (section, column) → Measure. Headline figures are under the section &quot;totals&quot;, in the row &quot;&quot;. :func:`drill` lists the records of one row; :func:`compute` counts them all at once (a few figures through quicker queries that give the same numbers: see ``_Fast``). The engagements in scope (org, act, reps) of a few organizations, ``chosen`` (a CTE of their ``k`` and ``id``: the candidates among the most engaged): read through the participations&apos; index by organization instead of over every participation; the same rows as ``rep_pall`` and ``rep_coorg`` hold for them. How many bits of the meetings and offices are counted at once (see ``_Fast``). How many organizations the section of the most engaged ones lists.</extracomment>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="69"/>
        <source>US dollars</source>
        <translation>Dólares EE. UU.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="70"/>
        <source>%1 — nothing to show</source>
        <translation>%1 — no hay nada que mostrar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="71"/>
        <source>Amounts in %1 are left out: no exchange rate.</source>
        <translation>Se excluyen los montos en %1: no hay tipo de cambio.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="72"/>
        <source>Amounts in a currency without an exchange rate are left out.</source>
        <translation>Se excluyen los montos en monedas sin tipo de cambio.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="72"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <extracomment>Fill of the classes, lightest first: ColorBrewer &quot;Blues&quot; (9 classes) 3, 4, 5, 7 and 9; distinct on screen and in print, and readable by people with colour-vision deficiency. Fill of a country with no figure. The United Nations&apos; standard disclaimer for maps.</extracomment>
        <translation>Los límites y los nombres que figuran en este mapa y las denominaciones empleadas en él no implican su apoyo o aceptación oficial por las Naciones Unidas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="485"/>
        <source>None</source>
        <extracomment>Radius of the dot marking a country too small for the map&apos;s scale, in points. The disclaimer&apos;s type size, in points. The most lines the disclaimer wraps onto, and the most of the map&apos;s height it may take, before it is written on one line, elided, its full text in the map&apos;s tooltip. The smallest type of the legend, in points: below it a small map drops the legend.</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="60"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="104"/>
        <source>Organizations engaged</source>
        <extracomment>The headline figures, in the order they are shown: key → English label.</extracomment>
        <translation>Organizaciones participantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="61"/>
        <source>Representatives (counted at every event)</source>
        <translation>Representantes (contados en cada acto)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="62"/>
        <source>People (a named contact counted once)</source>
        <translation>Personas (cada contacto nombrado se cuenta una vez)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="63"/>
        <source>Named contacts</source>
        <translation>Contactos nombrados</translation>
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
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="65"/>
        <source>Member States in joint activities</source>
        <translation>Estados Miembros en actividades conjuntas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="66"/>
        <source>Organizations from developing countries</source>
        <translation>Organizaciones de países en desarrollo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="69"/>
        <source>Women among representatives (where recorded)</source>
        <translation>Mujeres entre los representantes (cuando se registró)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="70"/>
        <source>Representatives whose sex is not recorded</source>
        <translation>Representantes cuyo sexo no está registrado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="73"/>
        <source>Joint government–CSO activities</source>
        <translation>Actividades conjuntas gobierno–OSC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="74"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="136"/>
        <source>Regional lead organizations (RLOs)</source>
        <translation>Organizaciones regionales principales (RLO)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="75"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1096"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1138"/>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="76"/>
        <source>Grants in US dollars</source>
        <translation>Subvenciones en dólares EE. UU.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="81"/>
        <source>Organizations that took part in, or co-organized, an activity starting in the period.</source>
        <extracomment>What each headline figure means (a tooltip; docs/reports.md says the same).</extracomment>
        <translation>Organizaciones que participaron en una actividad que comienza en el período, o que la coorganizaron.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="84"/>
        <source>Representatives of the organizations at the activities in scope, added up over the activities: a person at two events counts twice.</source>
        <translation>Representantes de las organizaciones en las actividades incluidas, sumados actividad por actividad: una persona presente en dos actos se cuenta dos veces.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="88"/>
        <source>Representatives with each named contact counted once however many events they attended; representatives recorded without a name count once per event.</source>
        <translation>Representantes, contando una sola vez cada contacto nombrado, sea cual sea el número de actos a los que asistió; los representantes registrados sin nombre se cuentan una vez por acto.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="92"/>
        <source>Contacts named as participants of the activities in scope, each counted once.</source>
        <translation>Contactos nombrados como participantes en las actividades incluidas, contados una vez cada uno.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="95"/>
        <source>Activities in scope: starting in the period (and matching the filters).</source>
        <translation>Actividades incluidas: las que comienzan en el período (y cumplen los filtros).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="98"/>
        <source>Member States named in the joint government–CSO activities in scope, each counted once.</source>
        <translation>Estados Miembros nombrados en las actividades conjuntas gobierno–OSC incluidas, contados una vez cada uno.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="101"/>
        <source>Share of the organizations engaged that are based in a developing country (UN M49 classification).</source>
        <translation>Proporción de las organizaciones participantes que tienen su sede en un país en desarrollo (clasificación M49 de las Naciones Unidas).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="105"/>
        <source>Women among the representatives whose sex was recorded.</source>
        <translation>Mujeres entre los representantes cuyo sexo se registró.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="108"/>
        <source>Share of the representatives whose sex was not recorded.</source>
        <translation>Proporción de los representantes cuyo sexo no se registró.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="111"/>
        <source>Activities of the type “joint government–CSO activity” in scope.</source>
        <translation>Actividades incluidas del tipo “actividad conjunta gobierno–OSC”.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="114"/>
        <source>Organizations designated regional lead organizations, whatever the period (a designation, not an event).</source>
        <translation>Organizaciones designadas organizaciones regionales principales, sea cual sea el período (se trata de una designación, no de un acontecimiento).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="118"/>
        <source>Seed-funding grants to the organizations covered, approved in the period (grants not yet approved count only without a period).</source>
        <translation>Subvenciones de financiación inicial a las organizaciones abarcadas, aprobadas en el período (las subvenciones aún no aprobadas solo se cuentan cuando no hay período).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="122"/>
        <source>The grants&apos; amounts converted to US dollars with the rate table shown; none when a currency has no rate.</source>
        <translation>Los montos de las subvenciones convertidos a dólares de los Estados Unidos con el cuadro de tipos de cambio indicado; ninguno si una moneda no tiene tipo de cambio.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="130"/>
        <source>Intergovernmental meetings</source>
        <extracomment>Section titles (English source strings).</extracomment>
        <translation>Reuniones intergubernamentales</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="131"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="913"/>
        <source>Organizations engaged for the first time</source>
        <translation>Organizaciones que participan por primera vez</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="132"/>
        <source>Organizations and activities by region</source>
        <translation>Organizaciones y actividades por región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="133"/>
        <source>Organizations and activities by thematic area</source>
        <translation>Organizaciones y actividades por área temática</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="134"/>
        <source>Joint government–CSO activities by Member State</source>
        <translation>Actividades conjuntas gobierno–OSC por Estado Miembro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="137"/>
        <source>Activities by UNODC office</source>
        <translation>Actividades por oficina de la UNODC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="138"/>
        <source>The most engaged organizations</source>
        <translation>Las organizaciones con mayor participación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="139"/>
        <source>Seed funding by status</source>
        <translation>Financiación inicial por estado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="140"/>
        <source>Seed funding by meeting followed</source>
        <translation>Financiación inicial por reunión a la que se dio seguimiento</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="141"/>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="187"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="471"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="145"/>
        <source>A meeting&apos;s figures include every activity linked to it: the participation in the meeting itself and its side events. Organizations took part or co-organized; representatives are added up over the activities; women and men as recorded; “not recorded”: representatives whose sex was not recorded.</source>
        <translation>Las cifras de una reunión incluyen todas las actividades vinculadas a ella: la participación en la propia reunión y sus actos paralelos. Organizaciones: participaron o coorganizaron; representantes: sumados actividad por actividad; mujeres y hombres: según lo registrado; “sin registrar”: representantes cuyo sexo no se registró.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="151"/>
        <source>Organizations engaged in the period whose first engagement ever (in any activity this computer holds) was in that year.</source>
        <translation>Organizaciones participantes en el período cuya primera participación (en cualquier actividad que contenga esta computadora) fue en ese año.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="155"/>
        <source>Organizations engaged, by the country they are based in; activities in scope, by the country where they were held (UN M49 regions and sub-regions).</source>
        <translation>Organizaciones participantes, según el país en que tienen su sede; actividades incluidas, según el país en que se celebraron (regiones y subregiones M49 de las Naciones Unidas).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="159"/>
        <source>Organizations engaged that work on the theme (their thematic areas); activities in scope on the theme.  An area includes its sub-themes.</source>
        <translation>Organizaciones participantes que trabajan en el tema (sus áreas temáticas); actividades incluidas sobre el tema.  Un área incluye sus subtemas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="163"/>
        <source>Joint government–CSO activities in scope, by Member State involved.</source>
        <translation>Actividades conjuntas gobierno–OSC incluidas, por Estado Miembro participante.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="166"/>
        <source>Regional lead organizations by the region they lead, and the activities in scope they took part in or co-organized.</source>
        <translation>Organizaciones regionales principales por la región que dirigen, y las actividades incluidas en que participaron o que coorganizaron.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="170"/>
        <source>Activities in scope by the UNODC office that organized them, and the organizations engaged in them.</source>
        <translation>Actividades incluidas por la oficina de la UNODC que las organizó, y las organizaciones que participaron en ellas.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="174"/>
        <source>The 20 organizations engaged in the most activities in scope (taking part or co-organizing); ties go to the one with more representatives, then by name.</source>
        <translation>Las 20 organizaciones que participaron en más actividades incluidas (como participantes o coorganizadoras); en caso de empate, primero la que tenga más representantes y luego por nombre.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="177"/>
        <source>Grants by status, amounts in the currency of each grant and in US dollars at the rates shown.</source>
        <translation>Subvenciones por estado, con los montos en la moneda de cada subvención y en dólares de los Estados Unidos a los tipos de cambio indicados.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="181"/>
        <source>Grants by the intergovernmental meeting they follow, and the follow-up activities they paid for.</source>
        <translation>Subvenciones por la reunión intergubernamental a la que dan seguimiento, y las actividades de seguimiento que financiaron.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="185"/>
        <source>Gaps in the records behind this report: organizations engaged whose record was not verified in the last year, activities in scope with no participation recorded, participations with no count by sex.</source>
        <translation>Lagunas en los registros en que se basa este informe: organizaciones participantes cuyo registro no se verificó en el último año, actividades incluidas sin ninguna participación registrada, participaciones sin recuento por sexo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="193"/>
        <source>Organizations not verified for over a year (or never)</source>
        <translation>Organizaciones no verificadas desde hace más de un año (o nunca)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="196"/>
        <source>Organizations never verified</source>
        <translation>Organizaciones nunca verificadas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="197"/>
        <source>Activities without any participation recorded</source>
        <translation>Actividades sin ninguna participación registrada</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="200"/>
        <source>Participations with no count by sex</source>
        <translation>Participaciones sin recuento por sexo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="204"/>
        <source>Not linked to a meeting</source>
        <translation>Sin vínculo con una reunión</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="208"/>
        <source>Organizations engaged (took part or co-organized)</source>
        <translation>Organizaciones participantes (participaron o coorganizaron)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="885"/>
        <source>Representatives at the meeting and its side events, added up over the events</source>
        <translation>Representantes en la reunión y sus actos paralelos, sumados acto por acto</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="887"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="888"/>
        <source>Women among them, as recorded</source>
        <translation>Mujeres entre ellos, según lo registrado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="889"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="890"/>
        <source>Men among them, as recorded</source>
        <translation>Hombres entre ellos, según lo registrado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="891"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="892"/>
        <source>Representatives whose sex was not recorded</source>
        <translation>Representantes cuyo sexo no se registró</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="894"/>
        <source>The participation in the meeting and its side events</source>
        <translation>La participación en la reunión y sus actos paralelos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="920"/>
        <source>Organizations engaged, based in the region</source>
        <translation>Organizaciones participantes con sede en la región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="923"/>
        <source>Activities in scope held in the region</source>
        <translation>Actividades incluidas celebradas en la región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="943"/>
        <source>Organizations engaged that work on the theme</source>
        <translation>Organizaciones participantes que trabajan en el tema</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="946"/>
        <source>Activities in scope on the theme</source>
        <translation>Actividades incluidas sobre el tema</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="961"/>
        <source>Joint activities</source>
        <translation>Actividades conjuntas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="962"/>
        <source>Joint government–CSO activities in scope involving the Member State</source>
        <translation>Actividades conjuntas gobierno–OSC incluidas en que participa el Estado Miembro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="969"/>
        <source>RLOs</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="970"/>
        <source>Regional lead organizations of the region</source>
        <translation>Organizaciones regionales principales de la región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="973"/>
        <source>Activities in scope they took part in or co-organized</source>
        <translation>Actividades incluidas en que participaron o que coorganizaron</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="983"/>
        <source>Activities in scope the office organized</source>
        <translation>Actividades incluidas que organizó la oficina</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="985"/>
        <source>Organizations engaged in them</source>
        <translation>Organizaciones que participaron en ellas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1002"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="653"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="86"/>
        <source>Country</source>
        <extracomment>How many countries the table under the map lists. The page: A4, its margins (left, top, right, bottom) in millimetres; the footer sits in the bottom margin. The space between two charts, in points.</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1003"/>
        <source>The country the organization is based in</source>
        <translation>El país en que tiene su sede la organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1005"/>
        <source>Activities in scope it took part in or co-organized</source>
        <translation>Actividades incluidas en que participó o que coorganizó</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1008"/>
        <source>Its representatives at those activities, added up over the activities</source>
        <translation>Sus representantes en esas actividades, sumados actividad por actividad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1021"/>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1098"/>
        <source>Amounts of the grants made in this currency</source>
        <translation>Montos de las subvenciones concedidas en esta moneda</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1141"/>
        <source>In US dollars</source>
        <translation>En dólares EE. UU.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1101"/>
        <source>All the grants&apos; amounts converted to US dollars at the rates shown</source>
        <translation>Todos los montos de las subvenciones convertidos a dólares de los Estados Unidos a los tipos de cambio indicados</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1139"/>
        <source>Follow-up activities</source>
        <translation>Actividades de seguimiento</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1140"/>
        <source>Activities the grants paid for</source>
        <translation>Actividades financiadas con las subvenciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1188"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1189"/>
        <source>No organizations on this computer yet</source>
        <translation>Aún no hay organizaciones en esta computadora</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1190"/>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1309"/>
        <source>Name withheld: organization at risk</source>
        <extracomment>The activities that can stand behind a figure of a section (or of one column of it): a drill into it looks at those only. The label of a contact of an at-risk organization in a drill-down (a source string of the ``report`` context: the window translates it).</extracomment>
        <translation>Nombre oculto: organización en riesgo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1311"/>
        <source>Erased person</source>
        <extracomment>The label of a person whose data headquarters erased (still counted where they took part).</extracomment>
        <translation>Persona borrada</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="184"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="468"/>
        <source>Policy debate</source>
        <extracomment>The translation context of every report string.</extracomment>
        <translation>Debate sobre políticas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="185"/>
        <source>Regional and thematic partnership</source>
        <translation>Asociación regional y temática</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="186"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="470"/>
        <source>Seed funding</source>
        <translation>Financiación inicial</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="87"/>
        <source>Civil society organizations in UNODC&apos;s work: the indicators of the Looking Beyond project</source>
        <translation>Las organizaciones de la sociedad civil en la labor de la UNODC: indicadores del proyecto Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="89"/>
        <source>What this report covers</source>
        <translation>Alcance de este informe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="90"/>
        <source>This computer holds</source>
        <translation>Esta computadora contiene</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="91"/>
        <source>Nothing was counted: no activity in scope starts in this period, or no organization matches these filters.</source>
        <translation>No se contó nada: ninguna actividad incluida comienza en este período, o ninguna organización cumple estos filtros.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="93"/>
        <source>How the figures are counted</source>
        <translation>Cómo se calculan las cifras</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="94"/>
        <source>An organization is engaged in a period when it took part in, or co-organized, an activity that starts in the period. A meeting&apos;s figures include every activity linked to that meeting: the participation in the meeting itself and its side events. People are counted once however many events they attended. The share of women is taken over the participations whose counts by sex are recorded. Amounts in US dollars use the rates stated above. Deleted records never count.</source>
        <translation>Una organización participa en un período cuando participó en una actividad que comienza en ese período, o la coorganizó. Las cifras de una reunión incluyen todas las actividades vinculadas a ella: la participación en la propia reunión y sus actos paralelos. Las personas se cuentan una sola vez, sea cual sea el número de actos a los que asistieron. La proporción de mujeres se calcula sobre las participaciones con recuento por sexo registrado. Los montos en dólares de los Estados Unidos se calculan con los tipos de cambio indicados más arriba. Los registros eliminados nunca se cuentan.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="102"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="103"/>
        <source>Organizations engaged by country</source>
        <translation>Organizaciones participantes por país</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="105"/>
        <source>Countries with the most organizations engaged</source>
        <translation>Países con más organizaciones participantes</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="107"/>
        <source>Activities held there</source>
        <translation>Actividades celebradas allí</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="108"/>
        <source>The figures in full</source>
        <translation>Las cifras completas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="109"/>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="110"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="111"/>
        <source>Looking Beyond report · data as of %1</source>
        <translation>Informe Looking Beyond · datos al %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="112"/>
        <source>Looking Beyond report</source>
        <translation>Informe Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="74"/>
        <source>Looking Beyond: report on civil society engagement</source>
        <extracomment>The headline figures, in the order the exports and the PDF&apos;s first page show them (the titles are those of :data:`indicators.TOTALS`, the window&apos;s too).</extracomment>
        <translation>Looking Beyond: informe sobre la participación de la sociedad civil</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="75"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="76"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="77"/>
        <source>All the data, no filter</source>
        <translation>Todos los datos, sin filtros</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="78"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="79"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="80"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="81"/>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="82"/>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="83"/>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="84"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="85"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="201"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="87"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="203"/>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="88"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="205"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="90"/>
        <source>Data as of</source>
        <translation>Datos al</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="91"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>desconocida (nunca sincronizado, nada guardado)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="92"/>
        <source>Generated at</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="93"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="94"/>
        <source>US dollar rates</source>
        <translation>Tipos de cambio del dólar EE. UU.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="95"/>
        <source>as of %1. %2</source>
        <translation>al %1. %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="96"/>
        <source>Headline figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="97"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="98"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="99"/>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="100"/>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="101"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="102"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="103"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="104"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="105"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="107"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="200"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="202"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="204"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="206"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="207"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="208"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="209"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="399"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="400"/>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="401"/>
        <source>share (0 to 1)</source>
        <translation>proporción (de 0 a 1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="469"/>
        <source>Partnership</source>
        <translation>Asociación</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="286"/>
        <source>“%1” names a record that was deleted at headquarters meanwhile.</source>
        <translation>«%1» hace referencia a un registro que se eliminó entretanto en la sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="288"/>
        <source>This organization was merged into another one on one computer and brought back from the Trash on another at the same time: look at both records before trying again.</source>
        <translation>Esta organización se fusionó con otra en una computadora y se restauró desde la papelera en otra al mismo tiempo: revise ambos registros antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="292"/>
        <source>“%1” is empty, and headquarters requires it.</source>
        <translation>El campo “%1” está vacío y la Sede lo exige.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="293"/>
        <source>“%1” is longer than headquarters accepts.</source>
        <translation>El campo “%1” es más largo de lo que admite la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="294"/>
        <source>“%1” has more entries than headquarters accepts.</source>
        <translation>El campo “%1” tiene más elementos de los que admite la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="295"/>
        <source>“%1” is not a currency headquarters knows.</source>
        <translation>El campo “%1” no contiene una moneda que la Sede conozca.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="296"/>
        <source>“%1” holds a choice headquarters does not know.</source>
        <translation>El campo “%1” contiene una opción que la Sede no conoce.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="297"/>
        <source>“%1” is not an e-mail address headquarters accepts.</source>
        <translation>El campo “%1” no contiene una dirección de correo electrónico que la Sede admita.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="298"/>
        <source>“%1” is not a web address headquarters accepts.</source>
        <translation>El campo “%1” no contiene una dirección web que la Sede admita.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="299"/>
        <source>“%1” is a date in the future.</source>
        <translation>El campo “%1” contiene una fecha futura.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="300"/>
        <source>“%1” is earlier than the date it must follow.</source>
        <translation>El campo “%1” es anterior a la fecha que debe seguir.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="301"/>
        <source>“%1” is below zero.</source>
        <translation>El campo “%1” es inferior a cero.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="302"/>
        <source>“%1” is larger than headquarters accepts.</source>
        <translation>El campo “%1” supera el máximo que admite la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="303"/>
        <source>“%1” is fewer than the women and men counted.</source>
        <translation>El campo “%1” es inferior al número de mujeres y hombres contabilizados.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="304"/>
        <source>“%1” must be more than zero.</source>
        <translation>El campo “%1” debe ser superior a cero.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="305"/>
        <source>“%1” has more decimal places than headquarters accepts.</source>
        <translation>El campo “%1” tiene más decimales de los que admite la Sede.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="306"/>
        <source>“%1” skips a step: a grant moves one step at a time.</source>
        <translation>El campo “%1” se salta una etapa: una subvención avanza de etapa en etapa.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="307"/>
        <location filename="generated_strings.py" line="359"/>
        <source>The record is too large to send: shorten its longest texts (notes, outcomes).</source>
        <translation>El registro es demasiado grande para enviarlo: acorte sus textos más largos (notas, resultados).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="330"/>
        <source>Nothing was read from it and nothing was changed here.</source>
        <translation>No se leyó nada de él y no se cambió nada aquí.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="331"/>
        <source>Unable to connect to headquarters, or the connection dropped. Nothing was lost; it will be tried again.</source>
        <translation>No se pudo conectar con la Sede, o se interrumpió la conexión. No se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="332"/>
        <source>Headquarters stopped answering in the middle of the sync. Nothing was lost; it will be tried again.</source>
        <translation>La Sede dejó de responder durante la sincronización. No se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="333"/>
        <source>The name of the headquarters server could not be found. Check the address and the connection.</source>
        <translation>No se encontró el nombre del servidor de la Sede. Compruebe la dirección y la conexión.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="334"/>
        <source>The reply from headquarters was damaged on the way or could not be read. Nothing was applied and nothing was lost; it will be tried again.</source>
        <translation>La respuesta de la Sede se dañó por el camino o no pudo leerse. No se aplicó nada ni se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="335"/>
        <source>Headquarters is busy. Nothing was lost; it will be tried again.</source>
        <translation>La Sede está ocupada. No se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="336"/>
        <source>Headquarters is busy signing other people in. Nothing was lost; try again in a few seconds.</source>
        <translation>La Sede está ocupada con otros inicios de sesión. No se perdió nada; vuelva a intentarlo dentro de unos segundos.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="337"/>
        <source>This account already has as many computers as headquarters allows. Ask the Civil Society Team to revoke one you no longer use, then log in again.</source>
        <translation>Esta cuenta ya tiene tantas computadoras como permite la Sede. Pida al Equipo de la Sociedad Civil que revoque una que ya no utilice y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="338"/>
        <source>The connection to headquarters was too slow, so headquarters stopped waiting. Nothing was lost; it will be tried again.</source>
        <translation>La conexión con la Sede era demasiado lenta y la Sede dejó de esperar. No se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="339"/>
        <source>The sync needed more round trips than allowed. Nothing was lost; it will be tried again.</source>
        <translation>La sincronización necesitó más intercambios de los permitidos. No se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="340"/>
        <source>Something unexpected went wrong during the sync (the details are in the log). Nothing was lost; it will be tried again.</source>
        <translation>Se produjo un error inesperado durante la sincronización (los detalles figuran en el archivo de registro). No se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="341"/>
        <source>Sync cancelled. Changes sent so far are kept.</source>
        <translation>Sincronización cancelada. Se conservan los cambios enviados hasta el momento.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="342"/>
        <source>This computer is not connected to headquarters yet: log in below.</source>
        <translation>Esta computadora aún no está conectada a la Sede: inicie sesión a continuación.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="343"/>
        <source>Headquarters no longer accepts this computer&apos;s key: log in again.</source>
        <translation>La Sede ya no acepta la clave de esta computadora: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="344"/>
        <source>This computer has not synced with headquarters for a long time, so its key has expired: log in again. Nothing here is lost.</source>
        <translation>Esta computadora lleva mucho tiempo sin sincronizarse con la Sede, por lo que su clave ha caducado: vuelva a iniciar sesión. No se pierde nada de lo que hay aquí.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="345"/>
        <source>Headquarters has withdrawn this computer&apos;s access. Ask the Civil Society Team, then log in again.</source>
        <translation>La Sede ha retirado el acceso de esta computadora. Consulte al Equipo de la Sociedad Civil y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="346"/>
        <source>This version of the application is too old for headquarters: install the new version, then sync.</source>
        <translation>Esta versión de la aplicación es demasiado antigua para la Sede: instale la nueva versión y sincronice.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="347"/>
        <source>No system keyring is available to keep this computer&apos;s key safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again. The key is never written to a plain file.</source>
        <translation>No hay ningún llavero del sistema disponible para guardar de forma segura la clave de esta computadora. En Linux, instale y desbloquee GNOME Keyring o KWallet y vuelva a iniciar sesión. La clave nunca se escribe en un archivo sin cifrar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="348"/>
        <source>The server address is not usable: it should look like https://headquarters.example.org</source>
        <translation>La dirección del servidor no es válida: debe tener el formato https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="349"/>
        <source>Headquarters&apos; changes would delete many records here, so nothing was changed. Confirm to apply them.</source>
        <translation>Los cambios de la Sede eliminarían muchos registros aquí, por lo que no se modificó nada. Confirme para aplicarlos.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="350"/>
        <source>The disk is full, so this part of the sync was not saved (nothing was lost). Free some space; the sync is tried again by itself.</source>
        <translation>El disco está lleno, por lo que esta parte de la sincronización no se guardó (no se perdió nada). Libere espacio; la sincronización se volverá a intentar automáticamente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="351"/>
        <source>This computer does not have headquarters&apos; keys for sync by file yet. Connect it to headquarters once (Sync now, or log in again); from then on it can sync by file.</source>
        <translation>Esta computadora aún no tiene las claves de la Sede para sincronizar por archivo. Conéctela una vez a la Sede (Sincronizar ahora, o vuelva a iniciar sesión); a partir de entonces podrá sincronizar por archivo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="352"/>
        <source>Headquarters&apos; reply would delete many records here, so nothing was changed.</source>
        <translation>La respuesta de la Sede eliminaría muchos registros aquí, así que no se cambió nada.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="353"/>
        <source>This computer is not connected to headquarters yet: log in first (once, with a connection); then it can sync by file.</source>
        <translation>Esta computadora aún no está conectada a la Sede: inicie sesión primero (una vez, con conexión); después podrá sincronizar por archivo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="354"/>
        <source>No system keyring is available to keep this computer&apos;s keys safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again.</source>
        <translation>No hay ningún llavero del sistema disponible para guardar de forma segura las claves de esta computadora. En Linux, instale y desbloquee GNOME Keyring o KWallet y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="355"/>
        <source>The system keyring, where this computer&apos;s keys are kept, could not be read. Unlock it (or log in to the computer again), then try again.</source>
        <translation>No se pudo leer el llavero del sistema, donde se guardan las claves de esta computadora. Desbloquéelo (o vuelva a iniciar sesión en la computadora) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="356"/>
        <source>This computer&apos;s disk is full, so the reply could not be saved (nothing was lost). Free some space, then read the reply again.</source>
        <translation>El disco de esta computadora está lleno, así que no se pudo guardar la respuesta (no se perdió nada). Libere espacio y vuelva a leer la respuesta.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="357"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="358"/>
        <source>Headquarters does not allow your account to change this region&apos;s records.</source>
        <translation>La Sede no permite que su cuenta modifique los registros de esta región.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="360"/>
        <source>Headquarters does not have this record in full: Retry sends it whole.</source>
        <translation>La Sede no tiene este registro completo: Reintentar lo envía entero.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="361"/>
        <source>Headquarters could not send this record: it may be outside your office&apos;s countries now.</source>
        <translation>La Sede no pudo enviar este registro: puede que ahora esté fuera de los países de su oficina.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="362"/>
        <source>This version and headquarters do not agree on this kind of record: install the newest version.</source>
        <translation>Esta versión y la Sede no coinciden en este tipo de registro: instale la versión más reciente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="363"/>
        <source>This version and headquarters do not agree on a field: install the newest version.</source>
        <translation>Esta versión y la Sede no coinciden en un campo: instale la versión más reciente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="364"/>
        <source>Headquarters could not read this change: install the newest version.</source>
        <translation>La Sede no pudo leer este cambio: instale la versión más reciente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="365"/>
        <source>Headquarters erased this person&apos;s details at their request; your change to them was not kept.</source>
        <translation>La sede borró los datos de esta persona a petición suya; su cambio no se conservó.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="366"/>
        <source>Headquarters did not accept this change.</source>
        <translation>La Sede no aceptó este cambio.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="367"/>
        <source>Copy the reply again from headquarters.</source>
        <translation>Vuelva a copiar la respuesta de la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="368"/>
        <source>There are too many changes for one file. Nothing was lost; ask the Civil Society Team for help.</source>
        <translation>Hay demasiados cambios para un solo archivo. No se perdió nada; pida ayuda al Equipo de la Sociedad Civil.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="369"/>
        <source>Give it to the computer it belongs to.</source>
        <translation>Entréguela a la computadora a la que pertenece.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="370"/>
        <source>Write a new file and carry it to headquarters.</source>
        <translation>Escriba un archivo nuevo y llévelo a la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="371"/>
        <source>Something unexpected went wrong while writing the file (the details are in the log). Nothing was lost.</source>
        <translation>Algo inesperado falló al escribir el archivo (los detalles están en el registro). No se perdió nada.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="372"/>
        <source>Something unexpected went wrong while reading the reply (the details are in the log). Nothing was lost.</source>
        <translation>Algo inesperado falló al leer la respuesta (los detalles están en el registro). No se perdió nada.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="373"/>
        <source>The file could not be written. Nothing was lost.</source>
        <translation>No se pudo escribir el archivo. No se perdió nada.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="374"/>
        <source>The reply could not be read. Nothing was changed here.</source>
        <translation>No se pudo leer la respuesta. No se cambió nada aquí.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="375"/>
        <source>A record it refers to is not at headquarters yet.</source>
        <translation>Un registro al que remite aún no está en la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="376"/>
        <source>Headquarters does not accept this record as it is.</source>
        <translation>La Sede no acepta este registro tal como está.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="377"/>
        <source>Headquarters refused the request (HTTP %1). Check the server address; if it is right, ask the Civil Society Team.</source>
        <translation>La Sede rechazó la solicitud (HTTP %1). Compruebe la dirección del servidor; si es correcta, consulte al Equipo de la Sociedad Civil.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="378"/>
        <source>The file could not be written there (%1). Nothing was lost: the changes are still waiting to be sent. Check that the USB stick or disk is plugged in and has free space, or choose another place, and write the file again.</source>
        <translation>No se pudo escribir el archivo allí (%1). No se perdió nada: los cambios siguen esperando ser enviados. Compruebe que la memoria USB o el disco esté conectado y tenga espacio libre, o elija otro lugar, y vuelva a escribir el archivo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="379"/>
        <source>The file could not be read (%1). Check that the USB stick or disk is plugged in, then try again. Nothing was changed here.</source>
        <translation>No se pudo leer el archivo (%1). Compruebe que la memoria USB o el disco esté conectado e inténtelo de nuevo. No se cambió nada aquí.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="380"/>
        <source>This is not a sync file of Looking Beyond.</source>
        <translation>Este no es un archivo de sincronización de Looking Beyond.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="381"/>
        <source>This file was made by a newer version of Looking Beyond: install the newest version to read it.</source>
        <translation>Este archivo lo creó una versión más reciente de Looking Beyond: instale la versión más nueva para leerlo.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="382"/>
        <source>This reply was made by another headquarters, not the one this computer is connected to.</source>
        <translation>Esta respuesta la preparó otra Sede, no la que tiene conectada esta computadora.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="383"/>
        <source>This reply was changed after headquarters made it, or was not made by the headquarters this computer is connected to.</source>
        <translation>Esta respuesta se modificó después de que la Sede la preparara, o no la preparó la Sede a la que está conectada esta computadora.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="384"/>
        <source>This file was written on a computer for headquarters, not a reply from headquarters. Take it to headquarters; a computer reads only the replies headquarters makes.</source>
        <translation>Este archivo se escribió en una computadora para la Sede; no es una respuesta de la Sede. Llévelo a la Sede: una computadora solo lee las respuestas que prepara la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="385"/>
        <source>Headquarters does not know this computer.</source>
        <translation>La Sede no conoce esta computadora.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="386"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="387"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="388"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="389"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="390"/>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="391"/>
        <source>(a record no longer on this computer)</source>
        <translation>(un registro que ya no está en esta computadora)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="392"/>
        <source>Headquarters, or a proxy on the way, had a problem (HTTP %1). Nothing was lost; it will be tried again.</source>
        <translation>La Sede, o un proxy intermedio, tuvo un problema (HTTP %1). No se perdió nada; se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="393"/>
        <source>This file is larger than any reply headquarters makes.</source>
        <translation>Este archivo es más grande que cualquier respuesta de la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="394"/>
        <source>The organization it belongs to is not at headquarters yet.</source>
        <translation>La organización a la que pertenece aún no está en la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="395"/>
        <source>The activity it belongs to is not at headquarters yet.</source>
        <translation>La actividad a la que pertenece aún no está en la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="396"/>
        <source>The contact it names is not at headquarters yet.</source>
        <translation>El contacto que indica aún no está en la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="397"/>
        <source>“%1” names a record your account cannot see at headquarters.</source>
        <translation>El campo “%1” indica un registro que su cuenta no puede ver en la Sede.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="398"/>
        <source>Headquarters does not accept the value of “%1”.</source>
        <translation>La Sede no acepta el valor del campo “%1”.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="399"/>
        <source>Headquarters could not read the value of “%1”: install the newest version.</source>
        <translation>La Sede no pudo leer el valor del campo “%1”: instale la versión más reciente.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="400"/>
        <source>Reason and record</source>
        <translation>Motivo y registro</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="401"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="402"/>
        <source>Changes / when</source>
        <translation>Cambios / fecha</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="403"/>
        <source>This file is damaged or incomplete: it may have been cut short while it was copied, or the USB stick was pulled out too early.</source>
        <translation>Este archivo está dañado o incompleto: quizá se cortó al copiarlo, o se retiró la memoria USB demasiado pronto.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="404"/>
        <source>This reply was made for another computer: it answers a file written there.</source>
        <translation>Esta respuesta se preparó para otra computadora: responde a un archivo escrito allí.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="405"/>
        <source>This reply answers a file made before this computer&apos;s data was reset or restored.</source>
        <translation>Esta respuesta responde a un archivo creado antes de que los datos de esta computadora se restablecieran o restauraran.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="112"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="118"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1” no es un número entero</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="129"/>
        <source>“%1” is not yes or no</source>
        <translation>“%1” no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="140"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (escríbala como YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="147"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="149"/>
        <source>“%1” is not an amount</source>
        <translation>“%1” no es un importe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="200"/>
        <source>is required</source>
        <translation>dato obligatorio</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="205"/>
        <source>is longer than %1 characters</source>
        <translation>supera los %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="207"/>
        <source>holds more than %1 items</source>
        <translation>contiene más de %1 elementos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="223"/>
        <source>the record is larger than %1 KiB: shorten its longest texts</source>
        <translation>el registro supera los %1 KiB: acorte sus textos más largos</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="241"/>
        <source>“%1” is not an e-mail address (name@example.org)</source>
        <translation>“%1” no es una dirección de correo electrónico (name@example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="250"/>
        <source>“%1” is not a web address (www.example.org)</source>
        <translation>“%1” no es una dirección web (www.example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="255"/>
        <source>cannot be in the future</source>
        <translation>no puede ser una fecha futura</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="266"/>
        <source>cannot be negative</source>
        <translation>no puede ser un valor negativo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="272"/>
        <source>cannot be more than %1</source>
        <translation>no puede ser superior a %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="277"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="308"/>
        <source>“%1” is not a known country code (ISO 3166, e.g. KE)</source>
        <translation>“%1” no es un código de país conocido (ISO 3166, p. ej., KE)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="278"/>
        <source>“%1” is not a known organization type</source>
        <translation>“%1” no es un tipo de organización conocido</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="279"/>
        <source>“%1” is not a known ECOSOC status</source>
        <translation>“%1” no es un carácter consultivo (ECOSOC) conocido</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="280"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="310"/>
        <source>not a known thematic area: %1</source>
        <translation>área temática desconocida: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="281"/>
        <source>not a known network: %1</source>
        <translation>red desconocida: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="284"/>
        <source>“%1” is not a known UN M49 region code</source>
        <translation>“%1” no es un código de región M49 de las Naciones Unidas conocido</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="297"/>
        <source>must stay blank: the person&apos;s data was erased</source>
        <translation>debe quedar vacío: los datos de la persona se borraron</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="306"/>
        <source>“%1” is not a known activity type</source>
        <translation>“%1” no es un tipo de actividad conocido</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="307"/>
        <source>cannot be before the start date</source>
        <translation>no puede ser anterior a la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="309"/>
        <source>not a known country code: %1</source>
        <translation>código de país desconocido: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="311"/>
        <source>“%1” is not a known UNODC office</source>
        <translation>“%1” no es una oficina de la UNODC conocida</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="312"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="340"/>
        <source>“%1” is not a known intergovernmental meeting</source>
        <translation>“%1” no es una reunión intergubernamental conocida</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="317"/>
        <source>“%1” is not a known role</source>
        <translation>“%1” no es una función conocida</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="323"/>
        <source>is %1, fewer than the %2 women and men counted</source>
        <translation>es %1, inferior al total de %2 mujeres y hombres contabilizados</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="331"/>
        <source>must be more than zero</source>
        <translation>debe ser superior a cero</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="335"/>
        <source>has more than %1 decimal places</source>
        <translation>tiene más de %1 decimales</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="338"/>
        <source>“%1” is not an ISO 4217 currency code (e.g. USD)</source>
        <translation>“%1” no es un código de moneda ISO 4217 (p. ej., USD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="339"/>
        <source>“%1” is not a known grant status</source>
        <translation>“%1” no es un estado de subvención conocido</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="341"/>
        <source>cannot be before the approval</source>
        <translation>no puede ser anterior a la aprobación</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="342"/>
        <source>cannot be before the disbursement</source>
        <translation>no puede ser anterior al desembolso</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="351"/>
        <source>cannot move from “%1” to “%2”: a grant moves one step at a time</source>
        <translation>no puede pasar de “%1” a “%2”: una subvención avanza de etapa en etapa</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/exchange.py" line="534"/>
        <location filename="../../lookingbeyond_desktop/store/import_plan.py" line="430"/>
        <source>repeats row %1</source>
        <extracomment>Which at-risk organizations&apos; contacts an export includes: their ids, or True for all.
----------
The tables a file can be imported into, parents first. Larger files are refused before they are read: a field office&apos;s registry fits many times over, and a file this size is almost surely the wrong file. Rows prepared and written per step; progress is reported and cancel checked between steps. The fields a file must map (unless it maps the record identifier, to update records): those the rules require and the store has no default for. At most this many likely duplicates are named for one row. A row is compared with at most this many records (those sharing the most keys with it): a file of a thousand rows is checked in seconds, not minutes, on 100,000 organizations.</extracomment>
        <translation>repite la fila %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="76"/>
        <source>a partner organization&apos;s account cannot merge organizations: ask the UNODC office</source>
        <translation>la cuenta de una organización asociada no puede fusionar organizaciones: consulte a la oficina de la UNODC</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="82"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="144"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="399"/>
        <source>the record does not exist</source>
        <translation>el registro no existe</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="84"/>
        <source>an organization cannot be merged into itself</source>
        <translation>una organización no puede fusionarse consigo misma</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="87"/>
        <source>“%1” was already merged into another organization</source>
        <translation>“%1” ya se fusionó con otra organización</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="90"/>
        <source>“%1” is deleted: restore it before merging</source>
        <translation>“%1” está eliminada: restáurela antes de fusionarla</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="95"/>
        <source>cannot be taken from the other record</source>
        <translation>no se puede tomar del otro registro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="147"/>
        <source>no merge of this organization made on this computer can be undone</source>
        <translation>no se puede deshacer ninguna fusión de esta organización hecha en esta computadora</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="155"/>
        <source>the two records have changed since the merge: it can no longer be undone</source>
        <translation>los dos registros han cambiado desde la fusión: ya no se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="148"/>
        <source>was merged into another organization: undo the merge instead</source>
        <translation>se fusionó con otra organización: en su lugar, deshaga la fusión</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="155"/>
        <source>belongs to a deleted record: restore that first</source>
        <translation>pertenece a un registro eliminado: restáurelo primero</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="231"/>
        <source>is not a field of %1</source>
        <translation>no es un campo de %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="234"/>
        <source>is changed by deleting or restoring</source>
        <translation>solo cambia al eliminar o restaurar el registro</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="237"/>
        <source>is changed by merging</source>
        <translation>solo cambia al fusionar organizaciones</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="241"/>
        <source>is set by headquarters when it erases a person&apos;s data</source>
        <translation>lo establece la sede cuando borra los datos de una persona</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="254"/>
        <source>the record is deleted: restore it before editing</source>
        <translation>el registro está eliminado: restáurelo antes de modificarlo</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="256"/>
        <source>headquarters erased this person&apos;s data: the record cannot be edited</source>
        <translation>la sede borró los datos de esta persona: el registro no se puede editar</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="275"/>
        <source>“%1” is not a known record or a UUID</source>
        <translation>“%1” no es un registro conocido ni un UUID</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="310"/>
        <source>refers to no live record: %1</source>
        <translation>no remite a ningún registro existente: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="336"/>
        <source>is a contact of another organization</source>
        <translation>es un contacto de otra organización</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="generated_strings.py" line="8"/>
        <source>Non-governmental organization</source>
        <translation>Organización no gubernamental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="9"/>
        <source>Network or coalition</source>
        <translation>Red o coalición</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="10"/>
        <source>Community-based organization</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="11"/>
        <source>Faith-based organization</source>
        <translation>Organización confesional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="12"/>
        <source>Academic or research institution</source>
        <translation>Institución académica o de investigación</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="13"/>
        <source>Professional association</source>
        <translation>Asociación profesional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="14"/>
        <source>Trade union</source>
        <translation>Sindicato</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="15"/>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="16"/>
        <source>Media organization</source>
        <translation>Medio de comunicación</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="17"/>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="18"/>
        <source>Youth organization</source>
        <translation>Organización juvenil</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="19"/>
        <source>Women&apos;s organization</source>
        <translation>Organización de mujeres</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="20"/>
        <source>No consultative status</source>
        <translation>Sin carácter consultivo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="21"/>
        <source>General consultative status</source>
        <translation>Carácter consultivo general</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="22"/>
        <source>Special consultative status</source>
        <translation>Carácter consultivo especial</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="23"/>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="24"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="25"/>
        <source>Regional consultation</source>
        <translation>Consulta regional</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="26"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="27"/>
        <source>Side event</source>
        <translation>Acto paralelo</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="28"/>
        <source>Joint government–CSO activity</source>
        <translation>Actividad conjunta gobierno–OSC</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="29"/>
        <source>Participation in an intergovernmental meeting</source>
        <translation>Participación en una reunión intergubernamental</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="30"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="31"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="32"/>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="33"/>
        <source>Trainer</source>
        <translation>Capacitador</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="34"/>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="35"/>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="36"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="37"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="38"/>
        <source>Disbursed</source>
        <translation>Desembolsada</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="39"/>
        <source>Report received</source>
        <translation>Informe recibido</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="40"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
</TS>

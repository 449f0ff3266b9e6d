<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="104"/>
        <source>About Looking Beyond</source>
        <translation>О программе Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="106"/>
        <source>Looking Beyond %1</source>
        <translation>Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="110"/>
        <source>The registry of UNODC&apos;s civil-society partners: organizations, contacts, activities and seed funding, kept on this computer and synced with headquarters.</source>
        <translation>Реестр партнеров УНП ООН из гражданского общества: организации, контакты, мероприятия и начальное финансирование хранятся на этом компьютере и синхронизируются со штаб-квартирой.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="114"/>
        <source>Your data: %1</source>
        <translation>Ваши данные: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="119"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="125"/>
        <source>Your data is kept outside the application&apos;s folder: installing a newer version or removing the application leaves it as it is.</source>
        <translation>Ваши данные хранятся вне папки программы: установка новой версии или удаление программы их не затрагивает.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="127"/>
        <source>What it is made of, and the licence of each part:</source>
        <translation>Из чего состоит программа, и лицензия каждой части:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="130"/>
        <source>%1 (font for Chinese)</source>
        <translation>%1 (шрифт для китайского языка)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Part</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Version or source</source>
        <translation>Версия или источник</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="135"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="331"/>
        <source>Search titles, cities, country codes…</source>
        <translation>Поиск по названиям, городам, кодам стран…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="333"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="334"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="335"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="336"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="337"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="338"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="343"/>
        <source>&amp;New activity</source>
        <translation>&amp;Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="345"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="353"/>
        <source>Activities held, at least in part, in this period (either date may stay empty). Type a date or press F4 for a calendar.</source>
        <translation>Мероприятия, проходившие хотя бы частично в этот период (любую из дат можно не указывать). Введите дату или нажмите F4, чтобы открыть календарь.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>From date</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>To date</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="357"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="358"/>
        <source>Where the activity was held: type a country&apos;s name in any UN language, or its code</source>
        <translation>Место проведения мероприятия: введите название страны на любом официальном языке ООН или ее код</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="360"/>
        <source>All thematic areas</source>
        <translation>Все тематические области</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="361"/>
        <source>A thematic area includes its sub-themes</source>
        <translation>Тематическая область включает свои подтемы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="362"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="363"/>
        <source>All offices</source>
        <translation>Все отделения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="364"/>
        <source>The UNODC office that organized the activity</source>
        <translation>Отделение УНП ООН, организовавшее мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="365"/>
        <source>All meetings</source>
        <translation>Все совещания</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="366"/>
        <source>The intergovernmental meeting the activity was part of or followed</source>
        <translation>Межправительственное совещание, в рамках или по итогам которого проводилось мероприятие</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="374"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="377"/>
        <source>%1 of %n activity(ies)</source>
        <translation>
            <numerusform>%1 из %n мероприятия</numerusform>
            <numerusform>%1 из %n мероприятий</numerusform>
            <numerusform>%1 из %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="380"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>Удалить %n мероприятие</numerusform>
            <numerusform>Удалить %n мероприятия</numerusform>
            <numerusform>Удалить %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="383"/>
        <source>Delete %n activity(ies) and their participants? They go to the Trash.</source>
        <translation>
            <numerusform>Удалить %n мероприятие и его участников? Они будут перемещены в корзину.</numerusform>
            <numerusform>Удалить %n мероприятия и их участников? Они будут перемещены в корзину.</numerusform>
            <numerusform>Удалить %n мероприятий и их участников? Они будут перемещены в корзину.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="183"/>
        <source>&amp;Details</source>
        <translation>Све&amp;дения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="184"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="185"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="213"/>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="255"/>
        <source>&amp;Participants (%1)</source>
        <translation>&amp;Участники (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="261"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n представитель</numerusform>
            <numerusform>%n представителя</numerusform>
            <numerusform>%n представителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="262"/>
        <source>of %n organization(s)</source>
        <translation>
            <numerusform>от %n организации</numerusform>
            <numerusform>от %n организаций</numerusform>
            <numerusform>от %n организаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="263"/>
        <source>women: %1, men: %2, not recorded: %3</source>
        <translation>женщины: %1, мужчины: %2, пол не указан: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="266"/>
        <source>%n Member State(s) involved</source>
        <translation>
            <numerusform>%n участвующее государство-член</numerusform>
            <numerusform>%n участвующих государства-члена</numerusform>
            <numerusform>%n участвующих государств-членов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="282"/>
        <source>Create activity “%1”</source>
        <translation>Создание мероприятия «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="285"/>
        <source>Edit activity “%1”</source>
        <translation>Изменение мероприятия «%1»</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="136"/>
        <source>Add from an attendance sheet</source>
        <extracomment>organizations the name likely is across scripts and spellings, not among ``matches``</extracomment>
        <translation>Добавление из списка присутствующих</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="149"/>
        <source>A .csv or .xlsx file: one row per person</source>
        <translation>Файл .csv или .xlsx: по одной строке на человека</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="151"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Column in the sheet</source>
        <translation>Столбец в списке</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Means</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>In the sheet</source>
        <translation>В списке</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Added as</source>
        <translation>Добавляется как</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>People known</source>
        <translation>Известные лица</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="188"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="529"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="197"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="206"/>
        <source>What each column means (guessed from its header; change it if it is wrong):</source>
        <translation>Значение каждого столбца (определено по заголовку; исправьте, если оно неверно):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="212"/>
        <source>Organizations found, with how sure each match is (100: the same name):</source>
        <translation>Найденные организации и степень надежности каждого совпадения (100 — то же название):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="243"/>
        <source>Attendance sheet</source>
        <translation>Список присутствующих</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="244"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Электронные таблицы (*.csv *.xlsx *.xlsm *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="251"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="273"/>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="275"/>
        <source>There is no file %1.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="276"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="277"/>
        <source>The file is too big for an attendance sheet (%1; at most 20 MB).</source>
        <translation>Файл слишком велик для списка присутствующих (%1; не более 20 МБ).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="279"/>
        <source>This is not a spreadsheet: choose a .csv or .xlsx file.</source>
        <translation>Это не электронная таблица: выберите файл .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="280"/>
        <source>This file is not text that can be read as CSV. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.</source>
        <translation>Этот файл не является текстом, который можно прочитать как CSV. Сохраните его в программе электронных таблиц в формате «CSV UTF-8» или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="282"/>
        <source>The CSV file is malformed near line %1.</source>
        <translation>Ошибка формата CSV-файла около строки %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="284"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="285"/>
        <source>The first row must name the columns.</source>
        <translation>В первой строке должны быть названия столбцов.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="286"/>
        <source>The file has more than %1 rows: that is not an attendance sheet.</source>
        <translation>В файле более %1 строк: это не список присутствующих.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="288"/>
        <source>The workbook cannot be read: is it an .xlsx file?</source>
        <translation>Не удается прочитать книгу: это файл .xlsx?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="290"/>
        <source>Nothing was added.</source>
        <translation>Ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>(not used)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>Person&apos;s name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Sex (F/M)</source>
        <translation>Пол (F/M)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Number of people</source>
        <translation>Число людей</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="304"/>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="352"/>
        <source>Say which column names the organization.</source>
        <translation>Укажите, в каком столбце указана организация.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="356"/>
        <source>Matching…</source>
        <translation>Сопоставление…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="397"/>
        <source>row %1: “%2” is not a number of people</source>
        <translation>строка %1: «%2» не является числом людей</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="401"/>
        <source>%1 women and men is more than the representatives</source>
        <translation>%1 женщин и мужчин — больше, чем представителей</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="405"/>
        <source>row %1: “%2” is neither F nor M (counted as not recorded)</source>
        <translation>строка %1: «%2» — ни F, ни M (учитывается как «пол не указан»)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="409"/>
        <source>may already be in the registry: see below</source>
        <translation>возможно, уже есть в реестре: см. ниже</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="515"/>
        <source>%n of them may already be in the registry (see below the list)</source>
        <translation>
            <numerusform>%n из них, возможно, уже есть в реестре (см. под списком)</numerusform>
            <numerusform>%n из них, возможно, уже есть в реестре (см. под списком)</numerusform>
            <numerusform>%n из них, возможно, уже есть в реестре (см. под списком)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="413"/>
        <source>a new organization needs a country: add a country column or set the activity&apos;s country</source>
        <translation>для новой организации нужна страна: добавьте столбец страны или укажите страну мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="417"/>
        <source>“%1” is not a country code</source>
        <translation>«%1» не является кодом страны</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="420"/>
        <source>created in %1, the activity&apos;s country (the sheet has none)</source>
        <translation>создается в стране мероприятия — %1 (в списке страна не указана)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="424"/>
        <source>not the same name: check the match</source>
        <translation>название не совпадает: проверьте сопоставление</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="426"/>
        <source>already taking part</source>
        <translation>уже участвует</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="431"/>
        <source>the same organization as another line: leave one out or choose another match</source>
        <translation>та же организация, что и в другой строке: исключите одну из них или выберите другое совпадение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="450"/>
        <source>%1 (score %2)</source>
        <translation>%1 (балл: %2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="456"/>
        <source>Create new organization “%1”</source>
        <translation>Создать новую организацию «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="457"/>
        <source>Leave out</source>
        <translation>Исключить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="511"/>
        <source>%n organization(s) to add</source>
        <translation>
            <numerusform>%n организация для добавления</numerusform>
            <numerusform>%n организации для добавления</numerusform>
            <numerusform>%n организаций для добавления</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="512"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n представитель</numerusform>
            <numerusform>%n представителя</numerusform>
            <numerusform>%n представителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="513"/>
        <source>%n new organization(s)</source>
        <translation>
            <numerusform>%n новая организация</numerusform>
            <numerusform>%n новые организации</numerusform>
            <numerusform>%n новых организаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="518"/>
        <source>rows without an organization, left out: %1</source>
        <translation>строки без организации, исключены: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="522"/>
        <source>%n organization(s) have a problem (in red): fix it, choose another match, or leave them out.</source>
        <translation>
            <numerusform>У %n организации есть проблема (выделено красным): исправьте ее, выберите другое совпадение или исключите организацию.</numerusform>
            <numerusform>У %n организаций есть проблемы (выделено красным): исправьте их, выберите другое совпадение или исключите эти организации.</numerusform>
            <numerusform>У %n организаций есть проблемы (выделено красным): исправьте их, выберите другое совпадение или исключите эти организации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="528"/>
        <source>&amp;Add %n organization(s)</source>
        <translation>
            <numerusform>&amp;Добавить %n организацию</numerusform>
            <numerusform>&amp;Добавить %n организации</numerusform>
            <numerusform>&amp;Добавить %n организаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="538"/>
        <source>Use it</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="539"/>
        <source>“%1” may already be in the registry:</source>
        <translation>«%1», возможно, уже есть в реестре:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="569"/>
        <source>Add %n participant(s) from an attendance sheet</source>
        <translation>
            <numerusform>Добавление %n участника из списка присутствующих</numerusform>
            <numerusform>Добавление %n участников из списка присутствующих</numerusform>
            <numerusform>Добавление %n участников из списка присутствующих</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="577"/>
        <source>Nothing was added:</source>
        <translation>Ничего не добавлено:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="580"/>
        <source>Nothing was added: %1</source>
        <translation>Ничего не добавлено: %1</translation>
    </message>
</context>
<context>
    <name>CoOrganizers</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="87"/>
        <source>Type part of a name to add an organization</source>
        <translation>Введите часть названия, чтобы добавить организацию</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="92"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Kept now</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="247"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="357"/>
        <source>The other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="252"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>Keep this one</source>
        <translation>Оставить это</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="255"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>Keep the other</source>
        <translation>Оставить другое</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="258"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="261"/>
        <source>Apply this choice to the remaining conflicts of this kind</source>
        <translation>Применить этот выбор к остальным конфликтам такого рода</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="277"/>
        <source>No conflicts to review. When the same field is changed on two computers before they sync, both values are kept here for you to choose.</source>
        <translation>Нет конфликтов для рассмотрения. Если одно и то же поле изменено на двух компьютерах до синхронизации, оба значения сохраняются здесь, чтобы вы могли выбрать.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Headquarters&apos; version</source>
        <translation>Версия штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="356"/>
        <source>Refused and discarded</source>
        <translation>Отклонено и отброшено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>&amp;Let it go</source>
        <translation>&amp;Отказаться</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>&amp;Send it again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="362"/>
        <source>Headquarters did not accept this change and it was discarded on this computer. The values refused are kept here: send them again (headquarters says again if it still refuses), or let them go.</source>
        <translation>Штаб-квартира не приняла это изменение, и оно было отброшено на этом компьютере. Отклоненные значения сохраняются здесь: отправьте их снова (штаб-квартира снова сообщит, если по-прежнему их отклоняет) или откажитесь от них.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="366"/>
        <source>Headquarters never had this record: it is in the Trash on this computer.</source>
        <translation>Этой записи никогда не было в штаб-квартире: она находится в корзине на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="367"/>
        <source>The value headquarters holds, brought back by the next sync.</source>
        <translation>Значение, хранящееся в штаб-квартире; оно будет восстановлено при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="376"/>
        <source>This field was changed on two computers before they synced. One value is kept now; the other is here for you to bring back if it was the right one.</source>
        <translation>Это поле было изменено на двух компьютерах до их синхронизации. Сейчас сохранено одно значение; другое находится здесь, чтобы вы могли восстановить его, если оно было правильным.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="380"/>
        <source>The record was deleted on one computer and edited on another. Keeping the edit brings the record back.</source>
        <translation>Запись была удалена на одном компьютере и изменена на другом. Если сохранить изменение, запись будет восстановлена.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="391"/>
        <source>Merged into “%1”</source>
        <translation>Объединена с «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="392"/>
        <source>another organization</source>
        <translation>другой организацией</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="394"/>
        <source>This organization was merged into two different records on two computers. It now points to the first; what named it went there too. If both records are one organization, merge them as well; if the other merge was right, merge the first record into the other one.</source>
        <translation>Эта организация была объединена с двумя разными записями на двух компьютерах. Теперь она указывает на первую из них; туда же перешло все, что на нее ссылалось. Если обе записи относятся к одной организации, объедините и их; если правильным было другое объединение, объедините первую запись со второй.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="233"/>
        <source>e.g. %1</source>
        <translation>напр., %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="234"/>
        <source>Type a date (%1 or 2011-12-31), or press F4 for a calendar.</source>
        <translation>Введите дату (%1 или 2011-12-31) или нажмите F4, чтобы открыть календарь.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="236"/>
        <source>Choose from a calendar (F4)</source>
        <translation>Выбрать в календаре (F4)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="generated_strings.py" line="215"/>
        <source>Computers of the Project</source>
        <translation>Компьютеры проекта</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="216"/>
        <source>Every computer enrolled with headquarters. A lost or stolen one can be erased: at its next sync it sends what it has not sent, then erases its copy of the registry and signs out for good.</source>
        <translation>Все компьютеры, зарегистрированные в штаб-квартире. Потерянный или украденный компьютер можно стереть: при следующей синхронизации он отправит то, что ещё не отправил, затем сотрёт свою копию реестра и навсегда выйдет из системы.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="217"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="218"/>
        <source>&amp;Erase Its Data…</source>
        <translation>&amp;Стереть его данные…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="219"/>
        <source>Asking headquarters…</source>
        <translation>Запрос к штаб-квартире…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="220"/>
        <source>Erase a computer&apos;s data</source>
        <translation>Стереть данные компьютера</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="221"/>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="222"/>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="223"/>
        <source>signed out by headquarters</source>
        <translation>отключён штаб-квартирой</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="224"/>
        <source>to be erased at its next sync</source>
        <translation>будет стёрт при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="225"/>
        <source>erasing (not yet confirmed)</source>
        <translation>стирается (ещё не подтверждено)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="226"/>
        <source>erased</source>
        <translation>стёрт</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="227"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="228"/>
        <source>Person</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="229"/>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="230"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="231"/>
        <source>Only the Civil Society Team (hq users) may see the project&apos;s computers.</source>
        <translation>Просматривать компьютеры проекта может только Группа по гражданскому обществу (пользователи штаб-квартиры).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="232"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="233"/>
        <source>%1 (this computer)</source>
        <translation>%1 (этот компьютер)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="234"/>
        <source>Erase everything on “%1” (%2)? At its next sync it sends what it has not sent, then erases its copy of the registry, its backups and logs, and signs out for good. This cannot be undone.</source>
        <translation>Стереть всё на «%1» (%2)? При следующей синхронизации компьютер отправит то, что ещё не отправил, затем сотрёт свою копию реестра, резервные копии и журналы и навсегда выйдет из системы. Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/devices.py" line="144"/>
        <source>%n computer(s).</source>
        <translation>
            <numerusform>%n компьютер.</numerusform>
            <numerusform>%n компьютера.</numerusform>
            <numerusform>%n компьютеров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="182"/>
        <source>Records behind a figure</source>
        <translation>Записи, на которых основан показатель</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="197"/>
        <source>Listing the records…</source>
        <translation>Составление списка записей…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="219"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="222"/>
        <source>Show the record chosen in its page (Enter or a double-click do the same)</source>
        <translation>Показать выбранную запись на ее странице (то же действие — Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="261"/>
        <source>Participations in activities: %1, adding up to %2</source>
        <translation>Участие в мероприятиях: %1, в сумме %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="263"/>
        <source>Organizations: %1</source>
        <translation>Организации: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Activities: %1</source>
        <translation>Мероприятия: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Grants: %1</source>
        <translation>Гранты: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="265"/>
        <source>People: %1</source>
        <translation>Люди: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="266"/>
        <source>Records: %1</source>
        <translation>Записи: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="272"/>
        <source>The records could not be listed: %1</source>
        <translation>Не удалось составить список записей: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="209"/>
        <source>Already in the registry?</source>
        <translation>Уже есть в реестре?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="214"/>
        <source>“%1” looks like %n organization(s) already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</source>
        <translation>
            <numerusform>Новая организация «%1» похожа на %n организацию, уже внесенную в реестр. Откройте существующую запись, а не создавайте вторую, или сохраните эту как новую организацию, если это действительно другая организация.</numerusform>
            <numerusform>Новая организация «%1» похожа на %n организации, уже внесенные в реестр. Откройте существующую запись, а не создавайте вторую, или сохраните эту как новую организацию, если это действительно другая организация.</numerusform>
            <numerusform>Новая организация «%1» похожа на %n организаций, уже внесенных в реестр. Откройте существующую запись, а не создавайте вторую, или сохраните эту как новую организацию, если это действительно другая организация.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>How alike</source>
        <translation>Степень сходства</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="246"/>
        <source>&amp;Save as a new organization</source>
        <translation>&amp;Сохранить как новую организацию</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="207"/>
        <source>&amp;Open “%1”</source>
        <extracomment>From this score a match is &quot;very likely&quot; the same organization, below it &quot;likely&quot;.</extracomment>
        <translation>&amp;Открыть «%1»</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="235"/>
        <source>very likely the same (%1)</source>
        <translation>почти наверняка та же (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="236"/>
        <source>likely the same (%1)</source>
        <translation>вероятно, та же (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="237"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="238"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="239"/>
        <source>“%2”: %4 (%3)</source>
        <oldsource>“%2”: %3 — %4</oldsource>
        <translation>«%2»: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="240"/>
        <source>Likely %1</source>
        <translation>Вероятно, %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="241"/>
        <source>row %1 of this file, “%2”: %4 (%3)</source>
        <oldsource>row %1 of this file, “%2”: %3 — %4</oldsource>
        <translation>строка %1 этого файла, «%2»: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="242"/>
        <source>“%2”, %5: %4 (%3)</source>
        <oldsource>“%2” (%5): %3 — %4</oldsource>
        <translation>«%2», %5: %4 (%3)</translation>
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
        <translation>Удалённое лицо</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="246"/>
        <source>Headquarters could not erase this person&apos;s data because of an unexpected error (the details are in its log). Try again later.</source>
        <translation>Штаб-квартира не смогла удалить данные этого человека из-за непредвиденной ошибки (подробности — в её журнале). Повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="247"/>
        <source>Headquarters could not be reached, so nothing was erased. Erasing a person&apos;s data needs a connection: try again when this computer is online.</source>
        <translation>Не удалось связаться со штаб-квартирой, поэтому ничего не удалено. Для удаления данных человека нужно подключение: повторите, когда этот компьютер будет в сети.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="248"/>
        <source>The connection to headquarters failed before it answered, so this computer does not know whether the data was erased. Try again when the connection is better: erasing twice does no harm.</source>
        <translation>Соединение со штаб-квартирой прервалось до её ответа, поэтому этот компьютер не знает, удалены ли данные. Повторите, когда связь улучшится: повторное удаление ничему не вредит.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="249"/>
        <source>Headquarters refused: only the Civil Society Team (headquarters users) may erase a person&apos;s data.</source>
        <translation>Штаб-квартира отказала: удалять данные человека может только Группа по гражданскому обществу (пользователи штаб-квартиры).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="250"/>
        <source>Headquarters does not have this contact yet: it was never synced. Sync, then erase it again (or delete it: it never left this computer).</source>
        <translation>В штаб-квартире ещё нет этого контакта: он ни разу не синхронизировался. Выполните синхронизацию и удалите данные снова (или удалите контакт: он не покидал этот компьютер).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="251"/>
        <source>This computer is not connected to headquarters: log in on the Sync page, then try again.</source>
        <translation>Этот компьютер не подключён к штаб-квартире: войдите на странице «Синхронизация» и повторите попытку.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="252"/>
        <source>Headquarters erased this person&apos;s data on %1. They still count in the activities they took part in, without a name.</source>
        <translation>Штаб-квартира удалила данные этого человека %1. Он по-прежнему учитывается, без имени, в мероприятиях, в которых участвовал.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="154"/>
        <source>A &amp;whole table:</source>
        <translation>&amp;Вся таблица:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="164"/>
        <source>The &amp;list on screen, with its search and filters: %1, %n record(s)</source>
        <translation>
            <numerusform>&amp;Список на экране с учетом поиска и фильтров: %1, %n запись</numerusform>
            <numerusform>&amp;Список на экране с учетом поиска и фильтров: %1, %n записи</numerusform>
            <numerusform>&amp;Список на экране с учетом поиска и фильтров: %1, %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="170"/>
        <source>The list on screen (this page has no list)</source>
        <translation>Список на экране (на этой странице нет списка)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="175"/>
        <source>CSV (opens in any spreadsheet)</source>
        <translation>CSV (открывается в любой программе электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="176"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="177"/>
        <source>JSON (for other programs)</source>
        <translation>JSON (для других программ)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="180"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="183"/>
        <source>Contacts are personal data: the file will hold people&apos;s names, e-mail addresses, phone numbers and notes. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Контакты — это персональные данные: файл будет содержать имена людей, адреса электронной почты, номера телефонов и примечания. Храните его в надежном месте и удалите, когда он больше не понадобится.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="216"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="235"/>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="236"/>
        <source>&amp;Format:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="239"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="286"/>
        <source>The contacts of %n organization(s) at risk are left out. Include the contacts of these at-risk organizations only if you must:</source>
        <translation>
            <numerusform>Контакты %n организации, находящейся под угрозой, не включены. Включайте контакты этих организаций, только если это необходимо:</numerusform>
            <numerusform>Контакты %n организаций, находящихся под угрозой, не включены. Включайте контакты этих организаций, только если это необходимо:</numerusform>
            <numerusform>Контакты %n организаций, находящихся под угрозой, не включены. Включайте контакты этих организаций, только если это необходимо:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="318"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="319"/>
        <source>Export to</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="337"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="354"/>
        <source>This file will hold personal data of %n person(s): their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</source>
        <translation>
            <numerusform>Этот файл будет содержать персональные данные %n человека: имена, должности, адреса электронной почты, номера телефонов, даты согласия и примечания. Любой, кто получит файл, сможет их прочитать. Экспортировать контакты?</numerusform>
            <numerusform>Этот файл будет содержать персональные данные %n человек: имена, должности, адреса электронной почты, номера телефонов, даты согласия и примечания. Любой, кто получит файл, сможет их прочитать. Экспортировать контакты?</numerusform>
            <numerusform>Этот файл будет содержать персональные данные %n человек: имена, должности, адреса электронной почты, номера телефонов, даты согласия и примечания. Любой, кто получит файл, сможет их прочитать. Экспортировать контакты?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="358"/>
        <source>Export personal data</source>
        <translation>Экспорт персональных данных</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="372"/>
        <source>Exporting… Cancel stops it and writes no file.</source>
        <translation>Экспорт… Кнопка «Отмена» прерывает его, и файл не записывается.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="412"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="398"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n запись в файл %1.</numerusform>
            <numerusform>Экспортированы %n записи в файл %1.</numerusform>
            <numerusform>Экспортировано %n записей в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="261"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>Экспорт отменен: файл не записан.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="262"/>
        <source>The disk is full: the file was not written. Free some space or choose another disk.</source>
        <translation>Диск заполнен: файл не записан. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="263"/>
        <source>The file was not written.</source>
        <translation>Файл не записан.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="264"/>
        <source>The file could not be written to %1: you may not write in that folder, or the file is open in another program. Choose another place or close it.</source>
        <translation>Не удалось записать файл в %1: возможно, у вас нет права записи в эту папку или файл открыт в другой программе. Выберите другое место или закройте файл.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="265"/>
        <source>The folder %1 does not exist: choose another place.</source>
        <translation>Папка %1 не существует: выберите другое место.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="266"/>
        <source>The file was not written: %1</source>
        <translation>Файл не записан: %1</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="140"/>
        <source>Separate several with ;</source>
        <translation>Несколько значений разделяйте знаком ;</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="158"/>
        <source>Type a country&apos;s name in any UN language, or its code; the list shows the matches.</source>
        <translation>Введите название страны на любом официальном языке ООН или ее код; в списке появятся совпадения.</translation>
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
        <translation>Щелкните, чтобы увидеть записи, на которых он основан.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="203"/>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="204"/>
        <source>A CSV file, an Excel workbook (.xlsx) or a JSON file whose first row (or keys) name the columns.</source>
        <translation>Файл CSV, книга Excel (.xlsx) или файл JSON, в котором первая строка (или ключи) содержит названия столбцов.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="208"/>
        <source>Choose a file…</source>
        <translation>Выберите файл…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="210"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="216"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="226"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="242"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="243"/>
        <source>Spreadsheets and data (*.csv *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation>Электронные таблицы и данные (*.csv *.xlsx *.xlsm *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="268"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="287"/>
        <source>%n row(s) to read.</source>
        <translation>
            <numerusform>Для чтения: %n строка.</numerusform>
            <numerusform>Для чтения: %n строки.</numerusform>
            <numerusform>Для чтения: %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="288"/>
        <source>Columns: %1</source>
        <translation>Столбцы: %1</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="239"/>
        <source>Clear filters</source>
        <extracomment>The search box&apos;s narrowest width: a few words stay readable on a 1024-pixel screen. The shortcut of &quot;Save view…&quot; (Ctrl+Shift+S is &quot;Sync now&quot;; Ctrl+D bookmarks in browsers). Characters a filter drop-down shows at its narrowest (its list shows entries whole).</extracomment>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="243"/>
        <source>Vie&amp;ws</source>
        <translation>&amp;Виды</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="430"/>
        <source>Saved searches and filters: apply one, save the current one, rename or delete them</source>
        <translation>Сохраненные поиски и фильтры: применить, сохранить текущий, переименовать или удалить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="252"/>
        <source>&amp;Save view…</source>
        <translation>&amp;Сохранить вид…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="323"/>
        <source>No country is called “%1”: every country is listed.</source>
        <translation>Страны с названием «%1» нет: показаны все страны.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="332"/>
        <source>Not a date: the period ignores it.</source>
        <translation>Это не дата: при определении периода она не учитывается.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="429"/>
        <source>View on screen: %1</source>
        <translation>Вид на экране: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="454"/>
        <source>No saved view yet</source>
        <translation>Сохраненных видов пока нет</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="458"/>
        <source>&amp;Rename view</source>
        <translation>&amp;Переименовать вид</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="460"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить вид</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="495"/>
        <source>A view called “%1” exists. Replace it?</source>
        <translation>Вид с названием «%1» уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="496"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="531"/>
        <source>Saved views</source>
        <translation>Сохраненные виды</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="501"/>
        <source>Save view</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="502"/>
        <source>Name of this search and its filters (e.g. “Kenya 2011”):</source>
        <translation>Название для этого поиска и его фильтров (например, «Кения 2011»):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>Rename view</source>
        <translation>Переименование вида</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>New name of the view “%1”:</source>
        <translation>Новое название вида «%1»:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="529"/>
        <source>Delete the view “%1”? Only its saved search and filters go; no record is touched.</source>
        <translation>Удалить вид «%1»? Будут удалены только сохраненные поиск и фильтры; записи не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="49"/>
        <source>Welcome to Looking Beyond</source>
        <translation>Добро пожаловать в Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="55"/>
        <source>This is your office&apos;s registry of civil-society partners: organizations, their contacts, the activities they took part in and the seed funding they received. Everything works offline; your changes are sent to headquarters when a connection is set up.</source>
        <translation>Это реестр партнеров вашего отделения из числа гражданского общества: организации, их контакты, мероприятия, в которых они участвовали, и полученное ими начальное финансирование. Все работает без подключения к сети; ваши изменения отправляются в штаб-квартиру после настройки подключения.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="60"/>
        <source>Explore with &amp;demo data</source>
        <translation>Ознакомиться на &amp;демонстрационных данных</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="63"/>
        <source>Fills this data folder with made-up organizations, activities and grants to try the application. A demo folder can never be connected to headquarters: for real work, start another data folder (File &gt; New data folder…).</source>
        <translation>Заполняет эту папку данных вымышленными организациями, мероприятиями и грантами, чтобы вы могли опробовать приложение. Демонстрационную папку нельзя подключить к штаб-квартире: для реальной работы создайте другую папку данных (Файл &gt; Новая папка данных…).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="66"/>
        <source>Start with an &amp;empty registry</source>
        <translation>Начать с &amp;пустого реестра</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="69"/>
        <source>You can connect to headquarters later, on the Sync page: your work is kept on this computer until then.</source>
        <translation>Подключиться к штаб-квартире можно позже на странице «Синхронизация»: до тех пор ваша работа хранится на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="178"/>
        <source>Type the name of a regional lead organization</source>
        <translation>Введите название региональной ведущей организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="189"/>
        <source>Type part of an activity&apos;s title to link it</source>
        <translation>Введите часть названия мероприятия, чтобы связать его</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="191"/>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="199"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="211"/>
        <source>Activities paid for</source>
        <translation>Оплаченные мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="219"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="220"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="233"/>
        <source>New grant</source>
        <translation>Новый грант</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="265"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="308"/>
        <source>Mark as %1</source>
        <translation>Отметить как «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="311"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="313"/>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="329"/>
        <source>Create grant</source>
        <translation>Создание гранта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="332"/>
        <source>Edit grant</source>
        <translation>Изменение гранта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="366"/>
        <source>Grant: %1</source>
        <translation>Грант: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="382"/>
        <source>Organization %1</source>
        <translation>Организация: %1</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="398"/>
        <source>Search purpose or organization…</source>
        <translation>Поиск по цели или организации…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="400"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="401"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="402"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="403"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="404"/>
        <source>Follows</source>
        <translation>По итогам</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="409"/>
        <source>&amp;New grant</source>
        <translation>&amp;Новый грант</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="411"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="417"/>
        <source>Grants approved in this period (either date may stay empty); a grant not yet approved has no approval date and is left out while a date is set. Type a date or press F4 for a calendar.</source>
        <translation>Гранты, утвержденные в этот период (любую из дат можно не указывать); у еще не утвержденного гранта нет даты утверждения, и он не показывается, пока задана дата. Введите дату или нажмите F4, чтобы открыть календарь.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved from</source>
        <translation>Утвержден с</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved until</source>
        <translation>Утвержден по</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="422"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="423"/>
        <source>The organization&apos;s country: type a country&apos;s name in any UN language, or its code</source>
        <translation>Страна организации: введите название страны на любом официальном языке ООН или ее код</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="425"/>
        <source>All thematic areas</source>
        <translation>Все тематические области</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="426"/>
        <source>The organization&apos;s thematic areas (a grant has none of its own); an area includes its sub-themes</source>
        <translation>Тематические области организации (у гранта нет собственных); область включает свои подтемы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="428"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="430"/>
        <source>All currencies</source>
        <translation>Все валюты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="439"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n грант</numerusform>
            <numerusform>%n гранта</numerusform>
            <numerusform>%n грантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="442"/>
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%1 из %n гранта</numerusform>
            <numerusform>%1 из %n грантов</numerusform>
            <numerusform>%1 из %n грантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="445"/>
        <source>Delete %n grant(s)</source>
        <translation>
            <numerusform>Удалить %n грант</numerusform>
            <numerusform>Удалить %n гранта</numerusform>
            <numerusform>Удалить %n грантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="448"/>
        <source>Delete %n grant(s)? They go to the Trash.</source>
        <translation>
            <numerusform>Удалить %n грант? Он будет перемещен в корзину.</numerusform>
            <numerusform>Удалить %n гранта? Они будут перемещены в корзину.</numerusform>
            <numerusform>Удалить %n грантов? Они будут перемещены в корзину.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="26"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="39"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="50"/>
        <source>The latest change of these fields, made on another computer and received by sync; earlier changes made there are kept at headquarters.</source>
        <translation>Последнее изменение этих полей, сделанное на другом компьютере и полученное при синхронизации; более ранние изменения, сделанные там, хранятся в штаб-квартире.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="61"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="62"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="63"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="64"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="65"/>
        <source>Merged into another organization</source>
        <translation>Объединено с другой организацией</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="66"/>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="968"/>
        <source>Import a file</source>
        <extracomment>Emitted from the database worker&apos;s thread between chunks of rows (done, total): a queued connection shows it; a direct connection runs on the worker (tests cancel there).</extracomment>
        <translation>Импорт файла</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1018"/>
        <source>Import %n record(s) from %1</source>
        <translation>
            <numerusform>Импорт %n записи из %1</numerusform>
            <numerusform>Импорт %n записей из %1</numerusform>
            <numerusform>Импорт %n записей из %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1033"/>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Отмена… ничего не будет импортировано.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="271"/>
        <source>%1 cannot be imported: choose a CSV file, an Excel workbook (.xlsx) or a JSON file.</source>
        <translation>Файл %1 нельзя импортировать: выберите файл CSV, книгу Excel (.xlsx) или файл JSON.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="272"/>
        <source>%1 does not exist any more.</source>
        <translation>Файл %1 больше не существует.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="273"/>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1 — это папка: выберите файл.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="274"/>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>Не удается прочитать файл %1: возможно, у вас нет права на его открытие.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="275"/>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>Размер файла %1 превышает %2 МБ: разделите его на файлы меньшего размера.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="276"/>
        <source>%1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="277"/>
        <source>%1 is not saved as UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, then choose it again.</source>
        <translation>Файл %1 сохранен не в кодировке UTF-8. В программе электронных таблиц сохраните его в формате «CSV UTF-8» и выберите его снова.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="278"/>
        <source>%1 is not a text file: is it really a CSV file?</source>
        <translation>Файл %1 не является текстовым: действительно ли это файл CSV?</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="279"/>
        <source>%1 is not a valid CSV file (line %2): a quote may be left open.</source>
        <translation>Файл %1 не является допустимым файлом CSV (строка %2): возможно, не закрыта кавычка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="280"/>
        <source>%1 has no column names: its first row must name the columns.</source>
        <translation>В файле %1 нет названий столбцов: первая строка должна содержать названия столбцов.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="281"/>
        <source>Column %2 of %1 has no name: name every column in the first row.</source>
        <translation>У столбца %2 файла %1 нет названия: укажите в первой строке названия всех столбцов.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="282"/>
        <source>%1 names a column twice (%2): give each column its own name.</source>
        <translation>В файле %1 одно название столбца встречается дважды (%2): дайте каждому столбцу собственное название.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="283"/>
        <source>Row %2 of %1 has more cells than there are column names.</source>
        <translation>В строке %2 файла %1 ячеек больше, чем названий столбцов.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="284"/>
        <source>%1 has more than %2 rows: split it into smaller files.</source>
        <translation>В файле %1 более %2 строк: разделите его на файлы меньшего размера.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="285"/>
        <source>%1 has no rows under its column names.</source>
        <translation>В файле %1 нет строк под названиями столбцов.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="286"/>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>Файл %1 не является читаемой книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="287"/>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation>Лист «%2» файла %1 пуст.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="288"/>
        <source>%1 is not a JSON list of records (line %2).</source>
        <translation>Файл %1 не является списком записей в формате JSON (строка %2).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="289"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="290"/>
        <source>Contacts of organizations</source>
        <translation>Контакты организаций</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="291"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="292"/>
        <source>Participants of activities</source>
        <translation>Участники мероприятий</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="293"/>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="294"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Импорт выполнен: создано — %1, обновлено — %2.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="generated_strings.py" line="295"/>
        <source>This window is locked</source>
        <translation>Окно заблокировано</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="296"/>
        <source>It locked itself after a while without use, to keep the registry from other eyes. Type your headquarters password or your PIN to go on.</source>
        <translation>Оно заблокировалось после некоторого времени бездействия, чтобы защитить реестр от посторонних глаз. Введите пароль штаб-квартиры или PIN-код, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="297"/>
        <source>Password or PIN</source>
        <translation>Пароль или PIN-код</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="298"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="299"/>
        <source>That is neither the password nor the PIN. Try again.</source>
        <translation>Это не пароль и не PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="300"/>
        <source>Lock Settings</source>
        <translation>Параметры блокировки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="301"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="302"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="303"/>
        <source>Remove the PIN</source>
        <translation>Удалить PIN-код</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="304"/>
        <source>Lock after this long without use:</source>
        <translation>Блокировать после бездействия в течение:</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="305"/>
        <source>New PIN (4 to 12 digits):</source>
        <translation>Новый PIN-код (от 4 до 12 цифр):</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="306"/>
        <source>The PIN again:</source>
        <translation>PIN-код ещё раз:</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="307"/>
        <source>The data on this computer is encrypted. Its key is kept in this computer&apos;s keyring, which your sign-in to the computer opens: keep that sign-in to yourself.</source>
        <translation>Данные на этом компьютере зашифрованы. Их ключ хранится в хранилище ключей этого компьютера, которое открывается при вашем входе в систему: никому не сообщайте данные для входа.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="308"/>
        <source>Your headquarters password and your PIN open the window on this computer.</source>
        <translation>Пароль штаб-квартиры и PIN-код разблокируют окно на этом компьютере.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="311"/>
        <source>The data on this computer is encrypted with the passphrase typed each time it opens. Without the passphrase nobody can read it.</source>
        <translation>Данные на этом компьютере зашифрованы парольной фразой, которую вводят при каждом открытии. Без неё их никто не сможет прочитать.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="312"/>
        <source>Your headquarters password opens the window on this computer. A PIN is quicker to type.</source>
        <translation>Пароль штаб-квартиры разблокирует окно на этом компьютере. PIN-код ввести быстрее.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="314"/>
        <source>Your PIN opens the window on this computer.</source>
        <translation>PIN-код разблокирует окно на этом компьютере.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="315"/>
        <source>Nobody has logged in to headquarters on this computer yet: choose a PIN so that the window can lock.</source>
        <translation>На этом компьютере ещё никто не входил в систему штаб-квартиры: задайте PIN-код, чтобы окно могло блокироваться.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="309"/>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="310"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN-код состоит из 4–12 цифр.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="313"/>
        <source>The settings could not be kept: %1</source>
        <translation>Не удалось сохранить параметры: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/lock.py" line="185"/>
        <source>Too many wrong tries: wait %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток: подождите %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток: подождите %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток: подождите %n секунд.</numerusform>
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
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="285"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="183"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="190"/>
        <source>&amp;New organization</source>
        <translation>&amp;Новая организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="192"/>
        <source>New &amp;activity</source>
        <translation>Новое &amp;мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="194"/>
        <source>New &amp;grant</source>
        <translation>Новый &amp;грант</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="196"/>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Открыть папку данных…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="216"/>
        <source>New data &amp;folder…</source>
        <translation>Новая &amp;папка данных…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lock Now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="222"/>
        <source>Lock Se&amp;ttings…</source>
        <translation>Пара&amp;метры блокировки…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="259"/>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Прервать синхронизацию</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="265"/>
        <source>Sync by &amp;File</source>
        <translation>Синхронизация через &amp;файл</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Write a File for Headquarters…</source>
        <translation>&amp;Записать файл для штаб-квартиры…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Read a Reply from Headquarters…</source>
        <translation>&amp;Прочитать ответ штаб-квартиры…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="275"/>
        <source>Computers of the &amp;Project…</source>
        <translation>Компьютеры &amp;проекта…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="282"/>
        <source>&amp;About Looking Beyond</source>
        <translation>&amp;О программе Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="341"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="470"/>
        <source>Data: %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="475"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="496"/>
        <source>Last sync: never</source>
        <translation>Последняя синхронизация: никогда</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="477"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="638"/>
        <source>Headquarters: not enrolled</source>
        <translation>Штаб-квартира: подключение не настроено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="479"/>
        <source>Log in on the Sync page to connect this computer.</source>
        <translation>Войдите на странице «Синхронизация», чтобы подключить этот компьютер.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="493"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n изменение к отправке</numerusform>
            <numerusform>%n изменения к отправке</numerusform>
            <numerusform>%n изменений к отправке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="495"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="550"/>
        <source>Writing the file for headquarters…</source>
        <translation>Запись файла для штаб-квартиры…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="551"/>
        <source>Reading the reply from headquarters…</source>
        <translation>Чтение ответа штаб-квартиры…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="556"/>
        <source>The file for headquarters is written.</source>
        <translation>Файл для штаб-квартиры записан.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="562"/>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="563"/>
        <source>The reply could not be read.</source>
        <translation>Не удалось прочитать ответ.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="574"/>
        <source>The reply from headquarters is read.</source>
        <translation>Ответ штаб-квартиры прочитан.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="600"/>
        <source>Syncing with headquarters…</source>
        <translation>Синхронизация со штаб-квартирой…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="611"/>
        <source>Sync finished.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="625"/>
        <source>The next try is in %n minute(s).</source>
        <translation>
            <numerusform>Следующая попытка через %n минуту.</numerusform>
            <numerusform>Следующая попытка через %n минуты.</numerusform>
            <numerusform>Следующая попытка через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="636"/>
        <source>Headquarters: reachable</source>
        <translation>Штаб-квартира: доступна</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="637"/>
        <source>Headquarters: unreachable</source>
        <translation>Штаб-квартира: недоступна</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="650"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="672"/>
        <source>This computer has never synced with headquarters: your changes exist only here.</source>
        <translation>Этот компьютер еще ни разу не синхронизировался со штаб-квартирой: ваши изменения есть только здесь.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="685"/>
        <source>No sync with headquarters for %n day(s): your recent changes exist only on this computer.</source>
        <translation>
            <numerusform>Нет синхронизации со штаб-квартирой уже %n день: ваши последние изменения есть только на этом компьютере.</numerusform>
            <numerusform>Нет синхронизации со штаб-квартирой уже %n дня: ваши последние изменения есть только на этом компьютере.</numerusform>
            <numerusform>Нет синхронизации со штаб-квартирой уже %n дней: ваши последние изменения есть только на этом компьютере.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="718"/>
        <source>Looking Beyond — demo data</source>
        <translation>Looking Beyond — демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="773"/>
        <source>The new organization “%1” that you set aside is not saved. Close and lose it? (Cancel, then “Back to it”, to save it.)</source>
        <translation>Новая организация «%1», отложенная вами, не сохранена. Закрыть и потерять её? (Чтобы сохранить, нажмите «Отмена», затем «Вернуться к ней».)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="331"/>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="332"/>
        <source>Choose where the rows go and which field each column fills. Columns set to “Not imported” are left out.</source>
        <translation>Выберите, куда будут импортированы строки и какое поле заполняет каждый столбец. Столбцы со значением «Не импортируется» пропускаются.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="361"/>
        <source>&amp;Import into:</source>
        <translation>&amp;Импортировать в:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="411"/>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="419"/>
        <source>These columns were matched as you matched them last time for this file layout.</source>
        <translation>Эти столбцы сопоставлены так же, как вы сопоставили их в прошлый раз для файла с такой структурой.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="454"/>
        <source>Choose a column for: %1.</source>
        <translation>Выберите столбец для: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="458"/>
        <source>Several columns fill the same field: %1.</source>
        <translation>Несколько столбцов заполняют одно и то же поле: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="461"/>
        <source>Choose a field for at least one column.</source>
        <translation>Выберите поле хотя бы для одного столбца.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="198"/>
        <source>Merge the two values</source>
        <translation>Объединение двух значений</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="199"/>
        <source>Both values are below. Edit them into the one to keep.</source>
        <translation>Ниже приведены оба значения. Отредактируйте их, составив одно, которое будет сохранено.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="112"/>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="299"/>
        <source>Merge two organizations</source>
        <translation>Объединение двух организаций</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="120"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. The other record&apos;s contacts, participation, grants and co-organizing move to the kept one; its names become other names of the kept one. It is kept out of sight as a pointer, so that what other computers add to it before they hear of the merge lands on the kept one.</source>
        <translation>Выберите сохраняемую запись и для каждого различающегося поля — значение, которое она сохранит. Контакты, участие, гранты и совместная организация мероприятий другой записи переходят к сохраняемой; её названия становятся другими названиями сохраняемой записи. Сама она скрывается и остаётся указателем, чтобы то, что другие компьютеры добавят к ней до того, как узнают об объединении, попало в сохраняемую запись.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="128"/>
        <source>Keep:</source>
        <translation>Сохраняемая запись:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="148"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="163"/>
        <source>One of the two organizations is no longer here.</source>
        <translation>Одной из двух организаций больше нет.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="199"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="200"/>
        <source>Kept record: %1</source>
        <translation>Сохраняемая запись: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="201"/>
        <source>Other record: %1</source>
        <translation>Другая запись: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>newer</source>
        <translation>более новое</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>the kept record has none</source>
        <translation>в сохраняемой записи пусто</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="233"/>
        <source>Proposed: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="238"/>
        <source>The two records hold the same values.</source>
        <translation>Значения в обеих записях совпадают.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="249"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="251"/>
        <source>%n participation record(s)</source>
        <translation>
            <numerusform>%n запись об участии</numerusform>
            <numerusform>%n записи об участии</numerusform>
            <numerusform>%n записей об участии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="253"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n грант</numerusform>
            <numerusform>%n гранта</numerusform>
            <numerusform>%n грантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="255"/>
        <source>%n co-organized activity(ies)</source>
        <translation>
            <numerusform>%n соорганизованное мероприятие</numerusform>
            <numerusform>%n соорганизованных мероприятия</numerusform>
            <numerusform>%n соорганизованных мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="256"/>
        <source>Moves to the kept record: %1.</source>
        <translation>В сохраняемую запись переходят: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="257"/>
        <source>Nothing else names the other record.</source>
        <translation>Больше ничто не ссылается на другую запись.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="258"/>
        <source>“%1” becomes one of the kept record&apos;s other names.</source>
        <translation>«%1» становится одним из других названий сохраняемой записи.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="260"/>
        <source>Edit &gt; Undo takes the merge back.</source>
        <translation>Команда «Правка &gt; Отменить» отменяет объединение.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="277"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Объединение «%1» с «%2»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="294"/>
        <source>The organizations were not merged: %1</source>
        <translation>Организации не объединены: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="198"/>
        <source>&amp;Back to it</source>
        <extracomment>How long typing pauses before the name is looked up in the registry (milliseconds).</extracomment>
        <translation>&amp;Вернуться к ней</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="201"/>
        <source>Discard it</source>
        <translation>Отбросить ее</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="228"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Добавить контакт…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="230"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="232"/>
        <source>Delete contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="234"/>
        <source>Save the organization to add its contacts.</source>
        <translation>Сохраните организацию, чтобы добавить ее контакты.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="236"/>
        <source>%1 This organization is at risk: these people&apos;s contact details stay on headquarters&apos; and this office&apos;s computers. They are not sent to partners&apos; computers, and exports and reports leave them out unless you ask for them by name.</source>
        <translation>%1 Эта организация находится под угрозой: контактные данные этих людей остаются на компьютерах штаб-квартиры и этого отделения. Они не передаются на компьютеры партнёров, а экспорт и отчёты их не включают, если вы не запросите их поимённо.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="250"/>
        <source>Erase Personal Data…</source>
        <translation>Удалить персональные данные…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="281"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="282"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="283"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="284"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="294"/>
        <source>Protect its people&apos;s contact details</source>
        <translation>Защитить контактные данные её сотрудников</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="296"/>
        <source>For people in danger if their names were known. Only headquarters and the office of its country receive their contact details, never partners or other countries&apos; offices. Exports and reports leave them out unless you ask for them by name.</source>
        <translation>Для людей, которым грозит опасность, если их имена станут известны. Их контактные данные получают только штаб-квартира и отделение её страны, но не партнёры и не отделения других стран. Экспорт и отчёты их не включают, если вы не запросите их поимённо.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="318"/>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="367"/>
        <source>Contacts (%1)</source>
        <translation>Контакты (%1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="413"/>
        <source>Looking for this organization in the registry…</source>
        <translation>Поиск этой организации в реестре…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="481"/>
        <source>Your new organization “%1” was not saved.</source>
        <translation>Ваша новая организация «%1» не была сохранена.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="551"/>
        <source>Looks like %1.</source>
        <translation>Похожа на %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="552"/>
        <source>Looks like %1, and %n more.</source>
        <translation>
            <numerusform>Похожа на %1 и еще на %n организацию.</numerusform>
            <numerusform>Похожа на %1 и еще на %n организации.</numerusform>
            <numerusform>Похожа на %1 и еще на %n организаций.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="553"/>
        <source>Show…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="568"/>
        <source>Create “%1”</source>
        <translation>Создание: «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="571"/>
        <source>Edit “%1”</source>
        <translation>Изменение: «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="628"/>
        <source>Add contact “%1”</source>
        <translation>Добавление контакта «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="631"/>
        <source>Edit contact “%1”</source>
        <translation>Изменение контакта «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="646"/>
        <source>Delete contact “%1”</source>
        <translation>Удаление контакта «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="670"/>
        <source>This person&apos;s data is erased, at headquarters and on this computer.</source>
        <translation>Данные этого человека удалены — в штаб-квартире и на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="687"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>Данные этого человека уже были удалены.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="689"/>
        <source>Headquarters is being asked to erase a person&apos;s data.</source>
        <translation>Штаб-квартира получает запрос на удаление данных человека.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="691"/>
        <source>Select a contact first.</source>
        <translation>Сначала выберите контакт.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="694"/>
        <source>Erase this person&apos;s name, e-mail, phone, consent date and notes for good, at headquarters and on every computer (needs a connection).</source>
        <translation>Навсегда удалить имя, адрес электронной почты, телефон, дату согласия и заметки этого человека — в штаб-квартире и на всех компьютерах (нужно подключение).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="703"/>
        <source>Erased person</source>
        <translation>Удалённое лицо</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="704"/>
        <source>There is nothing to edit: headquarters erased this person&apos;s data on %1, on every computer. They still count in the activities they took part in, without a name. If the person joins again, add them as a new contact with their consent.</source>
        <translation>Редактировать нечего: штаб-квартира удалила данные этого человека %1 на всех компьютерах. Он по-прежнему учитывается, без имени, в мероприятиях, в которых участвовал. Если человек вернётся, добавьте его как новый контакт с его согласия.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="720"/>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="794"/>
        <source>Erase a person&apos;s data</source>
        <translation>Удалить данные человека</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="721"/>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>Навсегда удалить персональные данные «%1»?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="724"/>
        <source>Headquarters removes this person&apos;s name, e-mail, phone, consent date and notes now, and every computer that holds them at its next sync, from its backups too. This cannot be undone.

The person stays counted in the activities they took part in, without a name. Erasing needs a connection to headquarters.</source>
        <translation>Штаб-квартира сейчас удалит имя, адрес электронной почты, телефон, дату согласия и заметки этого человека, а каждый компьютер, где они хранятся, — при следующей синхронизации, в том числе из резервных копий. Отменить это нельзя.

Человек по-прежнему учитывается, без имени, в мероприятиях, в которых участвовал. Для удаления нужно подключение к штаб-квартире.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="729"/>
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="750"/>
        <source>Asking headquarters to erase this person&apos;s data…</source>
        <translation>Запрос в штаб-квартиру на удаление данных этого человека…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="779"/>
        <source>Headquarters erased this person&apos;s data (%1). Syncing, so that this computer removes it too…</source>
        <translation>Штаб-квартира удалила данные этого человека (%1). Идёт синхронизация, чтобы этот компьютер тоже их удалил…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="782"/>
        <source>Headquarters erased this person&apos;s data (%1). This computer removes it at its next sync.</source>
        <translation>Штаб-квартира удалила данные этого человека (%1). Этот компьютер удалит их при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="44"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="45"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="46"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="47"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="48"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="49"/>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="50"/>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="51"/>
        <source>RLO</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="52"/>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="323"/>
        <source>Not yet synced: changes here wait to be sent to headquarters</source>
        <translation>Еще не синхронизировано: изменения на этом компьютере ожидают отправки в штаб-квартиру</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="324"/>
        <source>At risk: its people&apos;s contact details stay on headquarters&apos; and the owning office&apos;s computers, and exports and reports leave them out unless asked for by name</source>
        <translation>Под угрозой: контактные данные её сотрудников остаются на компьютерах штаб-квартиры и ответственного отделения, а экспорт и отчёты их не включают, если их не запросить поимённо</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="325"/>
        <source>Conflict: review it on the Conflicts page</source>
        <translation>Конфликт: рассмотрите его на странице «Конфликты»</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="70"/>
        <source>Search names, acronyms, cities, notes…</source>
        <extracomment>The search box&apos;s narrowest width (a few words stay readable on a 1024-pixel screen). The list&apos;s narrowest width beside the editor (the name column and a little more).</extracomment>
        <translation>Поиск по названиям, аббревиатурам, городам, примечаниям…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="73"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="74"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="75"/>
        <source>All thematic areas</source>
        <translation>Все тематические области</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="76"/>
        <source>All networks</source>
        <translation>Все сети</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="77"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="79"/>
        <source>RLOs only</source>
        <translation>Только RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="82"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="114"/>
        <source>&amp;New organization</source>
        <translation>&amp;Новая организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="116"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="122"/>
        <source>&amp;Merge Two Organizations…</source>
        <translation>&amp;Объединить две организации…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="124"/>
        <source>Select two records of one organization, then merge them into one</source>
        <translation>Выберите две записи одной организации, чтобы объединить их в одну</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="220"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="281"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="316"/>
        <source>Merged. Edit &gt; Undo takes it back.</source>
        <translation>Объединено. Команда «Правка &gt; Отменить» отменяет объединение.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="337"/>
        <source>Delete %n organization(s) and their contacts? They go to the Trash, from where they can be restored.</source>
        <translation>
            <numerusform>Удалить %n организацию и ее контакты? Они будут перемещены в корзину, откуда их можно восстановить.</numerusform>
            <numerusform>Удалить %n организации и их контакты? Они будут перемещены в корзину, откуда их можно восстановить.</numerusform>
            <numerusform>Удалить %n организаций и их контакты? Они будут перемещены в корзину, откуда их можно восстановить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="345"/>
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>Удалить %n организацию</numerusform>
            <numerusform>Удалить %n организации</numerusform>
            <numerusform>Удалить %n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="351"/>
        <source>%n organization(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n организация перемещена в корзину.</numerusform>
            <numerusform>%n организации перемещены в корзину.</numerusform>
            <numerusform>%n организаций перемещено в корзину.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="44"/>
        <source>Organizations by region</source>
        <translation>Организации по регионам</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="45"/>
        <source>Organizations by thematic area</source>
        <translation>Организации по тематическим областям</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="94"/>
        <source>%n organization(s) in the registry</source>
        <translation>
            <numerusform>%n организация в реестре</numerusform>
            <numerusform>%n организации в реестре</numerusform>
            <numerusform>%n организаций в реестре</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="107"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="411"/>
        <source>(no one named)</source>
        <translation>(без указания имен)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="250"/>
        <source>Representatives whose sex was not recorded: representatives minus women and men (computed)</source>
        <translation>Представители, пол которых не указан: представители за вычетом женщин и мужчин (вычисляется)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="326"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="327"/>
        <source>“%1” is not a whole number of people (0 or more)</source>
        <translation>«%1» не является целым числом людей (0 или больше)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="328"/>
        <source>cannot be more than %1</source>
        <translation>не может превышать %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="329"/>
        <source>%1 women and men is more than the %2 representatives</source>
        <translation>женщин и мужчин (%1) больше, чем представителей (%2)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="780"/>
        <source>Save the activity to add who took part.</source>
        <translation>Сохраните мероприятие, чтобы добавить участников.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="783"/>
        <source>Find organizations or people to add</source>
        <translation>Найдите организации или людей для добавления</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="798"/>
        <source>Tick several with Space or a click (or select them with Shift and Ctrl), then Ctrl+Enter adds them all.</source>
        <translation>Отметьте несколько пунктов клавишей пробела или щелчком (или выделите их с помощью Shift и Ctrl), затем нажмите Ctrl+Enter, чтобы добавить их все.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="803"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="989"/>
        <source>Add &amp;selected</source>
        <translation>Добавить &amp;выбранные</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="805"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="807"/>
        <source>New &amp;organization…</source>
        <translation>Новая &amp;организация…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="810"/>
        <source>From attendance s&amp;heet…</source>
        <translation>Из с&amp;писка присутствующих…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="822"/>
        <source>Type to change a cell · Tab: next cell · Enter: next row · Ctrl+V: paste from a spreadsheet · Delete: clear or remove · Esc: drop a refused value</source>
        <translation>Ввод текста — изменить ячейку · Tab — следующая ячейка · Enter — следующая строка · Ctrl+V — вставить из электронной таблицы · Delete — очистить или удалить · Esc — отбросить недопустимое значение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="835"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="841"/>
        <source>Loo&amp;k up:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="964"/>
        <source>%1 (already taking part)</source>
        <translation>%1 (уже участвует)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="988"/>
        <source>Add %n selected</source>
        <translation>
            <numerusform>Добавить %n выбранную</numerusform>
            <numerusform>Добавить %n выбранные</numerusform>
            <numerusform>Добавить %n выбранных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1017"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Добавление %n участника</numerusform>
            <numerusform>Добавление %n участников</numerusform>
            <numerusform>Добавление %n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1044"/>
        <source>Edit participant “%1”</source>
        <translation>Изменение участника «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1097"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1154"/>
        <source>Nothing was pasted:</source>
        <translation>Ничего не вставлено:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1101"/>
        <source>Paste into %n participant(s)</source>
        <translation>
            <numerusform>Вставка в %n участника</numerusform>
            <numerusform>Вставка в %n участников</numerusform>
            <numerusform>Вставка в %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1103"/>
        <source>%n pasted line(s) fell below the last participant and were left out.</source>
        <translation>
            <numerusform>%n вставленная строка оказалась ниже последнего участника и была пропущена.</numerusform>
            <numerusform>%n вставленные строки оказались ниже последнего участника и были пропущены.</numerusform>
            <numerusform>%n вставленных строк оказались ниже последнего участника и были пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1115"/>
        <source>Nothing was saved:</source>
        <translation>Ничего не сохранено:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1135"/>
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>Вставка %n участника</numerusform>
            <numerusform>Вставка %n участников</numerusform>
            <numerusform>Вставка %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1138"/>
        <source>%n organization(s) pasted.</source>
        <translation>
            <numerusform>Вставлена %n организация.</numerusform>
            <numerusform>Вставлены %n организации.</numerusform>
            <numerusform>Вставлено %n организаций.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1140"/>
        <source>Taken as the closest known name:</source>
        <translation>Принято как ближайшее известное название:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1144"/>
        <source>Not found, left out (add them with New organization):</source>
        <translation>Не найдены, пропущены (добавьте их с помощью команды «Новая организация»):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1147"/>
        <source>Left out, their organization was on an earlier line (add its numbers to that line):</source>
        <translation>Пропущены, так как их организация указана в одной из предыдущих строк (добавьте их числа к этой строке):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1169"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Очистить %n ячейку</numerusform>
            <numerusform>Очистить %n ячейки</numerusform>
            <numerusform>Очистить %n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1182"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Убрать %n участника</numerusform>
            <numerusform>Убрать %n участников</numerusform>
            <numerusform>Убрать %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1192"/>
        <source>Remove %n participant(s) from this activity?</source>
        <translation>
            <numerusform>Убрать %n участника из этого мероприятия?</numerusform>
            <numerusform>Убрать %n участников из этого мероприятия?</numerusform>
            <numerusform>Убрать %n участников из этого мероприятия?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1221"/>
        <source>Create “%1” and add it</source>
        <translation>Создать «%1» и добавить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1244"/>
        <source>&amp;Add “%1” instead</source>
        <translation>&amp;Добавить «%1» вместо новой</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1253"/>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Choose a Passphrase</source>
        <translation>Выбор парольной фразы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Unlock the Data</source>
        <translation>Разблокировка данных</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="39"/>
        <source>This computer has no keyring to keep the key that encrypts the data in %1. Choose a passphrase instead: you will type it each time the data is opened.

Keep it safe. Without it nobody, not even headquarters, can read this folder; what was synced can be synced again into a new folder.</source>
        <translation>На этом компьютере нет хранилища ключей для ключа, которым зашифрованы данные в %1. Выберите вместо него парольную фразу: её нужно будет вводить при каждом открытии данных.

Храните её надёжно. Без неё никто, даже штаб-квартира, не сможет прочитать эту папку; синхронизированные данные можно снова получить в новую папку.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="44"/>
        <source>The data in %1 is encrypted with a passphrase. Type it to open the data.</source>
        <translation>Данные в %1 зашифрованы парольной фразой. Введите её, чтобы открыть данные.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="59"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Lock the Data With It</source>
        <translation>&amp;Защитить данные этой фразой</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="78"/>
        <source>That passphrase does not open this data. Try again.</source>
        <translation>Эта парольная фраза не открывает эти данные. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="93"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="583"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="585"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Create anyway</source>
        <translation>Все равно создать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Likely already there</source>
        <translation>Вероятно, уже есть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="624"/>
        <source>Created anyway</source>
        <translation>Все равно будет создана</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="625"/>
        <source>Skipped: likely a duplicate</source>
        <translation>Пропускается: вероятный дубликат</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="626"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="671"/>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="672"/>
        <source>Every row is checked with the rules of the forms. A file is imported whole or not at all: fix the rows with problems in the file, save it, then choose Check again.</source>
        <translation>Каждая строка проверяется по правилам форм. Файл импортируется целиком или не импортируется вовсе: исправьте строки с проблемами в файле, сохраните его, затем нажмите «Проверить снова».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="676"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="680"/>
        <source>Show only rows with &amp;problems or likely duplicates</source>
        <translation>Показывать только строки с &amp;проблемами или вероятными дубликатами</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="684"/>
        <source>S&amp;kip all likely duplicates</source>
        <translation>П&amp;ропустить все вероятные дубликаты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="687"/>
        <source>Create all any&amp;way</source>
        <translation>Создать все, &amp;несмотря на сходство</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="690"/>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="692"/>
        <source>Read the file again (after fixing it) and check every row.</source>
        <translation>Прочитать файл заново (после исправления) и проверить каждую строку.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="747"/>
        <source>The columns of the file changed: go Back and match them again.</source>
        <translation>Столбцы файла изменились: вернитесь назад и снова сопоставьте их.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="781"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="807"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>Можно импортировать %n строку.</numerusform>
            <numerusform>Можно импортировать %n строки.</numerusform>
            <numerusform>Можно импортировать %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="811"/>
        <source>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>Строк с проблемами: %n. Импорт невозможен, пока они не будут исправлены в файле.</numerusform>
            <numerusform>Строк с проблемами: %n. Импорт невозможен, пока они не будут исправлены в файле.</numerusform>
            <numerusform>Строк с проблемами: %n. Импорт невозможен, пока они не будут исправлены в файле.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="815"/>
        <source>No row has a problem.</source>
        <translation>Проблем ни в одной строке нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="818"/>
        <source>%n row(s) look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</source>
        <translation>
            <numerusform>%n строка похожа на организацию, которая уже есть в реестре или создается одной из предыдущих строк (выделено желтым): такие строки пропускаются, если не отметить «Все равно создать».</numerusform>
            <numerusform>%n строки похожи на организации, которые уже есть в реестре или создаются предыдущими строками (выделено желтым): такие строки пропускаются, если не отметить «Все равно создать».</numerusform>
            <numerusform>%n строк похожи на организации, которые уже есть в реестре или создаются предыдущими строками (выделено желтым): такие строки пропускаются, если не отметить «Все равно создать».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="822"/>
        <source>Skipped now: %n.</source>
        <translation>
            <numerusform>Сейчас пропущено: %n.</numerusform>
            <numerusform>Сейчас пропущено: %n.</numerusform>
            <numerusform>Сейчас пропущено: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="825"/>
        <source>%n cell(s) start like a spreadsheet formula (=, +, -, @): they are imported as text.</source>
        <translation>
            <numerusform>%n ячейка начинается как формула электронной таблицы (=, +, -, @): она импортируется как текст.</numerusform>
            <numerusform>%n ячейки начинаются как формула электронной таблицы (=, +, -, @): они импортируются как текст.</numerusform>
            <numerusform>%n ячеек начинаются как формула электронной таблицы (=, +, -, @): они импортируются как текст.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="858"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="859"/>
        <source>The rows are written in one step: all of them, or none.</source>
        <translation>Строки записываются за один шаг: либо все, либо ни одной.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="889"/>
        <source>Importing %n row(s)… Cancel stops the import and leaves the data as it was.</source>
        <translation>
            <numerusform>Импорт %n строки… Кнопка «Отмена» прерывает импорт и оставляет данные без изменений.</numerusform>
            <numerusform>Импорт %n строк… Кнопка «Отмена» прерывает импорт и оставляет данные без изменений.</numerusform>
            <numerusform>Импорт %n строк… Кнопка «Отмена» прерывает импорт и оставляет данные без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="913"/>
        <source>Imported into %1: %2 created, %3 updated, %4 unchanged. Edit ▸ Undo takes the whole import back.</source>
        <translation>Импортировано в «%1»: создано — %2, обновлено — %3, без изменений — %4. Команда «Правка ▸ Отменить» отменяет весь импорт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="921"/>
        <source>%n likely duplicate(s) skipped.</source>
        <translation>
            <numerusform>Пропущен %n вероятный дубликат.</numerusform>
            <numerusform>Пропущено %n вероятных дубликата.</numerusform>
            <numerusform>Пропущено %n вероятных дубликатов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="934"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Импорт отменен: ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="936"/>
        <source>Nothing was imported: %n row(s) broke a rule (the data changed since the rows were checked). Run the import again to see them.</source>
        <translation>
            <numerusform>Ничего не импортировано: %n строка нарушила правило (данные изменились после проверки строк). Запустите импорт снова, чтобы увидеть их.</numerusform>
            <numerusform>Ничего не импортировано: %n строки нарушили правила (данные изменились после проверки строк). Запустите импорт снова, чтобы увидеть их.</numerusform>
            <numerusform>Ничего не импортировано: %n строк нарушили правила (данные изменились после проверки строк). Запустите импорт снова, чтобы увидеть их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="940"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="399"/>
        <source>Exchange rates</source>
        <translation>Обменные курсы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="404"/>
        <source>Grants are counted in US dollars with these rates: US dollars for one unit of each currency. They are kept in this data folder only, and every report states their date and source.</source>
        <translation>Гранты пересчитываются в доллары США по этим курсам: число долларов США за одну единицу каждой валюты. Курсы хранятся только в этой папке данных, а в каждом отчете указываются их дата и источник.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="412"/>
        <source>e.g. UN operational rates of exchange, treasury.un.org, June 2011</source>
        <translation>напр., операционные обменные курсы ООН, treasury.un.org, июнь 2011 года</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="416"/>
        <source>Rates &amp;as of:</source>
        <translation>Курсы &amp;на дату:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="418"/>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>US dollars per unit</source>
        <translation>Долл. США за единицу</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="430"/>
        <source>Currency: its three-letter ISO code (EUR). Rate: how many US dollars one unit is worth (1.08).</source>
        <translation>Валюта: ее трехбуквенный код ISO (EUR). Курс: сколько долларов США стоит одна единица (1,08).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="432"/>
        <source>A&amp;dd currency</source>
        <translation>&amp;Добавить валюту</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="435"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="438"/>
        <source>Restore &amp;shipped rates</source>
        <translation>Восстановить исх&amp;одные курсы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="440"/>
        <source>Put back the rates that came with the application (saved when you press Save)</source>
        <translation>Вернуть курсы, поставляемые с приложением (сохраняются при нажатии кнопки «Сохранить»)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="495"/>
        <source>The rates could not be read: %1</source>
        <translation>Не удалось прочитать курсы: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="502"/>
        <source>The rates were not saved: %1</source>
        <translation>Курсы не сохранены: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="511"/>
        <source>The shipped rates are shown: press Save to use them.</source>
        <translation>Показаны исходные курсы: нажмите «Сохранить», чтобы использовать их.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="545"/>
        <source>Give the date of the rates.</source>
        <translation>Укажите дату курсов.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="548"/>
        <source>Say where the rates come from.</source>
        <translation>Укажите источник курсов.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="557"/>
        <source>Line %1: “%2” is not a currency code (three letters, e.g. EUR).</source>
        <translation>Строка %1: «%2» не является кодом валюты (три буквы, например EUR).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="562"/>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Строка %1: %2 указана дважды.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="567"/>
        <source>Line %1: the rate of %2 must be a number above zero (US dollars for one %2).</source>
        <translation>Строка %1: курс %2 должен быть числом больше нуля (долларов США за один %2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="572"/>
        <source>Line %1: one US dollar is worth 1 US dollar.</source>
        <translation>Строка %1: один доллар США стоит 1 доллар США.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="600"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="441"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="326"/>
        <source>Indicator</source>
        <extracomment>Unicode&apos;s first-strong isolate and its end: a name inside them is laid out in its own direction (an Arabic name right to left, its acronym in brackets on its left) whatever the direction of the table. The order the table shows some sections&apos; columns in (the others: as computed): the most engaged organizations&apos; representatives under the meetings&apos; representatives, their activities in a column as narrow as theirs, so that the table keeps the width of its figures at 1024×600.</extracomment>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="454"/>
        <source>Converted with the rates as of %1 (%2).</source>
        <translation>Пересчитано по курсам на %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="466"/>
        <source>Not computable: nothing to count it on, or a currency without a rate.</source>
        <translation>Невозможно вычислить: нет данных для подсчета или валюта без курса.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="469"/>
        <source>Double-click or press Enter to list the records behind it.</source>
        <translation>Дважды щелкните или нажмите Enter, чтобы увидеть записи, на которых он основан.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="471"/>
        <source>Double-click or press Enter to open the organization.</source>
        <translation>Дважды щелкните или нажмите Enter, чтобы открыть организацию.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="171"/>
        <source>All time</source>
        <extracomment>How long the page waits after a change of filter or data before computing again (ms). Characters a filter drop-down shows at its narrowest (its list shows entries whole). Tables whose changes can change the report. The export formats, in the order of the Export menu. The least width of the table&apos;s names (pixels; a longer name is elided, whole in its tooltip). The most characters a text column of the table (an organization&apos;s country) is sized for. The headline figures of the strip, in order (``Report.totals`` keys).</extracomment>
        <translation>За все время</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="172"/>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="173"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="692"/>
        <source>Ta&amp;ble</source>
        <extracomment>Exports are written here, beside the database worker (they need no database). Each figure column&apos;s width: what its figures need, and with its text whole.</extracomment>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="693"/>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="694"/>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="752"/>
        <source>The period: an activity counts when it starts in it; an organization is engaged when it took part in, or co-organized, such an activity.</source>
        <translation>Период: мероприятие учитывается, если оно начинается в этот период; организация считается участвующей, если она приняла участие в таком мероприятии или была его соорганизатором.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="757"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="758"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="760"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="761"/>
        <source>Any region</source>
        <translation>Любой регион</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="762"/>
        <source>Organizations based in this UN M49 region or sub-region (activities held there, in the table by region)</source>
        <translation>Организации, базирующиеся в этом регионе или субрегионе по классификации M49 ООН (в таблице по регионам — мероприятия, проведенные там)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="766"/>
        <source>Any thematic area</source>
        <translation>Любая тематическая область</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="767"/>
        <source>Organizations working on it, activities on it; a thematic area includes its sub-themes</source>
        <translation>Организации, работающие в этой области, и мероприятия по ней; тематическая область включает свои подтемы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="770"/>
        <source>Any network</source>
        <translation>Любая сеть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="771"/>
        <source>Organizations that belong to this network</source>
        <translation>Организации, входящие в эту сеть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="774"/>
        <source>Any office</source>
        <translation>Любое отделение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="775"/>
        <source>Activities this UNODC office organized</source>
        <translation>Мероприятия, организованные этим отделением УНП ООН</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="776"/>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="778"/>
        <source>All time, no filter</source>
        <translation>За все время, без фильтров</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="782"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="783"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="784"/>
        <source>&amp;Thematic area:</source>
        <translation>Темати&amp;ческая область:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="785"/>
        <source>Net&amp;work:</source>
        <translation>С&amp;еть:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="786"/>
        <source>&amp;Office:</source>
        <translation>&amp;Отделение:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="797"/>
        <source>%1: type a date or press F4 for a calendar; empty: no limit.</source>
        <translation>%1: введите дату или нажмите F4, чтобы открыть календарь; пустое поле — без ограничения.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="812"/>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="824"/>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="817"/>
        <source>Organizations based in this country: type its name in any UN language, or its code; or click it on the map</source>
        <translation>Организации, базирующиеся в этой стране: введите ее название на любом официальном языке ООН или ее код либо щелкните по ней на карте</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="843"/>
        <source>Exchange r&amp;ates…</source>
        <translation>Обме&amp;нные курсы…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="845"/>
        <source>The US-dollar rates grants are converted with: their date and source, to edit</source>
        <translation>Курсы доллара США, по которым пересчитываются гранты: их дата и источник (можно изменить)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="848"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="850"/>
        <source>Save this report as a PDF, an Excel workbook, a CSV table or JSON</source>
        <translation>Сохранить этот отчет в формате PDF, книги Excel, таблицы CSV или JSON</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;PDF report (A4)…</source>
        <translation>Отчет &amp;PDF (A4)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;Excel workbook…</source>
        <translation>Книга &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;CSV table…</source>
        <translation>Таблица &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;JSON (for other programs)…</source>
        <translation>&amp;JSON (для других программ)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="876"/>
        <source>Open fol&amp;der</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="879"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="898"/>
        <source>Organizations engaged</source>
        <translation>Участвующие организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="899"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="900"/>
        <source>Unique people</source>
        <translation>Люди без повторов</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="901"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="902"/>
        <source>Member States in joint activities</source>
        <translation>Государства-члены в совместных мероприятиях</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="903"/>
        <source>From developing countries</source>
        <translation>Из развивающихся стран</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="904"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="962"/>
        <source>Organizations engaged, by their country</source>
        <translation>Участвующие организации по странам базирования</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="965"/>
        <source>Activities, by where they were held</source>
        <translation>Мероприятия по месту проведения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="972"/>
        <source>Click a country to report on it alone; click it again for every country.</source>
        <translation>Щелкните по стране, чтобы построить отчет только по ней; щелкните еще раз, чтобы вернуться ко всем странам.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="999"/>
        <source>Custom period</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1042"/>
        <source>Not a date: the period keeps its last date.</source>
        <translation>Это не дата: в периоде сохраняется последняя указанная дата.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1063"/>
        <source>No country is called “%1”: every country is counted.</source>
        <translation>Страны с названием «%1» нет: учитываются все страны.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1186"/>
        <source>The report could not be computed.</source>
        <translation>Не удалось построить отчет.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1187"/>
        <source>The report could not be computed: %1</source>
        <translation>Не удалось построить отчет: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1190"/>
        <source>The figures below are those of the last report computed.</source>
        <translation>Ниже приведены данные последнего построенного отчета.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1205"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1207"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1220"/>
        <source>Nothing in this period and these filters: no organization took part in an activity that starts in it. Choose “All time” or clear some filters.</source>
        <translation>Для этого периода и этих фильтров данных нет: ни одна организация не участвовала в мероприятиях, начинающихся в этот период. Выберите «За все время» или сбросьте некоторые фильтры.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1227"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>неизвестно (синхронизации не было, ничего не сохранено)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1228"/>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1230"/>
        <source>this computer holds: %1</source>
        <translation>на этом компьютере: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1236"/>
        <source>The figures count the records on this computer as they were at the last sync with headquarters (or, never synced, at the last change saved here).</source>
        <translation>Данные подсчитаны по записям на этом компьютере в том виде, в каком они были при последней синхронизации со штаб-квартирой (или, если синхронизации не было, при последнем сохраненном здесь изменении).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1240"/>
        <source>This computer holds the organizations of: %1. The filters above choose among them.</source>
        <translation>Охват организаций на этом компьютере: %1. Фильтры выше позволяют выбирать в его пределах.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1334"/>
        <source>%1 not recorded</source>
        <translation>пол не указан: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1338"/>
        <source>%1 by name</source>
        <translation>поименно: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1487"/>
        <source>all time</source>
        <translation>за все время</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1488"/>
        <source>Looking Beyond report %1</source>
        <translation>Отчет Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1495"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1496"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1498"/>
        <source>Export the report</source>
        <translation>Экспорт отчета</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1534"/>
        <source>The report was saved to %1.</source>
        <translation>Отчет сохранен в %1.</translation>
    </message>
</context>
<context>
    <name>StepDateDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="83"/>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="106"/>
        <source>Mark as %1</source>
        <extracomment>The date a step&apos;s date cannot precede (domain/validation.py: _grant&apos;s in_order rules).</extracomment>
        <translation>Отметить как «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="88"/>
        <source>On which date was this step taken?</source>
        <translation>Когда был сделан этот шаг?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="121"/>
        <source>Type a date, or press F4 to pick one from a calendar.</source>
        <translation>Введите дату или нажмите F4, чтобы выбрать ее в календаре.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="123"/>
        <source>The date cannot be in the future.</source>
        <translation>Дата не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="125"/>
        <source>The date cannot be before the previous step (%1).</source>
        <translation>Дата не может быть раньше предыдущего шага (%1).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="554"/>
        <source>Synchronisation with headquarters</source>
        <translation>Синхронизация со штаб-квартирой</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="568"/>
        <source>Reset and reconcile again…</source>
        <translation>Сбросить и сверить заново…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="571"/>
        <source>Ask headquarters for everything again and compare it with what is here.</source>
        <translation>Снова запросить все данные у штаб-квартиры и сравнить их с данными на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="606"/>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="615"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="616"/>
        <source>Last successful sync:</source>
        <translation>Последняя успешная синхронизация:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="617"/>
        <source>Waiting to be sent:</source>
        <translation>Ожидают отправки:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="618"/>
        <source>Conflicts:</source>
        <translation>Конфликты:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="619"/>
        <source>Last problem:</source>
        <translation>Последняя проблема:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="623"/>
        <source>This application:</source>
        <translation>Эта программа:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="625"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="629"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="651"/>
        <source>Sync by file</source>
        <translation>Синхронизация через файл</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="654"/>
        <source>No connection here? Write a file for headquarters, carry it there (a USB stick, or a colleague who travels), and read the reply headquarters gives you.</source>
        <translation>Здесь нет связи? Запишите файл для штаб-квартиры, доставьте его туда (на USB-накопителе или с коллегой, который едет туда) и прочитайте ответ, который вам даст штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="658"/>
        <source>Write a File for Headquarters…</source>
        <translation>Записать файл для штаб-квартиры…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="662"/>
        <source>Put the changes waiting to be sent, and what this computer asks of headquarters, in one sealed file.</source>
        <translation>Поместить в один запечатанный файл изменения, ожидающие отправки, и то, что этот компьютер запрашивает у штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="665"/>
        <source>Read a Reply from Headquarters…</source>
        <translation>Прочитать ответ штаб-квартиры…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="669"/>
        <source>Read the reply headquarters made for a file from this computer.</source>
        <translation>Прочитать ответ, подготовленный штаб-квартирой на файл с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="697"/>
        <source>Log in to headquarters</source>
        <translation>Вход в систему штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="700"/>
        <source>Connect this computer once with your headquarters account. The password is not kept: headquarters gives this computer a key that stays in the system keyring.</source>
        <translation>Подключите этот компьютер один раз с помощью своей учетной записи штаб-квартиры. Пароль не сохраняется: штаб-квартира выдает этому компьютеру ключ, который хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="706"/>
        <source>https://headquarters.example.org</source>
        <translation>https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="716"/>
        <source>e.g. NAIROBI-LAPTOP-2</source>
        <translation>напр., NAIROBI-LAPTOP-2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="718"/>
        <source>Colleagues see your changes in History, Trash and Conflicts under your user name and this computer&apos;s name: choose one they will recognise.</source>
        <translation>Коллеги видят ваши изменения в разделах «История», «Корзина» и «Конфликты» под вашим именем пользователя и именем этого компьютера: выберите имя, понятное коллегам.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="720"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="725"/>
        <source>Server address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="726"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="727"/>
        <source>This &amp;computer&apos;s name:</source>
        <translation>Имя этого &amp;компьютера:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="728"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="739"/>
        <source>Could not sync</source>
        <translation>Не удалось синхронизировать</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="748"/>
        <source>Grouped by reason. Open shows the record; Retry sends the change again at the next sync once the reason is dealt with (for example your rights were extended); Discard gives it up and keeps the values on the Conflicts page, where they can be sent again later.</source>
        <translation>Сгруппировано по причинам. «Открыть» показывает запись; «Повторить» снова отправляет изменение при следующей синхронизации после устранения причины (например, после расширения ваших прав); «Отбросить» отменяет изменение и сохраняет значения на странице «Конфликты», откуда их можно отправить позже.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="774"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="776"/>
        <source>Show the selected record in its page (Enter).</source>
        <translation>Показать выбранную запись на ее странице (Enter).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="778"/>
        <source>&amp;Discard…</source>
        <translation>О&amp;тбросить…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="781"/>
        <source>Give up the selected changes (Delete). Their values stay on the Conflicts page, where they can be sent again.</source>
        <translation>Отказаться от выбранных изменений (Delete). Их значения остаются на странице «Конфликты», откуда их можно отправить снова.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="784"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="786"/>
        <source>Send the selected changes again (all of them when none is selected).</source>
        <translation>Снова отправить выбранные изменения (все, если ничего не выбрано).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="794"/>
        <source>Records headquarters sent that this version could not store. The rest of the sync went on; a corrected version from headquarters replaces them by itself.</source>
        <translation>Записи, присланные штаб-квартирой, которые эта версия не смогла сохранить. Остальная синхронизация продолжилась; исправленная версия из штаб-квартиры заменит их автоматически.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="830"/>
        <source>%1 as %2, from this computer (%3)</source>
        <translation>%1, пользователь %2, с этого компьютера (%3)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="834"/>
        <source>%1 as %2</source>
        <translation>%1, пользователь %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="837"/>
        <source>Not connected yet: log in below.</source>
        <translation>Подключение еще не установлено: войдите ниже.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="839"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="840"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="842"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n для рассмотрения</numerusform>
            <numerusform>%n для рассмотрения</numerusform>
            <numerusform>%n для рассмотрения</numerusform>
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
        <translation>%1 — доступна более новая версия: %2.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="878"/>
        <source>Get it from %1</source>
        <translation>Скачать: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="880"/>
        <source>Ask headquarters for it.</source>
        <translation>Запросите ее в штаб-квартире.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="891"/>
        <source>Headquarters did not accept %n change(s).</source>
        <translation>
            <numerusform>Штаб-квартира не приняла %n изменение.</numerusform>
            <numerusform>Штаб-квартира не приняла %n изменения.</numerusform>
            <numerusform>Штаб-квартира не приняла %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="898"/>
        <source>See “Could not sync” below.</source>
        <translation>См. раздел «Не удалось синхронизировать» ниже.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="900"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1353"/>
        <source>%n record(s) from headquarters could not be stored here.</source>
        <translation>
            <numerusform>%n запись из штаб-квартиры не удалось сохранить здесь.</numerusform>
            <numerusform>%n записи из штаб-квартиры не удалось сохранить здесь.</numerusform>
            <numerusform>%n записей из штаб-квартиры не удалось сохранить здесь.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="902"/>
        <source>No problem</source>
        <translation>Проблем нет</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="939"/>
        <source>an organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="940"/>
        <source>a contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="941"/>
        <source>an activity</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="942"/>
        <source>a participation</source>
        <translation>участие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="943"/>
        <source>a grant</source>
        <translation>грант</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="944"/>
        <source>a record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="948"/>
        <source>“%1” is missing</source>
        <translation>отсутствует поле «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="950"/>
        <source>“%1” is not valid</source>
        <translation>недопустимое значение поля «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="952"/>
        <source>“%1” could not be read</source>
        <translation>не удалось прочитать поле «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="954"/>
        <source>it has a field this version does not know; installing the newest version may help</source>
        <translation>в ней есть поле, неизвестное этой версии; может помочь установка новейшей версии</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="957"/>
        <source>it belongs to a record that never arrived</source>
        <translation>она относится к записи, которая так и не поступила</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="959"/>
        <source>this version does not know that kind of record</source>
        <translation>эта версия не знает такого вида записей</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="961"/>
        <source>this computer&apos;s database refused it</source>
        <translation>база данных этого компьютера ее отклонила</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="962"/>
        <source>Headquarters sent %1 this version could not store: %2</source>
        <translation>Запись, присланную штаб-квартирой (%1), эта версия не смогла сохранить: %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1050"/>
        <source>Write a File for Headquarters</source>
        <translation>Записать файл для штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1051"/>
        <source>Sync files (*.lbsync)</source>
        <translation>Файлы синхронизации (*.lbsync)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1070"/>
        <source>Read a Reply from Headquarters</source>
        <translation>Прочитать ответ штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1071"/>
        <source>Sync files (*.lbsync);;All files (*)</source>
        <translation>Файлы синхронизации (*.lbsync);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1088"/>
        <source>Type the server address, your user name and your password.</source>
        <translation>Введите адрес сервера, имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1092"/>
        <source>Give this computer a name that colleagues will recognise, e.g. NAIROBI-LAPTOP-2.</source>
        <translation>Дайте этому компьютеру имя, понятное коллегам, например NAIROBI-LAPTOP-2.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1215"/>
        <source>Connecting to headquarters…</source>
        <translation>Подключение к штаб-квартире…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1107"/>
        <source>This computer is now connected to headquarters.</source>
        <translation>Этот компьютер подключен к штаб-квартире.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1108"/>
        <source>Connected as %1. The first sync starts now.</source>
        <translation>Подключено как %1. Начинается первая синхронизация.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1120"/>
        <source>Ask headquarters for all the data again and reconcile it with this computer? Your changes not yet sent are kept and sent as usual. This can take a while on a slow connection.</source>
        <translation>Снова запросить все данные у штаб-квартиры и сверить их с данными этого компьютера? Еще не отправленные изменения сохранятся и будут отправлены как обычно. При медленном подключении это может занять некоторое время.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1123"/>
        <source>Reset and reconcile again</source>
        <translation>Сброс и повторная сверка</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1131"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1377"/>
        <source>Many records would be deleted</source>
        <translation>Будет удалено много записей</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1132"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1379"/>
        <source>Headquarters&apos; changes would delete %1 of the %2 records on this computer. Nothing has been changed yet.</source>
        <translation>Изменения штаб-квартиры удалят %1 из %2 записей на этом компьютере. Пока ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1135"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1385"/>
        <source>Apply these deletions? Choose No if this looks wrong, and ask the Civil Society Team.</source>
        <translation>Применить эти удаления? Если это выглядит неправильно, выберите «Нет» и обратитесь в Группу по вопросам гражданского общества.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1180"/>
        <source>Discard the change to “%1” that headquarters did not accept? The record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>Отбросить изменение записи «%1», не принятое штаб-квартирой? При следующей синхронизации запись вернется к версии штаб-квартиры (или будет перемещена в корзину, если в штаб-квартире ее никогда не было). Значения останутся на странице «Конфликты», откуда их можно отправить снова.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1186"/>
        <source>Discard the changes to %n record(s) that headquarters did not accept? Each record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>
            <numerusform>Отбросить изменения %n записи, не принятые штаб-квартирой? При следующей синхронизации каждая запись вернется к версии штаб-квартиры (или будет перемещена в корзину, если в штаб-квартире ее никогда не было). Значения останутся на странице «Конфликты», откуда их можно отправить снова.</numerusform>
            <numerusform>Отбросить изменения %n записей, не принятые штаб-квартирой? При следующей синхронизации каждая запись вернется к версии штаб-квартиры (или будет перемещена в корзину, если в штаб-квартире ее никогда не было). Значения останутся на странице «Конфликты», откуда их можно отправить снова.</numerusform>
            <numerusform>Отбросить изменения %n записей, не принятые штаб-квартирой? При следующей синхронизации каждая запись вернется к версии штаб-квартиры (или будет перемещена в корзину, если в штаб-квартире ее никогда не было). Значения останутся на странице «Конфликты», откуда их можно отправить снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1192"/>
        <source>Discard refused changes</source>
        <translation>Отбросить отклоненные изменения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1222"/>
        <source>Cancelling after the current round trip…</source>
        <translation>Отмена после завершения текущего цикла обмена…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1228"/>
        <source>Round trip %1, %n record(s) received</source>
        <translation>
            <numerusform>Цикл обмена %1, получена %n запись</numerusform>
            <numerusform>Цикл обмена %1, получены %n записи</numerusform>
            <numerusform>Цикл обмена %1, получено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1235"/>
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>Отправлена %n запись</numerusform>
            <numerusform>Отправлены %n записи</numerusform>
            <numerusform>Отправлено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1236"/>
        <source>received %n record(s)</source>
        <translation>
            <numerusform>получена %n запись</numerusform>
            <numerusform>получены %n записи</numerusform>
            <numerusform>получено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1238"/>
        <source>%n new conflict(s) to review</source>
        <translation>
            <numerusform>%n новый конфликт для рассмотрения</numerusform>
            <numerusform>%n новых конфликта для рассмотрения</numerusform>
            <numerusform>%n новых конфликтов для рассмотрения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1240"/>
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n изменение отклонено</numerusform>
            <numerusform>%n изменения отклонены</numerusform>
            <numerusform>%n изменений отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1242"/>
        <source>%n record(s) from headquarters could not be stored here</source>
        <translation>
            <numerusform>%n запись из штаб-квартиры не удалось сохранить здесь</numerusform>
            <numerusform>%n записи из штаб-квартиры не удалось сохранить здесь</numerusform>
            <numerusform>%n записей из штаб-квартиры не удалось сохранить здесь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1246"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1346"/>
        <source>%n record(s) left this office&apos;s scope and were removed from this computer.</source>
        <translation>
            <numerusform>%n запись вышла за пределы охвата этого отделения и удалена с этого компьютера.</numerusform>
            <numerusform>%n записи вышли за пределы охвата этого отделения и удалены с этого компьютера.</numerusform>
            <numerusform>%n записей вышли за пределы охвата этого отделения и удалены с этого компьютера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1249"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1349"/>
        <source>Headquarters erased the personal data of %n person(s) at their request: removed from this computer too.</source>
        <translation>
            <numerusform>Штаб-квартира по просьбе %n человека удалила его персональные данные: они удалены и с этого компьютера.</numerusform>
            <numerusform>Штаб-квартира по просьбе %n человек удалила их персональные данные: они удалены и с этого компьютера.</numerusform>
            <numerusform>Штаб-квартира по просьбе %n человек удалила их персональные данные: они удалены и с этого компьютера.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1276"/>
        <source>Writing the file for headquarters…</source>
        <translation>Запись файла для штаб-квартиры…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1277"/>
        <source>Reading the reply from headquarters…</source>
        <translation>Чтение ответа штаб-квартиры…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1289"/>
        <source>The file carries %n changed record(s) made on this computer, and asks headquarters for what changed since this computer last heard from it.</source>
        <translation>
            <numerusform>Файл содержит %n запись, изменённую на этом компьютере, и запрашивает у штаб-квартиры всё, что изменилось с последнего обмена с этим компьютером.</numerusform>
            <numerusform>Файл содержит %n записи, изменённые на этом компьютере, и запрашивает у штаб-квартиры всё, что изменилось с последнего обмена с этим компьютером.</numerusform>
            <numerusform>Файл содержит %n записей, изменённых на этом компьютере, и запрашивает у штаб-квартиры всё, что изменилось с последнего обмена с этим компьютером.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1293"/>
        <source>The file carries no changes (nothing is waiting to be sent); it asks headquarters for what changed since this computer last heard from it.</source>
        <translation>Файл не содержит изменений (ничего не ожидает отправки); он запрашивает у штаб-квартиры всё, что изменилось с последнего обмена с этим компьютером.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1298"/>
        <source>It also carries %n conflict(s) settled here.</source>
        <translation>
            <numerusform>Он также содержит %n конфликт, разрешённый здесь.</numerusform>
            <numerusform>Он также содержит %n конфликта, разрешённых здесь.</numerusform>
            <numerusform>Он также содержит %n конфликтов, разрешённых здесь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1301"/>
        <source>%n further change(s) did not fit: they go in the next file.</source>
        <translation>
            <numerusform>Ещё %n изменение не поместилось: оно попадёт в следующий файл.</numerusform>
            <numerusform>Ещё %n изменения не поместились: они попадут в следующий файл.</numerusform>
            <numerusform>Ещё %n изменений не поместилось: они попадут в следующий файл.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1303"/>
        <source>It is sealed for headquarters: nobody else can read it, and any change to it is detected. The changes stay “not sent” until the reply is read here.</source>
        <translation>Он запечатан для штаб-квартиры: никто другой не может его прочитать, и любое изменение в нём будет обнаружено. Изменения остаются «не отправленными», пока здесь не будет прочитан ответ.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1307"/>
        <source>Written to %1 (%2 KB).</source>
        <translation>Записан в %1 (%2 КБ).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1310"/>
        <source>Next: carry it to headquarters. There it is read with “%1” or on headquarters&apos; %2 page. Bring back the reply it gives and choose “Read a Reply from Headquarters…”.</source>
        <translation>Далее: доставьте его в штаб-квартиру. Там его читают командой «%1» или на странице %2 штаб-квартиры. Привезите обратно полученный ответ и выберите «Прочитать ответ штаб-квартиры…».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1327"/>
        <source>Every change made here has reached headquarters.</source>
        <translation>Все изменения, сделанные здесь, дошли до штаб-квартиры.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1329"/>
        <source>%n change(s) made here are still waiting to be sent.</source>
        <translation>
            <numerusform>%n изменение, сделанное здесь, всё ещё ожидает отправки.</numerusform>
            <numerusform>%n изменения, сделанные здесь, всё ещё ожидают отправки.</numerusform>
            <numerusform>%n изменений, сделанных здесь, всё ещё ожидают отправки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1332"/>
        <source>This reply was read on this computer before; nothing changed.</source>
        <translation>Этот ответ уже был прочитан на этом компьютере; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1334"/>
        <source>Read the reply headquarters made on %1.</source>
        <translation>Прочитан ответ, подготовленный штаб-квартирой %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1336"/>
        <source>Received %n record(s)</source>
        <translation>
            <numerusform>Получена %n запись</numerusform>
            <numerusform>Получены %n записи</numerusform>
            <numerusform>Получено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1338"/>
        <source>%n value(s) corrected by headquarters</source>
        <translation>
            <numerusform>%n значение исправлено штаб-квартирой</numerusform>
            <numerusform>%n значения исправлены штаб-квартирой</numerusform>
            <numerusform>%n значений исправлено штаб-квартирой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1341"/>
        <source>Headquarters refused %n change(s): see “Could not sync” below.</source>
        <translation>
            <numerusform>Штаб-квартира отклонила %n изменение: см. «Не удалось синхронизировать» ниже.</numerusform>
            <numerusform>Штаб-квартира отклонила %n изменения: см. «Не удалось синхронизировать» ниже.</numerusform>
            <numerusform>Штаб-квартира отклонила %n изменений: см. «Не удалось синхронизировать» ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1344"/>
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n конфликт для рассмотрения.</numerusform>
            <numerusform>%n конфликта для рассмотрения.</numerusform>
            <numerusform>%n конфликтов для рассмотрения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1357"/>
        <source>Headquarters has more for this computer: write a new file and carry it there again.</source>
        <translation>У штаб-квартиры есть ещё данные для этого компьютера: запишите новый файл и снова доставьте его туда.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1383"/>
        <source>Headquarters&apos; reply would delete many of the records on this computer. Nothing has been changed yet.</source>
        <translation>Ответ штаб-квартиры удалил бы много записей на этом компьютере. Пока ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1402"/>
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Повторная попытка через %n минуту.</numerusform>
            <numerusform>Повторная попытка через %n минуты.</numerusform>
            <numerusform>Повторная попытка через %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_worker.py" line="301"/>
        <source>This data folder holds demo data, which must never reach headquarters, so it cannot be connected to headquarters or synced. Keep it for trying the application. For real work, start a new data folder: File &gt; New data folder… (or run: lookingbeyond gui --data-dir NEW_FOLDER), then log in there.</source>
        <extracomment>Codes after which the device must log in again (its token is missing or no longer valid).</extracomment>
        <translation>В этой папке данных хранятся демонстрационные данные, которые никогда не должны попасть в штаб-квартиру, поэтому ее нельзя подключить к штаб-квартире или синхронизировать. Используйте ее, чтобы опробовать приложение. Для реальной работы создайте новую папку данных: Файл &gt; Новая папка данных… (или выполните команду: lookingbeyond gui --data-dir NEW_FOLDER), а затем войдите в систему там.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted by</source>
        <translation>Кем удалено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="45"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="51"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="67"/>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="93"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="105"/>
        <source>%n deleted record(s). Restoring an organization or an activity also brings back the contacts or participants deleted with it.</source>
        <translation>
            <numerusform>%n удаленная запись. При восстановлении организации или мероприятия восстанавливаются и контакты или участники, удаленные вместе с ними.</numerusform>
            <numerusform>%n удаленные записи. При восстановлении организации или мероприятия восстанавливаются и контакты или участники, удаленные вместе с ними.</numerusform>
            <numerusform>%n удаленных записей. При восстановлении организации или мероприятия восстанавливаются и контакты или участники, удаленные вместе с ними.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="121"/>
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Восстановить %n запись</numerusform>
            <numerusform>Восстановить %n записи</numerusform>
            <numerusform>Восстановить %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="129"/>
        <source>Restore %n record(s)?</source>
        <translation>
            <numerusform>Восстановить %n запись?</numerusform>
            <numerusform>Восстановить %n записи?</numerusform>
            <numerusform>Восстановить %n записей?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldMapWidget</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="567"/>
        <source>World map</source>
        <extracomment>The open sea of the South Pacific, west of South America, as shares of the frame&apos;s width and height from its lower-left corner: where the legend covers no land. ISO alpha-2 code of the country picked, &quot;&quot; when the pick is cleared.</extracomment>
        <translation>Карта мира</translation>
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
            <numerusform>%n участвующая организация</numerusform>
            <numerusform>%n участвующие организации</numerusform>
            <numerusform>%n участвующих организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="664"/>
        <source>%n activity(ies) held</source>
        <translation>
            <numerusform>%n проведенное мероприятие</numerusform>
            <numerusform>%n проведенных мероприятия</numerusform>
            <numerusform>%n проведенных мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="715"/>
        <source>Activities held</source>
        <translation>Проведенные мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="716"/>
        <source>Organizations engaged</source>
        <translation>Участвующие организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="829"/>
        <source>Countries coloured by the number of activities held there.</source>
        <translation>Страны окрашены в зависимости от числа проведенных в них мероприятий.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="831"/>
        <source>Countries coloured by the number of organizations engaged there.</source>
        <translation>Страны окрашены в зависимости от числа участвующих организаций из этих стран.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="833"/>
        <source>Arrow keys go from country to country, Enter filters the report by one, Escape clears the filter.</source>
        <translation>Клавиши со стрелками — переход от страны к стране, Enter — фильтр отчета по стране, Escape — сброс фильтра.</translation>
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
        <translation>Новая папка данных: выберите или создайте пустую папку</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="172"/>
        <source>Open a data folder</source>
        <translation>Открытие папки данных</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="179"/>
        <source>This data folder is already open.</source>
        <translation>Эта папка данных уже открыта.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="183"/>
        <source>%1 already holds Looking Beyond data. Open it as it is?</source>
        <translation>В папке %1 уже есть данные Looking Beyond. Открыть ее в текущем виде?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="188"/>
        <source>There is no Looking Beyond data in %1. Start a new data folder there?</source>
        <translation>В папке %1 нет данных Looking Beyond. Создать в ней новую папку данных?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="208"/>
        <source>Encrypting the data on this computer…</source>
        <translation>Шифрование данных на этом компьютере…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="301"/>
        <source>Backed up the data (%1 MB).</source>
        <translation>Создана резервная копия данных (%1 МБ).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="306"/>
        <source>The automatic backup failed: %1</source>
        <translation>Не удалось выполнить автоматическое резервное копирование: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="347"/>
        <source>Headquarters asked for this computer&apos;s copy of the registry to be erased. Everything it had not sent was received first. The data, its backups and logs, and the sign-in on this computer are now erased.</source>
        <translation>Штаб-квартира потребовала стереть копию реестра на этом компьютере. Сначала было получено всё, что ещё не было отправлено. Данные, их резервные копии и журналы, а также вход на этом компьютере теперь стёрты.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="352"/>
        <source>Headquarters could not be told yet; the data is erased all the same.</source>
        <translation>Штаб-квартиру пока не удалось уведомить; данные всё равно стёрты.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="generated_strings.py" line="202"/>
        <source>A record no longer on this computer</source>
        <translation>Запись, которой больше нет на этом компьютере</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="203"/>
        <source>Deleted or not</source>
        <translation>Удалено или нет</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="204"/>
        <source>whole record</source>
        <translation>вся запись</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="205"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="206"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="207"/>
        <source>Present</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="208"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="209"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="210"/>
        <source>changed in two places</source>
        <translation>изменено в двух местах</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="211"/>
        <source>edited here, deleted elsewhere</source>
        <translation>изменено здесь, удалено в другом месте</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="212"/>
        <source>deleted here, edited elsewhere</source>
        <translation>удалено здесь, изменено в другом месте</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="213"/>
        <source>refused by headquarters, discarded</source>
        <translation>отклонено штаб-квартирой, отброшено</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="214"/>
        <source>From %1, %2</source>
        <translation>Источник: %1, %2</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="47"/>
        <source>same or similar name</source>
        <extracomment>The translation context of the reasons. Why two records look like one organization: code → English text (translate in CONTEXT).</extracomment>
        <translation>одинаковое или похожее название</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="48"/>
        <source>name in another script</source>
        <translation>название в другой письменности</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="49"/>
        <source>same acronym</source>
        <translation>одинаковая аббревиатура</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="50"/>
        <source>same website domain</source>
        <translation>одинаковый домен веб-сайта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="51"/>
        <source>same e-mail domain</source>
        <translation>одинаковый домен электронной почты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="52"/>
        <source>same phone</source>
        <translation>одинаковый телефон</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="53"/>
        <source>same registration number</source>
        <translation>одинаковый регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="54"/>
        <source>same city</source>
        <translation>один и тот же город</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="103"/>
        <location filename="generated_strings.py" line="260"/>
        <source>Details are in the log: %1</source>
        <extracomment>The tables MainWindow.open_record can show. Records shown through the record they belong to: a participation in its activity, a person at their organization (table, column holding the owner&apos;s id, owner&apos;s table). Failures whose message says what went wrong and what to do (ui/errors.human_message): a person is not sent to the log for them.</extracomment>
        <translation>Подробности в журнале: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="253"/>
        <source>Something went wrong that the application did not expect. Your saved work is safe.</source>
        <translation>В приложении произошла непредвиденная ошибка. Сохраненная работа не пострадала.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="254"/>
        <source>The disk is full, so this was not saved. Free some space on the disk, then try again: nothing already saved was lost.</source>
        <translation>Диск заполнен, поэтому сохранить не удалось. Освободите место на диске и повторите попытку: ранее сохраненные данные не потеряны.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="255"/>
        <source>The database is busy with another program. Close it and try again.</source>
        <translation>База данных занята другой программой. Закройте ее и повторите попытку.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="256"/>
        <source>Looking Beyond</source>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="257"/>
        <source>The record was not saved: %1</source>
        <translation>Запись не сохранена: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="258"/>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="259"/>
        <source>The disk could not be used: %1</source>
        <translation>Не удалось использовать диск: %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="88"/>
        <location filename="generated_strings.py" line="174"/>
        <source>Record identifier</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="92"/>
        <location filename="generated_strings.py" line="175"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="90"/>
        <location filename="generated_strings.py" line="182"/>
        <source>Co-organizers</source>
        <translation>Соорганизаторы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="91"/>
        <location filename="generated_strings.py" line="187"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="93"/>
        <location filename="generated_strings.py" line="188"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="94"/>
        <location filename="generated_strings.py" line="189"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="95"/>
        <location filename="generated_strings.py" line="190"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="96"/>
        <location filename="generated_strings.py" line="191"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="97"/>
        <location filename="generated_strings.py" line="192"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="98"/>
        <location filename="generated_strings.py" line="156"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="151"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="152"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="153"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="154"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="155"/>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="157"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="158"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="159"/>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="160"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="161"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="162"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="163"/>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="164"/>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="165"/>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="166"/>
        <source>Regional lead organization</source>
        <translation>Региональная ведущая организация (RLO)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="167"/>
        <source>RLO region</source>
        <translation>Регион RLO</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="168"/>
        <source>ECOSOC status</source>
        <translation>Статус при ЭКОСОС</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="169"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="170"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="171"/>
        <source>Verified on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="172"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="173"/>
        <source>Merged into</source>
        <translation>Объединена с</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="176"/>
        <source>Erased on</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="177"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="178"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="179"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="180"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="181"/>
        <source>Organizing office</source>
        <translation>Отделение-организатор</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="183"/>
        <source>Member States involved</source>
        <translation>Участвующие государства-члены</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="184"/>
        <source>Intergovernmental meeting</source>
        <translation>Межправительственное совещание</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="185"/>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="186"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="193"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="194"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="195"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="196"/>
        <source>Follows the meeting</source>
        <translation>По итогам совещания</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="197"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="198"/>
        <source>Approved on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="199"/>
        <source>Disbursed on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="200"/>
        <source>Report received on</source>
        <translation>Дата получения отчета</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="201"/>
        <source>Activities paid for</source>
        <translation>Оплаченные мероприятия</translation>
    </message>
</context>
<context>
    <name>leave</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="29"/>
        <source>Save your changes to “%1”?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="31"/>
        <source>Save this new record?</source>
        <translation>Сохранить эту новую запись?</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="32"/>
        <source>If you discard them, your changes are lost.</source>
        <translation>Если не сохранить изменения, они будут потеряны.</translation>
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
        <translation>Файл данных Looking Beyond поврежден, поэтому приложение не может доверять считываемым из него данным.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="318"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="319"/>
        <source>Restore the backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="320"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>Не удалось выполнить автоматическое резервное копирование; см. журнал.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="321"/>
        <source>An automatic backup from %1 is available. Restoring it brings back the data as it was then; the next sync fetches from headquarters what this computer had synced since. Edits made after the backup and not yet synced cannot be recovered. The damaged file is kept in the data folder, not deleted.</source>
        <translation>Имеется автоматическая резервная копия от %1. При ее восстановлении данные вернутся к состоянию на тот момент; при следующей синхронизации из штаб-квартиры будет получено все, что этот компьютер синхронизировал после этого. Изменения, внесенные после создания резервной копии и еще не синхронизированные, восстановить невозможно. Поврежденный файл сохраняется в папке данных и не удаляется.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="322"/>
        <source>There is no usable backup in %1. Ask the Civil Society Team for help; the damaged file is left as it is.</source>
        <translation>В %1 нет пригодной резервной копии. Обратитесь за помощью в Группу по вопросам гражданского общества; поврежденный файл остается без изменений.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="generated_strings.py" line="267"/>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="268"/>
        <source>another computer</source>
        <translation>другой компьютер</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="269"/>
        <source>Computer id: %1</source>
        <translation>Идентификатор компьютера: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="270"/>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location filename="generated_strings.py" line="41"/>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="42"/>
        <source>Northern Africa</source>
        <translation>Северная Африка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="43"/>
        <source>Sub-Saharan Africa</source>
        <translation>Африка к югу от Сахары</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="44"/>
        <source>Eastern Africa</source>
        <translation>Восточная Африка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="45"/>
        <source>Middle Africa</source>
        <translation>Центральная Африка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="46"/>
        <source>Southern Africa</source>
        <translation>Южная часть Африки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="47"/>
        <source>Western Africa</source>
        <translation>Западная Африка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="48"/>
        <source>Americas</source>
        <translation>Америка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="49"/>
        <source>Latin America and the Caribbean</source>
        <translation>Латинская Америка и Карибский бассейн</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="50"/>
        <source>Caribbean</source>
        <translation>Карибский бассейн</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="51"/>
        <source>Central America</source>
        <translation>Центральная Америка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="52"/>
        <source>South America</source>
        <translation>Южная Америка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="53"/>
        <source>Northern America</source>
        <translation>Северная Америка</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="54"/>
        <source>Asia</source>
        <translation>Азия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="55"/>
        <source>Central Asia</source>
        <translation>Центральная Азия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="56"/>
        <source>Eastern Asia</source>
        <translation>Восточная Азия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="57"/>
        <source>South-eastern Asia</source>
        <translation>Юго-Восточная Азия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="58"/>
        <source>Southern Asia</source>
        <translation>Южная Азия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="59"/>
        <source>Western Asia</source>
        <translation>Западная Азия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="60"/>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="61"/>
        <source>Eastern Europe</source>
        <translation>Восточная Европа</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="62"/>
        <source>Northern Europe</source>
        <translation>Северная Европа</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="63"/>
        <source>Channel Islands</source>
        <translation>Нормандские острова</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="64"/>
        <source>Southern Europe</source>
        <translation>Южная Европа</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="65"/>
        <source>Western Europe</source>
        <translation>Западная Европа</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="66"/>
        <source>Oceania</source>
        <translation>Океания</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="67"/>
        <source>Australia and New Zealand</source>
        <translation>Австралия и Новая Зеландия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="68"/>
        <source>Melanesia</source>
        <translation>Меланезия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="69"/>
        <source>Micronesia</source>
        <translation>Микронезия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="70"/>
        <source>Polynesia</source>
        <translation>Полинезия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="71"/>
        <source>Drugs and health</source>
        <translation>Наркотики и здоровье</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="72"/>
        <source>Drug use prevention</source>
        <translation>Профилактика употребления наркотиков</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="73"/>
        <source>Drug dependence treatment and care</source>
        <translation>Лечение наркотической зависимости и уход</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="74"/>
        <source>Rehabilitation and reintegration of people who use drugs</source>
        <translation>Реабилитация и реинтеграция людей, употребляющих наркотики</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="75"/>
        <source>HIV/AIDS prevention and care</source>
        <translation>Профилактика ВИЧ/СПИДа и уход</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="76"/>
        <source>Sustainable livelihoods and alternative development</source>
        <translation>Устойчивые источники средств к существованию и альтернативное развитие</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="77"/>
        <source>Countering illicit drug trafficking</source>
        <translation>Противодействие незаконному обороту наркотиков</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="78"/>
        <source>Anti-corruption</source>
        <translation>Противодействие коррупции</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="79"/>
        <source>Ratification and implementation of UNCAC</source>
        <translation>Ратификация и осуществление Конвенции против коррупции</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="80"/>
        <source>UNCAC Review Mechanism</source>
        <translation>Механизм обзора хода осуществления Конвенции против коррупции</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="81"/>
        <source>Prevention of corruption, integrity and transparency</source>
        <translation>Предупреждение коррупции, добросовестность и прозрачность</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="82"/>
        <source>Judicial integrity and access to justice</source>
        <translation>Добросовестность судебных органов и доступ к правосудию</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="83"/>
        <source>Private sector integrity</source>
        <translation>Добросовестность в частном секторе</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="84"/>
        <source>Asset recovery</source>
        <translation>Возвращение активов</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="85"/>
        <source>Crime prevention and criminal justice</source>
        <translation>Предупреждение преступности и уголовное правосудие</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="86"/>
        <source>Trafficking in persons</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="87"/>
        <source>Smuggling of migrants</source>
        <translation>Незаконный ввоз мигрантов</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="88"/>
        <source>Transnational organized crime</source>
        <translation>Транснациональная организованная преступность</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="89"/>
        <source>Terrorism prevention</source>
        <translation>Предупреждение терроризма</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="90"/>
        <source>Small arms and firearms control</source>
        <translation>Контроль над стрелковым и огнестрельным оружием</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="91"/>
        <source>Environmental crime</source>
        <translation>Преступления против окружающей среды</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="92"/>
        <source>Crime prevention, including among youth</source>
        <translation>Предупреждение преступности, в том числе среди молодежи</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="93"/>
        <source>Criminal justice and prison reform</source>
        <translation>Уголовное правосудие и реформа пенитенциарной системы</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="94"/>
        <source>Victim and witness protection</source>
        <translation>Защита потерпевших и свидетелей</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="95"/>
        <source>Juvenile justice</source>
        <translation>Правосудие в отношении несовершеннолетних</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="96"/>
        <source>Vienna NGO Committee on Drugs</source>
        <translation>Венский комитет НПО по наркотическим средствам</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="97"/>
        <source>Alliance of NGOs on Crime Prevention and Criminal Justice</source>
        <translation>Альянс НПО по предупреждению преступности и уголовному правосудию</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="98"/>
        <source>UNCAC Coalition</source>
        <translation>Коалиция в поддержку Конвенции против коррупции</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="99"/>
        <source>Transparency International national chapter</source>
        <translation>Национальное отделение «Трансперенси Интернешнл»</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="100"/>
        <source>UNODC Headquarters</source>
        <translation>Штаб-квартира УНП ООН</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="101"/>
        <source>New York Liaison Office</source>
        <translation>Отделение связи в Нью-Йорке</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="102"/>
        <source>Brussels Liaison Office</source>
        <translation>Отделение связи в Брюсселе</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="103"/>
        <source>Regional Office for Eastern Africa</source>
        <translation>Региональное отделение для Восточной Африки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="104"/>
        <source>Regional Office for Southern Africa</source>
        <translation>Региональное отделение для южной части Африки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="105"/>
        <source>Regional Office for West and Central Africa</source>
        <translation>Региональное отделение для Западной и Центральной Африки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="106"/>
        <source>Regional Office for the Middle East and North Africa</source>
        <translation>Региональное отделение для Ближнего Востока и Северной Африки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="107"/>
        <source>Regional Office for South Asia</source>
        <translation>Региональное отделение для Южной Азии</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="108"/>
        <source>Regional Centre for East Asia and the Pacific</source>
        <translation>Региональный центр для Восточной Азии и Тихого океана</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="109"/>
        <source>Regional Office for Central Asia</source>
        <translation>Региональное отделение для Центральной Азии</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="110"/>
        <source>Regional Office for the Russian Federation and Belarus</source>
        <translation>Региональное отделение для Российской Федерации и Беларуси</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="111"/>
        <source>Regional Office for South-Eastern Europe</source>
        <translation>Региональное отделение для Юго-Восточной Европы</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="112"/>
        <source>Regional Office for Brazil and the Southern Cone</source>
        <translation>Региональное отделение для Бразилии и стран Южного конуса</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="113"/>
        <source>Regional Office for Mexico and Central America</source>
        <translation>Региональное отделение для Мексики и Центральной Америки</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="114"/>
        <source>Regional Office for Central America and the Caribbean</source>
        <translation>Региональное отделение для Центральной Америки и Карибского бассейна</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="115"/>
        <source>Country Office in Afghanistan</source>
        <translation>Страновое отделение в Афганистане</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="116"/>
        <source>Country Office in Pakistan</source>
        <translation>Страновое отделение в Пакистане</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="117"/>
        <source>Country Office in the Islamic Republic of Iran</source>
        <translation>Страновое отделение в Исламской Республике Иран</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="118"/>
        <source>Country Office in Colombia</source>
        <translation>Страновое отделение в Колумбии</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="119"/>
        <source>Country Office in Peru</source>
        <translation>Страновое отделение в Перу</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="120"/>
        <source>Country Office in Bolivia</source>
        <translation>Страновое отделение в Боливии</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="121"/>
        <source>Country Office in Nigeria</source>
        <translation>Страновое отделение в Нигерии</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="122"/>
        <source>Country Office in Guinea-Bissau</source>
        <translation>Страновое отделение в Гвинее-Бисау</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="123"/>
        <source>Country Office in Myanmar</source>
        <translation>Страновое отделение в Мьянме</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="124"/>
        <source>Country Office in the Lao People&apos;s Democratic Republic</source>
        <translation>Страновое отделение в Лаосской Народно-Демократической Республике</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="125"/>
        <source>Country Office in Viet Nam</source>
        <translation>Страновое отделение во Вьетнаме</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="126"/>
        <source>Country Office in Indonesia</source>
        <translation>Страновое отделение в Индонезии</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="127"/>
        <source>Commission on Narcotic Drugs, fifty-second session</source>
        <translation>Комиссия по наркотическим средствам, пятьдесят вторая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="128"/>
        <source>CND 52</source>
        <translation>КНС 52</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="129"/>
        <source>Commission on Crime Prevention and Criminal Justice, eighteenth session</source>
        <translation>Комиссия по предупреждению преступности и уголовному правосудию, восемнадцатая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="130"/>
        <source>CCPCJ 18</source>
        <translation>КППУП 18</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="131"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, third session</source>
        <translation>Конференция государств – участников Конвенции Организации Объединенных Наций против коррупции, третья сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="132"/>
        <source>CoSP 3</source>
        <translation>КГУ 3</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="133"/>
        <source>Commission on Narcotic Drugs, fifty-third session</source>
        <translation>Комиссия по наркотическим средствам, пятьдесят третья сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="134"/>
        <source>CND 53</source>
        <translation>КНС 53</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="135"/>
        <source>Twelfth United Nations Congress on Crime Prevention and Criminal Justice</source>
        <translation>Двенадцатый Конгресс Организации Объединенных Наций по предупреждению преступности и уголовному правосудию</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="136"/>
        <source>12th Crime Congress</source>
        <translation>12-й Конгресс по преступности</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="137"/>
        <source>Commission on Crime Prevention and Criminal Justice, nineteenth session</source>
        <translation>Комиссия по предупреждению преступности и уголовному правосудию, девятнадцатая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="138"/>
        <source>CCPCJ 19</source>
        <translation>КППУП 19</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="139"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, first session</source>
        <translation>Группа по обзору хода осуществления Конвенции Организации Объединенных Наций против коррупции, первая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="140"/>
        <source>IRG 1</source>
        <translation>ГОХО 1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="141"/>
        <source>Commission on Narcotic Drugs, fifty-fourth session</source>
        <translation>Комиссия по наркотическим средствам, пятьдесят четвертая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="142"/>
        <source>CND 54</source>
        <translation>КНС 54</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="143"/>
        <source>Commission on Crime Prevention and Criminal Justice, twentieth session</source>
        <translation>Комиссия по предупреждению преступности и уголовному правосудию, двадцатая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="144"/>
        <source>CCPCJ 20</source>
        <translation>КППУП 20</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="145"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, second session</source>
        <translation>Группа по обзору хода осуществления Конвенции Организации Объединенных Наций против коррупции, вторая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="146"/>
        <source>IRG 2</source>
        <translation>ГОХО 2</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="147"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, resumed second session</source>
        <translation>Группа по обзору хода осуществления Конвенции Организации Объединенных Наций против коррупции, возобновленная вторая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="148"/>
        <source>IRG 2 (resumed)</source>
        <translation>ГОХО 2 (возобн.)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="149"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, fourth session</source>
        <translation>Конференция государств – участников Конвенции Организации Объединенных Наций против коррупции, четвертая сессия</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="150"/>
        <source>CoSP 4</source>
        <translation>КГУ 4</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="61"/>
        <source>Organizations and representatives by meeting</source>
        <translation>Организации и представители по совещаниям</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="62"/>
        <source>Organizations engaged by region</source>
        <translation>Участвующие организации по регионам</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="63"/>
        <source>The countries with the most organizations engaged</source>
        <translation>Страны с наибольшим числом участвующих организаций</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="64"/>
        <source>Organizations engaged by thematic area</source>
        <translation>Участвующие организации по тематическим областям</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="65"/>
        <source>Grants by status, in US dollars</source>
        <translation>Гранты по статусу, в долларах США</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="66"/>
        <source>Rates as of %1.</source>
        <translation>Курсы на %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="67"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="207"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="919"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="942"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="984"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="106"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="68"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="884"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1007"/>
        <source>Representatives</source>
        <extracomment>Pages of memory the temporary tables may use (negative: KiB), the connection&apos;s own setting restored afterwards. SQLite&apos;s default, 2 MiB, makes them spill to a file. A further condition on the activities (``a``) when only some matter (a drill into one meeting&apos;s figures): first engagements are then not looked for. Every column of every section (and every headline count): (section, column) → Measure. Headline figures are under the section &quot;totals&quot;, in the row &quot;&quot;. :func:`drill` lists the records of one row; :func:`compute` counts them all at once (a few figures through quicker queries that give the same numbers: see ``_Fast``). The engagements in scope (org, act, reps) of a few organizations, ``chosen`` (a CTE of their ``k`` and ``id``: the candidates among the most engaged): read through the participations&apos; index by organization instead of over every participation; the same rows as ``rep_pall`` and ``rep_coorg`` hold for them. How many bits of the meetings and offices are counted at once (see ``_Fast``). How many organizations the section of the most engaged ones lists.</extracomment>
        <translation>Представители</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="69"/>
        <source>US dollars</source>
        <translation>Доллары США</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="70"/>
        <source>%1 — nothing to show</source>
        <translation>%1 — нет данных</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="71"/>
        <source>Amounts in %1 are left out: no exchange rate.</source>
        <translation>Суммы в %1 не учитываются: нет обменного курса.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="72"/>
        <source>Amounts in a currency without an exchange rate are left out.</source>
        <translation>Суммы в валюте без обменного курса не учитываются.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="72"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <extracomment>Fill of the classes, lightest first: ColorBrewer &quot;Blues&quot; (9 classes) 3, 4, 5, 7 and 9; distinct on screen and in print, and readable by people with colour-vision deficiency. Fill of a country with no figure. The United Nations&apos; standard disclaimer for maps.</extracomment>
        <translation>Границы и названия, показанные на этой карте, и обозначения, используемые на ней, не означают их официального одобрения или признания Организацией Объединенных Наций.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="485"/>
        <source>None</source>
        <extracomment>Radius of the dot marking a country too small for the map&apos;s scale, in points. The disclaimer&apos;s type size, in points. The most lines the disclaimer wraps onto, and the most of the map&apos;s height it may take, before it is written on one line, elided, its full text in the map&apos;s tooltip. The smallest type of the legend, in points: below it a small map drops the legend.</extracomment>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="60"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="104"/>
        <source>Organizations engaged</source>
        <extracomment>The headline figures, in the order they are shown: key → English label.</extracomment>
        <translation>Участвующие организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="61"/>
        <source>Representatives (counted at every event)</source>
        <translation>Представители (учитываются на каждом мероприятии)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="62"/>
        <source>People (a named contact counted once)</source>
        <translation>Люди (каждый поименный контакт учитывается один раз)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="63"/>
        <source>Named contacts</source>
        <translation>Поименные контакты</translation>
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
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="65"/>
        <source>Member States in joint activities</source>
        <translation>Государства-члены в совместных мероприятиях</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="66"/>
        <source>Organizations from developing countries</source>
        <translation>Организации из развивающихся стран</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="69"/>
        <source>Women among representatives (where recorded)</source>
        <translation>Женщины среди представителей (где указан пол)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="70"/>
        <source>Representatives whose sex is not recorded</source>
        <translation>Представители, пол которых не указан</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="73"/>
        <source>Joint government–CSO activities</source>
        <translation>Совместные мероприятия правительств и ОГО</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="74"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="136"/>
        <source>Regional lead organizations (RLOs)</source>
        <translation>Региональные ведущие организации (RLO)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="75"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1096"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1138"/>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="76"/>
        <source>Grants in US dollars</source>
        <translation>Гранты в долларах США</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="81"/>
        <source>Organizations that took part in, or co-organized, an activity starting in the period.</source>
        <extracomment>What each headline figure means (a tooltip; docs/reports.md says the same).</extracomment>
        <translation>Организации, которые участвовали в мероприятии, начавшемся в этот период, или были его соорганизаторами.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="84"/>
        <source>Representatives of the organizations at the activities in scope, added up over the activities: a person at two events counts twice.</source>
        <translation>Представители организаций на учитываемых мероприятиях, суммированные по мероприятиям: человек, присутствовавший на двух мероприятиях, учитывается дважды.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="88"/>
        <source>Representatives with each named contact counted once however many events they attended; representatives recorded without a name count once per event.</source>
        <translation>Представители, причем каждый поименный контакт учитывается один раз независимо от числа посещенных мероприятий; представители, записанные без имени, учитываются один раз на каждом мероприятии.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="92"/>
        <source>Contacts named as participants of the activities in scope, each counted once.</source>
        <translation>Контакты, указанные в качестве участников учитываемых мероприятий, каждый учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="95"/>
        <source>Activities in scope: starting in the period (and matching the filters).</source>
        <translation>Учитываемые мероприятия: начинающиеся в этот период (и соответствующие фильтрам).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="98"/>
        <source>Member States named in the joint government–CSO activities in scope, each counted once.</source>
        <translation>Государства-члены, указанные в учитываемых совместных мероприятиях правительств и ОГО, каждое учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="101"/>
        <source>Share of the organizations engaged that are based in a developing country (UN M49 classification).</source>
        <translation>Доля участвующих организаций, базирующихся в развивающихся странах (по классификации M49 ООН).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="105"/>
        <source>Women among the representatives whose sex was recorded.</source>
        <translation>Доля женщин среди представителей, пол которых указан.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="108"/>
        <source>Share of the representatives whose sex was not recorded.</source>
        <translation>Доля представителей, пол которых не указан.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="111"/>
        <source>Activities of the type “joint government–CSO activity” in scope.</source>
        <translation>Учитываемые мероприятия типа «совместное мероприятие правительства и ОГО».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="114"/>
        <source>Organizations designated regional lead organizations, whatever the period (a designation, not an event).</source>
        <translation>Организации, назначенные региональными ведущими организациями, независимо от периода (это назначение, а не событие).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="118"/>
        <source>Seed-funding grants to the organizations covered, approved in the period (grants not yet approved count only without a period).</source>
        <translation>Гранты начального финансирования охваченным организациям, утвержденные в этот период (еще не утвержденные гранты учитываются, только если период не задан).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="122"/>
        <source>The grants&apos; amounts converted to US dollars with the rate table shown; none when a currency has no rate.</source>
        <translation>Суммы грантов, пересчитанные в доллары США по приведенной таблице курсов; не вычисляется, если для какой-либо валюты нет курса.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="130"/>
        <source>Intergovernmental meetings</source>
        <extracomment>Section titles (English source strings).</extracomment>
        <translation>Межправительственные совещания</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="131"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="913"/>
        <source>Organizations engaged for the first time</source>
        <translation>Организации, участвующие впервые</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="132"/>
        <source>Organizations and activities by region</source>
        <translation>Организации и мероприятия по регионам</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="133"/>
        <source>Organizations and activities by thematic area</source>
        <translation>Организации и мероприятия по тематическим областям</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="134"/>
        <source>Joint government–CSO activities by Member State</source>
        <translation>Совместные мероприятия правительств и ОГО по государствам-членам</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="137"/>
        <source>Activities by UNODC office</source>
        <translation>Мероприятия по отделениям УНП ООН</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="138"/>
        <source>The most engaged organizations</source>
        <translation>Наиболее активные организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="139"/>
        <source>Seed funding by status</source>
        <translation>Начальное финансирование по статусу</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="140"/>
        <source>Seed funding by meeting followed</source>
        <translation>Начальное финансирование по совещаниям, по итогам которых оно предоставлено</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="141"/>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="187"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="471"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="145"/>
        <source>A meeting&apos;s figures include every activity linked to it: the participation in the meeting itself and its side events. Organizations took part or co-organized; representatives are added up over the activities; women and men as recorded; “not recorded”: representatives whose sex was not recorded.</source>
        <translation>Данные по совещанию включают все связанные с ним мероприятия: участие в самом совещании и в его параллельных мероприятиях. Организации — участвовавшие или выступившие соорганизаторами; представители суммируются по мероприятиям; женщины и мужчины — по записанным данным; «не указан» — представители, пол которых не указан.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="151"/>
        <source>Organizations engaged in the period whose first engagement ever (in any activity this computer holds) was in that year.</source>
        <translation>Организации, участвовавшие в этот период, для которых первое участие (в любом мероприятии, хранящемся на этом компьютере) пришлось на этот год.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="155"/>
        <source>Organizations engaged, by the country they are based in; activities in scope, by the country where they were held (UN M49 regions and sub-regions).</source>
        <translation>Участвующие организации — по стране базирования; учитываемые мероприятия — по стране проведения (регионы и субрегионы по классификации M49 ООН).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="159"/>
        <source>Organizations engaged that work on the theme (their thematic areas); activities in scope on the theme.  An area includes its sub-themes.</source>
        <translation>Участвующие организации, работающие по данной теме (их тематические области); учитываемые мероприятия по данной теме.  Область включает свои подтемы.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="163"/>
        <source>Joint government–CSO activities in scope, by Member State involved.</source>
        <translation>Учитываемые совместные мероприятия правительств и ОГО по участвующим государствам-членам.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="166"/>
        <source>Regional lead organizations by the region they lead, and the activities in scope they took part in or co-organized.</source>
        <translation>Региональные ведущие организации по регионам, в которых они являются ведущими, и учитываемые мероприятия, в которых они участвовали или которые они соорганизовали.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="170"/>
        <source>Activities in scope by the UNODC office that organized them, and the organizations engaged in them.</source>
        <translation>Учитываемые мероприятия по организовавшим их отделениям УНП ООН и участвовавшие в них организации.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="174"/>
        <source>The 20 organizations engaged in the most activities in scope (taking part or co-organizing); ties go to the one with more representatives, then by name.</source>
        <translation>20 организаций, участвовавших в наибольшем числе учитываемых мероприятий (в качестве участника или соорганизатора); при равенстве выше ставится организация с большим числом представителей, затем — по названию.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="177"/>
        <source>Grants by status, amounts in the currency of each grant and in US dollars at the rates shown.</source>
        <translation>Гранты по статусу; суммы в валюте каждого гранта и в долларах США по приведенным курсам.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="181"/>
        <source>Grants by the intergovernmental meeting they follow, and the follow-up activities they paid for.</source>
        <translation>Гранты по межправительственным совещаниям, по итогам которых они предоставлены, и оплаченные ими последующие мероприятия.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="185"/>
        <source>Gaps in the records behind this report: organizations engaged whose record was not verified in the last year, activities in scope with no participation recorded, participations with no count by sex.</source>
        <translation>Пробелы в записях, на которых основан этот отчет: участвующие организации, записи о которых не проверялись в течение последнего года; учитываемые мероприятия без записанного участия; записи об участии без разбивки по полу.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="193"/>
        <source>Organizations not verified for over a year (or never)</source>
        <translation>Организации, не проверявшиеся более года (или ни разу)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="196"/>
        <source>Organizations never verified</source>
        <translation>Организации, ни разу не проверявшиеся</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="197"/>
        <source>Activities without any participation recorded</source>
        <translation>Мероприятия без записанного участия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="200"/>
        <source>Participations with no count by sex</source>
        <translation>Записи об участии без разбивки по полу</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="204"/>
        <source>Not linked to a meeting</source>
        <translation>Не связано с совещанием</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="208"/>
        <source>Organizations engaged (took part or co-organized)</source>
        <translation>Участвующие организации (участники или соорганизаторы)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="885"/>
        <source>Representatives at the meeting and its side events, added up over the events</source>
        <translation>Представители на совещании и его параллельных мероприятиях, суммированные по мероприятиям</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="887"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="888"/>
        <source>Women among them, as recorded</source>
        <translation>Женщины среди них, по записанным данным</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="889"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="890"/>
        <source>Men among them, as recorded</source>
        <translation>Мужчины среди них, по записанным данным</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="891"/>
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="892"/>
        <source>Representatives whose sex was not recorded</source>
        <translation>Представители, пол которых не указан</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="894"/>
        <source>The participation in the meeting and its side events</source>
        <translation>Участие в совещании и его параллельных мероприятиях</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="920"/>
        <source>Organizations engaged, based in the region</source>
        <translation>Участвующие организации, базирующиеся в регионе</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="923"/>
        <source>Activities in scope held in the region</source>
        <translation>Учитываемые мероприятия, проведенные в регионе</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="943"/>
        <source>Organizations engaged that work on the theme</source>
        <translation>Участвующие организации, работающие по данной теме</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="946"/>
        <source>Activities in scope on the theme</source>
        <translation>Учитываемые мероприятия по данной теме</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="961"/>
        <source>Joint activities</source>
        <translation>Совместные мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="962"/>
        <source>Joint government–CSO activities in scope involving the Member State</source>
        <translation>Учитываемые совместные мероприятия правительств и ОГО с участием государства-члена</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="969"/>
        <source>RLOs</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="970"/>
        <source>Regional lead organizations of the region</source>
        <translation>Региональные ведущие организации региона</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="973"/>
        <source>Activities in scope they took part in or co-organized</source>
        <translation>Учитываемые мероприятия, в которых они участвовали или которые соорганизовали</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="983"/>
        <source>Activities in scope the office organized</source>
        <translation>Учитываемые мероприятия, организованные отделением</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="985"/>
        <source>Organizations engaged in them</source>
        <translation>Участвовавшие в них организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1002"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="653"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="86"/>
        <source>Country</source>
        <extracomment>How many countries the table under the map lists. The page: A4, its margins (left, top, right, bottom) in millimetres; the footer sits in the bottom margin. The space between two charts, in points.</extracomment>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1003"/>
        <source>The country the organization is based in</source>
        <translation>Страна базирования организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1005"/>
        <source>Activities in scope it took part in or co-organized</source>
        <translation>Учитываемые мероприятия, в которых она участвовала или которые соорганизовала</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1008"/>
        <source>Its representatives at those activities, added up over the activities</source>
        <translation>Ее представители на этих мероприятиях, суммированные по мероприятиям</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1021"/>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1098"/>
        <source>Amounts of the grants made in this currency</source>
        <translation>Суммы грантов, предоставленных в этой валюте</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1141"/>
        <source>In US dollars</source>
        <translation>В долларах США</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1101"/>
        <source>All the grants&apos; amounts converted to US dollars at the rates shown</source>
        <translation>Суммы всех грантов, пересчитанные в доллары США по приведенным курсам</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1139"/>
        <source>Follow-up activities</source>
        <translation>Последующие мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1140"/>
        <source>Activities the grants paid for</source>
        <translation>Мероприятия, оплаченные за счет грантов</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1188"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1189"/>
        <source>No organizations on this computer yet</source>
        <translation>На этом компьютере пока нет организаций</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1190"/>
        <source>demo data</source>
        <translation>демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1309"/>
        <source>Name withheld: organization at risk</source>
        <extracomment>The activities that can stand behind a figure of a section (or of one column of it): a drill into it looks at those only. The label of a contact of an at-risk organization in a drill-down (a source string of the ``report`` context: the window translates it).</extracomment>
        <translation>Имя скрыто: организация под угрозой</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1311"/>
        <source>Erased person</source>
        <extracomment>The label of a person whose data headquarters erased (still counted where they took part).</extracomment>
        <translation>Удалённое лицо</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="184"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="468"/>
        <source>Policy debate</source>
        <extracomment>The translation context of every report string.</extracomment>
        <translation>Обсуждение политики</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="185"/>
        <source>Regional and thematic partnership</source>
        <translation>Региональное и тематическое партнерство</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="186"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="470"/>
        <source>Seed funding</source>
        <translation>Начальное финансирование</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="87"/>
        <source>Civil society organizations in UNODC&apos;s work: the indicators of the Looking Beyond project</source>
        <translation>Организации гражданского общества в работе УНП ООН: показатели проекта Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="89"/>
        <source>What this report covers</source>
        <translation>Охват отчета</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="90"/>
        <source>This computer holds</source>
        <translation>На этом компьютере хранятся</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="91"/>
        <source>Nothing was counted: no activity in scope starts in this period, or no organization matches these filters.</source>
        <translation>Ничего не подсчитано: в этот период не начинается ни одно учитываемое мероприятие или ни одна организация не соответствует этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="93"/>
        <source>How the figures are counted</source>
        <translation>Как подсчитываются данные</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="94"/>
        <source>An organization is engaged in a period when it took part in, or co-organized, an activity that starts in the period. A meeting&apos;s figures include every activity linked to that meeting: the participation in the meeting itself and its side events. People are counted once however many events they attended. The share of women is taken over the participations whose counts by sex are recorded. Amounts in US dollars use the rates stated above. Deleted records never count.</source>
        <translation>Организация считается участвующей в определенный период, если она участвовала в мероприятии, начинающемся в этот период, или была его соорганизатором. Данные по совещанию включают все связанные с ним мероприятия: участие в самом совещании и в его параллельных мероприятиях. Люди учитываются один раз независимо от числа посещенных мероприятий. Доля женщин рассчитывается по записям об участии, в которых указана разбивка по полу. Суммы в долларах США рассчитываются по указанным выше курсам. Удаленные записи никогда не учитываются.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="102"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="103"/>
        <source>Organizations engaged by country</source>
        <translation>Участвующие организации по странам</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="105"/>
        <source>Countries with the most organizations engaged</source>
        <translation>Страны с наибольшим числом участвующих организаций</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="107"/>
        <source>Activities held there</source>
        <translation>Проведенные там мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="108"/>
        <source>The figures in full</source>
        <translation>Полные данные</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="109"/>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="110"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="111"/>
        <source>Looking Beyond report · data as of %1</source>
        <translation>Отчет Looking Beyond · данные на %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="112"/>
        <source>Looking Beyond report</source>
        <translation>Отчет Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="74"/>
        <source>Looking Beyond: report on civil society engagement</source>
        <extracomment>The headline figures, in the order the exports and the PDF&apos;s first page show them (the titles are those of :data:`indicators.TOTALS`, the window&apos;s too).</extracomment>
        <translation>Looking Beyond: отчет об участии гражданского общества</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="75"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="76"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="77"/>
        <source>All the data, no filter</source>
        <translation>Все данные, без фильтров</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="78"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="79"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="80"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="81"/>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="82"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="83"/>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="84"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="85"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="201"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="87"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="203"/>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="88"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="205"/>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="90"/>
        <source>Data as of</source>
        <translation>Данные на</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="91"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>неизвестно (синхронизации не было, ничего не сохранено)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="92"/>
        <source>Generated at</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="93"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="94"/>
        <source>US dollar rates</source>
        <translation>Курсы доллара США</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="95"/>
        <source>as of %1. %2</source>
        <translation>на %1. %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="96"/>
        <source>Headline figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="97"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="98"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="99"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="100"/>
        <source>Nothing to show.</source>
        <translation>Нет данных.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="101"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="102"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="103"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="104"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="105"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="107"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="200"/>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="202"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="204"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="206"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="207"/>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="208"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="209"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="399"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="400"/>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="401"/>
        <source>share (0 to 1)</source>
        <translation>доля (от 0 до 1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="469"/>
        <source>Partnership</source>
        <translation>Партнерство</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="286"/>
        <source>“%1” names a record that was deleted at headquarters meanwhile.</source>
        <translation>«%1» ссылается на запись, которая тем временем была удалена в штаб-квартире.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="288"/>
        <source>This organization was merged into another one on one computer and brought back from the Trash on another at the same time: look at both records before trying again.</source>
        <translation>Эта организация одновременно была объединена с другой на одном компьютере и восстановлена из корзины на другом: просмотрите обе записи, прежде чем повторить попытку.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="292"/>
        <source>“%1” is empty, and headquarters requires it.</source>
        <translation>Поле «%1» не заполнено, а штаб-квартира требует его заполнения.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="293"/>
        <source>“%1” is longer than headquarters accepts.</source>
        <translation>Поле «%1» длиннее, чем допускает штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="294"/>
        <source>“%1” has more entries than headquarters accepts.</source>
        <translation>В поле «%1» больше элементов, чем допускает штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="295"/>
        <source>“%1” is not a currency headquarters knows.</source>
        <translation>В поле «%1» указана валюта, неизвестная штаб-квартире.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="296"/>
        <source>“%1” holds a choice headquarters does not know.</source>
        <translation>В поле «%1» выбрано значение, неизвестное штаб-квартире.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="297"/>
        <source>“%1” is not an e-mail address headquarters accepts.</source>
        <translation>Поле «%1» не содержит адреса электронной почты, допустимого для штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="298"/>
        <source>“%1” is not a web address headquarters accepts.</source>
        <translation>Поле «%1» не содержит веб-адреса, допустимого для штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="299"/>
        <source>“%1” is a date in the future.</source>
        <translation>В поле «%1» указана дата в будущем.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="300"/>
        <source>“%1” is earlier than the date it must follow.</source>
        <translation>Дата в поле «%1» раньше даты, после которой она должна следовать.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="301"/>
        <source>“%1” is below zero.</source>
        <translation>Значение поля «%1» меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="302"/>
        <source>“%1” is larger than headquarters accepts.</source>
        <translation>Значение поля «%1» больше, чем допускает штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="303"/>
        <source>“%1” is fewer than the women and men counted.</source>
        <translation>Значение поля «%1» меньше числа учтенных женщин и мужчин.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="304"/>
        <source>“%1” must be more than zero.</source>
        <translation>Значение поля «%1» должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="305"/>
        <source>“%1” has more decimal places than headquarters accepts.</source>
        <translation>В поле «%1» больше знаков после запятой, чем допускает штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="306"/>
        <source>“%1” skips a step: a grant moves one step at a time.</source>
        <translation>В поле «%1» пропущен этап: статус гранта меняется только на один этап за раз.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="307"/>
        <location filename="generated_strings.py" line="359"/>
        <source>The record is too large to send: shorten its longest texts (notes, outcomes).</source>
        <translation>Запись слишком велика для отправки: сократите самые длинные тексты (примечания, результаты).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="330"/>
        <source>Nothing was read from it and nothing was changed here.</source>
        <translation>Из него ничего не прочитано, и здесь ничего не изменено.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="331"/>
        <source>Unable to connect to headquarters, or the connection dropped. Nothing was lost; it will be tried again.</source>
        <translation>Не удается подключиться к штаб-квартире, или соединение прервалось. Ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="332"/>
        <source>Headquarters stopped answering in the middle of the sync. Nothing was lost; it will be tried again.</source>
        <translation>Штаб-квартира перестала отвечать во время синхронизации. Ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="333"/>
        <source>The name of the headquarters server could not be found. Check the address and the connection.</source>
        <translation>Не удалось найти имя сервера штаб-квартиры. Проверьте адрес и подключение.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="334"/>
        <source>The reply from headquarters was damaged on the way or could not be read. Nothing was applied and nothing was lost; it will be tried again.</source>
        <translation>Ответ штаб-квартиры был поврежден при передаче или не может быть прочитан. Ничего не применено и ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="335"/>
        <source>Headquarters is busy. Nothing was lost; it will be tried again.</source>
        <translation>Штаб-квартира занята. Ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="336"/>
        <source>Headquarters is busy signing other people in. Nothing was lost; try again in a few seconds.</source>
        <translation>Штаб-квартира занята входом в систему других пользователей. Ничего не потеряно; повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="337"/>
        <source>This account already has as many computers as headquarters allows. Ask the Civil Society Team to revoke one you no longer use, then log in again.</source>
        <translation>К этой учетной записи уже подключено максимальное число компьютеров, допускаемое штаб-квартирой. Попросите Группу по вопросам гражданского общества отключить компьютер, которым вы больше не пользуетесь, а затем снова войдите в систему.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="338"/>
        <source>The connection to headquarters was too slow, so headquarters stopped waiting. Nothing was lost; it will be tried again.</source>
        <translation>Соединение со штаб-квартирой было слишком медленным, и штаб-квартира прекратила ожидание. Ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="339"/>
        <source>The sync needed more round trips than allowed. Nothing was lost; it will be tried again.</source>
        <translation>Для синхронизации потребовалось больше циклов обмена, чем допускается. Ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="340"/>
        <source>Something unexpected went wrong during the sync (the details are in the log). Nothing was lost; it will be tried again.</source>
        <translation>Во время синхронизации произошла непредвиденная ошибка (подробности в журнале). Ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="341"/>
        <source>Sync cancelled. Changes sent so far are kept.</source>
        <translation>Синхронизация отменена. Уже отправленные изменения сохранены.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="342"/>
        <source>This computer is not connected to headquarters yet: log in below.</source>
        <translation>Этот компьютер еще не подключен к штаб-квартире: войдите в систему ниже.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="343"/>
        <source>Headquarters no longer accepts this computer&apos;s key: log in again.</source>
        <translation>Штаб-квартира больше не принимает ключ этого компьютера: войдите в систему снова.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="344"/>
        <source>This computer has not synced with headquarters for a long time, so its key has expired: log in again. Nothing here is lost.</source>
        <translation>Этот компьютер долго не синхронизировался со штаб-квартирой, поэтому срок действия его ключа истек: войдите в систему снова. Данные на этом компьютере не потеряны.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="345"/>
        <source>Headquarters has withdrawn this computer&apos;s access. Ask the Civil Society Team, then log in again.</source>
        <translation>Штаб-квартира отозвала доступ этого компьютера. Обратитесь в Группу по вопросам гражданского общества, а затем снова войдите в систему.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="346"/>
        <source>This version of the application is too old for headquarters: install the new version, then sync.</source>
        <translation>Эта версия приложения слишком старая для штаб-квартиры: установите новую версию, а затем выполните синхронизацию.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="347"/>
        <source>No system keyring is available to keep this computer&apos;s key safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again. The key is never written to a plain file.</source>
        <translation>Нет системного хранилища ключей для надежного хранения ключа этого компьютера. В Linux установите и разблокируйте GNOME Keyring или KWallet, а затем снова войдите в систему. Ключ никогда не записывается в обычный файл.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="348"/>
        <source>The server address is not usable: it should look like https://headquarters.example.org</source>
        <translation>Адрес сервера непригоден: он должен иметь вид https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="349"/>
        <source>Headquarters&apos; changes would delete many records here, so nothing was changed. Confirm to apply them.</source>
        <translation>Изменения штаб-квартиры удалили бы много записей на этом компьютере, поэтому ничего не изменено. Подтвердите, чтобы применить их.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="350"/>
        <source>The disk is full, so this part of the sync was not saved (nothing was lost). Free some space; the sync is tried again by itself.</source>
        <translation>Диск заполнен, поэтому эта часть синхронизации не сохранена (ничего не потеряно). Освободите место; синхронизация будет повторена автоматически.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="351"/>
        <source>This computer does not have headquarters&apos; keys for sync by file yet. Connect it to headquarters once (Sync now, or log in again); from then on it can sync by file.</source>
        <translation>На этом компьютере ещё нет ключей штаб-квартиры для синхронизации через файл. Подключите его к штаб-квартире один раз (Синхронизировать или снова войдите); после этого он сможет синхронизироваться через файл.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="352"/>
        <source>Headquarters&apos; reply would delete many records here, so nothing was changed.</source>
        <translation>Ответ штаб-квартиры удалил бы здесь много записей, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="353"/>
        <source>This computer is not connected to headquarters yet: log in first (once, with a connection); then it can sync by file.</source>
        <translation>Этот компьютер ещё не подключён к штаб-квартире: сначала войдите (один раз, при наличии связи); после этого он сможет синхронизироваться через файл.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="354"/>
        <source>No system keyring is available to keep this computer&apos;s keys safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again.</source>
        <translation>Нет системного хранилища ключей, чтобы надёжно хранить ключи этого компьютера. В Linux установите и разблокируйте GNOME Keyring или KWallet, затем снова войдите.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="355"/>
        <source>The system keyring, where this computer&apos;s keys are kept, could not be read. Unlock it (or log in to the computer again), then try again.</source>
        <translation>Не удалось прочитать системное хранилище ключей, где хранятся ключи этого компьютера. Разблокируйте его (или снова войдите в систему компьютера) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="356"/>
        <source>This computer&apos;s disk is full, so the reply could not be saved (nothing was lost). Free some space, then read the reply again.</source>
        <translation>Диск этого компьютера заполнен, поэтому ответ не удалось сохранить (ничего не потеряно). Освободите место и прочитайте ответ снова.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="357"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="358"/>
        <source>Headquarters does not allow your account to change this region&apos;s records.</source>
        <translation>Штаб-квартира не разрешает вашей учетной записи изменять записи этого региона.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="360"/>
        <source>Headquarters does not have this record in full: Retry sends it whole.</source>
        <translation>В штаб-квартире нет полной версии этой записи: кнопка «Повторить» отправит ее целиком.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="361"/>
        <source>Headquarters could not send this record: it may be outside your office&apos;s countries now.</source>
        <translation>Штаб-квартира не смогла отправить эту запись: возможно, теперь она не относится к странам вашего отделения.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="362"/>
        <source>This version and headquarters do not agree on this kind of record: install the newest version.</source>
        <translation>Эта версия и штаб-квартира по-разному понимают этот вид записей: установите новейшую версию.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="363"/>
        <source>This version and headquarters do not agree on a field: install the newest version.</source>
        <translation>Эта версия и штаб-квартира по-разному понимают одно из полей: установите новейшую версию.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="364"/>
        <source>Headquarters could not read this change: install the newest version.</source>
        <translation>Штаб-квартира не смогла прочитать это изменение: установите новейшую версию.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="365"/>
        <source>Headquarters erased this person&apos;s details at their request; your change to them was not kept.</source>
        <translation>Штаб-квартира удалила данные этого человека по его просьбе; ваше изменение не сохранено.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="366"/>
        <source>Headquarters did not accept this change.</source>
        <translation>Штаб-квартира не приняла это изменение.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="367"/>
        <source>Copy the reply again from headquarters.</source>
        <translation>Скопируйте ответ штаб-квартиры ещё раз.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="368"/>
        <source>There are too many changes for one file. Nothing was lost; ask the Civil Society Team for help.</source>
        <translation>Слишком много изменений для одного файла. Ничего не потеряно; обратитесь за помощью в Группу по вопросам гражданского общества.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="369"/>
        <source>Give it to the computer it belongs to.</source>
        <translation>Передайте его тому компьютеру, которому он предназначен.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="370"/>
        <source>Write a new file and carry it to headquarters.</source>
        <translation>Запишите новый файл и доставьте его в штаб-квартиру.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="371"/>
        <source>Something unexpected went wrong while writing the file (the details are in the log). Nothing was lost.</source>
        <translation>При записи файла произошла непредвиденная ошибка (подробности в журнале). Ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="372"/>
        <source>Something unexpected went wrong while reading the reply (the details are in the log). Nothing was lost.</source>
        <translation>При чтении ответа произошла непредвиденная ошибка (подробности в журнале). Ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="373"/>
        <source>The file could not be written. Nothing was lost.</source>
        <translation>Не удалось записать файл. Ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="374"/>
        <source>The reply could not be read. Nothing was changed here.</source>
        <translation>Не удалось прочитать ответ. Здесь ничего не изменено.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="375"/>
        <source>A record it refers to is not at headquarters yet.</source>
        <translation>Запись, на которую она ссылается, еще не поступила в штаб-квартиру.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="376"/>
        <source>Headquarters does not accept this record as it is.</source>
        <translation>Штаб-квартира не принимает эту запись в ее нынешнем виде.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="377"/>
        <source>Headquarters refused the request (HTTP %1). Check the server address; if it is right, ask the Civil Society Team.</source>
        <translation>Штаб-квартира отклонила запрос (HTTP %1). Проверьте адрес сервера; если он правильный, обратитесь в Группу по вопросам гражданского общества.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="378"/>
        <source>The file could not be written there (%1). Nothing was lost: the changes are still waiting to be sent. Check that the USB stick or disk is plugged in and has free space, or choose another place, and write the file again.</source>
        <translation>Не удалось записать файл в это место (%1). Ничего не потеряно: изменения по-прежнему ожидают отправки. Проверьте, что USB-накопитель или диск подключён и на нём есть свободное место, или выберите другое место, и запишите файл снова.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="379"/>
        <source>The file could not be read (%1). Check that the USB stick or disk is plugged in, then try again. Nothing was changed here.</source>
        <translation>Не удалось прочитать файл (%1). Проверьте, что USB-накопитель или диск подключён, и повторите попытку. Здесь ничего не изменено.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="380"/>
        <source>This is not a sync file of Looking Beyond.</source>
        <translation>Это не файл синхронизации Looking Beyond.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="381"/>
        <source>This file was made by a newer version of Looking Beyond: install the newest version to read it.</source>
        <translation>Этот файл создан более новой версией Looking Beyond: установите последнюю версию, чтобы прочитать его.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="382"/>
        <source>This reply was made by another headquarters, not the one this computer is connected to.</source>
        <translation>Этот ответ подготовлен другой штаб-квартирой, а не той, к которой подключён этот компьютер.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="383"/>
        <source>This reply was changed after headquarters made it, or was not made by the headquarters this computer is connected to.</source>
        <translation>Этот ответ был изменён после того, как его подготовила штаб-квартира, или подготовлен не той штаб-квартирой, к которой подключён этот компьютер.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="384"/>
        <source>This file was written on a computer for headquarters, not a reply from headquarters. Take it to headquarters; a computer reads only the replies headquarters makes.</source>
        <translation>Этот файл записан на компьютере для штаб-квартиры, это не ответ штаб-квартиры. Доставьте его в штаб-квартиру: компьютер читает только ответы, подготовленные штаб-квартирой.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="385"/>
        <source>Headquarters does not know this computer.</source>
        <translation>Штаб-квартира не знает этот компьютер.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="386"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="387"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="388"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="389"/>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="390"/>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="391"/>
        <source>(a record no longer on this computer)</source>
        <translation>(запись, которой больше нет на этом компьютере)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="392"/>
        <source>Headquarters, or a proxy on the way, had a problem (HTTP %1). Nothing was lost; it will be tried again.</source>
        <translation>В штаб-квартире или на промежуточном прокси-сервере возникла проблема (HTTP %1). Ничего не потеряно; будет выполнена повторная попытка.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="393"/>
        <source>This file is larger than any reply headquarters makes.</source>
        <translation>Этот файл больше любого ответа, который делает штаб-квартира.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="394"/>
        <source>The organization it belongs to is not at headquarters yet.</source>
        <translation>Организация, к которой она относится, еще не поступила в штаб-квартиру.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="395"/>
        <source>The activity it belongs to is not at headquarters yet.</source>
        <translation>Мероприятие, к которому она относится, еще не поступило в штаб-квартиру.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="396"/>
        <source>The contact it names is not at headquarters yet.</source>
        <translation>Указанный в ней контакт еще не поступил в штаб-квартиру.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="397"/>
        <source>“%1” names a record your account cannot see at headquarters.</source>
        <translation>В поле «%1» указана запись, недоступная вашей учетной записи в штаб-квартире.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="398"/>
        <source>Headquarters does not accept the value of “%1”.</source>
        <translation>Штаб-квартира не принимает значение поля «%1».</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="399"/>
        <source>Headquarters could not read the value of “%1”: install the newest version.</source>
        <translation>Штаб-квартира не смогла прочитать значение поля «%1»: установите новейшую версию.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="400"/>
        <source>Reason and record</source>
        <translation>Причина и запись</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="401"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="402"/>
        <source>Changes / when</source>
        <translation>Изменения / время</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="403"/>
        <source>This file is damaged or incomplete: it may have been cut short while it was copied, or the USB stick was pulled out too early.</source>
        <translation>Этот файл повреждён или неполон: возможно, он оборвался при копировании или USB-накопитель извлекли слишком рано.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="404"/>
        <source>This reply was made for another computer: it answers a file written there.</source>
        <translation>Этот ответ подготовлен для другого компьютера: он отвечает на файл, записанный там.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="405"/>
        <source>This reply answers a file made before this computer&apos;s data was reset or restored.</source>
        <translation>Этот ответ отвечает на файл, созданный до того, как данные этого компьютера были сброшены или восстановлены.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="112"/>
        <source>must be a whole number</source>
        <translation>требуется целое число</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="118"/>
        <source>“%1” is not a whole number</source>
        <translation>«%1» не является целым числом</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="129"/>
        <source>“%1” is not yes or no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="140"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD)</source>
        <translation>«%1» не является датой (введите ее в формате YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="147"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="149"/>
        <source>“%1” is not an amount</source>
        <translation>«%1» не является суммой</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="200"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="205"/>
        <source>is longer than %1 characters</source>
        <translation>длина превышает %1 символов</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="207"/>
        <source>holds more than %1 items</source>
        <translation>содержит более %1 элементов</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="223"/>
        <source>the record is larger than %1 KiB: shorten its longest texts</source>
        <translation>размер записи превышает %1 КБ: сократите самые длинные тексты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="241"/>
        <source>“%1” is not an e-mail address (name@example.org)</source>
        <translation>«%1» не является адресом электронной почты (name@example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="250"/>
        <source>“%1” is not a web address (www.example.org)</source>
        <translation>«%1» не является веб-адресом (www.example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="255"/>
        <source>cannot be in the future</source>
        <translation>дата не может быть в будущем</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="266"/>
        <source>cannot be negative</source>
        <translation>значение не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="272"/>
        <source>cannot be more than %1</source>
        <translation>не может превышать %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="277"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="308"/>
        <source>“%1” is not a known country code (ISO 3166, e.g. KE)</source>
        <translation>«%1» не является известным кодом страны (ISO 3166, например KE)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="278"/>
        <source>“%1” is not a known organization type</source>
        <translation>«%1» не является известным типом организации</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="279"/>
        <source>“%1” is not a known ECOSOC status</source>
        <translation>«%1» не является известным статусом при ЭКОСОС</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="280"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="310"/>
        <source>not a known thematic area: %1</source>
        <translation>неизвестная тематическая область: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="281"/>
        <source>not a known network: %1</source>
        <translation>неизвестная сеть: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="284"/>
        <source>“%1” is not a known UN M49 region code</source>
        <translation>«%1» не является известным кодом региона по стандарту M49 ООН</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="297"/>
        <source>must stay blank: the person&apos;s data was erased</source>
        <translation>должно оставаться пустым: данные человека удалены</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="306"/>
        <source>“%1” is not a known activity type</source>
        <translation>«%1» не является известным типом мероприятия</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="307"/>
        <source>cannot be before the start date</source>
        <translation>не может быть раньше даты начала</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="309"/>
        <source>not a known country code: %1</source>
        <translation>неизвестный код страны: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="311"/>
        <source>“%1” is not a known UNODC office</source>
        <translation>«%1» не является известным отделением УНП ООН</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="312"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="340"/>
        <source>“%1” is not a known intergovernmental meeting</source>
        <translation>«%1» не является известным межправительственным совещанием</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="317"/>
        <source>“%1” is not a known role</source>
        <translation>«%1» не является известной ролью</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="323"/>
        <source>is %1, fewer than the %2 women and men counted</source>
        <translation>указано %1, что меньше числа учтенных женщин и мужчин (%2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="331"/>
        <source>must be more than zero</source>
        <translation>значение должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="335"/>
        <source>has more than %1 decimal places</source>
        <translation>указано более %1 знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="338"/>
        <source>“%1” is not an ISO 4217 currency code (e.g. USD)</source>
        <translation>«%1» не является кодом валюты ISO 4217 (например USD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="339"/>
        <source>“%1” is not a known grant status</source>
        <translation>«%1» не является известным статусом гранта</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="341"/>
        <source>cannot be before the approval</source>
        <translation>не может быть раньше даты утверждения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="342"/>
        <source>cannot be before the disbursement</source>
        <translation>не может быть раньше даты выплаты</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="351"/>
        <source>cannot move from “%1” to “%2”: a grant moves one step at a time</source>
        <translation>нельзя перейти от «%1» к «%2»: статус гранта меняется только на один этап за раз</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/exchange.py" line="534"/>
        <location filename="../../lookingbeyond_desktop/store/import_plan.py" line="430"/>
        <source>repeats row %1</source>
        <extracomment>Which at-risk organizations&apos; contacts an export includes: their ids, or True for all.
----------
The tables a file can be imported into, parents first. Larger files are refused before they are read: a field office&apos;s registry fits many times over, and a file this size is almost surely the wrong file. Rows prepared and written per step; progress is reported and cancel checked between steps. The fields a file must map (unless it maps the record identifier, to update records): those the rules require and the store has no default for. At most this many likely duplicates are named for one row. A row is compared with at most this many records (those sharing the most keys with it): a file of a thousand rows is checked in seconds, not minutes, on 100,000 organizations.</extracomment>
        <translation>повторяет строку %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="76"/>
        <source>a partner organization&apos;s account cannot merge organizations: ask the UNODC office</source>
        <translation>учетная запись организации-партнера не может объединять организации: обратитесь в отделение УНП ООН</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="82"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="144"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="399"/>
        <source>the record does not exist</source>
        <translation>запись не существует</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="84"/>
        <source>an organization cannot be merged into itself</source>
        <translation>организацию нельзя объединить с самой собой</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="87"/>
        <source>“%1” was already merged into another organization</source>
        <translation>организация «%1» уже объединена с другой организацией</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="90"/>
        <source>“%1” is deleted: restore it before merging</source>
        <translation>организация «%1» удалена: восстановите ее перед объединением</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="95"/>
        <source>cannot be taken from the other record</source>
        <translation>нельзя взять из другой записи</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="147"/>
        <source>no merge of this organization made on this computer can be undone</source>
        <translation>на этом компьютере нет объединений этой организации, которые можно отменить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="155"/>
        <source>the two records have changed since the merge: it can no longer be undone</source>
        <translation>обе записи изменились после объединения: его больше нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="148"/>
        <source>was merged into another organization: undo the merge instead</source>
        <translation>запись объединена с другой организацией: вместо этого отмените объединение</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="155"/>
        <source>belongs to a deleted record: restore that first</source>
        <translation>относится к удаленной записи: сначала восстановите ее</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="231"/>
        <source>is not a field of %1</source>
        <translation>не является полем таблицы %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="234"/>
        <source>is changed by deleting or restoring</source>
        <translation>изменяется путем удаления или восстановления</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="237"/>
        <source>is changed by merging</source>
        <translation>изменяется путем объединения</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="241"/>
        <source>is set by headquarters when it erases a person&apos;s data</source>
        <translation>заполняется штаб-квартирой при удалении данных человека</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="254"/>
        <source>the record is deleted: restore it before editing</source>
        <translation>запись удалена: восстановите ее, прежде чем изменять</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="256"/>
        <source>headquarters erased this person&apos;s data: the record cannot be edited</source>
        <translation>штаб-квартира удалила данные этого человека: запись нельзя изменить</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="275"/>
        <source>“%1” is not a known record or a UUID</source>
        <translation>«%1» не является известной записью или UUID</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="310"/>
        <source>refers to no live record: %1</source>
        <translation>не ссылается ни на одну действующую запись: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="336"/>
        <source>is a contact of another organization</source>
        <translation>является контактом другой организации</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="generated_strings.py" line="8"/>
        <source>Non-governmental organization</source>
        <translation>Неправительственная организация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="9"/>
        <source>Network or coalition</source>
        <translation>Сеть или коалиция</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="10"/>
        <source>Community-based organization</source>
        <translation>Общинная организация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="11"/>
        <source>Faith-based organization</source>
        <translation>Религиозная организация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="12"/>
        <source>Academic or research institution</source>
        <translation>Академическое или научно-исследовательское учреждение</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="13"/>
        <source>Professional association</source>
        <translation>Профессиональная ассоциация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="14"/>
        <source>Trade union</source>
        <translation>Профсоюз</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="15"/>
        <source>Foundation</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="16"/>
        <source>Media organization</source>
        <translation>Организация СМИ</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="17"/>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="18"/>
        <source>Youth organization</source>
        <translation>Молодежная организация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="19"/>
        <source>Women&apos;s organization</source>
        <translation>Женская организация</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="20"/>
        <source>No consultative status</source>
        <translation>Без консультативного статуса</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="21"/>
        <source>General consultative status</source>
        <translation>Общий консультативный статус</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="22"/>
        <source>Special consultative status</source>
        <translation>Специальный консультативный статус</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="23"/>
        <source>Roster</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="24"/>
        <source>Training</source>
        <translation>Учебное мероприятие</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="25"/>
        <source>Regional consultation</source>
        <translation>Региональное консультативное совещание</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="26"/>
        <source>Dialogue</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="27"/>
        <source>Side event</source>
        <translation>Параллельное мероприятие</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="28"/>
        <source>Joint government–CSO activity</source>
        <translation>Совместное мероприятие правительства и ОГО</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="29"/>
        <source>Participation in an intergovernmental meeting</source>
        <translation>Участие в межправительственном совещании</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="30"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="31"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="32"/>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="33"/>
        <source>Trainer</source>
        <translation>Инструктор</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="34"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="35"/>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="36"/>
        <source>Proposed</source>
        <translation>Предложен</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="37"/>
        <source>Approved</source>
        <translation>Утвержден</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="38"/>
        <source>Disbursed</source>
        <translation>Выплачен</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="39"/>
        <source>Report received</source>
        <translation>Отчет получен</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="40"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
</TS>

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the CSV files of the encoding tests: each *.utf8.csv is a small
# survey in the language that the encoding serves, and each is converted
# with iconv into the encoding its name gives. The tests read both and
# expect the same values, and the encoding named. Run from this folder:
#   sh make-fixtures.sh
set -eu

cat > cp1251.utf8.csv <<'CSV'
регион;ответ;вес
Алматы;Скорее доверяю;1,2
Шымкент;Совершенно не доверяю;0,8
Павлодар;Затрудняюсь ответить;1
Костанай;Полностью доверяю;1,1
Семей;Скорее не доверяю;0,9
CSV

cat > rk1048.utf8.csv <<'CSV'
өңір;жауап;салмақ
Қарағанды облысы;Толығымен сенемін;1,2
Түркістан облысы;Мүлдем сенбеймін;0,8
Маңғыстау облысы;Жауап беруге қиналамын;1
Шығыс Қазақстан облысы;Көбірек сенемін;1,1
Ұлытау облысы;Сенбеймін;0,9
CSV

cat > koi8-r.utf8.csv <<'CSV'
регион;ответ;вес
Новосибирск;Скорее согласен;1,2
Омск;Совершенно не согласен;0,8
Барнаул;Затрудняюсь ответить;1
Томск;Полностью согласен;1,1
Кемерово;Скорее не согласен;0,9
CSV

cat > koi8-u.utf8.csv <<'CSV'
область;відповідь;вага
Київська;Цілком довіряю;1,2
Івано-Франківська;Зовсім не довіряю;0,8
Житомирська;Важко відповісти;1
Чернігівська;Скоріше довіряю;1,1
Запорізька;Ґрунтовно не знаю, є сумніви;0,9
CSV

cat > cp866.utf8.csv <<'CSV'
город;мнение;вес
Ташкент;Очень хорошо;1,2
Самарканд;Скорее плохо;0,8
Бухара;Затрудняюсь ответить;1
Наманган;Скорее хорошо;1,1
Андижан;Очень плохо;0,9
CSV

cat > iso-8859-5.utf8.csv <<'CSV'
город;ответ;вес
Бишкек;Скорее поддерживаю;1,2
Ош;Совсем не поддерживаю;0,8
Каракол;Затрудняюсь ответить;1
Нарын;Полностью поддерживаю;1,1
Талас;Скорее не поддерживаю;0,9
CSV

cat > latin1.utf8.csv <<'CSV'
région;réponse;poids
Île-de-France;Très favorable;1,2
Provence-Alpes-Côte d'Azur;Plutôt défavorable;0,8
Bourgogne-Franche-Comté;Ne sait pas;1
Hauts-de-France;Plutôt favorable;1,1
Auvergne-Rhône-Alpes;Très défavorable;0,9
CSV

for pair in cp1251:CP1251 rk1048:RK1048 koi8-r:KOI8-R koi8-u:KOI8-U cp866:CP866 \
            iso-8859-5:ISO-8859-5 latin1:ISO-8859-1; do
  name=${pair%%:*}
  encoding=${pair#*:}
  iconv -f UTF-8 -t "$encoding" "$name.utf8.csv" > "$name.csv"
done

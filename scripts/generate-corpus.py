#!/usr/bin/env python3
"""Generate a large, valid Hiroba content folder for benchmarks.

    python3 scripts/generate-corpus.py --items 10000 --out /tmp/corpus [--seed 1]

Writes DIR/site.yaml, DIR/taxonomies/*.yaml, DIR/assets/ and N items split across the
types (about 25% groups, 40% events, 5% subsidy calls, 5% facilities, 15% volunteer calls,
5% pages, plus a few newsletter issues), with Japanese bodies of a few paragraphs, lists and
item links, English `.en.md` translations for about 70% of the items, and only valid
references between items. The output passes `hiroba check --now 2026-11-28` with no errors
and no warnings: every date is relative to that day.

Deterministic: the same --items and --seed always give byte-identical output (one
random.Random(seed), fixed iteration order). Standard library only, no network.
All people, groups, addresses, phone numbers and e-mail addresses are fictional;
station and place names are real.
"""

import argparse
import datetime as dt
import json
import os
import random
import shutil
import struct
import sys
import zlib

NOW = dt.date(2026, 11, 28)

# --------------------------------------------------------------------------- vocabularies

FIELDS = [
    ('health-welfare', '保健・医療・福祉', 'Health, medical care and welfare'),
    ('social-education', '社会教育', 'Social education'),
    ('community-development', 'まちづくり', 'Community development'),
    ('tourism', '観光の振興', 'Tourism'),
    ('rural-development', '農山漁村・中山間地域の振興', 'Rural, mountain and fishing communities'),
    ('culture-arts-sports', '学術・文化・芸術・スポーツ', 'Academic research, culture, arts and sports'),
    ('environment', '環境の保全', 'Environmental conservation'),
    ('disaster-relief', '災害救援', 'Disaster relief'),
    ('community-safety', '地域安全', 'Community safety'),
    ('human-rights-peace', '人権の擁護・平和の推進', 'Human rights and peace'),
    ('international-cooperation', '国際協力', 'International cooperation'),
    ('gender-equality', '男女共同参画', 'Gender equality'),
    ('children', '子どもの健全育成', 'Children and youth'),
    ('information-society', '情報化社会の発展', 'Information society'),
    ('science-technology', '科学技術の振興', 'Science and technology'),
    ('economic-activity', '経済活動の活性化', 'Local economy'),
    ('employment', '職業能力の開発・雇用機会の拡充', 'Job skills and employment'),
    ('consumer-protection', '消費者の保護', 'Consumer protection'),
    ('npo-support', '団体の運営・活動への連絡・助言・援助', 'Support for non-profit groups'),
    ('designated-by-ordinance', '条例で定める活動', 'Activities designated by ordinance'),
]

# slug, ja, en, index into STATIONS of the nearest station
DISTRICTS = [
    ('ukima', '浮間', 'Ukima', 2), ('akabane', '赤羽', 'Akabane', 0), ('akabanedai', '赤羽台', 'Akabanedai', 0),
    ('kirigaoka', '桐ケ丘', 'Kirigaoka', 1), ('nishigaoka', '西が丘', 'Nishigaoka', 3),
    ('iwabuchi', '岩淵', 'Iwabuchi', 8), ('shimo', '志茂', 'Shimo', 7), ('kamiya', '神谷', 'Kamiya', 6),
    ('toshima', '豊島', 'Toshima', 6), ('oji', '王子', 'Oji', 5), ('horifune', '堀船', 'Horifune', 5),
    ('kami-jujo', '上十条', 'Kamijujo', 3), ('naka-jujo', '中十条', 'Nakajujo', 4), ('jujo', '十条', 'Jujo', 3),
    ('higashi-jujo', '東十条', 'Higashijujo', 4), ('takinogawa', '滝野川', 'Takinogawa', 12),
    ('nishigahara', '西ケ原', 'Nishigahara', 9), ('showamachi', '昭和町', 'Showamachi', 10),
    ('tabata', '田端', 'Tabata', 11),
]

# ja, en, line ja, line en, lat, lon
STATIONS = [
    ('赤羽駅', 'Akabane Station', 'JR京浜東北線・埼京線', 'JR Keihin-Tohoku and Saikyo Lines', 35.7778, 139.7210),
    ('北赤羽駅', 'Kita-Akabane Station', 'JR埼京線', 'JR Saikyo Line', 35.7870, 139.7057),
    ('浮間舟渡駅', 'Ukima-Funado Station', 'JR埼京線', 'JR Saikyo Line', 35.7915, 139.6911),
    ('十条駅', 'Jujo Station', 'JR埼京線', 'JR Saikyo Line', 35.7604, 139.7221),
    ('東十条駅', 'Higashi-Jujo Station', 'JR京浜東北線', 'JR Keihin-Tohoku Line', 35.7636, 139.7268),
    ('王子駅', 'Oji Station', 'JR京浜東北線・東京メトロ南北線', 'JR Keihin-Tohoku Line, Tokyo Metro Namboku Line', 35.7528, 139.7381),
    ('王子神谷駅', 'Oji-kamiya Station', '東京メトロ南北線', 'Tokyo Metro Namboku Line', 35.7652, 139.7361),
    ('志茂駅', 'Shimo Station', '東京メトロ南北線', 'Tokyo Metro Namboku Line', 35.7784, 139.7320),
    ('赤羽岩淵駅', 'Akabane-iwabuchi Station', '東京メトロ南北線・埼玉高速鉄道線', 'Tokyo Metro Namboku Line, Saitama Railway', 35.7834, 139.7222),
    ('西ケ原駅', 'Nishigahara Station', '東京メトロ南北線', 'Tokyo Metro Namboku Line', 35.7462, 139.7420),
    ('上中里駅', 'Kami-Nakazato Station', 'JR京浜東北線', 'JR Keihin-Tohoku Line', 35.7474, 139.7459),
    ('田端駅', 'Tabata Station', 'JR山手線・京浜東北線', 'JR Yamanote and Keihin-Tohoku Lines', 35.7381, 139.7608),
    ('板橋駅', 'Itabashi Station', 'JR埼京線', 'JR Saikyo Line', 35.7456, 139.7195),
]

EQUIPMENT = [
    ('projector', 'プロジェクター', 'Projector'), ('screen', 'スクリーン', 'Projection screen'),
    ('microphone', 'マイク', 'Microphone'), ('sound-system', '音響設備', 'Sound system'),
    ('monitor', '大型モニター', 'Large display'), ('whiteboard', 'ホワイトボード', 'Whiteboard'),
    ('piano', 'ピアノ', 'Piano'), ('kitchen', '調理設備', 'Kitchen'), ('wifi', 'Wi-Fi', 'Wi-Fi'),
    ('printer', '印刷機', 'Printer'),
]

# Themes of activity: slug part, ja, en, fields, (desc ja, desc en), activities [(ja, en)]
THEMES = [
    ('kodomo-shokudo', 'こども食堂', "Children's Cafeteria", ['children', 'health-welfare'],
     ('子どもたちへの食事の提供と、安心して過ごせる居場所づくり', 'meals and a safe place to spend time for local children'),
     [('月2回のこども食堂', "A children's cafeteria twice a month"), ('食品の寄付の受け付けと配布', 'Collecting and handing out donated food'),
      ('夏休みの昼ごはん会', 'Lunches during the summer holidays'), ('保護者どうしの交流会', 'Get-togethers for parents')]),
    ('gakushu', '学習支援', 'Study Support', ['children', 'social-education'],
     ('小中学生の学習の手伝いと、進学の相談', 'homework help and advice on further education for school children'),
     [('週2回の学習教室', 'Study sessions twice a week'), ('高校受験の相談会', 'Advice sessions on high-school entrance exams'),
      ('大学生ボランティアの研修', 'Training for student volunteers'), ('図書の貸し出し', 'Lending books')]),
    ('kosodate', '子育てひろば', 'Parenting Circle', ['children', 'gender-equality'],
     ('乳幼児を育てる親子が気軽に集まれる場づくり', 'a relaxed meeting place for parents with babies and toddlers'),
     [('週1回の親子ひろば', 'A weekly drop-in for parents and children'), ('子育ての相談', 'Advice on bringing up children'),
      ('父親向けの講座', 'Courses for fathers'), ('絵本の読み聞かせ', 'Picture-book readings')]),
    ('mimamori', '見守り', 'Neighbourhood Watch', ['health-welfare', 'community-safety'],
     ('ひとり暮らしの高齢者への声かけと見守り', 'checking in on older people who live alone'),
     [('定期的な訪問と電話での声かけ', 'Regular visits and phone calls'), ('月1回のお茶会', 'A monthly tea party'),
      ('買い物の付き添い', 'Going shopping together'), ('見守りの研修会', 'Training for volunteers')]),
    ('bosai', '防災', 'Disaster Preparedness', ['disaster-relief', 'community-safety'],
     ('地域の防災訓練と、災害に備えた助け合いの仕組みづくり', 'disaster drills and mutual help in the neighbourhood'),
     [('年2回の防災訓練', 'Disaster drills twice a year'), ('避難所運営の練習', 'Practising how to run an evacuation shelter'),
      ('防災マップづくり', 'Making a local disaster map'), ('備蓄品の点検', 'Checking emergency supplies')]),
    ('midori', 'みどり', 'Green', ['environment', 'community-development'],
     ('公園の花壇づくりと、まちの緑の手入れ', 'flower beds in parks and caring for greenery in the streets'),
     [('花壇の植え替え', 'Replanting flower beds'), ('街路樹の見守り', 'Looking after street trees'),
      ('緑のカーテンの講習', 'Workshops on growing green curtains'), ('落ち葉の堆肥づくり', 'Composting fallen leaves')]),
    ('kasen', '河川敷クリーン', 'Riverside Clean-up', ['environment'],
     ('荒川・隅田川の河川敷の清掃と、生き物の観察', 'cleaning the banks of the Arakawa and Sumida rivers and watching wildlife'),
     [('毎月の清掃活動', 'A monthly clean-up'), ('外来植物の駆除', 'Removing invasive plants'),
      ('生き物観察会', 'Wildlife walks'), ('ごみの量の記録と報告', 'Recording and reporting the litter we collect')]),
    ('tabunka', '多文化共生', 'Multicultural', ['international-cooperation', 'human-rights-peace'],
     ('外国出身の住民と地域の人がともに暮らすための交流と相談', 'exchange and advice so that residents from abroad and their neighbours can live well together'),
     [('多言語の生活相談', 'Advice on daily life in several languages'), ('国際交流パーティー', 'International get-togethers'),
      ('やさしい日本語の講座', 'Courses in Easy Japanese'), ('学校の書類の翻訳の手伝い', 'Help translating school letters')]),
    ('nihongo', '日本語教室', 'Japanese Class', ['international-cooperation', 'social-education'],
     ('外国出身の人のための日本語教室', 'Japanese classes for people from abroad'),
     [('週2回の日本語教室', 'Japanese classes twice a week'), ('子どもの日本語支援', 'Japanese support for children'),
      ('会話パートナーの紹介', 'Matching conversation partners'), ('防災についての学習会', 'Study sessions on disaster preparedness')]),
    ('para-sports', '障がい者スポーツ', 'Para-sports', ['culture-arts-sports', 'health-welfare'],
     ('障がいのある人もない人も一緒に楽しむスポーツの場づくり', 'sports that disabled and non-disabled people enjoy together'),
     [('ボッチャの練習会', 'Boccia practice'), ('車いすバスケットボールの体験会', 'Wheelchair basketball taster sessions'),
      ('ボランティアの研修', 'Training for volunteers'), ('区内大会への参加', 'Taking part in ward tournaments')]),
    ('gassho', '合唱', 'Choir', ['culture-arts-sports'],
     ('地域の合唱団としての演奏活動と、施設への訪問演奏', 'singing as a community choir and visiting care homes to perform'),
     [('週1回の練習', 'Weekly rehearsals'), ('年1回の定期演奏会', 'An annual concert'),
      ('高齢者施設への訪問演奏', 'Concerts at care homes'), ('子ども合唱教室', 'A children\'s singing class')]),
    ('rekishi', '歴史散歩', 'History Walks', ['tourism', 'social-education'],
     ('北区の歴史と文化財を歩いて学ぶ活動', 'learning about the history and heritage of Kita City on foot'),
     [('月1回のまち歩き', 'A monthly guided walk'), ('史跡の案内ボランティア', 'Volunteer guides at historic sites'),
      ('郷土史の勉強会', 'Local history study sessions'), ('散策マップの作成', 'Making walking maps')]),
    ('pc-sodan', 'パソコン・スマホ相談', 'Computer and Smartphone Help', ['information-society', 'social-education'],
     ('高齢の方などへのパソコンとスマートフォンの使い方の手伝い', 'helping older people and others use computers and smartphones'),
     [('毎週の相談会', 'Weekly help desks'), ('スマートフォン入門講座', 'Smartphone courses for beginners'),
      ('団体のホームページづくりの支援', 'Helping groups make websites'), ('オンライン会議の練習会', 'Practice sessions for online meetings')]),
    ('shigoto', 'しごと応援', 'Job Support', ['employment', 'economic-activity'],
     ('働きたい人の就労の相談と、職業訓練の手伝い', 'advice for people looking for work and help with job training'),
     [('就労相談', 'Job advice'), ('履歴書の書き方講座', 'CV writing workshops'),
      ('職場体験の紹介', 'Work experience placements'), ('若者の居場所づくり', 'A drop-in space for young people')]),
    ('kurashi', 'くらしの消費者', 'Consumer Life', ['consumer-protection'],
     ('悪質な商法の被害を防ぐための学習と啓発', 'learning about and warning against fraudulent sales'),
     [('消費生活の出前講座', 'Talks on consumer issues'), ('寸劇による啓発', 'Short plays about scams'),
      ('相談窓口の案内', 'Pointing people to advice services'), ('商品テストの勉強会', 'Study sessions on product tests')]),
    ('shotengai', '商店街応援', 'Shopping Street Support', ['economic-activity', 'community-development'],
     ('地元の商店街のにぎわいづくり', 'bringing life to local shopping streets'),
     [('商店街のイベントの手伝い', 'Helping at shopping-street events'), ('空き店舗の活用', 'Putting empty shops to use'),
      ('地域の情報紙の発行', 'Publishing a local newsletter'), ('買い物の宅配', 'Home delivery of shopping')]),
    ('kagaku', '科学あそび', 'Science Play', ['science-technology', 'children'],
     ('子ども向けの科学実験と工作の教室', 'science experiments and crafts for children'),
     [('月1回の実験教室', 'A monthly experiment class'), ('夏休みの自由研究相談', 'Help with summer science projects'),
      ('プログラミング体験', 'Programming taster sessions'), ('星空観察会', 'Stargazing evenings')]),
    ('heiwa', '平和学習', 'Peace Studies', ['human-rights-peace', 'social-education'],
     ('戦争の体験を聞き、平和について考える学習会', 'hearing from those who lived through the war and thinking about peace'),
     [('体験を聞く会', 'Listening sessions with witnesses'), ('パネル展示', 'Panel exhibitions'),
      ('学校への出前授業', 'Lessons in schools'), ('記録の保存', 'Preserving testimonies')]),
    ('sanson', '山村交流', 'Rural Exchange', ['rural-development', 'environment'],
     ('交流のある山村との農業体験と産直', 'farming trips and direct sales with partner villages'),
     [('農業体験ツアー', 'Farm experience trips'), ('産直市の開催', 'Farmers\' markets'),
      ('森林ボランティア', 'Forest volunteering'), ('子ども向けの自然学校', 'A nature school for children')]),
    ('npo-shien', 'NPOサポート', 'NPO Support', ['npo-support'],
     ('市民活動団体の立ち上げと運営の相談', 'advice on starting and running community groups'),
     [('運営相談', 'Advice on running a group'), ('会計講座', 'Bookkeeping courses'),
      ('助成金申請の相談', 'Help with grant applications'), ('団体どうしの交流会', 'Networking events for groups')]),
    ('kaigo', '介護者カフェ', "Carers' Cafe", ['health-welfare'],
     ('家族を介護する人が気持ちを話せる場づくり', 'a place where family carers can talk and share'),
     [('月1回の介護者カフェ', 'A monthly carers\' cafe'), ('介護の勉強会', 'Study sessions on care'),
      ('専門職による相談', 'Advice from professionals'), ('情報紙の発行', 'A newsletter')]),
    ('danjo', '男女共同参画', 'Gender Equality', ['gender-equality', 'human-rights-peace'],
     ('誰もが自分らしく働き暮らせる社会をめざす学習と交流', 'learning and exchange for a society where everyone can work and live as themselves'),
     [('連続講座', 'Course series'), ('子育てと仕事の両立の相談', 'Advice on balancing work and family'),
      ('映画の上映会', 'Film screenings'), ('区への提言', 'Proposals to the ward')]),
    ('yomikikase', '読み聞かせ', 'Story Time', ['children', 'culture-arts-sports'],
     ('図書館や保育園での絵本の読み聞かせ', 'picture-book readings at libraries and nurseries'),
     [('図書館でのおはなし会', 'Story time at the library'), ('保育園への訪問', 'Visits to nurseries'),
      ('読み聞かせの講習', 'Workshops on reading aloud'), ('手づくり紙芝居', 'Home-made picture-story shows')]),
    ('jitensha', '自転車安全', 'Cycle Safety', ['community-safety'],
     ('自転車の安全な乗り方の啓発と、通学路の見守り', 'promoting safe cycling and watching over school routes'),
     [('交通安全教室', 'Road safety classes'), ('通学路の見守り', 'Watching school routes'),
      ('放置自転車の調査', 'Surveys of abandoned bicycles'), ('ヘルメット着用の呼びかけ', 'Encouraging helmets')]),
]

SUFFIXES = [('no-kai', 'の会', 'Association'), ('net', 'ネットワーク', 'Network'), ('club', 'クラブ', 'Club'),
            ('ouendan', '応援団', 'Supporters'), ('salon', 'サロン', 'Salon'), ('kyogikai', '協議会', 'Council'),
            ('project', 'プロジェクト', 'Project'), ('circle', 'サークル', 'Circle')]
NICE = [('hikari', 'ひかり'), ('sakura', 'さくら'), ('midori', 'みどり'), ('aoba', 'あおば'), ('himawari', 'ひまわり'),
        ('kaede', 'かえで'), ('tsubaki', 'つばき'), ('hinata', 'ひなた'), ('wakaba', 'わかば'), ('kokage', 'こかげ'),
        ('asahi', 'あさひ'), ('hoshizora', 'ほしぞら'), ('nanohana', 'なのはな'), ('fuji', 'ふじ'), ('minori', 'みのり'),
        ('yuhi', 'ゆうひ')]
ASSOCIATIONS = [('chokai', '町会', "Residents' Association"), ('jichikai', '自治会', "Residents' Association"),
                ('danchi-jichikai', '団地自治会', "Housing Estate Residents' Association"),
                ('dori-kai', '通り会', 'Street Association')]
KANJI_NUM = '〇一二三四五六七八九'
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
# Readings in katakana, for `kana`
KANA = {
    'ukima': 'ウキマ', 'akabane': 'アカバネ', 'akabanedai': 'アカバネダイ', 'kirigaoka': 'キリガオカ',
    'nishigaoka': 'ニシガオカ', 'iwabuchi': 'イワブチ', 'shimo': 'シモ', 'kamiya': 'カミヤ', 'toshima': 'トシマ',
    'oji': 'オウジ', 'horifune': 'ホリフネ', 'kami-jujo': 'カミジュウジョウ', 'naka-jujo': 'ナカジュウジョウ',
    'jujo': 'ジュウジョウ', 'higashi-jujo': 'ヒガシジュウジョウ', 'takinogawa': 'タキノガワ', 'nishigahara': 'ニシガハラ',
    'showamachi': 'ショウワマチ', 'tabata': 'タバタ',
    'kodomo-shokudo': 'コドモショクドウ', 'gakushu': 'ガクシュウシエン', 'kosodate': 'コソダテヒロバ', 'mimamori': 'ミマモリ',
    'bosai': 'ボウサイ', 'midori': 'ミドリ', 'kasen': 'カセンジキクリーン', 'tabunka': 'タブンカキョウセイ',
    'nihongo': 'ニホンゴキョウシツ', 'para-sports': 'ショウガイシャスポーツ', 'gassho': 'ガッショウ', 'rekishi': 'レキシサンポ',
    'pc-sodan': 'パソコンスマホソウダン', 'shigoto': 'シゴトオウエン', 'kurashi': 'クラシノショウヒシャ',
    'shotengai': 'ショウテンガイオウエン', 'kagaku': 'カガクアソビ', 'heiwa': 'ヘイワガクシュウ', 'sanson': 'サンソンコウリュウ',
    'npo-shien': 'エヌピーオーサポート', 'kaigo': 'カイゴシャカフェ', 'danjo': 'ダンジョキョウドウサンカク',
    'yomikikase': 'ヨミキカセ', 'jitensha': 'ジテンシャアンゼン',
    'no-kai': 'ノカイ', 'net': 'ネットワーク', 'club': 'クラブ', 'ouendan': 'オウエンダン', 'salon': 'サロン',
    'kyogikai': 'キョウギカイ', 'project': 'プロジェクト', 'circle': 'サークル', 'coop': 'キョウドウクミアイ',
    'hikari': 'ヒカリ', 'sakura': 'サクラ', 'aoba': 'アオバ', 'himawari': 'ヒマワリ', 'kaede': 'カエデ', 'tsubaki': 'ツバキ',
    'hinata': 'ヒナタ', 'wakaba': 'ワカバ', 'kokage': 'コカゲ', 'asahi': 'アサヒ', 'hoshizora': 'ホシゾラ',
    'nanohana': 'ナノハナ', 'fuji': 'フジ', 'minori': 'ミノリ', 'yuhi': 'ユウヒ',
    'chokai': 'チョウカイ', 'jichikai': 'ジチカイ', 'danchi-jichikai': 'ダンチジチカイ', 'dori-kai': 'ドオリカイ', 'katsudo-center': 'クミンカツドウセンター', 'fureai-kan': 'フレアイカン',
    'shukaijo': 'チイキシュウカイジョ', 'toshokan': 'チイキトショカン', 'kaikan': 'クミンカイカン',
}
GROUP_KINDS = ['npo-corporation', 'general-association', 'voluntary-group', 'neighborhood-association', 'cooperative', 'individual']
GIVEN = ['健', '陽子', '誠', '真理', '翔太', '美咲', '大輔', '恵', '拓也', '由美', '悠', '彩']
FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田']

# --------------------------------------------------------------------------- sentences (ja, en pairs)

GROUP_INTRO = [
    ('{name}は、{year}年に{area}に住む有志が集まって始めた団体です。{desc_ja}に取り組んでいます。',
     '{name_en} was started in {year} by residents of {area_en}. We work on {desc_en}.'),
    ('私たちは{year}年から、{area}を中心に{desc_ja}を続けてきました。',
     'Since {year}, we have been working on {desc_en}, mainly in {area_en}.'),
    ('{name}は、{area}とその周辺で{desc_ja}を行っている団体です。メンバーは{members}人ほどです。',
     '{name_en} works on {desc_en} in and around {area_en}. We have about {members} members.'),
]
GROUP_MIDDLE = [
    ('毎月{nth}{dow}に定例の活動を行っていて、毎回{n}人ほどが参加しています。',
     'We meet on the {nth_en} {dow_en} of every month, and around {n} people take part each time.'),
    ('活動には小学生から80代の方まで、幅広い世代が参加しています。',
     'Our members range from primary school children to people in their eighties.'),
    ('地域の町会・自治会や学校、商店街と協力しながら活動しています。',
     'We work together with residents\' associations, schools and shopping streets in the area.'),
    ('区の施設を借りて、年に数回の講座や交流会も開いています。',
     'We also hold courses and get-togethers a few times a year at ward facilities.'),
    ('活動の記録は会報にまとめ、年に2回発行しています。',
     'We publish a newsletter about our activities twice a year.'),
    ('はじめての方には、経験のあるメンバーが付いて一緒に活動します。',
     'Newcomers are paired with an experienced member.'),
    ('必要な道具や資料は会で用意しますので、手ぶらで参加できます。',
     'We provide the tools and materials, so you can come empty-handed.'),
    ('会費は年{fee}円です。活動費は会費と寄付、助成金でまかなっています。',
     'Membership is {fee} yen a year. We are funded by membership fees, donations and grants.'),
    ('ここ数年は、オンラインでの打ち合わせも取り入れて、仕事や子育てで忙しい人も参加しやすくしています。',
     'In recent years we have added online meetings so that people busy with work or children can join in.'),
    ('活動を通じて、地域の中に顔の見える関係が少しずつ広がってきました。',
     'Through our work, people in the neighbourhood have come to know one another.'),
]
GROUP_CLOSING = [
    ('見学はいつでも歓迎です。お問い合わせはメールか電話でどうぞ。',
     'Visitors are always welcome. Contact us by e-mail or phone.'),
    ('関心のある方は、まずは一度活動をのぞきに来てください。',
     'If you are interested, come along and see what we do.'),
    ('活動報告と会計報告は、毎年の総会で承認を受けたあとに公開しています。',
     'Our annual report and accounts are published after approval at the annual general meeting.'),
]
EVENT_INTRO = [
    ('{title}を開きます。{desc_ja}について、初めての方にもわかりやすく紹介します。',
     'Join us for {title_en}. We introduce {desc_en} in a way that newcomers can follow.'),
    ('{area}で活動する団体が集まり、{desc_ja}について考えます。',
     'Groups working in {area_en} come together to talk about {desc_en}.'),
    ('毎年好評の催しを、今年も開きます。{desc_ja}に関心のある方はぜひご参加ください。',
     'Our popular yearly event is back. If you care about {desc_en}, please join us.'),
]
EVENT_MIDDLE = [
    ('筆記用具と飲み物をお持ちください。', 'Please bring something to write with and a drink.'),
    ('動きやすい服装でお越しください。', 'Please wear clothes you can move in.'),
    ('当日は会場で受付をしてから入場してください。', 'Please sign in at the reception desk when you arrive.'),
    ('お子さん連れの方も歓迎します。保育が必要な方は事前にお知らせください。',
     'Children are welcome. Let us know in advance if you need childcare.'),
    ('定員を超えた場合は抽選とし、結果をお知らせします。',
     'If there are more applicants than places, we will draw lots and let you know.'),
    ('会場には駐車場がありません。公共の交通機関をご利用ください。',
     'There is no parking at the venue; please use public transport.'),
    ('終了後には、参加者どうしの交流の時間もあります。', 'Afterwards there is time to talk with other participants.'),
]
SUBSIDY_TEXT = [
    ('この助成は、{desc_ja}など、地域の課題に取り組む活動を応援するものです。',
     'This grant supports work on local issues such as {desc_en}.'),
    ('応募の前に、募集要項をよく読んでください。わからないことは、締め切りの1週間前までにご相談ください。',
     'Please read the guidelines carefully before applying, and ask us any questions at least a week before the deadline.'),
    ('採択された団体には、活動の終了後に報告書の提出をお願いしています。',
     'Successful applicants are asked to submit a report after the project ends.'),
    ('審査は書類と面接で行い、結果は全ての応募団体に通知します。',
     'Applications are assessed on paper and by interview, and every applicant is told the result.'),
    ('人件費や飲食費は対象になりません。備品の購入は、活動に欠かせないものに限ります。',
     'Staff costs and food are not covered; equipment only when it is essential to the activity.'),
    ('ほかの助成金と重ねて受けることはできません。', 'This grant cannot be combined with other grants for the same costs.'),
    ('はじめて応募する団体には、説明会への参加をおすすめします。', 'First-time applicants are encouraged to attend a briefing.'),
]
FACILITY_TEXT = [
    ('{name}は、{station}から歩いて{walk}分の地域の施設です。', '{name_en} is a community facility {walk} minutes on foot from {station_en}.'),
    ('会議室や和室を、地域の団体やサークルの活動に使うことができます。',
     'Local groups and clubs can use its meeting rooms and Japanese-style rooms.'),
    ('夜間や休日も利用できるので、仕事を持つ人の集まりにも便利です。',
     'It is open in the evenings and on holidays, which suits groups whose members work.'),
    ('備品の貸し出しや、チラシの印刷もできます。', 'You can also borrow equipment and print flyers.'),
]
VOLUNTEER_TEXT = [
    ('{group}では、{desc_ja}を一緒に行ってくれる方を募集しています。',
     '{group_en} is looking for people to help with {desc_en}.'),
    ('特別な経験や資格は必要ありません。できるときに、できることから始めてください。',
     'No special experience or qualifications are needed. Help when you can, with what you can.'),
    ('初回は説明の時間を設けていますので、安心して参加してください。',
     'On your first day we will explain everything, so there is nothing to worry about.'),
    ('ボランティア保険の加入は会で手続きします。', 'We arrange volunteer insurance for you.'),
]
PAGE_TOPICS = [
    ('guide-volunteering', 'ボランティアを始めるには', 'How to start volunteering'),
    ('guide-npo-corporation', 'NPO法人をつくるには', 'Setting up an NPO corporation'),
    ('guide-grants', '助成金の探し方', 'Finding grants'),
    ('guide-rooms', '集会室の借り方', 'Booking a meeting room'),
    ('guide-disclosure', '団体の情報公開', 'Disclosure by groups'),
    ('guide-insurance', 'ボランティア保険', 'Volunteer insurance'),
    ('guide-newsletter', 'メールマガジンの登録', 'Subscribing to the newsletter'),
    ('guide-accessibility', 'だれもが参加しやすい催しのために', 'Making events accessible'),
    ('guide-collaboration', '区との協働', 'Working with the ward'),
    ('guide-privacy', '個人情報の取り扱い', 'Personal information'),
]
PAGE_TEXT = [
    ('このページでは、{topic}について、はじめての方向けにまとめています。',
     'This page explains {topic_en} for people who are new to it.'),
    ('詳しいことは、区民活動サポートセンターの窓口でも相談できます。',
     'You can also ask about this at the counter of the community activity support center.'),
    ('手続きの流れは、団体の規模や活動の内容によって少しずつ違います。',
     'The steps differ a little with the size of the group and what it does.'),
    ('よくある質問を下にまとめました。', 'Frequently asked questions are listed below.'),
    ('情報は年に一度見直しています。古くなっている点に気づいたら、お知らせください。',
     'We review this information once a year. If something is out of date, please tell us.'),
]
DOW = [('月曜日', 'Monday'), ('火曜日', 'Tuesday'), ('水曜日', 'Wednesday'), ('木曜日', 'Thursday'),
       ('金曜日', 'Friday'), ('土曜日', 'Saturday'), ('日曜日', 'Sunday')]
NTH = [('第1', 'first'), ('第2', 'second'), ('第3', 'third'), ('第4', 'fourth')]

EVENT_KINDS = {
    'training': [('{theme}入門講座', 'Introduction to {theme_en}'), ('はじめての{theme}ボランティア講座', 'First steps in {theme_en} volunteering')],
    'forum': [('{area}地域フォーラム「{theme}のこれから」', '{area_en} Forum: the future of {theme_en}'),
              ('{theme}を考えるシンポジウム', 'Symposium on {theme_en}')],
    'volunteer': [('{area}{theme}ボランティアデー', '{area_en} {theme_en} Volunteer Day'), ('みんなで{theme}の日', '{theme_en} Day')],
    'festival': [('{area}ふれあいまつり', '{area_en} Community Festival'), ('{area}{theme}フェスタ', '{area_en} {theme_en} Fiesta')],
    'consultation': [('{theme}なんでも相談会', '{theme_en} Advice Session'), ('{area}出張相談会', '{area_en} Advice Day')],
    'meeting': [('{theme}交流会', '{theme_en} Networking Meeting'), ('{area}地区の連絡会', '{area_en} Liaison Meeting')],
    'other': [('{theme}パネル展', '{theme_en} Panel Exhibition'), ('{theme}上映会', '{theme_en} Film Screening')],
}
EVENT_SLUG = {'training': 'kouza', 'forum': 'forum', 'volunteer': 'volunteer-day', 'festival': 'matsuri',
              'consultation': 'sodankai', 'meeting': 'koryukai', 'other': 'tenji'}

# --------------------------------------------------------------------------- YAML helpers

_PLAIN_BAD_START = set('-?:,[]{}#&*!|>\'"%@`')


def ys(s):
    """A YAML scalar for text: plain when safe, else double-quoted."""
    s = str(s)
    if (s and s[0] not in _PLAIN_BAD_START and s == s.strip() and ': ' not in s and ' #' not in s
            and not s.endswith(':') and '\n' not in s and '\t' not in s):
        return s
    return json.dumps(s, ensure_ascii=False)


def text_field(key, ja, en, indent=''):
    """`key: ja` or a {ja, en} block."""
    if en is None:
        return f'{indent}{key}: {ys(ja)}\n'
    return f'{indent}{key}:\n{indent}  ja: {ys(ja)}\n{indent}  en: {ys(en)}\n'


def flow_list(items):
    return '[' + ', '.join(items) + ']'


def yen(n, rng):
    return f'{n:,}' if n >= 1000 and rng.random() < 0.5 else str(n)


def d(x):
    return x.isoformat()


def dtm(x, h, m):
    return f'{x.isoformat()} {h:02d}:{m:02d}'


def kanji_chome(n):
    return KANJI_NUM[n]


# --------------------------------------------------------------------------- PNG assets

def png(w, h, fn):
    raw = b''.join(b'\x00' + b''.join(bytes(fn(x, y)) for x in range(w)) for y in range(h))

    def chunk(t, data):
        return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


PALETTE = [(231, 111, 81), (244, 162, 97), (233, 196, 106), (42, 157, 143), (38, 70, 83), (120, 94, 240)]

# --------------------------------------------------------------------------- generator


class Corpus:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.files = {}   # path -> str|bytes, in insertion order

    # ---- small helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def unique(self, used, base):
        slug, i = base, 2
        while slug in used:
            slug = f'{base}-{i}'
            i += 1
        used[slug] = True
        return slug

    def counts(self):
        n = self.n
        news = min(24, max(1, n // 400))
        rest = n - news
        weights = [('group', 25), ('event', 40), ('subsidy', 5), ('facility', 5), ('volunteering', 15), ('page', 5)]
        total = sum(w for _, w in weights)
        raw = [(k, rest * w / total) for k, w in weights]
        c = {k: max(1, int(v)) for k, v in raw}
        # largest remainder, deterministic
        short = rest - sum(c.values())
        order = sorted(raw, key=lambda kv: (-(kv[1] - int(kv[1])), kv[0]))
        i = 0
        while short > 0:
            c[order[i % len(order)][0]] += 1
            short -= 1
            i += 1
        while short < 0:  # only for tiny N
            k = max(c, key=lambda k: (c[k], k))
            c[k] -= 1
            short += 1
        c['newsletter'] = news
        return c

    def para(self, pairs, k, fill, en):
        chosen = self.rng.sample(pairs, min(k, len(pairs)))
        ja = ''.join(p[0].format(**fill) for p in chosen)
        e = ' '.join(p[1].format(**fill) for p in chosen) if en else None
        return ja, e

    def link(self, kind, slug, ja_label, en_label):
        return f'[{ja_label}]({kind}:{slug})', f'[{en_label}]({kind}:{slug})'

    def random_links(self, k):
        """k links to random existing items, as (ja, en) pairs."""
        out = []
        for _ in range(k):
            kind = self.pick(['group', 'group', 'event', 'facility', 'volunteering', 'subsidy', 'page'])
            items = self.meta[kind]
            it = items[self.rng.randrange(len(items))]
            out.append(self.link(kind, it['slug'], it['ja'], it['en']))
        return out

    def body(self, intro, middle, closing, fill, heading, bullets, links, en):
        """A Markdown body of a few paragraphs, a list and item links; (ja, en|None)."""
        parts_ja, parts_en = [], []
        a = self.para(intro, 1, fill, en)
        k1, k2 = self.rng.randint(2, 3), self.rng.randint(1, 2)
        mid = self.rng.sample(middle, min(k1 + k2, len(middle)))
        b = self.para(mid[:k1], k1, fill, en)
        parts_ja.append(a[0] + b[0])
        parts_en.append((a[1] + ' ' + b[1]) if en else None)
        if bullets:
            parts_ja.append(f'## {heading[0]}\n\n' + '\n'.join(f'- {x[0]}' for x in bullets))
            parts_en.append(f'## {heading[1]}\n\n' + '\n'.join(f'- {x[1]}' for x in bullets))
        c = self.para(mid[k1:], k2, fill, en) if mid[k1:] else ('', '')
        if c[0]:
            parts_ja.append(c[0])
            parts_en.append(c[1])
        if links:
            parts_ja.append('関連する情報：' + '、'.join(l[0] for l in links) + '。')
            parts_en.append('See also: ' + ', '.join(l[1] for l in links) + '.')
        if closing:
            z = self.para(closing, 1, fill, en)
            parts_ja.append(z[0])
            parts_en.append(z[1])
        ja = '\n\n'.join(parts_ja) + '\n'
        return ja, ('\n\n'.join(parts_en) + '\n') if en else None

    # ---- phase 1: names and slugs for every item, so that bodies can link anywhere
    def plan(self):
        c = self.counts()
        self.c = c
        self.meta = {k: [] for k in ['group', 'event', 'subsidy', 'facility', 'volunteering', 'page', 'newsletter']}
        used = {k: {} for k in self.meta}
        rng = self.rng

        for _ in range(c['facility']):
            for attempt in range(12):
                dist = self.pick(DISTRICTS)
                kind = self.pick(['support-center', 'community-hub', 'community-hub', 'hall', 'hall', 'library', 'other'])
                word = {'support-center': ('区民活動センター', 'Community Activity Center', 'katsudo-center'),
                        'community-hub': ('ふれあい館', 'Fureai-kan', 'fureai-kan'),
                        'hall': ('地域集会所', 'Community Meeting House', 'shukaijo'),
                        'library': ('地域図書館', 'Community Library', 'toshokan'),
                        'other': ('区民会館', 'Civic Hall', 'kaikan')}[kind]
                nice = self.pick(NICE) if attempt or rng.random() < 0.4 else None
                base = f'{dist[0]}-' + (f'{nice[0]}-' if nice else '') + word[2]
                if base not in used['facility']:
                    break
            ja = dist[1] + (nice[1] if nice else '') + word[0]
            en = f'{dist[2]} ' + (nice[0].capitalize() + ' ' if nice else '') + word[1]
            slug = self.unique(used['facility'], base)
            kana = KANA[dist[0]] + (KANA[nice[0]] if nice else '') + KANA[word[2]]
            self.meta['facility'].append(dict(slug=slug, ja=ja, en=en, kind=kind, dist=dist, kana=kana))

        for _ in range(c['group']):
            kind = rng.choices(GROUP_KINDS, weights=[30, 8, 45, 10, 4, 3])[0]
            for attempt in range(12):
                dist = self.pick(DISTRICTS)
                theme = self.pick(THEMES)
                if kind == 'neighborhood-association':
                    theme = self.pick([t for t in THEMES if t[0] in ('bosai', 'mimamori', 'midori', 'jitensha', 'kosodate', 'shotengai')])
                    nice, assoc = self.pick(NICE), self.pick(ASSOCIATIONS)
                    ja = f'{dist[1]}{nice[1]}{assoc[1]}'
                    en = f'{dist[2]} {nice[0].capitalize()} {assoc[2]}'
                    base = f'{dist[0]}-{nice[0]}-{assoc[0]}'
                    kana = KANA[dist[0]] + KANA[nice[0]] + KANA[assoc[0]]
                elif kind == 'individual':
                    fam, giv = self.pick(FAMILY), self.pick(GIVEN)
                    ja = f'{theme[1]}ボランティア {fam}{giv}'
                    en = f'{theme[2]} volunteer (individual)'
                    base = f'{dist[0]}-{theme[0]}-volunteer'
                    kana = None
                else:
                    suf = self.pick(SUFFIXES if not theme[1].endswith('応援') else SUFFIXES[:3])
                    nice = self.pick(NICE) if attempt else None
                    nja, nen, nslug, nkana = (nice[1], nice[0].capitalize() + ' ', nice[0] + '-', KANA[nice[0]]) if nice else ('', '', '', '')
                    core = f'{dist[1]}{nja}{theme[1]}{suf[1]}'
                    en = f'{dist[2]} {nen}{theme[2]} {suf[2]}'
                    base = f'{dist[0]}-{nslug}{theme[0]}-{suf[0]}'
                    kana = KANA[dist[0]] + nkana + KANA[theme[0]] + KANA[suf[0]]
                    prefix = {'npo-corporation': ('特定非営利活動法人 ', ' (NPO)'),
                              'general-association': ('一般社団法人 ', ''),
                              'cooperative': ('', ' Co-op')}.get(kind, ('', ''))
                    if kind == 'cooperative':
                        core = f'{dist[1]}{nja}{theme[1]}協同組合'
                        en = f'{dist[2]} {nen}{theme[2]}'
                        base = f'{dist[0]}-{nslug}{theme[0]}-coop'
                        kana = KANA[dist[0]] + nkana + KANA[theme[0]] + KANA['coop']
                    ja = prefix[0] + core
                    en = en + prefix[1]
                if base not in used['group']:
                    break
            slug = self.unique(used['group'], base)
            self.meta['group'].append(dict(slug=slug, ja=ja, en=en, kind=kind, dist=dist, theme=theme, kana=kana))

        for _ in range(c['event']):
            dist = self.pick(DISTRICTS)
            theme = self.pick(THEMES)
            cat = rng.choices(list(EVENT_KINDS), weights=[30, 8, 15, 8, 12, 10, 17])[0]
            tpl = self.pick(EVENT_KINDS[cat])
            fill = dict(theme=theme[1], theme_en=theme[2], area=dist[1], area_en=dist[2])
            # half in the coming months and the recent past, half in an archive of two years
            day = NOW + dt.timedelta(days=rng.randint(-180, 240) if rng.random() < 0.5 else rng.randint(-720, -181))
            slug = self.unique(used['event'], f'{dist[0]}-{theme[0]}-{EVENT_SLUG[cat]}-{day.strftime("%Y%m%d")}')
            self.meta['event'].append(dict(slug=slug, ja=tpl[0].format(**fill), en=tpl[1].format(**fill), cat=cat,
                                           dist=dist, theme=theme, day=day))

        providers = [('ward', '北区', 'Kita City', 'kita'),
                     ('metropolis', '東京都', 'Tokyo Metropolitan Government', 'tokyo'),
                     ('national', '国（内閣府）', 'Cabinet Office', 'naikakufu'),
                     ('social-welfare-council', '北区社会福祉協議会', 'Kita City Council of Social Welfare', 'shakyo'),
                     ('foundation', '公益財団法人 あすかやま地域振興財団', 'Asukayama Community Foundation', 'asukayama'),
                     ('foundation', '一般財団法人 きたの森基金', 'Kita no Mori Fund', 'kitanomori'),
                     ('corporate', '株式会社きたみらい', 'Kita Mirai Co., Ltd.', 'kitamirai')]
        for i in range(c['subsidy']):
            theme = self.pick(THEMES)
            prov = self.pick(providers)
            opens = NOW + dt.timedelta(days=rng.randint(-200, 60) if rng.random() < 0.5 else rng.randint(-720, -201))
            ja = f'{theme[1]}活動助成（{opens.year}年度 第{i % 3 + 1}期）'
            en = f'{theme[2]} Grant ({opens.year}, round {i % 3 + 1})'
            slug = self.unique(used['subsidy'], f'{prov[3]}-{theme[0]}-josei-{opens.year}{opens.month:02d}')
            self.meta['subsidy'].append(dict(slug=slug, ja=ja, en=en, theme=theme, prov=prov, opens=opens))

        for _ in range(c['volunteering']):
            g = self.pick(self.meta['group'])
            theme = g['theme']
            role = self.pick([('スタッフ', 'helpers', 'staff'), ('運営ボランティア', 'volunteers', 'volunteers'),
                              ('サポーター', 'supporters', 'supporters'), ('当日スタッフ', 'on-the-day helpers', 'day-staff')])
            ja = f'{theme[1]}の{role[0]}募集'
            en = f'{theme[2]}: {role[1]} wanted'
            slug = self.unique(used['volunteering'], f'{g["slug"]}-{role[2]}')
            self.meta['volunteering'].append(dict(slug=slug, ja=ja, en=en, group=g, theme=theme))

        for i in range(c['page']):
            t = PAGE_TOPICS[i % len(PAGE_TOPICS)]
            k = i // len(PAGE_TOPICS)
            ja = t[1] + (f'（{k + 1}）' if k else '')
            en = t[2] + (f' ({k + 1})' if k else '')
            slug = self.unique(used['page'], t[0] + (f'-{k + 1}' if k else ''))
            self.meta['page'].append(dict(slug=slug, ja=ja, en=en, topic=t))

        months = []
        y, m = NOW.year, NOW.month
        for _ in range(c['newsletter']):
            months.append((y, m))
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        months.reverse()
        for i, (y, m) in enumerate(months):
            slug = f'{y:04d}-{m:02d}'
            self.meta['newsletter'].append(dict(slug=slug, ja=f'北区ひろば通信 第{i + 1}号', en=f'Kita Plaza Newsletter No. {i + 1}',
                                                issue=i + 1, y=y, m=m))

        self.events_by_month = {}
        for e in self.meta['event']:
            self.events_by_month.setdefault((e['day'].year, e['day'].month), []).append(e)

        # which slugs are unique across every type (bare slugs allowed in `featured`)
        seen = {}
        for kind, items in self.meta.items():
            for it in items:
                seen[it['slug']] = seen.get(it['slug'], 0) + 1
        self.unique_slug = seen

        # facility rooms, decided now so that events can use them
        for f in self.meta['facility']:
            f['rooms'] = self.make_rooms(f)

    def make_rooms(self, f):
        rng = self.rng
        kinds = [('hall', 'ホール', 'Hall', (60, 200)), ('meeting-a', '会議室A', 'Meeting room A', (12, 40)),
                 ('meeting-b', '会議室B', 'Meeting room B', (8, 24)), ('washitsu', '和室', 'Japanese-style room', (10, 30)),
                 ('cooking-room', '調理室', 'Cooking room', (12, 24)), ('music-room', '音楽室', 'Music room', (15, 40)),
                 ('workroom', '作業室', 'Workroom', (6, 16))]
        k = rng.randint(1, 5)
        chosen = sorted(rng.sample(range(len(kinds)), k))
        rooms = []
        for i in chosen:
            rid, ja, en, cap = kinds[i]
            capacity = rng.randint(*cap)
            area = round(capacity * rng.uniform(1.4, 2.2), 1)
            equip = {'hall': ['projector', 'screen', 'microphone', 'sound-system', 'wifi'],
                     'meeting-a': ['whiteboard', 'monitor', 'wifi'], 'meeting-b': ['whiteboard', 'wifi'],
                     'washitsu': ['whiteboard'], 'cooking-room': ['kitchen'], 'music-room': ['piano', 'microphone'],
                     'workroom': ['printer', 'whiteboard']}[rid]
            equip = [e for e in equip if rng.random() < 0.85] or equip[:1]
            rooms.append(dict(id=rid, ja=ja, en=en, capacity=capacity, area=area, equipment=equip))
        return rooms

    # ---- phase 2: files
    def write_site(self):
        self.files['site.yaml'] = (
            '# 生成されたベンチマーク用のコーパスです（架空のデータ）。\n'
            '# Generated benchmark corpus (fictional data): scripts/generate-corpus.py\n'
            'title:\n  ja: 北区NPO・ボランティアひろば\n  en: Kita City NPO & Volunteer Plaza\n'
            'description:\n  ja: ベンチマーク用に生成したサンプルデータのサイトです。\n'
            '  en: A site of generated sample data, for benchmarks.\n'
            'base_url: https://hiroba.example.jp/\nlanguages: [ja, en]\ntimezone: Asia/Tokyo\n'
            'municipality_code: "131172"\n'
            'contact:\n  email: hiroba@example.jp\n  tel: 03-0000-1000\n  address: 東京都北区東十条二丁目 ひろばビル2階\n'
            'theme: default\n'
            'newsletter:\n  title:\n    ja: 北区ひろば通信\n    en: Kita Plaza Newsletter\n  from: newsletter@example.jp\n  line_width: 35\n')
        for name, rows in (('fields', FIELDS), ('districts', [(s, j, e) for s, j, e, _ in DISTRICTS]), ('equipment', EQUIPMENT)):
            self.files[f'taxonomies/{name}.yaml'] = ''.join(f'{s}:\n  ja: {ys(j)}\n  en: {ys(e)}\n' for s, j, e in rows)
        for i in range(6):
            col = PALETTE[i]
            self.files[f'assets/groups/logo-{i + 1}.png'] = png(48, 48, lambda x, y, col=col: col if (x - 24) ** 2 + (y - 24) ** 2 < 400 else (255, 255, 255))
            self.files[f'assets/events/photo-{i + 1}.png'] = png(96, 54, lambda x, y, i=i: PALETTE[(x // 16 + i) % 6] if y > 30 else (210, 230, 245))

    def tel(self):
        return f'03-0000-{self.rng.randint(0, 9999):04d}'

    def address(self, dist):
        n = self.rng.randint(1, 5)
        return f'東京都北区{dist[1]}{kanji_chome(n)}丁目', f'{dist[2]} {n}-chome, Kita City, Tokyo'

    def write_groups(self):
        rng = self.rng
        self.calls_by_group = {}
        for v in self.meta['volunteering']:
            self.calls_by_group.setdefault(v['group']['slug'], []).append(v)
        for g in self.meta['group']:
            en = rng.random() < 0.7
            theme, dist = g['theme'], g['dist']
            fill = dict(name=g['ja'], name_en=g['en'], year=rng.randint(1975, 2024), area=dist[1], area_en=dist[2],
                        desc_ja=theme[4][0], desc_en=theme[4][1], members=rng.randint(5, 300),
                        nth=NTH[0][0], nth_en=NTH[0][1], dow=DOW[0][0], dow_en=DOW[0][1], n=rng.randint(5, 40),
                        fee=f'{rng.choice([1000, 2000, 3000, 500]):,}')
            nth, dow = self.pick(NTH), self.pick(DOW)
            fill.update(nth=nth[0], nth_en=nth[1], dow=dow[0], dow_en=dow[1])
            out = ['---\n', text_field('name', g['ja'], g['en'] if en else None)]
            if g['kana'] and rng.random() < 0.7:
                out.append(f'kana: {g["kana"]}\n')
            out.append(f'kind: {g["kind"]}\n')
            fields = list(theme[3])
            if rng.random() < 0.3:
                extra = self.pick(FIELDS)[0]
                if extra not in fields:
                    fields.append(extra)
            out.append(f'fields: {flow_list(fields[:5])}\n')
            if rng.random() < 0.2:
                out.append('districts: ward-wide\n')
            else:
                ds = [dist[0]] + [x[0] for x in rng.sample(DISTRICTS, rng.randint(0, 2)) if x[0] != dist[0]]
                out.append(f'districts: {flow_list(ds)}\n')
            s_ja = f'{dist[1]}を中心に、{theme[4][0]}に取り組んでいます。'
            if len(s_ja) < 60:
                s_ja += self.pick(['初めての方も歓迎します。', '一緒に活動する仲間を募集中です。', '見学はいつでもどうぞ。'])
            assert len(s_ja) <= 120, s_ja
            out.append(text_field('summary', s_ja, f'We work on {theme[4][1]}, mainly in {dist[2]}.' if en else None))
            out.append(f'founded: {fill["year"]}\n' if rng.random() < 0.7 else f'founded: {d(dt.date(fill["year"], rng.randint(1, 12), rng.randint(1, 28)))}\n')
            out.append(f'members: {fill["members"]}\n')
            mail = f'{g["slug"][:20].rstrip("-")}@example.jp'
            out.append('contact:\n')
            out.append(f'  email: {mail}\n')
            if rng.random() < 0.7:
                out.append(f'  tel: {self.tel()}\n')
            if rng.random() < 0.5:
                out.append(f'  url: https://{g["slug"]}.example.jp/\n')
            if rng.random() < 0.4:
                a = self.address(dist)
                out.append(text_field('address', a[0], a[1] if en else None, '  '))
            if rng.random() < 0.3:
                out.append(f'sns:\n  - https://social.example.jp/@{g["slug"].replace("-", "_")[:24]}\n')
            vols = self.calls_by_group.get(g['slug'], [])
            if vols or rng.random() < 0.3:
                out.append('recruiting:\n  active: ' + ('true' if vols else 'false') + '\n')
                if vols:
                    out.append(text_field('roles', '活動スタッフ、当日の手伝い', 'Helpers and on-the-day staff' if en else None, '  '))
                    v = vols[0]
                    out.append(text_field('note', f'詳しくは[{v["ja"]}](volunteering:{v["slug"]})をご覧ください。',
                                          f'See [{v["en"]}](volunteering:{v["slug"]}).' if en else None, '  '))
            confirmed = NOW - dt.timedelta(days=rng.randint(0, 350))
            out.append(f'disclosure:\n  confirmed: {d(confirmed)}\n')
            if g['kind'] in ('npo-corporation', 'general-association'):
                out.append(f'  annual_report: https://{g["slug"]}.example.jp/report/\n')
                if rng.random() < 0.6:
                    out.append(f'  financials: https://{g["slug"]}.example.jp/financials/\n')
                body12 = f'{rng.randint(1, 999999999999):012d}'
                digits = [int(ch) for ch in body12][::-1]
                check = 9 - sum(x * (1 if i % 2 == 0 else 2) for i, x in enumerate(digits)) % 9
                out.append(f'  corporate_number: {check}{body12}\n')
            if rng.random() < 0.2:
                i = rng.randint(1, 6)
                out.append(f'logo:\n  src: assets/groups/logo-{i}.png\n')
                out.append(text_field('alt', f'{g["ja"]}のロゴ', f'Logo of {g["en"]}' if en else None, '  '))
            out.append('eligibility:\n  public_benefit: true\n  non_profit: true\n  not_religious_or_political: true\n')
            if rng.random() < 0.5:
                out.append(f'updated: {d(NOW - dt.timedelta(days=rng.randint(0, 400)))}\n')
            out.append('---\n')
            bullets = rng.sample(theme[5], rng.randint(3, 4))
            links = self.random_links(rng.randint(1, 2))
            ja, en_body = self.body(GROUP_INTRO, GROUP_MIDDLE, GROUP_CLOSING, fill, ('主な活動', 'What we do'), bullets, links, en)
            self.files[f'groups/{g["slug"]}.md'] = ''.join(x for x in out if x) + ja
            if en:
                self.files[f'groups/{g["slug"]}.en.md'] = en_body

    def write_events(self):
        rng = self.rng
        self.group_by_slug = {g['slug']: g for g in self.meta['group']}
        self.groups_by_theme = {}
        for g in self.meta['group']:
            self.groups_by_theme.setdefault(g['theme'][0], []).append(g)
        for e in self.meta['event']:
            en = rng.random() < 0.7
            theme, dist, day, cat = e['theme'], e['dist'], e['day'], e['cat']
            out = ['---\n', text_field('title', e['ja'], e['en'] if en else None)]
            s_ja = f'{theme[4][0]}について、{self.pick(["講師の話を聞き、意見を交わします。", "体験しながら学びます。", "地域の団体が紹介します。", "気軽に参加できる催しです。"])}'
            out.append(text_field('summary', s_ja, f'An event about {theme[4][1]}.' if en else None))
            out.append(f'category: {cat}\n')
            shape = rng.random()
            if shape < 0.62:       # timed
                h = rng.randint(9, 19)
                m = self.pick([0, 0, 30])
                dur = rng.randint(1, 3)
                start, start_key = dtm(day, h, m), (day, h * 60 + m)
                out.append(f'start: {start}\n')
                if rng.random() < 0.8:
                    eh = min(h + dur, 23)
                    out.append(f'end: {dtm(day, eh, m if eh < 23 else 0)}\n')
            elif shape < 0.88:     # all-day
                start_key = (day, 0)
                out.append(f'start: {d(day)}\n')
            else:                  # several days
                start_key = (day, 0)
                out.append(f'start: {d(day)}\nend: {d(day + dt.timedelta(days=rng.randint(1, 6)))}\n')
            r = rng.random()
            if r < 0.04:
                out.append('status: cancelled\n')
            elif r < 0.06:
                out.append('status: postponed\n')
            elif r < 0.3:
                out.append('status: scheduled\n')
            place = rng.random()
            venue = None
            if place < 0.65:
                venue = self.pick(self.meta['facility'])
                out.append(f'venue: {venue["slug"]}\n')
                if rng.random() < 0.7:
                    room = self.pick(venue['rooms'])
                    out.append(f'room: {room["id"]}\n')
                if rng.random() < 0.08:
                    out.append(f'online: https://hiroba.example.jp/live/{e["slug"]}/\n')
            elif place < 0.87:
                a = self.address(dist)
                out.append('location:\n')
                out.append(text_field('name', f'{dist[1]}{self.pick(["公園", "小学校 体育館", "商店街 特設会場", "町会会館"])}',
                                      None, '  '))
                out.append(text_field('address', a[0], a[1] if en else None, '  '))
            else:
                out.append(f'online: https://meet.example.jp/{e["slug"]}\n')
            pool = self.groups_by_theme.get(theme[0]) or self.meta['group']
            orgs = [g['slug'] for g in rng.sample(pool, min(len(pool), rng.randint(1, 3)))]
            if rng.random() < 0.2:
                other = self.pick(self.meta['group'])['slug']
                if other not in orgs:
                    orgs.append(other)
            if rng.random() < 0.15:
                out.append('organizers:\n' + ''.join(f'  - {o}\n' for o in orgs)
                           + '  - name:\n      ja: 北区\n      en: Kita City\n')
                out.append('with_ward: true\n')
            else:
                out.append(f'organizers: {flow_list(orgs)}\n')
                if rng.random() < 0.2:
                    out.append('with_ward: false\n')
            fee = self.pick([0, 0, 0, 0, 300, 500, 1000, 1500, 2000])
            out.append(f'fee: {yen(fee, rng)}\n')
            if rng.random() < 0.6:
                out.append(f'capacity: {rng.randint(10, 120)}\n')
            if rng.random() < 0.55:
                out.append('registration:\n  required: true\n')
                which = rng.random()
                if which < 0.4:
                    out.append(f'  url: https://hiroba.example.jp/apply/{e["slug"]}/\n')
                elif which < 0.7:
                    out.append(f'  email: entry@example.jp\n')
                else:
                    out.append(f'  tel: {self.tel()}\n')
                dl = start_key[0] - dt.timedelta(days=rng.randint(1, 14))
                out.append(f'  deadline: {d(dl)}\n' if rng.random() < 0.5 else f'  deadline: {dtm(dl, 17, 0)}\n')
            if rng.random() < 0.4:
                out.append(text_field('audience', self.pick(['どなたでも', '区内在住・在勤・在学の方', '小学生とその保護者', '団体の役員・スタッフ']), None))
            if rng.random() < 0.25:
                out.append(text_field('accessibility', '車いすで参加できます。手話通訳が必要な方はお知らせください。',
                                      'Wheelchair accessible. Please ask if you need sign-language interpretation.' if en else None))
            if rng.random() < 0.1:
                i = rng.randint(1, 6)
                out.append(f'image:\n  src: assets/events/photo-{i}.png\n')
                out.append(text_field('alt', f'{e["ja"]}の会場の様子', f'The venue of {e["en"]}' if en else None, '  '))
            out.append(f'fields: {flow_list(theme[3])}\n')
            if rng.random() < 0.3:
                out.append(f'updated: {d(NOW - dt.timedelta(days=rng.randint(0, 120)))}\n')
            out.append('---\n')
            fill = dict(title=e['ja'], title_en=e['en'], area=dist[1], area_en=dist[2], desc_ja=theme[4][0], desc_en=theme[4][1])
            links = self.random_links(rng.randint(0, 1))
            if venue:
                links.insert(0, self.link('facility', venue['slug'], venue['ja'], venue['en']))
            g = self.group_by_slug[orgs[0]] if rng.random() < 0.5 else None
            if g:
                links.append(self.link('group', g['slug'], g['ja'], g['en']))
            bullets = None
            if rng.random() < 0.6:
                bullets = [(f'{10 + i}:00 ' + a[0], f'{10 + i}:00 ' + a[1]) for i, a in enumerate(rng.sample(theme[5], 3))]
            ja, en_body = self.body(EVENT_INTRO, EVENT_MIDDLE, None, fill, ('プログラム', 'Programme'), bullets, links, en)
            self.files[f'events/{e["slug"]}.md'] = ''.join(out) + ja
            if en:
                self.files[f'events/{e["slug"]}.en.md'] = en_body

    def write_subsidies(self):
        rng = self.rng
        for s in self.meta['subsidy']:
            en = rng.random() < 0.7
            theme, prov, opens = s['theme'], s['prov'], s['opens']
            out = ['---\n', text_field('title', s['ja'], s['en'] if en else None)]
            out.append(text_field('summary', f'{theme[4][0]}に取り組む団体の活動費を助成します。',
                                  f'Funding for groups working on {theme[4][1]}.' if en else None))
            out.append('provider:\n' + text_field('name', prov[1], prov[2] if en else None, '  ') + f'  kind: {prov[0]}\n')
            mx = self.pick([100000, 200000, 300000, 500000, 1000000, 2000000])
            out.append(f'amount:\n  max: {yen(mx, rng)}\n')
            if rng.random() < 0.6:
                out.append(f'  min: {yen(mx // self.pick([2, 4, 5, 10]), rng)}\n')
            if rng.random() < 0.5:
                out.append(text_field('rate', '対象経費の2分の1以内', 'Up to half of eligible costs' if en else None, '  '))
            closes = opens + dt.timedelta(days=rng.randint(20, 90))
            out.append(f'opens: {d(opens)}\n' if rng.random() < 0.7 else f'opens: {dtm(opens, 9, 0)}\n')
            out.append(f'closes: {d(closes)}\n' if rng.random() < 0.6 else f'closes: {dtm(closes, 17, 0)}\n')
            if rng.random() < 0.5:
                out.append(f'program_ends: {closes.year + rng.randint(1, 3)}-03-31\n')
            sup = self.pick(self.meta['facility'])
            out.append(text_field('eligibility', f'区内で1年以上活動している非営利の団体。相談は[{sup["ja"]}](facility:{sup["slug"]})で受け付けます。',
                                  f'Non-profit groups active in Kita City for at least a year. Ask at [{sup["en"]}](facility:{sup["slug"]}).' if en else None))
            out.append(f'fields: {flow_list(theme[3])}\n')
            out.append(text_field('how_to_apply', '申請書をダウンロードし、必要事項を書いてメールで提出してください。',
                                  'Download the form, fill it in and send it by e-mail.' if en else None))
            out.append(f'url: https://grants.example.jp/{s["slug"]}/\n')
            out.append(f'contact:\n  email: josei@example.jp\n  tel: {self.tel()}\n')
            if rng.random() < 0.4:
                out.append(f'updated: {d(min(NOW, opens))}\n')
            out.append('---\n')
            fill = dict(desc_ja=theme[4][0], desc_en=theme[4][1])
            bullets = [('募集開始：' + f'{opens.month}月{opens.day}日', f'Applications open: {MONTHS[opens.month - 1]} {opens.day}'),
                       ('締め切り：' + f'{closes.month}月{closes.day}日', f'Deadline: {MONTHS[closes.month - 1]} {closes.day}'),
                       ('結果の通知：締め切りの約1か月後', 'Results: about a month after the deadline')]
            links = [self.link('facility', sup['slug'], sup['ja'], sup['en'])] + self.random_links(1)
            ja, en_body = self.body(SUBSIDY_TEXT[:1], SUBSIDY_TEXT[1:], None, fill, ('スケジュール', 'Schedule'), bullets, links, en)
            self.files[f'subsidies/{s["slug"]}.md'] = ''.join(out) + ja
            if en:
                self.files[f'subsidies/{s["slug"]}.en.md'] = en_body

    def write_facilities(self):
        rng = self.rng
        for f in self.meta['facility']:
            en = rng.random() < 0.7
            dist = f['dist']
            st = STATIONS[dist[3]]
            as_yaml = rng.random() < 0.25
            out = [] if as_yaml else ['---\n']
            out.append(text_field('name', f['ja'], f['en'] if en else None))
            if rng.random() < 0.7:
                out.append(f'kana: {f["kana"]}\n')
            out.append(f'kind: {f["kind"]}\n')
            out.append(f'district: {dist[0]}\n')
            a = self.address(dist)
            out.append(text_field('address', a[0], a[1] if en else None))
            out.append(f'geo:\n  lat: {st[4] + rng.uniform(-0.004, 0.004):.4f}\n  lon: {st[5] + rng.uniform(-0.004, 0.004):.4f}\n')
            walk = rng.randint(2, 15)
            out.append('access:\n  - ' + text_field('station', st[0], st[1] if en else None, '    ').lstrip()
                       + text_field('line', st[2], st[3] if en else None, '    ') + f'    walk_minutes: {walk}\n')
            out.append(f'parking: {self.pick(["true", "false"])}\nbicycle_parking: true\n')
            bf = [b for b in ['wheelchair', 'elevator', 'accessible-toilet', 'hearing-loop', 'braille', 'nursing-room'] if rng.random() < 0.5]
            if bf:
                out.append(f'barrier_free: {flow_list(bf)}\n')
            pattern = rng.randint(0, 2)
            hours = [[('mon-sat', '09:00', '21:30'), ('sun,holiday', '09:00', '17:00')],
                     [('daily', '09:00', '22:00')],
                     [('mon-thu', '09:00', '22:00'), ('fri,sat', '09:00', '24:00'), ('sun,holiday', '10:00', '18:00')]][pattern]
            out.append('hours:\n' + ''.join(f'  - days: {dd}\n    open: {o}\n    close: {c}\n' for dd, o, c in hours))
            out.append(text_field('closed', '第2・第4月曜日、年末年始', '2nd and 4th Mondays, New Year holidays' if en else None))
            method = self.pick(['online', 'phone', 'in-person', 'lottery'])
            out.append(f'booking:\n  method: {method}\n')
            if method == 'online':
                out.append(f'  url: https://hiroba.example.jp/booking/{f["slug"]}/\n')
            tel = self.tel()
            out.append(f'  tel: {tel}\n')
            out.append(text_field('opens', '利用日の3か月前から', 'Three months before the day of use' if en else None, '  '))
            out.append('rooms:\n')
            for r in f['rooms']:
                out.append(f'  - id: {r["id"]}\n')
                out.append(text_field('name', r['ja'], r['en'] if en else None, '    '))
                out.append(f'    capacity: {r["capacity"]}\n    area_m2: {r["area"]}\n    fees:\n')
                base = max(100, r['capacity'] * 20 // 100 * 100)
                for slot_ja, slot_en, mult in (('午前', 'Morning', 1.0), ('午後', 'Afternoon', 1.3), ('夜間', 'Evening', 1.3)):
                    out.append('      - ' + text_field('slot', slot_ja, slot_en if en else None, '        ').lstrip()
                               + f'        yen: {yen(int(base * mult) // 100 * 100, rng)}\n')
                out.append(f'    equipment: {flow_list(r["equipment"])}\n')
            out.append('equipment_lending: [長机, 折りたたみ椅子, 展示用パネル]\n')
            out.append(f'tel: {tel}\nurl: https://hiroba.example.jp/facilities/{f["slug"]}/\n')
            if rng.random() < 0.5:
                out.append(f'updated: {d(NOW - dt.timedelta(days=rng.randint(0, 300)))}\n')
            if as_yaml:
                self.files[f'facilities/{f["slug"]}.yaml'] = ''.join(out)
                continue
            out.append('---\n')
            fill = dict(name=f['ja'], name_en=f['en'], station=st[0], station_en=st[1], walk=walk)
            links = self.random_links(rng.randint(1, 2))
            bullets = [(f'{r["ja"]}（{r["capacity"]}人）', f'{r["en"]} ({r["capacity"]} people)') for r in f['rooms']]
            ja, en_body = self.body(FACILITY_TEXT[:1], FACILITY_TEXT[1:], None, fill, ('部屋', 'Rooms'), bullets, links, en)
            self.files[f'facilities/{f["slug"]}.md'] = ''.join(out) + ja
            if en:
                self.files[f'facilities/{f["slug"]}.en.md'] = en_body

    def write_volunteering(self):
        rng = self.rng
        for v in self.meta['volunteering']:
            en = rng.random() < 0.7
            g, theme = v['group'], v['theme']
            out = ['---\n', text_field('title', v['ja'], v['en'] if en else None)]
            out.append(text_field('summary', f'{g["ja"]}で、{theme[4][0]}を手伝ってくれる方を募集しています。',
                                  f'{g["en"]} needs help with {theme[4][1]}.' if en else None))
            out.append(f'group: {g["slug"]}\n')
            out.append(f'fields: {flow_list(theme[3])}\n')
            out.append('districts: ward-wide\n' if rng.random() < 0.2 else f'districts: [{g["dist"][0]}]\n')
            nth, dow = self.pick(NTH), self.pick(DOW)
            out.append(text_field('schedule', f'毎月{nth[0]}{dow[0]} 10:00〜12:00', f'{nth[1].capitalize()} {dow[1]} of the month, 10:00-12:00' if en else None))
            out.append(text_field('skills', '特別な資格は不要です。', 'No qualifications needed.' if en else None))
            out.append(text_field('commitment', '月1回、3か月以上続けられる方', 'Once a month for at least three months' if en else None))
            out.append(f'apply:\n  email: {g["slug"][:20].rstrip("-")}@example.jp\n')
            if rng.random() < 0.4:
                out.append(f'  tel: {self.tel()}\n')
            out.append(f'until: {d(NOW + dt.timedelta(days=rng.randint(-60, 240)))}\n')
            if rng.random() < 0.4:
                out.append(f'updated: {d(NOW - dt.timedelta(days=rng.randint(0, 90)))}\n')
            out.append('---\n')
            fill = dict(group=g['ja'], group_en=g['en'], desc_ja=theme[4][0], desc_en=theme[4][1])
            links = [self.link('group', g['slug'], g['ja'], g['en'])] + self.random_links(rng.randint(0, 1))
            bullets = rng.sample(theme[5], 3)
            ja, en_body = self.body(VOLUNTEER_TEXT[:1], VOLUNTEER_TEXT[1:], None, fill, ('活動の内容', 'What you will do'), bullets, links, en)
            self.files[f'volunteering/{v["slug"]}.md'] = ''.join(out) + ja
            if en:
                self.files[f'volunteering/{v["slug"]}.en.md'] = en_body

    def write_pages(self):
        rng = self.rng
        for i, p in enumerate(self.meta['page']):
            en = rng.random() < 0.7
            t = p['topic']
            out = ['---\n', text_field('title', p['ja'], p['en'] if en else None)]
            if rng.random() < 0.7:
                out.append(text_field('summary', f'{t[1]}について、はじめての方向けにまとめました。',
                                      f'An introduction to {t[2][0].lower() + t[2][1:]}.' if en else None))
            out.append(f'order: {i + 10}\n')
            out.append(f'updated: {d(NOW - dt.timedelta(days=rng.randint(0, 365)))}\n')
            out.append('---\n')
            fill = dict(topic=t[1], topic_en=t[2][0].lower() + t[2][1:])
            bullets = [('相談は予約制ですか？ ― 予約なしでも受け付けますが、予約の方が優先です。',
                        'Do I need an appointment? Walk-ins are welcome, but appointments come first.'),
                       ('費用はかかりますか？ ― 相談は無料です。', 'Is there a charge? Advice is free.'),
                       ('オンラインでも相談できますか？ ― はい、平日の夜に受け付けています。',
                        'Can I get advice online? Yes, on weekday evenings.')]
            links = self.random_links(rng.randint(1, 3))
            ja, en_body = self.body(PAGE_TEXT[:1], PAGE_TEXT[1:], None, fill, ('よくある質問', 'FAQ'), bullets, links, en)
            self.files[f'pages/{p["slug"]}.md'] = ''.join(out) + ja
            if en:
                self.files[f'pages/{p["slug"]}.en.md'] = en_body

    def write_newsletter(self):
        rng = self.rng
        prev_date = None
        for nl in self.meta['newsletter']:
            en = rng.random() < 0.7
            date = dt.date(nl['y'], nl['m'], 25)
            if date > NOW:
                date = NOW
            out = ['---\n', text_field('title', f'{nl["ja"]}（{nl["y"]}年{nl["m"]}月）',
                                       f'{nl["en"]} ({MONTHS[nl["m"] - 1]} {nl["y"]})' if en else None)]
            out.append(f'issue: {nl["issue"]}\n')
            out.append(f'date: {d(date)}\n')
            if prev_date is None:
                out.append(f'covers:\n  from: {d(date.replace(day=1))}\n  to: {d(date)}\n')
            prev_date = date
            feats = []
            nxt = (nl['y'], nl['m'] + 1) if nl['m'] < 12 else (nl['y'] + 1, 1)
            soon = self.events_by_month.get(nxt) or self.events_by_month.get((nl['y'], nl['m'])) or self.meta['event']
            open_calls = [x for x in self.meta['subsidy'] if x['opens'] <= date <= x['opens'] + dt.timedelta(days=20)]
            for kind in ('event', 'event', 'subsidy', 'volunteering', 'group'):
                pool = soon if kind == 'event' else open_calls if kind == 'subsidy' and open_calls else self.meta[kind]
                it = self.pick(pool)
                bare = self.unique_slug.get(it['slug']) == 1 and rng.random() < 0.2
                ref = it['slug'] if bare else f'{kind}:{it["slug"]}'
                if ref not in [f[0] for f in feats]:
                    feats.append((ref, kind, it))
            out.append('featured:\n' + ''.join(f'  - {f[0]}\n' for f in feats))
            out.append('---\n')
            ev = feats[0]
            ja = (f'{nl["ja"]}をお届けします。今月は、区内の団体から寄せられた催しやボランティア募集を中心にご紹介します。\n\n'
                  f'まずは[{ev[2]["ja"]}](event:{ev[2]["slug"]})のご案内です。ぜひ足を運んでください。'
                  '助成金の締め切りが近いものもありますので、早めの準備をおすすめします。\n\n'
                  + '\n'.join(f'- [{f[2]["ja"]}]({f[1]}:{f[2]["slug"]})' for f in feats) + '\n\n'
                  '季節の変わり目です。皆さま、どうぞお体に気をつけてお過ごしください。\n')
            self.files[f'newsletter/{nl["slug"]}.md'] = ''.join(out) + ja
            if en:
                self.files[f'newsletter/{nl["slug"]}.en.md'] = (
                    f'Welcome to {nl["en"]}. This month we bring you events and calls for volunteers sent in by local groups.\n\n'
                    f'First, do not miss [{ev[2]["en"]}](event:{ev[2]["slug"]}). Some grant deadlines are also approaching, so start preparing early.\n\n'
                    + '\n'.join(f'- [{f[2]["en"]}]({f[1]}:{f[2]["slug"]})' for f in feats) + '\n\n'
                    'The seasons are changing: please take care of yourselves.\n')

    def generate(self):
        self.plan()
        self.write_site()
        self.write_facilities()
        self.write_groups()
        self.write_events()
        self.write_subsidies()
        self.write_volunteering()
        self.write_pages()
        self.write_newsletter()
        return self.files


def main(argv=None):
    ap = argparse.ArgumentParser(description='Generate a valid Hiroba content folder for benchmarks.')
    ap.add_argument('--items', type=int, required=True, help='number of items (at least 7: one of each type)')
    ap.add_argument('--out', required=True, help='content folder to write (site.yaml goes here)')
    ap.add_argument('--seed', type=int, default=1, help='random seed (default 1)')
    ap.add_argument('--force', action='store_true', help='delete DIR first if it is not empty')
    args = ap.parse_args(argv)
    if args.items < 7:
        ap.error('--items must be at least 7 (one item of each type)')
    if os.path.isdir(args.out) and os.listdir(args.out):
        if not args.force:
            ap.error(f'{args.out} is not empty; use --force to replace it')
        shutil.rmtree(args.out)
    files = Corpus(args.items, args.seed).generate()
    made = set()
    for path, content in files.items():
        full = os.path.join(args.out, path)
        parent = os.path.dirname(full)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        if isinstance(content, bytes):
            with open(full, 'wb') as fh:
                fh.write(content)
        else:
            with open(full, 'w', encoding='utf-8', newline='\n') as fh:
                fh.write(content)
    items = sum(1 for p in files if p.endswith('.md') and not p.endswith('.en.md') or p.startswith('facilities/') and p.endswith('.yaml'))
    en = sum(1 for p in files if p.endswith('.en.md'))
    print(f'wrote {items} items ({en} English translations), {len(files)} files, to {args.out}', file=sys.stderr)


if __name__ == '__main__':
    main()

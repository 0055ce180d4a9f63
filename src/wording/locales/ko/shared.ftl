### 앱, 명령줄, 내보내기가 함께 쓰는 메시지 (한국어).
### Keys as in wording/catalogue.rs; every key and argument of en/shared.ftl is here too.
### 변수 뒤에는 받침에 따라 바뀌는 조사(을/를, 이/가, 은/는, (으)로)를 쓰지 않는다.

## A programme followed on the web (`wording::web`).
web-failed = { $address }: { $what }
web-bad-address = whrcf가 가져올 수 있는 웹 주소가 아닙니다 (호스트가 있는 http:// 또는 https:// 주소만 됩니다)
web-host-not-found = 호스트 이름을 찾지 못했습니다 (오프라인이거나 없는 호스트)
web-refused = 연결이 거부되었습니다 (서버가 꺼져 있거나 주소가 틀림)
web-connection-failed = 연결하지 못했습니다: { $why }
web-timed-out = 서버가 제시간에 응답하지 않았습니다
web-status = 서버 응답: { $status }
web-page = 서버가 일정 파일이 아닌 웹 페이지(로그인 또는 오류 페이지?)를 보냈습니다
web-truncated = 다운로드가 { $received } 받은 뒤 끊겼습니다
web-too-large = 일정 파일이 whrcf가 받는 최대 크기 { $max }보다 큽니다
web-certificate = 서버 인증서가 유효하지 않습니다: { $why }
web-cert-unknown-issuer = whrcf가 신뢰하는 기관의 서명이 없습니다
web-cert-expired = 만료되었습니다
web-cert-not-valid-yet = 아직 유효하지 않습니다 (또는 이 컴퓨터의 시계가 틀림)
web-cert-other-host = 다른 호스트의 인증서입니다
web-cert-revoked = 폐기되었습니다
web-tls = 보안 연결에 실패했습니다 ({ $why })
web-too-many-redirects = 리디렉션이 { $max }번을 넘었습니다
web-insecure-redirect = https에서 일반 http로의 리디렉션을 거부했습니다
web-bad-redirect = 서버가 http나 https 주소가 아닌 곳으로 리디렉션했습니다
web-not-programme = 서버가 보낸 것은 프로그램이 아닙니다: { $problem }
web-cannot-keep = 오프라인 사본을 저장하지 못했습니다: { $why }
web-protocol = 서버 응답을 읽지 못했습니다: { $why }
web-copy-kept = { $failure }; { $fetched_at }의 오프라인 사본을 그대로 둡니다
web-fetching = { $address } 받는 중: { $received }, 초당 { $rate }
web-fetched = { $address } 받음: { $received }, 초당 { $rate }
web-not-modified = { $address }: 바뀐 것 없음 ({ $fetched_at }의 오프라인 사본)
web-updated = { $address }: 업데이트됨 ({ $sessions }, { $size })
web-refresh-needs-address = refresh는 웹의 프로그램을 따라갑니다: 주소를 주세요 (whrcf refresh https://…/schedule.xml 또는 --programme URL)
web-opened-copy = { $address }: { $fetched_at }에 받은 오프라인 사본을 보여 줍니다 (whrcf refresh로 새로 받기)
web-opened-fetched = { $address }: { $fetched_at }에 받음
web-first-fetch = { $address }: 받아서 오프라인으로 저장함 ({ $sessions }, { $size })

## The detail of one session (the app's detail pane and `whrcf show`).
detail-day = 날짜
detail-time = 시간
detail-kind = 유형
detail-format = 형식
detail-room = 장소
detail-languages = 언어
detail-interpretation = 통역
detail-themes = 주제
detail-organizers = 주최
detail-people = 참여자
detail-notes = 메모
detail-sources = 출처
detail-id = ID
detail-edition = 회차
detail-not-published = 미공개
date-not-published = 날짜 미공개
time-not-published = 시간 미공개
time-disputed = 시간 미공개: 출처마다 다름
detail-not-published-disputed = 미공개: 출처마다 다름
detail-end-not-published = 종료 시각 미공개
role-not-published = 역할 미공개
role-organizer = 주최
detail-as-stated = { $value } ("{ $stated }")
detail-in-zone = { $range } ({ $zone })
detail-cut-off-legend = […] 저장된 사본에서 잘림: 글이 거기서 끝납니다.
detail-cut-off-value = (저장된 사본에서 { $what } 잘림)
detail-cut-off-organizer = 주최 '{ $name }'
detail-incomplete = 이 세션의 기록은 불완전합니다.
detail-edition-ordinal = { $label } ({ $ordinal })
problems-not-listed = … 그리고 { $more }, 목록에 없음 (처음 { $listed }건만 표시)

## The agenda plan.
duration-minutes = { $minutes }분
duration-hours = { $hours }시간
duration-hours-minutes = { $hours }시간 { $minutes }분
duration-days = { $days }일 { $hours }시간
plan-no-date = 날짜 없음
plan-no-time = 시간 미공개
plan-no-room = 장소 없음
change-day = 날짜 { $was } → { $now }
change-time = { $was } → { $now }
change-room = 장소 { $was } → { $now }
change-title = 이전 제목: "{ $was }"
plan-overlap = { $title }, { $range }
plan-tight = { $from } → { $to } 이동 { $gap }
plan-free = 빈 시간 { $time }
plan-overlaps = 겹침: { $what }
plan-tight-change = 빠듯한 이동: { $what }
plan-changed = 변경됨: { $what }
times-in-zone = { $text } ({ $zone } 기준)
agenda-was = 원래 { $where }
plan-note = 메모: { $note }
plan-removed = 삭제됨
plan-section-untimed = 날짜와 시간 미공개
plan-section-gone = 프로그램에서 빠짐

## The agenda from the command line.
agenda-heading = 내 일정 · { $programme } · { $marked }개 표시
agenda-empty-hint = 아직 표시한 세션이 없습니다: `whrcf agenda add ID` 또는 앱에서 Space.
agenda-added = 추가함 { $id }: { $title }
agenda-already-marked = 이미 표시됨: { $id }
agenda-removed = 삭제함 { $id }: { $title }
agenda-cleared = { $programme } 일정에서 { $sessions } 삭제함
agenda-note-saved = { $id }에 메모 저장함
ics-versions-not-saved = 일정을 저장하지 못했습니다 ({ $reason }): 다음 내보내기 전에 세션이 옮겨지면 달력이 일정을 옮기지 못할 수 있습니다
agenda-merged = { $file }에서 { $programme }의 { $sessions } 합침
agenda-unknown = { $programme }에 없거나 표시되지 않음: { $ids } (`whrcf list`와 `whrcf agenda list` 참고)
next-now = 지금: { $title }{ $place }
next-now-until = 지금: { $title } ~{ $end }{ $place }
next-place = , { $room }
next-later = { $wait } 후: { $title } ({ $when }{ $place })

## Checks from the command line.
found-in = { $programme }: { $what }
clashes-untimed = 시간 미공개
no-clashes = 충돌 없음
clashes-not-checked = 충돌 검사 안 함: { $sessions }
validate-ok = { $file }: 이상 없음 ({ $sessions })
validate-skipped = { $file }: { $problems } 발견 ({ $sessions } 읽음)

## Exports of the agenda.
my-agenda = 내 일정: { $programme }
markdown-legend = 시간대 { $zone } · 내보낸 때 { $exported } · [ ] 예정, [x] 참석, [-] 건너뜀
nothing-marked = 아직 표시한 세션이 없습니다.
ics-end-not-published = 종료 시각 미공개.
ics-skipped = 건너뜀: 내 일정에서 건너뜀으로 표시함 (세션 자체는 열립니다).
ics-listed = { $label }: { $names }
ics-my-note = 내 메모: { $note }
ics-source = 출처: { $source }
left-out-gone = `{ $id }` 뺌: 프로그램에서 빠짐
left-out-untimed = `{ $id }` ({ $title }) 뺌: { $why }

## Which zone times are shown in (`wording::when::zone_shown`).
zone-forum = 프로그램 시간: { $zone }
zone-forum-given = 프로그램 시간: { $zone }, --tz 지정
zone-forum-place = 프로그램 시간: { $zone }, 시간대는 파일에 적힌 장소로 추정
zone-forum-offsets = 프로그램 시간: { $zone }, 파일의 UTC 오프셋 기준
zone-forum-unknown = 프로그램 시간: 알 수 없음, 파일에 적힌 그대로
zone-local = 내 시간: { $zone }
zone-named = 시간대: { $zone }

## A programme's header.
found-of-total = 세션 { $total }개 중 { $found }개 확인
found-no-total = { $sessions } 확인, 전체 수 미공개
completeness = { $found }, 날짜 있음 { $dated }, 시간 있음 { $timed }
filter-theme = 주제: { $values }
filter-organizer = 주최: { $values }
filter-kind = 유형: { $values }
filter-format = 형식: { $values }
filter-room = 장소: { $values }

## Programme versions compared (`whrcf diff`).
diff-when = { $day } { $time }
diff-at = { $when }, { $place }
diff-id = 이전 ID `{ $was }` (이전 ID로 저장된 일정에는 삭제된 것으로 보입니다)
diff-people-gone = 빠짐: { $people }
diff-people-new = 새로: { $people }
person-with-role = { $name } ({ $role })
no-role = 역할 없음

## The agenda file.
agenda-unreadable = { $path } 읽을 수 없음: { $reason }
agenda-set-aside = 일정 파일이 손상되어 { $aside }(으)로 보관하고 새 일정을 시작했습니다 ({ $problem })
agenda-not-set-aside = 일정 파일 { $path }이(가) 손상되었고({ $problem }) 옮겨 둘 수 없습니다: { $reason }

## Clashes of a programme.
clash-room = "{ $a }"{ $which_a }, "{ $b }"{ $which_b } 모두 { $room }
clash-person = { $name }: "{ $a }"{ $which_a }{ $role_a }, "{ $b }"{ $which_b }{ $role_b } 둘 다 참여
clash-role = {" "}({ $role })
clash-maybe-person = "{ $a }"{ $which_a }의 "{ $name_a }"와(과) "{ $b }"{ $which_b }의 "{ $name_b }"는 같은 사람일 수 있음

# Said after each of two equal titles in a clash, to tell the sessions apart.
clash-which = {" "}({ $which })
clash-organizer = { $organizer }: "{ $a }"{ $which_a }, "{ $b }"{ $which_b } 둘 다 주최
clash-outside-days = "{ $title }": { $date }, 프로그램 기간({ $first }~{ $last }) 밖
clash-ends-before-start = "{ $title }": { $start } 시작인데 { $end } 종료
clash-no-end = "{ $title }": 시작 시각만 있고 종료 시각 없음
clash-buffer = { $name }: { $from }("{ $a }")에서 { $to }("{ $b }")까지 이동 시간 { $minutes }분

## 라이브 프로그램, 프로그램 목록, 변경, 인쇄, 명령줄과 함께 추가됨.
unknown-column = 모르는 열 `{ $column }`{ $meant }: 열은 { $columns }
unknown-column-meant = {" "}(`{ $column }`을(를) 뜻했나요?)
output-not-written = 출력을 쓸 수 없습니다: { $why }
man-exit-success = 성공; validate는 모든 파일이 올바름 (경고는 출력될 수 있음).
man-exit-found = validate가 문제를, clashes가 충돌을, diff가 변경을, moves가 더는 맞지 않는 옮기기를 찾음.
man-exit-error = 잘못된 사용; 읽을 수 없는 파일 또는 웹 프로그램; 모르는 세션 id, 회차, 날짜, 주제 또는 유형; 쓸 수 없는 일정 또는 출력.

## What-if moves.
move-line = '{ $title }'을(를) { $from }에서 { $to }(으)로 옮김
move-place-time = { $room } { $time }
move-place-day-time = { $room } { $day } { $time }
move-no-room = (장소 없음)
move-gone = 적용 안 됨: '{ $title }' ({ $id })은(는) 프로그램에 더 없습니다
move-changed = 적용 안 됨: '{ $title }' ({ $id })은(는) 더 이상 { $from }에 있지 않습니다
move-twice = 적용 안 됨: '{ $title }' ({ $id })은(는) 앞선 옮기기로 이미 옮겨졌습니다
move-already-there = 이미 반영됨: '{ $title }' ({ $id })은(는) { $to }에 있습니다
moves-none = { $programme }의 옮기기 없음
moves-cleared = { $programme }의 { $moves } 지움
moves-set-aside = 옮기기 파일이 손상되었습니다: { $aside }(으)로 보관, 옮기기 없음 ({ $problem })
moves-not-set-aside = 옮기기 파일 { $path }이(가) 손상되었고 ({ $problem }) 옮길 수 없습니다: { $reason }
detail-cut-off-title = 제목
detail-cut-off-subtitle = 부제
detail-cut-off-room = 장소
detail-cut-off-venue = 행사장
detail-cut-off-name = 이름
detail-cut-off-role = 역할
detail-cut-off-affiliation = 소속
detail-cut-off-country = 국가
detail-cut-off-topic = 발표 주제
detail-cut-off-and = { $first }·{ $then }
language-unknown = `{ $value }`은(는) whrcf가 쓰는 언어가 아님: en 또는 ko
clock-unknown = `{ $value }`은(는) 시계 형식이 아님: 24h 또는 12h
edition-unknown = 모르는 회차 `{ $value }`: 연도나 회차를 주세요: { $editions }
edition-not-bundled = { $ordinal } 포럼({ $year })의 프로그램은 찾지 못해 들어 있지 않음: 다음 중 하나를 주세요: { $editions }
editions-or-all = { $editions } 또는 `all`
instant-expected = RFC 3339 시각(예: 2021-10-07T14:00:00+09:00)을 주세요: `{ $text }`은(는) 아님
config-using-defaults = { $problem }; 기본값을 씁니다
config-not-a-setting = `{ $name }`은(는) 설정이 아님: 이 줄은 빼고 읽습니다
config-not-a-setting-meant = `{ $name }`은(는) 설정이 아님 (`{ $near }`을(를) 뜻했나요?): 이 줄은 빼고 읽습니다
config-bad-value = { $key }: { $must }: 이 줄은 빼고 읽습니다
config-must-minutes = 0에서 1440 사이의 분 수여야 함
config-must-bool = true 또는 false여야 함
config-must-language = "en" 또는 "ko"여야 함
config-must-clock = "24h" 또는 "12h"여야 함
config-must-programme = 프로그램의 이름, 경로 또는 주소여야 함
config-must-refresh = 0(저절로 새로 받지 않음)에서 10080 사이의 분 수여야 함
config-must-zone = 시간대 이름(Asia/Seoul), "local", "UTC" 또는 "forum"이어야 함
io-disk-full = 디스크가 가득 참
io-is-a-directory = 디렉터리임
io-not-a-directory = 경로 중간이 디렉터리가 아님
io-read-only-filesystem = 읽기 전용 파일 시스템
io-no-such-device = 그런 장치나 주소가 없음
io-no-terminal = 터미널이 아님
agenda-cannot-save = { $path }에 일정을 저장할 수 없음: { $reason }
cli-warning = whrcf: 경고: { $warning }
file-problem-at = { $line }행 { $column }열: { $problem }
file-not-utf8 = { $at }번째 바이트부터 UTF-8 텍스트가 아님
file-version-unknown = 이 whrcf가 읽는 버전({ $known })이 아님: 버전 { $version }
no-column-named = 열 이름이 없음: 열은 { $columns }
day-mark = ({ $days }일)

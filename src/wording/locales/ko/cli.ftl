### 명령줄의 말 (한국어): list와 editions의 제목, 오류.
### Keys as in wording/catalogue/cli.rs; every key and argument of en/cli.ftl is here too.

list-heading = { $title } · 전체 { $total }개 중 { $shown } 표시
list-archive-heading = { $label }, 내장된 모든 회차 · 전체 { $total }개 중 { $shown } 표시
list-cut-off-legend = { $mark } 저장된 사본에서 제목 잘림
list-day-range = 1-{ $n }일째 ({ $first } ~ { $last }) 또는 `undated`
list-no-day-n = { $day }일째는 없습니다: 가능한 값은 { $range }
list-bad-day = --day: { $problem }; 가능한 값은 { $range }
list-not-a-day = { $programme }에 { $date } 날짜는 없습니다: 가능한 값은 { $range }
list-unknown-theme = 알 수 없는 주제 `{ $theme }`: 가능한 값은 { $known }
list-unknown-kind = 알 수 없는 유형 `{ $kind }`: 가능한 값은 { $known }
editions-intro = 내장된 { $editions }, 최신순. 기본값은 { $year } ({ $ordinal }).
editions-found-legend = 찾음: 주최 측이 밝힌 전체 수 중 확인한 세션 수 (밝히지 않았으면 -).
editions-no-programme = 프로그램을 찾지 못함
editions-headings = 연도|회차|기간|찾음|날짜|시간|주제
editions-days = { $first } ~ { $last }
editions-found-of = { $found } / { $stated }
theme-not-published = 주제 미공개
show-unknown-id = { $programme }에 `{ $id }` 세션이 없습니다: { $hint }
show-other-edition = { $year }년 회차의 ID입니다: `--edition { $year }`(또는 `--edition all`)를 붙이세요
show-see-list = ID는 `whrcf list`로 확인하세요
show-did-you-mean = 혹시 { $ids }?
cli-cannot-write = { $path }에 쓸 수 없음: { $reason }
cli-wrote = { $path } 저장함 ({ $title }: { $sessions }, { $themes })
cli-cannot-run-app = 터미널 앱을 실행할 수 없음: { $error } (터미널이 없으면 `whrcf list` 같은 하위 명령을 쓰세요)

## `whrcf people` and `whrcf agenda`.
people-heading = { $programme } · { $people }, { $organizers }
people-matching = "{ $query }" 일치
people-in-rooms = 장소 "{ $room }" 일치
people-across = { $n }개 회차, { $sessions }
room-unknown-none = `{ $room }`에 맞는 장소가 없습니다: { $programme }에는 장소가 없습니다
room-unknown-meant = `{ $room }`에 맞는 장소가 없습니다: 혹시 `{ $meant }`?
room-unknown = `{ $room }`에 맞는 장소가 없습니다: 가능한 값은 { $known }
rooms-more = 그 밖에 { $n }곳 (`whrcf list` 참고)
agenda-no-data-directory = 데이터 디렉터리 없음: WHRCF_DATA_DIR를 설정하거나 --agenda PATH를 주세요

## 라이브 프로그램, 프로그램 목록, 변경, 인쇄, 명령줄과 함께 추가됨.
programme-added = { $source }을(를) { $name }(으)로 추가함
programme-removed = { $name } 삭제함
programme-removed-default = 경고: `{ $name }`은(는) 기본 프로그램이었습니다 ({ $file }의 [programme] default); 이제 아무것도 가리키지 않습니다: 다른 기본값을 정하거나 그 줄을 지우세요
programme-bad-name = `{ $name }`은(는) 프로그램 이름이 될 수 없습니다: 글자, 숫자, - 와 _ 를 쓰세요
programme-taken = `{ $name }`(이)라는 프로그램이 이미 있습니다 ({ $source }); 먼저 지우세요
programme-unknown = `{ $name }`(으)로 추가된 프로그램이 없습니다; `whrcf programmes`를 보세요
programme-unknown-near = `{ $name }`(으)로 추가된 프로그램이 없습니다 (`{ $near }`을(를) 뜻했나요?); `whrcf programmes`를 보세요
programmes-not-saved = 프로그램 목록을 저장할 수 없습니다: { $reason }
programmes-no-config-dir = 설정 디렉터리가 없습니다 (WHRCF_CONFIG_DIR 설정)
programme-not-address = { $source }은(는) 쓸 수 있는 http 또는 https 주소가 아닙니다
programme-not-found = { $source }을(를) 찾을 수 없습니다: { $reason }
programme-path-not-utf8 = { $source }: 경로가 UTF-8 텍스트가 아닙니다
programmes-unreadable = { $path }을(를) 읽을 수 없습니다: { $reason }
programmes-set-aside = 추가한 프로그램 파일이 손상되었습니다 ({ $problem }); { $aside }(으)로 보관했습니다
programmes-not-set-aside = { $path }이(가) 손상되었고 ({ $problem }) 옮길 수 없습니다: { $reason }
recent-set-aside = 최근 프로그램 목록이 손상되었습니다 ({ $problem }); { $aside }(으)로 보관했습니다
recent-not-saved = 최근 프로그램 목록을 저장하지 못했습니다: { $reason }
names-nothing = `{ $name }`은(는) 파일도 추가된 프로그램도 아닙니다
names-nothing-near = `{ $name }`은(는) 파일도 추가된 프로그램도 아닙니다 (`{ $near }`을(를) 뜻했나요?)
default-names-nothing = { $file }: [programme] default = "{ $name }"은(는) 파일도 추가된 프로그램도 아닙니다{ $near }; `whrcf programmes`를 보세요
did-you-mean = {" "}(`{ $near }`을(를) 뜻했나요?)
web-address-control = 주소에 제어 문자가 있습니다 (여기서는 이스케이프해 보임); whrcf는 받지 않습니다
web-no-format = 서버의 파일은 whrcf가 읽는 어떤 형식의 프로그램도 아닙니다 (기대한 형식: { $formats }); { $content_type }(으)로 보내졌습니다
web-no-content-type = 콘텐츠 유형 없음
web-fetching-of = { $address } 받는 중: { $received } / { $total } ({ $percent }%), { $rate }/s
web-from-copy = { $fetched_at }에 받은 { $address }의 오프라인 사본에서 (whrcf refresh로 새로 받기)
library-column-kind = 종류
library-column-name = 이름
library-column-source = 출처
library-column-fetched = 받은 때
library-bundled = 내장
library-added = 추가
library-recent = 최근
library-edition = WHRCF { $edition } ({ $ordinal } 포럼)
library-bundled-name = WHRCF { $edition }
library-fetched = { $at } 받음
library-not-fetched = 아직 받지 않음
library-none-added = 추가한 프로그램 없음: whrcf programmes add URL|PATH --name NAME
library-how-to-open = --edition YEAR, --programme NAME 또는 --programme PATH|URL, 또는 앱의 프로그램 전환기에서 여세요
title-switcher = 프로그램 · { $shown }/{ $total }
switcher-prompt = 열기:
switcher-none = 맞는 프로그램이 없습니다.
switcher-opening = { $name } 여는 중…
hint-filter = 입력해 거르기
print-language = ko
print-contents = 날짜
print-to-contents = 날짜 목록으로
print-undated = 날짜 미공개
print-times = { $zone }
export-wrote = { $file }에 씀 ({ $programme }의 { $sessions })
export-wrote-left-out = { $file }에 씀 ({ $programme }의 { $sessions }, { $left }개 제외)

## Spreadsheet import.
sheet-no-title = 이 행에 제목이 없습니다: 제목 열에 있어야 합니다; 이 행은 뺍니다
sheet-not-a-time = { $field } `{ $found }`은(는) 시각이 아닙니다: 00:00에서 24:00 사이의 HH:MM (또는 13:00~15:00 같은 범위)이어야 합니다; 이 세션은 뺍니다
sheet-not-a-date = 날짜 `{ $found }`은(는) 날짜가 아닙니다: 2021-10-07, 2021.10.07 또는 10월 7일 같은 형식이어야 합니다; 이 세션은 뺍니다
sheet-no-year = 날짜 `{ $found }`에 연도가 없고 시트의 다른 곳에도 연도가 하나로 나오지 않습니다: --column-map 파일에 `year = …`로 주세요; 이 세션은 뺍니다
sheet-end-before-start = 끝 { $end }이(가) 시작 { $start }보다 뒤가 아닙니다: 끝 시간은 뺍니다
sheet-no-date = 시간은 있지만 날짜가 없습니다 (날짜 열도, 위의 날짜도, 시트 이름의 날짜도 없음): 날짜와 시간 없이 가져옵니다
sheet-read-as = UTF-8이 아님: { $encoding }(으)로 읽음
sheet-no-header = 처음 50행에 머리글 행이 없습니다: 제목(title, session, 세션명, 제목)과 다른 항목(date/날짜, time/시간, start/시작, room/장소, …)을 적은 행이나 --column-map 파일이 필요합니다
sheet-no-title-column = 머리글 행에 제목 열이 없습니다: title, session, 세션명 또는 제목 (또는 --column-map 파일의 `title = "B"`)이 필요합니다
sheet-header-not-found = --column-map 파일은 { $field }을(를) 머리글 "{ $header }"(으)로 주지만 시트에 그런 머리글이 없습니다
sheet-skipped = 시트 건너뜀: { $why }
sheet-not-workbook = whrcf가 읽을 수 있는 스프레드시트(.xlsx, .xls, .ods)가 아닙니다: { $why }
sheet-too-many-cells = 셀이 { $max }개보다 많습니다: 프로그램은 훨씬 작으므로 이 파일은 읽지 않습니다
sheet-no-sessions = 머리글 행 아래에 세션이 없습니다
field-title = 제목
field-date = 날짜
field-start = 시작 시간
field-end = 종료 시간
field-time = 시간
field-room = 장소
field-speakers = 발표자
field-moderator = 좌장
field-organizer = 주최
field-theme = 주제
field-kind = 구분
field-summary = 요약
columns-unknown-field = { $file }: [columns]의 모르는 항목 `{ $key }`: { $keys } 중 하나여야 합니다
columns-not-a-column = { $file }: [columns] { $key }: 열 문자("C")나 머리글 텍스트여야 합니다
columns-bad-year = { $file }: 연도 { $year }: 1에서 9999 사이의 연도여야 합니다
columns-not-toml = { $file }: { $why }
load-zone-from-place = 파일에 시간대가 없어 { $by }에서 { $zone }(으)로 정함 (--tz로 다른 시간대 지정 가능)
load-zone-by-city = 도시 "{ $city }"
load-zone-by-domain = .{ $domain } 웹 주소
load-cut-short-inside = 파일이 <{ $open }> 안에서 끝남: 잘린 파일 ({ $read } 읽음)
load-cut-short-event-lost = 파일이 <{ $open }> 안에서 끝남: 잘린 파일이라 읽던 이벤트는 잃음 ({ $read } 읽음)
load-cut-short-calendar = 파일이 END:VCALENDAR 없이 끝남: 잘렸을 수 있음 ({ $read } 읽음)
cannot-read = { $path }을(를) 읽을 수 없음: { $reason }
no-such-file = 그런 파일이나 디렉터리가 없음
permission-denied = 권한 없음
file-not-regular = 일반 파일이 아니라 { $kind ->
    [directory] 디렉터리
    [fifo] 이름 있는 파이프(FIFO)
    [character-device] 문자 장치
    [block-device] 블록 장치
    [socket] 소켓
   *[other] 알 수 없는 종류의 파일
}임
file-named-not-regular = { $what }: 일반 파일이 아니라 { $kind ->
    [directory] 디렉터리
    [fifo] 이름 있는 파이프(FIFO)
    [character-device] 문자 장치
    [block-device] 블록 장치
    [socket] 소켓
   *[other] 알 수 없는 종류의 파일
}임
load-no-format = { $path }: whrcf가 읽는 형식의 프로그램이 아님: 다음 중 하나여야 함: { $expected }
load-binary = { $path }을(를) 읽을 수 없음: 텍스트 파일이 아님 (바이트 { $offset } 위치에 이진 데이터): 다음 중 하나여야 함: { $expected }
one-edition-only = `{ $command }`은(는) 한 회차에만 쓸 수 있음: `--edition`에 연도나 회차를 주세요 (`--edition all`은 list, show, people, themes, organizers용)
problem-error = 오류
problem-warning = 경고
problem-session = 세션 `{ $id }`

## `whrcf agenda import`.
import-hint-edition = `--edition { $year }`를 붙이세요
import-hint-programme = --edition이나 --programme으로 그 프로그램을 여세요
import-nothing-marked = { $path }: 표시한 세션이 없어 가져올 것이 없습니다
import-other-programmes = { $path }: { $programme }의 일정은 없고 { $others }의 { $marked }이(가) 있습니다: 다른 프로그램의 일정입니다 (가져오려면 { $hint })
import-not-an-agenda = { $at }: { $problem }: 일정 파일(agenda.toml)이나 `whrcf agenda export --format json`으로 내보낸 JSON이어야 합니다
import-item = { $path }: 항목 { $i }: { $problem }
import-unknown-status = { $path }: 항목 { $i }: 알 수 없는 상태 `{ $status }`
import-agenda-of-other = { $path }: { $programme }이(가) 아니라 { $ids }의 일정입니다 (가져오려면 { $hint })
import-none-in-programme = { $path }: { $sessions } 중 { $programme }에 있는 것이 없습니다: 다른 프로그램의 일정입니다{ $hint }
import-ids-look-like = {" "}(ID가 { $year }년 회차의 것으로 보입니다: `--edition { $year }`를 붙이세요)
import-give-programme = {" "}(--edition이나 --programme으로 그 프로그램을 여세요)
list-column-headings = 날짜|시간|제목|유형|형식|장소|주제|주최|사람|ID
list-column-twice = --columns에 `{ $column }`이(가) 두 번 있습니다: 열마다 한 번만 적으세요
one-edition-app = 앱은 한 회차에만 쓸 수 있음: `--edition`에 연도나 회차를 주세요 (`--edition all`은 list, show, people, themes, organizers용)

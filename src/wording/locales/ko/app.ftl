### 앱의 말 (한국어): 타임라인, 알림, 숨기기, 제목, 키 안내.
### Keys as in wording/catalogue/app.rs; every key and argument of en/app.ftl is here too.
### 한글은 두 칸을 차지한다: 80x24 화면에 맞게 짧게 쓴다.

grid-title = 타임라인 { $day } · { $columns } · { $zone }
grid-overlaps = 이 장소에서 겹침
grid-no-sessions = 이날 세션 없음
grid-no-timed-sessions = 시간 있는 세션 없음
grid-room-shown = 장소 { $first }/{ $n }
grid-rooms-shown = 장소 { $first }–{ $last }/{ $n }
grid-kind-shown = 유형 { $first }/{ $n }
grid-kinds-shown = 유형 { $first }–{ $last }/{ $n }

## The app's notice log.
level-error = 오류
level-warning = 경고
level-info = 정보
notice-in-session = 세션 `{ $session }`: { $message }
no-day-n = { $n }일째는 없습니다: 이 프로그램은 { $tabs }
filter-option-empty = 다른 필터와 함께 “{ $option }” 조건을 통과하는 세션이 없어 선택하지 않았습니다
filter-day-empty = 이날은 이 필터를 통과하는 세션이 없습니다: 다른 날짜 탭을 보세요
notice-cut = {" "}… ({ $key }: 전체 보기)
notices-to-read = { $counts } — { $key } 키로 보기
notices-title-empty = 알림
notices-title = 알림 · { $counts }
notices-none = 알릴 것이 없습니다: 프로그램 파일을 문제없이 읽었습니다.
notice-title = 알림
notice-no-data-directory = 데이터 디렉터리 없음 (WHRCF_DATA_DIR 설정): 표시는 메모리에만 남습니다
notice-agenda-not-saved = 일정 저장 실패, 표시는 메모리에 남음: { $reason }
ask-quit-unsaved = 일정 저장 안 됨: { $key } 한 번 더 누르면 변경 사항을 잃고 끝냅니다 ({ $reason })
agenda-removed-undo = 내 일정에서 뺌 ({ $marked }): { $title } · { $key } 되돌리기
agenda-restored = 내 일정에 되돌림 ({ $marked }): { $title }
nothing-to-undo = 되돌릴 삭제가 없습니다
notice-keys-unusable = 키 설정: { $problem }; 기본값을 씁니다
notice-keys-problem = 키 설정: { $problem }

## What the user hides.
hidden-count = 숨김: { $n }
hidden-count-shown = 숨김: { $n } (표시 중)
notice-hidden = 숨김: { $title }
notice-shown-again = 다시 표시: { $title }
notice-hidden-shown = 숨긴 세션을 지금만 표시 ({ $n }); 다음에는 다시 숨겨집니다
notice-hidden-hidden = { $sessions } 다시 숨김
notice-nothing-hidden = 숨긴 것이 없습니다
notice-hidden-not-saved = 숨긴 목록을 저장하지 못함 (이번 실행에만 유지): { $reason }
hidden-set-aside = 숨긴 세션 파일이 손상되어 { $aside }(으)로 보관했습니다. 숨긴 것 없음 ({ $problem })
hidden-not-set-aside = 숨긴 세션 파일 { $path }이(가) 손상되었고({ $problem }) 옮겨 둘 수 없습니다: { $reason }
hint-hide = { $key } 숨기기

## The app's titles and key hints: `{ $key }` is the key bound to the action, as the user's
## keymap has it; `{ $keys }` the keys of two actions that go together (`←→`).
title-session = 세션
title-filters = 필터
title-help = 도움말 · 키 (keys.toml에서 변경)
help-mouse = 마우스: 날짜 탭, 행, 필터 그룹이나 항목, 목록의 항목, 타임라인의 블록을 클릭합니다. 휠은 아래에 있는 것을 스크롤합니다.
title-agenda = 내 일정 · { $marked }개 표시
agenda-legend = [ ] 예정 · [x] 참석 · [-] 건너뜀
title-clashes = 충돌 목록 · { $found }
hint-back = { $key } 뒤로
hint-close = { $key } 닫기
hint-open = { $key } 열기
hint-go-to = { $key } 이동
hint-go-to-first = { $key } 첫 세션으로
hint-status = { $key } 상태
hint-note = { $key } 메모
hint-remove = { $key } 빼기
hint-select = { $key } 선택
hint-clear-all = { $key } 모두 해제
hint-group = { $keys } 그룹
hint-rooms = { $keys } 장소
hint-time = { $keys } 시간
hint-change-day = { $first }, { $second } 키로 날짜를 바꿉니다.
no-session-this-day = 이날은 세션이 없습니다.
no-session-matches = 일치하는 세션이 없습니다.
no-session-shown-all-hidden = 이날의 세션은 모두 숨겨져 있습니다.
hint-show-hidden = { $key } 키로 숨긴 세션을 봅니다.
hint-clear-filters = { $key } 키로 필터와 검색을 지웁니다.
hint-clear-search = { $key } 키로 검색을 지웁니다.
hint-add-to-agenda = 세션에서 { $key } 키를 누르면 내 일정에 추가됩니다.
hint-this-day-only = ({ $key }: 이날만)
search-prompt = 검색:
searching-all-days = 전체 날짜 검색
grid-no-timed = 이날은 시간이 공개된 세션이 없습니다.
too-small-enlarge = 창을 키워 주세요.
too-small-quit = 창을 키우거나 { $key } 키로 끝내세요.
reminder = { $minutes }분 후: { $title }
reminder-in-room = { $minutes }분 후: { $title } · { $room }
reminder-more = (+{ $n }건 더)

## The header, the too-small notice and the help's markers.
header-in-agenda = ★ 내 일정 { $n }
header-search = 검색: "{ $query }"
header-this-day = (이날)
too-small = 터미널이 너무 작습니다
# The space before 필요 does not break: the word stays with the size it follows.
too-small-needs = { $size }: whrcf는 최소 { $least } 필요.
help-markers = 표시: ▶ 진행 중 · ★ 내 일정 · ⊘ 숨김 (잠시 표시) · ◌ 불완전한 기록 · [ ] 예정 [x] 참석 [-] 건너뜀

## The footer's key hints: what the key shown before each does.
footer-move = 이동
footer-day = 날짜
footer-open = 열기
footer-search = 검색
footer-filters = 필터
footer-agenda = 일정
footer-grid = 타임라인
footer-clashes = 충돌
footer-people = 사람
footer-now = 지금
footer-clear = 지우기
footer-zone = 시간대
footer-help = 도움말
footer-quit = 종료
footer-all-days-this-day = 전체/이날
footer-keep-as-filter = 필터로 유지
footer-scroll = 스크롤
footer-next-session = 다음 세션
footer-back = 뒤로
footer-group = 그룹
footer-select = 선택
footer-hide = 숨기기
footer-clear-all = 모두 해제
footer-close = 닫기
footer-go-to = 이동
footer-status = 상태
footer-note = 메모
footer-remove = 빼기
footer-undo = 되돌리기
footer-keep-the-note = 메모 저장
footer-cancel = 취소
footer-time = 시간
footer-room = 장소
footer-mark = 표시
footer-go-to-session = 세션으로
footer-session-pick-one = 세션/고르기
footer-all-editions = 모든 회차
footer-clear-back = 지우기/뒤로
footer-last = 마지막

## 라이브 프로그램, 프로그램 목록, 변경, 인쇄, 명령줄과 함께 추가됨.
title-changes = 지난번 본 뒤 바뀐 것 · { $changes }
changes-none = 이 프로그램을 모두 본 것으로 표시한 뒤 바뀐 것이 없습니다.
changes-group-new = 새 세션 · { $sessions }
changes-group-moved = 옮겨짐 · { $sessions }
changes-group-changed = 바뀜 · { $sessions }
changes-group-cancelled = 취소됨 · { $sessions }
changes-indicator = ± { $changes }
changes-legend = 지난번 본 뒤의 목록 표시: + 새 세션 · » 옮겨짐 · ~ 바뀜 (바뀐 내용은 변경 화면에서).
change-cancelled = 취소됨
hint-mark-all-seen = { $key } 모두 봄
notice-all-seen = 모두 본 것으로 표시함 ({ $changes }): 다음 변경은 이 버전부터 표시합니다
notice-seen-not-saved = 본 것을 기록하지 못했습니다 (표시는 남음): { $reason }
notice-cancelled-no-open = 취소됨: 프로그램에 더 없어 열 것이 없습니다
notice-cancelled-in-agenda = 취소됨, 내 일정에 있음: { $title } (원래 { $when })
seen-set-aside = 본 것의 파일이 손상되었습니다: { $aside }(으)로 보관, 이 버전을 본 것으로 합니다 ({ $problem })
seen-not-set-aside = 본 것의 파일 { $path }이(가) 손상되었고 ({ $problem }) 옮길 수 없습니다: { $reason }
live-refreshing = 새로 고치는 중…
live-opening = { $what } 여는 중…
live-updated-ago = { $ago } 갱신
live-copy-from = { $ago } 사본
live-offline = 오프라인: { $ago } 사본
live-not-on-the-web = 웹에서 연 프로그램만 새로 고칠 수 있습니다; 이것은 파일 또는 내장 회차입니다
live-already-busy = 아직 받는 중: 끝나면 프로그램을 바꿔 넣습니다
live-updated = 웹에서 새 프로그램: { $sessions }
live-not-modified = 서버에 더 새 버전이 없습니다: 최신 프로그램입니다
live-opened = { $title } 열림
live-cannot-open = { $source }을(를) 열 수 없습니다: { $reason }
live-edition = WHRCF { $year }
live-newest-edition = 가장 최근 WHRCF 회차
live-job-failed = 받기가 뜻밖에 멈췄습니다; 보이는 프로그램은 그대로입니다
age-just-now = 방금
footer-mark-all-seen = 모두 봄
footer-move-session = 옮기기

## What-if moves.
grid-no-session-here = 여기에 세션이 없습니다: 블록 위로 가세요
grid-moved-from = { $from }에서 옮김
notice-moved = '{ $title }'을(를) { $to }(으)로 옮김 ({ $key } 되돌리기)
notice-move-undone = 옮기기 되돌림 ({ $key } 다시 하기)
notice-move-redone = 옮기기 다시 함
notice-nothing-to-undo = 되돌릴 옮기기가 없습니다
notice-nothing-to-redo = 다시 할 옮기기가 없습니다
notice-move-no-slot = 날짜와 시작 시간이 있는 세션만 옮길 수 있습니다
notice-move-out-of-range = 세션이 달력 밖으로 옮겨집니다
notice-move-no-further = 그쪽으로 더 갈 장소나 날이 없습니다
notice-moves-not-saved = 옮기기를 저장하지 못했습니다 (이번 실행에만 유지): { $reason }
mark-on-now = 진행 중
mark-in-agenda = 내 일정
mark-hidden = 숨김
mark-clash = 충돌
mark-moved = 옮김
mark-note = 메모
mark-new = 새 세션
mark-changed = 바뀜
mark-current = 현재
mark-organizer = 주최
mark-end-unknown = 종료 미정
mark-empty-cell = 세션 없음
mark-days-before = 앞 날짜 더 있음
mark-days-after = 뒤 날짜 더 있음
keys-meant = {" "}({ $name }을(를) 뜻했나요?)
keys-not-toml = { $at }: { $problem }; 기본 키를 씁니다
keys-unknown-mode = { $path }: 모르는 모드 [{ $mode }]{ $near } (모드: { $modes })
keys-mode-not-table = { $path }: [{ $mode }] 아래에는 키 표가 와야 함 (`"j" = "down"`처럼)
keys-action-not-name = { $path }: [{ $mode }] `{ $key }`: 동작은 따옴표 안의 이름이어야 함 (`"{ $key }" = "down"`)
keys-unknown-action = { $path }: [{ $mode }] `{ $key }`: 모르는 동작 `{ $action }`{ $near } (동작: { $actions } 또는 none)
keys-unknown-key = 모르는 키 `{ $key }`{ $near } (키: { $names })
keys-key-names = 글자 하나, 또는 up, down, left, right, pgup, pgdn, home, end, enter, esc, tab, backtab, space, backspace, f1~f12, 앞에 ctrl- / alt- / shift- 붙이기 가능
help-markers-spoken = 표시 (기호 대신 말로): { $words }
searching-this-day = 이날만 검색
hint-all-days = ({ $key }: 전체 날짜)
hint-kinds = { $keys } 유형
footer-kind = 유형

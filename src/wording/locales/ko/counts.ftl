### 개수 (한국어): 복수형이 하나뿐이라 $n 선택이 필요 없다.
### Keys as in wording/catalogue.rs; every key and argument of en/counts.ftl is here too.

count-sessions = 세션 { $n }개
count-marked-sessions = 표시한 세션 { $n }개
count-events = 이벤트 { $n }개
count-problems = 문제 { $n }건
count-themes = 주제 { $n }개
count-editions = { $n }개 회차
count-organizers = 주최 { $n }곳
count-people = { $n }명
count-clashes = 충돌 { $n }건
count-no-end = 종료 시각 없는 세션 { $n }개
count-changes = 변경 { $n }건
count-more-problems = 문제 { $n }건 더
count-errors = 오류 { $n }건
count-warnings = 경고 { $n }건
count-notices = 알림 { $n }건
count-matches-best-first = { $n }건 일치, 관련도순
count-matches-this-day = 이날 { $n }건 일치
count-more-load-warnings = … 경고 { $n }건 더: whrcf validate { $file } 명령으로 모두 볼 수 있습니다
agenda-import-left-out = { $programme }에서 표시한 세션 { $n }개는 빠졌습니다 (가져오려면 { $hint })
count-rooms = 장소 { $n }곳
count-day-tabs = 날짜 탭 { $n }개
count-kinds = 유형 { $n }개
count-untimed-not-shown = 시간 없는 { $n }개 숨김

## 라이브 프로그램, 프로그램 목록, 변경, 인쇄, 명령줄과 함께 추가됨.
count-calendar-left-out-untimed = 발표된 시간이 없는 세션 { $n }개를 뺐습니다 (달력 일정에는 시간이 필요합니다)
count-minutes-ago = { $n }분 전
count-hours-ago = { $n }시간 전
count-days-ago = { $n }일 전

## What-if moves.
count-moves = 옮기기 { $n }건
count-moves-applied = 옮기기 { $n }건 적용됨
count-grid-clashes = 충돌 { $n }건 (장소, 사람)
count-more-empty-events = 이벤트 건너뜀: 여기부터 제목도 시간도 없는 이벤트 { $n }개 더

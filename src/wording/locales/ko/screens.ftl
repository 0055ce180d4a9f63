### 화면의 말 (한국어): 제목, 동작 뒤 알림, 충돌 종류, 사람 색인.
### Keys as in wording/catalogue/screens.rs; every key and argument of en/screens.ftl is here too.

title-details = 상세
nothing-selected = 선택한 세션이 없습니다.
no-session-selected = 선택한 세션 없음
no-session-to-open = 열 세션이 없습니다
no-session-here = 여기에는 세션이 없습니다: 블록 위로 옮기세요
undated = 날짜 미공개
row-time-disputed = 출처마다 다름
row-time-disputed-short = 불확실
row-time-not-published = 시간 미공개
list-undated = 날짜 미공개 · { $sessions }
notice-added = ★ 내 일정에 추가 ({ $marked }): { $title }
notice-removed = 내 일정에서 뺌 ({ $marked }): { $title }
notice-no-longer = 이 세션은 더 이상 프로그램에 없습니다
notice-status = 상태: { $status }
status-planned = 예정
status-attended = 참석
status-skipped = 건너뜀
notice-note-saved = 메모 저장함
no-values = 이 프로그램에는 값이 없습니다.
notice-filters-cleared = 필터와 검색을 지웠습니다
notice-now-showing = 이제 표시: { $zone }
notice-on-now = 진행 중: { $title }
notice-next = 다음: { $title }
notice-nothing-on = 지금이나 이후에 열리는 세션이 없습니다 (프로그램 종료)
notice-opening = { $address } 여는 중
notice-no-web-page = 이 세션에는 웹 페이지가 없습니다 (http나 https 출처 없음)
notice-cannot-open = { $address } 열 수 없음: { $reason }
notice-no-clash = 이 프로그램에는 충돌이 없습니다
clashes-none = 두 번 잡힌 장소나 사람이 없고, 모든 세션이 프로그램 기간 안에 있습니다.
clash-kind-no-end = ? 종료 없음
clash-kind-room = ▣ 장소
clash-kind-person = ◉ 사람
clash-kind-name = { $kind ->
    [room] 장소
    [person] 사람
    [possible-person] 같은 사람?
    [organizer] 주최
    [dates] 날짜
    [length] 길이
    [buffer] 이동
   *[other] { $kind }
}
diff-kind-heading = { $kind ->
    [added] 추가
    [removed] 삭제
    [moved] 이동
    [changed] 변경
   *[other] { $kind }
} ({ $n })
clash-kind-same-person = ◌ 같은 사람?
clash-kind-organizer = ◇ 주최
clash-kind-dates = ✗ 날짜
clash-kind-length = ✗ 길이
clash-kind-buffer = ⇢ 이동
people-not-here = { $programme }에 없음: { $edition }에 있음 (whrcf --edition { $year })
people-no-one = 일치하는 사람이 없습니다
people-pick-one = 세션 { $n }개: 하나를 골라 Enter로 여세요
people-only-bundled = 모든 회차 색인은 내장된 WHRCF 회차에서만 열립니다
people-every-edition = 모든 회차
people-of = 사람과 주최: { $scope }
people-title = 사람 { $people } · { $scope }
people-sessions = 세션
people-sessions-pick = 세션 · 하나 고르기
people-prompt = 찾기:
note-prompt = 메모:

## The filter panel's groups.
facet-themes = 주제
facet-organizers = 주최
facet-kinds = 유형
facet-formats = 형식
facet-rooms = 장소
detail-in-agenda = ★ 내 일정 · { $status }
row-undated = 미공개
format-name = { $format ->
    [on-site] 현장
    [online] 온라인
    [livestream] 생중계
    [hybrid] 현장+온라인
   *[other] { $format }
}
format-badge = { $format ->
    [on-site] 현장
    [online] 온라인
    [livestream] 생중계
    [hybrid] 혼합
   *[other] { $format }
}
grid-no-room = (장소 없음)
grid-no-kind = (유형 없음)
help-section = { $mode ->
    [browse] 목록
    [detail] 세션 상세
    [search] 검색
    [filters] 필터
    [agenda] 내 일정
    [note] 메모
    [grid] 타임라인
    [clashes] 충돌
    [people] 사람
    [notices] 알림
    [changes] 변경
    [switcher] 프로그램 전환
    [help] 도움말
   *[other] { $mode }
}

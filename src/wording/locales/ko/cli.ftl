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
editions-found-legend = found: 주최 측이 밝힌 전체 수 중 확인한 세션 수 (밝히지 않았으면 -).
editions-no-programme = 프로그램을 찾지 못함
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
people-across = { $n }개 회차
room-unknown-none = `{ $room }`에 맞는 장소가 없습니다: { $programme }에는 장소가 없습니다
room-unknown-meant = `{ $room }`에 맞는 장소가 없습니다: 혹시 `{ $meant }`?
room-unknown = `{ $room }`에 맞는 장소가 없습니다: 가능한 값은 { $known }
rooms-more = 그 밖에 { $n }곳 (`whrcf list` 참고)
agenda-no-data-directory = 데이터 디렉터리 없음: WHRCF_DATA_DIR를 설정하거나 --agenda PATH를 주세요

"""Writing TOML the way the bundled programmes are laid out (short arrays on one line)."""


def q(s):
    """A TOML basic string."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def arr(items):
    """A TOML array of strings, on one line when short."""
    if not items:
        return "[]"
    if sum(len(i) for i in items) < 60:
        return "[" + ", ".join(q(i) for i in items) + "]"
    return "[\n" + "".join("  " + q(i) + ",\n" for i in items) + "]"


def kv(lines, key, value):
    """Append `key = value` to `lines`; nothing when the value is None."""
    if value is None:
        return
    if isinstance(value, bool):
        lines.append(f"{key} = {'true' if value else 'false'}")
    elif isinstance(value, int):
        lines.append(f"{key} = {value}")
    elif isinstance(value, list):
        lines.append(f"{key} = {arr(value)}")
    else:
        lines.append(f"{key} = {q(value)}")

using System.Globalization;

namespace Ballast.Web.Features.Parks;

/// <summary>Parses the small formula language of per-mu indicators by recursive descent: figure names, numbers,
/// + − × ÷ (also * and /) and parentheses. Nothing is evaluated as code; an unknown name or a syntax error
/// is refused with its position.</summary>
public sealed class FormulaParser
{
    private readonly string _text;
    private readonly List<FormulaStep> _steps = [];
    private int _pos;

    private FormulaParser(string text) => _text = text;

    public static FormulaParse Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FormulaParse(null, 1, "公式为空");
        }
        var parser = new FormulaParser(text);
        try
        {
            parser.Sum();
            parser.SkipSpace();
            if (parser._pos < text.Length)
            {
                throw parser.Fail("多余的字符", text[parser._pos].ToString());
            }
            return new FormulaParse(new Formula(text.Trim(), parser._steps), 0, null);
        }
        catch (FormulaException e)
        {
            return new FormulaParse(null, e.Position, e.Message, e.Detail);
        }
    }

    private void Sum()
    {
        Product();
        while (Next() is '+' or '-' or '＋' or '－' or '−' && Take() is var op)
        {
            Product();
            _steps.Add(new FormulaStep(op is '+' or '＋' ? '+' : '-'));
        }
    }

    private void Product()
    {
        Factor();
        while (Next() is '*' or '/' or '×' or '÷' or '／' && Take() is var op)
        {
            Factor();
            _steps.Add(new FormulaStep(op is '*' or '×' ? '*' : '/'));
        }
    }

    private void Factor()
    {
        var c = Next();
        if (c is '(' or '（')
        {
            Take();
            Sum();
            if (Next() is not (')' or '）'))
            {
                throw Fail("缺少右括号", null);
            }
            Take();
        }
        else if (c is '-' or '－' or '−')
        {
            Take();
            _steps.Add(new FormulaStep(FormulaStep.Push, 0));
            Factor();
            _steps.Add(new FormulaStep('-'));
        }
        else if (c is { } d && (char.IsAsciiDigit(d) || d == '.'))
        {
            Number();
        }
        else if (c is { } l && char.IsAsciiLetter(l))
        {
            Name();
        }
        else
        {
            throw Fail(c is null ? "公式不完整" : "此处应为数字、数据项或括号", c?.ToString());
        }
    }

    private void Number()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '.'))
        {
            _pos++;
        }
        var token = _text[start.._pos];
        if (!decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            _pos = start;
            throw Fail("数字格式不正确", token);
        }
        _steps.Add(new FormulaStep(FormulaStep.Push, value));
    }

    private void Name()
    {
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos]))
        {
            _pos++;
        }
        var name = _text[start.._pos];
        if (!PerMuFigures.Labels.ContainsKey(name))
        {
            _pos = start;
            throw Fail("未知的数据项", name);
        }
        _steps.Add(new FormulaStep(FormulaStep.Read, Figure: name));
    }

    private char? Next()
    {
        SkipSpace();
        return _pos < _text.Length ? _text[_pos] : null;
    }

    private char Take() => _text[_pos++];

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private FormulaException Fail(string message, string? detail) => new(message, _pos + 1, detail);

    private sealed class FormulaException(string message, int position, string? detail) : Exception(message)
    {
        public int Position { get; } = position;
        public string? Detail { get; } = detail;
    }
}

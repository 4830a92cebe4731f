"""Questionnaires, their steps and the rules that choose the next step.

A questionnaire is an ordered list of steps. Each step asks a few questions.
After a step is answered, the step's rules are evaluated in order; the first
rule whose condition holds names the next step (or ends the questionnaire).
A rule without a condition always matches, which makes it a default. When no
rule matches, the questionnaire moves on to the following step in order, and
completes after the last one.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from onboarding.domain.errors import InvalidAnswers, QuestionnaireDefinitionError

#: Target used by a rule to finish the questionnaire.
END = "__end__"

QUESTION_KINDS = ("text", "yes_no", "choice", "number", "date")
YES_NO = ("yes", "no")


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    kind: str = "text"
    required: bool = True
    choices: Tuple[str, ...] = ()

    def __post_init__(self):
        if self.kind not in QUESTION_KINDS:
            raise QuestionnaireDefinitionError(
                f"question {self.key!r}: unknown kind {self.kind!r}"
            )
        if self.kind == "choice" and not self.choices:
            raise QuestionnaireDefinitionError(
                f"question {self.key!r}: a choice question needs choices"
            )

    def clean(self, value: Any) -> Any:
        """Return the normalised answer or raise ``ValueError`` with a message."""
        if self.kind == "yes_no":
            if isinstance(value, bool):
                return "yes" if value else "no"
            text = str(value).strip().lower()
            if text not in YES_NO:
                raise ValueError("answer 'yes' or 'no'")
            return text
        if self.kind == "choice":
            text = str(value).strip()
            if text not in self.choices:
                raise ValueError("choose one of: " + ", ".join(self.choices))
            return text
        if self.kind == "number":
            if isinstance(value, bool):
                raise ValueError("enter a number")
            try:
                number = Decimal(str(value).strip())
            except InvalidOperation:
                raise ValueError("enter a number") from None
            if not number.is_finite():
                raise ValueError("enter a number")
            return int(number) if number == number.to_integral_value() else float(number)
        if self.kind == "date":
            text = str(value).strip()
            try:
                if len(text) != 10:
                    raise ValueError(text)
                return date.fromisoformat(text).isoformat()
            except ValueError:
                raise ValueError("enter a date as YYYY-MM-DD") from None
        text = str(value).strip()
        if not text:
            raise ValueError("this answer may not be blank")
        return text


OPERATORS = ("always", "eq", "ne", "in", "not_in", "gt", "gte", "lt", "lte", "answered")


@dataclass(frozen=True)
class Rule:
    """``if answers[question] <operator> value: go to target``."""

    target: str
    operator: str = "always"
    question: Optional[str] = None
    value: Any = None

    def __post_init__(self):
        if self.operator not in OPERATORS:
            raise QuestionnaireDefinitionError(f"unknown rule operator {self.operator!r}")
        if self.operator != "always" and not self.question:
            raise QuestionnaireDefinitionError(
                f"rule {self.operator!r} -> {self.target!r} needs a question"
            )

    def matches(self, answers: Mapping[str, Any]) -> bool:
        if self.operator == "always":
            return True
        present = self.question in answers and answers[self.question] not in (None, "")
        if self.operator == "answered":
            return present
        if not present:
            return False
        actual = answers[self.question]
        expected = self.value
        if self.operator == "eq":
            return _same(actual, expected)
        if self.operator == "ne":
            return not _same(actual, expected)
        if self.operator in ("in", "not_in"):
            options = expected if isinstance(expected, (list, tuple, set)) else [expected]
            found = any(_same(actual, option) for option in options)
            return found if self.operator == "in" else not found
        try:
            left, right = Decimal(str(actual)), Decimal(str(expected))
        except InvalidOperation:
            return False
        return {
            "gt": left > right,
            "gte": left >= right,
            "lt": left < right,
            "lte": left <= right,
        }[self.operator]


def _same(actual: Any, expected: Any) -> bool:
    if isinstance(actual, str) or isinstance(expected, str):
        return str(actual).strip().lower() == str(expected).strip().lower()
    return actual == expected


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    questions: Tuple[Question, ...] = ()
    rules: Tuple[Rule, ...] = ()

    def question(self, key: str) -> Optional[Question]:
        for question in self.questions:
            if question.key == key:
                return question
        return None

    def validate(self, answers: Mapping[str, Any]) -> Dict[str, Any]:
        """Validate answers for this step; return the cleaned answers.

        Unknown keys are rejected so that clients cannot smuggle data in.
        """
        errors: Dict[str, List[str]] = {}
        cleaned: Dict[str, Any] = {}
        known = {q.key for q in self.questions}
        for key in answers:
            if key not in known:
                errors.setdefault(key, []).append("unknown question for this step")
        for question in self.questions:
            raw = answers.get(question.key)
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                if question.required:
                    errors.setdefault(question.key, []).append("this question is required")
                continue
            try:
                cleaned[question.key] = question.clean(raw)
            except ValueError as exc:
                errors.setdefault(question.key, []).append(str(exc))
        if errors:
            raise InvalidAnswers(errors)
        return cleaned


@dataclass(frozen=True)
class Questionnaire:
    slug: str
    title: str
    steps: Tuple[Step, ...]
    version: int = 1
    description: str = ""
    _index: Dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self):
        if not self.steps:
            raise QuestionnaireDefinitionError(f"questionnaire {self.slug!r} has no steps")
        for position, step in enumerate(self.steps):
            if step.key in self._index:
                raise QuestionnaireDefinitionError(f"duplicate step key {step.key!r}")
            if step.key == END:
                raise QuestionnaireDefinitionError(f"{END!r} is reserved")
            self._index[step.key] = position
        for step in self.steps:
            for rule in step.rules:
                if rule.target != END and rule.target not in self._index:
                    raise QuestionnaireDefinitionError(
                        f"step {step.key!r}: rule targets unknown step {rule.target!r}"
                    )

    @property
    def first_step(self) -> Step:
        return self.steps[0]

    @property
    def step_keys(self) -> List[str]:
        return [step.key for step in self.steps]

    def step(self, key: str) -> Step:
        try:
            return self.steps[self._index[key]]
        except KeyError:
            raise QuestionnaireDefinitionError(
                f"questionnaire {self.slug!r} has no step {key!r}"
            ) from None

    def next_step(self, current: str, answers: Mapping[str, Any]) -> Optional[str]:
        """Key of the step after ``current`` given all answers so far; None when done."""
        step = self.step(current)
        for rule in step.rules:
            if rule.matches(answers):
                return None if rule.target == END else rule.target
        position = self._index[current] + 1
        if position < len(self.steps):
            return self.steps[position].key
        return None


def questionnaire_from_dict(data: Mapping[str, Any]) -> Questionnaire:
    """Build a questionnaire from a plain definition (as stored or seeded)."""
    steps: List[Step] = []
    for raw_step in data.get("steps", ()):
        questions = tuple(
            Question(
                key=q["key"],
                label=q.get("label", q["key"]),
                kind=q.get("kind", "text"),
                required=q.get("required", True),
                choices=tuple(q.get("choices", ())),
            )
            for q in raw_step.get("questions", ())
        )
        rules = tuple(
            Rule(
                target=r["target"],
                operator=r.get("operator", "always"),
                question=r.get("question"),
                value=r.get("value"),
            )
            for r in raw_step.get("rules", ())
        )
        steps.append(Step(key=raw_step["key"], title=raw_step.get("title", ""),
                          questions=questions, rules=rules))
    return Questionnaire(
        slug=data["slug"],
        title=data.get("title", data["slug"]),
        steps=tuple(steps),
        version=data.get("version", 1),
        description=data.get("description", ""),
    )


def questionnaire_to_dict(questionnaire: Questionnaire) -> Dict[str, Any]:
    """Inverse of :func:`questionnaire_from_dict`."""
    return {
        "slug": questionnaire.slug,
        "title": questionnaire.title,
        "version": questionnaire.version,
        "description": questionnaire.description,
        "steps": [
            {
                "key": step.key,
                "title": step.title,
                "questions": [
                    {
                        "key": q.key,
                        "label": q.label,
                        "kind": q.kind,
                        "required": q.required,
                        "choices": list(q.choices),
                    }
                    for q in step.questions
                ],
                "rules": [
                    {
                        "target": r.target,
                        "operator": r.operator,
                        "question": r.question,
                        "value": r.value,
                    }
                    for r in step.rules
                ],
            }
            for step in questionnaire.steps
        ],
    }


def reachable_steps(questionnaire: Questionnaire) -> Sequence[str]:
    """Steps reachable from the first one through any rule or the default order."""
    seen: List[str] = []
    pending = [questionnaire.first_step.key]
    while pending:
        key = pending.pop()
        if key in seen:
            continue
        seen.append(key)
        step = questionnaire.step(key)
        targets = [r.target for r in step.rules if r.target != END]
        unconditional = any(r.operator == "always" for r in step.rules)
        position = questionnaire.step_keys.index(key) + 1
        if not unconditional and position < len(questionnaire.steps):
            targets.append(questionnaire.steps[position].key)
        pending.extend(reversed(targets))
    return seen

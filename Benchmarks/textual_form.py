"""A small Textual form with six inputs: the "modern framework" row of scripts/bench.

Same work as the other rows: six labelled one-line inputs, the first focused;
Tab moves between them, Ctrl-Q quits. The cursor does not blink, so the only
output is the answer to a key (a blinking cursor would send bytes twice a second).
"""

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label

LABELS = ["District", "Superintendent", "Email", "Contact", "Title", "Reflection"]


class FormApp(App):
    CSS = """
    Screen { layout: vertical; }
    #title { height: 1; width: 100%; background: $primary; color: $text; }
    .row { height: 3; }
    .row Label { width: 18; padding: 1 1 0 1; }
    .row Input { width: 1fr; }
    """
    BINDINGS = [("ctrl+q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Label(" Letter of Commitment (Textual form)", id="title")
        with Vertical():
            for index, label in enumerate(LABELS):
                with Horizontal(classes="row"):
                    yield Label(f"{label}:")
                    yield Input(id=f"field{index}", placeholder=f"field {index + 1} of 6")

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = False
        self.query_one("#field0", Input).focus()


if __name__ == "__main__":
    FormApp().run()

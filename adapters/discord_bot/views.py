"""Buttons that page through a long answer, fetching further core pages on demand."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

import discord

from adapters.discord_bot.failures import report

# Shorter than an interaction token's 15 minutes, so the buttons can still be removed.
PAGER_TIMEOUT = 600.0


@dataclass(frozen=True)
class Cursor:
    """Which screen of which core page is shown; ``screens == 0`` means the page must be fetched."""

    page: int
    index: int
    screens: int
    pages: int | None

    @property
    def has_next(self) -> bool:
        """Return True when there is a screen after this one."""
        return self.index + 1 < self.screens or (self.pages is not None and self.page < self.pages)

    @property
    def has_previous(self) -> bool:
        """Return True when there is a screen before this one."""
        return self.index > 0 or self.page > 1

    def forward(self) -> Cursor:
        """Move one screen on, to the next core page after the last screen."""
        if self.index + 1 < self.screens:
            return replace(self, index=self.index + 1)
        return replace(self, page=self.page + 1, index=0, screens=0)

    def back(self) -> Cursor:
        """Move one screen back, to the last screen of the previous core page."""
        if self.index > 0:
            return replace(self, index=self.index - 1)
        return replace(self, page=self.page - 1, index=-1, screens=0)

    def loaded(self, screens: int) -> Cursor:
        """Return the cursor once a fetched page turned out to have ``screens`` screens."""
        return replace(self, screens=screens, index=self.index if self.index >= 0 else screens - 1)


FetchPage = Callable[[int], Awaitable[list[discord.Embed]]]


class Pager(discord.ui.View):
    """Previous/next buttons over an answer's screens; only the asker can turn pages."""

    def __init__(
        self, *, owner_id: int, screens: list[discord.Embed], cursor: Cursor, fetch: FetchPage
    ) -> None:
        super().__init__(timeout=PAGER_TIMEOUT)
        self.owner_id = owner_id
        self.screens = screens
        self.cursor = cursor
        self.fetch = fetch
        self.message: discord.Message | None = None
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.previous.disabled = not self.cursor.has_previous
        self.next.disabled = not self.cursor.has_next

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Let only the person who asked turn the pages."""
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who asked can turn these pages; run the command yourself.",
            ephemeral=True,
        )
        return False

    async def _move(self, interaction: discord.Interaction, cursor: Cursor) -> None:
        if cursor.screens == 0:
            await interaction.response.defer()  # the core may be slow: ack within 3 seconds
            self.screens = await self.fetch(cursor.page)
            cursor = cursor.loaded(len(self.screens))
        self.cursor = cursor
        self._sync_buttons()
        embed = self.screens[cursor.index]
        if interaction.response.is_done():
            await interaction.edit_original_response(embed=embed, view=self)
        else:
            await interaction.response.edit_message(embed=embed, view=self)

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, _button: discord.ui.Button[Pager]
    ) -> None:
        """Show the screen before this one."""
        await self._move(interaction, self.cursor.back())

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.primary)
    async def next(
        self, interaction: discord.Interaction, _button: discord.ui.Button[Pager]
    ) -> None:
        """Show the screen after this one."""
        await self._move(interaction, self.cursor.forward())

    async def on_timeout(self) -> None:
        """Remove the buttons once they stop working."""
        if self.message is not None:
            # The message may be deleted or its token expired: then there is nothing to clean up.
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=None)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, _item: discord.ui.Item[Pager]
    ) -> None:
        """Report a failed page turn the same way as a failed command."""
        await report(interaction, error)

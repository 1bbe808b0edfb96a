"""Discord API payloads as the real service sends them, built from a few ids and names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

TIMESTAMP = "2026-01-05T09:00:00.000000+00:00"
ALL_TEXT_PERMISSIONS = str((1 << 10) | (1 << 11) | (1 << 14) | (1 << 16) | (1 << 38))


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """Return a user object."""
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def role(role_id: int, name: str, *, position: int = 1, permissions: int = 0) -> dict[str, Any]:
    """Return a guild role object."""
    return {
        "id": str(role_id),
        "name": name,
        "color": 0,
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def text_channel(channel_id: int, *, guild_id: int, name: str) -> dict[str, Any]:
    """Return a guild text channel object."""
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def member(
    person: Mapping[str, Any], *, roles: Sequence[int] = (), permissions: int | None = None
) -> dict[str, Any]:
    """Return a guild member object (with resolved permissions when inside an interaction)."""
    data: dict[str, Any] = {
        "user": dict(person),
        "nick": None,
        "avatar": None,
        "roles": [str(r) for r in roles],
        "joined_at": TIMESTAMP,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def guild_create(
    guild_id: int,
    *,
    name: str,
    owner_id: int,
    roles: Sequence[Mapping[str, Any]],
    channels: Sequence[Mapping[str, Any]],
    members: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Return the GUILD_CREATE payload of an available guild."""
    return {
        "id": str(guild_id),
        "name": name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "owner_id": str(owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [dict(r) for r in roles],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "application_id": None,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "joined_at": TIMESTAMP,
        "large": False,
        "unavailable": False,
        "member_count": len(members) or 1,
        "voice_states": [],
        "members": [dict(m) for m in members],
        "channels": [dict(c) for c in channels],
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def message(
    message_id: int,
    *,
    channel_id: int,
    author: Mapping[str, Any],
    content: str = "",
    guild_id: int | None = None,
    embeds: Sequence[Mapping[str, Any]] = (),
    components: Sequence[Mapping[str, Any]] = (),
    mentions: Sequence[Mapping[str, Any]] = (),
    flags: int = 0,
    webhook_id: int | None = None,
    referenced: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return a message object."""
    data: dict[str, Any] = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": dict(author),
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [dict(m) for m in mentions],
        "mention_roles": [],
        "attachments": [],
        "embeds": [dict(e) for e in embeds],
        "pinned": False,
        "type": 0 if referenced is None else 19,
        "flags": flags,
        "components": [dict(c) for c in components],
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
    if referenced is not None:
        data["referenced_message"] = dict(referenced)
        data["message_reference"] = {
            "type": 0,
            "message_id": referenced["id"],
            "channel_id": str(channel_id),
        }
    return data


def option(name: str, value: object, *, kind: int = 3, focused: bool = False) -> dict[str, Any]:
    """Return one application command option as sent in an interaction (3 = string)."""
    data: dict[str, Any] = {"name": name, "type": kind, "value": value}
    if focused:
        data["focused"] = True
    return data


def subcommand(name: str, options: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Return a sub-command option wrapping its own options."""
    return {"name": name, "type": 1, "options": [dict(o) for o in options]}


def attachment(attachment_id: int, *, filename: str, url: str, size: int) -> dict[str, Any]:
    """Return an attachment object (as resolved in an interaction)."""
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": "text/plain; charset=utf-8",
    }


def interaction(
    interaction_id: int,
    *,
    application_id: int,
    token: str,
    kind: int,
    data: Mapping[str, Any],
    guild_id: int,
    channel: Mapping[str, Any],
    invoker: Mapping[str, Any],
    message: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return an INTERACTION_CREATE payload (2 command, 3 component, 4 autocomplete)."""
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": kind,
        "data": dict(data),
        "guild_id": str(guild_id),
        "channel_id": channel["id"],
        "channel": dict(channel),
        "member": dict(invoker),
        "token": token,
        "version": 1,
        "app_permissions": ALL_TEXT_PERMISSIONS,
        "locale": "en-GB",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(guild_id)},
        "context": 0,
        "attachment_size_limit": 10_485_760,
    }
    if message is not None:
        payload["message"] = dict(message)
    return payload


def reaction_add(
    *,
    user_id: int,
    channel_id: int,
    message_id: int,
    guild_id: int,
    emoji: str,
    author_id: int | None = None,
) -> dict[str, Any]:
    """Return a MESSAGE_REACTION_ADD payload for a unicode emoji."""
    data: dict[str, Any] = {
        "user_id": str(user_id),
        "channel_id": str(channel_id),
        "message_id": str(message_id),
        "guild_id": str(guild_id),
        "emoji": {"id": None, "name": emoji},
        "burst": False,
        "type": 0,
    }
    if author_id is not None:
        data["message_author_id"] = str(author_id)
    return data


def application(application_id: int, *, bot: Mapping[str, Any]) -> dict[str, Any]:
    """Return the application object of GET /oauth2/applications/@me."""
    return {
        "id": str(application_id),
        "name": bot["username"],
        "icon": None,
        "description": "",
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": user(1, "owner"),
        "verify_key": "0" * 64,
        "flags": 0,
        "team": None,
        "interactions_endpoint_url": None,
        "bot": dict(bot),
    }


def synced_command(
    command: Mapping[str, Any], *, application_id: int, command_id: int, guild_id: str | None
) -> dict[str, Any]:
    """Return a registered application command, as the bulk-overwrite (sync) call echoes it."""
    data: dict[str, Any] = {
        "id": str(command_id),
        "application_id": str(application_id),
        "version": "1",
        "type": 1,
        "description": "",
        "options": [],
        "default_member_permissions": None,
        "dm_permission": True,
        "nsfw": False,
        **command,
    }
    if guild_id is not None:
        data["guild_id"] = guild_id
    return data


def message_fields(body: Mapping[str, Any] | None) -> dict[str, Any]:
    """Return the parts of a create/edit body that change a stored message."""
    keep = ("content", "embeds", "components", "flags")
    return {k: v for k, v in (body or {}).items() if k in keep and v is not None}

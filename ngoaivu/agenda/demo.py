"""Demo users get an address so `ngoaivu send_reminders` has someone to write to."""


def load(context) -> None:
    for user in [*context.users.values(), context.national]:
        if user is not None and not user.email:
            user.email = f"{user.username}@ngoaivu.local"
            user.save(update_fields=["email"])

"""Storage adapters of the repository (`services.repository.Repository`): `storage.tinydb`."""

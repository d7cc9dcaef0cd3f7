from runs.checks import check_q_timeout, check_secret_key, check_unsafe_sandbox


def ids(errors):
    return [error.id for error in errors]


def test_it_refuses_the_development_secret_key_without_debug(settings):
    settings.DEBUG = False
    settings.SECRET_KEY = settings.INSECURE_DEV_SECRET_KEY
    assert ids(check_secret_key(None)) == ["healer.E001"]


def test_it_refuses_a_short_secret_key_without_debug(settings):
    settings.DEBUG = False
    settings.SECRET_KEY = "short"
    assert ids(check_secret_key(None)) == ["healer.E001"]


def test_it_accepts_a_real_secret_key(settings):
    settings.DEBUG = False
    settings.SECRET_KEY = "x" * 50
    assert check_secret_key(None) == []


def test_it_allows_the_development_key_in_debug(settings):
    settings.DEBUG = True
    settings.SECRET_KEY = settings.INSECURE_DEV_SECRET_KEY
    assert check_secret_key(None) == []


def test_it_refuses_the_unsafe_sandbox_without_debug(settings):
    settings.DEBUG = False
    settings.HEALER_SANDBOX_BACKEND = "unsafe-local"
    assert ids(check_unsafe_sandbox(None)) == ["healer.E002"]
    settings.DEBUG = True
    assert check_unsafe_sandbox(None) == []


def test_it_requires_the_q_retry_to_exceed_the_timeout(settings):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "timeout": 600, "retry": 600}
    assert ids(check_q_timeout(None)) == ["healer.E003"]
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "timeout": 600, "retry": 900}
    assert check_q_timeout(None) == []


def test_it_refuses_a_malformed_llm_base_url(settings):
    from runs.checks import check_llm_provider

    settings.HEALER_LLM_BASE_URL = "ftp://models.example.com"
    settings.HEALER_LLM_MODEL = "m"
    assert ids(check_llm_provider(None)) == ["healer.E009"]
    settings.HEALER_LLM_BASE_URL = "https://models.example.com/v1"
    assert check_llm_provider(None) == []
    settings.HEALER_LLM_BASE_URL = ""
    assert check_llm_provider(None) == []

"""Language-model backends behind one small protocol (base.py): transformers (hf.py),
in-process vLLM (vllm.py) and OpenAI-compatible servers (openai.py), each imported only
when a run asks for it."""

